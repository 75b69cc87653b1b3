"use client";
/**
 * The chart component pages use, and all of it that is in the first-load bundle: a box of fixed height (the page
 * does not jump when the chart draws) that imports echart-live.tsx after mount. That chunk holds
 * echarts-for-react, ECharts (~200 KB gzip even trimmed) and the start queue: the page, its filters and the data
 * tables work before it arrives. Charts then start one per idle task (start-queue.ts).
 */
import { forwardRef, useEffect, useState } from "react";
import { chartBox, type EChartHandle, type EChartProps } from "./chart-box";

export type { EChartHandle } from "./chart-box";

type Live = typeof import("./echart-live");

export const EChart = forwardRef<EChartHandle, EChartProps>(function EChart(props, ref) {
  const [live, setLive] = useState<{ Chart: Live["EChartLive"]; started: () => void } | null>(null);

  useEffect(() => {
    let unmounted = false;
    let cancel: (() => void) | undefined;
    import("./echart-live").then(({ EChartLive, queueChartStart }) => {
      if (unmounted) return;
      const slot = queueChartStart(() => setLive({ Chart: EChartLive, started: () => slot.done() }));
      cancel = slot.cancel;
    });
    return () => {
      unmounted = true;
      cancel?.();
    };
  }, []);

  if (!live) return <div {...chartBox(props)} />;
  return <live.Chart ref={ref} {...props} onStarted={live.started} />;
});
