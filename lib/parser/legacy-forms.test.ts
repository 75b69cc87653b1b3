/**
 * Legacy 统计表 in the local forms real sites publish (fixtures/legacy-forms/, written by hand after them):
 * flattened onto one line with glued units, values and ordinals, one or two value columns, headers the reader
 * does not know, no table at all. Each fixture lists the figures that must read exactly, the ones that must be
 * absent, and the ones a finding must name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const DIR = join(__dirname, "../../fixtures/legacy-forms");

interface Expectation {
  family: string;
  year: number;
  /** The agency's name as read, where the fixture is about metadata. */
  agency?: string;
  values: Record<string, number>;
  absent?: string[];
  flagged?: string[];
}

const cases = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

describe("legacy forms", () => {
  it("has fixtures", () => expect(cases.length).toBeGreaterThanOrEqual(7));
  for (const file of cases) {
    it(file.replace(/\.txt$/, ""), () => {
      const want = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.json")), "utf8")) as Expectation;
      const got = parseText(readFileSync(join(DIR, file), "utf8"), { fileName: file });
      expect(got.error).toBeUndefined();
      const report = got.value!;
      expect({ family: report.family, year: report.year }).toEqual({ family: want.family, year: want.year });
      if (want.agency !== undefined) expect(report.agency.name).toBe(want.agency);
      const read = Object.fromEntries(Object.keys(want.values).map((k) => [k, report.values[k]]));
      expect(read).toEqual(want.values);
      for (const key of want.absent ?? []) expect(report.values[key], key).toBeUndefined();
      const named = new Set(report.findings.flatMap((f) => f.keys));
      for (const key of want.flagged ?? []) expect(named.has(key), `a finding names ${key}`).toBe(true);
      // Every value points at the line it was read from.
      const lines = report.text.split("\n");
      for (const [key, source] of Object.entries(report.sources)) {
        expect(lines[source.line - 1], key).toBeDefined();
      }
    });
  }
});
