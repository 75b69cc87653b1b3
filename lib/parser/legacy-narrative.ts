/**
 * Legacy reports without a 统计表 (or whose table stops before 复议/诉讼) state some counts in sentences:
 * 「2011年度未收到申请公开政府信息情况」, 「共收到公民提出的公开政府信息申请2条」,
 * 「没有发生因政府信息公开申请的行政复议、行政诉讼」. Only explicit sentences count, and only for the
 * core figures the table did not print; each value keeps its sentence as source and a finding says so.
 *
 * Sentences about information items (「依申请公开政府信息79条」) are not applications and are not read.
 */
import { countValue } from "./cn-numbers";
import {
  ABOUT_DISCLOSURE_CASES,
  ABOUT_REPLIES,
  aboutLongerPeriod,
  ALL_GRANTED,
  BARE_CASE_COUNTS,
  APPLICATION,
  APPS_BARE,
  APPS_COUNT,
  APPS_NONE,
  APPS_SUM,
  CASE_AFTER,
  CASE_COUNTS,
  CASES_ZERO,
  COMPARISON,
  COMPLAINTS_WORD,
  COUNT,
  COUNTED,
  DISCLOSURE_COMPLAINTS,
  HEADING,
  HEADING_ALONE,
  INFORMATION_ITEMS,
  LAST_YEAR_LEAD,
  LEADING_HEADING,
  NEGATED,
  NEGATED_CASES,
  NEGATED_COMPLAINTS,
  NEGATED_LITIGATION,
  NONE_ALONE,
  NOT_THIS_YEAR,
  NOT_ONE_DENIED,
  NOT_THIS_YEAR_2008,
  ONE_DENIED,
  ONE_GRANTED,
  ONLY_NONE,
  OTHER_OUTCOMES,
  OUTCOME_COUNTS,
  RESPECTIVELY,
  RIGHTS,
  THIS_YEAR_LEAD,
  TOTAL_ALONE,
  UNNUMBERED_HEADING,
  YEAR_LEAD,
  ZERO_KINDS,
} from "./legacy-narrative-rules";
import type { Finding, ValueSource } from "./types";

export interface NarrativeFigure {
  key: string;
  value: number;
  source: ValueSource;
}

interface Clause {
  text: string;
  line: number;
  /** The words of the section heading the sentence is under (依申请公开政府信息情况), or "". */
  section: string;
  /** Under 依申请公开, or the sentence names an application: a bare 受理申请N件 counts applications. */
  aboutApplications: boolean;
  /** The sentence speaks of 复议/诉讼 over disclosure: its 申诉/举报 counts are the form's row. */
  aboutCases: boolean;
  /** The sentence may state answer kinds (about replies or under 依申请公开, and not classifying information). */
  aboutReplies: boolean;
  /** Under a heading about 复议/诉讼: its 复议案件 / 举报 counts are of disclosure cases. */
  caseSection: boolean;
  /** The words of a heading alone on the line before, when this is the first sentence after it; else "". */
  afterHeading: string;
}

function clause(text: string, line: number, section: string): Clause {
  const underApplications = /依申请/.test(section);
  return {
    text,
    line,
    section,
    aboutApplications: underApplications || APPLICATION_RE.test(text),
    aboutCases: ABOUT_DISCLOSURE_CASES.test(text),
    // Under 依申请公开 the answers may follow in a sentence of their own (…申请5件。其中,同意公开3件…).
    aboutReplies: (ABOUT_REPLIES.test(text) || underApplications) && !INFORMATION_ITEMS.test(text),
    caseSection: /复议|诉讼/.test(section),
    afterHeading: "",
  };
}

/** A bracket without a count (含网上申请、信函申请) stands between a noun and its count: left out. */
const ASIDE = /\([^()\d]{1,24}\)|（[^（）\d]{1,24}）/g;

/** A sentence that goes on with the one before it (其中,同意公开4件…): it speaks of what that one spoke of. */
const GOES_ON = /^(?:其中|对此|以上|上述)/;

