/**
 * Group sums the template prints no row for: outcome.denied/unable/rejected (and outcome.other in 2021)
 * per applicant column, and litigation.* = direct + after review. A printed value always wins. A sum one of
 * whose parts was left undecided (a parser finding names it) is left out too, and that finding names the sum:
 * summing the parts that were read would give a figure short of the printed ones, with nothing to say so.
 */
import { APPLICANT_COLUMNS, DERIVED_GROUPS, REVIEW_FIELDS, SECTION3_2019, SECTION3_2021 } from "./labels";
import type { Family, Finding, TableValues } from "./types";

interface Sum {
  key: string;
  parts: string[];
  /** The source's raw for the sum ("sum of a + b"), built once. */
  raw: string;
}

const sum = (key: string, parts: string[]): Sum => ({ key, parts, raw: `sum of ${parts.join(" + ")}` });

function sumsOf(family: Exclude<Family, "legacy">): Sum[] {
  const specs = family === "2021" ? SECTION3_2021 : SECTION3_2019;
  const sums: Sum[] = [];
  for (const group of DERIVED_GROUPS) {
    const items = specs.filter((s) => s.key.startsWith(`${group}.`)).map((s) => s.key);
    if (items.length === 0) continue;
    for (const col of APPLICANT_COLUMNS)
      sums.push(
        sum(
          `${group}.${col}`,
          items.map((i) => `${i}.${col}`),
        ),
      );
  }
  for (const f of REVIEW_FIELDS) {
    sums.push(sum(`litigation.${f}`, [`litigation_direct.${f}`, `litigation_after_review.${f}`]));
  }
  return sums;
}

// Computed once: the sums are fixed by the template.
const SUMS = { "2021": sumsOf("2021"), "2019": sumsOf("2019") };

export function addDerivedSums(
  table: TableValues,
  family: Exclude<Family, "legacy">,
  issues: Finding[] = [],
): TableValues {
  const blanks = new Set(table.blanks);
  // Cells neither read nor read as blank: a reading left them undecided (a finding names them). A printed
  // blank counts as nothing, as the sums of a table with empty cells are read.
  // A row whose cells could not be read at all (an error names them) is undecided too, though stored as blank.
  const failed = new Set(issues.filter((f) => f.severity === "error").flatMap((f) => f.keys));
  const unread = (k: string) => !(k in table.values) && (!blanks.has(k) || failed.has(k));
  // A 2019 report may print (六)其他处理 as the 2021 table's three sub-items: their sum is derived too.
  const sums = family === "2019" && !("outcome.other.total" in table.values) ? SUMS["2021"] : SUMS[family];
  for (const { key, parts, raw } of sums) {
    if (key in table.values || blanks.has(key)) continue;
    const missing = parts.filter(unread);
    if (missing.length > 0 && missing.length < parts.length) {
      // A new array: a finding's keys may be a list its stage shares between findings (§四's KEYS).
      for (const f of issues)
        if (f.keys.some((k) => missing.includes(k)) && !f.keys.includes(key)) f.keys = [...f.keys, key];
      continue;
    }
    let total = 0;
    let first: string | null = null;
    for (const p of parts) {
      if (!(p in table.values)) continue;
      total += table.values[p];
      first ??= p;
    }
    if (first === null) {
      if (parts.some((p) => blanks.has(p))) blanks.add(key);
      continue;
    }
    table.values[key] = total;
    // A sum is as doubtful as its parts: a finding that questions a part names the sum too.
    for (const f of issues)
      if (f.severity !== "info" && !f.keys.includes(key) && f.keys.some((k) => parts.includes(k)))
        f.keys = [...f.keys, key];
    const src = table.sources[first];
    if (src) table.sources[key] = { line: src.line, raw };
  }
  return { ...table, blanks: [...blanks] };
}
