/**
 * N1: what the page's sentences state against what its table prints (a warning: prose is loose). The table's
 * figure stays the one read; the finding names the key and the sentence's line, so a reader can judge.
 */
import type { ReportMeta } from "@/lib/parser/meta";
import type { Family, Finding } from "@/lib/parser/types";

/** The keys of the 2019/2021 forms' §三 table (apps.new.*, outcome.*, apps.carried_forward.* …). */
const SECTION3_KEY = /^(?:apps|outcome)\./;
/** The §三 row a count of applications received states: 一、本年新收, each applicant's cell and its total. */
const NEW_ROW_KEY = /^apps\.new\./;

/**
 * Whether the §三 table may not be the agency's own this year at all: the page says none came (未收到, 无相关数据)
 * and the table prints some, or the table counts more than twice the page's own count and ten or more beyond it (a
 * wider body's, 全区's, 汇总). A count nearer the table's is the agency's and its own table disagreeing on the row.
 */
const mayBeAnothers = (stated: number, table: number): boolean =>
  stated === 0 ? table > 0 : table > 2 * stated && table - stated >= 10;

/**
 * What a count stated against §三's disagreeing puts in doubt. On the 2019/2021 forms: the row it counts (本年新收,
 * every applicant's cell with its total: one of them is misprinted, or the sentence is); where the table may not
 * be the agency's own (mayBeAnothers: nothing on the page says whose it is), every figure of it. A legacy table's
 * rows stand apart, so only the count is.
 */
function doubted(
  values: Record<string, number>,
  family: Family | undefined,
  stated: number,
  areaTable = false,
): { keys: string[]; whose: boolean } {
  const first = "apps.new.total";
  const rest = (re: RegExp) => Object.keys(values).filter((k) => re.test(k) && k !== first);
  // A legacy 统计表 titled as the whole area's (附：全区…统计表) against the page's own count: all of it is in doubt.
  if (family === "legacy" && areaTable) return { keys: [first, ...rest(/./)], whose: true };
  if (family !== "2019" && family !== "2021") return { keys: [first], whose: false };
  const whose = mayBeAnothers(stated, values[first]);
  return { keys: [first, ...rest(whose ? SECTION3_KEY : NEW_ROW_KEY)], whose };
}

/** The §四 figures (review.*, litigation_direct.*, litigation_after_review.*, litigation.*). */
const SECTION4_KEY = /^(?:review|litigation)/;

/**
 * §四's heading followed by 无相关数据 and a §四 table after it printing cases: the table is not the agency's own this
 * year (the whole area's, another year's), or the words are wrong; nothing on the page tells which. Every figure of
 * the table is named.
 */
function checkCasesNone(values: Record<string, number>, meta: ReportMeta): Finding[] {
  const none = meta.narrative.casesNone;
  if (!none) return [];
  const keys = Object.keys(values).filter((k) => SECTION4_KEY.test(k));
  const printed = keys.filter((k) => k.endsWith(".total") && values[k] > 0);
  if (printed.length === 0) return [];
  const counts = printed.map((k) => `${k} ${values[k]}`).join("、");
  return [
    {
      rule: "N1",
      severity: "warning",
      message: `正文称${quoted(none.raw).slice(1)},而其后的行政复议、行政诉讼表列有案件(${counts}),表中数字是否本机关本年度的无从判断`,
      keys,
      line: none.line,
    },
  ];
}

/** The keys a table of the area's would hold: §三's and §四's on the 2019/2021 forms, every one on the 统计表. */
const TABLE_KEY = /^(?:apps|outcome|review|litigation|legacy)/;

/**
 * A department's page noting a table as the whole area's ((注：上表为全区各部门汇总数据)): the figures read are not the
 * agency's own, or not all of them; which table the note means (one, or both) the page does not always tell. Every
 * figure that could be the area's is named.
 */
function checkAreaNote(values: Record<string, number>, meta: ReportMeta): Finding[] {
  const note = meta.narrative.areaNote;
  if (!note) return [];
  const keys = Object.keys(values).filter((k) => TABLE_KEY.test(k));
  if (keys.length === 0) return [];
  return [
    {
      rule: "N1",
      severity: "warning",
      message: `页面注明${quoted(note.raw).slice(1)},表中数字为全区(县、市)或各部门的汇总,并非本机关本身的数字`,
      keys,
      line: note.line,
    },
  ];
}

export function checkNarrative(values: Record<string, number>, meta: ReportMeta, family?: Family): Finding[] {
  return [...checkApplications(values, meta, family), ...checkCasesNone(values, meta), ...checkAreaNote(values, meta)];
}

