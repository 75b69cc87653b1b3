/**
 * The one as-of filter of every dashboard read. `rel` null/undefined = current data: the current table
 * itself, today's read unchanged. A release id = the rows as they were in that release: the current table's rows
 * made by that release or earlier, plus the history rows that were current then (db/schema.ts, releases). SQLite
 * pushes the caller's WHERE (scope, region, year …) into both arms of the UNION ALL, so each arm seeks the same
 * indexes the current read does; the history arm adds the few rows that releases since then replaced.
 */
import { sql, type SQL } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { aggRegionYear, findings, reportFacts } from "@/db/schema";

const columnsOf = (t: SQLiteTable) =>
  getTableConfig(t)
    .columns.map((c) => c.name)
    .join(", ");
const FACTS = columnsOf(reportFacts);
const AGG = columnsOf(aggRegionYear);
const FINDINGS = columnsOf(findings);

function asOf(table: string, history: string, columns: string, rel: number | null | undefined, alias: string): SQL {
  if (rel === null || rel === undefined) return sql.raw(alias === table ? table : `${table} AS ${alias}`);
  return sql`(SELECT ${sql.raw(columns)} FROM ${sql.raw(table)} WHERE rel_from <= ${rel}
    UNION ALL SELECT ${sql.raw(columns)} FROM ${sql.raw(history)} WHERE rel_from <= ${rel} AND rel_to > ${rel}) AS
    ${sql.raw(alias)}`;
}

/** `report_facts` as of release `rel` (current when null), for `FROM`; named `alias`. */
export function factsFrom(rel: number | null | undefined, alias = "report_facts"): SQL {
  return asOf("report_facts", "report_facts_history", FACTS, rel, alias);
}

/** `agg_region_year` as of release `rel` (current when null), for `FROM`; named `alias`. */
export function aggFrom(rel: number | null | undefined, alias = "agg_region_year"): SQL {
  return asOf("agg_region_year", "agg_region_year_history", AGG, rel, alias);
}

/**
 * Reports (alias `r`) active in release `rel`; the current ones when null. rel_from NULL on an active report: stored
 * before releases were tracked (migration 0008 rewrites no report row). A report not active now was active in `rel`
 * only if a release superseded or removed it after `rel` (rel_to); one superseded before releases has no rel_to.
 */
export function activeReportsAsOf(rel: number | null | undefined, alias = "r"): SQL {
  const a = sql.raw(alias);
  if (rel === null || rel === undefined) return sql`${a}.status = 'active'`;
  return sql`coalesce(${a}.rel_from, 0) <= ${rel} AND (${a}.rel_to IS NULL OR ${a}.rel_to > ${rel})
    AND (${a}.status = 'active' OR ${a}.rel_to IS NOT NULL)`;
}

/** `findings` as of release `rel` (current when null), for `FROM`; named `alias` (findings_history, migration 0009). */
export function findingsFrom(rel: number | null | undefined, alias = "findings"): SQL {
  return asOf("findings", "findings_history", FINDINGS, rel, alias);
}

/**
 * A report's error or warning count (`reports` row under `alias`) as of release `rel`: the count a later release
 * replaced in place (report_counts_history, the first one replaced after `rel`), else the row's own.
 */
export function reportCountAsOf(
  rel: number | null | undefined,
  column: "error_count" | "warning_count",
  alias = "r",
): SQL {
  return replacedAsOf("report_counts_history", "report_id", column, rel, alias);
}

/**
 * A column a later release replaced in place, as of release `rel`: the value kept in `history` (rows keyed by
 * `owner` = the row's id, with the release `rel_to` that replaced them), the first one replaced after `rel`, else the
 * row's own. Current when `rel` is null.
 */
function replacedAsOf(history: string, owner: string, column: string, rel: number | null | undefined, alias: string) {
  const c = sql.raw(column);
  const a = sql.raw(alias);
  if (rel === null || rel === undefined) return sql`${a}.${c}`;
  return sql`coalesce((SELECT h.${c} FROM ${sql.raw(history)} h WHERE h.${sql.raw(owner)} = ${a}.id
    AND h.rel_to > ${rel} ORDER BY h.rel_to LIMIT 1), ${a}.${c})`;
}

/**
 * report_facts rows (alias `rf`) joined to their findings (alias `f`) as of release `rel`, for `FROM`, selecting
 * `columns` where `where` holds; named `alias`. Pinned, it is written as one arm per pair of current and history
 * tables, so each arm seeks findings by report_id: an aggregate over a join of two as-of subqueries is not flattened
 * by SQLite and scanned every finding (bench/releases.ts, quality · rules).
 */
export function factFindingsFrom(rel: number | null | undefined, columns: string, where: SQL, alias: string): SQL {
  const cols = sql.raw(columns);
  const a = sql.raw(alias);
  if (rel === null || rel === undefined) {
    return sql`(SELECT ${cols} FROM report_facts rf JOIN findings f ON f.report_id = rf.report_id WHERE ${where})
      AS ${a}`;
  }
  const current = (t: string) => sql`${sql.raw(t)}.rel_from <= ${rel}`;
  const past = (t: string) => sql`${sql.raw(t)}.rel_from <= ${rel} AND ${sql.raw(t)}.rel_to > ${rel}`;
  const arms = [
    ["report_facts", current("rf")],
    ["report_facts_history", past("rf")],
  ].flatMap(([facts, factsOk]) =>
    [
      ["findings", current("f")],
      ["findings_history", past("f")],
    ].map(
      ([found, foundOk]) => sql`SELECT ${cols} FROM ${sql.raw(facts as string)} rf JOIN ${sql.raw(found as string)} f
        ON f.report_id = rf.report_id WHERE ${factsOk as SQL} AND ${foundOk as SQL} AND ${where}`,
    ),
  );
  return sql`(${sql.join(arms, sql` UNION ALL `)}) AS ${a}`;
}

/**
 * An agency's name (`agencies` row under `alias`) as of release `rel`: the name a later release replaced
 * (agency_names_history, the first one replaced after `rel`), else the row's own. Current when `rel` is null.
 */
export function agencyNameAsOf(rel: number | null | undefined, alias = "a"): SQL {
  return replacedAsOf("agency_names_history", "agency_id", "name", rel, alias);
}

/**
 * A collected report's date column (`reports` row under `alias`) as of release `rel`: the value collect replaced in
 * place after `rel` (report_provenance_history, the first such row, whose value may be null), else the row's own.
 * The dates decide timeliness (a page's 发布日期 or the first sighting filled in by a later fetch).
 */
export function provenanceAsOf(
  rel: number | null | undefined,
  column: "page_published" | "first_seen_at",
  alias = "r",
): SQL {
  const c = sql.raw(column);
  const a = sql.raw(alias);
  if (rel === null || rel === undefined) return sql`${a}.${c}`;
  const later = sql`FROM report_provenance_history h WHERE h.report_id = ${a}.id AND h.rel_to > ${rel}`;
  return sql`CASE WHEN EXISTS (SELECT 1 ${later}) THEN (SELECT h.${c} ${later} ORDER BY h.rel_to LIMIT 1)
    ELSE ${a}.${c} END`;
}
