/**
 * The 2008–2018 政府信息公开情况统计表 (legacy family) as data: row labels with the variants real sites print,
 * their `legacy.*` keys (REPORT-FORMATS.md "legacy"), units, header words, the sum rules and the core-metric map.
 * Imports nothing: the parser (lib/parser/legacy-*.ts), the checks (lib/validate/rules.ts) and the corpus read it.
 *
 * The same words recur under different headings (被依法纠错数 under 行政复议 and 行政诉讼), so a label may be
 * scoped to a context; the context is the current top-level heading of the table.
 */

export type LegacyContext =
  | "active"
  | "response"
  | "apps"
  | "review"
  | "litigation"
  | "complaints"
  | "fees"
  | "org"
  | "training"
  | "none";

export interface LegacyLabel {
  key: string;
  /** Label variants after cleaning (no ordinal, no spaces, ASCII parentheses). */
  labels: readonly string[];
  /** When set, the label only means this key under this heading. */
  context?: LegacyContext;
}

export const LEGACY_LABELS: readonly LegacyLabel[] = [
  // 一、主动公开情况
  { key: "legacy.active.heading", labels: ["主动公开情况"] },
  {
    key: "legacy.active.total",
    labels: ["主动公开政府信息数", "主动公开政府信息", "主动公开信息数", "主动公开文件数", "主动公开政府信息总数"],
  },
  { key: "legacy.active.normative_docs", labels: ["主动公开规范性文件数"] },
  { key: "legacy.active.normative_docs_issued", labels: ["制发规范性文件总数"] },
  { key: "legacy.active.by_channel", labels: ["通过不同渠道和方式公开政府信息的情况"] },
  { key: "legacy.active.gazette", labels: ["政府公报公开政府信息数", "政府公报公开数", "政府公报公开"] },
  { key: "legacy.active.website", labels: ["政府网站公开政府信息数", "政府网站公开数", "政府网站公开", "网站公开"] },
  { key: "legacy.active.weibo", labels: ["政务微博公开政府信息数"] },
  { key: "legacy.active.wechat", labels: ["政务微信公开政府信息数"] },
  { key: "legacy.active.other_channels", labels: ["其他方式公开政府信息数"] },
  // 二、回应解读情况
  { key: "legacy.response.heading", labels: ["回应解读情况"] },
  { key: "legacy.response.hot_topics", labels: ["回应公众关注热点或重大舆情数"] },
  { key: "legacy.response.by_channel", labels: ["通过不同渠道和方式回应解读的情况"] },
  { key: "legacy.response.press_conferences", labels: ["参加或举办新闻发布会总次数"] },
  { key: "legacy.response.press_conferences_leaders", labels: ["主要负责同志参加新闻发布会次数"] },
  { key: "legacy.response.online_interviews", labels: ["政府网站在线访谈次数"] },
  { key: "legacy.response.online_interviews_leaders", labels: ["主要负责同志参加政府网站在线访谈次数"] },
  { key: "legacy.response.interpretations", labels: ["政策解读稿件发布数"] },
  { key: "legacy.response.social_media", labels: ["微博微信回应事件数"] },
  { key: "legacy.response.other_channels", labels: ["其他方式回应事件数"] },
  // 三、依申请公开情况
  { key: "legacy.apps.heading", labels: ["依申请公开情况"] },
  {
    key: "legacy.apps.received",
    labels: [
      "收到申请数",
      "收到申请总数",
      "受理申请数",
      "申请总数",
      "受理依申请公开信息总数",
      "依申请公开信息数",
      "受理政府信息依申请公开总数",
      "受理政府信息公开申请总数",
      "受理政府信息公开申请数",
      "受理依申请公开申请总数",
      // County forms' wordings and misprints of the same row (受理/收到 … 总数量).
      "受理依申请公开总数",
      "收到申请总数量",
      "受理申请总数量",
      "收到申请数量",
      "受理申请数量",
      "受理申请总数",
      // Other agencies' wordings of the same row: what was received, however the form words it.
      "受理申请",
      "收到申请",
      "受理政府信息公开申请",
      "收到政府信息公开申请",
      "政府信息公开申请",
      "依申请公开",
      "依申请公开申请",
      "申请公开政府信息",
      "受理依申请公开",
      "受理依申请公开申请",
      // The noun first, then the verb (政府信息公开申请受理数 件次 3).
      "政府信息公开申请受理数",
      "政府信息公开申请受理总数",
      "依申请公开受理数",
      // This year's new applications beside the carried-over ones (本年新收申请数 | 上年结转申请数).
      "本年新收申请数",
      "本年度新收申请数",
      "本年新收申请",
      // Counties' own short wordings of the row (申请公开件数, 受理公开申请, 接受申请数).
      "申请公开",
      "受理公开申请",
      "受理信息公开申请",
      "依申请公开申请受理数",
      "接受申请",
    ],
  },
  // Applications carried over from last year and into next year, and this year's new ones, as some sites' own
  // tables print them (上年结转申请数 | 本年新收申请数 | 结转下年度办理数).
  { key: "legacy.apps.carried_over", labels: ["上年结转申请数", "上年度结转申请数", "上年结转申请", "上年结转数"] },
  {
    key: "legacy.apps.carried_forward",
    labels: ["结转下年度办理数", "结转下年度办理", "结转下年办理数", "结转下年度申请数", "结转下年度继续办理数"],
  },
  { key: "legacy.apps.received.in_person", labels: ["当面申请数", "当面申请"] },
  { key: "legacy.apps.received.fax", labels: ["传真申请数", "传真申请"] },
  { key: "legacy.apps.received.online", labels: ["网络申请数", "网上申请数", "网络申请", "网上申请"] },
  { key: "legacy.apps.received.email", labels: ["电子邮件申请数", "电子邮件申请"] },
  { key: "legacy.apps.received.letter", labels: ["信函申请数", "信函申请"] },
  { key: "legacy.apps.received.letter_fax", labels: ["信函、传真申请数", "信函传真申请数"] },
  { key: "legacy.apps.received.phone", labels: ["电话申请数"] },
  { key: "legacy.apps.received.other", labels: ["其他形式申请数", "其他形式", "其他方式申请数"] },
  { key: "legacy.apps.closed", labels: ["申请办结数"] },
  { key: "legacy.apps.closed.on_time", labels: ["按时办结数"] },
  { key: "legacy.apps.closed.extended", labels: ["延期办结数"] },
  {
    key: "legacy.answers.total",
    labels: [
      "申请答复数",
      "对申请的答复情况",
      "答复数",
      "对申请的答复总数",
      "对申请的答复数",
      "申请答复总数",
      "答复申请数",
      "答复申请总数",
      "对申请答复数",
      "对申请答复总数",
    ],
  },
  { key: "legacy.answers.already_public", labels: ["属于已主动公开范围数", "属于已主动公开范围"] },
  {
    key: "legacy.answers.granted",
    labels: [
      "同意公开答复数",
      "同意公开数",
      "同意公开",
      "同意公开答复",
      "同意公开答复总数",
      "予以公开",
      "全部公开",
      "同意全部公开",
      "全部予以公开",
      "予以全部公开",
      "准予公开",
      // The 2007 条例's 第二十一条(一): 属于公开范围的,告知获取的方式和途径.
      "属于公开范围",
    ],
  },
  {
    key: "legacy.answers.partial",
    labels: [
      "同意部分公开答复数",
      "同意部分公开数",
      "部分公开数",
      "部分公开",
      "同意部分公开",
      "同意部分公开答复总数",
      "部分同意公开答复数",
      "部分同意公开数",
      "部分同意公开",
      "部分予以公开",
      "予以部分公开",
      "部分公开答复",
    ],
  },
  {
    key: "legacy.answers.denied",
    labels: [
      "不同意公开答复数",
      "不同意公开数",
      "不予公开数",
      "不予公开答复数",
      "否决公开答复数",
      "否决公开答复总数",
      "不同意公开答复总数",
      "不予公开答复总数",
      "不予公开",
      "不同意公开",
      // 否绝 is a misprint of 否决 some county forms carry.
      "否绝公开答复数",
      "否绝公开答复总数",
      "否决公开数",
      "否绝公开数",
      "不予以公开",
      "不予以公开答复数",
      "不予以公开数",
      "不公开",
      "不同意公开答复",
      "不予公开答复",
      "否决公开",
      "拒绝公开",
    ],
  },
  { key: "legacy.answers.denied.state_secret", labels: ["涉及国家秘密"] },
  { key: "legacy.answers.denied.trade_secret", labels: ["涉及商业秘密"] },
  { key: "legacy.answers.denied.privacy", labels: ["涉及个人隐私"] },
  {
    key: "legacy.answers.denied.security",
    labels: ["危及国家安全、公共安全、经济安全和社会稳定", "危及国家安全公共安全经济安全和社会稳定"],
  },
  { key: "legacy.answers.denied.not_gov_info", labels: ["不是《条例》所指政府信息", "不是条例所指政府信息"] },
  { key: "legacy.answers.denied.other_legal", labels: ["法律法规规定的其他情形"] },
  {
    key: "legacy.answers.not_this_agency",
    labels: [
      "不属于本行政机关公开数",
      "不属于本机关公开数",
      "非本机关掌握数",
      "非本机关掌握",
      "非本机关",
      "非本行政机关掌握",
      "非本机关政府信息",
      "不属于本机关",
      "不属于本机关掌握",
      "不属于本机关公开范围",
      "不属于本行政机关",
      "非本机关职责范围",
      "不属于本机关职责范围",
    ],
  },
  {
    key: "legacy.answers.not_exist",
    labels: [
      "申请信息不存在数",
      "信息不存在数",
      "信息不存在",
      "申请信息不存在",
      "政府信息不存在",
      "申请的信息不存在",
      "申请公开的信息不存在",
    ],
  },
  { key: "legacy.answers.told_to_amend", labels: ["告知作出更改补充数", "告知作出更改补充"] },
  { key: "legacy.answers.other_channel", labels: ["告知通过其他途径办理数", "告知通过其他途径办理"] },
  // A catch-all answer row some provinces print; not mapped to a core metric (the hand-read figures never do).
  { key: "legacy.answers.other_kinds", labels: ["其他类型答复数", "其他类型答复", "其他答复数"] },
  // 四、行政复议数量
  // 行政复试数 is a misprint real reports carry.
  {
    key: "legacy.review.total",
    labels: [
      "行政复议数量",
      "行政复议数",
      "行政复议案件数",
      "行政复试数",
      "行政复议",
      "行政复议案件数量",
      "复议",
      "被申请行政复议",
      "申请行政复议",
      "行政复议申请",
    ],
  },
  {
    key: "legacy.review.upheld",
    labels: [
      "维持具体行政行为数",
      "维持行政行为数",
      "维持原具体行政行为数",
      "维持原行政行为数",
      "行政复议决定维持数",
      "行政复议维持数",
      "复议维持数",
      // A 行政复议数 row's parts printed bare (其中:维持 件 0 纠错 件 0 其他 件 0).
      "维持",
      "维持数",
    ],
    context: "review",
  },
  {
    key: "legacy.review.corrected",
    labels: [
      "被依法纠错数",
      "依法纠错数",
      "撤销或变更原具体行政行为数",
      "撤销或变更具体行政行为数",
      "撤销或变更原行政行为数",
      "行政复议决定撤销数",
      "行政复议撤销数",
      "复议撤销数",
      "行政复议纠错数",
      "复议纠错数",
      "纠错",
      "纠错数",
      // 其中:维持 1件 1件 纠正 1件 1件 (ld tancheng 2011).
      "纠正",
      "纠正数",
    ],
    context: "review",
  },
  { key: "legacy.review.other", labels: ["其他情形数", "其他情形", "其他", "其他数"], context: "review" },
  // A 行政复议数 row's part some tables add: the cases not yet decided at the year's end (其中:维持 1 尚未审结 1).
  { key: "legacy.review.pending", labels: ["尚未审结", "尚未审结数", "未审结"], context: "review" },
  // 五、行政诉讼数量
  {
    key: "legacy.litigation.total",
    labels: [
      "行政诉讼数量",
      "行政诉讼数",
      "行政诉讼案件数",
      "行政诉讼",
      "行政诉讼案件数量",
      "诉讼",
      "被提起行政诉讼",
      "提起行政诉讼",
      "行政应诉",
    ],
  },
  {
    key: "legacy.litigation.upheld",
    labels: [
      "维持具体行政行为或者驳回原告诉讼请求数",
      "维持具体行政行为或驳回原告诉讼请求数",
      "维持具体行政行为数",
      "维持",
      "维持数",
    ],
    context: "litigation",
  },
  {
    key: "legacy.litigation.corrected",
    labels: ["被依法纠错数", "依法纠错数", "纠错", "纠错数", "纠正", "纠正数"],
    context: "litigation",
  },
  { key: "legacy.litigation.other", labels: ["其他情形数", "其他情形", "其他", "其他数"], context: "litigation" },
  { key: "legacy.litigation.pending", labels: ["尚未审结", "尚未审结数", "未审结"], context: "litigation" },
  // 六、举报投诉 · 七、收费
  // 接受行政诉讼、举报数 (a misprint of this row on some forms) is deliberately absent: it names 诉讼, not 申诉.
  {
    key: "legacy.complaints",
    labels: [
      "举报投诉数量",
      "举报投诉数",
      "申诉案件数",
      "行政申诉数量",
      "举报投诉",
      "行政申诉数",
      "行政申诉、举报数",
      "接受行政申诉、举报数",
      "行政申诉举报数",
      "接受行政申诉举报数",
      "申诉",
      "行政申诉",
      // 举报 and 投诉 alone, or with 申诉 in any order: the national form's 举报投诉 row.
      "举报",
      "投诉",
      "投诉举报",
      "申诉举报",
      "申诉、举报",
      "举报、投诉",
      "投诉、举报",
      "申诉、投诉",
      "行政申诉、投诉",
      "申诉投诉举报",
      // 申诉, 投诉 and 举报 named together in one row.
      "行政申诉、投诉、举报数",
      "接受行政申诉、投诉、举报数",
      "申诉、投诉、举报",
      "行政申诉、投诉、举报",
      // 申诉 and 举报 (or 投诉) received, each a row of its own (接受行政申诉数 2, 接受举报数 1): summed by the parser.
      "接受行政申诉数",
      "接受申诉数",
      "接受举报数",
      "接受投诉数",
      "接受举报投诉数",
    ],
  },
  {
    key: "legacy.fees.amount_wan",
    labels: [
      "依申请公开信息收取的费用",
      "依申请公开收取的费用",
      "依申请公开信息收取费用",
      // Fee rows under other words; a row that counts charges (a count unit) is not an amount (legacy-table.ts).
      "收费",
      "收费金额",
      "收取费用",
      "收取的费用",
      "依申请公开收费",
      "政府信息公开收费",
      "依申请公开收费金额",
    ],
  },
  { key: "legacy.fees.waived_amount_wan", labels: ["政府信息公开收费减免金额", "收费减免金额"] },
  // 八、机构建设和保障经费情况
  { key: "legacy.org.heading", labels: ["机构建设和保障经费情况", "机构建设和保障经费"] },
  { key: "legacy.org.dedicated_units", labels: ["政府信息公开工作专门机构数"] },
  {
    key: "legacy.org.reading_points",
    labels: [
      "设置政府信息公开查阅点数",
      "政府信息公开查阅点数",
      "公开信息查阅点",
      "信息公开查阅点",
      "公开信息查阅点数",
    ],
  },
  { key: "legacy.staff.total", labels: ["从事政府信息公开工作人员数"] },
  { key: "legacy.staff.full_time", labels: ["专职人员数"] },
  { key: "legacy.staff.part_time", labels: ["兼职人员数"] },
  { key: "legacy.org.budget_amount_wan", labels: ["政府信息公开专项经费"] },
  // 九、政府信息公开会议和培训情况
  { key: "legacy.training.heading", labels: ["政府信息公开会议和培训情况"] },
  { key: "legacy.training.meetings", labels: ["召开政府信息公开工作会议或专题会议数"] },
  { key: "legacy.training.sessions", labels: ["举办各类培训班数"] },
  { key: "legacy.training.trainees", labels: ["接受培训人员数"] },
];

