/** Per-year totals for chart tests: every core column null unless given. */
import { CORE_METRICS } from "@/lib/metrics";
import type { Totals } from "@/lib/charts/rates";

export function totalsRow(year: number, values: Partial<Totals> = {}): Totals {
  const row = { year, reports: 1, failing: 0 } as Totals;
  for (const m of CORE_METRICS) (row as Record<string, number | null>)[m.column] = null;
  return { ...row, ...values };
}
