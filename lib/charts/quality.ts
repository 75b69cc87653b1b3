/**
 * Option builders of the quality view (pure): reports failing each rule per year, and failing reports per
 * sub-region, each with its data as a table (view as table). Failing reports per year use the overview's
 * coverage chart.
 */
import type { BarSeriesOption } from "echarts/charts";
import { formatCount, formatFull, formatPercent } from "@/lib/format";
import { familyMarkLine, yearAxis, yearLabel, yearRange } from "./time-axis";
import { LABELS_INSIDE } from "./grid";
import { asParams, barAxisTooltip, tooltipHtml } from "./tooltip";
import type { ChartOption, ChartTable } from "./types";
import { shareCell } from "./values";
import type { RegionQuality, RuleYearCount } from "@/lib/queries/quality";
import { ruleLabel } from "@/lib/rule-labels";

const RULE_COLORS = ["#b91c1c", "#d97706", "#2563eb", "#7c3aed", "#059669", "#db2777", "#0891b2", "#64748b"];

const axisTooltip = (years: number[]) =>
  barAxisTooltip(
    (i) => yearLabel(years[i]),
    (v) => (typeof v === "number" ? formatFull(v) : "—"),
  );

function baseOption(years: number[]): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 48, bottom: 8, ...LABELS_INSIDE },
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

/** Sub-regions drawn: the ones with the most failing reports (the list below the chart has them all). */
const MAX_REGIONS = 15;

export function buildFailingByRegion(rows: RegionQuality[]): ChartOption {
  const shown = [...rows]
    .sort((a, b) => b.failing - a.failing || a.code.localeCompare(b.code))
    .slice(0, MAX_REGIONS)
    .reverse();
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, ...LABELS_INSIDE },
    legend: { top: 0 },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      confine: true,
      formatter: (p: unknown) => {
        const row = shown[asParams(p)[0]?.dataIndex ?? 0];
        if (!row) return "";
        const share = row.reports ? formatPercent(row.failing / row.reports) : "—";
        return tooltipHtml(row.name, [
          { name: "报告", value: `${formatFull(row.reports)} 份` },
          { name: "未通过校验", value: `${formatFull(row.failing)} 份（${share}）` },
        ]);
      },
    },
    xAxis: { type: "value", minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
    yAxis: { type: "category", data: shown.map((r) => r.name), axisLabel: { width: 96, overflow: "truncate" } },
    series: [{ type: "bar", name: "未通过校验", color: "#b91c1c", barMaxWidth: 18, data: shown.map((r) => r.failing) }],
  };
}

export function failingByRegionTable(rows: RegionQuality[]): ChartTable {
  return {
    columns: ["地区", "代码", "报告数", "未通过校验", "未通过比例"],
    rows: rows.map((r) => [r.name, r.code, r.reports, r.failing, shareCell(r.reports ? r.failing / r.reports : null)]),
  };
}