/**
 * The ways an application came in, as the 统计表's channel rows name them (当面, 网络, 信函 …): a §三 table on the 2019
 * form whose columns some sites head by these instead of by applicant (申请方式 当面申请 网络申请 信函申请 … 总计).
 */
export const APPLICATION_CHANNELS: readonly string[] = [
  ...new Set(
    LEGACY_LABELS.filter((l) => /^legacy\.apps\.received\.(?:in_person|fax|online|email|letter)$/.test(l.key)).flatMap(
      (l) => l.labels.map((label) => label.replace(/(?:申请)?数?$/, "")),
    ),
  ),
];

/** Words that show a text is on the legacy 统计表 (REPORT-FORMATS.md "how to recognise"; lib/parser/family.ts). */
export const LEGACY_SIGNALS: readonly string[] = [
  "收到申请数",
  "同意公开答复数",
  "统计数",
  "主动公开政府信息数",
  "不同意公开答复数",
  "申请信息不存在数",
  // Local variants of the same table (Fujian county and zone forms, 2009–2018).
  "同意部分公开答复数",
  "对申请的答复总数",
  "否决公开答复",
  "不予公开答复数",
  "历年累计",
  "依申请公开信息总数",
];

/** Row words that mark where a 统计表 without a title starts (the national form's first rows of §一 and §三). */
export const LEGACY_TABLE_FIRST_ROWS: readonly string[] = ["主动公开政府信息数", "收到申请数"];

