/**
 * Generated legacy 统计表 pages (bench/legacy-forms-gen.ts, the pages `npm run bench:legacy` scores) read by the
 * real parser: no figure and no year may come out wrong without a finding naming it, in any class. A smaller
 * sample than the bench, with a seed of its own so the test does not only replay what the bench was tuned on.
 */
import { describe, expect, it } from "vitest";
import { mixSeed, Rng } from "@/lib/corpus/random";
import { parseText } from "@/lib/parser/index";
import { CORE_SCORED, FORM_CLASSES, generateForm } from "@/bench/legacy-forms-gen";

const PAGES_PER_CLASS = 15;
const SEED = 20261206;

describe("generated legacy forms: never wrong without a finding", () => {
  for (const cls of FORM_CLASSES) {
    it(cls, () => {
      const silent: string[] = [];
      let exact = 0;
      let scored = 0;
      for (let i = 0; i < PAGES_PER_CLASS; i++) {
        const form = generateForm(cls, new Rng(mixSeed(SEED, FORM_CLASSES.indexOf(cls), i)));
        const report = parseText(form.text).value;
        expect(report, `${cls} #${i} is read as a report`).toBeTruthy();
        if (!report) continue;
        const named = new Set(report.findings.flatMap((f) => f.keys));
        for (const [key, want] of Object.entries(form.expected)) {
          const got = report.values[key];
          scored++;
          if (got === want) exact++;
          else if (got !== undefined && !named.has(key)) silent.push(`#${i} ${key}=${got}, printed ${want}`);
        }
        for (const key of CORE_SCORED) {
          if (!(key in form.expected) && key in report.values && !named.has(key)) {
            silent.push(`#${i} ${key}=${report.values[key]}, not stated on the page`);
          }
        }
        if (report.year !== form.year && !named.has("year")) silent.push(`#${i} year ${report.year}/${form.year}`);
      }
      expect(silent).toEqual([]);
      // Most figures read exactly; the rest are blank or carry a finding.
      expect(exact / scored).toBeGreaterThan(0.8);
    });
  }
});
