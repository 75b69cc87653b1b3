import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reports, reportValues, valueKeys } from "@/db/schema";
import type { ReportRow } from "@/db/schema";
import { agencyNameAsOf, findingsFrom } from "@/lib/releases/as-of";

/** `public_id` is the first 16 hex digits of the file's sha256. */
const PUBLIC_ID = /^[0-9a-f]{16}$/;

function isPublicId(id: string): boolean {
  return PUBLIC_ID.test(id);
}

export interface ReportLink {
  publicId: string;
  sourceName: string;
  status: string;
}

export interface ReportValue {
  key: string;
  value: number | null;
  line: number | null;
}

export interface ReportFinding {
  id: number;
  rule: string;
  severity: string;
  message: string;
  keys: string[];
  expected: number | null;
  actual: number | null;
  line: number | null;
}

export interface ReportDetail {
  report: ReportRow;
  agencyName: string | null;
  supersededBy: ReportLink | null;
  /** Earlier versions this report replaced. */
  supersedes: ReportLink[];
  values: ReportValue[];
  findings: ReportFinding[];
}

/** The `keys` column (a JSON array); anything else reads as no keys. */
export function parseKeys(json: string): string[] {
  try {
    const keys: unknown = JSON.parse(json);
    return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : [];
  } catch {
    return [];
  }
}

type ProvenanceField = "sourceUrl" | "fetchedAt" | "httpLastModified" | "pagePublished" | "firstSeenAt";

/**
 * The report row as release `rel` showed it: superseded or removed after `rel` = still active then; its error
 * counts from before a later recheck (report_counts_history), its provenance from before collect fetched it again.
 * The text and figures of a report never change.
 */
async function asOfRelease(report: ReportRow, rel: number): Promise<ReportRow> {
  const db = await getDb();
  const [counts] = await db.all<{ errorCount: number; warningCount: number }>(sql`
    SELECT error_count AS errorCount, warning_count AS warningCount FROM report_counts_history
    WHERE report_id = ${report.id} AND rel_to > ${rel} ORDER BY rel_to LIMIT 1`);
  // Its provenance before collect fetched it again unchanged after `rel` (report_provenance_history).
  const [provenance] = await db.all<Pick<ReportRow, ProvenanceField>>(sql`
    SELECT source_url AS sourceUrl, fetched_at AS fetchedAt, http_last_modified AS httpLastModified,
      page_published AS pagePublished, first_seen_at AS firstSeenAt FROM report_provenance_history
    WHERE report_id = ${report.id} AND rel_to > ${rel} ORDER BY rel_to LIMIT 1`);
  const activeThen = report.relTo !== null && report.relTo > rel;
  return {
    ...report,
    ...(counts ?? {}),
    ...(provenance ?? {}),
    ...(activeThen ? { status: "active", supersededBy: null, relTo: null } : {}),
  };
}

/**
 * One report with everything the report page shows, or null for an unknown or malformed id; as of release `rel`
 * when pinned (lib/releases/as-of.ts).
 */
export async function getReport({
  publicId,
  rel,
}: {
  publicId: string;
  rel?: number | null;
}): Promise<ReportDetail | null> {
  if (!isPublicId(publicId)) return null;
  const db = await getDb();
  const [stored] = await db.select().from(reports).where(eq(reports.publicId, publicId)).limit(1);
  if (!stored) return null;
  const report = rel === null || rel === undefined ? stored : await asOfRelease(stored, rel);
  const [agency, links, values, found] = await Promise.all([
    report.agencyId
      ? db.all<{ name: string }>(
          sql`SELECT ${agencyNameAsOf(rel, "agencies")} AS name FROM agencies WHERE id = ${report.agencyId}`,
        )
      : Promise.resolve([]),
    // superseded_by has no index: earlier versions are found through (agency_id, year), which has one.
    db.all<ReportLink & { relation: string }>(sql`
      SELECT public_id AS publicId, source_name AS sourceName, status, 'by' AS relation
        FROM reports WHERE id = ${report.supersededBy ?? -1}
      UNION ALL
      SELECT public_id, source_name, status, 'of' FROM reports
        WHERE agency_id = ${report.agencyId} AND year = ${report.year} AND superseded_by = ${report.id}`),
    db
      .select({ key: valueKeys.key, value: reportValues.value, line: reportValues.line })
      .from(reportValues)
      .innerJoin(valueKeys, eq(valueKeys.id, reportValues.keyId))
      .where(eq(reportValues.reportId, report.id))
      .orderBy(asc(valueKeys.key)), // the order of the (report_id, key) index these rows used to come in
    db.all<Omit<ReportFinding, "keys"> & { keys: string }>(sql`
      SELECT id, rule, severity, message, keys, expected, actual, line FROM ${findingsFrom(rel)}
      WHERE report_id = ${report.id} ORDER BY id`),
  ]);
  const link = ({ publicId, sourceName, status }: ReportLink): ReportLink => ({ publicId, sourceName, status });
  return {
    report,
    agencyName: agency[0]?.name ?? null,
    supersededBy: links.filter((l) => l.relation === "by").map(link)[0] ?? null,
    supersedes: links.filter((l) => l.relation === "of").map(link),
    values,
    findings: found.map((f) => ({ ...f, keys: parseKeys(f.keys) })),
  };
}
