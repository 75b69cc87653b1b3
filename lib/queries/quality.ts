import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { databaseUrl, getDb } from "@/db/client";
import {
  agencyNameAsOf,
  aggFrom,
  factFindingsFrom,
  factsFrom,
  findingsFrom,
  reportCountAsOf,
} from "@/lib/releases/as-of";
import { aggChildrenWhere, aggWhere, factsWhere, regionColumn, type Selection } from "./filters";
import { memoised } from "./memo";
import { pageWindow, type YearCount } from "./page-window";
import { MAX_PAGE, PAGE_SIZE } from "./quality-limits";

/**
 * Reads of the quality view. Built to stay fast at 1,000,000 reports: counts per year and sub-region come
 * from `agg_region_year.failing`; lists are paginated and walk `report_facts` / `findings` indexes; the
 * rule and gap summaries, which must touch every finding or fact in scope, are memoised per data version.
 * A scope's `rel` (a pinned link) reads every figure as of that release (lib/releases/as-of.ts), the failed files
 * too (lib/releases/failed-files.ts).
 */

/** The filters of the quality view: the overview's selection without chosen agencies. */
export type QualityScope = Omit<Selection, "agencies">;

const facts = (scope: QualityScope): SQL => factsWhere({ ...scope, agencies: [] });

export interface YearQuality {
  year: number;
  reports: number;
  failing: number;
}

/** Reports and failing reports per year in the scope. */
export async function getQualityByYear({ scope }: { scope: QualityScope }): Promise<YearQuality[]> {
  const db = await getDb();
  return db.all<YearQuality>(sql`
    SELECT year, SUM(reports) AS reports, SUM(failing) AS failing
    FROM ${aggFrom(scope.rel)} WHERE ${aggWhere(scope)} GROUP BY year ORDER BY year`);
}

export interface RegionQuality {
  code: string;
  name: string;
  reports: number;
  failing: number;
}

/** Failing reports per sub-region of the scope (provinces for national), most failing first. */
export async function getQualityBySubRegion({ scope }: { scope: QualityScope }): Promise<RegionQuality[]> {
  const db = await getDb();
  return db.all<RegionQuality>(sql`
    SELECT a.code, COALESCE(r.name, a.code) AS name, a.reports, a.failing
    FROM (SELECT scope AS code, SUM(reports) AS reports, SUM(failing) AS failing
          FROM ${aggFrom(scope.rel)} WHERE ${aggChildrenWhere(scope)} GROUP BY scope) a
      LEFT JOIN regions r ON r.code = a.code
    ORDER BY a.failing DESC, a.code LIMIT 100`);
}

export interface RuleYearCount {
  rule: string;
  year: number;
  reports: number;
}

/**
 * Data version of the current data: the latest release and the newest report row. A release marks every change of
 * data (a removal of the demo corpus too, which may leave max(id) as it was); the report id also moves on writes
 * that make no release. Memo entries of current reads are tied to it (./memo.ts never serves an older version's).
 */
export async function dataVersion(): Promise<string> {
  const db = await getDb();
  const [row] = await db.all<{ rel: number | null; report: number | null }>(
    sql`SELECT (SELECT MAX(id) FROM releases) AS rel, (SELECT MAX(id) FROM reports) AS report`,
  );
  return `r${row?.rel ?? 0}.${row?.report ?? 0}`;
}

/** Memo key of a read: the database, the question and its scope. */
async function cached<T>(question: string, scope: QualityScope, compute: () => Promise<T>): Promise<T> {
  const where = [scope.region, scope.from, scope.to, scope.level, scope.kind, scope.rel ?? null];
  const key = JSON.stringify([databaseUrl(), question, ...where]);
  // A pinned read (`rel`) never changes: no version to follow, computed once.
  const version = scope.rel === null || scope.rel === undefined ? String(await dataVersion()) : "pinned";
  return memoised(key, version, compute);
}

/** Active reports with at least one error of each rule, per year. */
export async function getQualityByRule({ scope }: { scope: QualityScope }): Promise<RuleYearCount[]> {
  return cached("rule", scope, async () => {
    const db = await getDb();
    const errors = factFindingsFrom(
      scope.rel,
      "f.rule, rf.year, f.report_id",
      sql`f.severity = 'error' AND ${facts(scope)}`,
      "e",
    );
    return db.all<RuleYearCount>(sql`
      SELECT rule, year, COUNT(DISTINCT report_id) AS reports FROM ${errors}
      GROUP BY rule, year ORDER BY rule, year`);
  });
}

