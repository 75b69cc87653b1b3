/** The ECharts option type for the parts this app registers (lib/charts/register.ts). */
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

/** The data behind a chart as a table: "view as table", CSV export. null = no data (shown as —). */
export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
  /** Extra CSV header lines the selection alone does not state (the ranking's single year). */
  header?: [string, string][];
}
