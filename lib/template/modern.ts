/**
 * The 2021 and 2019 templates (国办公开办函〔2021〕30号, 〔2019〕60号) as data, defined once: every §三 row with
 * its canonical key (../shared/spec/REPORT-FORMATS.md), item number, the template's wording and the fragments real
 * reports leave of it; the applicant columns; §四's groups and result columns; §二's rows and cells. The parser
 * (lib/parser/labels.ts), the checks (lib/validate/rules.ts), the printed-table views (lib/template-table.ts) and
 * the corpus generator (lib/corpus/labels.ts) all read from here. Imports nothing.
 *
 * Fragments come after the wording and short ones last: PDF readers break long labels with cell borders inside
 * them ("2.申请人逾期未按收 | 0 | … 费通知要求…"), and real reports misprint them ("其他法律行政止公开").
 */

export type ModernFamily = "2021" | "2019";

export const MODERN_TEMPLATES: Record<ModernFamily, { source: string; years: readonly [number, number | null] }> = {
  "2021": { source: "国办公开办函〔2021〕30号", years: [2021, null] },
  "2019": { source: "国办公开办函〔2019〕60号", years: [2019, 2020] },
};

/** §三's applicant columns, in the template's order; the last is the row total. */
export const APPLICANTS = [
  { key: "natural_person", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "public_interest", label: "社会公益组织" },
  { key: "legal_service", label: "法律服务机构" },
  { key: "other_org", label: "其他" },
  { key: "total", label: "总计" },
] as const;

export type ApplicantKey = (typeof APPLICANTS)[number]["key"];

export interface TemplateRow {
  /** Canonical key prefix (`apps.new`), or a group's key when `group` is set. */
  key: string;
  /** Item number as printed: "一" → 一、, "(三)" as is, "2" → 2. */
  prefix: string;
  /** The template's wording, without the item number. */
  label: string;
  /** Words the template prints after the label in the same cell. */
  note?: string;
  /** Fragments of the label that real reports leave (typos, PDF breaks), tried after `label`. */
  variants?: readonly string[];
  /** A heading that groups the rows after it (their keys start with its key); it holds no cells itself. */
  group?: boolean;
  /** The label is too generic to be recognised without its item number ("3.其他"). */
  prefixRequired?: boolean;
}

const r = (key: string, prefix: string, label: string, extra: Partial<TemplateRow> = {}): TemplateRow => ({
  key,
  prefix,
  label,
  ...extra,
});