/**
 * A 统计表's title naming another subject than 政府信息公开 (村务公开情况统计表, 党务公开…, 信访事项…): a table a township or
 * bureau prints after its 统计表, with look-alike rows (村民申请查阅…总数, 同意查阅数, 投诉举报数) that are no figures of
 * the report.
 */
export const LEGACY_OTHER_TABLE_TITLE =
  /(?:(?:村务|居务|党务|财务|厂务)公开|信访(?:事项|案件|件)|人大建议|政协提案|建议提案)[^。,]{0,12}统计表/;

/** The years the legacy 统计表 was in use (before the 2019 template). */
export const LEGACY_YEARS: readonly [number, number] = [2008, 2018];

/** A row of the national 统计表 as printed (seed 001): item number, wording, unit, key (null: prints no figure). */
export interface LegacyFormRow {
  prefix: string;
  label: string;
  /** Words the form prints after the label in the same cell ("(不包括…)"). */
  note?: string;
  unit: string;
  key: string | null;
}

const f = (prefix: string, label: string, unit: string, key: string | null, note?: string): LegacyFormRow =>
  note === undefined ? { prefix, label, unit, key } : { prefix, label, unit, key, note };

/**
 * The national form in print order (国办 2017 version, as seed 001 prints it). Every row's `label` is one of its
 * key's LEGACY_LABELS (lib/template/legacy.test.ts checks it), so what the corpus prints the parser reads.
 */
