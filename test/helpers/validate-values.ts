/**
 * Hand-built value maps for the validation tests: a 2021-family report whose every figure agrees with
 * the template's rules, built the way the parser fills `values` (printed cells plus derived group sums).
 */
import { APPLICANT_COLUMNS, REVIEW_GROUPS, SECTION3_2021 } from "@/lib/parser/labels";
import type { ReportMeta } from "@/lib/parser/meta";

const PARTIES = APPLICANT_COLUMNS.filter((c) => c !== "total");
const ITEMS = SECTION3_2021.filter((s) => !s.group && s.key.startsWith("outcome.") && s.key !== "outcome.total").map(
  (s) => s.key,
);
const GROUPS = ["outcome.denied", "outcome.unable", "outcome.rejected", "outcome.other"];

export function consistentValues(): Record<string, number> {
  const v: Record<string, number> = {};
  PARTIES.forEach((col, j) => {
    let handled = 0;
    ITEMS.forEach((item, i) => {
      v[`${item}.${col}`] = (i + j) % 3;
      handled += (i + j) % 3;
    });
    v[`outcome.total.${col}`] = handled;
    v[`apps.carried_over.${col}`] = j % 2;
    v[`apps.carried_forward.${col}`] = 1;
    v[`apps.new.${col}`] = handled + 1 - (j % 2);
  });
  for (const row of [...ITEMS, "outcome.total", "apps.new", "apps.carried_over", "apps.carried_forward"]) {
    v[`${row}.total`] = PARTIES.reduce((s, c) => s + v[`${row}.${c}`], 0);
  }
  for (const group of GROUPS) {
    for (const col of APPLICANT_COLUMNS) {
      v[`${group}.${col}`] = ITEMS.filter((k) => k.startsWith(`${group}.`)).reduce((s, k) => s + v[`${k}.${col}`], 0);
    }
  }
  REVIEW_GROUPS.forEach((g, i) => {
    const parts = { upheld: i + 1, corrected: i, other: 0, pending: 1 };
    Object.entries(parts).forEach(([f, n]) => (v[`${g}.${f}`] = n));
    v[`${g}.total`] = Object.values(parts).reduce((a, b) => a + b, 0);
  });
  return v;
}

export function metaFor(year: number, extra: Partial<ReportMeta> = {}): ReportMeta {
  return {
    agencyName: "某区人民政府",
    agencyLine: 1,
    year,
    yearEvidence: { title: year, period: year },
    published: null,
    narrative: {},
    ...extra,
  };
}