// Variants also hold the shortened labels a township retypes ("2.法律行政法规禁止公开", "2.法律法规禁止", "1.本机关不掌握",
// "3.补正后仍不明确", "5.内部事务", "7.执法案卷", "8.行政查询", "2.逾期未缴费").
const HEAD: readonly TemplateRow[] = [
  // 本年度新收, 上年度结转, 上一年结转, 结转下一年度, 结转至下年度, (七)合计: the same rows in a report's own wording;
  // 2022年新收…, 2021年结转…, 结转2023年度继续办理: the years written into the labels; 新收申请, 结转下年: a clerk's short rows.
  r("apps.new", "一", "本年新收政府信息公开申请数量", {
    variants: ["本年新收", "本年度新收", "新收政府信息公开申请", "新收申请"],
  }),
  r("apps.carried_over", "二", "上年结转政府信息公开申请数量", {
    variants: ["上年结转", "上年度结转", "上一年结转", "上一年度结转", "结转政府信息公开申请"],
  }),
  r("results", "三", "本年度办理结果", { group: true }),
  // 予以公示: the row retyped with the wrong last character.
  r("outcome.granted", "(一)", "予以公开", { variants: ["予以公示"] }),
  // 部份公开: a common misprint of the row.
  r("outcome.partial", "(二)", "部分公开", { note: "(区分处理的,只计这一情形,不计其他情形)", variants: ["部份公开"] }),
  r("outcome.denied", "(三)", "不予公开", { group: true }),
  r("outcome.denied.state_secret", "1", "属于国家秘密", { variants: ["国家秘密"] }),
  r("outcome.denied.prohibited_by_law", "2", "其他法律行政法规禁止公开", {
    variants: ["其他法律行政止公开", "其他法律", "法律行政法规禁止", "法律法规禁止"],
  }),
  r("outcome.denied.three_safeties", "3", "危及“三安全一稳定”", { variants: ["危及", "三安全一稳定"] }),
  r("outcome.denied.third_party", "4", "保护第三方合法权益", { variants: ["第三方合法"] }),
  // 属于人事管理、后勤管理、内部工作流程等方面的信息, 属于讨论记录、过程稿、磋商信函、请示报告等过程性信息: the rows in the
  // 条例's own words (第十六条), as some sites print them.
  r("outcome.denied.internal_affairs", "5", "属于三类内部事务信息", {
    variants: ["三类内部事务", "内部事务", "属于人事管理", "人事管理、后勤管理"],
  }),
  r("outcome.denied.process_info", "6", "属于四类过程性信息", {
    variants: ["过程性信息", "属于讨论记录", "讨论记录、过程稿"],
  }),
  r("outcome.denied.enforcement_file", "7", "属于行政执法案卷", { variants: ["行政执法案卷", "执法案卷"] }),
  r("outcome.denied.admin_query", "8", "属于行政查询事项", { variants: ["行政查询事项", "行政查询"] }),
  r("outcome.unable", "(四)", "无法提供", { group: true }),
  r("outcome.unable.not_held", "1", "本机关不掌握相关政府信息", { variants: ["不掌握相关", "本机关不掌握"] }),
  r("outcome.unable.needs_creation", "2", "没有现成信息需要另行制作", { variants: ["没有现成", "另行制作"] }),
  r("outcome.unable.unclear", "3", "补正后申请内容仍不明确", { variants: ["补正后申请", "补正后"] }),
  r("outcome.rejected", "(五)", "不予处理", { group: true }),
  r("outcome.rejected.petition", "1", "信访举报投诉类申请", { variants: ["信访举报投诉"] }),
  r("outcome.rejected.duplicate", "2", "重复申请"),
  r("outcome.rejected.publication", "3", "要求提供公开出版物", { variants: ["公开出版物"] }),
  r("outcome.rejected.excessive", "4", "无正当理由大量反复申请", { variants: ["大量反复"] }),
  r("outcome.rejected.confirmation", "5", "要求行政机关确认或重新出具已获取信息", { variants: ["确认或重新"] }),
];

const TAIL: readonly TemplateRow[] = [
  // 总记: 计 retyped as its homophone.
  r("outcome.total", "(七)", "总计", { variants: ["合计", "总记"], prefixRequired: true }),
  r("apps.carried_forward", "四", "结转下年度继续办理", {
    variants: ["结转下年度", "结转下一年度", "下年度继续办理", "下一年度继续办理", "年度继续办理", "结转下年"],
  }),
];

/** §三 rows in print order, group headings included. */
export const SECTION3: Record<ModernFamily, readonly TemplateRow[]> = {
  // 2021: (六)其他处理 groups three sub-items (a report may still print it as one row).
  "2021": [
    ...HEAD,
    r("outcome.other", "(六)", "其他处理", { group: true }),
    r("outcome.other.no_correction", "1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", {
      variants: ["申请人无正当理由逾期不补正", "逾期不补"],
    }),
    r("outcome.other.unpaid_fee", "2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", {
      variants: ["申请人逾期未按收费", "逾期未按", "逾期未缴"],
    }),
    r("outcome.other.misc", "3", "其他", { prefixRequired: true }),
    ...TAIL,
  ],
  // 2019: (六)其他处理 is one row.
  "2019": [...HEAD, r("outcome.other", "(六)", "其他处理"), ...TAIL],
};

