import "server-only";
/** Overview reads: per-year totals of a selection and the ranking of its sub-regions or agencies. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Totals } from "@/lib/metrics";
import { isAggregatable } from "@/lib/value-metrics";
import { agencyNameAsOf, aggFrom, factsFrom } from "@/lib/releases/as-of";
import { aggChildrenWhere, aggWhere, factsWhere, metricSelect, sumAllColumns, type Selection } from "./filters";

/**
 * Totals per year (every core column, reports, failing). A region reads the pre-aggregates (a few dozen
 * rows whatever the corpus size); chosen agencies read their report_facts rows.
 */
export async function getYearTotals({ selection }: { selection: Selection }): Promise<Totals[]> {
  const db = await getDb();
  const query = selection.agencies.length
    ? sql`SELECT year, COUNT(*) AS reports, SUM(has_error) AS failing, ${sumAllColumns()}
          FROM ${factsFrom(selection.rel)} WHERE ${factsWhere(selection)} GROUP BY year ORDER BY year`
    : sql`SELECT year, SUM(reports) AS reports, SUM(failing) AS failing, ${sumAllColumns()}
          FROM ${aggFrom(selection.rel)} WHERE ${aggWhere(selection)} GROUP BY year ORDER BY year`;
  return db.all<Totals>(query);
}

export type RankMode = "region" | "agency";

export interface RankRow {
  id: string;
  name: string;
  value: number | null;
  num: number | null;
  den: number | null;
}

export interface Ranking {
  mode: RankMode;
  year: number;
  rows: RankRow[];
}

const RANK_LIMIT = 20;

/**
 * Sub-regions exist below national, province and city scopes; a county's ranking is of its agencies.
 * Nationally only regions are ranked: ranking agencies would read a whole year of report_facts
 * (~90,000 rows at 1,000,000 reports, 0.5 s), beyond the 100 ms budget.
 */
export function rankModeFor(selection: Selection, requested: "auto" | RankMode): RankMode {
  if (selection.agencies.length || selection.region.length === 6) return "agency";
  if (selection.region === "") return "region";
  return requested === "auto" ? "region" : requested;
}

/** Whether the user can switch between ranking regions and agencies for this selection. */
export function canSwitchRankMode(selection: Selection): boolean {
  return !selection.agencies.length && (selection.region.length === 2 || selection.region.length === 4);
}

/** Rates with at least 10 cases first, so a 1/1 does not top the list; then by value. */
const RANK_ORDER = sql`CASE WHEN den IS NULL OR den >= 10 THEN 0 ELSE 1 END, value IS NULL, value DESC`;

/**
 * A metric of one year for every sub-region of the selection's region (the children in agg_region_year:
 * provinces of the nation, cities and county-level units of a province, counties of a city), in rank order.
 * The ranking reads its top rows, the map all of them.
 */
export async function getSubRegionValues(args: {
  selection: Selection;
  metric: string;
  year: number;
  limit?: number;
}): Promise<RankRow[]> {
  const { selection, metric, year, limit } = args;
  if (!isAggregatable(metric)) return [];
  const db = await getDb();
  const m = metricSelect(metric);
  return db.all<RankRow>(sql`
    SELECT g.scope AS id, COALESCE(r.name, g.scope) AS name, g.value, g.num, g.den FROM (
      SELECT scope, ${m.value} AS value, ${m.num} AS num, ${m.den} AS den
      FROM ${aggFrom(selection.rel)} WHERE ${aggChildrenWhere({ ...selection, from: year, to: year })} GROUP BY scope
    ) g LEFT JOIN regions r ON r.code = g.scope
    ORDER BY ${RANK_ORDER}${limit === undefined ? sql`` : sql` LIMIT ${limit}`}`);
}

/**
 * The top sub-regions or agencies of one year by a metric. Rates rank cases with at least 10 cases
 * first, so a 1/1 does not top the list.
 */
export async function getRanking(args: {
  selection: Selection;
  metric: string;
  year: number;
  mode: RankMode;
}): Promise<Ranking> {
  const { selection, metric, year, mode } = args;
  // A key read from report_values is compared per chosen agency only (compare view): no ranking over all rows.
  if (!isAggregatable(metric)) return { mode, year, rows: [] };
  if (mode === "region")
    return { mode, year, rows: await getSubRegionValues({ selection, metric, year, limit: RANK_LIMIT }) };
  const db = await getDb();
  const oneYear = { ...selection, from: year, to: year };
  // One active report per agency and year: rows are read as they are (no GROUP BY), and only the top rows
  // are joined to their names (sorting inside the subquery keeps SQLite from joining every row first).
  const r = metricSelect(metric, false);
  const rows = await db.all<RankRow>(sql`
    SELECT f.agency_id AS id, ${agencyNameAsOf(selection.rel)} AS name, f.value, f.num, f.den FROM (
      SELECT agency_id, ${r.value} AS value, ${r.num} AS num, ${r.den} AS den
      FROM ${factsFrom(selection.rel)} WHERE ${factsWhere(oneYear)}
      ORDER BY ${RANK_ORDER} LIMIT ${RANK_LIMIT}
    ) f JOIN agencies a ON a.id = f.agency_id
    ORDER BY ${RANK_ORDER}`);
  return { mode, year, rows };
}

/**
 * Years with any stored report (national pre-aggregates: one row per year, level and kind); as of `rel` when pinned.
 */
export async function getAvailableYears(rel?: number | null): Promise<number[]> {
  const db = await getDb();
  const rows = await db.all<{ year: number }>(
    sql`SELECT DISTINCT year FROM ${aggFrom(rel)} WHERE scope = '' ORDER BY year`,
  );
  return rows.map((r) => r.year);
}

/** Everything the overview draws: per-year totals and the ranking for the last year of the selection. */
export async function getOverview(args: { selection: Selection; metric: string; rank: "auto" | RankMode }) {
  const totals = await getYearTotals({ selection: args.selection });
  const year = args.selection.to ?? (totals.length ? totals[totals.length - 1].year : null);
  const mode = rankModeFor(args.selection, args.rank);
  const ranking = year === null ? { mode, year: 0, rows: [] } : await getRanking({ ...args, year, mode });
  return { totals, ranking };
}
