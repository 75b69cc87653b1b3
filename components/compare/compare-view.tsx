"use client";
/** The compare chart (lines, grouped bars or a table) with its mode toggles; options built in the browser. */
import { useMemo } from "react";
import { ChartCard, ExcelLink, useExportLinks } from "@/components/chart-card";
import { DataTable, type TableLinks } from "@/components/data-table";
import { MetricSelect } from "@/components/filters/metric-select";
import { ToggleLink } from "@/components/filters/toggle-link";
import { buildCompare, compareTable, type Entity, type Point } from "@/lib/charts/compare";
import { chartTitle } from "@/lib/charts/registry";
import { agencyHref } from "@/lib/agency-links";
import { usePinnedRel } from "@/components/release-context";

interface Props {
  entities: Entity[];
  points: Point[];
  years: number[];
  metric: string;
  mode: "line" | "bar" | "table";
  delta: boolean;
  /** Agencies' names link to their pages in the table; regions' do not. */
  kind: "agencies" | "regions";
  empty?: React.ReactNode;
}

export function CompareView({ entities, points, years, metric, mode, delta, kind, empty }: Props) {
  const rel = usePinnedRel();
  const option = useMemo(
    () => buildCompare({ entities, points, years, metric, mode: mode === "bar" ? "bar" : "line", delta }),
    [entities, points, years, metric, mode, delta],
  );
  const table = useMemo(
    () => compareTable({ entities, points, years, metric, delta }),
    [entities, points, years, metric, delta],
  );
  const names: TableLinks | undefined =
    kind === "agencies" ? { column: 0, hrefs: entities.map((e) => agencyHref(e.id, rel)), toPage: true } : undefined;
  const titleContext = { metric, delta, from: years[0] ?? null, to: years.at(-1) ?? null };
  const title = chartTitle("compare", titleContext);
  const links = useExportLinks("compare");
  const actions = (
    <>
      <MetricSelect allKeys />
      <span role="group" aria-label="图表形式" className="inline-flex gap-1">
        <ToggleLink patch={{ chart: "line" }} pressed={mode === "line"} testId="compare-mode-line">
          折线
        </ToggleLink>
        <ToggleLink patch={{ chart: "bar" }} pressed={mode === "bar"} testId="compare-mode-bar">
          柱状
        </ToggleLink>
        <ToggleLink patch={{ chart: "table" }} pressed={mode === "table"} testId="compare-mode-table">
          表格
        </ToggleLink>
      </span>
      <ToggleLink patch={{ delta: !delta }} pressed={delta} testId="compare-delta">
        较上年
      </ToggleLink>
    </>
  );
  if (mode === "table" && !empty) {
    return (
      <section className="card" data-testid="chart-compare" aria-label={title}>
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">{title}</h2>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {actions}
            <a className="btn" href={links.csv!} download data-testid="chart-compare-csv">
              导出 CSV
            </a>
            <ExcelLink href={links.xlsx!} testId="chart-compare" />
          </div>
        </div>
        <div data-testid="chart-compare-table">
          <DataTable table={table} caption={title} links={names} />
        </div>
      </section>
    );
  }
  return (
    <ChartCard
      chart="compare"
      titleContext={titleContext}
      option={option}
      table={table}
      links={names}
      height={380}
      actions={actions}
      empty={empty}
      note="比率按分子、分母合计计算，灰色点表示案件不足10件；没有数值的年份注明原因：无报告、空白（填报为空）或该年模板无此项。"
    />
  );
}
