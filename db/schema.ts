/**
 * Every table of Nianbao. Migrations under db/migrations are generated from this file by drizzle-kit
 * (`npm run db:generate`) and applied by code at start-up (db/migrate.ts); never edit them by hand.
 *
 * Scale notes (bench/RESULTS.md): the dashboard never scans `report_values`. It reads `report_facts` (one row per
 * active report, the core metrics as columns) and `agg_region_year` (pre-summed per region scope, year,
 * agency level and kind), both maintained by ingest in the same transaction as the report itself.
 */
import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  type SQLiteIntegerBuilderInitial,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { CORE_METRICS, type CoreMetricColumn } from "../lib/metrics";
// Relative, not "@/…": drizzle-kit loads this file without the tsconfig paths. A module of constants only.
import { AGENCY_KINDS, AGENCY_LEVELS, FAMILIES, SEVERITIES } from "../lib/parser/types";
import type { TimelinessStatus } from "../lib/timeliness/judge";

/*
 * Enumerated text columns are typed (`text({ enum })`): rows read and written through these types accept only the
 * listed values. SQLite stores plain text either way, so no migration follows from a list (nor is it enforced by
 * the database); the lists live with the code that produces the values and are read from there.
 */
/** reports.status: stored and current, replaced by a later version of the same agency and year, or unreadable. */
export const REPORT_STATUSES = ["active", "superseded", "failed"] as const;
/** releases.kind: what made the release (baseline: what the database held when releases began, migration 0008). */
export const RELEASE_KINDS = ["baseline", "ingest", "collect", "demo", "demo-removal"] as const;
/** collect_urls.kind: a column's list page, a report's detail page, or report bytes that were ingested. */
export const COLLECT_URL_KINDS = ["list", "page", "file"] as const;
export const COLLECT_URL_STATUSES = ["ok", "failed"] as const;
/** report_timeliness.status: the judgements a published report can have (missing and not_due have no report). */
export const STORED_TIMELINESS_STATUSES = ["on_time", "late", "undated"] as const satisfies readonly TimelinessStatus[];

/** Administrative divisions that some stored agency belongs to (filled lazily at ingest). */
export const regions = sqliteTable(
  "regions",
  {
    code: text("code").primaryKey(), // 2 province, 4 city, 6 county, 9 township
    name: text("name").notNull(),
    level: integer("level").notNull(), // 1 province … 4 township
    parentCode: text("parent_code"),
  },
  (t) => [index("regions_parent").on(t.parentCode)],
);

export const agencies = sqliteTable(
  "agencies",
  {
    /** Stable: derived from region code + normalised name (lib/regions/identity.ts), never insertion order. */
    id: text("id").primaryKey(),
    name: text("name").notNull(), // latest name as printed
    normName: text("norm_name").notNull(),
    kind: text("kind", { enum: AGENCY_KINDS }).notNull(),
    level: text("level", { enum: AGENCY_LEVELS }).notNull(),
    regionCode: text("region_code"), // most specific code known, null when unresolved
    provinceCode: text("province_code"),
    cityCode: text("city_code"),
    countyCode: text("county_code"),
    /** Pinyin initials of the name, for search (`ohqrmzfbgs`). */
    initials: text("initials").notNull().default(""),
    firstYear: integer("first_year"),
    lastYear: integer("last_year"),
    isDemo: integer("is_demo").notNull().default(0),
  },
  (t) => [
    index("agencies_region").on(t.regionCode),
    index("agencies_province").on(t.provinceCode, t.level),
    index("agencies_city").on(t.cityCode, t.level),
    index("agencies_county").on(t.countyCode, t.level),
    // Pinyin-initials search reads a range of initials (lib/queries/agencies.ts): a seek, not a scan of every agency.
    index("agencies_initials").on(t.initials),
    // Timeliness counts the agencies that owe a report per sub-region, level, kind and first year
    // (lib/queries/timeliness.ts): nationally and per province a GROUP BY over this index alone.
    index("agencies_owed").on(t.provinceCode, t.cityCode, t.level, t.kind, t.firstYear),
  ],
);

