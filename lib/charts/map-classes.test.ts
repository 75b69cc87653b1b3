import { describe, expect, it } from "vitest";
import { MAP_COLORS, mapClasses } from "./map-classes";

/** Which class a value falls in (the same bounds ECharts' piecewise visualMap applies). */
function classOf(classes: ReturnType<typeof mapClasses>, v: number): number {
  return classes.findIndex((c) => (c.gte === undefined || v >= c.gte) && (c.lt === undefined || v < c.lt));
}

describe("map legend classes", () => {
  it("splits skewed counts into five quantile classes with round breaks in 万/亿", () => {
    const values = [120, 800, 2_300, 4_100, 9_000, 15_000, 26_000, 48_000, 130_000, 2_400_000];
    const classes = mapClasses(values, false);
    expect(classes.map((c) => c.label)).toEqual(["<2,300", "2,300–9,000", "9,000–2.6万", "2.6万–13万", "≥13万"]);
    expect(classes.map((c) => c.color)).toEqual([...MAP_COLORS]);
    // every value lands in exactly one class, and every class holds a value
    const used = new Set(values.map((v) => classOf(classes, v)));
    expect([...used].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("writes rates as percentages, with a decimal only where a break needs one", () => {
    expect(mapClasses([0.2, 0.4, 0.6, 0.8], true).map((c) => c.label)).toEqual(["<40%", "40%–60%", "60%–80%", "≥80%"]);
    expect(mapClasses([0.351, 0.3555, 0.36, 0.372], true).map((c) => c.label)).toEqual([
      "<35.6%",
      "35.6%–36.0%",
      "36.0%–37.2%",
      "≥37.2%",
    ]);
  });

  it("uses fewer classes when there are fewer distinct values, spread over the palette", () => {
    const two = mapClasses([5, 5, 9], false);
    expect(two.map((c) => c.label)).toEqual(["<9", "≥9"]);
    expect(two.map((c) => c.color)).toEqual([MAP_COLORS[0], MAP_COLORS[4]]);
    expect(mapClasses([7, 7], false)).toEqual([{ gte: 0, label: "7", color: MAP_COLORS[2] }]);
    expect(mapClasses([], false)).toEqual([]);
  });

  it("never makes an empty class when rounding pulls breaks together", () => {
    const values = [100, 101, 102, 103, 104, 105, 10_000];
    const classes = mapClasses(values, false);
    const used = new Set(values.map((v) => classOf(classes, v)));
    expect(used.size).toBe(classes.length);
    expect(values.every((v) => classOf(classes, v) >= 0)).toBe(true);
  });
});
