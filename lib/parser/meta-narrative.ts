/**
 * The narrative's own count of applications received ("全年共收到…申请N件", "共受理依申请公开N件",
 * "未收到…申请" = 0), so validation can compare it with the table (rule N1).
 *
 * Conservative on purpose: a count is taken only when its clause speaks for the whole agency and year
 * (全年/全区/共/我局…). "区政府办代表区政府受理…17件" (hongze 2024) is one office's subset and is skipped.
 */
import { aboutLongerPeriod, CASE_AFTER, HALF_OR_QUARTER } from "./legacy-narrative-rules";

export interface NarrativeCount {
  value: number;
  line: number;
  /** The rest of the sentence after the count (…,其中1件申请人撤回,实际办理11件): what it says of the count. */
  after?: string;
  /** The sentence stating it, its spaces left out, for a finding's quote. */
  raw?: string;
  /** The sentence says 新收: the new applications alone, last year's carried over not among them. */
  newOnly?: boolean;
}

/** How long a stated count's quote runs at most. */
const QUOTE_MAX = 80;
/**
 * Whether a UTF-16 code unit is one `/\s/` matches (ECMAScript WhiteSpace and LineTerminator), without making a
 * string of each character and running a regex on it: asPrinted walks a whole line of prose so.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const VERBS = ["收到", "受理", "新收", "接到"];
/** The clause before the verb must say "all of it" … */
const WHOLE =
  /全年|全区|全市|全县|全镇|全乡|全旗|全街道|共|累计|合计|总计|本年|我[局委办乡镇区市县厅处街]|本机关|本单位|本部门/;
/** … and must not single out a part. */
const PART = /代表|其中|各部门|各单位|部分|下属/;
/** Applications that are not information-disclosure requests. */
const OTHER_KIND = /复议|诉讼|举报|投诉|信访|热线|咨询|来电|来信|审批|审核|验收|许可|登记/;

/** Words of a sentence about last year. */
const LAST_YEAR = /上年|去年|上一年|前年|同期/;

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The clause before position `at`: from the last punctuation to `at`. */
function clauseBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(",", at), text.lastIndexOf("。", at), text.lastIndexOf(";", at));
  return text.slice(start + 1, at);
}

/** The subject names the agency itself ("2023年,瓯海区人民政府办公室受理…", "繁荣街道共…"). */
function isAgency(subject: string, agency: string | null): boolean {
  const name = subject.replace(/^\d{4}年度?/, "");
  return agency !== null && name.length >= 2 && (name.includes(agency) || agency.endsWith(name));
}

/** A section heading's numeral (三、): no sentence runs across it. */
const HEADING_NUMERALS = "一二三四五六七八九十";

/**
 * The sentence before position `at`: from the last full stop, or the last section heading after it (二、's table
 * printing 上一年项目数量 is not the sentence of 三、's 本年度未收到…申请), to `at`.
 */
function sentenceBefore(text: string, at: number, fromHeading = true): string {
  const start = Math.max(text.lastIndexOf("。", at), text.lastIndexOf(";", at)) + 1;
  for (let i = at - 1; fromHeading && i > start; i--) {
    if (text[i] === "、" && HEADING_NUMERALS.includes(text[i - 1])) return text.slice(i + 1, at);
  }
  return text.slice(start, at);
}

/**
 * A total the same sentence gives after a part of the intake (…,上级机关转办1件,合计3件; …转来申请2件,合计受理5件;
 * …,总计受理并答复政府信息公开申请13件), not a count of the cases closed (合计办结4件).
 */
const SUM_AFTER =
  /^[,，][^。;]{0,30}?\d{1,7}件[,，](?:合计|共计|总计|总共)(?![^。;,，\d]*办结)[^。;,，\d]{0,16}?(\d{1,7})件/;

/** The sentence after position `at`: from `at` to the next full stop. */
function sentenceAfter(text: string, at: number): string {
  const end = text.slice(at).search(/[。;]/);
  return end < 0 ? text.slice(at) : text.slice(at, at + end);
}

/** Every kind of applicant named (公民、法人和其他组织): the whole intake, not one applicant's part. */
const EVERY_APPLICANT_NAMED = /公民[^的]{0,6}(?:法人|组织)/;
/** 未收到…申请 and a count of applications received, in the order the page prints them. */
const CANDIDATE_RE = /未(?:收到|受理)([^,。;:]{0,24}?)申请|(收到|受理|新收|接到)([^,。;:]{0,30}?)(\d{1,7})件/g;
/** 未收到依申请公开行政复议…, 未收到政府信息公开申请引发的行政复议: the clause is about cases, not applications. */
const CASE_IN_CLAUSE = /^[^,，。;:]{0,40}?(?:复议|诉讼|投诉|举报|申诉)/;
/**
 * 未收到法人或其他组织提出的…申请, 未收到需要延期答复的申请: applications of one kind, a part; 未收到公民、法人和其他组织
 * 提出的…申请 (every applicant) or 任何…申请 is none at all.
 */
