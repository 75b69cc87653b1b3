CREATE TABLE `report_timeliness` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`kind` text NOT NULL,
	`province_code` text,
	`city_code` text,
	`county_code` text,
	`status` text NOT NULL,
	`days_late` integer
);
--> statement-breakpoint
CREATE INDEX `timeliness_status_year` ON `report_timeliness` (`status`,`year`);--> statement-breakpoint
CREATE TABLE `timeliness_agg` (
	`scope` text NOT NULL,
	`parent_scope` text,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`kind` text NOT NULL,
	`on_time` integer DEFAULT 0 NOT NULL,
	`late` integer DEFAULT 0 NOT NULL,
	`undated` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope`, `year`, `level`, `kind`)
);
--> statement-breakpoint
CREATE INDEX `timeliness_agg_parent` ON `timeliness_agg` (`parent_scope`,`year`,`scope`,`level`,`kind`,`on_time`,`late`,`undated`);--> statement-breakpoint
CREATE INDEX `agencies_owed` ON `agencies` (`province_code`,`city_code`,`level`,`kind`,`first_year`);