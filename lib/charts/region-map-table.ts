/**
 * The map's table twin and CSV, and what the first-load page needs of the map; the option builder
 * (region-map.ts) loads after the page with the boundaries.
 */
import { RATE_BY_KEY } from "@/lib/metrics";
import { metricLabel, type RankItem } from "./ranking";
import type { ChartTable } from "./types";
import { valueCell } from "./values";

/** A region of the boundary file: its division code and name. */
export interface MapFeature {
  code: string;
  name: string;
}

/** The map's table twin and CSV: every sub-region with its code, in rank order; rates with their counts. */
export function regionMapTable(rows: RankItem[], metric: string): ChartTable {
  const rate = RATE_BY_KEY.has(metric);
  return {
    columns: rate ? ["代码", "地区", metricLabel(metric), "分子", "分母"] : ["代码", "地区", metricLabel(metric)],
    rows: rows.map((r) => (rate ? [r.id, r.name, valueCell(metric, r), r.num, r.den] : [r.id, r.name, r.value])),
  };
}

/** Sub-regions with a figure but no boundary in the file (a unit newer than the boundaries): table only. */
export function regionsWithoutBoundary(rows: RankItem[], features: MapFeature[]): RankItem[] {
  const codes = new Set(features.map((f) => f.code));
  return rows.filter((r) => !codes.has(r.id));
}
