import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const FIXTURE = join(__dirname, "../../fixtures/regressions/flat-review-zeros-empty-2023.txt");
const GROUPS = ["review", "litigation_direct", "litigation_after_review"];
const RESULTS = ["upheld", "corrected", "other", "pending", "total"];

describe("§四 printed with its zeros as empty cells, spaces collapsed", () => {
  const text = readFileSync(FIXTURE, "utf8");

  it("reads what every placement agrees on (each group's total) and names every cell", () => {
    const report = parseText(text).value!;
    expect(GROUPS.map((g) => report.values[`${g}.total`])).toEqual([10, 8, 39]);
    // Two parts in four cells (or three): where they stand is not printed, so those cells stay blank.
    expect(report.values["review.upheld"]).toBeUndefined();
    const named = new Set(report.findings.filter((f) => f.rule === "P2").flatMap((f) => f.keys));
    for (const g of GROUPS) for (const r of RESULTS) expect(named.has(`${g}.${r}`)).toBe(true);
  });

  it("reads all of a group that prints its four parts; which group printed nothing is not printed", () => {
    const full = parseText(text.replace("10 10 2 6 8 14 13 12 39", "1 2 3 4 10 5 5 14 13 12 39")).value!;
    expect(RESULTS.map((r) => full.values[`review.${r}`])).toEqual([1, 2, 3, 4, 10]);
    expect(full.values["litigation_direct.total"]).toBe(5);
    // Two groups printed: either could be the one that printed nothing, so nothing is read.
    const two = parseText(text.replace("10 10 2 6 8 14 13 12 39", "1 2 3 4 10 14 13 12 39")).value!;
    for (const g of GROUPS) for (const r of RESULTS) expect(two.values[`${g}.${r}`]).toBeUndefined();
  });
});
