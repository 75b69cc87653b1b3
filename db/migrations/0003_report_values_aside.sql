-- report_values moves to integer key ids (value_keys) in a WITHOUT ROWID table, in three steps that run in one
-- transaction (db/migrate.ts applies every pending migration as one batch):
--   0003 (this, custom): the stored rows move aside under another name (a rename, no copy), and an empty
--        placeholder report_values takes their place for 0004 to rebuild; it has the columns 0004's generated
--        copy (INSERT … SELECT report_id, key_id, value, line) names, so that statement is valid and copies nothing;
--   0004 (drizzle-kit generate): value_keys, and report_values rebuilt in its new shape (empty, so nothing lost);
--   0005 (custom): report_values made WITHOUT ROWID, keys and rows copied from the rows set aside here.
ALTER TABLE `report_values` RENAME TO `report_values_0002`;--> statement-breakpoint
CREATE TABLE `report_values` (
	`report_id` integer NOT NULL,
	`key_id` integer NOT NULL,
	`value` real,
	`line` integer
);
