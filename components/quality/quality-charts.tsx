"use client";
/**
 * The charts of the quality view (builders run here: their options hold tooltip functions). Reports and failing
 * reports per year are drawn by the overview's coverage builder.
 */
import { useMemo } from "react";
import { ChartCard } from "@/components/chart-card";
import { buildCoverage, coverageTable } from "@/lib/charts/coverage";
import type { Totals } from "@/lib/charts/rates";
import type { RegionQuality, RuleYearCount } from "@/lib/queries/quality";
import {
  buildFailingByRegion,
  buildFailingByRule,
  failingByRegionTable,
  failingByRuleTable,
} from "@/lib/charts/quality";

const EMPTY = "所选范围内没有报告。请放宽筛选条件（地区、年份、层级或类型）。";

interface Props {
  totals: Totals[];
  byRule: RuleYearCount[];
}

export function QualityCharts({ totals, byRule }: Props) {
  const yearOption = useMemo(() => buildCoverage(totals), [totals]);
  const yearTable = useMemo(() => coverageTable(totals), [totals]);
  const ruleOption = useMemo(() => buildFailingByRule(byRule), [byRule]);
  const ruleTable = useMemo(() => failingByRuleTable(byRule), [byRule]);
  const anyReports = totals.some((r) => r.reports > 0);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard
        chart="quality-by-year"
        option={yearOption}
        table={yearTable}
        height={280}
        empty={anyReports ? undefined : EMPTY}
      />
      <ChartCard
        chart="quality-by-rule"
        option={ruleOption}
        table={ruleTable}
        height={280}
        empty={byRule.length ? undefined : anyReports ? "所选范围内的报告都通过了全部校验规则。" : EMPTY}
        note="一份报告可能同时未通过多条规则；只计“错误”级别的问题。"
      />
    </div>
  );
}

/** Failing reports per sub-region of the selection (the list below it links into each region). */
export function RegionChart({ rows }: { rows: RegionQuality[] }) {
  const option = useMemo(() => buildFailingByRegion(rows), [rows]);
  const table = useMemo(() => failingByRegionTable(rows), [rows]);
  return (
    <ChartCard
      chart="quality-by-region"
      option={option}
      table={table}
      height={Math.max(160, Math.min(rows.length, 15) * 26 + 48)}
      empty={rows.some((r) => r.reports > 0) ? undefined : "这一级没有下级地区的数据。"}
    />
  );
}
