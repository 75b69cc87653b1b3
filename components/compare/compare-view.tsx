"use client";
/** The compare chart (lines, grouped bars or a table) with its mode toggles; options built in the browser. */
import { useMemo } from "react";
import { ChartCard, ExcelLink, useExportLinks } from "@/components/chart-card";
import { DataTable } from "@/components/data-table";
import { MetricSelect } from "@/components/filters/metric-select";
import { ToggleLink } from "@/components/filters/toggle-link";
import { buildCompare, compareTable, type Entity, type Point } from "@/lib/charts/compare";
import { chartTitle } from "@/lib/charts/registry";

interface Props {
  entities: Entity[];
  points: Point[];
  years: number[];
  metric: string;
  mode: "line" | "bar" | "table";
  delta: boolean;
  empty?: React.ReactNode;
}

export function CompareView({ entities, points, years, metric, mode, delta, empty }: Props) {
  const option = useMemo(
    () => buildCompare({ entities, points, years, metric, mode: mode === "bar" ? "bar" : "line", delta }),
    [entities, points, years, metric, mode, delta],
  );
  const table = useMemo(() => compareTable({ entities, points, years, metric, delta }), [entities, points, years, metric, delta]);
  const titleContext = { metric, delta, from: years[0] ?? null, to: years.at(-1) ?? null };
  const title = chartTitle("compare", titleContext);
  const links = useExportLinks("compare");
  const actions = (
    <>
      <MetricSelect allKeys />
      <span role="group" aria-label="图表形式" className="inline-flex gap-1">
        <ToggleLink patch={{ chart: "line" }} pressed={mode === "line"} testId="compare-mode-line">折线</ToggleLink>
        <ToggleLink patch={{ chart: "bar" }} pressed={mode === "bar"} testId="compare-mode-bar">柱状</ToggleLink>
        <ToggleLink patch={{ chart: "table" }} pressed={mode === "table"} testId="compare-mode-table">表格</ToggleLink>
      </span>
      <ToggleLink patch={{ delta: !delta }} pressed={delta} testId="compare-delta">较上年</ToggleLink>
    </>
  );
  if (mode === "table" && !empty) {
    return (
      <section className="card" data-testid="chart-compare" aria-label={title}>
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">{title}</h2>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {actions}
            <a className="btn" href={links.csv!} download data-testid="chart-compare-csv">导出 CSV</a>
            <ExcelLink href={links.xlsx!} testId="chart-compare" />
          </div>
        </div>
        <div data-testid="chart-compare-table"><DataTable table={table} caption={title} /></div>
      </section>
    );
  }
  return (
    <ChartCard chart="compare" titleContext={titleContext} option={option} table={table} height={380} actions={actions}
      empty={empty} note="比率按分子、分母合计计算，灰色点表示案件不足10件；“无报告”与“空白”（填报为空）分开标注。" />
  );
}
