"use client";
/**
 * The single client component that owns an ECharts instance: init → setOption → resize → dispose.
 * Options come from the pure builders in lib/charts; `aria` is switched on here for every chart.
 * ECharts (~200 KB gzip even trimmed to the parts in use) is imported on mount rather than in the first-load
 * bundle: the page, its filters and the data tables work before it arrives, and the fixed height keeps the
 * layout still when it draws. The parent gets a handle to export the chart as PNG.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import type { ChartOption } from "@/lib/charts/types";

type Instance = ReturnType<(typeof import("@/lib/charts/register"))["echarts"]["init"]>;

export interface EChartHandle {
  /** PNG data URL of the chart on a white background, or null before it is drawn. */
  toPng(): string | null;
}

interface Props {
  option: ChartOption;
  /** Fixed height so the page does not jump when the chart draws. */
  height: number;
  /** Describes the chart for screen readers (ECharts aria adds the data description). */
  label: string;
  testId?: string;
}

function apply(instance: Instance, option: ChartOption): void {
  instance.setOption({ aria: { enabled: true, decal: { show: false } }, ...option }, { notMerge: true });
}

export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, height, label, testId }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    let idle: number | null = null;
    import("@/lib/charts/register").then(({ echarts }) => {
      // Each chart starts in its own idle task: the overview's five charts initialised in one task blocked
      // the main thread ~600 ms on Lighthouse's mobile CPU. The box already has its height: nothing jumps.
      const start = () => {
        if (disposed || !box.current) return;
        const instance = echarts.init(box.current, undefined, { renderer: "canvas" });
        chart.current = instance;
        apply(instance, latest.current);
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
      };
      if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(start, { timeout: 500 });
      else start();
    });
    return () => {
      disposed = true;
      if (idle !== null) window.cancelIdleCallback(idle);
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (chart.current) apply(chart.current, option);
  }, [option]);

  useImperativeHandle(ref, () => ({
    toPng: () => chart.current?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }) ?? null,
  }));

  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ height, width: "100%" }} />;
});
