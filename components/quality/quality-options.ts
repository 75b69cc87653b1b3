/**
 * Option builders of the quality view (pure): failing reports per year against all reports, and reports
 * failing each rule per year. Each comes with its data as a table (view as table).
 */
import type { BarSeriesOption } from "echarts/charts";
import { formatCount, formatFull, formatPercent } from "@/lib/format";
import { familyMarkLine, yearAxis, yearLabel, yearRange } from "@/lib/charts/time-axis";
import { asParams, tooltipHtml } from "@/lib/charts/tooltip";
import type { ChartOption, ChartTable } from "@/lib/charts/types";
import type { RuleYearCount, YearQuality } from "@/lib/queries/quality";
import { ruleLabel } from "./rules";

const RULE_COLORS = ["#b91c1c", "#d97706", "#2563eb", "#7c3aed", "#059669", "#db2777", "#0891b2", "#64748b"];

function axisTooltip(years: number[], note?: (year: number) => string | undefined) {
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
      return tooltipHtml(yearLabel(year), lines, note?.(year));
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

export function buildFailingByYear(rows: YearQuality[]): ChartOption {
  const years = yearRange(rows.map((r) => r.year));
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const share = (y: number) => {
    const r = byYear.get(y);
    return r && r.reports ? `未通过比例 ${formatPercent(r.failing / r.reports)}` : undefined;
  };
  const series: BarSeriesOption[] = [
    {
      type: "bar",
      name: "未通过校验",
      stack: "reports",
      color: "#b91c1c",
      barMaxWidth: 36,
      data: years.map((y) => byYear.get(y)?.failing ?? null),
      markLine: familyMarkLine(years),
    },
    {
      type: "bar",
      name: "通过校验",
      stack: "reports",
      color: "#94a3b8",
      barMaxWidth: 36,
      data: years.map((y) => {
        const r = byYear.get(y);
        return r ? r.reports - r.failing : null;
      }),
    },
  ];
  return { ...baseOption(years), tooltip: axisTooltip(years, share), series };
}

export function failingByYearTable(rows: YearQuality[]): ChartTable {
  return {
    columns: ["年份", "报告数", "未通过校验", "未通过比例"],
    rows: rows.map((r) => [yearLabel(r.year), r.reports, r.failing, r.reports ? formatPercent(r.failing / r.reports) : "—"]),
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