function checkApplications(values: Record<string, number>, meta: ReportMeta, family?: Family): Finding[] {
  const stated = meta.narrative.appsReceived;
  const table = values["apps.new.total"];
  if (!stated || table === undefined) return [];
  // Some reports count what they handled this year, carried-over applications included: not a contradiction.
  const withCarried = table + (values["apps.carried_over.total"] ?? 0);
  if (stated.value === table || (stated.value === withCarried && !stated.newOnly)) return [];
  if (stated.after && setAside(stated.after, stated.value, table)) return [];
  const { keys, whose } = doubted(values, family, stated.value, meta.narrative.areaTable);
  const tail = whose
    ? ";页面未说明表中数字是否本机关本年度的,表中各数存疑"
    : keys.length > 1
      ? ";本年新收一行(各类申请人及总计)存疑"
      : "";
  return [
    {
      rule: "N1",
      severity: "warning",
      message: `正文所述收到申请 ${stated.value} 件,与统计表本年新收 ${table} 件不一致${quoted(stated.raw)}${tail}`,
      keys,
      expected: table,
      actual: stated.value,
      line: stated.line,
    },
  ];
}

const quoted = (raw: string | undefined): string => (raw ? `:「${raw}」` : "");

/** Applications a sentence sets aside from its count (withdrawn, not requests, passed on, counted elsewhere). */
const SET_ASIDE = /撤回|不作为|未予登记|不予登记|不予受理|转交|转办|代为答复|已计入|不计入|不纳入|咨询|重复/;
const COUNTS = /(?<!\d)(\d{1,7})件/g;

/**
 * The sentence goes on to set some of its count aside (…13件,其中1件申请人当场撤回,实际登记办理12件; …134件(含电话咨询
 * 后转为书面申请的8件); …263件,其中转交职能部门直接答复5件,本级新收258件): the table's figure is what remains, or is
 * printed there. No disagreement.
 */
function setAside(after: string, stated: number, table: number): boolean {
  if (!SET_ASIDE.test(after)) return false;
  for (const clause of after.split(/[,，;；]/)) {
    if (!SET_ASIDE.test(clause)) continue;
    for (const m of clause.matchAll(COUNTS)) if (stated - Number(m[1]) === table) return true;
  }
  for (const m of after.matchAll(COUNTS)) if (Number(m[1]) === table) return true;
  return false;
}

/** A count a sentence of the page states (the legacy sentence reader's), with the sentence as printed. */
export interface StatedCount {
  key: string;
  value: number;
  line: number;
  raw: string;
}

/** What a sentence calls each figure it may state beside a legacy table. */
const STATED_NAMES: Readonly<Record<string, string>> = {
  "apps.new.total": "收到申请",
  "outcome.granted.total": "同意公开答复",
  "outcome.partial.total": "同意部分公开答复",
  "outcome.denied.total": "不予公开答复",
  "review.total": "行政复议",
  "litigation.total": "行政诉讼",
  "legacy.complaints": "行政申诉、举报",
};

/**
 * A sentence counting the agency's cases of every kind and saying which of them concern disclosure
 * (行政诉讼案件共9件,其中涉及政府信息公开的0件; 被申请行政复议案件4件,均不涉及政府信息公开; …,因政府信息公开引起的
 * 行政复议2件): its whole count is no figure of the form's row, so it is not set against the table.
 */
const OTHER_CASES = new RegExp(
  [
    "(?:不|未|均不|并不)涉及(?:政府)?信息公开|其中[^,，。]{0,8}(?:涉及|关于|有关|属于)[^,，。]{0,6}(?:政府)?信息公开|",
    "与[^,，。]{0,8}信息公开[^,，。]{0,4}无关",
  ].join(""),
);
/** Where a sentence turns to the cases that concern disclosure (其中涉及…信息公开, 因政府信息公开…引起的). */
const DISCLOSURE_PART = /其中|因(?:政府)?信息公开[^,，。\d]{0,6}?(?:引起|引发|提起|申请)/;

/** A count and its unit (3件, 2 起): matched once, compared as printed. */
const COUNT_WITH_UNIT = /(?<!\d)(\d+)\s*([件起宗条项])/g;

/** Whether `text` states the count `n` with one of `units` after it. */
function statesCount(text: string, n: number, units: string): boolean {
  for (const m of text.matchAll(COUNT_WITH_UNIT)) if (m[1] === String(n) && units.includes(m[2])) return true;
  return false;
}

