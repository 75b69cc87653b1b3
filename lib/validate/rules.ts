/**
 * The template's 勾稽 rules as data (REPORT-FORMATS.md "Consistency rules"): each rule says a printed figure
 * (`actual`) must equal the sum of its parts (`expected`). Built once at load from the templates
 * (lib/template/), so the row lists and their wording live in one place.
 */
import { APPLICANTS, REVIEW_GROUPS as TEMPLATE_REVIEW_GROUPS, REVIEW_RESULTS, SECTION3 } from "@/lib/template/modern";
import type { Family, Severity } from "@/lib/parser/types";
import { LEGACY_SUM_RULES } from "@/lib/template/legacy";

export interface SumRule {
  rule: string;
  severity: Severity;
  /** Short Chinese description shown in the UI. */
  title: string;
  families: readonly Family[];
  /** The printed figure(s) — summed when more than one. */
  actual: readonly string[];
  /** The parts that must add up to it. */
  expected: readonly string[];
  /** Parts not printed count as 0 as long as one part is printed (legacy tables vary by province and year). */
  partsOptional?: boolean;
  /** Skip when any of these is printed (the rule is then implied by the sub-items' own rules). */
  unlessPresent?: readonly string[];
  /** The printed figure may count a column outside the parts (ValueSource.outside): added to the parts' sum. */
  countsOutside?: boolean;
}

const MODERN: readonly Family[] = ["2021", "2019"];

const APPLICANT_COLUMNS = APPLICANTS.map((a) => a.key);
const REVIEW_GROUPS = TEMPLATE_REVIEW_GROUPS.map((g) => g.key);
const PARTY_COLUMNS = APPLICANT_COLUMNS.filter((c) => c !== "total");
const SECTION3_ROWS = [...SECTION3["2021"], ...SECTION3["2019"]];

export const COLUMN_LABELS: Record<string, string> = Object.fromEntries(APPLICANTS.map((a) => [a.key, a.label]));

const GROUP_LABELS: Record<string, string> = Object.fromEntries(TEMPLATE_REVIEW_GROUPS.map((g) => [g.key, g.label]));

/** Row key → the template's wording, for messages. */
const ROW_LABELS: Record<string, string> = Object.fromEntries(SECTION3_ROWS.map((s) => [s.key, s.label]));

/** §三 rows the template prints (group headings excluded), over both families. */
const PRINTED_ROWS: readonly string[] = [...new Set(SECTION3_ROWS.filter((s) => !s.group).map((s) => s.key))];
const OTHER_ITEMS = PRINTED_ROWS.filter((k) => k.startsWith("outcome.other."));
const OUTCOME_ITEMS = PRINTED_ROWS.filter(
  (k) => k.startsWith("outcome.") && k !== "outcome.total" && !k.startsWith("outcome.other"),
);

function balanceRules(): SumRule[] {
  return APPLICANT_COLUMNS.map((c) => ({
    rule: "R1",
    severity: "error",
    title: `申请数量不平衡(${COLUMN_LABELS[c]}):本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度`,
    families: MODERN,
    actual: [`outcome.total.${c}`, `apps.carried_forward.${c}`],
    expected: [`apps.new.${c}`, `apps.carried_over.${c}`],
  }));
}

function rowTotalRules(): SumRule[] {
  return [...PRINTED_ROWS.filter((k) => k !== "outcome.other"), "outcome.other"].map((row) => ({
    rule: "R2",
    severity: "error",
    title: `行合计不符(${ROW_LABELS[row] ?? row}):总计 ≠ 六类申请人之和`,
    families: MODERN,
    actual: [`${row}.total`],
    expected: PARTY_COLUMNS.map((c) => `${row}.${c}`),
    countsOutside: true,
    ...(row === "outcome.other" ? { unlessPresent: OTHER_ITEMS.map((k) => `${k}.total`) } : {}),
  }));
}

function outcomeRules(): SumRule[] {
  return APPLICANT_COLUMNS.map((c) => ({
    rule: "R3",
    severity: "error",
    title: `办理结果总计不符(${COLUMN_LABELS[c]}):总计 ≠ 各项办理结果之和`,
    families: MODERN,
    actual: [`outcome.total.${c}`],
    expected: [...OUTCOME_ITEMS, "outcome.other"].map((k) => `${k}.${c}`),
  }));
}

function reviewRules(): SumRule[] {
  return REVIEW_GROUPS.map((g) => ({
    rule: "R4",
    severity: "error",
    title: `${GROUP_LABELS[g]}总计不符:总计 ≠ 维持 + 纠正 + 其他 + 尚未审结`,
    families: MODERN,
    actual: [`${g}.total`],
    expected: ["upheld", "corrected", "other", "pending"].map((f) => `${g}.${f}`),
  }));
}

const L = (name: string) => `legacy.${name}`;

const LEGACY_RULES: SumRule[] = LEGACY_SUM_RULES.map((r) => ({
  rule: r.rule,
  severity: r.severity,
  title: r.title,
  families: ["legacy"],
  actual: [r.total],
  expected: r.parts,
  partsOptional: true,
}));

export const SUM_RULES: readonly SumRule[] = [
  ...balanceRules(),
  ...rowTotalRules(),
  ...outcomeRules(),
  ...reviewRules(),
  ...LEGACY_RULES,
];

/** Cells each family's table must have (R6 "the table has the cells its family requires"). */
export const REQUIRED_CELLS: Record<Family, readonly string[]> = {
  "2021": requiredModern(),
  "2019": requiredModern(),
  legacy: [L("apps.received"), L("review.total"), L("litigation.total")],
};

function requiredModern(): string[] {
  const balanceRows = ["apps.new", "apps.carried_over", "outcome.total", "apps.carried_forward"];
  const totals = [...OUTCOME_ITEMS, "outcome.other"].map((k) => `${k}.total`);
  const review = REVIEW_GROUPS.flatMap((g) => REVIEW_RESULTS.map((f) => `${g}.${f.key}`));
  return [...balanceRows.flatMap((r) => APPLICANT_COLUMNS.map((c) => `${r}.${c}`)), ...totals, ...review];
}

/** Figures that are amounts or ratios, not counts (may be decimal). */
export function isCountKey(key: string): boolean {
  return !key.endsWith("amount_wan") && !key.endsWith("_pct");
}

/** 2019 §二 本年增/减 (`active.*.change`) is a difference and may be negative. */
export function mayBeNegative(key: string): boolean {
  return key.endsWith(".change");
}
