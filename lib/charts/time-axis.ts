/**
 * Shared pieces of every chart over years: category axis of `2023年`, the family-change markers
 * (2019 and 2021 templates) and the 口径映射 label of legacy years (values mapped from the pre-2019
 * template onto today's canonical keys).
 */
import type { LineSeriesOption } from "echarts/charts";
import { formatYear } from "@/lib/format";

const FAMILY_CHANGE_YEARS = [2019, 2021] as const;
const FIRST_CURRENT_TEMPLATE_YEAR = 2019;

export function isLegacyYear(year: number): boolean {
  return year < FIRST_CURRENT_TEMPLATE_YEAR;
}

/** `2017年（口径映射）` for legacy years, `2023年` otherwise. */
export function yearLabel(year: number): string {
  return isLegacyYear(year) ? `${formatYear(year)}（口径映射）` : formatYear(year);
}

/** Every year from first to last (gaps in the data stay visible as gaps). */
export function yearRange(years: number[]): number[] {
  if (!years.length) return [];
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

export function yearAxis(years: number[]) {
  return {
    type: "category" as const,
    data: years.map(formatYear),
    axisLabel: { hideOverlap: true },
  };
}

/** Vertical markers at template changes that fall inside the axis, for the first series of a chart. */
export function familyMarkLine(years: number[]): LineSeriesOption["markLine"] | undefined {
  const inside = FAMILY_CHANGE_YEARS.filter((y) => years.includes(y) && years[0] < y);
  if (!inside.length) return undefined;
  return {
    silent: true,
    symbol: "none",
    lineStyle: { type: "dashed", color: "#94a3b8" },
    label: { formatter: "{b}", color: "#64748b", fontSize: 11 },
    data: inside.map((y) => ({ xAxis: formatYear(y), name: `${y}版` })),
  };
}
