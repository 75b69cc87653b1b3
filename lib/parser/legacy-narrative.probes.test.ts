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

const DIRS = ["narr", "narr2", "narr3", "narr5", "lw", "lx", "mx", "ly"].map((d) =>
  join(__dirname, "../../fixtures/probes", d),
);

/**
 * The lw writer's pages (fixtures/probes/lw, 2008–2018) in the rounds the sentence reader was fixed on: never wrong
 * without a finding, and every figure exact except on the pages below (left blank, never wrong).
 */
const LW_ROUNDS = new RegExp(
  String.raw`^r(?:[1-9]|1[0-4])-|^r15-(?:05|07|08|14)-|` +
    // Rounds 16-18: the pages in sentences (their tables are the table reader's).
    String.raw`^r16-(?:05|07|11|12|13|14)-|^r17-(?:05|06|07|14)-|^r18-(?:04|05|09|10|12|15)-`,
);
const LW_NOT_ALL_READ = new Set([
  // Tables the table reader does not read yet (its classes, not the sentences').
  "r4-14-table-total-only-sentence-breakdown.txt",
  // The year of a statistics period crossing years (metadata, not the sentences').
  "r11-02-period-crossing-years.txt",
]);

/**
 * The lx writer's pages (fixtures/probes/lx, 2008–2018) of the rounds read when the sentence reader was last fixed,
 * the mx writer's (fixtures/probes/mx, 2019–2024) whose counts are stated in sentences (tables as images), and the
 * ly writer's sentence pages fixed so far.
 */
const HELD_OUT_ROUNDS: Record<string, RegExp> = {
  lx: /^r(?:[1-9]|10)-/,
  mx: /^r(?:1-14|5-11|16-11)-/,
  ly: /^r(?:7-1[01]|1-13|1-0[678]|1-15|2-11|3-10|4-0[79]|4-15|5-12|6-0[38]|6-1[13]|7-04|8-1[0245])-/,
};
const LX_NOT_ALL_READ = new Set([
  // Tables and lists the table reader does not read yet: a register of applications, a per-unit table, a glued
  // table with an empty cell, a table flattened column by column.
  "r7-13-new-guihua-2015-application-register.txt",
  "r7-14-new-zone-wide-2016-per-unit-table.txt",
  "r8-13-new-lvwenti-2016-glued-missing-cell.txt",
  "r9-15-new-county-wujia-2011-column-major.txt",
]);

interface Probe {
  year: number;
  format: string;
  values: Record<string, number>;
  absent?: string[];
}

/** Figures these pages state that the reader leaves blank on purpose, each with why. */
const KNOWN_BLANKS: Record<string, readonly string[]> = {};

for (const dir of DIRS) {
  const all = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<string, Probe>;
  const folder = dir.slice(dir.lastIndexOf("/") + 1);
  const lw = folder === "lw";
  const rounds = lw ? LW_ROUNDS : HELD_OUT_ROUNDS[folder];
  const notAllRead = lw ? LW_NOT_ALL_READ : folder === "lx" ? LX_NOT_ALL_READ : new Set<string>();
  const probes = Object.fromEntries(Object.entries(all).filter(([file]) => !rounds || rounds.test(file)));
  describe(`narrative probes (${dir.slice(dir.indexOf("fixtures"))})`, () => {
    const least = folder === "mx" || folder === "ly" ? 1 : 15;
    it(`has at least ${least} probe pages`, () => expect(Object.keys(probes).length).toBeGreaterThanOrEqual(least));
    it.each(Object.keys(probes))("%s", (file) => {
      const want = probes[file];
      const got = parseText(readFileSync(join(dir, file), "utf8"), { fileName: file });
      expect(got.error).toBeUndefined();
      const report = got.value!;
      const misses = scoreFigures(report, want.values).filter((f) => f.outcome !== "exact");
      expect(misses.filter((f) => f.outcome === "silent")).toEqual([]);
      if (notAllRead.has(file)) return;
      expect({ family: report.family, year: report.year }).toEqual({ family: want.format, year: want.year });
      expect(misses.map((f) => `${f.key} ${f.outcome}`)).toEqual((KNOWN_BLANKS[file] ?? []).map((k) => `${k} blank`));
      for (const key of want.absent ?? []) expect(report.values[key], `${key} is not stated`).toBeUndefined();
    });
  });
}
