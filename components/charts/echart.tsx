"use client";
/**
 * The single client component that owns an ECharts instance: init → setOption → resize → dispose.
 * Options come from the pure builders in lib/charts; `aria` is switched on here for every chart.
 * The parent gets a handle to export the chart as PNG.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { echarts } from "@/lib/charts/register";
import type { ChartOption } from "@/lib/charts/types";

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

export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, height, label, testId }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true, decal: { show: false } }, ...option }, { notMerge: true });
  }, [option]);

  useImperativeHandle(ref, () => ({
    toPng: () => chart.current?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }) ?? null,
  }));

  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ height, width: "100%" }} />;
});
