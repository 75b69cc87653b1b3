/**
 * The map builder, and what ECharts draws from it: the option rendered on the server (SVG renderer, no browser)
 * over a small boundary file of four squares, each square's drawn colour read at its centre.
 */
import { MapChart } from "echarts/charts";
import { TooltipComponent, VisualMapPiecewiseComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { describe, expect, it } from "vitest";
import { MAP_COLORS } from "./map-classes";
import { buildRegionMap, NO_DATA_COLOR } from "./region-map";
import { type MapRow, regionMapTable, regionsWithoutBoundary } from "./region-map-table";
import { SMALL_RATE_COLOR } from "./values";

echarts.use([MapChart, TooltipComponent, VisualMapPiecewiseComponent, SVGRenderer]);

/** Four 1° squares side by side; the names differ from the rows' names on purpose (the join is by code). */
const SQUARES = ["4201", "4202", "4203", "4204"].map((code, i) => ({
  type: "Feature" as const,
  properties: { code, name: `图形${i}` },
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [i * 2, 0],
        [i * 2 + 1, 0],
        [i * 2 + 1, 1],
        [i * 2, 1],
        [i * 2, 0],
      ],
    ],
  },
}));
echarts.registerMap("test-squares", { type: "FeatureCollection", features: SQUARES } as Parameters<
  typeof echarts.registerMap
>[1]);
const FEATURES = SQUARES.map((f) => f.properties);

const row = (
  id: string,
  name: string,
  value: number | null,
  num: number | null = null,
  den: number | null = null,
  reports = 20,
): MapRow => ({ id, name, value, num, den, reports });

type Chart = ReturnType<typeof echarts.init>;

/** Draws the option on the server at a width and reads something off the drawn chart. */
function drawn<T>(option: ReturnType<typeof buildRegionMap>, width: number, read: (chart: Chart) => T): T {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height: 300 });
  chart.setOption(option);
  const result = read(chart);
  chart.dispose();
  return result;
}

const pixel = (chart: Chart, lng: number, lat: number) =>
  chart.convertToPixel({ seriesIndex: 0 }, [lng, lat]) as number[];

/** The fill ECharts drew at the centre of each square, by code. */
function drawnFills(option: ReturnType<typeof buildRegionMap>, width = 600): Record<string, string> {
  return drawn(option, width, (chart) =>
    Object.fromEntries(
      SQUARES.map((f, i) => {
        const [x, y] = pixel(chart, i * 2 + 0.5, 0.5);
        const hit = chart.getZr().findHover(x, y)?.target as { style?: { fill?: string } } | undefined;
        return [f.properties.code, String(hit?.style?.fill)];
      }),
    ),
  );
}

/** Width over height of the first square as drawn. */
function squareAspect(option: ReturnType<typeof buildRegionMap>, width: number): number {
  return drawn(option, width, (chart) => {
    const [[x0, y0], [x1, y1]] = [pixel(chart, 0, 0), pixel(chart, 1, 1)];
    return Math.abs(x1 - x0) / Math.abs(y1 - y0);
  });
}

const mapOf = (rows: MapRow[], metric: string) =>
  buildRegionMap({ rows, features: FEATURES, metric, year: 2023, mapName: "test-squares" });
const legend = (option: ReturnType<typeof buildRegionMap>) =>
  (option.visualMap as { pieces: { label: string }[] }).pieces.map((p) => p.label);

