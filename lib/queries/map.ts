import "server-only";
/**
 * The Overview map: one metric of one year for every sub-region of the selected region (the provinces of the
 * nation, the cities and county-level units of a province, the counties of a city), to colour their boundaries.
 * The same aggregate as the sub-region ranking (getSubRegionValues), without its top-20 cut, and with each
 * region's number of reports: a count summed over a handful of reports is greyed like a rate over few cases.
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { aggFrom } from "@/lib/releases/as-of";
import { aggChildrenWhere, type Selection } from "./filters";
import { getSubRegionValues, type RankRow } from "./overview";

export interface MapRow extends RankRow {
  /** Reports summed into the figure (the selection's level and kind, that year). */
  reports: number;
}

export interface RegionMapData {
  /** The year coloured: the last year of the selection, as the ranking. */
  year: number;
  /** `id` is the division code; `den` is the sample size of a rate (null for counts). */
  rows: MapRow[];
}

async function reportsPerSubRegion(selection: Selection, year: number): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db.all<{ scope: string; reports: number }>(sql`
    SELECT scope, SUM(reports) AS reports FROM ${aggFrom(selection.rel)}
    WHERE ${aggChildrenWhere({ ...selection, from: year, to: year })} GROUP BY scope`);
  return new Map(rows.map((r) => [r.scope, r.reports]));
}

export async function getRegionMap(args: {
  selection: Selection;
  metric: string;
  year: number;
}): Promise<RegionMapData> {
  const { selection, metric, year } = args;
  // Chosen agencies are not a region: the map only sums regions (the page says so instead of drawing it).
  if (selection.agencies.length || !year) return { year, rows: [] };
  const [values, reports] = await Promise.all([
    getSubRegionValues({ selection, metric, year }),
    reportsPerSubRegion(selection, year),
  ]);
  return { year, rows: values.map((r) => ({ ...r, reports: reports.get(r.id) ?? 0 })) };
}
