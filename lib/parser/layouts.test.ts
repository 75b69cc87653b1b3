/**
 * Golden fixtures: fixtures/layouts/<case>.txt + .expected.json (the figures of seed 002 in every
 * flattening real sites produce) and fixtures/regressions/ (inputs that once broke the parser). Each must
 * come out exactly — every value, every blank, nothing extra.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const FIXTURES = join(__dirname, "../../fixtures");

interface Expected {
  family: string;
  year: number;
  agency: string;
  values: Record<string, number>;
  /** Only the listed values are known (hand-read from a real report); blanks are not checked. */
  partial?: boolean;
  /**
   * Keys the document itself leaves undecided (glued digits that read several ways, a total wrong in
   * print): each may be blank or differ, but only with a finding that names it.
   */
  open?: string[];
  blanks?: string[];
  /** When given, exactly these parser findings (rule + first key) are expected. */
  parserFindings?: { rule: string; key: string }[];
  /** Findings that must be among the report's (rule + one key it names). */
  mustFind?: { rule: string; key: string }[];
}

const casesIn = (dir: string): string[] =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => `${dir}/${f.replace(/\.txt$/, "")}`);
const cases = [...casesIn("layouts"), ...casesIn("regressions")];

describe("golden fixtures", () => {
  it("has a fixture for every layout the parser promises", () => {
    expect(casesIn("layouts").length).toBeGreaterThanOrEqual(19);
  });

  it.each(cases)("%s", (name) => {
    const text = readFileSync(join(FIXTURES, `${name}.txt`), "utf8");
    const want = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8")) as Expected;
    const got = parseText(text, { fileName: name });
    expect(got.error).toBeUndefined();
    const report = got.value!;
    expect(report.family).toBe(want.family);
    expect(report.year).toBe(want.year);
    expect(report.agency.name).toBe(want.agency);
    if (want.partial) {
      const named = new Set(report.findings.flatMap((f) => f.keys));
      const open = new Set(want.open ?? []);
      for (const [key, value] of Object.entries(want.values)) {
        if (open.has(key) && report.values[key] !== value)
          expect(named.has(key), `${key} differs without a finding`).toBe(true);
        else expect(report.values[key], key).toBe(value);
      }
    } else {
      expect(report.values).toEqual(want.values);
      expect([...report.blanks].sort()).toEqual(want.blanks);
    }
    const parserFindings = report.findings
      .filter((f) => f.rule.startsWith("P"))
      .map((f) => ({ rule: f.rule, key: f.keys[0] }));
    if (want.parserFindings) expect(parserFindings).toEqual(want.parserFindings);
    for (const { rule, key } of want.mustFind ?? []) {
      expect(
        report.findings.some((f) => f.rule === rule && f.keys.includes(key)),
        `${rule} naming ${key}`,
      ).toBe(true);
    }
    // Every value points at a line of the normalised text that holds its row.
    const lines = report.text.split("\n");
    for (const [key, src] of Object.entries(report.sources)) {
      expect(src.line, key).toBeGreaterThanOrEqual(1);
      expect(src.line, key).toBeLessThanOrEqual(lines.length);
    }
  });
});