/**
 * Data releases: every ingest or collect run that changes data, and every removal of the demo corpus,
 * is one release. Rows of `report_facts` and `agg_region_year` carry the release that made them (`rel_from`); when
 * a later release replaces or removes a row, the old row moves to its `*_history` twin with `rel_to` = that release.
 * So the current read is today's read (the main tables hold only current rows, nothing extra to skip), and a read
 * "as of release R" (lib/releases/as-of.ts) is the main table's rows with rel_from <= R plus the history rows with
 * rel_from <= R < rel_to, on the same indexes. rel_from 0 = data stored before releases were tracked.
 */
export const releases = sqliteTable("releases", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  kind: text("kind", { enum: RELEASE_KINDS }).notNull(),
  added: integer("added").notNull().default(0),
  updated: integer("updated").notNull().default(0),
  superseded: integer("superseded").notNull().default(0),
  removed: integer("removed").notNull().default(0),
  parserVersion: text("parser_version"),
});

export const reports = sqliteTable(
  "reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** First 16 hex digits of sha256: the id in /reports/[id] (stable across databases). */
    publicId: text("public_id").notNull(),
    sha256: text("sha256").notNull(),
    sourceName: text("source_name").notNull(),
    sourceUrl: text("source_url"),
    agencyId: text("agency_id").references(() => agencies.id),
    year: integer("year"),
    family: text("family", { enum: FAMILIES }),
    published: text("published"),
    parserVersion: text("parser_version").notNull(),
    status: text("status", { enum: REPORT_STATUSES }).notNull(),
    supersededBy: integer("superseded_by"),
    /** Failed files: the reason, one sentence in English and Chinese (`error_zh`). */
    error: text("error"),
    errorZh: text("error_zh"),
    /** The normalised text that value/finding line numbers refer to. */
    rawText: text("raw_text").notNull(),
    errorCount: integer("error_count").notNull().default(0),
    warningCount: integer("warning_count").notNull().default(0),
    isDemo: integer("is_demo").notNull().default(0),
    ingestedAt: text("ingested_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    /**
     * Provenance of a report collected from a website (`npm run collect`; null for files ingested by hand):
     * when its bytes were last fetched from `source_url`, the server's Last-Modified header, the 发布日期 the
     * page stated, and when Nianbao first saw these bytes (the date a changed report was noticed).
     */
    fetchedAt: text("fetched_at"),
    httpLastModified: text("http_last_modified"),
    pagePublished: text("page_published"),
    firstSeenAt: text("first_seen_at"),
    /**
     * The release that stored this report as active, or a failed file's first release (its run's, else the next);
     * null: superseded on arrival, or stored before releases were tracked (failed files before migration 0012 too).
     */
    relFrom: integer("rel_from"),
    /** The release that superseded or removed it; null while active. */
    relTo: integer("rel_to"),
  },
  (t) => [
    uniqueIndex("reports_sha256").on(t.sha256),
    uniqueIndex("reports_public_id").on(t.publicId),
    index("reports_agency_year").on(t.agencyId, t.year, t.status),
    index("reports_status_year").on(t.status, t.year),
  ],
);

/**
 * What `npm run collect` knows about every URL it fetched: the validators for a conditional GET next time,
 * the hash of the bytes it stored, and (list and detail pages) what it read from the page, so that a
 * 304 Not Modified still yields the page's links. A row is written only after everything the URL led to
 * was stored, which is what makes a killed collect resumable without storing anything twice.
 */
export const collectUrls = sqliteTable("collect_urls", {
  url: text("url").primaryKey(),
  kind: text("kind", { enum: COLLECT_URL_KINDS }).notNull(),
  /** failed: the error says why; a file that failed to ingest keeps its sha256. */
  status: text("status", { enum: COLLECT_URL_STATUSES }).notNull(),
  etag: text("etag"),
  lastModified: text("last_modified"),
  sha256: text("sha256"),
  /** JSON: list pages a ColumnPage (lib/collect/column.ts), detail pages a DetailInfo (lib/collect/detail.ts). */
  info: text("info"),
  error: text("error"),
  fetchedAt: text("fetched_at").notNull(),
  /** When the current bytes were first fetched (changes when the server starts sending other bytes). */
  firstSeenAt: text("first_seen_at").notNull(),
});