function clauses(lines: string[], skip: (line: number) => boolean): Clause[] {
  const out: Clause[] = [];
  // A heading on a line of its own (二、依申请公开情况) leads the lines after it, up to the next heading.
  let section = "";
  let heading = "";
  lines.forEach((line, i) => {
    if (skip(i + 1)) return;
    for (const text of line.replace(ASIDE, "").split(/[。;!?]/)) {
      const alone = HEADING_ALONE.exec(text.trim());
      for (const h of text.matchAll(HEADING)) section = h[1];
      section = UNNUMBERED_HEADING.exec(text.trim())?.[1] ?? section;
      if (text.trim().length <= 4) continue;
      const c = clause(text.trim(), i + 1, section);
      c.afterHeading = alone ? "" : heading;
      heading = alone ? alone[1] : "";
      const before = out.at(-1);
      if (before && GOES_ON.test(c.text) && before.aboutApplications) c.aboutReplies ||= before.aboutReplies;
      out.push(c);
    }
  });
  return out;
}

function figure(key: string, value: number, c: Clause): NarrativeFigure {
  return { key, value, source: { line: c.line, raw: c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text } };
}

type Add = (f: NarrativeFigure) => void;

const APPLICATION_RE = new RegExp(APPLICATION);
const COUNTS_IN = /\d{1,6}\s*(?:件|起|宗|个|次|项|份)|[零〇一二两三四五六七八九十百千]{1,8}(?:件|起|宗|个|次|项|份)/g;
/** A clause naming the year's applications with a verb of receiving (受理政府信息公开申请数量较上年有所增加). */
const NAMES_APPS = new RegExp(String.raw`(?:收到|受理|接到|接收|新收)[^\d,。]{0,20}?${APPLICATION}`);
/** Every statement needs a count or a negation: clauses without either are passed over quickly. */
const MAY_STATE = /[\d零〇一二两三四五六七八九十无未没]/;

/** Applications stated in one clause: a count, or none. */
function readApps(part: string, c: Clause, add: Add): void {
  const none = APPS_NONE.exec(part);
  if (none && !CASE_AFTER.test(part.slice(none.index + none[0].length))) add(figure("apps.new.total", 0, c));
  const apps = APPS_COUNT.exec(part) ?? (c.aboutApplications ? (APPS_BARE.exec(part) ?? sum(part, c)) : null);
  const value = apps ? countValue(apps.slice(1).find((g) => g !== undefined) ?? "") : NaN;
  if (apps && !NEGATED.test(part.slice(0, apps.index)) && value >= 0) add(figure("apps.new.total", value, c));
}

/** Cases the agency handles as its work (办理 / 代理 / 审理 行政复议案件), not cases over its disclosure. */
const OWN_CASELOAD = /(?:办理|代理|审理|承办|办结)[^,。]{0,3}$/;

/** 网上申请0件、书面申请1件,合计2件: the sum after the channels the sentence counted before it. */
function sum(part: string, c: Clause): RegExpExecArray | null {
  const at = c.text.indexOf(part);
  return at > 0 && /申请/.test(c.text.slice(0, at)) ? APPS_SUM.exec(part) : null;
}

