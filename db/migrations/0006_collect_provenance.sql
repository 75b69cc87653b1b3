CREATE TABLE `collect_urls` (
	`url` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`etag` text,
	`last_modified` text,
	`sha256` text,
	`info` text,
	`error` text,
	`fetched_at` text NOT NULL,
	`first_seen_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `reports` ADD `fetched_at` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `http_last_modified` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `page_published` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `first_seen_at` text;