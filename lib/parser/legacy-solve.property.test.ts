/**
 * Property: perturb one value run of a real or hand-written legacy 统计表 (glue its cells, split a cell with a
 * space, drop a cell, swap two digits) and parse again. Every figure either reads what the page now prints, or
 * is blank, or a finding names it: never a wrong number without a finding.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/test/shared-samples";
import { parseText } from "./index";

interface Sample {
  name: string;
  text: string;
  values: Record<string, number>;
}

const FORMS = join(__dirname, "../../fixtures/legacy-forms");
const REAL = sharedDir("samples/real");

function samples(): Sample[] {
  const out: Sample[] = ["glued-two-columns", "glued-two-columns-lines", "one-column-county"].map((name) => ({
    name,
    text: readFileSync(join(FORMS, `${name}.txt`), "utf8"),
    values: JSON.parse(readFileSync(join(FORMS, `${name}.expected.json`), "utf8")).values,
  }));
  if (!REAL) return out;
  const expected = JSON.parse(readFileSync(join(REAL, "expected.json"), "utf8"));
  for (const [name, e] of Object.entries<{ format: string; values: Record<string, number> }>(expected)) {
    if (e.format === "legacy") out.push({ name, text: readFileSync(join(REAL, name), "utf8"), values: e.values });
  }
  return out;
}

/** Value runs of the table (after its header): offsets and text. */
function runsOf(text: string): { at: number; run: string }[] {
  const header = Math.max(text.lastIndexOf("指标名称"), text.lastIndexOf("指 标 名 称"), text.lastIndexOf("计量单位"));
  if (header < 0) return [];
  return [...text.slice(header).matchAll(/\d+(?: \d+)*/g)]
    .map((m) => ({ at: header + m.index, run: m[0] }))
    .filter(({ at }) => !/[年月日]/.test(text[at + 1] ?? "") && !/\d{4}年/.test(text.slice(at, at + 6)));
}

type Kind = "glue" | "split" | "drop" | "swap";

function perturb(run: string, kind: Kind, pick: number): string | null {
  const parts = run.split(" ");
  if (kind === "glue") return parts.length > 1 ? parts.join("") : null;
  if (kind === "drop") return parts.length > 1 ? parts.filter((_, i) => i !== pick % parts.length).join(" ") : null;
  const inner = [...run.matchAll(/\d(?=\d)/g)].map((m) => m.index);
  if (inner.length === 0) return null;
  const i = inner[pick % inner.length];
  if (kind === "split") return `${run.slice(0, i + 1)} ${run.slice(i + 1)}`;
  if (run[i] === run[i + 1]) return null;
  return run.slice(0, i) + run[i + 1] + run[i] + run.slice(i + 2);
}

const ALL = samples();

describe("legacy tables under perturbation", () => {
  it(`reads exactly, leaves blank or names a finding (${ALL.length} tables)`, () => {
    fc.assert(
      fc.property(
        fc.nat(ALL.length - 1),
        fc.nat(200),
        fc.constantFrom<Kind>("glue", "split", "drop", "swap"),
        fc.nat(30),
        (s, r, kind, pick) => {
          const sample = ALL[s];
          const runs = runsOf(sample.text);
          fc.pre(runs.length > 0);
          const { at, run } = runs[r % runs.length];
          const changed = perturb(run, kind, pick);
          fc.pre(changed !== null);
          const text = sample.text.slice(0, at) + changed + sample.text.slice(at + run.length);
          const report = parseText(text).value;
          if (!report) return; // not read as a report: nothing is shown, nothing is wrong
          const named = new Set(report.findings.flatMap((f) => f.keys));
          for (const [key, printed] of Object.entries(sample.values)) {
            const read = report.values[key];
            if (read === undefined || read === printed || named.has(key)) continue;
            // A swap changes what the page prints for the row it touched: that row may read the new digits.
            const touched = kind === "swap" && (report.sources[key]?.raw ?? "").includes(changed!);
            expect(
              touched,
              `${sample.name} ${kind} «${run}»→«${changed}»: ${key} read ${read}, printed ${printed}`,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
