/**
 * Option builders of the overview charts: per-year totals → ECharts option, plus the same data as a
 * table (view as table, CSV). Pure: no DOM, no fetch.
 */
import type { BarSeriesOption } from "echarts/charts";
import { CORE_METRICS, type CoreMetricColumn } from "@/lib/metrics";
import { formatCount, formatFull, formatPercent } from "@/lib/format";
import type { Totals } from "./rates";
import { familyMarkLine, isLegacyYear, yearAxis, yearLabel, yearRange } from "./time-axis";
import { legendFrame } from "./frame";
import { asParams, tooltipHtml } from "./tooltip";
import type { ChartOption, ChartTable } from "./types";
import { NO_REPORT } from "./values";

const LEGACY_NOTE = "旧模板（2019年前）数据按口径映射至现行指标";

function columnsOf(group: string): { column: CoreMetricColumn; label: string }[] {
  return CORE_METRICS.filter((m) => m.group === group).map((m) => ({ column: m.column, label: m.label }));
}

export const APPLICANT_COLUMNS = columnsOf("applicant");
export const OUTCOME_COLUMNS = columnsOf("outcome").filter((c) => c.column !== "outcome_total");
const REVIEW_COLUMNS = columnsOf("review").filter((c) => c.column !== "review_total");
const LITIGATION_COLUMNS = columnsOf("litigation").filter((c) => c.column !== "lit_total");
function coreColumn(key: string): { column: CoreMetricColumn; label: string } {
  const m = CORE_METRICS.find((c) => c.key === key)!;
  return { column: m.column, label: m.label };
}

/** The table twins' columns (page and export alike): each chart's total, then its parts. */
export const TABLE_COLUMNS = {
  applicants: [coreColumn("apps.new.total"), ...APPLICANT_COLUMNS],
  outcomes: [coreColumn("outcome.total.total"), ...OUTCOME_COLUMNS],
  "review-litigation": [
    coreColumn("review.total"),
    ...REVIEW_COLUMNS,
    coreColumn("litigation.total"),
    ...LITIGATION_COLUMNS,
  ],
};

const UNSPLIT_LABEL = "未分类（旧模板未分申请人）";

interface StackSpec {
  name: string;
  stack: string;
  values: (number | null)[];
  color?: string;
}

// Reviews in blues, lawsuits in warm colours, so the two stacks read apart; same order: upheld, corrected, other,
// pending.
const REVIEW_COLORS = ["#1e3a8a", "#3b82f6", "#93c5fd", "#cbd5e1"];
const LITIGATION_COLORS = ["#7f1d1d", "#dc2626", "#fca5a5", "#e7e5e4"];

/** Years of the axis with the row of each (undefined = no report that year). */
function byYear(rows: Totals[]): { years: number[]; row: (year: number) => Totals | undefined } {
  const map = new Map(rows.map((r) => [r.year, r]));
  return { years: yearRange(rows.map((r) => r.year)), row: (y) => map.get(y) };
}

function stackedBars(years: number[], stacks: StackSpec[], percent: boolean): ChartOption {
  const series: BarSeriesOption[] = stacks.map((s, i) => ({
    type: "bar",
    name: s.name,
    stack: s.stack,
    data: s.values,
    barMaxWidth: 36,
    emphasis: { focus: "series" },
    ...(s.color ? { itemStyle: { color: s.color } } : {}),
    ...(i === 0 ? { markLine: familyMarkLine(years) } : {}),
  }));
  const show = (v: unknown) => (typeof v === "number" ? (percent ? formatPercent(v) : formatFull(v)) : "—");
  return {
    ...legendFrame(),
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      confine: true,
      formatter: (p: unknown) => {
        const params = asParams(p);
        const year = years[params[0]?.dataIndex ?? 0];
        const lines = params.map((x) => ({ marker: x.marker, name: x.seriesName ?? "", value: show(x.value) }));
        return tooltipHtml(yearLabel(year), lines, isLegacyYear(year) ? LEGACY_NOTE : undefined);
      },
    },
    xAxis: yearAxis(years),
    yAxis: percent
      ? { type: "value", max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, 0) } }
      : { type: "value", minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
    series,
  };
}

function shares(values: (number | null)[][], index: number): (number | null)[] {
  return values[index].map((v, yearIndex) => {
    const total = values.reduce((acc, s) => acc + (s[yearIndex] ?? 0), 0);
    return v === null || total === 0 ? null : v / total;
  });
}

/** Applications per year by applicant type; legacy years (no split) as one "unsplit" bar. */
export function buildApplicantTrend(rows: Totals[]): ChartOption {
  const { years, row } = byYear(rows);
  const stacks = APPLICANT_COLUMNS.map((c) => ({
    name: c.label,
    stack: "apps",
    values: years.map((y) => row(y)?.[c.column] ?? null),
  }));
  const unsplit = years.map((y) => {
    const r = row(y);
    const split = r && APPLICANT_COLUMNS.some((c) => r[c.column] !== null);
    return r && !split ? r.apps_new : null;
  });
  if (unsplit.some((v) => v !== null)) stacks.push({ name: UNSPLIT_LABEL, stack: "apps", values: unsplit });
  return stackedBars(years, stacks, false);
}

/** Outcomes per year, stacked; `percent` turns each year into shares of 100 %. */
export function buildOutcomeComposition(rows: Totals[], percent: boolean): ChartOption {
  const { years, row } = byYear(rows);
  const values = OUTCOME_COLUMNS.map((c) => years.map((y) => row(y)?.[c.column] ?? null));
  const stacks = OUTCOME_COLUMNS.map((c, i) => ({
    name: c.label,
    stack: "outcome",
    values: percent ? shares(values, i) : values[i],
  }));
  return stackedBars(years, stacks, percent);
}

/** Administrative reviews and lawsuits per year by result: two stacks side by side. */
export function buildReviewLitigation(rows: Totals[]): ChartOption {
  const { years, row } = byYear(rows);
  const stacks = [
    ...REVIEW_COLUMNS.map((c, i) => ({
      name: c.label,
      stack: "review",
      color: REVIEW_COLORS[i],
      values: years.map((y) => row(y)?.[c.column] ?? null),
    })),
    ...LITIGATION_COLUMNS.map((c, i) => ({
      name: c.label,
      stack: "litigation",
      color: LITIGATION_COLORS[i],
      values: years.map((y) => row(y)?.[c.column] ?? null),
    })),
  ];
  return stackedBars(years, stacks, false);
}

/** Table of chosen columns per year: a year without any report says so; a blank figure stays empty (—). */
export function yearColumnsTable(rows: Totals[], columns: { column: CoreMetricColumn; label: string }[]): ChartTable {
  const { years, row } = byYear(rows);
  return {
    columns: ["年份", ...columns.map((c) => c.label)],
    rows: years.map((y) => {
      const r = row(y);
      return [yearLabel(y), ...columns.map((c) => (r ? r[c.column] : NO_REPORT))];
    }),
  };
}
