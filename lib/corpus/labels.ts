/**
 * The templates' printed labels and the canonical keys they carry, in the shape the generator prints them:
 * the 2021/2019 rows come from lib/template/modern.ts, the legacy rows from lib/template/legacy.ts.
 */
import { LEGACY_FORM, legacyPrintedLabel } from "@/lib/template/legacy";
import {
  APPLICANTS as TEMPLATE_APPLICANTS,
  DERIVED_GROUPS,
  REVIEW_GROUPS as TEMPLATE_REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTION3,
  printedLabel,
  type ModernFamily,
} from "@/lib/template/modern";

export const APPLICANTS = TEMPLATE_APPLICANTS.filter((a) => a.key !== "total").map((a) => a.key);
export type Applicant = (typeof APPLICANTS)[number];

/**
 * An outcome leaf: the row key, the group label printed in the row's first cell (when it opens a group), the row label.
 */
export interface OutcomeLeaf {
  key: string;
  group: string | null;
  label: string;
}

const OUTSIDE_RESULTS = new Set(["apps.new", "apps.carried_over", "results", "outcome.total", "apps.carried_forward"]);

/** The outcome rows of a family (lib/template/modern.ts), each with the group label it opens, if any. */
function outcomeLeaves(family: ModernFamily): OutcomeLeaf[] {
  const rows = SECTION3[family];
  const leaves: OutcomeLeaf[] = [];
  let pending: string | null = printedLabel(rows.find((r) => r.key === "results")!);
  for (const row of rows) {
    if (OUTSIDE_RESULTS.has(row.key)) continue;
    if (row.group) {
      pending = printedLabel(row);
      continue;
    }
    leaves.push({ key: row.key, group: pending, label: printedLabel(row) });
    pending = null;
  }
  return leaves;
}

export const OUTCOME_LEAVES_2021: OutcomeLeaf[] = outcomeLeaves("2021");
export const OUTCOME_LEAVES_2019: OutcomeLeaf[] = outcomeLeaves("2019");

/** Derived group rows: their keys and the prefixes of the leaves they sum. */
export const OUTCOME_GROUPS = DERIVED_GROUPS;

const labelOf = (key: string) => printedLabel(SECTION3["2021"].find((r) => r.key === key)!);
export const APPS_NEW_LABEL = labelOf("apps.new");
export const APPS_CARRIED_OVER_LABEL = labelOf("apps.carried_over");
export const OUTCOME_TOTAL_LABEL = labelOf("outcome.total");
export const CARRIED_FORWARD_LABEL = labelOf("apps.carried_forward");

export const REVIEW_GROUPS = TEMPLATE_REVIEW_GROUPS.map((g) => g.key);
export const REVIEW_PARTS = REVIEW_RESULTS.map((r) => r.key);

/**
 * Legacy 统计表 rows (seed 001): label, unit, key (null: the row prints no figure, e.g. 三、依申请公开情况), from
 * the form in lib/template/legacy.ts, so truth and parser compare.
 */
export const LEGACY_ROWS: [string, string, string | null][] = LEGACY_FORM.map((row) => [
  legacyPrintedLabel(row),
  row.unit,
  row.key,
]);
