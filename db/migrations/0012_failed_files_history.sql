CREATE TABLE `failed_files_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`public_id` text NOT NULL,
	`source_name` text NOT NULL,
	`source_url` text,
	`error` text,
	`error_zh` text,
	`ingested_at` text NOT NULL,
	`rel_from` integer,
	`rel_to` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `failed_files_history_rel_to` ON `failed_files_history` (`rel_to`);