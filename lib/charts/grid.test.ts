/**
 * The grid keeps long axis labels inside the chart the ECharts 6 way, with no LegacyGridContainLabel registered
 * (lib/charts/register.ts registers none) and so no development warning; no chart option uses the deprecated flag.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { BarChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LABELS_INSIDE } from "./grid";
import type { ChartOption } from "./types";

echarts.use([BarChart, GridComponent, SVGRenderer]);

const LONG = ["国家税务总局某某市某某区税务局", "某某省人民政府办公厅", "某某县人民政府"];

/** The grid's plotting rectangle after layout, drawn on the server at 390 × 300 px. */
function gridRect(grid: ChartOption["grid"]): { x: number; width: number } {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 390, height: 300 });
  chart.setOption({
    grid,
    yAxis: { type: "category", data: LONG },
    xAxis: { type: "value" },
    series: [{ type: "bar", data: [3, 2, 1] }],
  } satisfies ChartOption);
  chart.renderToSVGString();
  // biome-ignore lint/suspicious/noExplicitAny: ECharts' model types are internal; only the laid-out rect is read.
  const rect = (chart as any).getModel().getComponent("grid").coordinateSystem.getRect();
  chart.dispose();
  return { x: rect.x, width: rect.width };
}

afterEach(() => vi.restoreAllMocks());

describe("LABELS_INSIDE", () => {
  it("moves the plot right of the longest label, without ECharts' deprecation warning", () => {
    const warnings = [vi.spyOn(console, "warn"), vi.spyOn(console, "log")];
    const inside = gridRect({ left: 8, right: 16, top: 8, bottom: 8, ...LABELS_INSIDE });
    const bare = gridRect({ left: 8, right: 16, top: 8, bottom: 8, outerBoundsMode: "none" });
    expect(bare.x).toBe(8);
    // 15 characters of a 12 px label are wider than 100 px: the plot starts after them.
    expect(inside.x).toBeGreaterThan(100);
    expect(inside.x + inside.width).toBeLessThanOrEqual(390 - 16);
    expect(warnings.flatMap((w) => w.mock.calls.map((c) => String(c[0])))).toEqual([]);
  });

  it("is what every chart option uses: no grid.containLabel in lib or components", () => {
    const root = resolve(import.meta.dirname, "../..");
    const offenders = ["lib", "components", "app"].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts"))
        .map((e) => join(e.parentPath, e.name))
        .filter((path) => /\bcontainLabel\s*:/.test(readFileSync(path, "utf8"))),
    );
    expect(offenders).toEqual([]);
  });
});
