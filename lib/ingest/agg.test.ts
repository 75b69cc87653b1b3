import { describe, expect, it } from "vitest";
import { scopesOf } from "./agg";

describe("scopesOf", () => {
  it("counts a county report nationally, in its province, city and county, each under its parent", () => {
    expect(scopesOf({ provinceCode: "33", cityCode: "3303", countyCode: "330304" })).toEqual([
      ["", null],
      ["33", ""],
      ["3303", "33"],
      ["330304", "3303"],
    ]);
  });
  it("puts a county-level city without a prefecture directly under its province", () => {
    expect(scopesOf({ provinceCode: "42", cityCode: null, countyCode: "429004" })).toEqual([
      ["", null],
      ["42", ""],
      ["429004", "42"],
    ]);
  });
  it("counts a report without a region only nationally", () => {
    expect(scopesOf({ provinceCode: null, cityCode: null, countyCode: null })).toEqual([["", null]]);
  });
});
