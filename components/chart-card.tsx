"use client";
/**
 * A chart with its title, a "view as table" toggle, and CSV, PNG and Excel export. Its id, title, test id and
 * exports come from the registry (lib/charts/registry.ts); the option from a pure builder in lib/charts. A chart the
 * API exports links to `/api/export/{id}` with the page's parameters (UTF-8 CSV with BOM) and to the view's
 * workbook; a chart without one exports the table it shows, built in the browser, with the permalink as its selection.
 */
import { useRef, type ReactNode } from "react";
import type { ChartEventHandler } from "@/components/charts/chart-box";
import { EChart, type EChartHandle } from "@/components/charts/echart";
import { DataTable, type TableLinks } from "@/components/data-table";
import { useUrlState } from "@/components/filters/use-url-state";
import { toCsv } from "@/lib/charts/csv";
import { chartEntry, chartTitle, viewOfPath, type ChartId, type TitleContext } from "@/lib/charts/registry";
import type { ChartOption, ChartTable } from "@/lib/charts/types";
import { toSearchString } from "@/lib/url-state";

interface Props {
  chart: ChartId;
  /** What the registry's title of this chart depends on (metric, year…). */
  titleContext?: Partial<TitleContext>;
  option: ChartOption;
  table: ChartTable;
  /** The CSV link of a chart that another route exports (registry `csv` is a path): with its parameters. */
  csvHref?: string;
  height?: number;
  /** Shown instead of the chart when there is nothing to draw: why, and what to do. */
  empty?: ReactNode;
  /** Controls beside the title (mode toggles). */
  actions?: ReactNode;
  note?: ReactNode;
  /** ECharts events (a map's click to drill down). */
  onEvents?: Record<string, ChartEventHandler>;
  /**
   * Shown in the chart's place while it cannot be drawn yet (boundaries still loading) or at all (no boundaries
   * at this level); the table and CSV stay.
   */
  placeholder?: ReactNode;
  /** The table shown open rather than folded (when it stands in for the chart). */
  tableOpen?: boolean;
  /** Links in one column of the table (drill-down by keyboard). */
  links?: TableLinks;
}

/** The export links of a chart for the current URL: its CSV (null: built in the browser) and its view's workbook. */
export function useExportLinks(chart: ChartId, csvOverride?: string): { csv: string | null; xlsx: string | null } {
  const { state, pathname } = useUrlState();
  const entry = chartEntry(chart);
  // The workbook is of the page the chart is on (a chart may sit on two); the agency page's state is its path.
  const view = viewOfPath(pathname) ?? entry.view;
  const query = view === "agency" ? `id=${pathname.split("/").pop() ?? ""}` : toSearchString(state);
  const suffix = query ? `?${query}` : "";
  const csv =
    entry.csv === "api" ? `/api/export/${entry.id}${suffix}` : entry.csv === "client" ? null : (csvOverride ?? null);
  const xlsx = entry.workbook ? `/api/export/workbook?view=${view}${query ? `&${query}` : ""}` : null;
  return { csv, xlsx };
}

export function ChartCard({
  chart: id,
  titleContext,
  option,
  table,
  csvHref: csvOverride,
  height = 320,
  empty,
  actions,
  note,
  onEvents,
  placeholder,
  tableOpen,
  links,
}: Props) {
  const chart = useRef<EChartHandle>(null);
  const { testId } = chartEntry(id);
  const title = chartTitle(id, titleContext);
  const { csv: csvHref, xlsx } = useExportLinks(id, csvOverride);
  const hasData = table.rows.length > 0 && !empty;

  /** Charts without an API export: the same table the card shows, with the page's permalink as the selection. */
  function downloadCsv() {
    const csv = toCsv(table, [
      ["图表", title],
      ["链接", window.location.href],
      ["来源", "年报观察 nianbao"],
    ]);
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${title}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

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
          ) : hasData ? (
            <button type="button" className="btn" onClick={downloadCsv} data-testid={`${testId}-csv`}>
              导出 CSV
            </button>
          ) : null}
          {hasData && xlsx ? <ExcelLink href={xlsx} testId={testId} /> : null}
          {hasData && !placeholder ? (
            <button type="button" className="btn" onClick={downloadPng} data-testid={`${testId}-png`}>
              导出 PNG
            </button>
          ) : null}
        </div>
      </div>
      {hasData ? (
        <>
          {placeholder ? (
            <div
              className="empty"
              style={{ minHeight: tableOpen ? undefined : height }}
              data-testid={`${testId}-placeholder`}
            >
              {placeholder}
            </div>
          ) : (
            <EChart
              ref={chart}
              option={option}
              height={height}
              label={title}
              testId={`${testId}-chart`}
              onEvents={onEvents}
            />
          )}
          {note ? <p className="mt-1 text-xs text-slate-500">{note}</p> : null}
          <details className="mt-2" data-testid={`${testId}-table`} open={tableOpen}>
            <summary className="cursor-pointer text-sm text-blue-800">查看数据表</summary>
            <DataTable table={table} caption={title} links={links} />
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

/** The view's workbook (every chart of the page as a sheet, with a 说明 sheet), beside a chart's CSV. */
export function ExcelLink({ href, testId }: { href: string; testId: string }) {
  return (
    <a className="btn" href={href} download data-testid={`${testId}-xlsx`} title="本页全部图表的数据，一图一表，含说明">
      导出 Excel
    </a>
  );
}
