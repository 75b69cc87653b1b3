import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pageWindow } from "./page-window";

const counts = [
  { year: 2021, n: 30 },
  { year: 2023, n: 40 },
  { year: 2022, n: 0 },
  { year: 2020, n: 100 },
];

describe("pageWindow", () => {
  it("starts in the newest year and stops at the year that fills the page", () => {
    expect(pageWindow(counts, 0, 51)).toEqual({ to: 2023, from: 2021, offset: 0, total: 170 });
    expect(pageWindow(counts, 0, 40)).toEqual({ to: 2023, from: 2023, offset: 0, total: 170 });
  });
  it("skips whole years before the page and gives the offset inside the first one", () => {
    expect(pageWindow(counts, 50, 51)).toEqual({ to: 2021, from: 2020, offset: 10, total: 170 });
    expect(pageWindow(counts, 100, 51)).toEqual({ to: 2020, from: 2020, offset: 30, total: 170 });
  });
  it("has no window past the last row or without rows", () => {
    expect(pageWindow(counts, 170, 51)).toBeNull();
    expect(pageWindow([], 0, 51)).toBeNull();
  });
  it("selects exactly the rows of the page when the list is laid out by year", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ year: fc.integer({ min: 2008, max: 2030 }), n: fc.nat(30) }), {
          selector: (c) => c.year,
        }),
        fc.nat(120),
        fc.integer({ min: 1, max: 60 }),
        (cs, offset, limit) => {
          const rows = [...cs]
            .sort((a, b) => b.year - a.year)
            .flatMap((c) => Array.from({ length: c.n }, (_, i) => [c.year, i]));
          const expected = rows.slice(offset, offset + limit);
          const w = pageWindow(cs, offset, limit);
          const inWindow = w ? rows.filter(([y]) => y <= w.to && y >= w.from) : [];
          expect(w ? inWindow.slice(w.offset, w.offset + limit) : []).toEqual(expected);
        },
      ),
    );
  });
});
