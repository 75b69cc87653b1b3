import { describe, expect, it } from "vitest";
import { METRIC_COLUMNS, RATE_BY_KEY, type CoreMetricColumn } from "./metrics";
import { CORE_METRICS } from "./metrics";
import { numberAlgebra, rateFormula, wordsAlgebra } from "./rate-formula";

type Row = Record<CoreMetricColumn, number | null>;
const row = (figures: Partial<Row>): Row =>
  ({ ...Object.fromEntries(METRIC_COLUMNS.map((c) => [c, null])), ...figures }) as Row;
const rate = (key: string) => RATE_BY_KEY.get(key)!;

describe("rateFormula on numbers", () => {
  it("sums the numerator columns over the denominator, a blank part read as 0", () => {
    expect(
      rateFormula(rate("rate.grant"), numberAlgebra(row({ outcome_total: 40, granted: 30, partial: null }))),
    ).toEqual({ num: 30, den: 40, value: 0.75 });
    expect(
      rateFormula(rate("rate.grant"), numberAlgebra(row({ outcome_total: 40, granted: 30, partial: 6 }))).value,
    ).toBeCloseTo(0.9);
  });

  it("subtracts the minus columns from the denominator (pending cases are not decided yet)", () => {
    const r = rateFormula(
      rate("rate.review_correction"),
      numberAlgebra(row({ review_total: 12, review_pending: 2, review_corrected: 5 })),
    );
    expect(r).toEqual({ num: 5, den: 10, value: 0.5 });
  });

  it("is blank when the denominator's first column is blank, whatever the numerator says", () => {
    expect(rateFormula(rate("rate.grant"), numberAlgebra(row({ granted: 30 })))).toEqual({
      num: null,
      den: null,
      value: null,
    });
  });

  it("has no value when the denominator is 0 or negative (more pending than total), but keeps the counts", () => {
    expect(rateFormula(rate("rate.denial"), numberAlgebra(row({ outcome_total: 0, denied: 0 })))).toEqual({
      num: 0,
      den: 0,
      value: null,
    });
    expect(
      rateFormula(rate("rate.litigation_loss"), numberAlgebra(row({ lit_total: 1, lit_pending: 3, lit_corrected: 1 }))),
    ).toEqual({ num: 1, den: -2, value: null });
  });

  it("reads in words from the same definition", () => {
    const words = wordsAlgebra((c) => CORE_METRICS.find((m) => m.column === c)!.label);
    expect(rateFormula(rate("rate.grant"), words).value).toBe("（予以公开 + 部分公开） ÷ 办理结果总计");
    expect(rateFormula(rate("rate.review_correction"), words).value).toBe("复议纠正 ÷ （行政复议总计 − 复议尚未审结）");
  });
});