const EVERY_APPLICANT = /公民[^的]{0,6}(?:法人|组织)|任何|社会公众|群众/;
/** 局属事业单位未收到…, 各乡镇均未收到…, 12月份未收到…: a unit's or a month's none, not the agency's year's. */
const NONE_OF_PART = /局属|所属|直属|下属|事业单位|各乡镇|各街道|各村|科室|各部门|各单位|\d{1,2}月份/;
/** A row of the form's cells printed with their unit (一、本年新收政府信息公开申请数量 9件 1件 … 16件): no sentence. */
const CELLS_AFTER = /^\d{1,7}件/;
/** A dashboard's tiles (新收政府信息公开申请 0 件 办结 0 件 行政复议 0 件): a count then the next label's, no stop between. */
const TILES_AFTER = /^[\u4e00-\u9fff]{1,8}\d{1,7}件/;
/**
 * 未收到信函、传真申请: one channel of the intake, a part. (Not legacy-narrative-rules.ts's CHANNEL_WORDS: its 书面
 * would take 未收到书面的政府信息公开申请, which pages write for none at all, as a part.)
 */
const CHANNEL = /信函|传真|网上|网络|当面|现场|电话|邮件|邮寄/;
/** A part of the year (第四季度未收到申请, 上半年受理…) or a time before it (此前年度未受理申请). */
const PART_OF_YEAR = new RegExp(`${HALF_OR_QUARTER}|季度|此前|以前|之前`);
/** A year as printed (2015年), not the day of a full date (统计期限自2012年1月1日起). */
const YEAR_WORD = /((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)/g;
/** …,不计入本年度 after a count: the page says itself the count is not the year's. */
const NOT_COUNTED = /不(?:计入|纳入|列入|统计在)/;
/** 受理申请102件次,其中政府信息公开申请17件: the applications for information are the part after 其中. */
const DISCLOSURE_PART = /^次?[,，]其中[^。;,，]{0,12}?(?:政府信息公开|信息公开|依申请公开)[^。;,，\d]{0,8}?(\d{1,7})件/;
/** 全区/全市/全县…: the territory's count, another body's on the page of one of its departments. */
const TERRITORY = /全[区市县镇乡旗]|全街道/;
/** The page's agency is a department, not the government of a territory (…局, …委员会, …办公室, …中心). */
const DEPARTMENT = /(?:局|委|委员会|办|办公室|中心|院|所|站|队|处|馆|署)$/;

/** A range of years (2008年至2011年): a longer period than the report's. */
const YEAR_RANGE = /(?:19|20)\d{2}年(?:度)?(?:至|到|—|-|~)(?:19|20)\d{2}年/;

/**
 * The sentence up to a count speaks of another year than the report's (`years`: those the page gives for it) — the
 * last year it names before the count decides (2018年受理5件,2019年共受理7件) — of a range of years, or of a part.
 */
function otherTime(sentence: string, years: readonly number[]): boolean {
  if (PART_OF_YEAR.test(sentence) || LAST_YEAR.test(sentence) || YEAR_RANGE.test(sentence)) return true;
  if (years.length === 0 || !sentence.includes("年")) return false;
  let last: string | undefined;
  for (const m of sentence.matchAll(YEAR_WORD)) last = m[1];
  return last !== undefined && !years.includes(Number(last));
}

function readCount(
  text: string,
  agency: string | null,
  years: readonly number[],
): { value: number; after?: string; newOnly?: boolean; at: number } | null {
  const department = agency !== null && DEPARTMENT.test(agency);
  for (const m of text.matchAll(CANDIDATE_RE)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined) {
      // 未收到…申请: 0, unless it is another kind of application, a part, or another time's. (未收到因政府信息公开申请
      // 行政复议: the 申请 of a review or a suit, not an application for information: CASE_AFTER, as the sentences'.)
      if (OTHER_KIND.test(m[1]) || CHANNEL.test(m[1]) || CASE_AFTER.test(text.slice(end, end + 6))) continue;
      if (CASE_IN_CLAUSE.test(text.slice(m.index)) || (m[1].includes("的") && !EVERY_APPLICANT.test(m[1]))) continue;
      const clause = clauseBefore(text, m.index);
      if (PART.test(clause) || NONE_OF_PART.test(clause) || otherTime(sentenceBefore(text, m.index), years)) continue;
      return { value: 0, at: m.index };
    }
    if (
      !m[3].includes("申请") ||
      OTHER_KIND.test(m[3]) ||
      m[3].includes("数量") ||
      CELLS_AFTER.test(text.slice(end)) ||
      TILES_AFTER.test(text.slice(end))
    ) {
      continue;
    }
    // 累计受理…7件, 上年度受理…4件: a count of a longer period or of last year says nothing of this year's.
    const sentence = sentenceBefore(text, m.index) + m[2] + m[3];
    if (aboutLongerPeriod(sentence) || otherTime(sentence, years) || sentence.includes("分别")) continue;
    const after = sentenceAfter(text, end);
    if (NOT_COUNTED.test(after)) continue;
    const subject = clauseBefore(text, m.index);
    if (PART.test(subject + m[3])) return null;
    if (department && TERRITORY.test(subject + m[3])) continue;
    // 收到公民、法人和其他组织提出的…申请N件: every applicant's, the whole.
    const whole = WHOLE.test(subject + m[2] + m[3]) || EVERY_APPLICANT_NAMED.test(m[3]);
    if (!(whole || isAgency(subject, agency))) return null;
    // 受理申请102件次,其中政府信息公开申请17件: the part after 其中 is the count of applications for information.
    const part = m[3].includes("公开") ? null : DISCLOSURE_PART.exec(after);
    if (part) return { value: Number(part[1]), at: m.index };
    // 本机关直接受理申请2件,上级机关转办1件,合计3件: the total after the parts of the intake is the count.
    const total = SUM_AFTER.exec(after);
    if (total) return { value: Number(total[1]), at: m.index };
    // 新收…申请N件: this year's new ones alone, never last year's carried over with them.
    const newOnly = m[2] === "新收" || m[3].includes("新收") ? { newOnly: true } : {};
    return { value: Number(m[4]), ...(after ? { after } : {}), ...newOnly, at: m.index };
  }
  return null;
}