/** 复议 / 诉讼 / 申诉 stated in one clause: in a negated list, as zero, or as counts. */
function readCases(part: string, c: Clause, add: Add): void {
  const negated = RIGHTS.test(part) ? null : NEGATED_CASES.exec(part);
  const negatedRest = negated ? part.slice(negated.index) : "";
  if (negated) add(figure("review.total", 0, c));
  if (negated && !/\d/.test(negatedRest)) {
    if (/诉讼/.test(negatedRest)) add(figure("litigation.total", 0, c));
    if (COMPLAINTS_WORD.test(negatedRest)) add(figure("legacy.complaints", 0, c));
  } else if (!negated && !RIGHTS.test(part)) {
    if (NEGATED_LITIGATION.test(part)) add(figure("litigation.total", 0, c));
  }
  for (const m of part.matchAll(ZERO_KINDS)) {
    // 零投诉 is the form's row only where the sentence speaks of disclosure cases.
    if (COMPLAINTS_WORD.test(m[1]) ? c.aboutCases : true) add(figure(KIND_KEY[m[1]], 0, c));
  }
  if (c.aboutCases && NEGATED_COMPLAINTS.test(part)) add(figure("legacy.complaints", 0, c));
  const zero = CASES_ZERO.exec(part);
  if (zero && !NEGATED.test(part.slice(0, zero.index))) {
    if (/复议/.test(zero[1])) add(figure("review.total", 0, c));
    if (/诉讼/.test(zero[1])) add(figure("litigation.total", 0, c));
    if (COMPLAINTS_WORD.test(zero[1])) add(figure("legacy.complaints", 0, c));
  }
  const counts: (readonly [RegExp, string])[] = [...CASE_COUNTS];
  if (c.aboutCases || c.caseSection) counts.push([DISCLOSURE_COMPLAINTS, "legacy.complaints"]);
  // 引发复议案件1件,诉讼案件0件: without 行政, where the sentence or its heading speaks of these cases.
  if (c.aboutCases || c.caseSection) counts.push(...BARE_CASE_COUNTS);
  for (const [re, key] of counts) {
    const m = re.exec(part);
    if (!m || NEGATED.test(part.slice(0, m.index)) || !(countValue(m[1]) >= 0)) continue;
    // 我局共办理行政复议案件12件: the agency's own caseload, unless the sentence ties it to 政府信息公开.
    if (!c.aboutCases && OWN_CASELOAD.test(part.slice(0, m.index))) continue;
    add(figure(key, countValue(m[1]), c));
  }
}

const KIND_KEY: Record<string, string> = {
  复议: "review.total",
  诉讼: "litigation.total",
  申诉: "legacy.complaints",
  投诉: "legacy.complaints",
  举报: "legacy.complaints",
};

/** The one key a listed kind names (同意公开, 因…引起的行政复议), or null when it names none or several. */
function kindKey(kind: string, withOutcomes: boolean): string | null {
  const keys = new Set<string>();
  if (/复议/.test(kind)) keys.add("review.total");
  if (/诉讼/.test(kind)) keys.add("litigation.total");
  if (COMPLAINTS_WORD.test(kind)) keys.add("legacy.complaints");
  if (withOutcomes && keys.size === 0) {
    if (/部分/.test(kind)) keys.add("outcome.partial.total");
    else if (/不予|不同意|不公开/.test(kind)) keys.add("outcome.denied.total");
    else if (/(?:同意|予以|全部)(?:公开|提供)/.test(kind)) keys.add("outcome.granted.total");
  }
  return keys.size === 1 ? [...keys][0] : null;
}

/**
 * Kinds listed, then 分别为 and their counts in the same order: read only when every kind names one key, the
 * keys differ and there are as many counts as kinds.
 */
function readRespectively(part: string, c: Clause, withOutcomes: boolean, add: Add): void {
  const m = RESPECTIVELY.exec(part);
  if (!m || NEGATED.test(m[1])) return;
  const kinds = m[1].replace(/^(?:其中|对|而|另)/, "").split(/[、和及与]/);
  const counts = [...m[2].matchAll(/\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8}/g)].map((n) => countValue(n[0]));
  const keys = kinds.map((k) => kindKey(k, withOutcomes && c.aboutReplies));
  if (keys.length !== counts.length || keys.some((k) => k === null) || new Set(keys).size !== keys.length) return;
  if (counts.some((n) => !(n >= 0))) return;
  keys.forEach((key, i) => add(figure(key as string, counts[i], c)));
}