/**
 * The canonical value keys (`outcome.denied.state_secret`), each stored once; report_values refers to them by id.
 */
export const valueKeys = sqliteTable(
  "value_keys",
  {
    id: integer("id").primaryKey(),
    key: text("key").notNull(),
  },
  (t) => [uniqueIndex("value_keys_key").on(t.key)],
);

/**
 * Every figure of a report under its canonical key (by id, value_keys). value NULL = the cell was printed blank.
 * The table is WITHOUT ROWID (migration 0005_values_without_rowid; sqlite-core cannot say so here): the rows live
 * in the (report_id, key_id) primary-key b-tree itself, with no rowid table and no second index beside it.
 * A later migration that makes drizzle-kit rebuild this table must restore WITHOUT ROWID in custom SQL.
 * Size (bench/RESULTS.md, Scale): ~143 rows per report, 14 bytes per row = 2.0 KB per report (2.9 KB per report
 * for the whole file). As a rowid table keyed by the text (each key stored in the table and its autoindex) it
 * was 92 bytes per row, 13.2 KB per report: 95 % of the file.
 */
export const reportValues = sqliteTable(
  "report_values",
  {
    reportId: integer("report_id").notNull(),
    keyId: integer("key_id")
      .notNull()
      .references(() => valueKeys.id),
    value: real("value"),
    line: integer("line"),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.keyId] })],
);

export const findings = sqliteTable(
  "findings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id").notNull(),
    rule: text("rule").notNull(),
    severity: text("severity", { enum: SEVERITIES }).notNull(),
    message: text("message").notNull(),
    keys: text("keys").notNull(), // JSON array of canonical keys
    expected: real("expected"),
    actual: real("actual"),
    line: integer("line"),
    /** The release that stored this finding (0: before releases were tracked); see findings_history. */
    relFrom: integer("rel_from").notNull().default(0),
  },
  (t) => [index("findings_report").on(t.reportId), index("findings_rule").on(t.rule)],
);

/**
 * Findings of stored reports that a later release rechecked (the year chain R5 runs again when a neighbouring year
 * arrives or goes): the replaced rows, with `rel_to` = that release, so a read pinned to an earlier release shows
 * the findings it showed then (lib/releases/as-of.ts findingsFrom).
 */
export const findingsHistory = sqliteTable(
  "findings_history",
  {
    id: integer("id").primaryKey(),
    reportId: integer("report_id").notNull(),
    rule: text("rule").notNull(),
    severity: text("severity", { enum: SEVERITIES }).notNull(),
    message: text("message").notNull(),
    keys: text("keys").notNull(),
    expected: real("expected"),
    actual: real("actual"),
    line: integer("line"),
    relFrom: integer("rel_from").notNull().default(0),
    relTo: integer("rel_to").notNull(),
  },
  (t) => [index("findings_history_report").on(t.reportId), index("findings_history_rule").on(t.rule)],
);

/**
 * A stored report's error and warning counts before a release rechecked it (they are updated in place on
 * `reports`): a read as of release R takes the row with the smallest rel_to > R, else the report's own counts.
 */
export const reportCountsHistory = sqliteTable(
  "report_counts_history",
  {
    reportId: integer("report_id").notNull(),
    errorCount: integer("error_count").notNull(),
    warningCount: integer("warning_count").notNull(),
    relTo: integer("rel_to").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.relTo] })],
);

/**
 * Failed files that a later run cleared (read again successfully, failed in other words, or the URL works now; or
 * removed with the demo corpus): the `reports` row as it was, with `rel_to` = the first release that no longer held
 * it, so /quality pinned to an earlier release lists the failures it listed then (lib/releases/failed-files.ts).
 */
export const failedFilesHistory = sqliteTable(
  "failed_files_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id").notNull(),
    publicId: text("public_id").notNull(),
    sourceName: text("source_name").notNull(),
    sourceUrl: text("source_url"),
    error: text("error"),
    errorZh: text("error_zh"),
    ingestedAt: text("ingested_at").notNull(),
    relFrom: integer("rel_from"),
    relTo: integer("rel_to").notNull(),
  },
  (t) => [index("failed_files_history_rel_to").on(t.relTo)],
);

