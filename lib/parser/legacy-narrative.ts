/**
 * Legacy reports without a 统计表 (or whose table stops before 复议/诉讼) state some counts in sentences:
 * 「2011年度未收到申请公开政府信息情况」, 「共收到公民提出的公开政府信息申请2条」,
 * 「没有发生因政府信息公开申请的行政复议、行政诉讼」. Only explicit sentences count, and only for the
 * core figures the table did not print; each value keeps its sentence as source and a finding says so.
 *
 * Sentences about information items (「依申请公开政府信息79条」) are not applications and are not read.
 */
import type { Finding, ValueSource } from "./types";

export interface NarrativeFigure {
  key: string;
  value: number;
  source: ValueSource;
}

const NEGATION = String.raw`(?:未|没有|无(?=因|行政|复议|诉讼|申诉|举报|投诉|涉及|政府|收到))`;
/** A count as printed: digits or Chinese numerals (十二, 一百零五); an approximate one (二十余件) is not a count. */
const COUNT = String.raw`(\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})(?![余多])`;
/**
 * A clause about more than this year (累计, 历年, 近年来, 《条例》实施以来) states no figure of this year;
 * 今年以来 / 2017年以来 do mean this year.
 */
const NOT_THIS_YEAR = /累计|历年|近年|近几年|多年|(?:实施|施行|成立|开展|颁布|公布)以来/;
/** In a 2008 report the 《条例》 took effect that year (1 May 2008): 施行以来 is the year covered. */
const NOT_THIS_YEAR_2008 = /累计|历年|近年|近几年|多年|(?:成立|开展|颁布|公布)以来/;
/** A clause that states a count itself; one that does not ("自《条例》施行以来,") leads the clauses after it. */
const COUNTED = /\d+\s*(?:件|条|个|份|宗|起)/;
/** A clause that starts on this year again ("…以来,…;2012年,我局…"). */
const THIS_YEAR_LEAD = /^(?:今年|本年|全年|(?:19|20)\d{2}年)/;
const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "12", "十二", "一百零五", "二〇" → the number; NaN when the characters do not spell one. */
function countValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0 && CN_DIGITS[ch] !== 0) return NaN; // 二三: not a number
      digit = CN_DIGITS[ch];
      continue;
    }
    const unit = CN_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return NaN;
    total += (digit ?? (total === 0 ? 1 : NaN)) * unit; // 十二 = 12; 一百十 is not how counts are printed
    lastUnit = unit;
    digit = null;
  }
  return total + (digit ?? 0);
}
/** An application for information, as opposed to information disclosed on application. */
const APPLICATION = String.raw`(?:政府信息公开申请|公开政府信息(?:的)?申请|信息公开(?:的)?申请|申请公开政府信息|依申请公开(?:政府信息)?的?申请)`;
/** No application this year: 未收到/没有发生/没有公民…提出 政府信息公开申请, 无依申请公开事项. */
const APPS_NONE = new RegExp(
  String.raw`${NEGATION}[^\d,。]{0,12}?(?:收到|接到|受理|发生|产生|出现|提出|有)[^\d,。]{0,20}?${APPLICATION}|` +
    String.raw`(?:未|没有|无)(?:发生|收到|受理|接到|产生|出现|有)?(?:任何)?依申请公开(?:政府信息)?的?(?:事项|情况|申请|案件)|` +
    // 本年度没有收到任何申请 (under 依申请公开); 未收到申请行政复议 is about cases (CASE_AFTER).
    String.raw`(?:未|没有)(?:收到|接到|受理)过?(?:任何|相关)?的?申请(?!人)`,
);
/** The application is the cause of a case (未收到因政府信息公开申请提起的行政复议): the sentence is about cases. */
const CASE_AFTER = /^[^,。、和及与]{0,8}(?:复议|诉讼|申诉)/;
const APPS_COUNT = new RegExp(
  String.raw`(?:收到|受理)[^\d,。]{0,20}?${APPLICATION}(?:数|数量)?(?:共计|共|总计|合计|计|为)?${COUNT}\s*(?:条|件|个|份|宗)|` +
    // 受理依申请公开5件: with 受理 and a count of 件 these are applications, not items disclosed on application.
    String.raw`(?:收到|受理)[^\d,。]{0,8}?依申请公开(?:政府信息)?(?:事项|申请)?(?:共计|共|总计|合计)?${COUNT}\s*(?:件|个|份|宗)`,
);
/** A negated list of cases (未发生因…引起的行政复议、行政诉讼和申诉): each kind it names is 0. */
const NEGATED_CASES = new RegExp(String.raw`${NEGATION}[^\d,。]{0,24}?((?:行政)?复议[^\d,。]{0,20})`);
/** A list of cases stated as zero (行政复议、行政诉讼均为零). */
const CASES_ZERO =
  /((?:行政)?(?:复议|诉讼)[^\d,。]{0,24}?)(?:案件)?(?:数量?)?(?:均为|都为|皆为|均是|均|为)(?:0|零)\s*(?:件|起|宗)?$/;
