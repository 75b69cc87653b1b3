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

/** The data behind a chart as a table: "view as table", CSV export. null = no data (shown as —). */
export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
  /** Extra CSV header lines the selection alone does not state (the ranking's single year). */
  header?: [string, string][];
}
