-- Data stored before releases were tracked keeps rel_from NULL / 0 (visible in every release; lib/releases/as-of.ts),
-- so no existing row is rewritten: on a million-report file an UPDATE of `reports` would rewrite every raw text.
-- One baseline release names that state, so pages and links have a release to show and pin.
INSERT INTO `releases` (`kind`, `added`, `parser_version`)
  SELECT 'baseline', count(*), max(`parser_version`) FROM `reports` WHERE `status` = 'active' HAVING count(*) > 0;
