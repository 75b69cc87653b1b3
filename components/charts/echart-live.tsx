"use client";
/**
 * The chart itself, loaded after the page by echart.tsx: echarts-for-react's core component given the ECharts parts
 * that lib/charts/register.ts registers. Options come from the pure builders in lib/charts; `aria` is switched on
 * here for every chart. Canvas renderer (the one register.ts registers); no theme: the builders set their colours.
 *
 * The element carries data-chart-ready="true" once the current option has finished drawing (animation included)
 * and "false" while it draws: e2e tests wait for it instead of sleeping.
 */
import { forwardRef, useImperativeHandle, useMemo, useRef } from "react";
import EChartsReactCore from "echarts-for-react/lib/core";
import type { EChartsInstance, Opts } from "echarts-for-react/lib/types";
import { echarts } from "@/lib/charts/register";
import { chartBox, type EChartHandle, type EChartProps } from "./chart-box";

export { queueChartStart } from "./start-queue";

const OPTS: Opts = { renderer: "canvas" };

function markReady(instance: EChartsInstance, ready: boolean): void {
  const dom = instance.getDom();
  const value = String(ready);
  if (dom.dataset.chartReady !== value) dom.dataset.chartReady = value;
}

interface Props extends EChartProps {
  /** Called once the instance exists and holds its option (echarts-for-react's onChartReady). */
  onStarted: () => void;
}

export const EChartLive = forwardRef<EChartHandle, Props>(function EChartLive(props, ref) {
  const { option, onEvents, onStarted } = props;
  const core = useRef<EChartsReactCore>(null);
  const started = useRef(false);

  const withAria = useMemo(() => ({ aria: { enabled: true, decal: { show: false } }, ...option }), [option]);
  const events = useMemo(
    () => ({
      ...onEvents,
      // Every zrender frame that paints fires `rendered`; `finished` follows once nothing is left to animate.
      rendered: (_: unknown, instance: EChartsInstance) => markReady(instance, false),
      finished: (_: unknown, instance: EChartsInstance) => markReady(instance, true),
    }),
    [onEvents],
  );

  function onChartReady(instance: EChartsInstance) {
    started.current = true;
    onStarted();
    // The first setOption ran before the events above were bound: a chart with nothing to animate has already
    // sent its only `finished`. One more paint in the next frame sends it again.
    instance.getZr().refresh();
  }

  useImperativeHandle(ref, () => ({
    toPng: () =>
      started.current
        ? (core.current?.getEchartsInstance().getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }) ??
          null)
        : null,
  }));

  return (
    <EChartsReactCore
      ref={core}
      {...chartBox(props)}
      echarts={echarts}
      option={withAria}
      notMerge
      opts={OPTS}
      onEvents={events}
      onChartReady={onChartReady}
    />
  );
});
