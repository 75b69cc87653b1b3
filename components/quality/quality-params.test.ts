import { describe, expect, it } from "vitest";
import { parseQualityParams, qualityHref } from "./quality-params";

describe("parseQualityParams", () => {
  it("reads the shared selection and the quality parameters", () => {
    const { state, params } = parseQualityParams({ region: "3303", from: "2020", rule: "R4", page: "3", gpage: "2" });
    expect(state.region).toBe("3303");
    expect(state.from).toBe(2020);
    expect(params).toEqual({ rule: "R4", page: 3, fpage: 1, gpage: 2 });
  });
  it("falls back to defaults for invalid values instead of failing", () => {
    const { state, params } = parseQualityParams({ region: "x", rule: "<b>", page: "-1", fpage: "99999", gpage: ["0", "2"] });
    expect(state.region).toBe("");
    expect(params).toEqual({ rule: null, page: 1, fpage: 1, gpage: 1 });
  });
});

describe("qualityHref", () => {
  const base = parseQualityParams({ region: "33", to: "2023", rule: "R1", page: "2" });
  it("keeps the selection and leaves defaults out", () => {
    expect(qualityHref(base.state, base.params)).toBe("/quality?region=33&to=2023&rule=R1&page=2");
    expect(qualityHref({}, { rule: null, page: 1, fpage: 1, gpage: 1 })).toBe("/quality");
  });
  it("patches shared and own parameters and round-trips through the parser", () => {
    const href = qualityHref(base.state, base.params, { region: "3303", rule: null, page: 1, gpage: 4 });
    expect(href).toBe("/quality?region=3303&to=2023&gpage=4");
    const again = parseQualityParams(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(again.params).toEqual({ rule: null, page: 1, fpage: 1, gpage: 4 });
    expect(again.state.region).toBe("3303");
  });
});
