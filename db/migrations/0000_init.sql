CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`norm_name` text NOT NULL,
	`kind` text NOT NULL,
	`level` text NOT NULL,
	`region_code` text,
	`province_code` text,
	`city_code` text,
	`county_code` text,
	`initials` text DEFAULT '' NOT NULL,
	`first_year` integer,
	`last_year` integer,
	`is_demo` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `agencies_region` ON `agencies` (`region_code`);--> statement-breakpoint
CREATE INDEX `agencies_province` ON `agencies` (`province_code`,`level`);--> statement-breakpoint
CREATE INDEX `agencies_city` ON `agencies` (`city_code`,`level`);--> statement-breakpoint
CREATE INDEX `agencies_county` ON `agencies` (`county_code`,`level`);--> statement-breakpoint
CREATE TABLE `agg_region_year` (
	`scope` text NOT NULL,
	`parent_scope` text,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`kind` text NOT NULL,
	`reports` integer DEFAULT 0 NOT NULL,
	`failing` integer DEFAULT 0 NOT NULL,
	`apps_new` integer,
	`apps_carried_over` integer,
	`apps_carried_forward` integer,
	`outcome_total` integer,
	`granted` integer,
	`partial` integer,
	`denied` integer,
	`unable` integer,
	`rejected` integer,
	`other_handling` integer,
	`app_natural_person` integer,
	`app_commercial` integer,
	`app_research` integer,
	`app_public_interest` integer,
	`app_legal_service` integer,
	`app_other_org` integer,
	`review_total` integer,
	`review_upheld` integer,
	`review_corrected` integer,
	`review_other` integer,
	`review_pending` integer,
	`lit_total` integer,
	`lit_upheld` integer,
	`lit_corrected` integer,
	`lit_other` integer,
	`lit_pending` integer,
	PRIMARY KEY(`scope`, `year`, `level`, `kind`)
);
--> statement-breakpoint
CREATE INDEX `agg_parent_year` ON `agg_region_year` (`parent_scope`,`year`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`rule` text NOT NULL,
	`severity` text NOT NULL,
	`message` text NOT NULL,
	`keys` text NOT NULL,
	`expected` real,
	`actual` real,
	`line` integer
);
--> statement-breakpoint
CREATE INDEX `findings_report` ON `findings` (`report_id`);--> statement-breakpoint
CREATE INDEX `findings_rule` ON `findings` (`rule`);--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` integer NOT NULL,
	`parent_code` text
);
--> statement-breakpoint
CREATE INDEX `regions_parent` ON `regions` (`parent_code`);--> statement-breakpoint
CREATE TABLE `report_facts` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`year` integer NOT NULL,
	`family` text NOT NULL,
	`level` text NOT NULL,
	`kind` text NOT NULL,
	`province_code` text,
	`city_code` text,
	`county_code` text,
	`has_error` integer DEFAULT 0 NOT NULL,
	`apps_new` integer,
	`apps_carried_over` integer,
	`apps_carried_forward` integer,
	`outcome_total` integer,
	`granted` integer,
	`partial` integer,
	`denied` integer,
	`unable` integer,
	`rejected` integer,
	`other_handling` integer,
	`app_natural_person` integer,
	`app_commercial` integer,
	`app_research` integer,
	`app_public_interest` integer,
	`app_legal_service` integer,
	`app_other_org` integer,
	`review_total` integer,
	`review_upheld` integer,
	`review_corrected` integer,
	`review_other` integer,
	`review_pending` integer,
	`lit_total` integer,
	`lit_upheld` integer,
	`lit_corrected` integer,
	`lit_other` integer,
	`lit_pending` integer
);
--> statement-breakpoint
CREATE INDEX `facts_agency_year` ON `report_facts` (`agency_id`,`year`);--> statement-breakpoint
CREATE INDEX `facts_year_province` ON `report_facts` (`year`,`province_code`);--> statement-breakpoint
CREATE INDEX `facts_year_city` ON `report_facts` (`year`,`city_code`);--> statement-breakpoint
CREATE INDEX `facts_year_county` ON `report_facts` (`year`,`county_code`);--> statement-breakpoint
CREATE TABLE `report_values` (
	`report_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` real,
	`line` integer,
	PRIMARY KEY(`report_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`sha256` text NOT NULL,
	`source_name` text NOT NULL,
	`source_url` text,
	`agency_id` text,
	`year` integer,
	`family` text,
	`published` text,
	`parser_version` text NOT NULL,
	`status` text NOT NULL,
	`superseded_by` integer,
	`error` text,
	`error_zh` text,
	`raw_text` text NOT NULL,
	`error_count` integer DEFAULT 0 NOT NULL,
	`warning_count` integer DEFAULT 0 NOT NULL,
	`is_demo` integer DEFAULT 0 NOT NULL,
	`ingested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_sha256` ON `reports` (`sha256`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_public_id` ON `reports` (`public_id`);--> statement-breakpoint
CREATE INDEX `reports_agency_year` ON `reports` (`agency_id`,`year`,`status`);--> statement-breakpoint
CREATE INDEX `reports_status_year` ON `reports` (`status`,`year`);