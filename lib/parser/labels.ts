/**
 * The 2021 / 2019 templates as data: every row's canonical key, its printed label (prefix + core
 * variants) and how many cells it holds. The code that finds them lives in rows.ts; nothing here runs.
 *
 * Short fragments come last because PDF readers break long labels with cell borders inside them
 * ("2.申请人逾期未按收 | 0 | … 费通知要求…").
 *
 * `prefix` is the item number printed before the label ("一", "(三)", "2"); it is consumed with the label so
 * that a number glued to it ("0二、上年结转") is not read as a cell. `cores` are alternatives, the first being
 * the template's wording; later ones are short fragments that survive typos and wrapping
 * (e.g. "其他法律行政止公开" in 洪泽区 2023). A label that only groups sub-items has `group: true`: it delimits
 * rows and holds no cells unless the report prints it as a single row.
 */

export interface LabelSpec {
  /** Canonical key prefix (`apps.new`) or a group name when `group` is set. */
  key: string;
  prefix?: string;
  /** The prefix must be present (labels like "3.其他" are too generic alone). */
  prefixRequired?: boolean;
  cores: string[];
  cells: number;
  group?: boolean;
}

export const APPLICANT_COLUMNS = [
  "natural_person",
  "commercial",
  "research",
  "public_interest",
  "legal_service",
  "other_org",
  "total",
] as const;

const row = (key: string, prefix: string, cores: string[], extra: Partial<LabelSpec> = {}): LabelSpec => ({
  key,
  prefix,
  cores,
  cells: APPLICANT_COLUMNS.length,
  ...extra,
});

const HEAD_ROWS: LabelSpec[] = [
  row("apps.new", "一", ["本年新收政府信息公开申请数量", "本年新收"]),
  row("apps.carried_over", "二", ["上年结转政府信息公开申请数量", "上年结转"]),
  row("results", "三", ["本年度办理结果"], { group: true }),
  row("outcome.granted", "(一)", ["予以公开"]),
  row("outcome.partial", "(二)", ["部分公开"]),
  row("outcome.denied", "(三)", ["不予公开"], { group: true }),
  row("outcome.denied.state_secret", "1", ["属于国家秘密", "国家秘密"]),
  row("outcome.denied.prohibited_by_law", "2", ["其他法律行政法规禁止公开", "其他法律行政止公开", "其他法律"]),
  row("outcome.denied.three_safeties", "3", ["危及", "三安全一稳定"]),
  row("outcome.denied.third_party", "4", ["保护第三方合法权益", "第三方合法"]),
  row("outcome.denied.internal_affairs", "5", ["属于三类内部事务信息", "三类内部事务"]),
  row("outcome.denied.process_info", "6", ["属于四类过程性信息", "过程性信息"]),
  row("outcome.denied.enforcement_file", "7", ["属于行政执法案卷", "行政执法案卷"]),
  row("outcome.denied.admin_query", "8", ["属于行政查询事项", "行政查询事项"]),
  row("outcome.unable", "(四)", ["无法提供"], { group: true }),
  row("outcome.unable.not_held", "1", ["本机关不掌握相关政府信息", "不掌握相关"]),
  row("outcome.unable.needs_creation", "2", ["没有现成信息需要另行制作", "没有现成", "另行制作"]),
  row("outcome.unable.unclear", "3", ["补正后申请内容仍不明确", "补正后申请"]),
  row("outcome.rejected", "(五)", ["不予处理"], { group: true }),
  row("outcome.rejected.petition", "1", ["信访举报投诉类申请", "信访举报投诉"]),
  row("outcome.rejected.duplicate", "2", ["重复申请"]),
  row("outcome.rejected.publication", "3", ["要求提供公开出版物", "公开出版物"]),
  row("outcome.rejected.excessive", "4", ["无正当理由大量反复申请", "大量反复"]),
  row("outcome.rejected.confirmation", "5", ["要求行政机关确认或重新出具已获取信息", "确认或重新"]),
];

const TAIL_ROWS: LabelSpec[] = [
  row("outcome.total", "(七)", ["总计"], { prefixRequired: true }),
  row("apps.carried_forward", "四", ["结转下年度继续办理", "结转下年度"]),
];

/** §三 in the 2021 template: (六)其他处理 groups three sub-items (a report may still print it as one row). */
export const SECTION3_2021: LabelSpec[] = [
  ...HEAD_ROWS,
  row("outcome.other", "(六)", ["其他处理"], { group: true }),
  row("outcome.other.no_correction", "1", ["申请人无正当理由逾期不补正", "逾期不补"]),
  row("outcome.other.unpaid_fee", "2", ["申请人逾期未按收费", "逾期未按"]),
  row("outcome.other.misc", "3", ["其他"], { prefixRequired: true }),
  ...TAIL_ROWS,
];