/**
 * Agency names a later release replaced (agencies.name holds the latest name, renamed in place when a newer year's
 * report or a manifest names the agency anew): the name as it was, with `rel_to` = the release that renamed it. A
 * read as of release R takes the row with the smallest rel_to > R, else the agency's own name (lib/releases/as-of.ts).
 */
export const agencyNamesHistory = sqliteTable(
  "agency_names_history",
  {
    agencyId: text("agency_id").notNull(),
    name: text("name").notNull(),
    relTo: integer("rel_to").notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.relTo] })],
);

/**
 * A collected report's provenance before collect fetched it again unchanged and updated it in place (fetch time,
 * Last-Modified, the page's 发布日期, first seen, URL): the values as they were, with `rel_to` = the collect run's
 * release, else the next one. Read as of release R like agency names: the row with the smallest rel_to > R.
 */
export const reportProvenanceHistory = sqliteTable(
  "report_provenance_history",
  {
    reportId: integer("report_id").notNull(),
    sourceUrl: text("source_url"),
    fetchedAt: text("fetched_at"),
    httpLastModified: text("http_last_modified"),
    pagePublished: text("page_published"),
    firstSeenAt: text("first_seen_at"),
    relTo: integer("rel_to").notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.relTo] })],
);

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/**
 * Core metrics of each ACTIVE report, one row per report (moved to report_facts_history when superseded): one
 * integer column per core metric, named and ordered by CORE_METRICS (lib/metrics.ts), `appsNew: apps_new`.
 */
const metricColumns = Object.fromEntries(CORE_METRICS.map((m) => [camel(m.column), integer(m.column)])) as {
  [C in CoreMetricColumn as Camel<C>]: SQLiteIntegerBuilderInitial<C>;
};

const factColumns = {
  agencyId: text("agency_id").notNull(),
  year: integer("year").notNull(),
  family: text("family", { enum: FAMILIES }).notNull(),
  level: text("level", { enum: AGENCY_LEVELS }).notNull(),
  kind: text("kind", { enum: AGENCY_KINDS }).notNull(),
  provinceCode: text("province_code"),
  cityCode: text("city_code"),
  countyCode: text("county_code"),
  hasError: integer("has_error").notNull().default(0),
  ...metricColumns,
  /** The release that made this row current (0: before releases were tracked). */
  relFrom: integer("rel_from").notNull().default(0),
};

export const reportFacts = sqliteTable(
  "report_facts",
  {
    reportId: integer("report_id").primaryKey(),
    ...factColumns,
  },
  (t) => [
    index("facts_agency_year").on(t.agencyId, t.year),
    // National lists walk (year, province); a region's reads seek its code first, then a year or a range of
    // years (a quality page spanning years read every region's rows of those years with (year, code): 0.65 s).
    index("facts_year_province").on(t.year, t.provinceCode),
    index("facts_province_year").on(t.provinceCode, t.year),
    index("facts_city_year").on(t.cityCode, t.year),
    index("facts_county_year").on(t.countyCode, t.year),
  ],
);

/**
 * report_facts rows that are no longer current: their report was superseded or removed in release `rel_to`.
 * Read only by as-of reads (lib/releases/as-of.ts), with the same indexes as report_facts.
 */
export const reportFactsHistory = sqliteTable(
  "report_facts_history",
  {
    reportId: integer("report_id").notNull(),
    ...factColumns,
    relTo: integer("rel_to").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.relFrom] }),
    index("facts_history_agency_year").on(t.agencyId, t.year),
    index("facts_history_year_province").on(t.year, t.provinceCode),
    index("facts_history_province_year").on(t.provinceCode, t.year),
    index("facts_history_city_year").on(t.cityCode, t.year),
    index("facts_history_county_year").on(t.countyCode, t.year),
  ],
);