/** Answer kinds stated in one clause of a sentence about replies. */
function readOutcomes(part: string, c: Clause, add: Add): void {
  if (!c.aboutReplies) return;
  // Answers already published (属于已主动公开范围) count as granted on the legacy form: with them named, 同意公开
  // alone is not the granted figure; the other kinds still are.
  const published = /已主动公开|主动公开范围/.test(c.text);
  for (const [re, key] of OUTCOME_COUNTS) {
    if (published && key === "outcome.granted.total") continue;
    const m = re.exec(part);
    const value = m ? countValue(m[1] ?? m[2]) : NaN;
    if (m && !NEGATED.test(part.slice(0, m.index)) && value >= 0) add(figure(key, value, c));
  }
}

/**
 * A sentence that counts the year's applications and grants them all (共受理申请2件,均予以公开), or its one
 * application (受理申请1件,已按时答复并同意公开): every answer is 同意公开; the one application refused
 * (…1件,已依法答复,因…不予公开) is the one 不予公开. Read only where the sentence names no other kind of answer
 * and no count of one.
 */
function readAllGranted(sentence: string, apps: number | undefined, c: Clause, add: Add): void {
  if (apps === undefined || apps === 0 || OUTCOME_COUNTS.some(([re]) => re.test(sentence))) return;
  if (apps === 1 && ONE_DENIED.test(sentence) && !NOT_ONE_DENIED.test(sentence.replace(APPLICATION_RE, ""))) {
    add(figure("outcome.granted.total", 0, c));
    add(figure("outcome.partial.total", 0, c));
    add(figure("outcome.denied.total", 1, c));
    return;
  }
  if (OTHER_OUTCOMES.test(sentence)) return;
  if (!ALL_GRANTED.test(sentence) && !(apps === 1 && ONE_GRANTED.test(sentence))) return;
  add(figure("outcome.granted.total", apps, c));
  add(figure("outcome.partial.total", 0, c));
  add(figure("outcome.denied.total", 0, c));
}

/** A section that says only 无 under its heading: none of what the heading names. */
function readOnlyNone(c: Clause, add: Add): void {
  const words = ONLY_NONE.exec(c.text)?.[1] ?? (c.afterHeading && NONE_ALONE.test(c.text) ? c.afterHeading : null);
  if (words === null) return;
  if (/依申请公开/.test(words)) add(figure("apps.new.total", 0, c));
  if (/复议/.test(words)) add(figure("review.total", 0, c));
  if (/诉讼/.test(words)) add(figure("litigation.total", 0, c));
  if (COMPLAINTS_WORD.test(words)) add(figure("legacy.complaints", 0, c));
}

/** Which year a sentence's clauses speak of: this one, a longer period, last year, or another year by number. */
type Era = "this" | "period" | "last" | "other";

/** The era a clause starts (or keeps), and whether the clause itself is left unread. */
function eraOf(part: string, era: Era, year: number | null, notThisYear: RegExp): { era: Era; skip: boolean } {
  // 自2008年5月1日《条例》施行以来,共受理申请3件: the count is of the whole period, not of this year.
  if (aboutLongerPeriod(part, notThisYear)) return { era: COUNTED.test(part) ? era : "period", skip: true };
  if (LAST_YEAR_LEAD.test(part)) return { era: "last", skip: true };
  const lead = YEAR_LEAD.exec(part);
  // 比上年的9件增长 inside a clause: that count is the other year's; a year leading the clause is not a comparison.
  if (COMPARISON.test(lead ? part.slice(lead[0].length) : part)) return { era, skip: true };
  if (lead) return { era: year === null || Number(lead[1]) === year ? "this" : "other", skip: false };
  if (THIS_YEAR_LEAD.test(part)) return { era: "this", skip: false };
  return { era, skip: era === "period" || era === "last" };
}

/**
 * Counts stated in sentences; `skip` leaves out lines of the table itself. First statement wins. Answer counts
 * (`withOutcomes`) are read only for a report without a table. Clauses led by another year (2012年,我乡受理…)
 * are read apart and used only when no clause is led by the report's own year (text copied from last year's
 * report keeps its old year).
 */