export const LEGACY_FORM: readonly LegacyFormRow[] = [
  f("一、", "主动公开情况", "——", "legacy.active.heading"),
  f("(一)", "主动公开政府信息数", "条", "legacy.active.total"),
  f("其中:", "主动公开规范性文件数", "条", "legacy.active.normative_docs"),
  f("", "制发规范性文件总数", "件", "legacy.active.normative_docs_issued"),
  f("(二)", "通过不同渠道和方式公开政府信息的情况", "——", "legacy.active.by_channel"),
  f("1.", "政府公报公开政府信息数", "条", "legacy.active.gazette"),
  f("2.", "政府网站公开政府信息数", "条", "legacy.active.website"),
  f("3.", "政务微博公开政府信息数", "条", "legacy.active.weibo"),
  f("4.", "政务微信公开政府信息数", "条", "legacy.active.wechat"),
  f("5.", "其他方式公开政府信息数", "条", "legacy.active.other_channels"),
  f("二、", "回应解读情况", "——", null),
  f("(一)", "回应公众关注热点或重大舆情数", "次", "legacy.response.hot_topics"),
  f("(二)", "通过不同渠道和方式回应解读的情况", "——", "legacy.response.by_channel"),
  f("1.", "参加或举办新闻发布会总次数", "次", "legacy.response.press_conferences"),
  f("其中:", "主要负责同志参加新闻发布会次数", "次", "legacy.response.press_conferences_leaders"),
  f("2.", "政府网站在线访谈次数", "次", "legacy.response.online_interviews"),
  f("其中:", "主要负责同志参加政府网站在线访谈次数", "次", "legacy.response.online_interviews_leaders"),
  f("3.", "政策解读稿件发布数", "篇", "legacy.response.interpretations"),
  f("4.", "微博微信回应事件数", "次", "legacy.response.social_media"),
  f("5.", "其他方式回应事件数", "次", "legacy.response.other_channels"),
  f("三、", "依申请公开情况", "——", null),
  f("(一)", "收到申请数", "件", "legacy.apps.received"),
  f("1.", "当面申请数", "件", "legacy.apps.received.in_person"),
  f("2.", "传真申请数", "件", "legacy.apps.received.fax"),
  f("3.", "网络申请数", "件", "legacy.apps.received.online"),
  f("4.", "信函申请数", "件", "legacy.apps.received.letter"),
  f("(二)", "申请办结数", "件", "legacy.apps.closed"),
  f("1.", "按时办结数", "件", "legacy.apps.closed.on_time"),
  f("2.", "延期办结数", "件", "legacy.apps.closed.extended"),
  f("(三)", "申请答复数", "件", "legacy.answers.total"),
  f("1.", "属于已主动公开范围数", "件", "legacy.answers.already_public"),
  f("2.", "同意公开答复数", "件", "legacy.answers.granted"),
  f("3.", "同意部分公开答复数", "件", "legacy.answers.partial"),
  f("4.", "不同意公开答复数", "件", "legacy.answers.denied"),
  f("其中:", "涉及国家秘密", "件", "legacy.answers.denied.state_secret"),
  f("", "涉及商业秘密", "件", "legacy.answers.denied.trade_secret"),
  f("", "涉及个人隐私", "件", "legacy.answers.denied.privacy"),
  f("", "危及国家安全、公共安全、经济安全和社会稳定", "件", "legacy.answers.denied.security"),
  f("", "不是《条例》所指政府信息", "件", "legacy.answers.denied.not_gov_info"),
  f("", "法律法规规定的其他情形", "件", "legacy.answers.denied.other_legal"),
  f("5.", "不属于本行政机关公开数", "件", "legacy.answers.not_this_agency"),
  f("6.", "申请信息不存在数", "件", "legacy.answers.not_exist"),
  f("7.", "告知作出更改补充数", "件", "legacy.answers.told_to_amend"),
  f("8.", "告知通过其他途径办理数", "件", "legacy.answers.other_channel"),
  f("四、", "行政复议数量", "件", "legacy.review.total"),
  f("(一)", "维持具体行政行为数", "件", "legacy.review.upheld"),
  f("(二)", "被依法纠错数", "件", "legacy.review.corrected"),
  f("(三)", "其他情形数", "件", "legacy.review.other"),
  f("五、", "行政诉讼数量", "件", "legacy.litigation.total"),
  f("(一)", "维持具体行政行为或者驳回原告诉讼请求数", "件", "legacy.litigation.upheld"),
  f("(二)", "被依法纠错数", "件", "legacy.litigation.corrected"),
  f("(三)", "其他情形数", "件", "legacy.litigation.other"),
  f("六、", "举报投诉数量", "件", "legacy.complaints"),
  f("七、", "依申请公开信息收取的费用", "万元", "legacy.fees.amount_wan"),
  f("八、", "机构建设和保障经费情况", "——", null),
  f("(一)", "政府信息公开工作专门机构数", "个", "legacy.org.dedicated_units"),
  f("(二)", "设置政府信息公开查阅点数", "个", "legacy.org.reading_points"),
  f("(三)", "从事政府信息公开工作人员数", "人", "legacy.staff.total"),
  f("1.", "专职人员数", "人", "legacy.staff.full_time", "(不包括政府公报及政府网站工作人员数)"),
  f("2.", "兼职人员数", "人", "legacy.staff.part_time"),
  f(
    "(四)",
    "政府信息公开专项经费",
    "万元",
    "legacy.org.budget_amount_wan",
    "(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)",
  ),
  f("九、", "政府信息公开会议和培训情况", "——", "legacy.training.heading"),
  f("(一)", "召开政府信息公开工作会议或专题会议数", "次", "legacy.training.meetings"),
  f("(二)", "举办各类培训班数", "次", "legacy.training.sessions"),
  f("(三)", "接受培训人员数", "人次", "legacy.training.trainees"),
];

