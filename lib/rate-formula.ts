/**
 * The rate formula, once. A rate (RATE_METRICS in lib/metrics.ts) is a ratio of sums of core columns, never an
 * average of rates:
 *   num = Σ numerator, den = Σ denominator − Σ minus (a blank cell reads 0), over the rows whose first denominator
 *   column is printed (a blank total must not inflate a rate); value = num ÷ den when den > 0, else blank.
 * The SQL of the dashboard reads (metricSelect, lib/queries/filters.ts), the TypeScript on per-year totals
 * (metricOf, lib/charts/rates.ts) and the words of the workbook's definitions are all built by `rateFormula` through
 * an algebra each supplies; lib/queries/filters.test.ts runs the first two on the same rows of a real libSQL file.
 */
import type { CoreMetricColumn, RateMetric } from "./metrics";

/** The operations the formula needs: `E` one row's expression, `V` the summed rows' (possibly blank) value. */
export interface RateAlgebra<E, V> {
  /** A column of the row, a blank cell read as 0. */
  column(c: CoreMetricColumn): E;
  add(a: E, b: E): E;
  subtract(a: E, b: E): E;
  /** The rows' sum of `e`, counting only rows whose `guard` column is printed; blank when none is. */
  total(e: E, guard: CoreMetricColumn): V;
  /** num ÷ den where den > 0, blank otherwise. */
  ratio(num: V, den: V): V;
}

export interface RateParts<V> {
  num: V;
  den: V;
  value: V;
}

export function rateFormula<E, V>(rate: RateMetric, a: RateAlgebra<E, V>): RateParts<V> {
  const sum = (columns: readonly CoreMetricColumn[]): E =>
    columns.map((c) => a.column(c)).reduce((x, y) => a.add(x, y));
  const guard = rate.denominator[0];
  const perRowDen = rate.minus?.length ? a.subtract(sum(rate.denominator), sum(rate.minus)) : sum(rate.denominator);
  const num = a.total(sum(rate.numerator), guard);
  const den = a.total(perRowDen, guard);
  return { num, den, value: a.ratio(num, den) };
}

/** The algebra on numbers, for a row of per-year totals (each column already summed; null: no figure). */
export function numberAlgebra(row: Record<CoreMetricColumn, number | null>): RateAlgebra<number, number | null> {
  return {
    column: (c) => row[c] ?? 0,
    add: (x, y) => x + y,
    subtract: (x, y) => x - y,
    total: (e, guard) => (row[guard] === null ? null : e),
    ratio: (num, den) => (num === null || den === null || den <= 0 ? null : num / den),
  };
}

interface Words {
  text: string;
  terms: number;
}

/** The algebra in words, for definitions a reader sees: （予以公开 + 部分公开） ÷ 办理结果总计. */
export function wordsAlgebra(labelOf: (c: CoreMetricColumn) => string): RateAlgebra<Words, string> {
  return {
    column: (c) => ({ text: labelOf(c), terms: 1 }),
    add: (x, y) => ({ text: `${x.text} + ${y.text}`, terms: x.terms + y.terms }),
    subtract: (x, y) => ({ text: `${x.text} − ${y.text}`, terms: x.terms + y.terms }),
    total: (e) => (e.terms > 1 ? `（${e.text}）` : e.text),
    ratio: (num, den) => `${num} ÷ ${den}`,
  };
}
