import { describe, expect, it } from "vitest";
import { checkYearChain } from "./index";

const prev = { year: 2022, values: { "apps.carried_forward.total": 7, "apps.carried_forward.commercial": 2 } };

describe("R5 year chain", () => {
  it("passes when 上年结转 equals last year's 结转下年度", () => {
    expect(
      checkYearChain(prev, { year: 2023, values: { "apps.carried_over.total": 7, "apps.carried_over.commercial": 2 } }),
    ).toEqual([]);
  });

  it("flags each column that differs, with last year's figure as expected", () => {
    const findings = checkYearChain(prev, {
      year: 2023,
      values: { "apps.carried_over.total": 9, "apps.carried_over.commercial": 2 },
    });
    expect(findings).toEqual([
      expect.objectContaining({ rule: "R5", keys: ["apps.carried_over.total"], expected: 7, actual: 9 }),
    ]);
  });

  it("says nothing across a gap year or when a side was not printed", () => {
    expect(checkYearChain(prev, { year: 2024, values: { "apps.carried_over.total": 9 } })).toEqual([]);
    expect(checkYearChain(prev, { year: 2023, values: { "apps.carried_over.research": 4 } })).toEqual([]);
  });
});
