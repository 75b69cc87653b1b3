import { describe, expect, it } from "vitest";
import { perturbations, rankWithSensitivity, ranksOf, scoreOf, shiftThreshold, type Scorable } from "./score";
import { DEFAULT_WEIGHTS, INDICATORS, type Indicator } from "./weights";

const item = (values: Partial<Record<Indicator, number | null>>, missing = false): Scorable => ({
  missing,
  values: { ...Object.fromEntries(INDICATORS.map((k) => [k, 1])), ...values } as Record<Indicator, number | null>,
});

describe("score", () => {
  it("is the weighted mean of the indicators that apply, on 0–100", () => {
    expect(scoreOf(item({}), DEFAULT_WEIGHTS)).toBe(100);
    expect(scoreOf(item({ timely: 0 }), DEFAULT_WEIGHTS)).toBe(70);
    // timely does not apply: the other 70 points are the whole
    expect(scoreOf(item({ timely: null, complete: 0.5 }), DEFAULT_WEIGHTS)).toBe(Math.round((60 / 70) * 10_000) / 100);
    expect(scoreOf(item({}, true), DEFAULT_WEIGHTS)).toBe(0);
    const nothing = item(Object.fromEntries(INDICATORS.map((k) => [k, null])));
    expect(scoreOf(nothing, DEFAULT_WEIGHTS)).toBeNull();
    expect(scoreOf(item({ timely: 0 }), { ...DEFAULT_WEIGHTS, timely: 0 })).toBe(100);
  });

  it("ranks ties together (1, 2, 2, 4) and leaves unscored items out", () => {
    expect(ranksOf([50, 90, 50, 10, null])).toEqual([2, 1, 2, 4, null]);
  });

  it("moves every weight ±10 within 0–100 and never to all zero", () => {
    const p = perturbations(DEFAULT_WEIGHTS);
    expect(p).toHaveLength(12);
    expect(p.find((x) => x.indicator === "timely" && x.delta === 10)!.weights.timely).toBe(40);
    const edge = perturbations({ timely: 100, complete: 0, consistent: 0, chained: 0, original: 0, plausible: 5 });
    expect(edge.map((x) => `${x.indicator}${x.delta}`)).toEqual([
      "timely-10",
      "complete10",
      "consistent10",
      "chained10",
      "original10",
      "plausible10",
      "plausible-5",
    ]);
  });

  it("the threshold is max(3, 5 % of the ranked agencies)", () => {
    expect(shiftThreshold(10)).toBe(3);
    expect(shiftThreshold(200)).toBe(10);
    expect(shiftThreshold(201)).toBe(11);
  });
});

describe("rank sensitivity", () => {
  it("finds the weight change that moves an agency most, and leaves a robust leader at 0", () => {
    // A fails only timeliness (30 points), B completeness and chaining (20 + 10): both score 70 and tie at rank 2;
    // timely +10 puts A one place below B, complete +10 puts B one place below A.
    const items = [
      item({}),
      item({ timely: 0 }),
      item({ complete: 0, chained: 0 }),
      ...Array.from({ length: 5 }, () => item({ consistent: 0, timely: 0 })),
    ];
    const ranked = rankWithSensitivity(items, DEFAULT_WEIGHTS);
    expect(ranked.map((r) => r.score)).toEqual([100, 70, 70, 50, 50, 50, 50, 50]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, 4, 4, 4, 4]);
    expect(ranked[0]).toMatchObject({ shift: 0, shiftBy: null });
    expect(ranked[1].shift).toBe(1);
    expect(ranked[2].shift).toBe(1);
    expect(ranked[3].shift).toBe(0);
  });

  it("a missing report scores 0 and stays last under every weight", () => {
    const ranked = rankWithSensitivity([item({ timely: 0 }), item({}, true), item({})], DEFAULT_WEIGHTS);
    expect(ranked.map((r) => [r.score, r.rank, r.shift])).toEqual([
      [70, 2, 0],
      [0, 3, 0],
      [100, 1, 0],
    ]);
  });

  it("a large tie group that swaps with another under one weight moves by the size of the group", () => {
    const late = Array.from({ length: 30 }, () => item({ timely: 0 })); // 70
    const incomplete = Array.from({ length: 30 }, () => item({ complete: 0, original: 0 })); // 70
    const ranked = rankWithSensitivity([...late, ...incomplete], DEFAULT_WEIGHTS);
    expect(new Set(ranked.map((r) => r.rank))).toEqual(new Set([1]));
    expect(Math.max(...ranked.map((r) => r.shift))).toBe(30);
    expect(ranked[0].shiftBy).toEqual({ indicator: "timely", delta: 10 });
  });
});