/** The row as the form prints it: item number, wording and note ("1.专职人员数(不包括…)"). */
export function legacyPrintedLabel(row: LegacyFormRow): string {
  return `${row.prefix}${row.label}${row.note ?? ""}`;
}

/** Top-level heading words → context, checked in order (行政复议 before 依申请, etc.). */
export const LEGACY_HEADING_CONTEXTS: readonly (readonly [string, LegacyContext])[] = [
  ["行政复议", "review"],
  ["行政诉讼", "litigation"],
  ["复议", "review"],
  ["诉讼", "litigation"],
  ["举报", "complaints"],
  ["投诉", "complaints"],
  ["申诉", "complaints"],
  ["费用", "fees"],
  ["机构建设", "org"],
  ["培训", "training"],
  ["回应", "response"],
  ["申请", "apps"],
  ["主动公开", "active"],
];

/** Unit column words; a value cell may also carry one as suffix ("36人次"). */
export const LEGACY_UNITS: ReadonlySet<string> = new Set([
  "条",
  "件",
  "次",
  "篇",
  "个",
  "人",
  "人次",
  // 件次 counts applications as handled (政府信息公开申请受理数 件次 3).
  "件次",
  "万元",
  "元",
  "项",
  // 份 counts documents, 起 and 宗 count cases (行政复议数 起 1) on some forms.
  "份",
  "起",
  "宗",
  "期",
  "场",
  "%",
  "——",
  "—",
  "--",
  "-",
  "/",
]);

/** Units whose values are amounts, not counts. */
export const LEGACY_AMOUNT_UNITS: ReadonlySet<string> = new Set(["万元", "元"]);

