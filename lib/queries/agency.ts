import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, regions, reports, reportValues, valueKeys } from "@/db/schema";
import type { AgencyRow } from "@/db/schema";
import { METRIC_COLUMNS, type Totals } from "@/lib/metrics";
import { activeReportsAsOf, agencyNameAsOf, factsFrom, findingsFrom, reportCountAsOf } from "@/lib/releases/as-of";
import type { StoredValue } from "@/lib/template-table";
import { parseKeys, type ReportFinding } from "./report";

/** Agency ids are stable codes (region code + normalised name); anything longer is not one of ours. */
const MAX_ID_LENGTH = 120;

/** One agency's reads; `rel` (a pinned link) reads them as of that release (lib/releases/as-of.ts). */
interface AgencyQuery {
  id: string;
  rel?: number | null;
}

export interface RegionStep {
  code: string;
  name: string;
}

export interface AgencyProfile {
  agency: AgencyRow;
  /** Province → city → county, as far as the agency's codes reach. */
  regionPath: RegionStep[];
}

/** One agency with its region path, or null for an unknown id; named as of release `rel` (a later rename). */
export async function getAgency({ id, rel }: AgencyQuery): Promise<AgencyProfile | null> {
  if (!id || id.length > MAX_ID_LENGTH) return null;
  const db = await getDb();
  const [stored] = await db.select().from(agencies).where(eq(agencies.id, id)).limit(1);
  if (!stored) return null;
  const [then] =
    rel === null || rel === undefined
      ? [stored]
      : await db.all<{ name: string }>(sql`SELECT ${agencyNameAsOf(rel, "agencies")} AS name FROM agencies
          WHERE id = ${id}`);
  const agency = { ...stored, name: then?.name ?? stored.name };
  const codes = [agency.provinceCode, agency.cityCode, agency.countyCode].filter((c): c is string => !!c);
  const named = codes.length
    ? await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, codes))
    : [];
  const byCode = new Map(named.map((r) => [r.code, r.name]));
  const regionPath = codes.map((code) => ({ code, name: byCode.get(code) ?? code }));
  return { agency, regionPath };
}

export type AgencyYearFacts = Totals & { family: string };

/**
 * The core metrics of each year's active report, oldest first, in the shape of the overview's per-year
 * totals (one report per row) so the same chart builders draw them.
 */
export async function getAgencyFacts({ id, rel }: AgencyQuery): Promise<AgencyYearFacts[]> {
  const db = await getDb();
  const columns = sql.join(
    METRIC_COLUMNS.map((c) => sql.raw(c)),
    sql`, `,
  );
  return db.all<AgencyYearFacts>(sql`
    SELECT year, family, 1 AS reports, has_error AS failing, ${columns}
    FROM ${factsFrom(rel)} WHERE agency_id = ${id} ORDER BY year`);
}

export interface AgencyReportLink {
  id: number;
  publicId: string;
  year: number | null;
  family: string | null;
  status: string;
  sourceName: string;
  published: string | null;
  errorCount: number;
  warningCount: number;
  supersededByPublicId: string | null;
  error: string | null;
  errorZh: string | null;
}

/**
 * Every report filed for the agency (active, superseded and failed), newest year first. As of release `rel`: the
 * files stored by then, a report superseded later shown active, its counts as they were then.
 */
export async function getAgencyReports({ id, rel }: AgencyQuery): Promise<AgencyReportLink[]> {
  const db = await getDb();
  const pinned = rel !== null && rel !== undefined;
  const activeThen = pinned ? sql`(r.rel_to IS NOT NULL AND r.rel_to > ${rel})` : sql`0`;
  const status = sql`CASE WHEN ${activeThen} THEN 'active' ELSE r.status END`;
  // rel_from is set on reports stored as active; the others (failed files, a file superseded on arrival) count as
  // stored by `rel` when they came before the next release was made.
  const next = sql`coalesce((SELECT min(created_at) FROM releases WHERE id > ${rel}), '9999')`;
  const stored = pinned ? sql`(r.rel_from <= ${rel} OR (r.rel_from IS NULL AND r.ingested_at < ${next}))` : sql`1`;
  // Never select raw_text here: a list of reports must not read every document through.
  return db.all<AgencyReportLink>(sql`
    SELECT r.id, r.public_id AS publicId, r.year, r.family, ${status} AS status, r.source_name AS sourceName,
           r.published, ${reportCountAsOf(rel, "error_count")} AS errorCount,
           ${reportCountAsOf(rel, "warning_count")} AS warningCount,
           CASE WHEN ${activeThen} THEN NULL ELSE n.public_id END AS supersededByPublicId,
           r.error, r.error_zh AS errorZh
    FROM reports r LEFT JOIN reports n ON n.id = r.superseded_by
    WHERE r.agency_id = ${id} AND ${stored}
    ORDER BY r.year DESC, ${status} = 'active' DESC, r.id DESC`);
}

export interface YearReport {
  id: number;
  publicId: string;
  year: number;
  family: string;
  values: Map<string, StoredValue>;
  /** Texts of the lines the values came from (legacy rows take their labels from them). */
  lineTexts: Map<number, string>;
}

/** The active report of one agency and year with every stored figure, or null when none. */
export async function getAgencyYearReport({
  id,
  year,
  rel,
}: AgencyQuery & { year: number }): Promise<YearReport | null> {
  const db = await getDb();
  const [report] = await db
    .select({ id: reports.id, publicId: reports.publicId, family: reports.family, rawText: reports.rawText })
    .from(reports)
    .where(and(eq(reports.agencyId, id), eq(reports.year, year), activeReportsAsOf(rel, "reports")))
    .orderBy(desc(reports.id))
    .limit(1);
  if (!report) return null;
  const rows = await db
    .select({ key: valueKeys.key, value: reportValues.value, line: reportValues.line })
    .from(reportValues)
    .innerJoin(valueKeys, eq(valueKeys.id, reportValues.keyId))
    .where(eq(reportValues.reportId, report.id))
    .orderBy(asc(valueKeys.key)); // the order of the (report_id, key) index these rows used to come in
  const values = new Map(rows.map((r) => [r.key, { value: r.value, line: r.line }]));
  const lines = report.rawText.split("\n");
  const lineTexts = new Map<number, string>();
  for (const r of rows)
    if (r.line !== null && lines[r.line - 1] !== undefined) lineTexts.set(r.line, lines[r.line - 1]);
  return { id: report.id, publicId: report.publicId, year, family: report.family ?? "", values, lineTexts };
}

export type AgencyFinding = ReportFinding & { year: number; publicId: string };

/** Findings of the agency's active reports (as of `rel` when pinned), newest year first. */
export async function getAgencyFindings({ id, rel }: AgencyQuery): Promise<AgencyFinding[]> {
  const db = await getDb();
  const rows = await db.all<Omit<AgencyFinding, "keys"> & { keys: string }>(sql`
    SELECT rf.year, r.public_id AS publicId, f.id, f.rule, f.severity, f.message, f.keys, f.expected, f.actual, f.line
    FROM ${factsFrom(rel, "rf")} JOIN ${findingsFrom(rel, "f")} ON f.report_id = rf.report_id
      JOIN reports r ON r.id = rf.report_id
    WHERE rf.agency_id = ${id}
    ORDER BY rf.year DESC, f.id`);
  return rows.map((r) => ({ ...r, keys: parseKeys(r.keys) }));
}
