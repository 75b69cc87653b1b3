-- Data stored before releases were tracked: its active reports count from release 0 (rel_from 0 is visible in every
-- release), and one baseline release names that state, so pages and links have a release to show and pin.
UPDATE `reports` SET `rel_from` = 0 WHERE `status` = 'active';--> statement-breakpoint
INSERT INTO `releases` (`kind`, `added`, `parser_version`)
  SELECT 'baseline', count(*), max(`parser_version`) FROM `reports` WHERE `status` = 'active' HAVING count(*) > 0;
