import "server-only";
/**
 * The pages' chart options drawn on the server: ECharts' SSR SVG renderer, then @resvg/resvg-js to PNG (Word and WPS
 * show SVG only with a PNG fallback, LibreOffice not always: PNG alone opens everywhere). Chinese text needs a CJK
 * font file; without one the labels are left out, never an error.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { LRUCache } from "lru-cache";
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { ChartOption } from "@/lib/charts/types";

echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** Debian's fonts-wqy-microhei (what `npm test` installs), then its sibling; NIANBAO_CJK_FONT names another file. */
const CJK_FONT_CANDIDATES = [
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
];
const CJK_FAMILY = "WenQuanYi Micro Hei";

export function cjkFontFiles(): string[] {
  const named = process.env.NIANBAO_CJK_FONT;
  return [...(named ? [named] : []), ...CJK_FONT_CANDIDATES].filter((f) => existsSync(f)).slice(0, 1);
}

export interface ChartImage {
  png: Buffer;
  /** Size in CSS pixels (the PNG has `scale` times as many). */
  width: number;
  height: number;
}

/** Extra room above the plot for a legend of two lines. */
const LEGEND_ROOM = 24;

/**
 * On paper: the whole legend (a page's scrolling legend would print its first page and an arrow), room for it to
 * wrap, no animation (a server render is one frame).
 */
function forPrint(option: ChartOption): ChartOption {
  const { legend, grid } = option;
  if (!legend || Array.isArray(legend) || Array.isArray(grid)) return { ...option, animation: false };
  const top = typeof grid?.top === "number" ? grid.top + LEGEND_ROOM : grid?.top;
  return { ...option, animation: false, legend: { ...legend, type: "plain" }, grid: { ...grid, top } };
}

/** The option as an SVG string. */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ ...forPrint(option), textStyle: { fontFamily: CJK_FAMILY } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * PNGs by what they draw: resvg loads the 5 MB CJK font file for every image (≈ 0.3 s of CPU, nine tenths of a
 * chart's cost), so the same chart of unchanged data, as in a bulletin downloaded again, is drawn once. Keyed by the
 * option's data (its JSON: the formatters, functions, only shape tooltips, which a still image has none of), not by
 * the SVG, whose element ids count up with every ECharts instance.
 */
const drawn = new LRUCache<string, Buffer>({ max: 64 });

export function chartPng(
  option: ChartOption,
  width: number,
  height: number,
  opts: { scale?: number; fontFiles?: string[] } = {},
): ChartImage {
  const fontFiles = opts.fontFiles ?? cjkFontFiles();
  const scale = opts.scale ?? 2;
  const key = createHash("sha256")
    .update(JSON.stringify([option, width, height, fontFiles, scale]))
    .digest("hex");
  let png = drawn.get(key);
  if (!png) {
    const resvg = new Resvg(chartSvg(option, width, height), {
      background: "white",
      fitTo: { mode: "zoom", value: scale },
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CJK_FAMILY, sansSerifFamily: CJK_FAMILY },
    });
    png = resvg.render().asPng();
    drawn.set(key, png);
  }
  return { png, width, height };
}
