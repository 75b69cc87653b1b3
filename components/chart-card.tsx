"use client";
/**
 * A chart with its title, a "view as table" toggle, and CSV + PNG export. The option comes from a pure
 * builder in lib/charts; `csvHref` points at the API export of the same data (UTF-8 with BOM).
 */
import { useRef, type ReactNode } from "react";
import { EChart, type EChartHandle } from "@/components/charts/echart";
import { DataTable } from "@/components/data-table";
import type { ChartOption, ChartTable } from "@/lib/charts/types";

interface Props {
  title: string;
  /** Stable selector for e2e tests; the chart itself gets `${testId}-chart`. */
  testId: string;
  option: ChartOption;
  table: ChartTable;
  csvHref?: string;
  height?: number;
  /** Shown instead of the chart when there is nothing to draw: why, and what to do. */
  empty?: ReactNode;
  /** Controls beside the title (mode toggles). */
  actions?: ReactNode;
  note?: ReactNode;
}

export function ChartCard({ title, testId, option, table, csvHref, height = 320, empty, actions, note }: Props) {
  const chart = useRef<EChartHandle>(null);
  const hasData = table.rows.length > 0 && !empty;

  function downloadPng() {
    const url = chart.current?.toPng();
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = `${title}.png`;
    a.click();
  }

  return (
    <section className="card" data-testid={testId} aria-label={title}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{title}</h2>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {actions}
          {hasData && csvHref ? (
            <a className="btn" href={csvHref} download data-testid={`${testId}-csv`}>
              导出 CSV
            </a>
          ) : null}
          {hasData ? (
            <button type="button" className="btn" onClick={downloadPng} data-testid={`${testId}-png`}>
              导出 PNG
            </button>
          ) : null}
        </div>
      </div>
      {hasData ? (
        <>
          <EChart ref={chart} option={option} height={height} label={title} testId={`${testId}-chart`} />
          {note ? <p className="mt-1 text-xs text-slate-500">{note}</p> : null}
          <details className="mt-2" data-testid={`${testId}-table`}>
            <summary className="cursor-pointer text-sm text-blue-800">查看数据表</summary>
            <DataTable table={table} caption={title} />
          </details>
        </>
      ) : (
        <div className="empty" style={{ minHeight: height }} data-testid={`${testId}-empty`}>
          {empty ?? "所选范围内没有数据。请放宽筛选条件（地区、年份、层级或类型）。"}
        </div>
      )}
    </section>
  );
}
