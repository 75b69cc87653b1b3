"use client";
/** The two charts of the quality view (builders run here: their options hold tooltip functions). */
import { useMemo } from "react";
import { ChartCard } from "@/components/chart-card";
import type { RuleYearCount, YearQuality } from "@/lib/queries/quality";
import { buildFailingByRule, buildFailingByYear, failingByRuleTable, failingByYearTable } from "./quality-options";

const EMPTY = "所选范围内没有报告。请放宽筛选条件（地区、年份、层级或类型）。";

export function QualityCharts({ byYear, byRule }: { byYear: YearQuality[]; byRule: RuleYearCount[] }) {
  const yearOption = useMemo(() => buildFailingByYear(byYear), [byYear]);
  const yearTable = useMemo(() => failingByYearTable(byYear), [byYear]);
  const ruleOption = useMemo(() => buildFailingByRule(byRule), [byRule]);
  const ruleTable = useMemo(() => failingByRuleTable(byRule), [byRule]);
  const anyReports = byYear.some((r) => r.reports > 0);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard
        title="各年度未通过校验的报告"
        testId="quality-by-year"
        option={yearOption}
        table={yearTable}
        height={280}
        empty={anyReports ? undefined : EMPTY}
      />
      <ChartCard
        title="各规则未通过的报告数"
        testId="quality-by-rule"
        option={ruleOption}
        table={ruleTable}
        height={280}
        empty={byRule.length ? undefined : anyReports ? "所选范围内的报告都通过了全部校验规则。" : EMPTY}
        note="一份报告可能同时未通过多条规则；只计“错误”级别的问题。"
      />
    </div>
  );
}
