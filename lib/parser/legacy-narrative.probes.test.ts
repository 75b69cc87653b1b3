/**
 * Golden test on hand-written probe pages (fixtures/probes/narr, fixtures/probes/narr2, fixtures/probes/narr3):
 * short legacy reports of one site's departments and townships that state their counts in sentences, in that
 * site's crawler frame (header, chrome, a one-line or a few-line body). Scored as reviews score real reports: each
 * hand-read figure is exact, blank, or wrong with a finding naming its key; never wrong without one. A figure not
 * read exactly must be listed below with why, and a key the page does not state (`absent`) must stay blank.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreFigures } from "@/test/helpers/score-figures";
import { parseText } from "./index";

const DIRS = ["narr", "narr2", "narr3", "lw"].map((d) => join(__dirname, "../../fixtures/probes", d));

/**
 * The lw writer's pages (fixtures/probes/lw, 2008–2018) in the rounds the sentence reader was fixed on: never wrong
 * without a finding, and every figure exact except on the pages below, whose misses are the table reader's.
 */
const LW_ROUNDS = /^r[1-7]-/;
const LW_TABLE_PAGES = new Set([
  "r3-02-national-form-glued.txt",
  "r4-06-unit-columns-with-total.txt",
  "r4-14-table-total-only-sentence-breakdown.txt",
  "r6-11-review-subrows-one-column.txt",
  "r7-01-change-column-signed.txt",
  "r7-10-jianci-unit-local-row-names.txt",
  "r7-11-note-after-table-supplies-review.txt",
  // 第一件…同意公开, 第二件…部分公开: answers told application by application are not counted.
  "r6-03-applications-enumerated.txt",
]);

interface Probe {
  year: number;
  format: string;
  values: Record<string, number>;
  absent?: string[];
}

/** Figures these pages state that the reader leaves blank on purpose, each with why. */
const KNOWN_BLANKS: Record<string, readonly string[]> = {
  // 2012年和2013年,我镇分别受理…申请4件和6件: the years and their counts in two clauses; no single count is read.
  "narr3-b07.txt": ["apps.new.total"],
};

for (const dir of DIRS) {
  const all = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Probe>;
  const lw = dir.endsWith("lw");
  const probes = Object.fromEntries(Object.entries(all).filter(([file]) => !lw || LW_ROUNDS.test(file)));
  describe(`narrative probes (${dir.slice(dir.indexOf("fixtures"))})`, () => {
    it("has at least 15 probe pages", () => expect(Object.keys(probes).length).toBeGreaterThanOrEqual(15));
    it.each(Object.keys(probes))("%s", (file) => {
      const want = probes[file];
      const got = parseText(readFileSync(join(dir, file), "utf8"), { fileName: file });
      expect(got.error).toBeUndefined();
      const report = got.value!;
      expect({ family: report.family, year: report.year }).toEqual({ family: want.format, year: want.year });
      const misses = scoreFigures(report, want.values).filter((f) => f.outcome !== "exact");
      expect(misses.filter((f) => f.outcome === "silent")).toEqual([]);
      if (lw && LW_TABLE_PAGES.has(file)) return;
      expect(misses.map((f) => `${f.key} ${f.outcome}`)).toEqual((KNOWN_BLANKS[file] ?? []).map((k) => `${k} blank`));
      for (const key of want.absent ?? []) expect(report.values[key], `${key} is not stated`).toBeUndefined();
    });
  });
}
