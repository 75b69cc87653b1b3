CREATE TABLE `agg_region_year_history` (
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
	`rel_from` integer DEFAULT 0 NOT NULL,
	`rel_to` integer NOT NULL,
	PRIMARY KEY(`scope`, `year`, `level`, `kind`, `rel_from`)
);
--> statement-breakpoint
CREATE INDEX `agg_history_parent_year` ON `agg_region_year_history` (`parent_scope`,`year`);--> statement-breakpoint
CREATE TABLE `releases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`kind` text NOT NULL,
	`added` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`superseded` integer DEFAULT 0 NOT NULL,
	`removed` integer DEFAULT 0 NOT NULL,
	`parser_version` text
);
--> statement-breakpoint
CREATE TABLE `report_facts_history` (
	`report_id` integer NOT NULL,
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
	`lit_pending` integer,
	`rel_from` integer DEFAULT 0 NOT NULL,
	`rel_to` integer NOT NULL,
	PRIMARY KEY(`report_id`, `rel_from`)
);
--> statement-breakpoint
CREATE INDEX `facts_history_agency_year` ON `report_facts_history` (`agency_id`,`year`);--> statement-breakpoint
CREATE INDEX `facts_history_year_province` ON `report_facts_history` (`year`,`province_code`);--> statement-breakpoint
CREATE INDEX `facts_history_province_year` ON `report_facts_history` (`province_code`,`year`);--> statement-breakpoint
CREATE INDEX `facts_history_city_year` ON `report_facts_history` (`city_code`,`year`);--> statement-breakpoint
CREATE INDEX `facts_history_county_year` ON `report_facts_history` (`county_code`,`year`);--> statement-breakpoint
ALTER TABLE `agg_region_year` ADD `rel_from` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `report_facts` ADD `rel_from` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `rel_from` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `rel_to` integer;