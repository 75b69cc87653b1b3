/**
 * The legend classes of the map: up to five quantile classes with round breaks, written in 万/亿 (counts) or %
 * (rates), from light to dark red (ColorBrewer Reds). Quantiles, because counts of regions are skewed: equal
 * intervals would put nearly every province in the lightest class.
 */
import { formatCount, formatPercent } from "@/lib/format";

export const MAP_COLORS = ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"] as const;

export interface MapClass {
  /** Lower bound (inclusive), absent for a single class. */
  gte?: number;
  /** Upper bound (exclusive), absent for the last class. */
  lt?: number;
  label: string;
  color: string;
}

/** Two significant digits for counts (12,345 → 12,000), a tenth of a percentage point for rates. */
function roundBreak(v: number, rate: boolean): number {
  if (rate) return Math.round(v * 1000) / 1000;
  if (v < 100) return Math.round(v);
  const step = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Math.round(v / step) * step;
}

function colorsFor(n: number): string[] {
  if (n === 1) return [MAP_COLORS[2]];
  return Array.from({ length: n }, (_, i) => MAP_COLORS[Math.round((i * (MAP_COLORS.length - 1)) / (n - 1))]);
}

export function mapClasses(values: number[], rate: boolean): MapClass[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const n = Math.min(MAP_COLORS.length, new Set(sorted).size);
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) {
    // Every class keeps at least one value: a break above the minimum and the last break, at most the maximum.
    const floor = Math.max(min, breaks[breaks.length - 1] ?? -Infinity);
    let quantile = sorted[Math.floor((i * sorted.length) / n)];
    if (quantile <= floor) quantile = sorted.find((v) => v > floor) ?? Infinity;
    const b = roundBreak(quantile, rate);
    if (b > floor && b <= max) breaks.push(b);
  }
  const whole = breaks.every((b) => Number.isInteger(Math.round(b * 1e6) / 1e4));
  const text = (v: number) => (rate ? formatPercent(v, whole ? 0 : 1) : formatCount(v));
  const colors = colorsFor(breaks.length + 1);
  if (!breaks.length)
    return [{ gte: Math.min(0, min), label: min === max ? text(min) : `${text(min)}–${text(max)}`, color: colors[0] }];
  return [
    // A lower bound of 0 (no figure is negative) keeps this class above the legend's 不足10件/无数据 entries, which
    // ECharts lists by value.
    { gte: Math.min(0, min), lt: breaks[0], label: `<${text(breaks[0])}`, color: colors[0] },
    ...breaks
      .slice(1)
      .map((b, i) => ({ gte: breaks[i], lt: b, label: `${text(breaks[i])}–${text(b)}`, color: colors[i + 1] })),
    { gte: breaks[breaks.length - 1], label: `≥${text(breaks[breaks.length - 1])}`, color: colors[breaks.length] },
  ];
}