/** Sub-item groups whose sums are derived (the template prints no row for them). */
export const DERIVED_GROUPS = ["outcome.denied", "outcome.unable", "outcome.rejected", "outcome.other"] as const;

/** The row as the template prints it: item number, wording and note ("(二)部分公开(区分处理的,…)"). */
export function printedLabel(row: TemplateRow): string {
  const number = /^\d+$/.test(row.prefix)
    ? `${row.prefix}.`
    : /^[一二三四五六七八九十]+$/.test(row.prefix)
      ? `${row.prefix}、`
      : row.prefix;
  return `${number}${row.label}${row.note ?? ""}`;
}

/**
 * Words in a cell's note in brackets that say the printed figure is not the real one ("0(实际3件)", "2（更正为3）",
 * "1(应为2)", "4［笔误，实为5］"): neither figure is taken as the cell's.
 */
export const CELL_NOTE_CORRECTIONS: readonly string[] = [
  "实际",
  "实为",
  "更正",
  "应为",
  "应是",
  "修正",
  "修改为",
  "订正",
  "改为",
  "调整为",
  "核实",
  "核减",
  "正确",
  "误",
];

export const SECTION3_TITLE = "三、收到和处理政府信息公开申请情况";
/** The rule the template prints above §三's first column. */
export const SECTION3_RULE_NOTE = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)";

/** §四: three groups of five cells, 15 in template order. */
export const REVIEW_GROUPS = [
  { key: "review", label: "行政复议", parent: null },
  { key: "litigation_direct", label: "未经复议直接起诉", parent: "行政诉讼" },
  { key: "litigation_after_review", label: "复议后起诉", parent: "行政诉讼" },
] as const;
export const REVIEW_RESULTS = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
] as const;
export type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]["key"];
export type ReviewResultKey = (typeof REVIEW_RESULTS)[number]["key"];
export const SECTION4_TITLE = "四、政府信息公开行政复议、行政诉讼情况";

/**
 * Words naming a part of the year (上半年, 第三季度, 1-6月): a §三 or §四 row or table of figures under such a word
 * counts that part, not the year. A run of months is one only where it is not the whole year (1-12月).
 */
export const PART_OF_YEAR_WORD =
  /[上下]半年|前三季度|第?[一二三四1-4]季度|(?<!\d)(\d{1,2})\s*月?\s*[-—–~至到]\s*(\d{1,2})\s*月/;

/** §二 rows; `fields` name the cells in printed order. */
export interface ActiveRow {
  key: string;
  label: string;
  fields: readonly string[];
}

export const SECTION2: Record<ModernFamily, readonly ActiveRow[]> = {
  "2021": [
    { key: "active.rules", label: "规章", fields: ["issued", "repealed", "in_force"] },
    { key: "active.normative_docs", label: "规范性文件", fields: ["issued", "repealed", "in_force"] },
    { key: "active.licensing", label: "行政许可", fields: ["decisions"] },
    { key: "active.penalty", label: "行政处罚", fields: ["decisions"] },
    { key: "active.coercion", label: "行政强制", fields: ["decisions"] },
    { key: "active.fees", label: "行政事业性收费", fields: ["amount_wan"] },
  ],
  "2019": [
    { key: "active.rules", label: "规章", fields: ["created", "published", "public_total"] },
    { key: "active.normative_docs", label: "规范性文件", fields: ["created", "published", "public_total"] },
    { key: "active.licensing", label: "行政许可", fields: ["prev_items", "change", "decisions"] },
    { key: "active.other_services", label: "其他对外管理服务事项", fields: ["prev_items", "change", "decisions"] },
    { key: "active.penalty", label: "行政处罚", fields: ["prev_items", "change", "decisions"] },
    { key: "active.coercion", label: "行政强制", fields: ["prev_items", "change", "decisions"] },
    { key: "active.fees", label: "行政事业性收费", fields: ["prev_items", "change"] },
    { key: "active.procurement", label: "政府集中采购", fields: ["items", "amount_wan"] },
  ],
};