/** §三 in the 2019 template: (六)其他处理 is one row. */
export const SECTION3_2019: LabelSpec[] = [...HEAD_ROWS, row("outcome.other", "(六)", ["其他处理"]), ...TAIL_ROWS];

/** Sub-item groups whose sums are derived (the template prints no row for them). */
export const DERIVED_GROUPS = ["outcome.denied", "outcome.unable", "outcome.rejected", "outcome.other"] as const;

const active = (key: string, cores: string[], cells: number): LabelSpec => ({ key, cores, cells });

/** §二 rows; `fields` name the cells in printed order. */
export interface ActiveRowSpec extends LabelSpec {
  fields: string[];
}

const activeRow = (key: string, cores: string[], fields: string[]): ActiveRowSpec => ({
  ...active(key, cores, fields.length),
  fields,
});

export const SECTION2_2021: ActiveRowSpec[] = [
  activeRow("active.rules", ["规章"], ["issued", "repealed", "in_force"]),
  activeRow("active.normative_docs", ["规范性文件"], ["issued", "repealed", "in_force"]),
  activeRow("active.licensing", ["行政许可"], ["decisions"]),
  activeRow("active.penalty", ["行政处罚"], ["decisions"]),
  activeRow("active.coercion", ["行政强制"], ["decisions"]),
  activeRow("active.fees", ["行政事业性收费"], ["amount_wan"]),
];

export const SECTION2_2019: ActiveRowSpec[] = [
  activeRow("active.rules", ["规章"], ["created", "published", "public_total"]),
  activeRow("active.normative_docs", ["规范性文件"], ["created", "published", "public_total"]),
  activeRow("active.licensing", ["行政许可"], ["prev_items", "change", "decisions"]),
  activeRow("active.other_services", ["其他对外管理服务事项"], ["prev_items", "change", "decisions"]),
  activeRow("active.penalty", ["行政处罚"], ["prev_items", "change", "decisions"]),
  activeRow("active.coercion", ["行政强制"], ["prev_items", "change", "decisions"]),
  activeRow("active.fees", ["行政事业性收费"], ["prev_items", "change"]),
  activeRow("active.procurement", ["政府集中采购"], ["items", "amount_wan"]),
];

/** §四: 15 cells in template order. */
export const REVIEW_GROUPS = ["review", "litigation_direct", "litigation_after_review"] as const;
export const REVIEW_FIELDS = ["upheld", "corrected", "other", "pending", "total"] as const;

/** Section headings that bound the tables. */
export const HEADINGS = {
  active: ["主动公开政府信息情况"],
  applications: ["收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请", "处理政府信息公开申请情况", "收到和处理政府信息"],
  review: ["政府信息公开行政复议、行政诉讼情况", "行政复议、行政诉讼情况", "政府信息公开行政复议", "行政诉讼情况"],
  /** §四's own header words: where its table starts when the heading is misprinted ("行政法复议"). */
  reviewHeader: ["结果维持", "未经复议直接起诉"],
  after: ["存在的主要问题及改进情况", "存在的主要问题", "主要问题及改进"],
  /** The first §三 row: tells the real §三 heading from one in a table of contents. */
  firstRow: ["本年新收"],
  /** The §三 header, where the table starts when its heading is missing. */
  applicants: ["申请人情况"],
} as const;

/** Every word §四's header prints (its cells follow the last of them; any other words end the table). */
export const REVIEW_HEADER_WORDS = "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉情况单位件";

/** Cells printed for "nothing" — a blank, not a zero. */
export const BLANK_MARKERS = new Set(["-", "—", "——", "–", "--", "/", "无", "－", "\\", "…", "/"]);

/** Family signals (REPORT-FORMATS.md "how to recognise"). */
export const FAMILY_SIGNALS = {
  "2021": ["本年制发件数", "本年废止件数", "现行有效件数", "逾期不补正", "逾期未按收费"],
  "2019": ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购", "本年增/减"],
  legacy: [
    "收到申请数", "同意公开答复数", "统计数", "主动公开政府信息数", "不同意公开答复数", "申请信息不存在数",
    // Local variants of the same table (Fujian county and zone forms, 2009–2018).
    "同意部分公开答复数", "对申请的答复总数", "否决公开答复", "不予公开答复数", "历年累计", "依申请公开信息总数",
  ],
} as const;
