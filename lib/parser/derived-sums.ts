/**
 * Group sums the template prints no row for: outcome.denied/unable/rejected (and outcome.other in 2021)
 * per applicant column, and litigation.* = direct + after review. A printed value always wins.
 */
import { APPLICANT_COLUMNS, DERIVED_GROUPS, REVIEW_FIELDS, SECTION3_2019, SECTION3_2021 } from "./labels";
import type { Family, TableValues } from "./types";

function sumInto(table: TableValues, key: string, parts: string[]): void {
  if (key in table.values || table.blanks.includes(key)) return;
  const present = parts.filter((p) => p in table.values);
  if (present.length === 0) {
    if (parts.some((p) => table.blanks.includes(p))) table.blanks.push(key);
    return;
  }
  table.values[key] = present.reduce((s, p) => s + table.values[p], 0);
  const src = table.sources[present[0]];
  if (src) table.sources[key] = { line: src.line, raw: `sum of ${parts.join(" + ")}` };
}

export function addDerivedSums(table: TableValues, family: Exclude<Family, "legacy">): void {
  const specs = family === "2021" ? SECTION3_2021 : SECTION3_2019;
  for (const group of DERIVED_GROUPS) {
    const items = specs.filter((s) => s.key.startsWith(`${group}.`)).map((s) => s.key);
    if (items.length === 0) continue;
    for (const col of APPLICANT_COLUMNS) sumInto(table, `${group}.${col}`, items.map((i) => `${i}.${col}`));
  }
  for (const f of REVIEW_FIELDS) {
    sumInto(table, `litigation.${f}`, [`litigation_direct.${f}`, `litigation_after_review.${f}`]);
  }
}