/** Cells that mean "printed blank". */
export const LEGACY_BLANKS: ReadonlySet<string> = new Set(["", "-", "—", "——", "--", "无", "/", "空"]);

/** Core metrics from legacy rows (REPORT-FORMATS.md "Core metrics"): core key = sum of the legacy keys. */
export const LEGACY_CORE_MAP: readonly (readonly [string, readonly string[]])[] = [
  ["apps.new.total", ["legacy.apps.received"]],
  ["apps.carried_over.total", ["legacy.apps.carried_over"]],
  ["apps.carried_forward.total", ["legacy.apps.carried_forward"]],
  ["outcome.granted.total", ["legacy.answers.already_public", "legacy.answers.granted"]],
  ["outcome.partial.total", ["legacy.answers.partial"]],
  ["outcome.denied.total", ["legacy.answers.denied"]],
  ["outcome.unable.total", ["legacy.answers.not_this_agency", "legacy.answers.not_exist"]],
  ["outcome.other.total", ["legacy.answers.told_to_amend", "legacy.answers.other_channel"]],
  ["outcome.total.total", ["legacy.answers.total"]],
  ["review.total", ["legacy.review.total"]],
  ["review.upheld", ["legacy.review.upheld"]],
  ["review.corrected", ["legacy.review.corrected"]],
  ["review.other", ["legacy.review.other"]],
  ["review.pending", ["legacy.review.pending"]],
  ["litigation.total", ["legacy.litigation.total"]],
  ["litigation.upheld", ["legacy.litigation.upheld"]],
  ["litigation.corrected", ["legacy.litigation.corrected"]],
  ["litigation.other", ["legacy.litigation.other"]],
  ["litigation.pending", ["legacy.litigation.pending"]],
];

interface LabelTarget {
  /** Key when the label is not scoped. */
  any?: string;
  scoped?: Partial<Record<LegacyContext, string>>;
}

/** Label → key(s), built once; scoped entries are read under their heading only. */
const LABEL_INDEX: ReadonlyMap<string, LabelTarget> = (() => {
  const index = new Map<string, LabelTarget>();
  for (const entry of LEGACY_LABELS) {
    for (const label of entry.labels) {
      const target = index.get(label) ?? {};
      if (entry.context) target.scoped = { ...target.scoped, [entry.context]: entry.key };
      else target.any = entry.key;
      index.set(label, target);
    }
  }
  return index;
})();

/**
 * A label without its count word (总数, 数量, 件数, 数): forms print 行政复议件数 or 同意公开数量 for a row the label
 * table knows as 行政复议数 / 同意公开. Two rows whose variants share a stem make that stem ambiguous.
 */
const COUNT_WORD = /(?:总数量|总件数|总数|数量|件数|次数|条数|数)$/;
const stemOf = (label: string) => label.replace(COUNT_WORD, "");
/** A label without its count word ("接受申诉、举报数" → "接受申诉、举报"). */
export const legacyLabelStem = stemOf;

const AMBIGUOUS = "";

const STEM_INDEX: ReadonlyMap<string, LabelTarget> = (() => {
  const index = new Map<string, LabelTarget>();
  const merge = (was: string | undefined, key: string) => (was === undefined || was === key ? key : AMBIGUOUS);
  // An amount's words with a count word (收费数) count charges: no amount row is read by its stem.
  for (const entry of LEGACY_LABELS.filter((e) => !e.key.endsWith("amount_wan"))) {
    for (const label of entry.labels) {
      const stem = stemOf(label);
      if (stem.length < 2) continue;
      const target = index.get(stem) ?? {};
      if (entry.context) {
        target.scoped = { ...target.scoped, [entry.context]: merge(target.scoped?.[entry.context], entry.key) };
      } else target.any = merge(target.any, entry.key);
      index.set(stem, target);
    }
  }
  return index;
})();

function lookupIn(index: ReadonlyMap<string, LabelTarget>, context: LegacyContext, label: string) {
  const target = index.get(label);
  if (!target) return undefined;
  const scoped = target.scoped?.[context] ?? target.any;
  if (scoped || !target.scoped) return scoped;
  // Words scoped to one heading only are unambiguous anywhere.
  const only = Object.values(target.scoped);
  return only.length === 1 ? only[0] : undefined;
}

export function lookupLegacyKey(context: LegacyContext, label: string): string | undefined {
  if (LABEL_INDEX.has(label)) return lookupIn(LABEL_INDEX, context, label);
  const stem = stemOf(label);
  return stem.length < 2 ? undefined : lookupIn(STEM_INDEX, context, stem) || undefined;
}

function sectionOf(key: string): LegacyContext | null {
  const part = key.split(".")[1];
  if (part === "answers" || part === "apps") return "apps";
  if (part === "staff") return "org";
  const found = LEGACY_HEADING_CONTEXTS.find(([, ctx]) => ctx === part);
  return found ? found[1] : null;
}

const KEY_CONTEXT: ReadonlyMap<string, LegacyContext | null> = new Map(
  LEGACY_LABELS.map((entry) => [entry.key, sectionOf(entry.key)]),
);

/** The context a known key belongs to (so rows after 行政复议数量 read 被依法纠错数 as review). */
export function contextOfKey(key: string): LegacyContext | null {
  return KEY_CONTEXT.get(key) ?? null;
}