export function readNarrativeCounts(
  lines: string[],
  skip: (line: number) => boolean = () => false,
  withOutcomes = false,
  year: number | null = null,
): NarrativeFigure[] {
  const notThisYear = year === 2008 ? NOT_THIS_YEAR_2008 : NOT_THIS_YEAR;
  const found = new Map<string, NarrativeFigure>();
  const elsewhere = new Map<string, NarrativeFigure>();
  let ownYear = false;
  let lastApps: number | undefined;
  for (const c of clauses(lines, skip)) {
    let era: Era = "this";
    let apps: number | undefined;
    // 受理申请数量较上年有所增加,全年共计19件: the clause named the applications, the next one counts them.
    let countless = false;
    readOnlyNone(c, (f) => found.has(f.key) || found.set(f.key, f));
    for (const raw of c.text.replace(LEADING_HEADING, "").split(/[,，]/)) {
      const part = raw.trim();
      const next = eraOf(part, era, year, notThisYear);
      era = next.era;
      const namedApps = countless && era === "this";
      countless = NAMES_APPS.test(part) && !COUNTED.test(part) && !NEGATED.test(part);
      if (next.skip) continue;
      if (era === "this" && year !== null && YEAR_LEAD.exec(part)?.[1] === String(year)) ownYear = true;
      const into = era === "other" ? elsewhere : found;
      if (!MAY_STATE.test(part)) continue;
      const partClause = { ...c, text: part };
      const add: Add = (f) => {
        if (f.key === "apps.new.total" && era === "this") apps ??= f.value;
        if (!into.has(f.key)) into.set(f.key, f);
      };
      readRespectively(part, c, withOutcomes, add);
      // 分别受理…4件和6件: counts in order of something listed before; no single count is the year's.
      if (/分别/.test(part) && (part.match(COUNTS_IN)?.length ?? 0) > 1) continue;
      readApps(part, c, add);
      const total = namedApps ? TOTAL_ALONE.exec(part) : null;
      if (total && countValue(total[1]) >= 0) add(figure("apps.new.total", countValue(total[1]), c));
      readCases(part, partClause, add);
      if (withOutcomes) readOutcomes(part, c, add);
    }
    // 受理申请1起。经审核,同意公开: a short sentence of the answer alone, right after the one application.
    const answerAlone = apps === undefined && lastApps === 1 && c.text.length <= 16 && !/\d/.test(c.text);
    if (withOutcomes) {
      readAllGranted(c.text, answerAlone ? 1 : apps, c, (f) => found.has(f.key) || found.set(f.key, f));
    }
    lastApps = apps;
  }
  if (!ownYear) for (const [key, f] of elsewhere) if (!found.has(key)) found.set(key, f);
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

const LAST_YEAR_WORDS = /上年|去年|上一年/;

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
    // 上年主动公开政府信息120条: last year's figure is no reading of this year's cell.
    if (LAST_YEAR_LEAD.test(clause) || LAST_YEAR_WORDS.test(clause.slice(0, at))) continue;
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

/** The clauses of `prose` that speak of this year (not of a longer period, last year or in comparison). */
function thisYearClauses(prose: string): string[] {
  const out: string[] = [];
  for (const sentence of prose.split(/[。;!?]/)) {
    let era: Era = "this";
    for (const raw of sentence.split(/[,，]/)) {
      const next = eraOf(raw.trim(), era, null, NOT_THIS_YEAR);
      era = next.era;
      if (!next.skip && era === "this") out.push(raw);
    }
  }
  return out;
}

/** This year's figure of `key` as the prose states it (see STATED_ROW_COUNTS); empty when no sentence does. */
export function statedRowCounts(prose: string, key: string): Set<number> {
  const re = STATED_ROW_COUNTS.find(([k]) => k === key)?.[1];
  const out = new Set<number>();
  if (!re) return out;
  for (const clause of thisYearClauses(prose)) {
    for (const m of clause.matchAll(re)) {
      if (NEGATED.test(clause.slice(0, m.index))) continue;
      const n = countValue(m[1]);
      if (n >= 0) out.add(n);
    }
  }
  return out;
}