const COMPLAINTS_WORD = /申诉|举报|投诉/;
/** A statement of rights (对未予公开的答复不服的，可以申请行政复议) states no count. */
const RIGHTS = /可以?(?:依法)?(?:申请|提起|向)|有权/;
const caseCount = (word: string) => new RegExp(String.raw`${word}(?:案件)?(?:共|总计)?${COUNT}\s*(?:件|起|宗|个)`);
const CASE_COUNTS = [
  [caseCount("行政复议"), "review.total"],
  [caseCount("行政诉讼"), "litigation.total"],
] as const;
const NEGATED = new RegExp(NEGATION);
/**
 * Answers stated in a sentence about replies ("已答复12件,其中同意公开8件,同意部分公开2件,不予公开2件"): the
 * words must be followed by the count at once. 不同意公开 is not 同意公开; 已主动公开 answers, when a report
 * names them, also count as granted, so a sentence naming them leaves 同意公开 unread.
 */
const OUTCOME_COUNTS = [
  [new RegExp(String.raw`(?<![不])(?:同意公开|予以公开)(?:答复)?${COUNT}\s*(?:件|个|条)`), "outcome.granted.total"],
  [new RegExp(String.raw`(?:同意)?部分公开(?:答复)?${COUNT}\s*(?:件|个|条)`), "outcome.partial.total"],
  [new RegExp(String.raw`(?:不予(?:以)?公开|不同意公开)(?:答复)?${COUNT}\s*(?:件|个|条)`), "outcome.denied.total"],
] as const;
const ABOUT_REPLIES = /答复|办结|申请/;
const NEGATED_LITIGATION = new RegExp(String.raw`${NEGATION}[^\d,。]{0,24}?(?:行政)?诉讼`);

interface Clause {
  text: string;
  line: number;
}

function clauses(lines: string[], skip: (line: number) => boolean): Clause[] {
  const out: Clause[] = [];
  lines.forEach((line, i) => {
    if (skip(i + 1)) return;
    for (const text of line.split(/[。;!?]/)) if (text.length > 4) out.push({ text: text.trim(), line: i + 1 });
  });
  return out;
}

function figure(key: string, value: number, c: Clause): NarrativeFigure {
  return { key, value, source: { line: c.line, raw: c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text } };
}

/**
 * Counts stated in sentences; `skip` leaves out lines of the table itself. First statement wins. Answer counts
 * (`withOutcomes`) are read only for a report without a table.
 */
export function readNarrativeCounts(
  lines: string[],
  skip: (line: number) => boolean = () => false,
  withOutcomes = false,
  year: number | null = null,
): NarrativeFigure[] {
  const notThisYear = year === 2008 ? NOT_THIS_YEAR_2008 : NOT_THIS_YEAR;
  const found = new Map<string, NarrativeFigure>();
  const add = (f: NarrativeFigure) => {
    if (!found.has(f.key)) found.set(f.key, f);
  };
  for (const c of clauses(lines, skip)) {
    // 自2008年5月1日《条例》施行以来,共受理申请3件: the count is of the whole period, not of this year.
    let since = false;
    for (const part of c.text.split(/[,，]/)) {
      if (notThisYear.test(part)) {
        since = !COUNTED.test(part);
        continue;
      }
      if (since && !THIS_YEAR_LEAD.test(part.trim())) continue;
      since = false;
      const clause = { ...c, text: part };
      const none = APPS_NONE.exec(part);
      if (none && !CASE_AFTER.test(part.slice(none.index + none[0].length))) add(figure("apps.new.total", 0, c));
      const apps = APPS_COUNT.exec(part);
      const appsCount = apps ? countValue(apps[1] ?? apps[2]) : NaN;
      if (apps && !NEGATED.test(part.slice(0, apps.index)) && appsCount >= 0) {
        add(figure("apps.new.total", appsCount, c));
      }
      const negated = RIGHTS.test(part) ? null : NEGATED_CASES.exec(part);
      const negatedRest = negated ? part.slice(negated.index) : "";
      if (negated) add(figure("review.total", 0, c));
      if (negated && !/\d/.test(negatedRest)) {
        if (/诉讼/.test(negatedRest)) add(figure("litigation.total", 0, c));
        if (COMPLAINTS_WORD.test(negatedRest)) add(figure("legacy.complaints", 0, c));
      } else if (!negated && !RIGHTS.test(part)) {
        if (NEGATED_LITIGATION.test(part)) add(figure("litigation.total", 0, c));
      }
      const zero = CASES_ZERO.exec(part);
      if (zero && !NEGATED.test(part.slice(0, zero.index))) {
        if (/复议/.test(zero[1])) add(figure("review.total", 0, c));
        if (/诉讼/.test(zero[1])) add(figure("litigation.total", 0, c));
        if (COMPLAINTS_WORD.test(zero[1])) add(figure("legacy.complaints", 0, c));
      }
      if (withOutcomes && ABOUT_REPLIES.test(c.text) && !/已主动公开/.test(c.text)) {
        for (const [re, key] of OUTCOME_COUNTS) {
          const m = re.exec(part);
          if (m && !NEGATED.test(part.slice(0, m.index)) && countValue(m[1]) >= 0)
            add(figure(key, countValue(m[1]), c));
        }
      }
      for (const [re, key] of CASE_COUNTS) {
        const m = re.exec(part);
        if (m && !NEGATED.test(part.slice(0, m.index)) && countValue(m[1]) >= 0)
          add(figure(key, countValue(m[1]), clause));
      }
    }
  }
  return [...found.values()];
}