/** A 勾稽 rule of the legacy table: the printed `total` equals the sum of the printed `parts`. */
export interface LegacySumRule {
  rule: string;
  severity: "error" | "warning";
  title: string;
  total: string;
  parts: readonly string[];
}

const L = (name: string) => `legacy.${name}`;

/**
 * The legacy sums (REPORT-FORMATS.md "legacy: 申请答复数 = sum of its answer kinds; 行政复议数量 = 维持 + 纠错 +
 * 其他"). The answer and channel sums are warnings: provincial forms added rows of their own, so the parts known
 * here may not cover the total. The parser also reads glued digit runs by them (lib/parser/legacy-solve.ts).
 */
/** The kinds of answer the national form counts under 对申请的答复 (besides 其他), in print order. */
export const LEGACY_ANSWER_KINDS = [
  "already_public",
  "granted",
  "partial",
  "denied",
  "not_this_agency",
  "not_exist",
  "told_to_amend",
  "other_channel",
] as const;

export const LEGACY_SUM_RULES: readonly LegacySumRule[] = [
  {
    rule: "L1",
    severity: "warning",
    title: "申请答复数 ≠ 各类答复之和",
    total: L("answers.total"),
    parts: [...LEGACY_ANSWER_KINDS, "other_kinds"].map((k) => L(`answers.${k}`)),
  },
  {
    rule: "L2",
    severity: "error",
    title: "行政复议数量 ≠ 维持 + 纠错 + 其他情形",
    total: L("review.total"),
    parts: [L("review.upheld"), L("review.corrected"), L("review.other"), L("review.pending")],
  },
  {
    rule: "L3",
    severity: "error",
    title: "行政诉讼数量 ≠ 维持 + 纠错 + 其他情形",
    total: L("litigation.total"),
    parts: [L("litigation.upheld"), L("litigation.corrected"), L("litigation.other"), L("litigation.pending")],
  },
  {
    rule: "L4",
    severity: "warning",
    title: "收到申请数 ≠ 各申请渠道之和",
    total: L("apps.received"),
    parts: ["in_person", "fax", "online", "email", "letter", "letter_fax", "phone", "other"].map((k) =>
      L(`apps.received.${k}`),
    ),
  },
  {
    rule: "L5",
    severity: "warning",
    title: "申请办结数 ≠ 按时办结 + 延期办结",
    total: L("apps.closed"),
    parts: [L("apps.closed.on_time"), L("apps.closed.extended")],
  },
];

/** Rows that count a part of another row (公开 through one channel ≤ 公开 in all): `[part, whole]`. */
export const LEGACY_PART_OF: readonly (readonly [string, string])[] = [
  [L("active.website"), L("active.total")],
  [L("active.gazette"), L("active.total")],
];

/**
 * A value column headed by the report's period to its last day, not by its year (统计表 of some sites): 2012年1月1日至
 * 2012年12月31日, 2015年1月1日—12月31日, 自2008年5月1日起至12月31日止, 2013.1.1-2013.12.31, and with no year only the
 * whole year (1月1日至12月31日, 1-12月). One column's words: a period from one year into another is a 累计
 * (LEGACY_CUMULATIVE_HEADER). Not inside a bracket, where it notes the column before (本年度(1-12月)), nor after a
 * digit (11月1日至12月31日 is no whole year). Kept apart from LEGACY_VALUE_HEADER_WORDS: its lookbehind is not spaced.
 */
export const LEGACY_PERIOD_HEADER =
  String.raw`(?<![\d(（])(?:自?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起?[-—至到~](?:(?:19|20)\d{2}年)?12月31日止?|` +
  String.raw`(?:19|20)\d{2}[.．/]\d{1,2}[.．/]\d{1,2}[-—至到~](?:(?:19|20)\d{2}[.．/])?12[.．/]31|` +
  String.raw`1月1日[-—至到~]12月31日|1[-—至到~]12月)`;

/**
 * Header words of the value columns, one pattern each: which column is this year's (a year or 本年) and which is 累计.
 * Readers of tables printed with spaces between characters space them out (legacy-flat.ts).
 */
export const LEGACY_VALUE_HEADER_WORDS: readonly string[] = [
  // Periods as dates: 自2008年5月以来累计, 2008年5月-2014年12月, 2014年1-12月.
  String.raw`自?(?:19|20)\d{2}年\d{1,2}月(?:以来|起)?累[计积]`,
  // 累计 to a year's end or from one year to another: 截至2013年底累计, 2013年底累计, 2008年至2013年累计, 2004-2013年累计.
  String.raw`截[至止](?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?累[计积]数?`,
  String.raw`(?:19|20)\d{2}年(?:底|末|以来)累[计积]数?`,
  String.raw`(?:19|20)\d{2}年?[-—至到~](?:19|20)\d{2}年(?:底|末)?累[计积]数?`,
  String.raw`(?:19|20)\d{2}年(?:\d{1,2}月?)?[-—至到~](?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末)?`,
  // A year's column: 2012年, 2012年度, 2012年度数, 2012年度统计数.
  String.raw`(?:19|20)\d{2}年度?(?:数|统计数?)?`,
  String.raw`本年(?:度|数)?`,
  "年末统计",
  "统计数",
  String.raw`历年累[计积]`,
  String.raw`累[计积]数?`,
  String.raw`(?:比上年|同比)?增(?:减|长)(?:数|率|幅度)?`,
  String.raw`本期(?:数)?`,
  String.raw`(?:上年|去年)同期(?:数)?`,
  String.raw`上年(?:度|数)?`,
  "去年",
];
/** Header words of the value columns: which column is this year's (a year or 本年) and which is 累计. */
export const LEGACY_VALUE_HEADER = new RegExp(`${LEGACY_PERIOD_HEADER}|${LEGACY_VALUE_HEADER_WORDS.join("|")}`, "g");
/** A table titled as the years to date (表二:历年累计情况, 累计统计表(2008年5月—2014年12月)): not this year's. */
export const LEGACY_CUMULATIVE_TITLE = /累\s*[计积]|历\s*年/;
/**
 * A table titled as the agency's units' (附表二:下属事业单位政府信息公开情况统计表, 附:局属各单位情况汇总, 各乡镇(街道)统计表):
 * not the agency's own. Not 局机关及下属单位 or 含下属单位 (the whole, the agency's own figure).
 */