/**
 * The sentence around position `at` of `text` (the line, then the next, their spaces left out), at most QUOTE_MAX / 2
 * characters either side of `at`, cut with "…": quoted from `line` as printed, spaces kept, where it lies there.
 */
function quoteAround(text: string, at: number, line: string): string {
  const before = sentenceBefore(text, at, false).replace(/^[,，]+/, "");
  const after = sentenceAfter(text, at);
  const half = QUOTE_MAX / 2;
  const from = at - Math.min(before.length, half - 1);
  const to = at + Math.min(after.length, half - 1);
  const head = from > at - before.length ? "…" : "";
  const tail = to < at + after.length ? "…" : "";
  return head + (asPrinted(line, from, to) ?? text.slice(from, to)) + tail;
}

/** The stretch of `line` whose non-space characters are [from, to), or null where it runs past the line. */
function asPrinted(line: string, from: number, to: number): string | null {
  let k = 0;
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    if (isSpaceCode(line.charCodeAt(i))) continue;
    if (k === from) start = i;
    k++;
    if (k === to) return start < 0 ? null : line.slice(start, i + 1);
  }
  return null;
}

/**
 * A line with `|`: a table's row, or a page's whole body on one line beside a menu's or a title's bar (…年度报告 |
 * 首页, 我为群众办实事|食用农产品…). Each stretch between bars is read alone, so a cell is never joined to the next.
 */
function readBetweenBars(line: string, at: number, agency: string | null, years: readonly number[]) {
  for (const piece of line.split("|")) {
    if (!piece.includes("申") || !VERBS.some((v) => piece.includes(v))) continue;
    const count = readCount(compact(piece), agency, years);
    if (count === null) continue;
    const { at: from, ...stated } = count;
    return { ...stated, line: at + 1, raw: quoteAround(compact(piece), from, piece) };
  }
  return null;
}

/** First whole-agency count of applications received stated in prose; a table's cells are read one by one. */
export function findAppsReceived(
  lines: string[],
  agency: string | null = null,
  years: readonly number[] = [],
): NarrativeCount | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!VERBS.some((v) => line.includes(v))) continue;
    if (line.includes("|")) {
      const count = readBetweenBars(line, i, agency, years);
      if (count) return count;
      continue;
    }
    if (!line.includes("申") && !(lines[i + 1] ?? "").includes("申")) continue;
    // A sentence may wrap onto the next line (PDF text): read both, the verb being on this one.
    const next = lines[i + 1] && !lines[i + 1].includes("|") ? compact(lines[i + 1]) : "";
    const text = compact(line) + next;
    const count = readCount(text, agency, years);
    if (count === null) continue;
    const { at, ...stated } = count;
    return { ...stated, line: i + 1, raw: quoteAround(text, at, line) };
  }
  return null;
}

