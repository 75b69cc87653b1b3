/**
 * Option builder of the quality view's rule chart (pure): reports failing each rule per year, with its
 * data as a table (view as table). Failing reports per year use the overview's coverage chart.
 */
import type { BarSeriesOption } from "echarts/charts";
import { formatCount, formatFull } from "@/lib/format";
import { familyMarkLine, yearAxis, yearLabel, yearRange } from "@/lib/charts/time-axis";
import { asParams, tooltipHtml } from "@/lib/charts/tooltip";
import type { ChartOption, ChartTable } from "@/lib/charts/types";
import type { RuleYearCount } from "@/lib/queries/quality";
import { ruleLabel } from "./rules";

const RULE_COLORS = ["#b91c1c", "#d97706", "#2563eb", "#7c3aed", "#059669", "#db2777", "#0891b2", "#64748b"];

function axisTooltip(years: number[]) {
  return {
    trigger: "axis" as const,
    axisPointer: { type: "shadow" as const },
    confine: true,
    formatter: (p: unknown) => {
      const params = asParams(p);
      const year = years[params[0]?.dataIndex ?? 0];
      const lines = params.map((x) => ({
        marker: x.marker,
        name: x.seriesName ?? "",
        value: typeof x.value === "number" ? formatFull(x.value) : "—",
      }));
      return tooltipHtml(yearLabel(year), lines);
    },
  };
}

function baseOption(years: number[]): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { type: "scroll", top: 0 },
    xAxis: yearAxis(years),
    yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
  };
}

function rulesOf(rows: RuleYearCount[]): string[] {
  return [...new Set(rows.map((r) => r.rule))].sort();
}

export function buildFailingByRule(rows: RuleYearCount[]): ChartOption {
  const years = yearRange(rows.map((r) => r.year));
  const count = new Map(rows.map((r) => [`${r.rule}:${r.year}`, r.reports]));
  const series: BarSeriesOption[] = rulesOf(rows).map((rule, i) => ({
    type: "bar",
    name: rule,
    color: RULE_COLORS[i % RULE_COLORS.length],
    barMaxWidth: 18,
    data: years.map((y) => count.get(`${rule}:${y}`) ?? 0),
    ...(i === 0 ? { markLine: familyMarkLine(years) } : {}),
  }));
  return { ...baseOption(years), tooltip: axisTooltip(years), series };
}

export function failingByRuleTable(rows: RuleYearCount[]): ChartTable {
  const years = yearRange(rows.map((r) => r.year));
  const count = new Map(rows.map((r) => [`${r.rule}:${r.year}`, r.reports]));
  return {
    columns: ["规则", "说明", ...years.map(yearLabel), "合计"],
    rows: rulesOf(rows).map((rule) => {
      const values = years.map((y) => count.get(`${rule}:${y}`) ?? 0);
      return [rule, ruleLabel(rule), ...values, values.reduce((a, b) => a + b, 0)];
    }),
  };
}
