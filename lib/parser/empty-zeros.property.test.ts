/**
 * Property: a §三/§四 table whose zeros are empty cells (spaces kept) or dashes, with its spacing disturbed (a
 * space taken out of a run or put into one, every run collapsed to one space, two figures swapped, a dash
 * dropped). Every figure either reads what the page printed, or is blank, or a finding names it: never a
 * wrong number without a finding.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const DIR = join(__dirname, "../../fixtures/regressions");
const SAMPLES = ["flat-zeros-empty-spaces-kept-2022", "flat-zeros-marker-2019-template-2020"].map((name) => ({
  name,
  text: readFileSync(join(DIR, `${name}.txt`), "utf8"),
  values: JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")).values as Record<string, number>,
}));

type Kind = "shrink" | "grow" | "collapse" | "swap" | "drop-marker";

/** The tables: from §三's header to §五. */
function tableSpan(text: string): [number, number] {
  return [text.indexOf("申请人情况"), text.indexOf("五、存在的主要问题")];
}

function perturb(text: string, kind: Kind, pick: number): string | null {
  const [from, to] = tableSpan(text);
  const table = text.slice(from, to);
  const edit = (t: string) => text.slice(0, from) + t + text.slice(to);
  const at = <T>(xs: T[]): T | null => (xs.length ? xs[pick % xs.length] : null);
  if (kind === "collapse") return edit(table.replace(/ {2,}/g, " "));
  if (kind === "shrink") {
    const m = at([...table.matchAll(/ {2,}(?=[\d—/-])/g)]);
    return m ? edit(table.slice(0, m.index) + table.slice(m.index + 1)) : null;
  }
  if (kind === "grow") {
    const m = at([...table.matchAll(/(?<=\d) +(?=\d)/g)]);
    return m ? edit(`${table.slice(0, m.index)} ${table.slice(m.index)}`) : null;
  }
  if (kind === "drop-marker") {
    const m = at([...table.matchAll(/[—/](?= )/g)]);
    return m ? edit(table.slice(0, m.index) + table.slice(m.index + 1)) : null;
  }
  const m = at([...table.matchAll(/(?<= )(\d+)( +)(\d+)(?= )/g)]);
  if (!m || m[1] === m[3]) return null;
  return edit(table.slice(0, m.index) + m[3] + m[2] + m[1] + table.slice(m.index + m[0].length));
}

describe("zeros printed empty or as dashes, under perturbation", () => {
  it("reads exactly, leaves blank or names a finding", () => {
    fc.assert(
      fc.property(
        fc.nat(SAMPLES.length - 1),
        fc.constantFrom<Kind>("shrink", "grow", "collapse", "swap", "drop-marker"),
        fc.nat(200),
        (s, kind, pick) => {
          const sample = SAMPLES[s];
          const text = perturb(sample.text, kind, pick);
          fc.pre(text !== null);
          const report = parseText(text as string).value;
          if (!report) return;
          const named = new Set(report.findings.flatMap((f) => f.keys));
          for (const [key, printed] of Object.entries(sample.values)) {
            const got: number | undefined = report.values[key];
            if (got === undefined || got === printed || named.has(key)) continue;
            expect.fail(`${sample.name} ${kind} ${pick}: ${key} read ${got}, printed ${printed}, no finding`);
          }
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });
});