export function narrativeFinding(f: NarrativeFigure): Finding {
  return {
    rule: "P4",
    severity: "info",
    message: `统计表未列此项,数值取自正文:「${f.source.raw}」`,
    keys: [f.key],
    actual: f.value,
    line: f.source.line,
  };
}

/**
 * Numbers the narrative states next to `word` ("2017年度,主动公开政府信息733条。历年累计主动公开政府信息2027条"):
 * this year's, and the 累计 ones. Used only to choose between readings of a glued run that the table's own
 * equations leave open.
 */
export function statedNumbers(prose: string, word: string): { current: Set<number>; cumulative: Set<number> } {
  const current = new Set<number>();
  const cumulative = new Set<number>();
  for (const clause of prose.split(/[。;,，!?]/)) {
    const at = clause.indexOf(word);
    // 其他应主动公开的信息3条 counts a kind of information (what should be published), not the year's total.
    if (at < 0 || clause[at - 1] === "应") continue;
    const into = /累计|截至|截止/.test(clause) ? cumulative : current;
    for (const m of clause.slice(at).matchAll(/(\d{1,7})\s*(?:条|件|篇|个)/g)) into.add(Number(m[1]));
  }
  return { current, cumulative };
}

const UNIT = String.raw`\s*(?:件|条|个|份)`;
/**
 * A legacy row's own figure as a sentence states it right after its words ("受理依申请公开14件", "同意公开1件"),
 * for choosing between readings of a glued run the table's sums leave open. The count must follow the words.
 */
const STATED_ROW_COUNTS: readonly (readonly [string, RegExp])[] = [
  [
    "legacy.apps.received",
    new RegExp(String.raw`(?:受理|收到|接到)[^\d,。;]{0,16}?申请(?:公开)?(?:共计|共|总计|合计)?${COUNT}${UNIT}`, "g"),
  ],
  ["legacy.apps.received.in_person", new RegExp(String.raw`当面申请${COUNT}${UNIT}`, "g")],
  ["legacy.apps.received.online", new RegExp(String.raw`(?:网上|网络)申请${COUNT}${UNIT}`, "g")],
  ["legacy.answers.granted", new RegExp(String.raw`(?<![不])同意公开(?:答复)?${COUNT}${UNIT}`, "g")],
  ["legacy.answers.partial", new RegExp(String.raw`部分公开(?:答复)?${COUNT}${UNIT}`, "g")],
  ["legacy.answers.denied", new RegExp(String.raw`(?:不予(?:以)?公开|不同意公开)(?:答复)?${COUNT}${UNIT}`, "g")],
  ["legacy.review.total", new RegExp(String.raw`(?:行政)?复议(?:案件)?(?:共)?${COUNT}\s*(?:件|起)`, "g")],
  ["legacy.litigation.total", new RegExp(String.raw`(?:行政)?诉讼(?:案件)?(?:共)?${COUNT}\s*(?:件|起)`, "g")],
  ["legacy.complaints", new RegExp(String.raw`(?:行政)?(?:申诉|举报|投诉)(?:案件)?(?:共)?${COUNT}\s*(?:件|起)`, "g")],
];

/** This year's figure of `key` as the prose states it (see STATED_ROW_COUNTS); empty when no sentence does. */
export function statedRowCounts(prose: string, key: string): Set<number> {
  const re = STATED_ROW_COUNTS.find(([k]) => k === key)?.[1];
  const out = new Set<number>();
  if (!re) return out;
  for (const clause of prose.split(/[。;,，!?]/)) {
    if (NOT_THIS_YEAR.test(clause)) continue;
    for (const m of clause.matchAll(re)) {
      if (NEGATED.test(clause.slice(0, m.index))) continue;
      const n = countValue(m[1]);
      if (n >= 0) out.add(n);
    }
  }
  return out;
}