describe("region map", () => {
  it("colours counts by class, joined by code; a region without a figure is 无数据", () => {
    const option = mapOf(
      [row("4201", "武汉市", 52_000), row("4202", "黄石市", 900), row("4203", "十堰市", 4_000)],
      "apps.new.total",
    );
    const fills = drawnFills(option);
    expect(fills).toEqual({ 4201: MAP_COLORS[4], 4202: MAP_COLORS[0], 4203: MAP_COLORS[2], 4204: NO_DATA_COLOR });
    expect(legend(option)).toEqual(["<4,000", "4,000–5.2万", "≥5.2万", "无数据"]);
    // A phone-width chart (the legend moves under the map) draws the same colours.
    expect(drawnFills(option, 340)).toEqual(fills);
    // The boundaries keep their shape in any box: a 1° square is 0.75 as wide as tall (ECharts' aspectScale).
    for (const width of [600, 340]) expect(squareAspect(option, width)).toBeCloseTo(0.75, 2);
  });

  it("greys a rate over fewer than 10 cases and labels it 不足10件, outside the colour scale", () => {
    const option = mapOf(
      [
        row("4201", "武汉市", 0.9, 90, 100),
        row("4202", "黄石市", 1, 3, 3), // 3/3: would top the scale without the guard
        row("4203", "十堰市", 0.5, 50, 100),
        row("4204", "宜昌市", 0.7, 70, 100),
      ],
      "rate.grant",
    );
    expect(drawnFills(option)).toEqual({
      4201: MAP_COLORS[4],
      4202: SMALL_RATE_COLOR,
      4203: MAP_COLORS[0],
      4204: MAP_COLORS[2],
    });
    expect(legend(option)).toEqual(["<70%", "70%–90%", "≥90%", "不足10件"]);
  });

  it("greys a count summed over fewer than 10 reports and labels it 不足10份报告, in the tooltip too", () => {
    const option = mapOf(
      [
        row("4201", "武汉市", 52_000, null, null, 40),
        row("4202", "黄石市", 90_000, null, null, 3), // 3 reports: would top the scale without the guard
        row("4203", "十堰市", 4_000, null, null, 10), // exactly 10: coloured
        row("4204", "宜昌市", 900, null, null, 12),
      ],
      "apps.new.total",
    );
    const fills = drawnFills(option);
    expect(fills["4202"]).toBe(SMALL_RATE_COLOR);
    const palette: readonly string[] = MAP_COLORS;
    expect([fills["4201"], fills["4203"], fills["4204"]].every((f) => palette.includes(f))).toBe(true);
    // The scale is over the three coloured regions only: its top class starts at or below 武汉's 52,000.
    expect(legend(option)).toEqual(["<4,000", "4,000–5.2万", "≥5.2万", "不足10份报告"]);
    const format = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(format({ name: "4202" })).toContain("90,000（3份报告，不足10份报告）");
    expect(format({ name: "4203" })).toContain("<b>4,000</b>");
  });

  it("tooltips name the region from the data, with the rate's counts and the guard", () => {
    const rows = [row("4202", "黄石市", 1, 3, 3)];
    const option = mapOf(rows, "rate.grant");
    const format = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(format({ name: "4202", dataIndex: 1 })).toContain(
      "<b>黄石市</b><br/>2023年 实质公开率：<b>100.0%（3/3，不足10件）</b>",
    );
    expect(format({ name: "4204", dataIndex: 3 })).toBe("<b>图形3</b><br/>2023年 实质公开率：<b>无数据</b>");
    // Screen readers hear names and figures, not codes.
    const aria = (o: ReturnType<typeof buildRegionMap>) =>
      (o.aria as { label: { description: string } }).label.description;
    expect(aria(option)).toBe("2023年 实质公开率分布地图：没有可着色的地区。各地区数据见数据表。");
    expect(
      aria(mapOf([row("4201", "武汉市", 0.9, 90, 100), row("4203", "十堰市", 0.5, 50, 100), ...rows], "rate.grant")),
    ).toBe(
      "2023年 实质公开率分布地图，2个地区着色；最高为武汉市（90.0%（90/100）），最低为十堰市（50.0%（50/100））。各地区数据见数据表。",
    );
  });

  it("has a table twin with codes in rank order, and lists regions the boundaries lack", () => {
    const rows = [row("4201", "武汉市", 0.9, 90, 100), row("429021", "神农架林区", 0.5, 1, 2)];
    expect(regionMapTable(rows, "rate.grant")).toEqual({
      columns: ["代码", "地区", "实质公开率", "分子", "分母", "报告数"],
      rows: [
        ["4201", "武汉市", { ratio: 0.9, text: "90.0%（90/100）", small: false }, 90, 100, 20],
        ["429021", "神农架林区", { ratio: 0.5, text: "50.0%（1/2，不足10件）", small: true }, 1, 2, 20],
      ],
    });
    const counts = regionMapTable(
      [row("11", "北京市", 1234), row("12", "天津市", 56, null, null, 9)],
      "apps.new.total",
    );
    expect(counts.columns).toEqual(["代码", "地区", "本年新收申请", "报告数", "样本"]);
    expect(counts.rows).toEqual([
      ["11", "北京市", 1234, 20, null],
      ["12", "天津市", 56, 9, "不足10份报告"],
    ]);
    expect(regionsWithoutBoundary(rows, FEATURES).map((r) => r.id)).toEqual(["429021"]);
  });
});
