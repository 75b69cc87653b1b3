CREATE TABLE `value_keys` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `value_keys_key` ON `value_keys` (`key`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_report_values` (
	`report_id` integer NOT NULL,
	`key_id` integer NOT NULL,
	`value` real,
	`line` integer,
	PRIMARY KEY(`report_id`, `key_id`),
	FOREIGN KEY (`key_id`) REFERENCES `value_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_report_values`("report_id", "key_id", "value", "line") SELECT "report_id", "key_id", "value", "line" FROM `report_values`;--> statement-breakpoint
DROP TABLE `report_values`;--> statement-breakpoint
ALTER TABLE `__new_report_values` RENAME TO `report_values`;--> statement-breakpoint
PRAGMA foreign_keys=ON;