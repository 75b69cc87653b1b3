/**
 * Option builders of the timeliness card (pure): agencies' years per status per year (stacked bars), the same per
 * sub-region (horizontal stacked bars), and the list of late and missing years; each with its table (view as
 * table, CSV).
 */
import type { BarSeriesOption } from "echarts/charts";
import { formatCount, formatFull } from "@/lib/format";
import { STATUS_LABELS, TIMELINESS_STATUSES, type TimelinessStatus } from "@/lib/timeliness/judge";
import type { PlaceCounts, StatusCounts, YearCounts } from "@/lib/timeliness/tally";
import { yearAxis, yearLabel, yearRange } from "./time-axis";
import { LABELS_INSIDE } from "./grid";
import { barAxisTooltip } from "./tooltip";
import type { ChartOption, ChartTable } from "./types";

/** Green on time, amber late, red missing; greys for what cannot be judged (yet). */
export const STATUS_COLORS: Record<TimelinessStatus, string> = {
  on_time: "#15803d",
  late: "#d97706",
  undated: "#94a3b8",
  missing: "#b91c1c",
  not_due: "#cbd5e1",
};

const total = (c: StatusCounts) => TIMELINESS_STATUSES.reduce((n, s) => n + c[s], 0);

const tooltip = (heading: (i: number) => string) => barAxisTooltip(heading, (v) => `${formatFull(Number(v))} 个`);

function stacks(rows: StatusCounts[], horizontal: boolean): BarSeriesOption[] {
  return TIMELINESS_STATUSES.map((s) => ({
    type: "bar",
    name: STATUS_LABELS[s],
    stack: "status",
    color: STATUS_COLORS[s],
    barMaxWidth: horizontal ? 18 : 36,
    emphasis: { focus: "series" },
    data: rows.map((r) => r[s]),
  }));
}

/** Agency-years per status, one bar per year. */
export function buildTimelinessByYear(rows: YearCounts[]): ChartOption {
  const by = new Map(rows.map((r) => [r.year, r]));
  const years = yearRange(rows.map((r) => r.year));
  const zero = { on_time: 0, late: 0, undated: 0, missing: 0, not_due: 0 };
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, ...LABELS_INSIDE },
    legend: { type: "scroll", top: 0 },
    tooltip: tooltip((i) => yearLabel(years[i])),
    xAxis: yearAxis(years),
    yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
    series: stacks(
      years.map((y) => by.get(y) ?? zero),
      false,
    ),
  };
}

const COUNT_COLUMNS = TIMELINESS_STATUSES.map((s) => `${STATUS_LABELS[s]}（个）`);

export function timelinessByYearTable(rows: YearCounts[]): ChartTable {
  return {
    columns: ["年份", ...COUNT_COLUMNS, "合计"],
    rows: rows.map((r) => [yearLabel(r.year), ...TIMELINESS_STATUSES.map((s) => r[s]), total(r)]),
  };
}

/** Sub-regions drawn: the most late and missing first (the table has them all). */
const MAX_PLACES = 15;

export function buildTimelinessByPlace(rows: (PlaceCounts & { name: string })[]): ChartOption {
  const shown = rows.slice(0, MAX_PLACES).reverse();
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, ...LABELS_INSIDE },
    legend: { type: "scroll", top: 0 },
    tooltip: tooltip((i) => shown[i]?.name ?? ""),
    xAxis: { type: "value", minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
    yAxis: { type: "category", data: shown.map((r) => r.name), axisLabel: { width: 96, overflow: "truncate" } },
    series: stacks(shown, true),
  };
}

export function timelinessByPlaceTable(rows: (PlaceCounts & { name: string })[]): ChartTable {
  return {
    columns: ["地区", "代码", ...COUNT_COLUMNS, "合计"],
    rows: rows.map((r) => [r.name, r.place, ...TIMELINESS_STATUSES.map((s) => r[s]), total(r)]),
  };
}

export interface TimelinessListRow {
  agencyName: string;
  placeName: string;
  year: number;
  status: TimelinessStatus;
  deadline: string;
  date: string | null;
  dateSource: "stated" | "page" | "first_seen" | null;
  daysLate: number | null;
  publicId: string | null;
}

export const DATE_SOURCE_LABELS = {
  stated: "报告所载发布日期",
  page: "网页发布日期",
  first_seen: "首次发现日期",
} as const;

export function timelinessListTable(rows: TimelinessListRow[]): ChartTable {
  return {
    columns: ["年度", "地区", "机关", "情况", "法定期限", "发布日期", "日期依据", "逾期天数", "报告"],
    rows: rows.map((r) => [
      r.year,
      r.placeName,
      r.agencyName,
      STATUS_LABELS[r.status],
      r.deadline,
      r.date,
      r.dateSource ? DATE_SOURCE_LABELS[r.dateSource] : null,
      r.daysLate,
      r.publicId ? `/reports/${r.publicId}` : null,
    ]),
  };
}
