/**
 * The agency page's headline chart: outcomes per year as stacked bars (the overview's builder) with the
 * year's new applications as a line over them, and the same data as a table in which a year without a
 * report reads 未报送 rather than blank.
 */
import type { LineSeriesOption } from "echarts/charts";
import { buildOutcomeComposition, OUTCOME_COLUMNS } from "./overview";
import type { Totals } from "./rates";
import { yearLabel, yearRange } from "./time-axis";
import type { ChartOption, ChartTable } from "./types";

export const APPS_SERIES = "本年新收申请";
export const NO_REPORT = "未报送";

export function buildAgencySeries(rows: Totals[]): ChartOption {
  const option = buildOutcomeComposition(rows, false);
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const apps: LineSeriesOption = {
    type: "line",
    name: APPS_SERIES,
    data: yearRange(rows.map((r) => r.year)).map((y) => byYear.get(y)?.apps_new ?? null),
    symbolSize: 7,
    lineStyle: { width: 2, color: "#0f172a" },
    itemStyle: { color: "#0f172a" },
    z: 5,
  };
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return { ...option, series: [...series, apps] };
}

export function agencySeriesTable(rows: (Totals & { family: string })[]): ChartTable {
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const columns = [{ column: "apps_new" as const, label: APPS_SERIES }, ...OUTCOME_COLUMNS];
  return {
    columns: ["年份", "报告", ...columns.map((c) => c.label)],
    rows: yearRange(rows.map((r) => r.year)).map((y) => {
      const row = byYear.get(y);
      if (!row) return [yearLabel(y), NO_REPORT, ...columns.map(() => null)];
      return [
        yearLabel(y),
        row.family === "legacy" ? "旧版统计表" : `${row.family}版`,
        ...columns.map((c) => row[c.column]),
      ];
    }),
  };
}
