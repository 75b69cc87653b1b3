/**
 * The Overview map: the sub-regions of a region coloured by one metric of one year. Regions are joined by division
 * code (the boundary files carry `code`; the series uses it as the region name), never by display name. A rate
 * over fewer than 10 cases is grey (“不足10件”, the ranking's guard), and so is a count over fewer than 10 reports
 * (“不足10份报告”); a region without a figure is pale (“无数据”); both stay out of the colour scale. The legend
 * is piecewise so both read in the picture and in its PNG.
 * Loaded after the page with the boundaries (components/overview/region-map.tsx); the table is region-map-table.ts.
 */
import { formatYear } from "@/lib/format";
import { RATE_BY_KEY } from "@/lib/metrics";
import { mapClasses } from "./map-classes";
import { metricLabel } from "./ranking";
import { isSmallSample, type MapFeature, type MapRow, smallSampleLabel } from "./region-map-table";
import { asParams, tooltipHtml } from "./tooltip";
import type { ChartOption } from "./types";
import { SMALL_RATE_COLOR, valueText } from "./values";

const NO_DATA_LABEL = "无数据";
export const NO_DATA_COLOR = "#f1f5f9";
/** Width kept free on the left for the legend, and the chart width below which it moves under the map. */
const LEGEND_WIDTH = 92;
const NARROW = 520;

interface MapItem {
  /** The division code: the series joins on the boundary file's `code` (nameProperty). */
  name: string;
  value: number;
  itemStyle?: { color: string; areaColor: string };
  /** ECharts skips visualMap colouring for an item marked false (visual/visualSolution.js). */
  visualMap?: false;
}

function fixedColor(code: string, color: string, value: number | null): MapItem {
  return { name: code, value: value ?? NaN, visualMap: false, itemStyle: { color, areaColor: color } };
}

export interface RegionMapInput {
  rows: MapRow[];
  features: MapFeature[];
  metric: string;
  year: number;
  mapName: string;
}

export function buildRegionMap({ rows, features, metric, year, mapName }: RegionMapInput): ChartOption {
  const rate = RATE_BY_KEY.has(metric);
  const byCode = new Map(rows.map((r) => [r.id, r]));
  const names = new Map([
    ...features.map((f) => [f.code, f.name] as const),
    ...rows.map((r) => [r.id, r.name] as const),
  ]);
  let small = false;
  let missing = false;
  const data = features.map((f): MapItem => {
    const row = byCode.get(f.code);
    if (!row || row.value === null) {
      missing = true;
      return fixedColor(f.code, NO_DATA_COLOR, null);
    }
    if (isSmallSample(metric, row)) {
      small = true;
      return fixedColor(f.code, SMALL_RATE_COLOR, row.value);
    }
    return { name: f.code, value: row.value };
  });
  const scaled = data.filter((d) => d.visualMap !== false).map((d) => d.value);
  const pieces = [
    ...mapClasses(scaled, rate),
    // Legend entries only: no value is negative, so these pieces colour nothing themselves.
    ...(small ? [{ value: -1, label: smallSampleLabel(metric), color: SMALL_RATE_COLOR }] : []),
    ...(missing ? [{ value: -2, label: NO_DATA_LABEL, color: NO_DATA_COLOR }] : []),
  ];
  const heading = `${formatYear(year)} ${metricLabel(metric)}`;
  return {
    // ECharts' own description would read the region codes aloud; this one names the extremes and the table.
    aria: { enabled: true, decal: { show: false }, label: { description: describeMap(heading, rows, metric) } },
    tooltip: {
      trigger: "item",
      confine: true,
      formatter: (p: unknown) => {
        const code = asParams(p)[0]?.name ?? "";
        const row = byCode.get(code);
        return tooltipHtml(
          names.get(code) ?? code,
          [{ name: heading, value: row ? mapValueText(metric, row) : NO_DATA_LABEL }],
          row ? "点击查看下一级" : undefined,
        );
      },
    },
    visualMap: {
      type: "piecewise",
      seriesIndex: 0,
      pieces,
      selectedMode: false,
      left: 0,
      bottom: 0,
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 6,
      textStyle: { color: "#334155", fontSize: 11 },
    },
    series: [
      {
        type: "map",
        map: mapName,
        nameProperty: "code",
        name: heading,
        left: LEGEND_WIDTH,
        right: 4,
        top: 4,
        bottom: 4,
        // Fit the box without stretching: left/right/top/bottom alone would distort the shapes to the box's ratio.
        preserveAspect: "contain",
        roam: false,
        selectedMode: false,
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: "#64748b", borderWidth: 0.5 },
        label: { show: false },
        emphasis: {
          itemStyle: { areaColor: "#fcd34d" },
          label: { show: true, color: "#0f172a", formatter: (p) => names.get(p.name) ?? p.name },
        },
        data,
      },
    ],
    // On a phone the legend goes under the map instead of beside it (the chart's own width, not the window's).
    media: [
      {
        query: { maxWidth: NARROW },
        option: { series: [{ left: 4, right: 4, top: 4, bottom: pieces.length * 16 + 12 }] },
      },
    ],
  };
}

/** A rate with its counts (and 不足10件); a count with its reports when they are fewer than 10. */
function mapValueText(metric: string, row: MapRow): string {
  const text = valueText(metric, row);
  if (RATE_BY_KEY.has(metric) || !isSmallSample(metric, row)) return text;
  return `${text}（${row.reports}份报告，${smallSampleLabel(metric)}）`;
}

/** For screen readers: what the map shows, its highest and lowest region, and where the full list is. */
function describeMap(heading: string, rows: MapRow[], metric: string): string {
  const shown = rows.filter((r) => r.value !== null && !isSmallSample(metric, r)).sort((a, b) => b.value! - a.value!);
  if (!shown.length) return `${heading}分布地图：没有可着色的地区。各地区数据见数据表。`;
  const [high, low] = [shown[0], shown[shown.length - 1]];
  return (
    `${heading}分布地图，${shown.length}个地区着色；最高为${high.name}（${valueText(metric, high)}），` +
    `最低为${low.name}（${valueText(metric, low)}）。各地区数据见数据表。`
  );
}