/** The value is the part said to concern disclosure (…,其中涉及政府信息公开的行政复议3件、行政诉讼0件): compared. */
function countedInPart(raw: string, value: number): boolean {
  const part = DISCLOSURE_PART.exec(raw);
  return part !== null && statesCount(raw.slice(part.index + 1), value, "件起宗");
}

/** The sentence counts `whole` before a 其中 telling its parts (共受理…3件,其中原卫生局受理1件,我局受理2件). */
function wholeBeforePart(raw: string, whole: number): boolean {
  const at = raw.indexOf("其中");
  return at > 0 && statesCount(raw.slice(0, at), whole, "件条");
}

/**
 * The words a sentence names each answer or case figure by, then a count in its unit (行政诉讼2件, 属于公开范围…的11件).
 * Not the applications: 申请 also names a channel's or an applicant's part (信函申请4件).
 */
const NAMED_COUNT: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({
    "outcome.granted.total": "(?<!不|部分)(?:同意公开|予以公开|(?<!不)属于公开范围)",
    "outcome.partial.total": "部分公开",
    "outcome.denied.total": "不予(?:以)?公开",
    "review.total": "复议",
    "litigation.total": "诉讼",
    "legacy.complaints": "申诉|举报",
  }).map(([key, words]) => [key, new RegExp(`(?:${words})[^\\d,，。;；]{0,12}?(\\d+)\\s*[件起宗项条]`, "g")]),
);

/** Whether the sentence prints `n` by the key's name (…因政府信息公开引起的行政复议1件: 1 for review.total). */
function namesCount(raw: string, key: string, n: number): boolean {
  const re = NAMED_COUNT[key];
  if (!re) return false;
  for (const m of raw.matchAll(re)) if (m[1] === String(n)) return true;
  return false;
}

/** The sentence prints `n` by the key's name after it turns to the cases concerning disclosure. */
function namesInPart(raw: string, key: string, n: number): boolean {
  const part = DISCLOSURE_PART.exec(raw);
  return part !== null && namesCount(raw.slice(part.index), key, n);
}

/**
 * Another body's or matter's counts, or a part of the year's (局属事业单位受理申请9件, 人大代表建议、政协提案复文同意
 * 公开29件, 公文公开属性审核:…不予公开8件, 上半年同意公开7件): beside a table they state no figure of its rows.
 */
const OTHER_SUBJECT = new RegExp(
  [
    "(?:局属|下属|所属|直属|二级)[^,，。;；\\d]{0,6}单位|上级主管部门|人大代表建议|政协提案|建议提案|提案复文|",
    "公开属性审核|上半年|下半年|第[一二三四1-4]季度",
  ].join(""),
);
/** The agency itself named in the same sentence (我局及局属事业单位共受理…): the whole, not another body. */
const OWN_SUBJECT = /我[局委办乡镇区市县厅处中院所站队馆]|本(?:局|委|办|机关|单位|部门)|全局|共计|合计/;

/** Four or more bare figures in a run (收到申请数 1 3 7 2 13): a table's row quoted with the text, not a sentence. */
const ROW_OF_CELLS = /(?<![\d.])\d+(?:\s+\d+){3,}(?![\d.])/;

/**
 * A count the sentence qualifies as one part of the key's figure: by reason (属于内部管理信息不予公开1件), by half or
 * quarter of the year, or by form (以纸质形式同意公开1件). Less than the table's figure, it is no disagreement.
 */
const PART_QUALIFIER =
  /(?:属于|涉及|因)[^,，;；。\d]{1,14}$|(?:上半年|下半年|季度|以[^,，;；。\d]{1,8}形式)[^,，;；。\d]{0,6}$/;

/** Whether the sentence names `n` by the key's name as a qualified part, or names parts of the key adding up to `n`. */
function namesParts(raw: string, key: string, value: number, table: number): boolean {
  const re = NAMED_COUNT[key];
  if (!re) return false;
  let sum = 0;
  let parts = 0;
  let qualified = false;
  for (const m of raw.matchAll(re)) {
    sum += Number(m[1]);
    parts++;
    if (m[1] === String(value) && PART_QUALIFIER.test(raw.slice(Math.max(0, m.index - 20), m.index))) qualified = true;
  }
  // Several parts printed: they must add up to the table's figure; one part alone is less than it.
  return parts >= 2 ? sum === table : qualified && value < table;
}

