import "server-only";
/**
 * The Overview map: one metric of one year for every sub-region of the selected region (the provinces of the
 * nation, the cities and county-level units of a province, the counties of a city), to colour their boundaries.
 * The same aggregate as the sub-region ranking (getSubRegionValues), without its top-20 cut.
 */
import type { Selection } from "./filters";
import { getSubRegionValues, type RankRow } from "./overview";

export interface RegionMapData {
  /** The year coloured: the last year of the selection, as the ranking. */
  year: number;
  /** `id` is the division code; `den` is the sample size of a rate (null for counts). */
  rows: RankRow[];
}

export async function getRegionMap(args: {
  selection: Selection;
  metric: string;
  year: number;
}): Promise<RegionMapData> {
  const { selection, metric, year } = args;
  // Chosen agencies are not a region: the map only sums regions (the page says so instead of drawing it).
  if (selection.agencies.length || !year) return { year, rows: [] };
  return { year, rows: await getSubRegionValues({ selection, metric, year }) };
}
