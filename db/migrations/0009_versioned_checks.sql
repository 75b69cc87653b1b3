CREATE TABLE `findings_history` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_id` integer NOT NULL,
	`rule` text NOT NULL,
	`severity` text NOT NULL,
	`message` text NOT NULL,
	`keys` text NOT NULL,
	`expected` real,
	`actual` real,
	`line` integer,
	`rel_from` integer DEFAULT 0 NOT NULL,
	`rel_to` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `findings_history_report` ON `findings_history` (`report_id`);--> statement-breakpoint
CREATE INDEX `findings_history_rule` ON `findings_history` (`rule`);--> statement-breakpoint
CREATE TABLE `report_counts_history` (
	`report_id` integer NOT NULL,
	`error_count` integer NOT NULL,
	`warning_count` integer NOT NULL,
	`rel_to` integer NOT NULL,
	PRIMARY KEY(`report_id`, `rel_to`)
);
--> statement-breakpoint
ALTER TABLE `findings` ADD `rel_from` integer DEFAULT 0 NOT NULL;