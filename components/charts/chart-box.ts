/** What the first-load shell (echart.tsx) and the live chart (echart-live.tsx) share. */
import type { EChartsInstance } from "echarts-for-react/lib/types";
import type { ChartOption } from "@/lib/charts/types";

export interface EChartHandle {
  /** PNG data URL of the chart on a white background, or null before it is drawn. */
  toPng(): string | null;
}

/** An ECharts event handler as echarts-for-react calls it: the event's params and the instance. */
export type ChartEventHandler = (params: unknown, instance: EChartsInstance) => void;

export interface EChartProps {
  option: ChartOption;
  /** Fixed height so the page does not jump when the chart draws. */
  height: number;
  /** Describes the chart for screen readers until ECharts aria replaces it with a description of the data. */
  label: string;
  testId?: string;
  /** ECharts events by name (`click` for drill-downs), bound through echarts-for-react's onEvents. */
  onEvents?: Record<string, ChartEventHandler>;
}

/**
 * The chart's element, the same before and after ECharts arrives. data-chart-ready is "false" until the chart has
 * finished drawing; React writes it only when the element is created, echart-live.tsx's handlers afterwards.
 */
export function chartBox({ label, testId, height }: EChartProps) {
  return {
    role: "img",
    "aria-label": label,
    "data-testid": testId,
    "data-chart-ready": "false",
    // The canvas has a fixed pixel width: without inline-size containment it held a grid column (and the page) at
    // its old width when the window narrowed past the two-column breakpoint, and resize measured that width back.
    style: { height, width: "100%", contain: "inline-size" },
  };
}