export interface FailingReport {
  publicId: string;
  agencyId: string;
  agencyName: string;
  year: number;
  family: string;
  errorCount: number;
  /** Rules with an error, comma-joined. */
  rules: string;
}

export interface Page<T> {
  rows: T[];
  page: number;
  hasNext: boolean;
  /** Known only where counting is free (the gap list is computed whole). */
  total?: number;
}

function pageBounds(page: number): { page: number; offset: number } {
  const p = Math.min(Math.max(1, Math.floor(page) || 1), MAX_PAGE);
  return { page: p, offset: (p - 1) * PAGE_SIZE };
}

function toPage<T>(rows: T[], page: number): Page<T> {
  return { rows: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
}

/** Failing reports per year in the scope (of one rule, or of any), from the pre-aggregates or the memo. */
async function failingCounts(scope: QualityScope, rule: string | null): Promise<YearCount[]> {
  if (rule) {
    const byRule = await getQualityByRule({ scope });
    return byRule.filter((r) => r.rule === rule).map((r) => ({ year: r.year, n: r.reports }));
  }
  return (await getQualityByYear({ scope })).map((r) => ({ year: r.year, n: r.failing }));
}

/**
 * Active reports failing a check (optionally one rule), newest year first, one page. The per-year counts
 * narrow the query to the years the page lies in, and within them the rows are walked in the order of
 * the (year, province_code) index, so neither a deep page nor a rare rule sorts every failing report.
 */
export async function getFailingReports(params: {
  scope: QualityScope;
  rule: string | null;
  page: number;
}): Promise<Page<FailingReport>> {
  const { page, offset } = pageBounds(params.page);
  const window = pageWindow(await failingCounts(params.scope, params.rule), offset, PAGE_SIZE);
  if (!window) return { rows: [], page, hasNext: false, total: 0 };
  const scope = { ...params.scope, from: window.from, to: window.to };
  const rel = params.scope.rel;
  const ruleTerm = params.rule
    ? sql`EXISTS (SELECT 1 FROM ${findingsFrom(rel, "f")} WHERE f.report_id = report_facts.report_id
    AND f.rule = ${params.rule} AND f.severity = 'error')`
    : sql`has_error = 1`;
  // Walk the (year, <scope's region column>) index: constant within a city or county, so the order is the
  // same, but ordering a city by province_code made SQLite walk every province's rows of the year (0.1 s at 1M).
  const sortColumn = regionColumn(params.scope.region) ?? sql.raw("province_code");
  const db = await getDb();
  const rows = await db.all<FailingReport>(sql`
    WITH page AS (
      SELECT report_id, agency_id, year, family, ${sortColumn} AS sort_code FROM ${factsFrom(rel)}
      WHERE ${ruleTerm} AND ${facts(scope)}
      ORDER BY year DESC, ${sortColumn} DESC, report_id DESC LIMIT ${PAGE_SIZE} OFFSET ${window.offset}
    )
    SELECT r.public_id AS publicId, p.agency_id AS agencyId, ${agencyNameAsOf(rel)} AS agencyName, p.year, p.family,
           ${reportCountAsOf(rel, "error_count")} AS errorCount,
           (SELECT group_concat(rule, ', ') FROM (SELECT DISTINCT rule FROM ${findingsFrom(rel, "f")}
              WHERE f.report_id = p.report_id AND f.severity = 'error' ORDER BY rule)) AS rules
    FROM page p JOIN reports r ON r.id = p.report_id JOIN agencies a ON a.id = p.agency_id
    ORDER BY p.year DESC, p.sort_code DESC, p.report_id DESC`);
  return { rows, page, hasNext: offset + PAGE_SIZE < window.total, total: window.total };
}

export interface FailedFile {
  publicId: string;
  sourceName: string;
  error: string | null;
  errorZh: string | null;
  ingestedAt: string;
  /** The web address it was collected from (npm run collect), or null for a file ingested by hand. */
  sourceUrl: string | null;
  /** 1: cleared since the pinned release (kept in failed_files_history; no report page of it now), else 0. */
  retired: 0 | 1;
}

/**
 * Files ingest could not read as a report, with the reason, one page. As of release `rel`: the failures it held
 * (lib/releases/failed-files.ts), a failure recorded later left out, one cleared later still listed.
 */
export async function getFailedFiles({
  page: requested,
  rel = null,
}: {
  page: number;
  rel?: number | null;
}): Promise<Page<FailedFile>> {
  const { page, offset } = pageBounds(requested);
  const db = await getDb();
  const columns = (retired: SQL) => sql`public_id AS publicId, source_name AS sourceName, error, error_zh AS errorZh,
    ingested_at AS ingestedAt, source_url AS sourceUrl, ${retired} AS retired`;
  if (rel === null) {
    const rows = await db.all<FailedFile>(sql`
      SELECT ${columns(sql`0`)} FROM reports WHERE status = 'failed'
      ORDER BY year DESC, id DESC LIMIT ${PAGE_SIZE + 1} OFFSET ${offset}`);
    return toPage(rows, page);
  }
  // Rows recorded before failed files had a release (rel_from NULL) count as held when they came before the next
  // release was made (as the agency page reads them).
  const next = sql`coalesce((SELECT min(created_at) FROM releases WHERE id > ${rel}), '9999')`;
  const held = sql`(rel_from <= ${rel} OR (rel_from IS NULL AND ingested_at < ${next}))`;
  const rows = await db.all<FailedFile>(sql`
    SELECT ${columns(sql.raw("gone"))} FROM (
      SELECT id, public_id, source_name, error, error_zh, ingested_at, source_url, rel_from, 0 AS gone
      FROM reports WHERE status = 'failed'
      UNION ALL
      SELECT report_id, public_id, source_name, error, error_zh, ingested_at, source_url, rel_from, 1
      FROM failed_files_history WHERE rel_to > ${rel}
    ) WHERE ${held}
    ORDER BY id DESC LIMIT ${PAGE_SIZE + 1} OFFSET ${offset}`);
  return toPage(rows, page);
}

export interface ReportingGap {
  agencyId: string;
  agencyName: string;
  /** Years without an active report after the agency's first one, within the scope's years. */
  missing: number[];
  /** Whether the agency reported again after its first missing year (a gap) or not since (stopped). */
  resumed: boolean;
}

/** Consecutive reports of an agency more than a year apart, and agencies silent since before the latest year. */
async function gapRows(
  scope: QualityScope,
): Promise<{ agencyId: string; agencyName: string; after: number; before: number | null }[]> {
  const db = await getDb();
  const where = facts({ ...scope, from: null, to: null });
  return db.all(sql`
    WITH latest AS (SELECT MAX(year) AS y FROM ${factsFrom(scope.rel)}),
    seq AS (
      SELECT agency_id, year, LEAD(year) OVER (PARTITION BY agency_id ORDER BY year) AS next
      FROM ${factsFrom(scope.rel)} WHERE ${where}
    )
    SELECT s.agency_id AS agencyId, ${agencyNameAsOf(scope.rel)} AS agencyName, s.year AS after, s.next AS before
    FROM seq s JOIN agencies a ON a.id = s.agency_id, latest
    WHERE (s.next IS NOT NULL AND s.next > s.year + 1) OR (s.next IS NULL AND s.year < latest.y)
    ORDER BY agencyName, s.year`);
}

/** Every reporting gap of the scope's agencies over all years (memoised: it reads every fact in scope). */
async function allReportingGaps(scope: QualityScope): Promise<ReportingGap[]> {
  return cached("gaps", { ...scope, from: null, to: null }, async () => {
    const db = await getDb();
    const [latest] = await db.all<{ y: number | null }>(sql`SELECT MAX(year) AS y FROM ${factsFrom(scope.rel)}`);
    const byAgency = new Map<string, ReportingGap>();
    for (const row of await gapRows(scope)) {
      const gap = byAgency.get(row.agencyId) ?? {
        agencyId: row.agencyId,
        agencyName: row.agencyName,
        missing: [],
        resumed: false,
      };
      const end = row.before === null ? (latest?.y ?? row.after) + 1 : row.before;
      for (let y = row.after + 1; y < end; y++) gap.missing.push(y);
      if (row.before !== null) gap.resumed = true;
      byAgency.set(row.agencyId, gap);
    }
    return [...byAgency.values()];
  });
}

/** Agencies whose report is missing for a year after one they reported, one page. */
export async function getReportingGaps(params: { scope: QualityScope; page: number }): Promise<Page<ReportingGap>> {
  const { scope } = params;
  const all = await allReportingGaps(scope);
  const inRange = (y: number) => (scope.from === null || y >= scope.from) && (scope.to === null || y <= scope.to);
  const gaps = all
    .map((g) => ({ ...g, missing: g.missing.filter(inRange) }))
    .filter((g) => g.missing.length > 0)
    .sort((a, b) => Number(b.resumed) - Number(a.resumed));
  const { page, offset } = pageBounds(params.page);
  return { ...toPage(gaps.slice(offset, offset + PAGE_SIZE + 1), page), total: gaps.length };
}
