/**
 * Rates from per-year totals, in the browser and on the server alike: sums of numerator and denominator
 * columns (lib/metrics.ts), never averages of rates. Mirrors metricSelect in lib/queries/filters.ts.
 */
import { CORE_BY_KEY, RATE_BY_KEY, type CoreMetricColumn, type Totals } from "@/lib/metrics";

export type { Totals };

export interface MetricValue {
  value: number | null;
  /** Rates only; null for core metrics. */
  num: number | null;
  den: number | null;
}

function sum(row: Totals, columns: readonly CoreMetricColumn[]): number {
  return columns.reduce((acc, c) => acc + (row[c] ?? 0), 0);
}

export function metricOf(row: Totals, metric: string): MetricValue {
  const rate = RATE_BY_KEY.get(metric);
  if (!rate) {
    const core = CORE_BY_KEY.get(metric);
    return { value: core ? row[core.column as CoreMetricColumn] : null, num: null, den: null };
  }
  if (row[rate.denominator[0]] === null) return { value: null, num: null, den: null };
  const num = sum(row, rate.numerator);
  const den = sum(row, rate.denominator) - sum(row, rate.minus ?? []);
  return { value: den > 0 ? num / den : null, num, den };
}
