/**
 * The §三 and §四 tables as the national template prints them (国办公开办函〔2021〕30号 and 〔2019〕60号),
 * as data: header rows with their row/column spans and body rows whose data cells name canonical keys
 * (../shared/spec/REPORT-FORMATS.md). The UI renders these grids and looks values up by key, so a
 * reader sees the table in the shape of the printed report. Legacy 统计表 rows have no fixed layout
 * here: `legacyRows` rebuilds them from the stored values and the lines they were read from.
 */

export type TemplateFamily = "2021" | "2019";

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
export const APPLICANT_COLUMNS = [
  { suffix: "natural_person", label: "自然人" },
  { suffix: "commercial", label: "商业企业" },
  { suffix: "research", label: "科研机构" },
  { suffix: "public_interest", label: "社会公益组织" },
  { suffix: "legal_service", label: "法律服务机构" },
  { suffix: "other_org", label: "其他" },
  { suffix: "total", label: "总计" },
] as const;

interface OutcomeItem {
  label: string;
  key: string;
}
/** A group of 本年度办理结果: one row (`key`) or a label spanning numbered sub-rows (`items`). */
type OutcomeGroup = OutcomeItem | { label: string; items: OutcomeItem[] };

const DENIED: OutcomeGroup = {
  label: "(三)不予公开",
  items: [
    { label: "1.属于国家秘密", key: "outcome.denied.state_secret" },
    { label: "2.其他法律行政法规禁止公开", key: "outcome.denied.prohibited_by_law" },
    { label: "3.危及“三安全一稳定”", key: "outcome.denied.three_safeties" },
    { label: "4.保护第三方合法权益", key: "outcome.denied.third_party" },
    { label: "5.属于三类内部事务信息", key: "outcome.denied.internal_affairs" },
    { label: "6.属于四类过程性信息", key: "outcome.denied.process_info" },
    { label: "7.属于行政执法案卷", key: "outcome.denied.enforcement_file" },
    { label: "8.属于行政查询事项", key: "outcome.denied.admin_query" },
  ],
};

const UNABLE: OutcomeGroup = {
  label: "(四)无法提供",
  items: [
    { label: "1.本机关不掌握相关政府信息", key: "outcome.unable.not_held" },
    { label: "2.没有现成信息需要另行制作", key: "outcome.unable.needs_creation" },
    { label: "3.补正后申请内容仍不明确", key: "outcome.unable.unclear" },
  ],
};

const REJECTED: OutcomeGroup = {
  label: "(五)不予处理",
  items: [
    { label: "1.信访举报投诉类申请", key: "outcome.rejected.petition" },
    { label: "2.重复申请", key: "outcome.rejected.duplicate" },
    { label: "3.要求提供公开出版物", key: "outcome.rejected.publication" },
    { label: "4.无正当理由大量反复申请", key: "outcome.rejected.excessive" },
    { label: "5.要求行政机关确认或重新出具已获取信息", key: "outcome.rejected.confirmation" },
  ],
};

const OTHER_2021: OutcomeGroup = {
  label: "(六)其他处理",
  items: [
    {
      label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      key: "outcome.other.no_correction",
    },
    {
      label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      key: "outcome.other.unpaid_fee",
    },
    { label: "3.其他", key: "outcome.other.misc" },
  ],
};

/** The 2019 template prints (六)其他处理 as one row; 2021 split it into three. */
const OTHER_2019: OutcomeGroup = { label: "(六)其他处理", key: "outcome.other" };

function outcomeGroups(family: TemplateFamily): OutcomeGroup[] {
  return [
    { label: "(一)予以公开", key: "outcome.granted" },
    { label: "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", key: "outcome.partial" },
    DENIED,
    UNABLE,
    REJECTED,
    family === "2021" ? OTHER_2021 : OTHER_2019,
    { label: "(七)总计", key: "outcome.total" },
  ];
}

