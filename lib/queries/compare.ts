import "server-only";
/**
 * The compare view: the chosen agencies side by side, or — with none chosen — the leading sub-regions
 * of the selected region; plus peers of the first agency (same level, same region).
 */
import { summableMetric } from "@/lib/value-metrics";
import { getAgencies, getPeers, type AgencySummary } from "./agencies";
import type { Selection } from "./filters";
import { getAvailableYears, getRanking, rankModeFor } from "./overview";
import { getAgencySeries, getRegionSeries, type SeriesPoint } from "./series";

export interface CompareData {
  kind: "agencies" | "regions";
  entities: { id: string; name: string }[];
  points: SeriesPoint[];
  peers: AgencySummary[];
  /** The metric drawn: the requested one, or the default when regions cannot show it (see `fallback`). */
  metric: string;
  /** Set when the requested metric was replaced: it is read per agency only (report_values), not per region. */
  fallback?: { requested: string };
}

const REGION_LINES = 8;

export async function getCompare(args: { selection: Selection; metric: string; delta: boolean }): Promise<CompareData> {
  const { selection, metric, delta } = args;
  // The change against the previous year needs the year before the range too.
  const from = delta && selection.from !== null ? selection.from - 1 : selection.from;
  if (selection.agencies.length) {
    const [agencies, points] = await Promise.all([
      getAgencies({ ids: selection.agencies, rel: selection.rel }),
      getAgencySeries({ agencies: selection.agencies, metric, from, to: selection.to, rel: selection.rel }),
    ]);
    const peers = agencies.length ? await getPeers({ agency: agencies[0], exclude: selection.agencies }) : [];
    return { kind: "agencies", entities: agencies.map((a) => ({ id: a.id, name: a.name })), points, peers, metric };
  }
  // Regions are summed from the pre-aggregates, which hold the core metrics only: any other key falls back.
  const drawn = summableMetric(metric);
  const fallback = drawn === metric ? {} : { fallback: { requested: metric } };
  const year = selection.to ?? (await getAvailableYears(selection.rel)).at(-1) ?? null;
  if (year === null || rankModeFor(selection, "auto") !== "region") {
    return { kind: "regions", entities: [], points: [], peers: [], metric: drawn, ...fallback };
  }
  const top = await getRanking({ selection, metric: drawn, year, mode: "region" });
  const entities = top.rows.slice(0, REGION_LINES).map((r) => ({ id: r.id, name: r.name }));
  const points = await getRegionSeries({ ...selection, from, regions: entities.map((e) => e.id), metric: drawn });
  return { kind: "regions", entities, points, peers: [], metric: drawn, ...fallback };
}
