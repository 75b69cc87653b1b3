/**
 * Golden probes for the page around the report (fixtures/probes/frame/): hand-written pages in one site's archive
 * style (crawler header, site chrome, one-line bodies) whose title, year or framing is unusual: the title only in
 * the header, the year only in the publication date, Chinese-numeral or full-width years, related links naming
 * other years' reports, Word style blocks, traditional characters, excerpts. Scored the way reviews score real
 * reports: every expected figure exact, or blank / wrong with a finding naming it; never wrong without one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const DIR = join(process.cwd(), "fixtures/probes/frame");
type Entry = { year: number; format: string; agency: string; values: Record<string, number> };
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, Entry>;
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

function score(file: string) {
  const e = expected[file];
  const parsed = parseText(readFileSync(join(DIR, file), "utf8"), { fileName: file }).value;
  const values = parsed?.values ?? {};
  const named = new Set((parsed?.findings ?? []).flatMap((f) => f.keys));
  const out = { exact: 0, blank: 0, flagged: 0, silent: [] as string[] };
  for (const [key, want] of Object.entries(e.values)) {
    const got = values[key];
    if (got === want) out.exact++;
    else if (got === undefined) out.blank++;
    else if (named.has(key)) out.flagged++;
    else out.silent.push(`${key}=${got}/${want}`);
  }
  return { parsed, out };
}

describe("frame probes", () => {
  it("has an expected entry for every probe page, and at least 15 pages", () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const f of files) expect(expected[f], f).toBeDefined();
  });

  it.each(files)("%s: read as a report of the right year and family, no figure wrong without a finding", (file) => {
    const { parsed, out } = score(file);
    expect(parsed, file).not.toBeNull();
    expect(parsed?.year).toBe(expected[file].year);
    expect(parsed?.family).toBe(expected[file].format);
    expect(out.silent).toEqual([]);
    // Every figure these pages print is read: a blank here is a regression of the frame reading.
    expect(out.exact).toBe(Object.keys(expected[file].values).length);
  });

  it("names the agency without the year, whichever numerals the title uses", () => {
    for (const file of files) {
      const name = score(file).parsed?.agency.name ?? "";
      expect(name, file).not.toMatch(/\d{4}|[〇○]|年度?$/);
    }
  });

  it("a year taken from the page's date carries a finding naming the year", () => {
    for (const file of files.filter((f) => f.includes("year-only-in-date"))) {
      const { parsed } = score(file);
      expect(
        parsed?.findings.some((f) => f.keys.includes("year")),
        file,
      ).toBe(true);
    }
  });

  it("an excerpt that stops mid-report says so in an error naming what is missing", () => {
    const { parsed } = score("frame-08-excerpt-stops.txt");
    const cut = parsed?.findings.find((f) => f.severity === "error" && f.message.includes("incomplete report"));
    expect(cut?.keys).toContain("outcome.total.total");
    expect(cut?.keys).toContain("review.total");
    const legacy = score("frame-15-legacy-table-cut.txt").parsed;
    const stop = legacy?.findings.find((f) => f.severity === "error" && f.message.includes("incomplete report"));
    expect(stop?.message).toContain("不予公开答复数");
    expect(stop?.keys).toEqual(["legacy.review.total", "review.total", "legacy.litigation.total", "litigation.total"]);
  });

  it("a page whose table runs to its end is not called incomplete", () => {
    for (const file of files.filter((f) => !f.includes("excerpt") && !f.includes("table-cut"))) {
      const said = score(file).parsed?.findings.some((f) => f.message.startsWith("incomplete report"));
      expect(said, file).toBe(false);
    }
  });
});