/**
 * A sentence sorting the agency's documents by their disclosure attribute (共梳理文件153件,其中主动公开76件,依申请公开
 * 64件,不予公开13件; 按照信息属性划分,…属于依申请公开的55条,属于不予公开的61条): its 不予公开 counts documents, not
 * answers to applications.
 */
const ATTRIBUTE_SORT = /属性|梳理|清理|制作|获取|产生/;
const ATTRIBUTE_COUNT = /(?:为|属于)?依申请公开(?:的|信息)?\s*\d+\s*[件条]/;
const sortsByAttribute = (raw: string): boolean => ATTRIBUTE_COUNT.test(raw) && ATTRIBUTE_SORT.test(raw);

/** A 统计表 the text quotes with its rows glued (附:…情况统计表主动公开信息数38其中:1、网站公开38…; 指标名称 计量单位 …). */
const QUOTED_TABLE = /指\s*标\s*名\s*称|计\s*量\s*单\s*位|统计表\s*(?:主动公开|指标)/;

/** An item told by its place in a list (对第3件,…仅提供了…): the number is an ordinal, not a count. */
const ORDINAL = /第\s*\d+\s*[件项条份]/;
const ORDINALS = new RegExp(ORDINAL.source, "g");
const COUNT = /(?<!\d)\d+\s*[件起宗条项份]/;

/** One application told by what it asked (对1件要求公开…的申请,我局予以公开): a part of the year's, not its whole. */
const ONE_CASE = /^[^,，。;；]{0,8}对\s*\d+\s*[件份](?:要求|申请)[^,，。;；]{2,40}的申请/;

/**
 * Words naming each answer: a 0 the reader inferred for a key whose own words the sentence prints (1件因涉及…未予公开;
 * 作出否决公开答复; 作了删除处理后,提供了其余内容) is a misreading of the sentence, not what it says.
 */
const ANSWER_WORDS: Readonly<Record<string, RegExp>> = {
  "outcome.partial.total": /部分公开|部分内容|其余内容|删除|技术处理|区分处理|(?:仅|只)(?:向[^,，。]{0,8})?提供/,
  "outcome.denied.total": /不予(?:以)?公开|未予公开|否决公开|不(?:同意)?公开|拒绝公开/,
};

/** A sentence saying none of an answer kind was given (无…部分公开, 没有作出不予公开). */
const NONE_OF: Readonly<Record<string, RegExp>> = {
  "outcome.granted.total": /(?:无|没有|未有|未出现)(?:任何)?(?<!不)同意公开/,
  "outcome.partial.total": /(?:无|没有|未有|未出现)[^,，。;；\d]{0,12}?部分公开/,
  "outcome.denied.total": /(?:无|没有|未有|未出现)[^,，。;；\d]{0,12}?(?:不予(?:以)?公开|不同意公开)/,
};
/** A refusal's count in the sentence (1件因涉及国家秘密不同意公开, 不予公开2件). */
const REFUSED =
  /(\d+)\s*件[^,，。;；\d]{0,16}?(?:不同意公开|不予(?:以)?公开|未予公开)|(?:不同意公开|不予(?:以)?公开)(\d+)\s*件/g;

/**
 * A misreading rather than a disagreement: the value is only an ordinal the sentence prints (第3件) or a 0 inferred
 * where the sentence names the key's answer; or 同意公开 counts the partly disclosed answers too (予以公开的2件(其中全部
 * 公开1件、部分公开1件); 删除处理后提供了其余内容 told among the granted).
 */
function misread(raw: string, key: string, value: number, values: Record<string, number>): boolean {
  if (raw.includes("第") && ORDINAL.test(raw)) {
    const counts = raw.replace(ORDINALS, "");
    // Nothing counted but items' places, or the value printed only as one.
    if (!COUNT.test(counts) || (statesCount(raw, value, "件项条份") && !statesCount(counts, value, "件项条份")))
      return true;
  }
  const none = NONE_OF[key]?.test(raw) === true;
  if (value === 0 && !none && !statesCount(raw, 0, "件起宗条项份") && ANSWER_WORDS[key]?.test(raw)) return true;
  // A count the sentence says there is none of (全年无同意公开、部分公开和不予公开的答复), or 同意公开 counting a
  // 不同意公开 (3件同意公开;1件…不同意公开 read as 4 or more).
  if (value > 0 && none) return true;
  if (key === "outcome.granted.total") {
    for (const m of raw.matchAll(REFUSED)) if (value - Number(m[1] ?? m[2]) === values[key]) return true;
  }
  const partial = values["outcome.partial.total"];
  return (
    key === "outcome.granted.total" &&
    partial > 0 &&
    value === values[key] + partial &&
    ANSWER_WORDS["outcome.partial.total"].test(raw)
  );
}

