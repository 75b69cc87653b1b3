import "server-only";
import { sql } from "drizzle-orm";
import { agencyNameAsOf } from "@/lib/releases/as-of";
import { getDb } from "@/db/client";

/**
 * Reports changed after publication: collect fetched a report, and later found other bytes for the
 * same agency and year (at the same URL, or a new file) — ingest made the new one a version that supersedes
 * the old. Both versions were collected (first_seen_at set), so the date the change was noticed is the new
 * version's first_seen_at. Files ingested by hand are corrections, not silent edits, and are not listed.
 */

export interface FigureChange {
  key: string;
  before: number | null;
  after: number | null;
}

export interface Revision {
  /** The later version (this one replaced `earlier`). */
  later: { publicId: string; sourceName: string; sourceUrl: string | null; firstSeenAt: string };
  earlier: { publicId: string; sourceName: string; sourceUrl: string | null; firstSeenAt: string };
  /** Figures that differ, by canonical key (a figure only one version has counts as changed). */
  changes: FigureChange[];
}

type Version = Revision["later"] & { id: number };

const MAX_CHANGES = 200;

async function changedFigures(earlierId: number, laterId: number): Promise<FigureChange[]> {
  const db = await getDb();
  // Both sides of a full outer join, written as two left joins (SQLite before 3.39 has no FULL JOIN).
  return db.all<FigureChange>(sql`
    WITH a AS (SELECT key_id, value FROM report_values WHERE report_id = ${earlierId}),
         b AS (SELECT key_id, value FROM report_values WHERE report_id = ${laterId})
    SELECT k.key AS key, d.before, d.after FROM (
      SELECT a.key_id, a.value AS before, b.value AS after FROM a LEFT JOIN b ON b.key_id = a.key_id WHERE b.value
      IS NOT a.value
      UNION ALL
      SELECT b.key_id, NULL, b.value FROM b WHERE NOT EXISTS (SELECT 1 FROM a WHERE a.key_id = b.key_id)
    ) d JOIN value_keys k ON k.id = d.key_id ORDER BY k.key LIMIT ${MAX_CHANGES}`);
}

const VERSION = sql`public_id AS publicId, source_name AS sourceName, source_url AS sourceUrl, first_seen_at AS
firstSeenAt, id`;

/** The change that made report `id` (it superseded a collected earlier version), or null. */
export async function getRevisionOf({ reportId }: { reportId: number }): Promise<Revision | null> {
  const db = await getDb();
  const [later] = await db.all<Version>(
    sql`SELECT ${VERSION} FROM reports WHERE id = ${reportId} AND first_seen_at IS NOT NULL`,
  );
  if (!later) return null;
  const [row] = await db.all<{ agencyId: string; year: number }>(
    sql`SELECT agency_id AS agencyId, year FROM reports WHERE id = ${reportId}`,
  );
  const [earlier] = await db.all<Version>(sql`
    SELECT ${VERSION} FROM reports WHERE agency_id = ${row.agencyId} AND year = ${row.year} AND superseded_by =
    ${reportId}
      AND first_seen_at IS NOT NULL ORDER BY id DESC LIMIT 1`);
  if (!earlier) return null;
  const strip = ({ id: _id, ...v }: Version) => v;
  return { later: strip(later), earlier: strip(earlier), changes: await changedFigures(earlier.id, later.id) };
}

export interface RevisedReport {
  publicId: string;
  agencyId: string;
  agencyName: string;
  year: number;
  regionCode: string | null;
  noticedAt: string;
  sourceUrl: string | null;
}

/**
 * Every collected report that replaced a collected earlier version, by region and year (newest first). As of release
 * `rel`: the replacements that release had made (the later version stored by then; a later replacement is left out).
 */
export async function getRevisedReports({
  region,
  rel = null,
  limit = 200,
}: {
  region: string;
  rel?: number | null;
  limit?: number;
}): Promise<RevisedReport[]> {
  const db = await getDb();
  const scope = region ? sql`AND a.region_code LIKE ${`${region}%`}` : sql``;
  // rel_from NULL: stored before releases were tracked (held by every release).
  const asOf = rel === null ? sql`` : sql`AND coalesce(r.rel_from, 0) <= ${rel}`;
  return db.all<RevisedReport>(sql`
    SELECT r.public_id AS publicId, r.agency_id AS agencyId, ${agencyNameAsOf(rel)} AS agencyName, r.year,
           a.region_code AS regionCode,
           r.first_seen_at AS noticedAt, r.source_url AS sourceUrl
    FROM reports p JOIN reports r ON r.id = p.superseded_by JOIN agencies a ON a.id = r.agency_id
    WHERE p.first_seen_at IS NOT NULL AND r.first_seen_at IS NOT NULL AND p.status = 'superseded' ${scope} ${asOf}
    GROUP BY r.id ORDER BY a.region_code, r.year DESC, agencyName LIMIT ${limit}`);
}
