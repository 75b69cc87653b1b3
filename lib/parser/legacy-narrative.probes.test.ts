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

const DIRS = ["narr", "narr2", "narr3"].map((d) => join(__dirname, "../../fixtures/probes", d));

interface Probe {
  year: number;
  format: string;
  values: Record<string, number>;
  absent?: string[];
}

/** Figures these pages state that the reader leaves blank on purpose, each with why. */
const KNOWN_BLANKS: Record<string, readonly string[]> = {
  // 受理申请17件(其中上年结转1件): the count includes last year's; the new ones (16) are not stated as such.
  "narr2-j09.txt": ["apps.new.total"],
  // 2012年和2013年,我镇分别受理…申请4件和6件: the years and their counts in two clauses; no single count is read.
  "narr3-b07.txt": ["apps.new.total"],
};

for (const dir of DIRS) {
  const probes = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Probe>;
  describe(`narrative probes (${dir.slice(dir.indexOf("fixtures"))})`, () => {
    it("has at least 15 probe pages", () => expect(Object.keys(probes).length).toBeGreaterThanOrEqual(15));
    it.each(Object.keys(probes))("%s", (file) => {
      const want = probes[file];
      const got = parseText(readFileSync(join(dir, file), "utf8"), { fileName: file });
      expect(got.error).toBeUndefined();
      const report = got.value!;
      expect({ family: report.family, year: report.year }).toEqual({ family: want.format, year: want.year });
      const misses = scoreFigures(report, want.values).filter((f) => f.outcome !== "exact");
      expect(misses.map((f) => `${f.key} ${f.outcome}`)).toEqual((KNOWN_BLANKS[file] ?? []).map((k) => `${k} blank`));
      for (const key of want.absent ?? []) expect(report.values[key], `${key} is not stated`).toBeUndefined();
    });
  });
}