/** The 2019/2021 forms' §三 heading, and a legacy report's section of the applications (三、依申请公开政府信息情况). */
const S3_HEADINGS = ["收到和处理政府信息公开申请情况", "依申请公开政府信息情况", "依申请公开情况"];
/** Who says it has nothing (本机关, 我局) and when (本年度, 2021年): a clerk writes either first. */
const NOTHING_WHO = String.raw`(?:本机关|本单位|本部门|我[局委办区县市镇乡街])`;
const NOTHING_WHEN = String.raw`(?:本年度?|全年|(?:19|20)\d{2}年度?)`;
/**
 * Right after it, the page's word that it has nothing there this year (本年度无相关数据, 2021年本机关无此类情况,
 * 本机关本年度无相关数据, 我县2020年度暂无相关数据).
 */
const NOTHING_AFTER = new RegExp(
  String.raw`^[)）:：]?(?:${NOTHING_WHO}[:：,，]?)?(?:${NOTHING_WHEN}[,，]?)?${NOTHING_WHO}?暂?` +
    String.raw`(?:无相关(?:数据|情况|内容|信息)|无此类?情况|无数据)`,
);

/** The 2019/2021 forms' §四 heading. */
const S4_HEADING = "政府信息公开行政复议、行政诉讼情况";

/**
 * 三、收到和处理政府信息公开申请情况 (or 三、依申请公开政府信息情况) 本年度无相关数据: none received (0), so a table
 * printed after it with figures (the whole area's, last year's) is set against it by N1. Where no heading is
 * followed so, null. `cases`: the same after §四's heading (四、政府信息公开行政复议、行政诉讼情况 无相关情况).
 */
export function findNoneUnderApplications(lines: string[], cases = false): NarrativeCount | null {
  const headings = cases ? [S4_HEADING] : S3_HEADINGS;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A loop, not headings.find with an arrow: a closure made for every line of every page was 3 % of the parse's
    // allocation.
    let heading: string | undefined;
    for (const h of headings) {
      if (line.includes(h)) {
        heading = h;
        break;
      }
    }
    if (heading === undefined) continue;
    const at = lines[i].indexOf(heading);
    const rest = lines[i].slice(at + heading.length);
    const own = rest.trim() !== "";
    const printed = own ? rest : (lines[i + 1] ?? "");
    const m = NOTHING_AFTER.exec(compact(printed));
    if (m) return { value: 0, line: own ? i + 1 : i + 2, raw: m[0] };
  }
  return null;
}

/**
 * A note by a table saying its figures are a whole area's or all its departments' (（注：上表为全区各部门汇总数据）,
 * 注：本表为全县汇总数据, 说明：以上数据为全市各单位合计数): on a department's page, not the agency's own.
 */
const AREA_NOTE = new RegExp(
  String.raw`(?:注|备注|说明)\s*[:：]?\s*(?:上表|下表|本表|该表|此表|附表|表中|以上|以下)[^)）。;；]{0,10}?(?:为|系|是)` +
    String.raw`[^)）。;；\d]{0,10}?(?:全[区市县省旗州盟]|(?:所有|各)(?:部门|单位))[^)）。;；\d]{0,16}?` +
    String.raw`(?:汇总|合计|总计|加总|总和|总体|整体)`,
);

/** The note's line and words where a department's page footnotes a table as the area's (AREA_NOTE), else null. */
export function findAreaNote(lines: string[], agency: string | null): { line: number; raw: string } | null {
  if (agency === null || !DEPARTMENT.test(agency)) return null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes("注") && !line.includes("说明")) continue;
    if (!line.includes("汇总") && !line.includes("合计") && !line.includes("总")) continue;
    const m = AREA_NOTE.exec(compact(line));
    if (m) return { line: i + 1, raw: m[0].slice(0, QUOTE_MAX) };
  }
  return null;
}

/** A 统计表 titled as a whole area's (附：全区政府信息公开情况统计表, 全县…统计表, 附表(全区)). */
const AREA_TABLE = /全[区县市省旗][^。,，;；]{0,24}统计表|(?:附表|统计表)\s*[(（]\s*全[区县市省旗]/;

/** Whether the page prints a 统计表 titled as the whole area's: where its counts disagree with the page's own, its
 * every figure is in doubt. */
export const printsAreaTable = (lines: string[]): boolean =>
  lines.some((l) => (l.includes("统计表") || l.includes("附表")) && AREA_TABLE.test(l));
