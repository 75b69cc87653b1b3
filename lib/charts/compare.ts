/**
 * The compare chart: one series per agency (or region) over years, as lines or grouped bars, optionally
 * as the change against the previous year. "No report" (no point) and "printed blank" (value null) stay
 * apart in the table.
 */
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import { RATE_BY_KEY } from "@/lib/metrics";
import { formatCount, formatPercent } from "@/lib/format";
import { metricLabel } from "./ranking";
import { familyMarkLine, isLegacyYear, yearAxis, yearLabel } from "./time-axis";
import { legendFrame } from "./frame";
import { asParams, tooltipHtml } from "./tooltip";
import type { ChartOption, ChartTable, TableCell } from "./types";
import { BLANK, isSmallRate, NO_REPORT, SMALL_RATE_COLOR, valueCell, valueText, type ValueCell } from "./values";

export { BLANK, NO_REPORT };

export interface Entity {
  id: string;
  name: string;
}

export interface Point extends ValueCell {
  id: string;
  year: number;
  /** Why a report has no figure (lib/no-value.ts: 空白, 无此项（旧版模板）, 未读到); unset reads 空白. */
  why?: string;
}

type Grid = Map<string, Map<number, Point>>;

function gridOf(points: Point[]): Grid {
  const grid: Grid = new Map();
  for (const p of points) {
    if (!grid.has(p.id)) grid.set(p.id, new Map());
    grid.get(p.id)!.set(p.year, p);
  }
  return grid;
}

/** Change against the previous year: relative for counts, in rate points for rates; null when unknown. */
export function deltaOf(metric: string, current: Point | undefined, previous: Point | undefined): number | null {
  if (!current || !previous || current.value === null || previous.value === null) return null;
  if (RATE_BY_KEY.has(metric)) return current.value - previous.value;
  return previous.value === 0 ? null : (current.value - previous.value) / previous.value;
}

function cellText(metric: string, point: Point | undefined): string {
  if (!point) return NO_REPORT;
  if (point.value === null && !RATE_BY_KEY.has(metric)) return point.why ?? BLANK;
  return valueText(metric, point);
}

/** The table's cell: a count as a number, a rate with its counts; no report and a blank figure in words. */
function tableCell(metric: string, point: Point | undefined): TableCell {
  if (!point) return NO_REPORT;
  if (point.value === null && !RATE_BY_KEY.has(metric)) return point.why ?? BLANK;
  return valueCell(metric, point);
}

function deltaText(metric: string, delta: number | null): string {
  if (delta === null) return "—";
  const sign = delta >= 0 ? "+" : "−";
  return RATE_BY_KEY.has(metric)
    ? `${sign}${Math.abs(delta * 100).toFixed(1)}个百分点`
    : `${sign}${formatPercent(Math.abs(delta))}`;
}

export interface CompareInput {
  entities: Entity[];
  points: Point[];
  years: number[];
  metric: string;
  mode: "line" | "bar";
  delta: boolean;
}

export function buildCompare({ entities, points, years, metric, mode, delta }: CompareInput): ChartOption {
  const grid = gridOf(points);
  const rate = RATE_BY_KEY.has(metric);
  const at = (id: string, y: number) => grid.get(id)?.get(y);
  const series = entities.map((e, i): LineSeriesOption | BarSeriesOption => {
    const data = years.map((y) => {
      const p = at(e.id, y);
      const value = delta ? deltaOf(metric, p, at(e.id, y - 1)) : (p?.value ?? null);
      const grey = !delta && p && isSmallRate(metric, p);
      return grey ? { value, itemStyle: { color: SMALL_RATE_COLOR } } : value;
    });
    const common = { name: e.name, data, ...(i === 0 ? { markLine: familyMarkLine(years) } : {}) };
    return mode === "bar"
      ? { type: "bar", barMaxWidth: 24, ...common }
      : { type: "line", connectNulls: false, symbolSize: 7, ...common };
  });
  const axisFormat = (v: number) => (delta || rate ? formatPercent(v, 0) : formatCount(v));
  return {
    ...legendFrame(),
    tooltip: {
      trigger: "axis",
      confine: true,
      // Long agency names and reasons wrap on a phone instead of running past the screen's edge.
      extraCssText: "white-space: normal; max-width: min(88vw, 28rem);",
      formatter: (p: unknown) => {
        const params = asParams(p);
        const year = years[params[0]?.dataIndex ?? 0];
        const lines = params.map((x) => {
          const e = entities[x.seriesIndex ?? 0];
          const point = at(e.id, year);
          const value = delta ? deltaText(metric, deltaOf(metric, point, at(e.id, year - 1))) : cellText(metric, point);
          return { marker: x.marker, name: e.name, value };
        });
        const title = `${yearLabel(year)} ${metricLabel(metric)}${delta ? "（较上年）" : ""}`;
        return tooltipHtml(title, lines, isLegacyYear(year) ? "旧模板数据按口径映射" : undefined);
      },
    },
    xAxis: yearAxis(years),
    yAxis: {
      type: "value",
      ...(rate && !delta ? { max: 1 } : {}),
      // Counts are whole numbers: without this an all-zero or tiny series got ticks 0.2, 0.4… printed as 0, 0, 1, 1.
      ...(rate ? {} : { minInterval: 1 }),
      axisLabel: { formatter: axisFormat },
    },
    series,
  };
}

/** One row per entity, one column per year; values as read in the tooltip. */
export function compareTable({ entities, points, years, metric, delta }: Omit<CompareInput, "mode">): ChartTable {
  const grid = gridOf(points);
  const at = (id: string, y: number) => grid.get(id)?.get(y);
  return {
    columns: ["名称", ...years.map((y) => yearLabel(y))],
    rows: entities.map((e) => [
      e.name,
      ...years.map((y): TableCell => {
        if (!delta) return tableCell(metric, at(e.id, y));
        const change = deltaOf(metric, at(e.id, y), at(e.id, y - 1));
        return { ratio: change, text: deltaText(metric, change) };
      }),
    ]),
  };
}
