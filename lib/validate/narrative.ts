/**
 * N1: what the page's sentences state against what its table prints (a warning: prose is loose). The table's
 * figure stays the one read; the finding names the key and the sentence's line, so a reader can judge.
 */
import type { ReportMeta } from "@/lib/parser/meta";
import type { Finding } from "@/lib/parser/types";

export function checkNarrative(values: Record<string, number>, meta: ReportMeta): Finding[] {
  const stated = meta.narrative.appsReceived;
  const table = values["apps.new.total"];
  if (!stated || table === undefined) return [];
  // Some reports count what they handled this year, carried-over applications included: not a contradiction.
  const withCarried = table + (values["apps.carried_over.total"] ?? 0);
  if (stated.value === table || stated.value === withCarried) return [];
  return [
    {
      rule: "N1",
      severity: "warning",
      message: `正文所述收到申请 ${stated.value} 件,与统计表本年新收 ${table} 件不一致`,
      keys: ["apps.new.total"],
      expected: table,
      actual: stated.value,
      line: stated.line,
    },
  ];
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
const OTHER_CASES =
  /(?:不|未|均不|并不)涉及(?:政府)?信息公开|其中[^,，。]{0,8}(?:涉及|关于|有关|属于)[^,，。]{0,6}(?:政府)?信息公开/;
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
