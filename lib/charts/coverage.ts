/** Agencies reporting per year and how many of those reports fail a consistency check (R1–R6). */
import { formatCount, formatFull, formatPercent } from "@/lib/format";
import type { Totals } from "./rates";
import { familyMarkLine, yearAxis, yearLabel, yearRange } from "./time-axis";
import { LABELS_INSIDE } from "./grid";
import { asParams, tooltipHtml } from "./tooltip";
import type { ChartOption, ChartTable } from "./types";
import { shareCell } from "./values";

export function buildCoverage(rows: Totals[]): ChartOption {
  const map = new Map(rows.map((r) => [r.year, r]));
  const years = yearRange(rows.map((r) => r.year));
  const reports = years.map((y) => map.get(y)?.reports ?? 0);
  const failing = years.map((y) => map.get(y)?.failing ?? 0);
  return {
    color: ["#2563eb", "#dc2626"],
    grid: { left: 8, right: 16, top: 40, bottom: 8, ...LABELS_INSIDE },
    legend: { top: 0 },
    tooltip: {
      trigger: "axis",
      confine: true,
      formatter: (p: unknown) => {
        const i = asParams(p)[0]?.dataIndex ?? 0;
        const share = reports[i] ? failing[i] / reports[i] : null;
        return tooltipHtml(yearLabel(years[i]), [
          { name: "提交年报", value: `${formatFull(reports[i])} 份` },
          { name: "未通过校验", value: `${formatFull(failing[i])} 份（${formatPercent(share)}）` },
        ]);
      },
    },
    xAxis: yearAxis(years),
    yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
    series: [
      { type: "bar", name: "提交年报", data: reports, barMaxWidth: 36, markLine: familyMarkLine(years) },
      { type: "bar", name: "未通过校验", data: failing, barMaxWidth: 36, barGap: "-100%" },
    ],
  };
}

export function coverageTable(rows: Totals[]): ChartTable {
  const map = new Map(rows.map((r) => [r.year, r]));
  return {
    columns: ["年份", "提交年报（份）", "未通过校验（份）", "未通过比例"],
    rows: yearRange(rows.map((r) => r.year)).map((y) => {
      const r = map.get(y);
      const reports = r?.reports ?? 0;
      const failing = r?.failing ?? 0;
      return [yearLabel(y), reports, failing, shareCell(reports ? failing / reports : null)];
    }),
  };
}
