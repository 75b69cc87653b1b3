/**
 * The §三 and §四 tables as the national template prints them (国办公开办函〔2021〕30号 and 〔2019〕60号),
 * as data: header rows with their row/column spans and body rows whose data cells name canonical keys
 * (../shared/spec/REPORT-FORMATS.md). The UI renders these grids and looks values up by key, so a
 * reader sees the table in the shape of the printed report. Legacy 统计表 rows have no fixed layout
 * here: `legacyRows` rebuilds them from the stored values and the lines they were read from.
 */

import {
  APPLICANTS,
  REVIEW_GROUPS as TEMPLATE_REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTION3,
  SECTION3_RULE_NOTE,
  SECTION3_TITLE,
  SECTION4_TITLE,
  printedLabel,
  type ModernFamily,
} from "./template/modern";

export type TemplateFamily = ModernFamily;

export interface LabelCell {
  kind: "label";
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

export interface ValueCell {
  kind: "value";
  key: string;
}

export type TemplateCell = LabelCell | ValueCell;

export interface TemplateTable {
  id: "apps" | "review";
  title: string;
  head: LabelCell[][];
  body: TemplateCell[][];
}

/** The applicant columns of §三, in the template's order. */
export const APPLICANT_COLUMNS = APPLICANTS.map((a) => ({ suffix: a.key, label: a.label }));

interface OutcomeItem {
  label: string;
  key: string;
}
/** A group of 本年度办理结果: one row (`key`) or a label spanning numbered sub-rows (`items`). */
type OutcomeGroup = OutcomeItem | { label: string; items: OutcomeItem[] };

const ROW_OUTSIDE_RESULTS = new Set(["apps.new", "apps.carried_over", "results", "apps.carried_forward"]);

/** 本年度办理结果 as the family prints it: the groups of lib/template/modern.ts with their sub-rows. */
function outcomeGroups(family: TemplateFamily): OutcomeGroup[] {
  const groups: OutcomeGroup[] = [];
  let open: { label: string; key: string; items: OutcomeItem[] } | null = null;
  for (const row of SECTION3[family]) {
    if (ROW_OUTSIDE_RESULTS.has(row.key)) continue;
    if (row.group) {
      open = { label: printedLabel(row), key: row.key, items: [] };
      groups.push(open);
    } else if (open && row.key.startsWith(`${open.key}.`)) {
      open.items.push({ label: printedLabel(row), key: row.key });
    } else {
      open = null;
      groups.push({ label: printedLabel(row), key: row.key });
    }
  }
  return groups;
}

const rowOf = (family: TemplateFamily, key: string) => SECTION3[family].find((row) => row.key === key)!;

function valueCells(rowKey: string): ValueCell[] {
  return APPLICANT_COLUMNS.map((c) => ({ kind: "value", key: `${rowKey}.${c.suffix}` }));
}

function outcomeRows(family: TemplateFamily): TemplateCell[][] {
  const groups = outcomeGroups(family);
  const rowCount = groups.reduce((n, g) => n + ("items" in g ? g.items.length : 1), 0);
  const rows: TemplateCell[][] = [];
  for (const group of groups) {
    const lead: TemplateCell[] =
      rows.length === 0 ? [{ kind: "label", text: printedLabel(rowOf(family, "results")), rowSpan: rowCount }] : [];
    if (!("items" in group)) {
      rows.push([...lead, { kind: "label", text: group.label, colSpan: 2 }, ...valueCells(group.key)]);
      continue;
    }
    group.items.forEach((item, i) => {
      const groupLabel: TemplateCell[] =
        i === 0 ? [{ kind: "label", text: group.label, rowSpan: group.items.length }] : [];
      rows.push([
        ...(i === 0 ? lead : []),
        ...groupLabel,
        { kind: "label", text: item.label },
        ...valueCells(item.key),
      ]);
    });
  }
  return rows;
}

function appsTable(family: TemplateFamily): TemplateTable {
  const head: LabelCell[][] = [
    [
      { kind: "label", text: SECTION3_RULE_NOTE, rowSpan: 3, colSpan: 3 },
      { kind: "label", text: "申请人情况", colSpan: 7 },
    ],
    [
      { kind: "label", text: APPLICANT_COLUMNS[0].label, rowSpan: 2 },
      { kind: "label", text: "法人或其他组织", colSpan: 5 },
      { kind: "label", text: APPLICANT_COLUMNS[6].label, rowSpan: 2 },
    ],
    APPLICANT_COLUMNS.slice(1, 6).map((c) => ({ kind: "label", text: c.label })),
  ];
  const whole = (key: string): TemplateCell[] => [
    { kind: "label", text: printedLabel(rowOf(family, key)), colSpan: 3 },
    ...valueCells(key),
  ];
  const body = [whole("apps.new"), whole("apps.carried_over"), ...outcomeRows(family), whole("apps.carried_forward")];
  return { id: "apps", title: SECTION3_TITLE, head, body };
}

const RESULT_COLUMNS = REVIEW_RESULTS.map((r) => ({ suffix: r.key, label: r.label }));
const REVIEW_GROUPS = TEMPLATE_REVIEW_GROUPS.map((g) => g.key);

function reviewTable(): TemplateTable {
  const [review, direct, afterReview] = TEMPLATE_REVIEW_GROUPS;
  const results = (rowSpan?: number): LabelCell[] =>
    RESULT_COLUMNS.map((c) => ({ kind: "label", text: c.label, ...(rowSpan ? { rowSpan } : {}) }));
  const head: LabelCell[][] = [
    [
      { kind: "label", text: review.label, colSpan: 5 },
      { kind: "label", text: direct.parent, colSpan: 10 },
    ],
    [
      ...results(2),
      { kind: "label", text: direct.label, colSpan: 5 },
      { kind: "label", text: afterReview.label, colSpan: 5 },
    ],
    [...results(), ...results()],
  ];
  const body: TemplateCell[][] = [
    REVIEW_GROUPS.flatMap((g) => RESULT_COLUMNS.map((c): ValueCell => ({ kind: "value", key: `${g}.${c.suffix}` }))),
  ];
  return { id: "review", title: SECTION4_TITLE, head, body };
}

/** The §三 and §四 tables of a family, in print order. */
export function templateTables(family: TemplateFamily): TemplateTable[] {
  return [appsTable(family), reviewTable()];
}

/** Every key a family's §三/§四 tables print, in reading order. */
export function templateKeys(family: TemplateFamily): string[] {
  return templateTables(family).flatMap((t) =>
    t.body.flatMap((row) => row.flatMap((c) => (c.kind === "value" ? [c.key] : []))),
  );
}

export function isTemplateFamily(family: string | null | undefined): family is TemplateFamily {
  return family === "2021" || family === "2019";
}

/** A stored figure: `value` null = the cell was printed blank; `line` = 1-based line in the report text. */
export interface StoredValue {
  value: number | null;
  line: number | null;
}

/** What a table cell shows: a number, a blank the report left empty, or nothing read at all. */
export type CellState =
  | { state: "value"; value: number; line: number | null }
  | { state: "blank"; line: number | null }
  | { state: "absent" };

export function cellState(key: string, values: ReadonlyMap<string, StoredValue>): CellState {
  const stored = values.get(key);
  if (!stored) return { state: "absent" };
  if (stored.value === null) return { state: "blank", line: stored.line };
  return { state: "value", value: stored.value, line: stored.line };
}

/** One row of a legacy 统计表 as the report printed it. */
export interface LegacyRow {
  key: string;
  label: string;
  unit: string;
  line: number | null;
}

const MAX_LABEL = 80;
const NUMERIC_CELL = /^[-—–]*\s*[\d.,]*\s*$/;

/** Label and unit of a `label | unit | value` line; null when the line holds no usable label. */
function labelFromLine(text: string): { label: string; unit: string } | null {
  const cells = text.split("|").map((c) => c.trim());
  const label = cells[0]?.slice(0, MAX_LABEL) ?? "";
  if (!label || NUMERIC_CELL.test(label)) return null;
  const unit = cells.length >= 3 && !NUMERIC_CELL.test(cells[1]) ? cells[1].slice(0, 8) : "";
  return { label, unit };
}

/**
 * The `legacy.*` rows of a report in the order it printed them, labelled with the row's own text (the
 * parser's key names are ours, the labels are the report's). Rows without a line keep their key.
 */
export function legacyRows(
  values: ReadonlyMap<string, StoredValue>,
  lineText: (line: number) => string | undefined,
): LegacyRow[] {
  const rows: LegacyRow[] = [];
  for (const [key, stored] of values) {
    if (!key.startsWith("legacy.")) continue;
    // A blank with no line is a heading row the parser noted but cannot place: nothing to show or point at.
    if (stored.value === null && stored.line === null) continue;
    const text = stored.line === null ? undefined : lineText(stored.line);
    const parsed = text === undefined ? null : labelFromLine(text);
    rows.push({
      key,
      label: parsed?.label ?? key.slice("legacy.".length),
      unit: parsed?.unit ?? "",
      line: stored.line,
    });
  }
  const order = (r: LegacyRow) => r.line ?? Number.MAX_SAFE_INTEGER;
  return rows.sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key));
}