/** A filling instruction's worked example (例:某单位…), not the agency's count. */
const EXAMPLE = /^(?:例|示例|举例|比如)[:：]|某(?:单位|机关|部门)(?:全年|本年|共)/;
/** A total the sentence states after its parts or once merged (合计受理5件, 经合并,受理申请4件). */
const TOTAL_STATED = /(?:合计|共计|总计|总共|实际|合并)[^。;；\d]{0,16}?(\d+)\s*件/g;

function statesTotal(raw: string, table: number): boolean {
  for (const m of raw.matchAll(TOTAL_STATED)) if (Number(m[1]) === table) return true;
  return false;
}

/** A hotline's consumer complaints (全年受理12315投诉举报2211件): no 申诉、举报 about disclosure. */
const HOTLINE = /123(?:15|45)|热线/;

/** A sentence's first count with its unit. */
const FIRST_COUNT = /(?<!\d)\d+\s*[件起宗条项]/;

/** The sentence's subject, before its first count, is another body, matter or part of the year: not with the agency. */
function ledByOtherSubject(raw: string): boolean {
  const first = raw.search(FIRST_COUNT);
  const subject = first < 0 ? raw : raw.slice(0, first);
  return OTHER_SUBJECT.test(subject) && !OWN_SUBJECT.test(subject);
}

/**
 * N1 for the applications, the answers and the 复议/诉讼/申诉 counts a legacy page states in sentences beside its
 * table (the applications as the legacy sentence reader reads them, in more wordings than checkNarrative's).
 * `agreeing` lists, per key, the table's figures a sentence may mean (the core figure, or one of the rows it adds
 * up: 同意公开 beside a printed 已主动公开 row); a stated count that is none of them is a disagreement.
 */
export function checkStatedCounts(
  values: Record<string, number>,
  stated: readonly StatedCount[],
  agreeing: (key: string) => readonly number[] = (key) => [values[key]],
): Finding[] {
  const out: Finding[] = [];
  for (const s of stated) {
    const name = STATED_NAMES[s.key];
    const table = values[s.key];
    if (!name || table === undefined || agreeing(s.key).includes(s.value)) continue;
    if (OTHER_CASES.test(s.raw) && !countedInPart(s.raw, s.value)) continue;
    // …案件12件,其中因政府信息公开引起的行政诉讼2件: the part concerning disclosure is the table's figure.
    if (namesInPart(s.raw, s.key, table) && !namesInPart(s.raw, s.key, s.value)) continue;
    // The sentence prints the table's figure by its name and never the value read (a 0 the reader inferred).
    if (namesCount(s.raw, s.key, table) && !statesCount(s.raw, s.value, "件起宗条项")) continue;
    if (ledByOtherSubject(s.raw) || ROW_OF_CELLS.test(s.raw) || namesParts(s.raw, s.key, s.value, table)) continue;
    if (QUOTED_TABLE.test(s.raw) || misread(s.raw, s.key, s.value, values)) continue;
    if (s.key.startsWith("outcome.") && sortsByAttribute(s.raw)) continue;
    if (s.key === "legacy.complaints" && HOTLINE.test(s.raw)) continue;
    if (s.value < table && ONE_CASE.test(s.raw)) continue;
    // 例:某单位全年受理申请10件…: a filling instruction's example, no statement of the agency's.
    if (EXAMPLE.test(s.raw)) continue;
    // 直接受理3件,另由…转来2件,合计受理5件; 收到申请表7份…经合并,受理申请4件: the sentence's own total is the table's.
    if (s.key === "apps.new.total" && statesTotal(s.raw, table)) continue;
    // Some reports count what they handled this year, carried-over applications included: not a contradiction.
    if (s.key === "apps.new.total" && s.value === table + (values["apps.carried_over.total"] ?? 0)) continue;
    // 卫生系统共收到申请5件,其中局机关2件: the sentence's whole is the table's figure, the value read its own part.
    if (s.key === "apps.new.total" && wholeBeforePart(s.raw, table)) continue;
    out.push({
      rule: "N1",
      severity: "warning",
      message: `正文所述${name} ${s.value} 件,与统计表所列 ${table} 件不一致:「${s.raw}」`,
      keys: [s.key],
      expected: table,
      actual: s.value,
      line: s.line,
    });
  }
  return out;
}