function valueCells(rowKey: string): ValueCell[] {
  return APPLICANT_COLUMNS.map((c) => ({ kind: "value", key: `${rowKey}.${c.suffix}` }));
}

function outcomeRows(family: TemplateFamily): TemplateCell[][] {
  const groups = outcomeGroups(family);
  const rowCount = groups.reduce((n, g) => n + ("items" in g ? g.items.length : 1), 0);
  const rows: TemplateCell[][] = [];
  for (const group of groups) {
    const lead: TemplateCell[] = rows.length === 0 ? [{ kind: "label", text: "三、本年度办理结果", rowSpan: rowCount }] : [];
    if (!("items" in group)) {
      rows.push([...lead, { kind: "label", text: group.label, colSpan: 2 }, ...valueCells(group.key)]);
      continue;
    }
    group.items.forEach((item, i) => {
      const groupLabel: TemplateCell[] =
        i === 0 ? [{ kind: "label", text: group.label, rowSpan: group.items.length }] : [];
      rows.push([...(i === 0 ? lead : []), ...groupLabel, { kind: "label", text: item.label }, ...valueCells(item.key)]);
    });
  }
  return rows;
}

function appsTable(family: TemplateFamily): TemplateTable {
  const head: LabelCell[][] = [
    [
      { kind: "label", text: "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", rowSpan: 3, colSpan: 3 },
      { kind: "label", text: "申请人情况", colSpan: 7 },
    ],
    [
      { kind: "label", text: "自然人", rowSpan: 2 },
      { kind: "label", text: "法人或其他组织", colSpan: 5 },
      { kind: "label", text: "总计", rowSpan: 2 },
    ],
    APPLICANT_COLUMNS.slice(1, 6).map((c) => ({ kind: "label", text: c.label })),
  ];
  const whole = (text: string, key: string): TemplateCell[] => [
    { kind: "label", text, colSpan: 3 },
    ...valueCells(key),
  ];
  const body = [
    whole("一、本年新收政府信息公开申请数量", "apps.new"),
    whole("二、上年结转政府信息公开申请数量", "apps.carried_over"),
    ...outcomeRows(family),
    whole("四、结转下年度继续办理", "apps.carried_forward"),
  ];
  return { id: "apps", title: "三、收到和处理政府信息公开申请情况", head, body };
}

const RESULT_COLUMNS = [
  { suffix: "upheld", label: "结果维持" },
  { suffix: "corrected", label: "结果纠正" },
  { suffix: "other", label: "其他结果" },
  { suffix: "pending", label: "尚未审结" },
  { suffix: "total", label: "总计" },
] as const;

const REVIEW_GROUPS = ["review", "litigation_direct", "litigation_after_review"] as const;

function reviewTable(): TemplateTable {
  const results = (rowSpan?: number): LabelCell[] =>
    RESULT_COLUMNS.map((c) => ({ kind: "label", text: c.label, ...(rowSpan ? { rowSpan } : {}) }));
  const head: LabelCell[][] = [
    [
      { kind: "label", text: "行政复议", colSpan: 5 },
      { kind: "label", text: "行政诉讼", colSpan: 10 },
    ],
    [
      ...results(2),
      { kind: "label", text: "未经复议直接起诉", colSpan: 5 },
      { kind: "label", text: "复议后起诉", colSpan: 5 },
    ],
    [...results(), ...results()],
  ];
  const body: TemplateCell[][] = [
    REVIEW_GROUPS.flatMap((g) => RESULT_COLUMNS.map((c): ValueCell => ({ kind: "value", key: `${g}.${c.suffix}` }))),
  ];
  return { id: "review", title: "四、政府信息公开行政复议、行政诉讼情况", head, body };
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
    rows.push({ key, label: parsed?.label ?? key.slice("legacy.".length), unit: parsed?.unit ?? "", line: stored.line });
  }
  const order = (r: LegacyRow) => r.line ?? Number.MAX_SAFE_INTEGER;
  return rows.sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key));
}