const aggColumns = {
  scope: text("scope").notNull(),
  parentScope: text("parent_scope"),
  year: integer("year").notNull(),
  level: text("level", { enum: AGENCY_LEVELS }).notNull(),
  kind: text("kind", { enum: AGENCY_KINDS }).notNull(),
  reports: integer("reports").notNull().default(0),
  failing: integer("failing").notNull().default(0),
  ...metricColumns,
  /** The release that last changed this row (0: before releases were tracked). */
  relFrom: integer("rel_from").notNull().default(0),
};

/**
 * Pre-aggregates: sums of report_facts per scope (''=national, 2/4/6-digit region code), year, agency
 * level and kind. `parent_scope` lets a ranking of sub-regions read one scope's children directly.
 */
export const aggRegionYear = sqliteTable(
  "agg_region_year",
  {
    ...aggColumns,
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.year, t.level, t.kind] }),
    index("agg_parent_year").on(t.parentScope, t.year),
  ],
);

/**
 * Earlier versions of agg_region_year rows: a release that changes (or empties) a row first copies it here with
 * `rel_to` = that release. One row per key and release that touched it, so an as-of read of a scope reads a few
 * rows more than the current read, however many reports there are.
 */
export const aggRegionYearHistory = sqliteTable(
  "agg_region_year_history",
  {
    ...aggColumns,
    relTo: integer("rel_to").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.year, t.level, t.kind, t.relFrom] }),
    index("agg_history_parent_year").on(t.parentScope, t.year),
  ],
);

/**
 * Timeliness of every active report (lib/timeliness): 按时 on_time, 逾期 late (days_late after the deadline)
 * or 日期不详 undated, judged against the deadline of its year, kind and level (lib/template/deadlines.ts) from its
 * 发布日期, else the page's, else the day Nianbao first saw it. A report's status never depends on today, so it is
 * stored; 未发布/未到期 (no report) are counted at read time against today (lib/queries/timeliness.ts).
 * Kept by SQLite triggers (custom migration 0011_timeliness_triggers): a report_facts row inserted or deleted adds or
 * removes its row here, a changed reports date re-judges it; every writer (ingest, collect, demo removal, releases)
 * stays exact without calling anything. Years before the 条例 (2008) have no deadline and no row.
 */
export const reportTimeliness = sqliteTable(
  "report_timeliness",
  {
    reportId: integer("report_id").primaryKey(),
    agencyId: text("agency_id").notNull(),
    year: integer("year").notNull(),
    level: text("level").notNull(),
    kind: text("kind").notNull(),
    provinceCode: text("province_code"),
    cityCode: text("city_code"),
    countyCode: text("county_code"),
    status: text("status", { enum: STORED_TIMELINESS_STATUSES }).notNull(),
    daysLate: integer("days_late"),
  },
  // The list of late or undated reports of a scope and years (newest first) seeks the status, then the years.
  (t) => [index("timeliness_status_year").on(t.status, t.year)],
);

/**
 * report_timeliness counted per scope (''=national, 2/4/6-digit region code), year, agency level and kind, kept by
 * the same triggers: the national counts are ~400 rows, not a read of every report. Current data only (not
 * versioned by release): a pinned view's timeliness is judged from report_facts as of its release.
 */
export const timelinessAgg = sqliteTable(
  "timeliness_agg",
  {
    scope: text("scope").notNull(),
    parentScope: text("parent_scope"),
    year: integer("year").notNull(),
    level: text("level").notNull(),
    kind: text("kind").notNull(),
    onTime: integer("on_time").notNull().default(0),
    late: integer("late").notNull().default(0),
    undated: integer("undated").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.year, t.level, t.kind] }),
    // A scope's sub-regions: covers every column the read takes (scope, level and kind ride in via the rowid's row
    // lookup otherwise), so the per-place counts are an index range scan.
    index("timeliness_agg_parent").on(t.parentScope, t.year, t.scope, t.level, t.kind, t.onTime, t.late, t.undated),
  ],
);

export type Region = typeof regions.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type ReportValueRow = typeof reportValues.$inferSelect;
export type ValueKeyRow = typeof valueKeys.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;
export type ReportFactRow = typeof reportFacts.$inferSelect;
export type AggRow = typeof aggRegionYear.$inferSelect;
export type CollectUrlRow = typeof collectUrls.$inferSelect;
export type ReleaseRow = typeof releases.$inferSelect;
