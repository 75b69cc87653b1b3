CREATE TABLE `agency_names_history` (
	`agency_id` text NOT NULL,
	`name` text NOT NULL,
	`rel_to` integer NOT NULL,
	PRIMARY KEY(`agency_id`, `rel_to`)
);
--> statement-breakpoint
CREATE TABLE `report_provenance_history` (
	`report_id` integer NOT NULL,
	`source_url` text,
	`fetched_at` text,
	`http_last_modified` text,
	`page_published` text,
	`first_seen_at` text,
	`rel_to` integer NOT NULL,
	PRIMARY KEY(`report_id`, `rel_to`)
);
