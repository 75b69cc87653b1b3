/**
 * The map's table twin and CSV, and what the first-load page needs of the map; the option builder
 * (region-map.ts) loads after the page with the boundaries.
 */
import { MIN_RATE_DENOMINATOR, RATE_BY_KEY } from "@/lib/metrics";
import { metricLabel, type RankItem } from "./ranking";
import type { ChartTable } from "./types";
import { isSmallRate, valueCell } from "./values";

/** A sub-region's figure and the number of reports summed into it (lib/queries/map.ts). */
export interface MapRow extends RankItem {
  reports?: number;
}

/**
 * The ranking's small-sample threshold, applied to counts by reports: a total over fewer than 10 reports says
 * more about how many reports were collected than about the region, so it is greyed like a rate over few cases.
 */
const MIN_MAP_REPORTS = MIN_RATE_DENOMINATOR;

/** A rate over fewer than 10 cases, a count over fewer than 10 reports. */
export function isSmallSample(metric: string, row: MapRow): boolean {
  if (RATE_BY_KEY.has(metric)) return isSmallRate(metric, row);
  return row.reports !== undefined && row.reports < MIN_MAP_REPORTS;
}

/** The legend's and the table's word for it: `不足10件` (cases of a rate) or `不足10份报告`. */
export function smallSampleLabel(metric: string): string {
  return RATE_BY_KEY.has(metric) ? `不足${MIN_RATE_DENOMINATOR}件` : `不足${MIN_MAP_REPORTS}份报告`;
}

/** A region of the boundary file: its division code and name. */
export interface MapFeature {
  code: string;
  name: string;
}

/**
 * The map's table twin and CSV: every sub-region with its code, in rank order, and its number of reports; rates
 * with their counts (the rate cell carries its 不足10件 flag), counts with a 不足10份报告 column.
 */
export function regionMapTable(rows: MapRow[], metric: string): ChartTable {
  const label = metricLabel(metric);
  const reports = (r: MapRow) => r.reports ?? null;
  if (RATE_BY_KEY.has(metric)) {
    return {
      columns: ["代码", "地区", label, "分子", "分母", "报告数"],
      rows: rows.map((r) => [r.id, r.name, valueCell(metric, r), r.num, r.den, reports(r)]),
    };
  }
  return {
    columns: ["代码", "地区", label, "报告数", "样本"],
    rows: rows.map((r) => [
      r.id,
      r.name,
      r.value,
      reports(r),
      isSmallSample(metric, r) ? smallSampleLabel(metric) : null,
    ]),
  };
}

/** Sub-regions with a figure but no boundary in the file (a unit newer than the boundaries): table only. */
export function regionsWithoutBoundary<T extends RankItem>(rows: T[], features: MapFeature[]): T[] {
  const codes = new Set(features.map((f) => f.code));
  return rows.filter((r) => !codes.has(r.id));
}
