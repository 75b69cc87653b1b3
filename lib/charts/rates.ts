/**
 * Rates from per-year totals, in the browser and on the server alike: sums of numerator and denominator
 * columns (lib/metrics.ts), never averages of rates: the formula of lib/rate-formula.ts, as metricSelect's SQL.
 */
import { CORE_BY_KEY, RATE_BY_KEY, type CoreMetricColumn, type Totals } from "@/lib/metrics";
import { numberAlgebra, rateFormula } from "@/lib/rate-formula";

export type { Totals };

export interface MetricValue {
  value: number | null;
  /** Rates only; null for core metrics. */
  num: number | null;
  den: number | null;
}

export function metricOf(row: Totals, metric: string): MetricValue {
  const rate = RATE_BY_KEY.get(metric);
  if (!rate) {
    const core = CORE_BY_KEY.get(metric);
    return { value: core ? row[core.column as CoreMetricColumn] : null, num: null, den: null };
  }
  return rateFormula(rate, numberAlgebra(row));
}