export const LEGACY_SUBUNIT_TITLE = /(?<![含括及和与])(?:下属|局属|所属|直属|系统内各|各乡镇|各街道|二级单位|基层单位)/;
/** A 累计 column, or a period from one year into another (2008年5月-2014年12月). */
export const LEGACY_CUMULATIVE_HEADER =
  /累[计积]|((?:19|20)\d{2})[年.．/][^-—至到~]{0,6}[-—至到~](?!\1)(?:19|20)\d{2}[年.．/]/;
const PERIOD_WORD = new RegExp(`^(?:${LEGACY_PERIOD_HEADER})$`);
const CUMULATIVE_WORD = /^累[计积]数?$/;

/**
 * Header words read from one run of text, with a period from one year into another joined to the 累计 printed right
 * after it (2008年5月1日至2012年12月31日累计 is one column's words, and one 累计). A period within one year before 累计
 * (2012年1月1日至12月31日 累计) is two columns.
 */
export function joinCumulativePeriods(words: string[]): string[] {
  for (let i = words.length - 1; i > 0; i--) {
    const period = words[i - 1];
    if (CUMULATIVE_WORD.test(words[i]) && PERIOD_WORD.test(period) && LEGACY_CUMULATIVE_HEADER.test(period)) {
      words.splice(i - 1, 2, period + words[i]);
    }
  }
  return words;
}
/** A value column for a part of the year: a half, a quarter, a month or a run of months (2012年1-6月, 上半年). */
const PART_OF_YEAR_COLUMN =
  /^(?:(?:19|20)\d{2}年度?)?(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月?[-—至到~]\d{1,2}月份?|\d{1,2}月份?)(?:数|情况)?$/;
/** …unless it runs the whole year (1-12月). */
const WHOLE_YEAR_COLUMN = /(?<!\d)1月?[-—至到~]12月/;
/** Header words of a column that is not this year's figure: 累计, 以来, the year before, the change on it. */
const NOT_CURRENT_HEADER = new RegExp(`${LEGACY_CUMULATIVE_HEADER.source}|以来|上年|去年|同期|增减|增长`);

/**
 * Which value column holds this year's figure, from the header words of the value columns ("2014年 | 2015年",
 * "上年度 | 本年度", "本年 | 上年 | 累计", "本期 | 上年同期 | 增减"): 本年 (本期) when printed, else the latest year,
 * else the first column that is neither 累计 nor the year before. -1 when every column is one of those. Over parts
 * of the agency, their 合计.
 */
export function legacyCurrentColumn(words: readonly string[]): number {
  // Columns for parts of the year and none for the whole (上半年 | 下半年, 2012年1-6月 | 2012年7-12月, 一季度…四季度,
  // no 合计): no column is the year's figure.
  if (words.length >= 2 && words.every((w) => PART_OF_YEAR_COLUMN.test(w) && !WHOLE_YEAR_COLUMN.test(w))) return -1;
  // Columns per part of the agency and their total (局机关 | 所属单位 | 合计): the total is the agency's figure.
  const total = words.findIndex((w) => /^(?:合|总|小)计$/.test(w));
  if (total >= 0 && !words.some((w) => /本年|(?:19|20)\d{2}/.test(w))) return total;
  const candidates = words.map((w, i) => ({ w, i })).filter(({ w }) => !NOT_CURRENT_HEADER.test(w));
  const thisYear = candidates.find(({ w }) => w.includes("本年") || w.startsWith("本期"));
  if (thisYear) return thisYear.i;
  const yearOf = (w: string) => Number(/(?:19|20)\d{2}/.exec(w)?.[0] ?? 0);
  const latest = candidates.reduce<{ w: string; i: number } | null>(
    (best, c) => (!best || yearOf(c.w) > yearOf(best.w) ? c : best),
    null,
  );
  return latest ? latest.i : -1;
}
/** Words that open a legacy table's header row ("指标名称 | 计量单位 | 2012年度 | 历年累计"). */
export const LEGACY_HEADER_START = /指标名称|统计指标|指标/;
/** The word over a column numbering the rows, printed before the header's first word (序号 指标名称 …). */
export const LEGACY_SERIAL_WORDS: readonly string[] = ["序号", "编号", "行次"];

/**
 * Words the narrative uses for a row, so a glued run the equations leave open ("主动公开文件数条212210037") can be
 * read by the figure the text states ("主动公开政府信息2122条").
 */
export const LEGACY_NARRATIVE_WORDS: readonly (readonly [string, string])[] = [[L("active.total"), "主动公开"]];
