-- Second half of 0003: report_values as a WITHOUT ROWID table (sqlite-core cannot declare it, so 0004 made a rowid
-- table; it is empty here and is made again), then every key and row set aside by 0003 copied in.
-- WITHOUT ROWID: rows live in the (report_id, key_id) primary-key b-tree itself, no rowid table plus autoindex.
DROP TABLE `report_values`;--> statement-breakpoint
CREATE TABLE `report_values` (
	`report_id` integer NOT NULL,
	`key_id` integer NOT NULL,
	`value` real,
	`line` integer,
	PRIMARY KEY(`report_id`, `key_id`),
	FOREIGN KEY (`key_id`) REFERENCES `value_keys`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
-- The keys, numbered in key order. Not `SELECT DISTINCT key … ORDER BY key`: SQLite sorts every row for that
-- (16 M rows: 20 s and 1.1 GB of memory); DISTINCT alone keeps a b-tree of the ~300 keys (2.2 s).
INSERT INTO `value_keys` (`key`) SELECT `key` FROM (SELECT DISTINCT `key` FROM `report_values_0002`) ORDER BY `key`;--> statement-breakpoint
INSERT INTO `report_values` (`report_id`, `key_id`, `value`, `line`)
	SELECT v.`report_id`, k.`id`, v.`value`, v.`line` FROM `report_values_0002` v JOIN `value_keys` k ON k.`key` = v.`key`;--> statement-breakpoint
DROP TABLE `report_values_0002`;
