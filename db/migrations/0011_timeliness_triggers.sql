-- Timeliness of every active report, kept by triggers (db/schema.ts, report_timeliness and timeliness_agg).
-- The judgement is lib/timeliness/judge.ts's judgeReport written in SQL, once, in this view; the deadlines are
-- lib/template/deadlines.ts (条例 2019 第四十九条: departments of county-level and higher governments by 1月31日 from
-- the reports of 2019 on, everyone else and every report of 2008–2018 by 3月31日). lib/timeliness/stored.test.ts
-- checks the view against judgeReport for every year, kind and level, and on a generated corpus.
CREATE VIEW `report_timeliness_judged` AS
SELECT `report_id`, `agency_id`, `year`, `level`, `kind`, `province_code`, `city_code`, `county_code`,
  CASE WHEN `pub` IS NULL THEN 'undated' WHEN julianday(`pub`) > julianday(`deadline`) THEN 'late' ELSE 'on_time' END
    AS `status`,
  CASE WHEN julianday(`pub`) > julianday(`deadline`) THEN CAST(julianday(`pub`) - julianday(`deadline`) AS INTEGER) END
    AS `days_late`
FROM (
  SELECT f.`report_id`, f.`agency_id`, f.`year`, f.`level`, f.`kind`, f.`province_code`, f.`city_code`,
    f.`county_code`,
    CASE
      WHEN f.`year` >= 2019 AND f.`kind` IN ('department', 'government_office')
        AND f.`level` IN ('national', 'province', 'city', 'county') THEN (f.`year` + 1) || '-01-31'
      WHEN f.`year` >= 2008 THEN (f.`year` + 1) || '-03-31'
    END AS `deadline`,
    -- The stated 发布日期 (a real YYYY-MM-DD date), else the page's, else the Beijing date of first seen.
    CASE
      WHEN substr(r.`published`, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND date(substr(r.`published`, 1, 10)) = substr(r.`published`, 1, 10) THEN substr(r.`published`, 1, 10)
      WHEN substr(r.`page_published`, 1, 10) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        AND date(substr(r.`page_published`, 1, 10)) = substr(r.`page_published`, 1, 10)
        THEN substr(r.`page_published`, 1, 10)
      ELSE date(r.`first_seen_at`, '+8 hours')
    END AS `pub`
  FROM `report_facts` f JOIN `reports` r ON r.`id` = f.`report_id`
)
WHERE `deadline` IS NOT NULL;
--> statement-breakpoint
-- What the database holds already, judged once; then the counts in bulk (one GROUP BY per scope depth, as
-- lib/ingest/agg.ts's scopesOf: a county without a city counts under its province).
INSERT INTO `report_timeliness` SELECT * FROM `report_timeliness_judged`;
--> statement-breakpoint
INSERT INTO `timeliness_agg` (`scope`, `parent_scope`, `year`, `level`, `kind`, `on_time`, `late`, `undated`)
SELECT '', NULL, `year`, `level`, `kind`, sum(`status` = 'on_time'), sum(`status` = 'late'), sum(`status` = 'undated')
  FROM `report_timeliness` GROUP BY `year`, `level`, `kind`
UNION ALL
SELECT `province_code`, '', `year`, `level`, `kind`, sum(`status` = 'on_time'), sum(`status` = 'late'),
    sum(`status` = 'undated')
  FROM `report_timeliness` WHERE `province_code` IS NOT NULL GROUP BY `province_code`, `year`, `level`, `kind`
UNION ALL
SELECT `city_code`, coalesce(`province_code`, ''), `year`, `level`, `kind`, sum(`status` = 'on_time'),
    sum(`status` = 'late'), sum(`status` = 'undated')
  FROM `report_timeliness` WHERE `city_code` IS NOT NULL GROUP BY `city_code`, `year`, `level`, `kind`
UNION ALL
SELECT `county_code`, coalesce(`city_code`, `province_code`, ''), `year`, `level`, `kind`, sum(`status` = 'on_time'),
    sum(`status` = 'late'), sum(`status` = 'undated')
  FROM `report_timeliness` WHERE `county_code` IS NOT NULL GROUP BY `county_code`, `year`, `level`, `kind`;
--> statement-breakpoint
-- A report's facts row appears (ingest, collect, a demo report restored) or changes place: judge it.
CREATE TRIGGER `timeliness_facts_insert` AFTER INSERT ON `report_facts` BEGIN
  DELETE FROM `report_timeliness` WHERE `report_id` = NEW.`report_id`;
  INSERT INTO `report_timeliness` SELECT * FROM `report_timeliness_judged` WHERE `report_id` = NEW.`report_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `timeliness_facts_update` AFTER UPDATE OF `year`, `level`, `kind`, `province_code`, `city_code`,
  `county_code` ON `report_facts` BEGIN
  DELETE FROM `report_timeliness` WHERE `report_id` = NEW.`report_id`;
  INSERT INTO `report_timeliness` SELECT * FROM `report_timeliness_judged` WHERE `report_id` = NEW.`report_id`;
END;
--> statement-breakpoint
-- Superseded, removed or moved to history: no longer counted.
CREATE TRIGGER `timeliness_facts_delete` AFTER DELETE ON `report_facts` BEGIN
  DELETE FROM `report_timeliness` WHERE `report_id` = OLD.`report_id`;
END;
--> statement-breakpoint
-- A report's dates change after it was stored (collect finds the page's 发布日期 of a report ingested by hand).
CREATE TRIGGER `timeliness_dates_update` AFTER UPDATE OF `published`, `page_published`, `first_seen_at` ON `reports`
  WHEN NEW.`published` IS NOT OLD.`published` OR NEW.`page_published` IS NOT OLD.`page_published`
    OR NEW.`first_seen_at` IS NOT OLD.`first_seen_at` BEGIN
  DELETE FROM `report_timeliness` WHERE `report_id` = NEW.`id`;
  INSERT INTO `report_timeliness` SELECT * FROM `report_timeliness_judged` WHERE `report_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `timeliness_agg_add` AFTER INSERT ON `report_timeliness` BEGIN
  INSERT INTO `timeliness_agg` (`scope`, `parent_scope`, `year`, `level`, `kind`, `on_time`, `late`, `undated`)
  SELECT s.`scope`, s.`parent`, NEW.`year`, NEW.`level`, NEW.`kind`, NEW.`status` = 'on_time', NEW.`status` = 'late',
      NEW.`status` = 'undated'
    FROM (SELECT '' AS `scope`, NULL AS `parent`
      UNION ALL SELECT NEW.`province_code`, '' WHERE NEW.`province_code` IS NOT NULL
      UNION ALL SELECT NEW.`city_code`, coalesce(NEW.`province_code`, '') WHERE NEW.`city_code` IS NOT NULL
      UNION ALL SELECT NEW.`county_code`, coalesce(NEW.`city_code`, NEW.`province_code`, '')
        WHERE NEW.`county_code` IS NOT NULL) AS s
    WHERE true
  ON CONFLICT (`scope`, `year`, `level`, `kind`) DO UPDATE SET `on_time` = `on_time` + excluded.`on_time`,
    `late` = `late` + excluded.`late`, `undated` = `undated` + excluded.`undated`;
END;
--> statement-breakpoint
CREATE TRIGGER `timeliness_agg_remove` AFTER DELETE ON `report_timeliness` BEGIN
  UPDATE `timeliness_agg` SET `on_time` = `on_time` - (OLD.`status` = 'on_time'), `late` = `late` - (OLD.`status` = 'late'),
      `undated` = `undated` - (OLD.`status` = 'undated')
    WHERE `year` = OLD.`year` AND `level` = OLD.`level` AND `kind` = OLD.`kind`
      AND `scope` IN ('', OLD.`province_code`, OLD.`city_code`, OLD.`county_code`);
  DELETE FROM `timeliness_agg` WHERE `year` = OLD.`year` AND `level` = OLD.`level` AND `kind` = OLD.`kind`
      AND `scope` IN ('', OLD.`province_code`, OLD.`city_code`, OLD.`county_code`)
      AND `on_time` = 0 AND `late` = 0 AND `undated` = 0;
END;
