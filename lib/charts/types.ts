/** The ECharts option type for the parts this app registers (lib/charts/register.ts). */
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
  | VisualMapComponentOption
>;

/**
 * A share or rate in a table: it reads as `text` (a percentage, with its counts where the chart shows them) in the
 * page's table and the CSV, and a workbook stores `ratio` as a number; `small` marks fewer than 10 cases.
 */
export interface RatioCell {
  ratio: number | null;
  text: string;
  small?: boolean;
}

export type TableCell = string | number | null | RatioCell;

/** The data behind a chart as a table: "view as table", CSV, workbook. null = no data (shown as —). */
export interface ChartTable {
  columns: string[];
  rows: TableCell[][];
  /** Extra CSV header lines the selection alone does not state (the ranking's single year). */
  header?: [string, string][];
}
