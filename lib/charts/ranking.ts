/** Ranking of sub-regions or agencies by one metric: horizontal bars, small-denominator rates greyed. */
import { CORE_BY_KEY, RATE_BY_KEY } from "@/lib/metrics";
import { valueMetricLabel } from "@/lib/value-metrics";
import { formatCount, formatPercent, formatYear } from "@/lib/format";
import { LABELS_INSIDE } from "./grid";
import { asParams, tooltipHtml } from "./tooltip";
import type { ChartOption, ChartTable } from "./types";
import { isSmallRate, SMALL_RATE_COLOR, valueCell, valueText, type ValueCell } from "./values";

export interface RankItem extends ValueCell {
  id: string;
  name: string;
}

export function metricLabel(metric: string): string {
  return RATE_BY_KEY.get(metric)?.label ?? CORE_BY_KEY.get(metric)?.label ?? valueMetricLabel(metric) ?? metric;
}

/** Bars top to bottom in rank order; the name axis shows at most 14 characters of long names. */
export function buildRanking(items: RankItem[], metric: string, year: number): ChartOption {
  const rate = RATE_BY_KEY.has(metric);
  const shown = [...items].reverse(); // ECharts draws category axes bottom-up
  return {
    grid: { left: 8, right: 56, top: 8, bottom: 8, ...LABELS_INSIDE },
    tooltip: {
      trigger: "item",
      confine: true,
      formatter: (p: unknown) => {
        const item = shown[asParams(p)[0]?.dataIndex ?? 0];
        return tooltipHtml(item.name, [
          { name: `${formatYear(year)} ${metricLabel(metric)}`, value: valueText(metric, item) },
        ]);
      },
    },
    xAxis: {
      type: "value",
      ...(rate ? { max: 1 } : { minInterval: 1 }),
      axisLabel: { formatter: (v: number) => (rate ? formatPercent(v, 0) : formatCount(v)) },
    },
    yAxis: {
      type: "category",
      data: shown.map((i) => i.name),
      axisLabel: { width: 150, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        name: metricLabel(metric),
        barMaxWidth: 18,
        data: shown.map((i) => ({
          value: i.value,
          itemStyle: { color: isSmallRate(metric, i) ? SMALL_RATE_COLOR : "#8a1c1c" },
        })),
        label: {
          show: true,
          position: "right",
          formatter: (p) => {
            const item = shown[p.dataIndex];
            return rate ? formatPercent(item.value) : formatCount(item.value);
          },
        },
      },
    ],
  };
}

export function rankingTable(items: RankItem[], metric: string): ChartTable {
  const rate = RATE_BY_KEY.has(metric);
  return {
    columns: rate ? ["排名", "名称", metricLabel(metric), "分子", "分母"] : ["排名", "名称", metricLabel(metric)],
    rows: items.map((i, n) => (rate ? [n + 1, i.name, valueCell(metric, i), i.num, i.den] : [n + 1, i.name, i.value])),
  };
}
