/**
 * Legacy reports without a 统计表 (or whose table stops before 复议/诉讼) state some counts in sentences:
 * 「2011年度未收到申请公开政府信息情况」, 「共收到公民提出的公开政府信息申请2条」,
 * 「没有发生因政府信息公开申请的行政复议、行政诉讼」. Only explicit sentences count, and only for the
 * core figures the table did not print; each value keeps its sentence as source and a finding says so.
 *
 * Sentences about information items (「依申请公开政府信息79条」) are not applications and are not read.
 */
import { countValue } from "./cn-numbers";
import { ANSWER_KEYS, itemAnswerKind, namesAnswerKind } from "./legacy-answer-kinds";
import { answersByLedCounts, noAnswersWhenNone, oneApplicationAnswered } from "./legacy-answers-led";
import { unzipColumns } from "./legacy-columns";
import { BLOCK_ROWS, type BlockScope, blockScope, TABLE_BLOCK } from "./legacy-narrative-blocks";
import { plainCountLine, plainCountLines } from "./legacy-number-words";
import { quoteInPage } from "./page-words";
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
  APPS_ONLY,
  APPS_SUM,
  CASE_AFTER,
  CARRIED_FORWARD,
  CARRIED_OVER,
  CASE_COUNTS,
  CASES_EACH,
  CASES_ZERO,
  CHANNEL_COUNTS,
  COMPARISON,
  COMPLAINTS_WORD,
  COUNT,
  COUNTED,
  DISCLOSURE_COMPLAINTS,
  HEADING,
  HEADING_ALONE,
  INCLUDES_CARRIED,
  INFORMATION_ITEMS,
  KV_NONE,
  LAST_YEAR_LEAD,
  LEADING_HEADING,
  NATURAL_PERSONS,
  NEGATED,
  NEGATED_CASES,
  NEGATED_COMPLAINTS,
  NEGATED_LITIGATION,
  NONE_ALONE,
  NOT_THIS_YEAR,
  AREA_WORDS,
  CHANNEL_WORDS,
  HALF_OR_QUARTER,
  OWN_NAMED,
  NOT_ONE_DENIED,
  NOT_THIS_YEAR_2008,
  ONE_DENIED,
  ONE_GRANTED,
  ONLY_NONE,
  OTHER_ANSWERS,
  OTHER_OUTCOMES,
  OUTCOME_COUNTS,
  RESPECTIVELY,
  REVIEW_ENDS,
  RIGHTS,
  THIS_YEAR_LEAD,
  TOTAL_ALONE,
  UNNUMBERED_HEADING,
  YEAR_LEAD,
  ZERO_KINDS,
  ALL_DENIED,
  APPLICANT_COUNTS,
  NONE_WITH_ONE,
  OTHERS_COUNTED,
  PASSED_ON,
  PERIOD_PART,
  GRANTED_WITH_PARTIAL,
  DENIED_BY_REASON,
  REASONS_THEN_DENIED,
  DENIED_EXCEPT,
  GRANTED_AND_PARTIAL,
  WITH_QUERIES,
  APPS_APART,
} from "./legacy-narrative-rules";
import type { Finding, ValueSource } from "./types";

export interface NarrativeFigure {
  key: string;
  value: number;
  source: ValueSource;
  /** Why the figure is in doubt (the answers read outnumber the applications): its finding is a warning. */
  doubt?: string;
}

/** A figure the sentences and a small table among them give otherwise, neither known the agency's: left blank. */
export interface WithheldFigure {
  key: string;
  line: number;
  message: string;
}

/** The figures read, and those left blank with a finding (`withheld`). */
export type NarrativeCounts = NarrativeFigure[] & { withheld?: WithheldFigure[] };

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
  /** The page's words, where `text` restates them (a question and its answer): the figures' source. */
  shown?: string;
  /** The whole clause, where `text` is one of its parts. */
  whole?: string;
}

function clause(text: string, line: number, section: string): Clause {
  // 依申请公开情况, or the 2019 form's 收到和处理政府信息公开申请情况.
  const underApplications = /依申请|处理政府信息公开申请/.test(section);
  return {
    text,
    line,
    section,
    aboutApplications: underApplications || APPLICATION_RE.test(text),
    aboutCases: ABOUT_DISCLOSURE_CASES.test(text),
    // Under 依申请公开 the answers may follow in a sentence of their own (…申请5件。其中,同意公开3件…).
    aboutReplies:
      (ABOUT_REPLIES.test(text) || underApplications || ROW_OF_ANSWERS.test(text)) && !INFORMATION_ITEMS.test(text),
    // 申诉举报:0件 alone: the form's row, listed in a sentence of its own.
    caseSection: /复议|诉讼/.test(section) || ROW_OF_COMPLAINTS.test(text),
    afterHeading: "",
  };
}

/** An answer kind and its count alone (同意公开:1件), as a list of the form's rows prints it. */
const ROW_OF_ANSWERS = /^(?:\d{1,2}[.、])?(?:同意|部分|不予|不同意)[^\d,。:]{0,6}[:：]?\s*\d/;
const ROW_OF_COMPLAINTS =
  /^(?:\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、])?\s*(?:行政)?(?:申诉|举报|投诉)[^\d,。:]{0,4}[:：]\s*\d/;

/**
 * Last year's (or another named year's) figure in brackets after this year's (依申请公开:2件(上年:5件), 行政复议1件
 * (上年为0件), 申请数为0(2010年为2件)): left out.
 */
const LAST_YEAR_ASIDE =
  /[(（](?:上年度?|去年(?:同期)?|上一年度?|(?:19|20)\d{2}年度?(?:同期)?)(?:为|是)?[:：]?\s*\d{1,6}\s*(?:件|条|次|起)?[)）]/g;

/**
 * The change on last year in brackets after a count, as a strip of figures prints it (5件(↑2), 1件(↓1), 0件(—),
 * 96条(+31)): left out.
 */
const DELTA_ASIDE =
  /(?<=\d\s*(?:件|条|个|次|起|本|份|项|人次))\s*[(（]\s*(?:[↑↓▲▼+＋\-－]\s*\d{1,6}(?:,\d{3})*(?:\.\d+)?%?|[—–-]{1,2}|持平)\s*[)）]/g;
const MAY_DELTA = /[↑↓▲▼]|[(（]\s*[—–]/;

/** The cumulative figure in brackets after this year's (受理依申请公开信息总数:2条(累计:2条)): left out. */
const CUMULATIVE_ASIDE = /[(（](?:历年)?累计(?:数)?[:：]?\s*\d{1,7}\s*(?:件|条|个|次)?[)）]/g;

/**
 * This year's count in brackets beside last year's (依申请公开件数(3件)与去年(5件)相比减少2件): the comparison is
 * left out and the count stated (依申请公开件数为3件).
 */
const BRACKETED_VS_LAST_YEAR = new RegExp(
  String.raw`[(（]\s*${COUNT}\s*件\s*[)）]\s*(?:[,，]\s*)?(?:与|比|较|同)(?:去年|上年度?|上一年度?)(?:同期)?` +
    String.raw`[(（][^()（）]{1,12}[)）](?:相比|相较|比较)?(?:(?:增加|减少|增长|下降|上升|持平|多|少)(?:了)?)?` +
    String.raw`(?:\d{1,6}\s*件|[一二两三四五六七八九十]{1,4}件)?`,
  "g",
);

/** How a suit came, in brackets after its count (行政诉讼1件(未经复议直接起诉)): kept as a clause of its own. */
const SUIT_PATH_ASIDE = new RegExp(
  String.raw`[(（]((?:均为?|系)?(?:未经(?:行政)?复议)?直接(?:向[^()（）]{1,10})?(?:起诉|提起(?:行政)?诉讼)|` +
    String.raw`(?:均为?|系)?经(?:过)?(?:行政)?复议后[^()（）]{0,10}?(?:起诉|提起(?:行政)?诉讼))[)）]`,
  "g",
);

/** A review count's ends in brackets after it (行政复议4件(维持3件、被依法纠错1件)): told as the clause after it. */
const REVIEW_ENDS_ASIDE =
  /(复议[^,。()（）\d]{0,6}?\d{1,6}\s*(?:件|起|宗))[(（]([^()（）]{0,30}?(?:维持|纠错|纠正|撤销|撤回|终止|驳回|审理)[^()（）]{0,20})[)）]/g;

/**
 * A count printed in brackets before its unit (申请共计（4）件, 行政复议（0）件): the count; not an item's number after a
 * stop (;(1)条例规定…).
 */
const BRACKETED_COUNT = /(?<=[\u4e00-\u9fff])[(（]\s*(\d{1,6})\s*[)）](?=\s*(?:件|条|个|份|宗|次|项|起|户|套))/g;

/** Dot leaders between a row's name and its count (受理政府信息公开申请总数……………3件). */
const LEADERS = /[…．.·]{3,}|…{2,}/g;

/** 上一篇:…摘要:…2013年受理…3件… 下一篇: the page's links to other reports, with their figures. */
const PREVIEW = /(?:上一篇|下一篇)[:：][^。]{0,160}?(?=下一篇|当前位置|$)/g;

/** One answer said of a group's every application, in brackets after its count (当面申请2件(均同意公开)). */
const ALL_ONE_KIND = String.raw`(?:均|全部|都)(?:已|已经)?(?:作|予以|同意|予|不予|部分)*(?:公开|提供)`;
/**
 * A bracket without a count (含网上申请、信函申请) stands between a noun and its count: left out (not (三), nor
 * one saying what the count is not: (系价格行政处罚案件,不涉及政府信息公开)).
 */
const ASIDE = new RegExp(
  String.raw`\((?![一二三四五六七八九十]{1,3}\)|[^()]*(?:非|不属于|无关)|(?:系[^()]*)?不涉及|${ALL_ONE_KIND}\))` +
    String.raw`[^()\d]{1,40}\)|` +
    String.raw`（(?![一二三四五六七八九十]{1,3}）|[^（）]*(?:非|不属于|无关)|(?:系[^（）]*)?不涉及|${ALL_ONE_KIND}）)` +
    String.raw`[^（）\d]{1,40}）`,
  "g",
);

/**
 * Where a sentence ends: its stop, or a numbered heading after a table's last figures, glued to them or after a
 * space (…(七)总计 2200004四、政府信息公开行政复议、行政诉讼情况 本年度未发生…; …答复结果 同意公开 四、…):
 * the heading starts another sentence.
 */
// (A strip of figures 受理申请 5件|同意公开 3件: a bar after a count and its unit ends one.)
const SENTENCE_END =
  /[。;!?]|(?<=[\d\s])(?=[一二三四五六七八九十]{1,2}、[^\d\s,。;:、]{2})|(?<=\d\s*(?:件|条|个|次|起|本|份|项))\s*\|/;

/** A sentence that goes on with the one before it (其中,同意公开4件…): it speaks of what that one spoke of. */
const GOES_ON = /^(?:其中|对此|以上|上述)/;

/** A line ending inside a word (…政府信息公开申 / 请4件): the sentence goes on on the next line. */
const BROKEN = /[\u4e00-\u9fff]$/;
const JOINED_MAX = 240;
/** A count alone on its line (9 件, 1,256 条), and a short label alone before it (收到申请). */
const VALUE_ALONE = /^\s*\d{1,3}(?:,\d{3})*\s*(?:件|条|起|宗|个|份|次|项)\s*$/;
const LABEL_ALONE = /^[^\d,，。;:：]{2,24}$/;
const STARTS_SECTION = /^\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、]|0[1-9]\s|附)/;

/** A page's number between dashes (— 2 —) or 第2页(共4页): PDF page furniture, inside a sentence or not. */
const PAGE_FOOTER = /^\s*(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?)\s*$/;
/** The report's title repeated at the top of the next page (…2017年政府信息公开工作年度报告). */
const RUNNING_HEADER = /^\s*[^\s,，。;:：]{2,40}?(?:年度报告|工作报告|情况报告)\s*$/;

/** The lines with a sentence broken over several of them joined on the first (its number kept). */
function joinBroken(
  lines: string[],
  skip: (line: number) => boolean,
  numbers?: number[],
): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let open = false;
  // A page's footer (and the running header after it) inside a sentence: left out, the sentence goes on.
  let footer = false;
  lines.forEach((text, i) => {
    const n = numbers ? numbers[i] : i + 1;
    if (skip(n)) {
      open = false;
      return;
    }
    const wasFooter = footer;
    footer = text.length <= 24 && PAGE_FOOTER.test(text);
    if (footer || (wasFooter && text.length <= 48 && RUNNING_HEADER.test(text))) return;
    const last = out.at(-1);
    // 收到申请 / 9 件 (an infographic's lines): the label's value on the line after it, which ends the statement.
    const value = VALUE_ALONE.test(text);
    const label = value && last !== undefined && LABEL_ALONE.test(last.text.trim());
    // A broken sentence spans a few short lines; a long run of lines without a full stop is not one sentence.
    if ((open || label) && last && !STARTS_SECTION.test(text) && last.text.length + text.length <= JOINED_MAX) {
      last.text += text.trim();
    } else out.push({ text, line: n });
    const now = out.at(-1) as { text: string };
    if (value && (open || label)) now.text += "。";
    open =
      !value && BROKEN.test(now.text.trimEnd()) && !HEADING_ALONE.test(now.text.trim()) && now.text.trim().length > 6;
  });
  return out;
}

/** A correction notice (更正说明:…“X”有误,应为“Y”): X is read as Y, and the notice itself says nothing more. */
const CORRECTION =
  /[“"]([^”"]{4,200})[”"](?:有误|错误|表述有误)[,，]?(?:应为|应更正为|更正为)[:：]?[“"]([^”"]{4,200})[”"]/g;

/**
 * A correction notice quoting the original report's words, then the words that replace them (原报告第三部分“2015年我局
 * 未收到…申请。”更正为:“2015年我局共收到…申请3件…”): the original's are left out, the correction read.
 */
const QUOTED_ORIGINAL =
  /原(?:报告|年报|文)[^“"”。]{0,24}[“"][^”"]{4,300}[”"](?:更正为|修改为|改为|应为)[:：]?[“"]([^”"]{4,600})[”"]/g;

/** The page's lines with each corrected passage put right and the notices that corrected them left out. */
function corrected(lines: string[]): string[] {
  const quotes = (l: string) => l.includes("原") && (l.includes("更正为") || l.includes("改为") || l.includes("应为"));
  if (lines.some(quotes)) lines = lines.map((l) => (quotes(l) ? l.replace(QUOTED_ORIGINAL, "$1") : l));
  if (!lines.some((l) => l.includes("有误") || l.includes("错误"))) return lines;
  const fixes = lines.flatMap((l) => [...l.matchAll(CORRECTION)].map((m) => [m[1], m[2]] as const));
  if (fixes.length === 0) return lines;
  return lines.map((l) => {
    let out = l.replace(CORRECTION, "");
    for (const [wrong, right] of fixes) out = out.split(wrong).join(right);
    return out;
  });
}

/** A report written as questions and answers (问:有没有人申请公开信息?): the question leads its answer. */
const QUESTION =
  /^问[一二三四五六七八九十\d]{0,3}[:：]\s*((?:[^\d?？]|(?:19|20)\d{2}年)(?:[^\d?？]|(?:19|20)\d{2}年){1,39})(?:[?？]\s*(.*))?$/;
const ASKS_APPLICATIONS = /申请[^\d]{0,6}公开|公开[^\d]{0,6}申请/;
/** 问:有没有…行政复议? 答:没有: the answer none, the question's words its statement. */
const ANSWER_NONE = /^答[:：]\s*(?:没有|无|未发生|均没有|都没有)$/;
const ASKS_WHETHER = /^[^\d,]{0,8}?有没有/;

/** 答:有1起 / 答:有,共2件: yes, and how many. */
const ANSWER_COUNT = /^答[:：]\s*有[,，]?\s*(?:共)?(\d{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:件|起|宗|份|次|个)$/;
/** 收到多少件…? asks a count: 答:没有收到 / 答:0件 is none, 答:3件 the count. */
const ASKS_HOW_MANY = /多少|几件|几起|几个|几份/;
const ANSWER_ZERO = /^答[:：]\s*(?:没有|无|未|零件?$|0\s*(?:件|起|个|份)?$)[^\d,，]{0,6}$/;
const ANSWER_ALONE =
  /^答[:：]\s*(?:共|一共|共计)?(?:收到|受理|接到)?(?:了)?\s*(\d{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:件|起|宗|份|个)$/;
const ASKS_COMPLAINTS = /申诉|举报|投诉/;
const ASKS_REVIEW = /复议/;
const ASKS_SUIT = /诉讼|起诉|告上法庭|被告/;

/**
 * The question's one kind (申请, 复议, 诉讼, 申诉/举报 about disclosure) stated with the answer's count, as a sentence
 * would state it; null where the question names none, several, or not disclosure.
 */
function askedStatement(question: string, count: string): string | null {
  if (!/公开/.test(question)) return null;
  const kinds = [ASKS_COMPLAINTS, ASKS_REVIEW, ASKS_SUIT].filter((re) => re.test(question)).length;
  if (kinds > 1) return null;
  if (ASKS_COMPLAINTS.test(question)) return `收到有关政府信息公开的举报${count}件`;
  if (ASKS_REVIEW.test(question)) return `因政府信息公开被申请行政复议${count}件`;
  if (ASKS_SUIT.test(question)) return `因政府信息公开被提起行政诉讼${count}件`;
  return ASKS_APPLICATIONS.test(question) ? `收到政府信息公开申请${count}件` : null;
}

/** A chapter's heading (二、政府信息公开情况), and one about the party's affairs only (一、党务公开情况). */
const CHAPTER_MARK = /^[一二三四五六七八九十]{1,3}、/;
const CJK_BEFORE = /[\u4e00-\u9fff]/;
const PARTY_ONLY = /党务/;
/** A kind of case said none, alone (无申诉, 没有复议). */
const KIND_NONE = /^(?:无|没有)(?:申诉|举报|投诉|复议|诉讼)$/;
const GOVERNMENT = /政府|政务/;

function clauses(lines: string[], skip: (line: number) => boolean): Clause[] {
  const out: Clause[] = [];
  // A heading on a line of its own (二、依申请公开情况) leads the lines after it, up to the next heading.
  let section = "";
  let heading = "";
  let question = "";
  let partyChapter = false;
  const plain = corrected(plainCountLines(lines, skip));
  // A page printed in two columns (pdftotext -layout): each column's text in order.
  const unzipped = unzipColumns(plain, skip);
  const joined = unzipped ? joinBroken(unzipped.texts, skip, unzipped.numbers) : joinBroken(plain, skip);
  for (const { text: line, line: number } of joined) {
    const plain = (MAY_DELTA.test(line) ? line.replace(DELTA_ASIDE, "") : line)
      .replace(BRACKETED_COUNT, "$1")
      .replace(PREVIEW, "")
      .replace(LEADERS, "")
      .replace(BRACKETED_VS_LAST_YEAR, "为$1件")
      .replace(LAST_YEAR_ASIDE, "")
      .replace(CUMULATIVE_ASIDE, "")
      .replace(NONE_WITH_ONE, (m) => (m.includes("也") ? m.slice(m.indexOf("也") + 1) : m.replace(/一.$/, "")));
    const told = plain.replace(FORM_HEADER, " ").replace(SUIT_PATH_ASIDE, ",$1").replace(REVIEW_ENDS_ASIDE, "$1,$2");
    for (const sentence of told.replace(ASIDE, "").split(SENTENCE_END)) {
      let text = sentence;
      // 问:有没有人向教育局申请公开信息? leads the answer as 依申请公开 would; 问:…被申请复议? as 复议 would. A
      // question states nothing (有没有…被申请复议 is no 没有); answered 没有, it is said none.
      const asked = text.includes("问") ? QUESTION.exec(text.trim()) : null;
      const answer = asked ? (asked[2] ?? "").trim() : question ? text.trim() : "";
      if (asked) section = ASKS_APPLICATIONS.test(asked[1]) ? `依申请公开(${asked[1]})` : asked[1];
      const whether = asked ? asked[1] : question;
      const none = ASKS_WHETHER.test(whether) && ANSWER_NONE.test(answer);
      if (none) out.push(clause(whether.replace(ASKS_WHETHER, "没有"), number, section));
      // 问:有没有人举报…信息公开不到位? 答:有1起 / 问:收到多少件…申请? 答:没有收到: the one kind the question
      // names, counted by the answer.
      const yes = ASKS_WHETHER.test(whether) ? ANSWER_COUNT.exec(answer) : null;
      const howMany =
        !yes && ASKS_HOW_MANY.test(whether)
          ? ANSWER_ZERO.test(answer)
            ? "0"
            : ANSWER_ALONE.exec(answer)?.[1]
          : undefined;
      const n = yes ? yes[1] : howMany;
      const stated = n !== undefined ? askedStatement(whether, n) : null;
      if (stated) {
        out.push({ ...clause(stated, number, section), shown: sentence.trim() });
        question = "";
        continue;
      }
      question = asked && answer === "" ? asked[1] : "";
      if ((asked && answer === "") || none) continue;
      if (asked) text = answer;
      const alone = HEADING_ALONE.exec(text.trim());
      for (const h of text.matchAll(HEADING)) {
        section = h[1];
        // 一、党务公开情况 (a joint report's chapter on the party's affairs): its counts are none of the
        // government's. (A chapter is a top-level 一、 heading not glued to a word before it.)
        if (CHAPTER_MARK.test(h[0]) && !(h.index > 0 && CJK_BEFORE.test(text[h.index - 1]))) {
          partyChapter = PARTY_ONLY.test(h[1]) && !GOVERNMENT.test(h[1]);
        }
      }
      if (partyChapter) continue;
      section = UNNUMBERED_HEADING.exec(text.trim())?.[1] ?? section;
      // 无 alone after its heading still says none; other short pieces say nothing.
      // (无申诉 in a list of cases told one by one says none of that kind.)
      const short = text.trim();
      if (short.length <= 4 && !(heading && NONE_ALONE.test(short)) && !KIND_NONE.test(short)) continue;
      const c = clause(text.trim(), number, section);
      c.afterHeading = alone ? "" : heading;
      heading = alone ? alone[1] : "";
      const before = out.at(-1);
      if (before && GOES_ON.test(c.text) && before.aboutApplications) c.aboutReplies ||= before.aboutReplies;
      // 受理申请9件。同意公开5件;因涉及第三方权益同意部分公开1件: a clause right after the applications' or the answers'
      // on their line, counting a kind of answer, is one of the answers.
      const goesOn = before?.line === number && (before.aboutReplies || before.aboutApplications);
      if (
        goesOn &&
        !c.aboutReplies &&
        !INFORMATION_ITEMS.test(c.text) &&
        OUTCOME_COUNTS.some(([re]) => re.test(c.text))
      ) {
        c.aboutReplies = true;
      }
      // 全区共受理政府信息公开申请93件…;我局受理申请5件…: the agency's own share of the applications just counted.
      const ownShare = before?.line === number && before.aboutApplications && OWN_SUBJECT.test(c.text);
      if (ownShare && WIDER_AREA.test(before.text.replace(LEADING_HEADING, ""))) {
        c.aboutApplications = true;
        c.aboutReplies ||= before.aboutReplies;
      }
      out.push(c);
    }
  }
  return out;
}

function figure(key: string, value: number, c: Clause): NarrativeFigure {
  const raw = c.shown ?? c.text;
  return { key, value, source: { line: c.line, raw: raw.length > 120 ? `${raw.slice(0, 117)}…` : raw } };
}

type Add = (f: NarrativeFigure) => void;

const APPLICATION_RE = new RegExp(APPLICATION);
/** A sentence counting for a whole area (全区共受理…), which a department's or township's page may quote. */
const WIDER_AREA = new RegExp(String.raw`^(?:(?:(?:19|20)\d{2}年度?|今年|本年度?)[,，]?){0,2}(?:${AREA_WORDS})`);
/** The same quoted from a circular or the statistics (据区管委会办公室通报,2015年全区各单位共…受理…143件). */
const WIDER_AREA_QUOTED = new RegExp(
  String.raw`^(?:据|根据|按照)[^,，。;\d]{2,24}?(?:通报|统计|数据|显示)[,，]?` + WIDER_AREA.source.slice(1),
);
/** The agency named in a clause (其中涉及我局的, 本局): the area's counts stop there. */
/** A clause's parts led by the documents published of the agency's own accord (主动公开方面, 在主动公开上). */
const ACTIVE_LED = /^(?:在)?主动公开(?:政府信息)?(?:方面|上|工作中)[:：]?$/;
const CASE_FIGURE = /^(?:review|litigation)|^legacy\.complaints$/;
/** A clause whose subject is the agency itself (我镇全年受理…, 本局受理…). */
const OWN_SUBJECT = /^(?:(?:19|20)\d{2}年度?)?[,，]?(?:我|本)(?:镇|乡|局|委|办|处|中心|街道|站|所|院|馆|队)/;
/** Two years listed at a sentence's head (2012年和2013年,…): counts after 分别 follow their order. */
/** Years listed right before 分别 (2014年、2015年、2016年分别受理…), read with their counts in order. */
const YEARS_RUN = /((?:19|20)\d{2}年度?(?:(?:和|、|与|及)(?:19|20)\d{2}年度?)+)[^\d,。]{0,12}?分别/;
const YEARS_LISTED = /^[^\d,。]{0,12}?((?:19|20)\d{2})年度?(?:和|、|与|及)((?:19|20)\d{2})年度?/;
const COUNTS_IN = /\d{1,6}\s*(?:件|起|宗|个|次|项|份)|[零〇一二两三四五六七八九十百千]{1,8}(?:件|起|宗|个|次|项|份)/g;
const CHANNEL = new RegExp(String.raw`^(?:通过)?(?:${CHANNEL_WORDS})(?:申请|提交|提出)*$`);
/** A clause naming the year's applications with a verb of receiving (受理政府信息公开申请数量较上年有所增加). */
const NAMES_APPS = new RegExp(String.raw`(?:收到|受理|接到|接收|新收|提出|提交)[^\d,。]{0,20}?${APPLICATION}`);
/** 分别为: followed by a label and its count (分别为:同意公开1件、…), not by counts in the list's order. */
const LABELLED_AFTER_RESPECTIVELY = /分别(?:为|是)[:：](?=\s*[^\d\s,，、:：]{2,12}?\s*\d)/;
/** Every statement needs a count or a negation: clauses without either are passed over quickly. */
const MAY_STATE = /[\d零〇一二两三四五六七八九十无未没]|不存在/;

/** The rest of a count of requests said to be queries (其余为咨询、求助类诉求). */
const REST_QUERIES = /其余(?:的)?(?:均)?(?:为|是|属于?)[^,。;]{0,10}?(?:咨询|求助|诉求|信访|投诉)/;
/** The applications told apart after a count of requests (,其中政府信息公开申请8件). */
const PART_APART = /[,，]其中(?:政府信息公开|依申请公开)?申请\s*\d/;

/** None said in a part of its own (本年度无申请, 全年未收到申请) after the applications were named. */
const BARE_NONE =
  /^(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内)?(?:内)?(?:均|也)?(?:无|没有|未(?:收到|接到|受理))(?:任何)?申请$/;
/** Applications stated in one clause: a count, or none. */
function readApps(part: string, c: Clause, add: Add): void {
  const none = APPS_NONE.exec(part);
  if (none && !CASE_AFTER.test(part.slice(none.index + none[0].length))) add(figure("apps.new.total", 0, c));
  // 依申请公开方面,本年度无申请: the applications' section or words, then none said in a bare part.
  if (c.aboutApplications && BARE_NONE.test(part)) add(figure("apps.new.total", 0, c));
  const only = part.includes("仅") || part.includes("只有") ? APPS_ONLY.exec(part) : null;
  const apps = APPS_COUNT.exec(part) ?? only ?? (c.aboutApplications ? (APPS_BARE.exec(part) ?? sum(part, c)) : null);
  const value = apps ? countValue(apps.slice(1).find((g) => g !== undefined) ?? "") : NaN;
  // 指导各乡镇、各部门办理依申请公开26件: what others handled.
  if (!apps || NEGATED.test(part.slice(0, apps.index)) || OTHERS_COUNTED.test(part.slice(0, apps.index))) return;
  if (PASSED_ON.test(part.slice(0, apps.index + apps[0].length))) return;
  // 出入境证件受理6873件,…上述业务办理不属于依申请公开: a count without 申请 that the sentence sets apart;
  // 收到2份…来函,…未作为政府信息公开申请受理: what came is said not to be applications.
  const sentence = c.whole ?? c.text;
  if ((!part.includes("申请") && NOT_APPS.test(sentence)) || NOT_TAKEN_AS_APPS.test(sentence)) return;
  if (value >= 0) add(figure("apps.new.total", value, c));
}

const NOT_APPS = /不属于(?:依申请公开|政府信息公开申请)/;
/** The applications first in a list of kinds said none together (依申请公开、行政复议和行政诉讼均为零). */
const APPS_LISTED_FIRST = new RegExp(
  String.raw`(?:^|[,，])(?:(?:19|20)\d{2}年度?|今年|本年度?|全年)?(?:我|本)?[^\d,，。、]{0,4}?` +
    String.raw`(?:依申请公开|(?:受理|收到)?${APPLICATION})(?:的)?(?:件数|数量|数)?[、和及与]$`,
);
const NOT_TAKEN_AS_APPS = /未(?:作为|按)[^,。;]{0,10}申请(?:受理|办理)/;

/** A part saying only that the kinds listed before were none (我局本年度均为零, 均为0件). */
const ZERO_TAIL = new RegExp(
  String.raw`^(?:(?:我|本)[局乡镇委办处]|本(?:单位|机关|部门|中心|街道|社区|村|站|所|院|校))?` +
    // 因信息公开产生的复议、诉讼,本社区为零: the kinds listed, then zero for them (均 or not).
    String.raw`(?:本年度?|全年|今年|年内|(?:19|20)\d{2}年度?)?(?:均|都|皆)?(?:为|是)[“"]?(?:0|零)[”"]?\s*(?:件|起|宗)?$|` +
    // 行政复议、行政诉讼,本年度在本局政府信息公开工作中均未发生.
    String.raw`^(?:(?:本年度?|全年|今年|年内|(?:19|20)\d{2}年度?)[^\d,。]{0,16}?)?(?:均|都|皆)(?:未发生|没有发生|未出现|没有|无)$`,
);
/** 因…申请行政复议的,有1件 / 提起行政诉讼的,没有: the kind named, then how many in the part after it. */
const LISTED_COUNT = new RegExp(
  // …引起的行政复议案件,2017年有2件: the year may lead the count.
  String.raw`^(?:(?:19|20)\d{2}年度?|本年度?|全年|今年)?(?:共)?(?:有|为)\s*${COUNT}\s*(?:件|起|宗)$`,
);
/** The year's applications named alone, before a part saying how many (今年依申请公开的, 收到的政府信息公开申请). */
const APPS_NAMED_ALONE = new RegExp(
  String.raw`^(?:(?:19|20)\d{2}年度?|今年|本年度?|全年)?(?:依申请公开|(?:收到|受理)?的?${APPLICATION})的$`,
);
/** 提起行政诉讼的,没有 / …的,本年度也没有发生. */
const LISTED_NONE = /^(?:全年|本年度?|今年|年内)?(?:也|亦|同样)?(?:均|都)?(?:没有|无|未)(?:发生)?$/;

/** A part ending in the kinds of cases (…引起的行政复议、行政诉讼; …收到行政申诉的数量), a none or count after it. */
const KINDS_LISTED = /(?:复议|诉讼|被起?诉|起诉|申诉|举报|投诉)(?:案件)?的?(?:数量|件数|情况)?$/;
const LIST_JOINS = /、|以及|及|和|与/;
const CASE_WORDS = /复议|诉讼|申诉|举报|投诉/;

/** Words of cases besides those told (未发生其他…复议): not 其他组织, who may apply. */
const BESIDES = /其[他它](?!组织)|除此|除上述/;

/** 行政复议和 before 行政诉讼共计3件: the count that follows is the list's. */
const LIST_BEFORE = /(?:复议|诉讼|申诉)(?:案件)?[和、及与]$/;
/** 申诉、 (or 投诉和) alone before 举报N件, no 复议 or 诉讼 listed with them. */
const COMPLAINTS_LIST = /(?<!(?:复议|诉讼)(?:案件)?[、和及与](?:行政)?)(?:申诉|投诉)[、和及与]$/;
/**
 * A complaint word after two other words (服务投诉, 污染投诉举报), not after 行政, 的, a list's stop, a verb of
 * receiving or 信息公开: the words name another subject.
 */
const OTHER_SUBJECT = new RegExp(
  String.raw`(?<!行政|的|[、和及与或]|受理|收到|接到|接受|发生|涉及|公开|方面|工作|群众|公民|有关|相关|反映|实名|匿名|来信|网上|申诉|举报|投诉)` +
    String.raw`(?<=[\u4e00-\u9fff]{2})(?:(?:申诉|举报|投诉)[、和及与]?)*$`,
);
/** 对…的举报: what the 举报 is about is named. */
const OTHER_OBJECT = /对(?:(?!(?:信息)?公开)[^,。]){1,20}?的(?:申诉|举报|投诉)|非(?:政府)?信息公开/;
/** Complaints said after their counts to be about disclosure (…举报2件,均涉及政府信息公开). */
const COMPLAINTS_OF_DISCLOSURE =
  /(?:申诉|举报|投诉)[^。;]*[,，](?:均|都|全部)(?:涉及|关于|属于|与)[^,，。;]{0,4}?(?:政府)?信息公开/;
const COMPLAINT_PARTS =
  /(?<![咨询访])(申诉|举报|投诉)(?:案件)?[:：]?\s*(\d{1,6}|[零〇一二两三四五六七八九十]{1,4})\s*(?:件|起|宗|个)/g;

/**
 * 信访 counted with the 举报 (收到信访、举报3件, 受理来信来访及举报3件): letters and visits are no row of the form, so
 * the count is not its 申诉、举报 figure.
 */
const PETITIONS_BEFORE = /(?:信访|来访|来信)[^\d,，。;；]{0,8}$/;
const withPetitions = (part: string, at: number): boolean =>
  PETITIONS_BEFORE.test(part.slice(Math.max(0, at - 12), at));

/** The case kinds words name, in the form's order: 复议, 诉讼, and 申诉/举报/投诉 (the legacy form's one row). */
const CASE_KINDS: readonly (readonly [RegExp, string])[] = [
  [/复议/, "review.total"],
  [/诉讼/, "litigation.total"],
  [COMPLAINTS_WORD, "legacy.complaints"],
];
/** 诉讼, or a suit told by who is sued (被诉, 被起诉) or a clerk's 打官司: where a list of kinds may name it so. */
const SUED = /诉讼|被起?诉|打官司/;

/** The keys of the case kinds `words` name (行政复议、行政诉讼 → review, litigation); `sued`: 被诉 names a suit. */
function caseKeys(words: string, sued = false): string[] {
  const keys: string[] = [];
  for (const [re, key] of CASE_KINDS) if ((sued && key === "litigation.total" ? SUED : re).test(words)) keys.push(key);
  return keys;
}

/** Cases where another body answers (以区直部门为被申请人, 被告为其他单位): not the agency's own. */
const OTHERS_RESPONDENT =
  /以(?!我|本)([^,。]{1,12}?)(?:为|作为)(?:被申请人|被告)|(?:被申请人|被告)(?:均|都)?(?:为|是)其他/;
/** A body named by its kind alone (街道, 镇办事处): the agency itself where its own name ends so. */
const KIND_ALONE = /^(街道|镇|乡|局)(?:办事处)?$/;
/** The crawler's title line (标题: X街道2016年…) and the agency it names, before the year. */
const TITLE_LINE = /^标题[:：]\s*(.{2,40}?)(?:(?:19|20)\d{2}|$)/;

/**
 * The page's own agency as its title names it (the report's own; the page's 发布机构 may be a parent body that
 * publishes its units' reports): "" where there is no title line.
 */
export function titleAgency(lines: string[]): string {
  const title = lines.slice(0, 12).find((l) => TITLE_LINE.test(l));
  return title ? (TITLE_LINE.exec(title)?.[1] ?? "") : "";
}

/** Cases where another body answers (以区直部门为被告); 以街道为被告 in a 街道's own report is its own. */
function othersRespond(text: string, ownAgency: string): boolean {
  const m = OTHERS_RESPONDENT.exec(text);
  if (!m) return false;
  const kind = m[1] === undefined ? null : KIND_ALONE.exec(m[1]);
  return !(kind && ownAgency.includes(kind[1]));
}

/** A cause named other than disclosure (因社会抚养费征收决定被申请…), or the agency's cases of every cause. */
const OTHER_CAUSE = /因(?!(?:政府)?信息公开|依申请|申请公开|公开)[^,，。;\d]{2,24}?(?:被|引起|引发|而|提起)/;
const ALL_ITS_CASES = /作为(?:被申请人|被告)(?:的)?/;

/** Cases counted after `before` are of another cause than disclosure, where the part names no disclosure. */
function ofOtherCause(before: string, part: string): boolean {
  return !/信息公开|公开申请|申请公开/.test(part) && (OTHER_CAUSE.test(before) || ALL_ITS_CASES.test(before));
}

/** Cases the agency handles as its work (办理 / 代理 / 审理 行政复议案件), not cases over its disclosure. */
const OWN_CASELOAD = /(?:办理|代理|审理|承办|办结)[^,。]{0,3}$|(?:以|作为)[^,。]{0,12}复议机关/;
/** Reviews decided by the body the agency serves (作为复议机关的行政复议案件): never cases over its own answers. */
const AS_REVIEW_BODY = /(?:以|作为)[^,。]{0,12}复议机关/;

/** 网上申请0件、书面申请1件,合计2件: the sum after the channels the sentence counted before it. */
function sum(part: string, c: Clause): RegExpExecArray | null {
  const at = c.text.indexOf(part);
  return at > 0 && /申请/.test(c.text.slice(0, at)) ? APPS_SUM.exec(part) : null;
}

/** 复议 / 诉讼 / 申诉 stated in one clause: in a negated list, as zero, or as counts. */
function readCases(part: string, c: Clause, add: Add, agency: string): void {
  const found = RIGHTS.test(part) ? null : NEGATED_CASES.exec(part);
  // 除此以外,未发生其他…复议、诉讼: none besides the cases told before, not none at all (其他组织 names who applies).
  if (found && BESIDES.test(part.slice(0, found.index + found[0].length - found[1].length))) return;
  const negated = found;
  // 未发生…行政复议和行政诉讼(2011年曾发生行政复议1件,…): an aside in brackets is no count of the list's.
  const negatedRest = negated ? part.slice(negated.index).split(/[(（]/)[0] : "";
  if (negated) add(figure("review.total", 0, c));
  if (negated && !/\d/.test(negatedRest)) {
    // 未因政府信息公开工作被复议或被起诉: a suit told by who is sued.
    for (const key of caseKeys(negatedRest, true)) if (key !== "review.total") add(figure(key, 0, c));
  } else if (!negated && !RIGHTS.test(part)) {
    if (NEGATED_LITIGATION.test(part)) add(figure("litigation.total", 0, c));
  }
  for (const m of part.matchAll(ZERO_KINDS)) {
    // 零投诉 is the form's row only where the sentence speaks of disclosure cases.
    if (COMPLAINTS_WORD.test(m[1]) ? c.aboutCases : true) add(figure(caseKeys(m[1])[0], 0, c));
  }
  // 未收到有关政府信息公开的申诉、举报: the sentence itself ties them to disclosure.
  const ofDisclosure =
    c.aboutCases || c.caseSection || /信息公开(?:工作)?(?:有关|相关)?的?(?:行政)?(?:申诉|举报|投诉)/.test(part);
  if (ofDisclosure && NEGATED_COMPLAINTS.test(part)) add(figure("legacy.complaints", 0, c));
  const each = CASES_EACH.exec(part);
  if (each && !NEGATED.test(part.slice(0, each.index)) && countValue(each[2]) >= 0) {
    for (const key of caseKeys(each[1])) add(figure(key, countValue(each[2]), c));
  }
  const zero = CASES_ZERO.exec(part);
  if (zero && !NEGATED.test(part.slice(0, zero.index))) {
    for (const key of caseKeys(zero[1])) add(figure(key, 0, c));
    // 依申请公开、行政复议和行政诉讼均为零: the applications listed first are none too.
    if (APPS_LISTED_FIRST.test(part.slice(0, zero.index)) && /[均都皆]/.test(zero[0]))
      add(figure("apps.new.total", 0, c));
  }
  // 接受有关政府信息公开的行政申诉0件、举报1件: the form's one row counts both.
  const split = [...part.matchAll(COMPLAINT_PARTS)].filter((m) => !withPetitions(part, m.index));
  // (受理行政申诉2件、实名举报2件,均涉及政府信息公开: the sentence ties both to disclosure after them.)
  const toldOfDisclosure = c.aboutCases || c.caseSection || COMPLAINTS_OF_DISCLOSURE.test(c.whole ?? c.text);
  if (new Set(split.map((m) => m[1])).size > 1 && toldOfDisclosure) {
    add(
      figure(
        "legacy.complaints",
        split.reduce((n, m) => n + countValue(m[2]), 0),
        c,
      ),
    );
  }
  // 行政复议 无 行政诉讼 无 (a 项目|内容 table flattened): none of each.
  if (/\s(?:无|0)/.test(part)) {
    for (const kv of part.matchAll(KV_NONE)) {
      // 行政复议 无: the one kind its label names first.
      const key = caseKeys(kv[1])[0];
      if (key) add(figure(key, 0, c));
    }
  }
  const counts: (readonly [RegExp, string])[] = [...CASE_COUNTS];
  if (ofDisclosure) counts.push([DISCLOSURE_COMPLAINTS, "legacy.complaints"]);
  // 引发复议案件1件,诉讼案件0件: without 行政, where the sentence or its heading speaks of these cases.
  if (c.aboutCases || c.caseSection) counts.push(...BARE_CASE_COUNTS);
  for (const [re, key] of counts) {
    const m = re.exec(part);
    if (!m || NEGATED.test(part.slice(0, m.index)) || !(countValue(m[1]) >= 0)) continue;
    // 我局共办理行政复议案件12件: the agency's own caseload, unless the sentence ties it to 政府信息公开.
    // (办理…作为复议机关的行政复议案件27件(其中政府信息公开类5件): decided there, even where disclosure is named.)
    // (我局办理行政复议案件23件…,其中涉及政府信息公开的行政复议3件: the part after 其中 is the figure.)
    const ofItsOwn = c.aboutCases && ABOUT_DISCLOSURE_CASES.test(part) && !AS_REVIEW_BODY.test(part);
    if (!ofItsOwn && OWN_CASELOAD.test(part.slice(0, m.index))) continue;
    // 受理以区直部门为被申请人的…行政复议案件5件: reviews of other agencies' answers, decided here.
    if (othersRespond(part.slice(0, m.index), agency)) continue;
    // 因社会抚养费征收决定被申请行政复议2件, 作为被申请人的行政复议案件11件: another cause, or all its cases.
    // (Said not to be about disclosure, they are read, then set apart as none of the form's: notOfDisclosure.)
    // (作为被申请人的…复议案件共4件,其中涉及政府信息公开的1件: the part about disclosure is read: qualifiedCounts.)
    const whole = c.whole ?? part;
    if (ofOtherCause(part.slice(0, m.index), part) && !ALL_UNRELATED.test(whole) && !QUALIFIED_ONE.test(whole))
      continue;
    // 行政复议和行政诉讼共计3件: the count of the list, not of its last kind.
    // 申诉、举报1件: the form's one row of both.
    const bothComplaints = key === "legacy.complaints" && COMPLAINTS_LIST.test(part.slice(0, m.index));
    if (LIST_BEFORE.test(part.slice(0, m.index)) && !bothComplaints) {
      // 行政复议、行政诉讼0宗: none of the list is none of each kind.
      if (countValue(m[1]) === 0) {
        const list =
          part
            .slice(0, m.index + m[0].length)
            .split(/\d/)
            .at(-2) ?? "";
        for (const key of caseKeys(list)) add(figure(key, 0, c));
      }
      continue;
    }
    // 对我局工作人员作风问题的举报2件: 举报 of something other than disclosure.
    if (key === "legacy.complaints" && OTHER_OBJECT.test(part)) continue;
    // 医疗服务投诉38件, 环境污染投诉举报156件: the words right before name what is complained of.
    if (key === "legacy.complaints" && OTHER_SUBJECT.test(part.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (key === "legacy.complaints" && withPetitions(part, m.index)) continue;
    add(figure(key, countValue(m[1]), c));
  }
}

/** The one key a listed kind names (同意公开, 因…引起的行政复议), or null when it names none or several. */
function kindKey(kind: string, withOutcomes: boolean): string | null {
  const keys = new Set<string>(caseKeys(kind));
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
  // 当面、网上、信函申请分别为1件、2件、1件: the channels of the year's applications, their sum the total.
  if (c.aboutApplications && kinds.length === counts.length && kinds.every((k) => CHANNEL.test(k.trim()))) {
    if (counts.every((n) => n >= 0)) add(figure("apps.new.total", sumOf(counts), c));
    return;
  }
  const keys = kinds.map((k) => kindKey(k, withOutcomes && c.aboutReplies));
  if (keys.length !== counts.length || keys.some((k) => k === null) || new Set(keys).size !== keys.length) return;
  if (counts.some((n) => !(n >= 0))) return;
  keys.forEach((key, i) => add(figure(key as string, counts[i], c)));
}

/** 复议 named otherwise than as the one counted (复议办公室/机构 decided, 复议审理中 withdrawn, 复议后撤销 are its end). */
const ANOTHER_REVIEW =
  /(?<!经|撤回)复议(?!机关|决定|结果|期间|申请|办公室|机构|委员会|审理|后|(?:被|予以)?(?:维持|撤销|纠正))/;

/** A section's label of cases before a sentence (■ 复议诉讼:, 复议诉讼情况:). */
const CASES_LABEL = /^[■●◆▲★•·▪□]?\s*[^\d,。:;\s]{0,8}(?:复议|诉讼)[^\d,。:;\s]{0,10}[:：]/;

/** 复议机关均维持原答复, 区管委会均决定维持: all of them (the office, named or not, or the decision may lead). */
const EVERY_ONE_WAY =
  /^(?:复议机关|复议决定|经复议|复议结果|(?:(?!法院|法庭)[^,，。;\d]){1,8}?)?(?:均|全部|都)(?:已)?(?:被|予以|决定)?(?=维持|撤销|纠正|纠错|撤回|驳回|尚未|尚在)/;

/** 向区管委会申请复议 (the review counted, named again): applied for, without a count. */
const SAME_REVIEW = /(?:申请|提起|提出)(?:了)?(?:行政)?复议(?!\s*(?:\d|[一二两三四五六七八九十]))/g;
const ANY_COUNT = /\d|[一二两三四五六七八九十]\s*(?:件|起|宗|个|次)/;

/** A date (截至2010年12月31日, 于3月5日): no count. */
const DATE = /(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?|(?:19|20)\d{2}\s*年(?:底|末)/g;

/** A part between a review's count and its end that tells nothing else: no count, no suit, no other review. */
function tellsNothingElse(part: string): boolean {
  // 截至2010年12月31日: a date between the count and its end tells none.
  if (ANY_COUNT.test(part.replace(DATE, "")) || /诉讼|起诉|另|又/.test(part)) return false;
  return !ANOTHER_REVIEW.test(part.replace(SAME_REVIEW, ""));
}

/**
 * How the 复议 counted in the clause before ended (被申请行政复议2件,其中维持1件,纠正1件): read only right after a
 * clause counting 复议 and no 诉讼, so the counts cannot be a lawsuit's. Whether the clause stated an end.
 */
function readReviewEnds(part: string, count: number, c: Clause, add: Add): boolean {
  // 经复议维持, 复议决定维持, 复议期间撤回复议申请 tell the end; 复议 named otherwise starts another count.
  if (ANOTHER_REVIEW.test(part) || /诉讼|起诉/.test(part)) return false;
  // 行政复议2件,均维持原答复: every one upheld; 复议1件,复议机关维持了我局的答复: the one upheld.
  // 复议机关均维持原答复, 均被撤销: every one counted ended the one way named.
  const every = EVERY_ONE_WAY.test(part) && !/\d/.test(part) ? oneWay(part) : null;
  if (every !== null && count >= 0) {
    add(figure(every, count, c));
    return true;
  }
  const all =
    /^均(?:已)?(?:被)?维持/.test(part) ||
    (count === 1 && /(?<!不|未)维持/.test(part) && !/\d/.test(part) && oneWay(part) !== null);
  if (all && count >= 0) {
    add(figure("review.upheld", count, c));
    return true;
  }
  // 申请行政复议1件,申请人…主动撤回复议申请 / 目前尚在审理中: the one review's end, one way named without a count.
  // (截至12月31日尚未审结: a date tells no count.)
  const undated = part.replace(DATE, "");
  const ways = count === 1 && !/\d|[一二两三四五六七八九十]\s*(?:件|起|宗)/.test(undated) ? oneWay(part) : null;
  if (ways !== null) {
    add(figure(ways, 1, c));
    return true;
  }
  let read = false;
  for (const [re, key] of REVIEW_ENDS) {
    const m = re.exec(part);
    const n = m ? countValue(m[1] ?? m[2]) : Number.NaN;
    if (m && !NEGATED.test(part.slice(0, m.index)) && n >= 0) {
      add(figure(key, n, c));
      read = true;
    }
  }
  return read;
}

/**
 * A 复议 count, then a colon (or 其中 and a count) and the reviews one by one (引发行政复议2起:1起经…复议维持;1起被…
 * 撤销; 提起行政复议2件,其中1件…撤销…;另1件复议维持).
 */
const REVIEW_ITEMS_HEAD = new RegExp(
  String.raw`复议[^,。;:\d]{0,6}?${COUNT}\s*(?:件|起|宗)` +
    // (…复议2件,均由上述不予公开申请的申请人提出,其中1件…: who applied, told between the count and the items.)
    String.raw`(?:[:：]|(?:[,，](?:均|都)?由[^,，。;:\d诉]{1,30})?[,，](?=其中\s*(?:\d|[一二两三四五六七八九十])+\s*(?:件|起|宗)))(.+)$`,
);
/** The reviews counted by the persons applying, then a colon (or 其中 and a count) and the reviews one by one. */
const REVIEW_ITEMS_PERSONS = new RegExp(
  String.raw`(?:有)?${COUNT}\s*(?:名|位)(?:申请人|公民|群众|当事人)[^。;:：]{0,30}?(?:申请|提起|提出)(?:了)?(?:行政)?复议` +
    // 有2名申请人…申请行政复议,其中1件…维持…,另1件…: the reviews one by one after 其中 and a count.
    String.raw`(?:[:：]|[,，](?=其中\s*(?:\d|[一二两三四五六七八九十])+\s*(?:件|起|宗)))(.+)$`,
);
const REVIEW_ITEM = new RegExp(String.raw`^(?:另|其中)?${COUNT}\s*(?:件|起|宗)`);
const ITEM_ENDS: readonly (readonly [RegExp, string])[] = [
  [/(?<!不)维持/, "review.upheld"],
  [
    new RegExp(
      String.raw`撤销|纠正|纠错|变更|确认[^,，。;]{0,8}?违法|(?<![不未]|没有)(?:属|系|构成)(?:于)?(?:程序)?违法|` +
        String.raw`责令(?:我[局镇乡委办]|本机关|本单位|其)?(?:重新|予以公开|改正|改进|整改)`,
    ),
    "review.corrected",
  ],
  [/撤回|终止|驳回/, "review.other"],
  [/尚未|正在审理|尚在审理|审理中|未审结/, "review.pending"],
];

/** The one way an end is told in (复议决定维持, 终止审查), or null where none or several are named. */
function oneWay(part: string): string | null {
  const keys = ITEM_ENDS.filter(([re]) => re.test(part)).map(([, key]) => key);
  return keys.length === 1 ? keys[0] : null;
}

/**
 * Reviews told one by one after their count and a colon, each in a clause or a sentence of its own: how many ended
 * each way, where every one names one way and they add up to the count (the ways not named are then 0).
 */
function readReviewItems(all: Clause[], i: number, put: (f: NarrativeFigure) => void): void {
  if (!all[i].text.includes("复议")) return;
  const text = all[i].text.replace(LEADING_HEADING, "");
  const head = REVIEW_ITEMS_HEAD.exec(text) ?? REVIEW_ITEMS_PERSONS.exec(text);
  if (!head || /诉讼/.test(text.slice(0, head.index)) || NEGATED.test(text.slice(0, head.index))) return;
  const count = countValue(head[1]);
  const items = [head[2]];
  for (let j = i + 1; j < all.length && all[j].line === all[i].line && REVIEW_ITEM.test(all[j].text); j++) {
    items.push(all[j].text);
  }
  const tally = new Map<string, number>();
  let sum = 0;
  let sued = 0;
  const told = items.flatMap((t) => t.split(/[,，](?=(?:另|其中)?(?:\d|[一二两三四五六七八九十])+\s*(?:件|起|宗))/));
  for (const one of told) {
    // The review's end is told first (1件经复议维持后,申请人又…提起行政诉讼,法院尚未判决): what follows is the suit's.
    // 另1件,复议机关以…为由确认答复程序违法: the end told after the count, before any suit.
    const first = one.split(/[,，]/)[0];
    const item = oneWay(first) === null ? one.split(/[,，](?=[^,，]*(?:诉讼|起诉))/)[0] : first;
    const n = REVIEW_ITEM.exec(item);
    const keys = ITEM_ENDS.filter(([re]) => re.test(item)).map(([, key]) => key);
    // An item that names no single way, or a suit in its first clause, leaves the count unsettled.
    if (!n || !(countValue(n[1]) >= 0) || keys.length !== 1 || /诉讼|起诉/.test(item)) return;
    tally.set(keys[0], (tally.get(keys[0]) ?? 0) + countValue(n[1]));
    sum += countValue(n[1]);
    if (/后$/.test(item) && /提起(?:行政)?诉讼|起诉/.test(one.slice(item.length))) sued += countValue(n[1]);
  }
  if (sum !== count) return;
  for (const [, key] of ITEM_ENDS) put(figure(key, tally.get(key) ?? 0, all[i]));
  // …维持后,申请人又向法院提起行政诉讼: a suit after the review.
  if (sued > 0) put(figure("litigation_after_review.total", sued, all[i]));
}

/** A clause led by the reviewing body or its decision (复议机关维持我乡答复后, 复议机关经审理, 复议决定…). */
const REVIEW_BODY_LED = /^(?:经)?(?:行政)?复议(?:机关|决定|结果)/;
/** How far past the review's count its end may be told apart (the count, who applied and why, then the end). */
const REVIEW_END_SENTENCES = 3;

/**
 * The one review counted, its end told apart from the count in a clause led by the reviewing body, in the same
 * sentence or one of the next two under the same heading (引发行政复议1件、行政诉讼1件,系…不服,先向管委会申请行政复议,
 * 复议机关维持我乡答复后,该申请人又…提起行政诉讼; …复议1件。申请人…申请行政复议。复议机关经审理,确认我局答复…属程序
 * 违法,责令我局改进): the one way named, up to any suit. Read only where no end was read otherwise and no count
 * stands between.
 */
function reviewEndApart(found: Map<string, NarrativeFigure>, all: Clause[]): void {
  const review = found.get("review.total");
  if (review?.value !== 1 || ITEM_ENDS.some(([, key]) => found.has(key))) return;
  const raw = review.source.raw.replace(/…$/, "");
  const i = all.findIndex((c) => c.line === review.source.line && c.text.includes(raw));
  if (i < 0) return;
  for (let j = i; j < Math.min(all.length, i + REVIEW_END_SENTENCES); j++) {
    const c = all[j];
    if (c.line !== all[i].line || c.section !== all[i].section) return;
    const text = j === i ? c.text.slice(c.text.indexOf(raw) + raw.length) : c.text;
    const parts = text.split(/[,，]/).map((p) => p.trim());
    const led = parts.findIndex((p) => REVIEW_BODY_LED.test(p));
    const before = parts.slice(0, led < 0 ? parts.length : led).join(",");
    // A count or a suit before the body's clause: the sentence is of something else.
    if (ANY_COUNT.test(before.replace(DATE, "")) || /诉讼|起诉|法院/.test(before)) return;
    if (led < 0) continue;
    const suit = parts.findIndex((p, k) => k > led && /诉讼|起诉|法院/.test(p));
    const end = parts.slice(led, suit < 0 ? parts.length : suit).join(",");
    const way = ANY_COUNT.test(end.replace(DATE, "")) ? null : oneWay(end);
    if (way !== null) found.set(way, figure(way, 1, c));
    return;
  }
}

/**
 * 行政复议1件、行政诉讼1件,…,复议维持,诉讼尚在审理: the review counted in this sentence beside a suit, its end told
 * in a clause of its own without a count.
 */
function readReviewUpheldAfterList(
  c: Clause,
  found: Map<string, NarrativeFigure>,
  put: (f: NarrativeFigure) => void,
): void {
  const review = found.get("review.total");
  if (!review || review.source.line !== c.line || !c.text.includes(review.source.raw.replace(/…$/, ""))) return;
  if (!/诉讼/.test(c.text)) return;
  const parts = c.text.split(/[,，]/);
  const upheld = parts.some((part) => /^(?:行政)?复议(?:结果)?(?:为|均)?(?:被)?维持(?:原答复|原决定)?$/.test(part));
  if (upheld && review.value >= 0) put(figure("review.upheld", review.value, c));
}

/**
 * The 2019 form's §四 header words, as a table prints them (行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计
 * 未经复议直接起诉 …): column names, no sentence about cases (尚未, 未经 are no negation there).
 */
const FORM_HEADER =
  /(?:行政复议\s*行政诉讼\s*)?(?:(?:结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉)\s*){3,}/g;
const REVIEW_COUNTED = new RegExp(
  String.raw`复议[^,。诉\d]{0,6}?(\d{1,6}|[一二两三四五六七八九十]{1,4})|` +
    String.raw`^(?:其中)?(\d{1,6}|[一二两三四五六七八九十]{1,4})\s*(?:件|起)(?:行政)?复议|` +
    // 共有1件因政府信息公开引起的行政复议: the count, its cause, then the kind ending the part.
    String.raw`(?:^|[^\d])(\d{1,3}|[一二两三四五六七八九十]{1,2})\s*(?:件|起)(?:因|由|涉及)[^,。诉\d]{2,20}?(?:的)?(?:行政)?复议(?:案件)?$`,
);
const SUIT_COUNTED = /(?:诉讼|被起?诉)[^,。复\d]{0,6}?(\d{1,6}|[一二两三四五六七八九十]{1,4})\s*(?:件|起|宗)$/;
/** How the suits counted came: straight to court (直接) or after a review. */
const SUIT_PATH = /^(?:均为?|系|为|属)?(?:(?:未经(?:行政)?复议)?直接|经(?:过)?(?:行政)?复议后)/;

/**
 * Answer counts that are sums or differences (同意公开3件(含部分公开1件): granted alone 2, partial 1; 涉及国家秘密
 * 不予公开1件,涉及个人隐私不予公开1件: denied 2). Read before the clauses, so their first count does not stand.
 */
/** The rest granted after the refusals set apart (…外,其余均予以公开). */
const REST_GRANTED =
  /^[,，]?(?:其余|其他|余下|剩余)(?:的)?(?:\d{1,6}件)?(?:申请)?(?:均|全部|都)(?:已)?(?:依法)?(?:予以|同意|予)公开(?:$|[,，;])/;
/** A sentence led by the count it speaks of (6件申请都已…答复). */
const LEADING_COUNT = /^(?:上述|以上|前述)?(\d{1,6}|[一二两三四五六七八九十]{1,3})\s*件/;

function readAnswerSums(c: Clause, put: (f: NarrativeFigure) => void, apps: number | undefined): void {
  // 同意公开3件(含部分公开1件), 同意公开和部分公开共9件(部分公开3件): the partly granted held in the count.
  for (const inner of [GRANTED_WITH_PARTIAL.exec(c.text), GRANTED_AND_PARTIAL.exec(c.text)]) {
    if (!inner || NEGATED.test(c.text.slice(0, inner.index))) continue;
    const [all, part] = [countValue(inner[1]), countValue(inner[2])];
    if (all >= part && part >= 0) {
      put(figure("outcome.granted.total", all - part, c));
      put(figure("outcome.partial.total", part, c));
    }
  }
  // 其中同意公开两件,同意部分公开一件,无不予公开情况: a kind said not to occur is 0.
  for (const none of c.text.matchAll(KINDS_NOT_OCCURRING)) {
    if (/部分/.test(none[0])) put(figure("outcome.partial.total", 0, c));
    if (/不予公开|不公开/.test(none[0])) put(figure("outcome.denied.total", 0, c));
  }
  const except = DENIED_EXCEPT.exec(c.text);
  if (except && countValue(except[1]) >= 0) put(figure("outcome.denied.total", countValue(except[1]), c));
  // 6件申请都已答复,除1件…不予公开外,其余均予以公开: the rest of the year's applications granted, none in part.
  const lead = LEADING_COUNT.exec(c.text);
  const whole = lead ? countValue(lead[1]) : apps;
  const refused = except ? countValue(except[1]) : Number.NaN;
  if (except && REST_GRANTED.test(c.text.slice(except.index + except[0].length)) && whole === apps) {
    if (apps !== undefined && refused >= 0 && refused <= apps) {
      put(figure("outcome.granted.total", apps - refused, c));
      put(figure("outcome.partial.total", 0, c));
    }
  }
  const listed = REASONS_THEN_DENIED.exec(c.text);
  const each = listed ? [...listed[1].matchAll(/(\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})\s*件/g)] : [];
  if (listed && each.length > 1 && each.every((m) => countValue(m[1]) >= 0)) {
    put(figure("outcome.denied.total", sumOf(each.map((m) => countValue(m[1]))), c));
  }
  const reasons = [...c.text.matchAll(DENIED_BY_REASON)].map((m) => countValue(m[1]));
  if (reasons.length > 1 && reasons.every((n) => n >= 0)) {
    put(figure("outcome.denied.total", sumOf(reasons), c));
  }
  // 同意公开两件,…,另一件所申请的打分表属于内部审议材料,不予公开: the last item counted, then what it asked, its answer.
  const rest = c.text.includes("另") ? REST_DENIED.exec(c.text) : null;
  if (rest && !NEGATED.test(rest[2]) && countValue(rest[1]) >= 0)
    put(figure("outcome.denied.total", countValue(rest[1]), c));
}
/** 另一件…,不予公开: the other item(s), told without another answer, then refused in the clause after. */
const REST_DENIED = new RegExp(
  String.raw`(?:^|[,，:：])另(?:有)?${COUNT}\s*件(?:申请)?((?:(?!同意|部分|公开|提供|不予|告知|[;。])[^\d,，]){0,40})` +
    String.raw`[,，](?:故|因此|依法|决定|予以)?(?:不予(?:以)?公开|不予提供|不同意公开)(?:$|[,，;。])`,
);

/** Answer kinds stated in one clause of a sentence about replies. */
/** Answers counted as the subject of a suit or review (1件部分公开答复被申请人提起行政诉讼): the case's count. */
const CONTESTED_ANSWERS = new RegExp(
  String.raw`${COUNT}\s*(?:件|份)[^,，。;\d]{0,10}?答复(?:被[^,，。;\d]{0,8}?)?(?:提起|提出|申请)(?:了)?((?:行政)?(?:诉讼|复议))`,
);
/** After an answer's count: the answer contested (…答复被提起行政诉讼, …答复不服): no count of that answer kind. */
const CONTESTED_AFTER = /^(?:的)?(?:答复)?(?:被[^,，。;\d]{0,8}?(?:提起|提出|申请)|不服|有异议)/;

function readOutcomes(part: string, c: Clause, add: Add): void {
  if (!c.aboutReplies) return;
  // 不予公开 无 (a 项目|内容 table flattened): none of that kind.
  if (/\s(?:无|0)/.test(part)) {
    for (const kv of part.matchAll(KV_NONE)) {
      if (/部分/.test(kv[1])) add(figure("outcome.partial.total", 0, c));
      else if (/不予/.test(kv[1])) add(figure("outcome.denied.total", 0, c));
    }
  }
  // Answers already published (属于已主动公开范围) count as granted on the legacy form: with them named, 同意公开
  // alone is not the granted figure; the other kinds still are.
  const published = /已主动公开|主动公开范围/.test(c.text);
  for (const [re, key] of OUTCOME_COUNTS) {
    if (published && key === "outcome.granted.total") continue;
    const m = re.exec(part);
    const value = m ? countValue(m[1] ?? m[2]) : NaN;
    if (!m || NEGATED.test(part.slice(0, m.index)) || !(value >= 0)) continue;
    if (!CONTESTED_AFTER.test(part.slice(m.index + m[0].length))) add(figure(key, value, c));
  }
}

/**
 * A sentence that counts the year's applications and grants them all (共受理申请2件,均予以公开), or its one
 * application (受理申请1件,已按时答复并同意公开): every answer is 同意公开; the one application refused
 * (…1件,已依法答复,因…不予公开) is the one 不予公开. Read only where the sentence names no other kind of answer
 * and no count of one.
 */
/** A clause led by a count (…,3件为纳税人申请…): what follows in the sentence may speak of those alone. */
const PART_LED = /[,，](?:另有?)?(\d{1,6}|[一二两三四五六七八九十]{1,3})\s*(?:件|份)(?:申请)?(?:为|是|系|属于)/g;

function readAllGranted(sentence: string, stated: number | undefined, c: Clause, add: Add): void {
  // 3件中已答复2件,均同意公开: the answered ones are the ones granted.
  const replied = REPLIED.exec(sentence);
  // 收到申请3件,其中有效申请2件,均同意公开: 均 speaks of the part just counted.
  // 收到申请5件,扣除重复申请1件,实际受理4件,均同意公开: the ones actually handled.
  const part = PART_ALL.exec(sentence);
  const onePart = part && !/\d|[一二两三四五六七八九十]件/.test(part[1]) ? countValue(part[2]) : undefined;
  const apps = replied ? countValue(replied[1] ?? replied[2]) : (onePart ?? stated);
  if (apps === undefined || !(apps > 0) || OUTCOME_COUNTS.some(([re]) => re.test(sentence))) return;
  // 共受理申请4件,其中3件为本人信息,均已同意公开: 均 speaks of the part told last before it (not of a count in
  // brackets, of a half year's, of a comparison's).
  const every = ALL_GRANTED.exec(sentence);
  const before = every ? sentence.slice(0, every.index).replace(BRACKETED, "") : "";
  const last = every ? [...before.matchAll(PART_OF_THEM)].at(-1) : undefined;
  // (其中1件系…转我局办理,均已同意公开: 均 is of more than one, so of them all.)
  // (申请5件:其中4件…均同意公开: a part led by 其中 is a part, with 为 or without.)
  const ofPart = last?.[1] !== undefined && (last[3] !== undefined || /其中|另有/.test(last[0]));
  if (last && ofPart && countValue(last[2]) >= 2 && countValue(last[2]) !== apps) return;
  // 收到申请1件,…我乡公开了补偿标准,…明细未予公开,属部分公开: the one application partly granted.
  if (apps === 1 && ONE_PARTIAL.test(sentence)) {
    add(figure("outcome.granted.total", 0, c));
    add(figure("outcome.partial.total", 1, c));
    add(figure("outcome.denied.total", 0, c));
    return;
  }
  if (apps === 1 && ONE_DENIED.test(sentence) && !NOT_ONE_DENIED.test(sentence.replace(APPLICATION_RE, ""))) {
    add(figure("outcome.granted.total", 0, c));
    add(figure("outcome.partial.total", 0, c));
    add(figure("outcome.denied.total", 1, c));
    return;
  }
  // 因申请内容涉及国家秘密,均未予公开: every answer refused.
  if (ALL_DENIED.test(sentence) && !/(?<!不|未)(?:同意|予以)公开|部分/.test(sentence.replace(ALL_DENIED, ""))) {
    add(figure("outcome.granted.total", 0, c));
    add(figure("outcome.partial.total", 0, c));
    add(figure("outcome.denied.total", apps, c));
    return;
  }
  // 受理申请1件,…所申请信息属于已主动公开的信息,已告知申请人获取途径: the legacy form counts it as granted.
  if (apps === 1 && ONE_PUBLISHED.test(sentence) && !NOT_ONE_PUBLISHED.test(sentence.replace(ONE_PUBLISHED, ""))) {
    add(figure("outcome.granted.total", 1, c));
    add(figure("outcome.partial.total", 0, c));
    add(figure("outcome.denied.total", 0, c));
    return;
  }
  // 均为…,所申请的档案由市场监督管理局掌握,已告知申请人向该局提出申请: every one answered otherwise, none of the
  // form's three kinds.
  if (/^均/.test(sentence) && ALL_TOLD_ELSEWHERE.test(sentence) && !FORM_KIND.test(sentence)) {
    add(figure("outcome.granted.total", 0, c));
    add(figure("outcome.partial.total", 0, c));
    add(figure("outcome.denied.total", 0, c));
    return;
  }
  // 全部予以公开,不存在部分公开或不予公开的情况: the kinds said not to occur are no other answer.
  if (OTHER_OUTCOMES.test(sentence.replace(KINDS_NOT_OCCURRING, ""))) return;
  const all = ALL_GRANTED.exec(sentence);
  if (!all && !(apps === 1 && ONE_GRANTED.test(sentence))) return;
  // 以上4件申请中,3件为…,均已同意公开: 均 speaks of the part the clause before it is led by.
  // (一件是申请公开…,一件是申请公开…,均…同意公开: the parts told one by one are all of them.)
  const parts = all ? [...sentence.slice(0, all.index).matchAll(PART_LED)] : [];
  const led = parts.at(-1);
  if (led && countValue(led[1]) !== apps && sumOf(parts.map((m) => countValue(m[1]))) !== apps) return;
  add(figure("outcome.granted.total", apps, c));
  add(figure("outcome.partial.total", 0, c));
  add(figure("outcome.denied.total", 0, c));
}

/** Answered by pointing elsewhere (已告知申请人向该局提出申请, 不属于本机关, 非本机关掌握). */
const ALL_TOLD_ELSEWHERE = /告知(?:申请人)?[^,，。;]{0,8}?向|不属于本(?:机关|单位|中心|局)|非本(?:机关|单位|中心|局)/;
/** One of the form's three answers named (同意公开, 部分公开, 不予公开, 提供了…). */
const FORM_KIND = /(?:同意|予以|部分|不予|不同意)(?:公开|提供)|已提供|提供了/;
/** A count (3件), and whether it leads a part told by what it is (,其中3件为…), which a 均 after it speaks of. */
const PART_OF_THEM =
  /(?:(^|[,，:：;；])(?:其中|另有|有)?)?(\d{1,6}|[一二两三四五六七八九十]{1,4})\s*件(?:申请)?(为|是|系|属于?|涉及)?/g;
const BRACKETED = /[(（][^()（）]*[)）]/g;
/** The one application's information already published (属于我镇已主动公开的信息, 属于已主动公开范围). */
const ONE_PUBLISHED = /属于?[^\d,，。;]{0,8}?已(?:经)?主动公开(?:的)?(?:政府)?(?:信息|范围|内容)/;
/** Another answer beside it (部分, 不予公开, 不属于本机关, 不存在…). */
const NOT_ONE_PUBLISHED = /部分|不予|不同意|不公开|不属于|不存在|非本|不掌握|撤回|补正|(?:同意|予以)公开/;

/** The one application partly granted, said without a count (属部分公开, 作部分公开处理). */
const ONE_PARTIAL = /(?:属于?|为|予以|作)部分公开(?!\s*(?:\d|[零〇一二两三四五六七八九十]))/;
/** Answer kinds said not to occur (不存在部分公开或不予公开的情况, 无不予公开情形). */
const KINDS_NOT_OCCURRING =
  // 全年未作出不予公开的决定: no answer of that kind given.
  /(?:不存在|没有|无|未有|未出现|未作出|没有作出)(?:部分公开|不予公开|不公开)(?:(?:或|和|及|、)(?:部分公开|不予公开|不公开))*(?:的)?(?:情况|情形|决定|答复)?/g;

const PART_ALL =
  /[,，](?:其中|实际)([^,，。]*?)(\d{1,6}|[一二两三四五六七八九十]{1,4})\s*件[,，](?=[^,，]*?(?:均|全部|都))/;

const REPLIED = new RegExp(
  // 已经答复的有4件: the ones answered, then how many.
  String.raw`(?:已经?|共)(?:按期|依法|按时)?(?:答复|办结)(?:了|的(?:共有|共|有))?\s*${COUNT}\s*(?:件|宗|个|份|次|项)|` +
    // 全年答复政府信息公开申请3件: the year's answers counted, the applications not.
    String.raw`答复${APPLICATION}${COUNT}\s*(?:件|宗|个|份|次|项)`,
);

/**
 * Answer kinds not named, when the named ones and the other answers (告知…1件, 1件…撤回) add up to the year's
 * applications (受理申请3件,其中同意公开2件,不予公开1件: none partly granted): each is 0.
 */
function zeroByTheSum(found: Map<string, NarrativeFigure>, answers: Clause[]): void {
  const apps = found.get("apps.new.total")?.value;
  const named = ANSWER_KEYS.filter((k) => found.has(k));
  if (apps === undefined || named.length === 0 || named.length === ANSWER_KEYS.length) return;
  const texts = [...new Set(answers.map((c) => c.text))];
  let sum = named.reduce((n, k) => n + (found.get(k) as NarrativeFigure).value, 0);
  for (const t of texts) {
    // 告知不予提供1件 is a refusal already counted, not another kind of answer.
    for (const m of t.matchAll(OTHER_ANSWERS)) {
      // 上级机关转办1件 is how an application came in (a part of the intake), not an answer.
      // 2件因涉及其他被征迁户的个人信息而不予公开: 其他 names whose information, the item's answer is a refusal
      // (told up to the next count: 有1份因所要的是其他村民的补偿协议,涉及隐私,没有同意公开).
      const [own, ...after] = t
        .slice(m.index + m[0].length)
        .split(/[;。]/)[0]
        .split(/[,，]/);
      // 属于不予公开范围、告知申请人并说明理由的2件: the kind named before 告知 in its clause is the answer.
      // (Only where the words lead their count: 部分公开1件、信息不存在1件 leads with another kind's count.)
      const clause = m[1] !== undefined ? t.slice(0, m.index).split(/[,，;。]|\d\s*(?:件|个|份)/) : [];
      if (/不予|不同意|拒绝|部分/.test(clause.at(-1) ?? "")) continue;
      const told = after.findIndex((part) => /\d/.test(part));
      const item = [m[0] + own, ...after.slice(0, told < 0 ? after.length : told)].join(",");
      if (
        /不予|不同意|同意|部分|予以/.test(m[0]) ||
        /不予|不同意|拒绝|(?:没有|未)同意/.test(item) ||
        INTAKE_REFERRAL.test(t.slice(Math.max(0, m.index - 10), m.index + m[0].length))
      )
        continue;
      sum += countValue(m[1] ?? m[2]);
    }
  }
  // 新收3件,另有上年结转1件,合计办理4件,均已办结:同意公开3件,部分公开1件: last year's answered as well.
  const over = found.get("apps.carried_over.total")?.value ?? 0;
  const allDone = found.get("apps.carried_forward.total")?.value === 0 || texts.some((t) => ALL_DONE.test(t));
  if (sum !== apps && !(over > 0 && allDone && sum === apps + over)) return;
  const source = (found.get(named[0]) as NarrativeFigure).source;
  for (const key of ANSWER_KEYS) if (!found.has(key)) found.set(key, { key, value: 0, source });
}

/** Every application handled answered (均已办结, 已全部答复). */
const ALL_DONE = /(?:均|全部|都)(?:已|已经)?(?:按期|依法|按时)?(?:办结|答复)|已(?:全部|均)(?:办结|答复)/;
/**
 * The answers' total when a page counts every kind and the form's balance holds (新收5件,上年结转1件;予以公开3件,
 * 部分公开1件,本机关不掌握…1件,结转下年度1件: 3+1+1 = 5+1-1): their sum.
 */
/** Answers told as shares (同意公开的占60%;部分公开的占15%;…;其余20%为告知类答复): each kind's share. */
const SHARES: readonly (readonly [RegExp, string | null])[] = [
  [/(?<![不分])同意公开的?占\s*(\d{1,3})%/, "outcome.granted.total"],
  [/部分公开的?占\s*(\d{1,3})%/, "outcome.partial.total"],
  [/(?:不予|不同意)公开的?占\s*(\d{1,3})%/, "outcome.denied.total"],
  [/^(?:其余|其他|另有)(?:的)?(?:占)?\s*(\d{1,3})%/, null],
  [/告知[^,;。%\d]{0,8}?占\s*(\d{1,3})%/, null],
];
/** Every application answered (所有申请均在法定期限内答复, 按时答复率100%): the shares are of the applications. */
const ALL_APPS_ANSWERED = /(?:所有|全部)申请(?:均|都)[^,;。\d]{0,12}?答复|答复率\s*100%/;
const SHARE_CLAUSES_MAX = 8;

/**
 * Answers told only as shares of the year's applications, every one answered and none carried over: each kind's
 * count, where the shares add up to 100% and each is a whole number of applications.
 */
function answersByShares(found: Map<string, NarrativeFigure>, all: Clause[]): void {
  const apps = found.get("apps.new.total")?.value;
  if (apps === undefined || apps <= 0 || (found.get("apps.carried_over.total")?.value ?? 0) !== 0) return;
  if (ANSWER_KEYS.some((k) => found.has(k))) return;
  const first = all.findIndex((c) => c.text.includes("%") && SHARES[0][0].test(c.text));
  if (first < 0 || !all.some((c) => ALL_APPS_ANSWERED.test(c.text))) return;
  const counts = new Map<string, number>();
  let total = 0;
  for (let i = first; i < all.length && i < first + SHARE_CLAUSES_MAX && all[i].line === all[first].line; i++) {
    for (const part of all[i].text.split(/[,，;；]/)) {
      const hits = SHARES.filter(([re]) => re.test(part));
      if (hits.length > 1) return;
      if (hits.length === 0) continue;
      const [re, key] = hits[0];
      const share = Number((re.exec(part) as RegExpExecArray)[1]);
      if ((share * apps) % 100 !== 0 || (key !== null && counts.has(key))) return;
      if (key !== null) counts.set(key, (share * apps) / 100);
      total += share;
    }
  }
  if (total !== 100) return;
  for (const key of ANSWER_KEYS) found.set(key, figure(key, counts.get(key) ?? 0, all[first]));
}

function totalByTheBalance(found: Map<string, NarrativeFigure>, answers: Clause[]): void {
  const [apps, over, forward] = ["apps.new.total", "apps.carried_over.total", "apps.carried_forward.total"].map(
    (k) => found.get(k)?.value,
  );
  const named = ANSWER_KEYS.filter((k) => found.has(k));
  if (found.has("outcome.total.total") || apps === undefined || over === undefined || forward === undefined) return;
  if (named.length === 0) return;
  let sum = named.reduce((n, k) => n + (found.get(k) as NarrativeFigure).value, 0);
  for (const t of new Set(answers.map((c) => c.text))) {
    for (const m of t.matchAll(OTHER_ANSWERS))
      if (!/不予|不同意|同意|部分|予以/.test(m[0])) sum += countValue(m[1] ?? m[2]);
  }
  if (sum === apps + over - forward) {
    const source = (found.get(named[0]) as NarrativeFigure).source;
    found.set("outcome.total.total", { key: "outcome.total.total", value: sum, source });
  }
}

/** A group's intake (办公室受理5件, 网上申请3件, 1月份受理的3件, 其余2件…): each starts a group of the clause. */
const GROUP_INTAKE = new RegExp(
  String.raw`(?:受理|收到|接到|申请)(?:了|的)?\s*(\d{1,5}|[一二两三四五六七八九十]{1,3})\s*件|` +
    // 其余2件于下半年受理: the rest, a group where its intake is named after it.
    String.raw`其余(?:的)?\s*(\d{1,5}|[一二两三四五六七八九十]{1,3})\s*件(?=[^,，。;]{0,10}?(?:受理|收到|提出))`,
  "g",
);
const LED_BY_OF = /^中(?=\d|[一二两三四五六七八九十])/;
const INTAKE_ANY = new RegExp(GROUP_INTAKE.source);
/** Words of another period or a comparison: a clause with them is no group of the year's. */
const NOT_A_GROUP = /上年|去年|同比|上一年|历年|累计|全区|全县|全市|结转/;
const KIND_COUNTS = OUTCOME_COUNTS.map(([re, key]) => [new RegExp(re.source, "g"), key] as const);
/** One kind said of every application of a group, without a count (当面申请2件(均同意公开), 3件均已公开). */
const GROUP_ALL_KIND: readonly (readonly [RegExp, string])[] = [
  [/(?:均|全部|都)(?:已|已经)?(?:作|予以|为|属于?)?部分(?:予以)?(?:公开|提供)/, "outcome.partial.total"],
  [/(?:均|全部|都)(?:已|已经)?(?:不予(?:以)?(?:公开|提供)|未予公开|不同意公开)/, "outcome.denied.total"],
  [/(?:均|全部|都)(?:已|已经)?(?:依法)?(?:予以|同意|予)?(?:公开|提供)(?!\s*\d)/, "outcome.granted.total"],
];

/** The answers of one group: each kind counted in it, or the one kind said of all its applications. */
function groupSums(t: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [re, key] of KIND_COUNTS) {
    for (const m of t.matchAll(re)) {
      const n = countValue(m[1] ?? m[2]);
      if (!(n >= 0) || NEGATED.test(t.slice(0, m.index))) continue;
      sums.set(key, (sums.get(key) ?? 0) + n);
    }
  }
  return sums;
}

/**
 * Answers told group by group in the clauses of one line (办公室受理5件(同意公开1件、不予公开4件);执法大队受理1件(不予
 * 公开1件); 上半年受理10件,同意公开5件,…;下半年受理5件,同意公开4件,…; 网上申请15件(同意公开14件、不予公开1件),
 * 当面申请2件(均同意公开); 1月份受理的3件均已公开;…;其余2件于下半年受理,均予公开): where the groups' intakes add up to
 * the year's applications and their answers to no more, each kind is the sum of its counts over the groups (the first
 * group's alone is not the year's).
 */
function answersByGroups(found: Map<string, NarrativeFigure>, all: Clause[]): void {
  const whole = found.get("apps.new.total");
  const apps = whole?.value;
  for (let i = 0, j = 0; i < all.length; i = j) {
    for (j = i + 1; j < all.length && all[j].line === all[i].line; j++);
    let groups: { intake: number; sums: Map<string, number>; c: Clause; said: boolean }[] = [];
    // After a sentence counting the applications, the next ones on the line may tell its groups (…申请11件:1月份受理的
    // 3件均已公开;6月份受理的2件中1件部分公开…) without naming an application.
    let ofApplications = false;
    for (let k = i; k < j; k++) {
      const t = all[k].text;
      const replies = all[k].aboutReplies || ofApplications;
      ofApplications ||= all[k].aboutReplies && all[k].aboutApplications;
      // (A clause without an intake count is no group: the answers' patterns are not run on it.)
      if (!replies || !t.includes("公开") || !INTAKE_ANY.test(t) || NOT_A_GROUP.test(t)) continue;
      const intakes = [...t.matchAll(GROUP_INTAKE)];
      for (let g = 0; g < intakes.length; g++) {
        const from = intakes[g].index;
        // (受理的2件中1件部分公开: the group's answers after 中.)
        const piece = t.slice(from + intakes[g][0].length, intakes[g + 1]?.index ?? t.length).replace(LED_BY_OF, "");
        const sums = groupSums(piece);
        const said = sums.size === 0 ? GROUP_ALL_KIND.find(([re]) => re.test(piece)) : undefined;
        const intake = countValue(intakes[g][1] ?? intakes[g][2]);
        // (受理申请14件,均予以公开: one kind said of the year's whole count is no group of it.)
        if (said && !NEGATED.test(piece) && intake !== apps) sums.set(said[1], intake);
        if (sums.size > 0 && intake >= 0) groups.push({ intake, sums, c: all[k], said: said !== undefined });
      }
    }
    const fits = (gs: typeof groups) =>
      apps !== undefined &&
      gs.reduce((n, g) => n + g.intake, 0) === apps &&
      gs.reduce((n, g) => n + [...g.sums.values()].reduce((a, b) => a + b, 0), 0) <= apps;
    // (办结上年结转申请3件,均同意公开。本年共受理申请10件,其中同意公开7件…: a group said of all of it that does not
    // fit is no group; the groups counted stand as they would without it.)
    if (groups.length >= 2 && !fits(groups) && groups.some((g) => g.said)) groups = groups.filter((g) => !g.said);
    if (groups.length < 2) continue;
    if (!fits(groups)) {
      // The groups do not add up to a year's count read: no group's answers are the year's (nor a group's intake
      // its applications), left blank.
      for (const [, key] of KIND_COUNTS) if (found.get(key)?.source.line === all[i].line) found.delete(key);
      if (whole?.source.line === all[i].line && groups.some((g) => g.intake === apps)) found.delete(whole.key);
      continue;
    }
    for (const [, key] of KIND_COUNTS) {
      const n = groups.reduce((sum, g) => sum + (g.sums.get(key) ?? 0), 0);
      if (groups.some((g) => g.sums.has(key))) found.set(key, figure(key, n, groups[0].c));
    }
  }
}

/** A grant told again after the first (另外,经申请人补正后又同意公开2件): more granted, not the same ones. */
const GRANTED_AGAIN = /(?:又|再次?|另行)$/;

/**
 * Granted told twice in a line's answers, the second time as more (同意公开1件;另外,经申请人补正后又同意公开2件;部分
 * 公开2件): the first count alone is not the year's; both are, where they and the other answers fit the applications
 * (else none is read).
 */
function grantedAgain(found: Map<string, NarrativeFigure>, all: Clause[]): void {
  const granted = found.get(ANSWER_KEYS[0]);
  if (!granted) return;
  const [re] = KIND_COUNTS[0];
  let again = false;
  let sum = 0;
  for (const c of all) {
    if (c.line !== granted.source.line || !c.aboutReplies || !c.text.includes("公开")) continue;
    for (const m of c.text.matchAll(re)) {
      const n = countValue(m[1] ?? m[2]);
      if (!(n >= 0) || NEGATED.test(c.text.slice(0, m.index))) continue;
      sum += n;
      // (The words before the kind's own: 又同意公开2件 is matched from 同意.)
      again ||= GRANTED_AGAIN.test(c.text.slice(0, m.index + m[0].search(/同意|予以/)));
    }
  }
  if (!again || sum === granted.value) return;
  const apps = found.get("apps.new.total")?.value;
  const others = ANSWER_KEYS.slice(1).reduce((n, k) => n + (found.get(k)?.value ?? 0), 0);
  if (apps !== undefined && sum + others <= apps) found.set(granted.key, { ...granted, value: sum });
  else found.delete(granted.key);
}

/** Answers that the information was already published, counted (属于已主动公开范围的2件; 2件属于已主动公开信息). */
const ALREADY_PUBLIC = new RegExp(
  String.raw`(?:属于)?已主动公开(?:范围|的信息|信息)?(?:的)?\s*${COUNT}\s*件|` +
    // 属于主动公开范围或同意公开的3件: both kinds in one count, granted on the legacy form.
    String.raw`(?:属于)?(?:已)?主动公开(?:的)?范围(?:或|和|及|、)(?:同意|予以)公开(?:的)?\s*${COUNT}\s*件|` +
    String.raw`${COUNT}\s*件[^,，。;\d]{0,12}?属于?已主动公开`,
);
const GRANTED_COUNT = OUTCOME_COUNTS[0][0];
/** A granted count, then 其中 (…同意公开3件,其中): what follows is a part of the granted. */
const GRANTED_THEN_PART = new RegExp(String.raw`(?:同意|予以)公开(?:答复)?\s*${COUNT}\s*件[,，]\s*其中$`);

/**
 * The legacy form counts an answer that the information is already published as granted (已主动公开范围的2件;
 * 同意公开1件: granted 3). Read where the page counts them among the year's answers.
 */
function alreadyPublicGranted(found: Map<string, NarrativeFigure>, all: Clause[]): void {
  let published = 0;
  let granted = 0;
  let source: Clause | undefined;
  // 同意公开3件,其中属于已主动公开范围的1件: the published ones told as a part of the granted, not beside them.
  let partOfGranted = false;
  for (const c of all) {
    if (!c.aboutReplies) continue;
    const ap = ALREADY_PUBLIC.exec(c.text);
    if (ap && !NEGATED.test(c.text.slice(0, ap.index)) && countValue(ap[1] ?? ap[2] ?? ap[3]) >= 0) {
      if (GRANTED_THEN_PART.test(c.text.slice(Math.max(0, ap.index - 24), ap.index))) partOfGranted = true;
      else published += countValue(ap[1] ?? ap[2] ?? ap[3]);
      source ??= c;
    }
    // 同意公开1件 counted in a clause of its own, or beside the already published ones.
    for (const part of c.text.split(/[,，]/)) {
      if (/已主动公开|主动公开范围/.test(part)) continue;
      const g = GRANTED_COUNT.exec(part);
      if (g && !NEGATED.test(part.slice(0, g.index)) && countValue(g[1] ?? g[2]) >= 0)
        granted += countValue(g[1] ?? g[2]);
    }
  }
  if ((published === 0 && !partOfGranted) || !source) return;
  found.set("outcome.granted.total", figure("outcome.granted.total", published + granted, source));
}

/** The rest of the applications given one kind of answer, without their count (其余均因…不予公开). */
const REST_OF_KIND =
  /其余(?:的)?(?:申请)?(?:均|都|全部)?(?:因[^\d,。;]{0,40}?[,，]?)?(不予(?:以)?公开|不同意公开|部分公开|(?:同意|予以)公开)(?!\s*\d)/;

/**
 * One kind of answer said of the rest (申请4件:1件予以公开,其余均因…不予公开): the applications less the answers
 * counted, where no carried-over application could be among them.
 */
function restByTheSum(found: Map<string, NarrativeFigure>, answers: Clause[]): void {
  const apps = found.get("apps.new.total")?.value;
  const over = found.get("apps.carried_over.total")?.value;
  if (apps === undefined || (over !== undefined && over !== 0)) return;
  for (const c of new Set(answers)) {
    const rest = REST_OF_KIND.exec(c.text);
    if (!rest) continue;
    const key = /部分/.test(rest[1]) ? ANSWER_KEYS[1] : /不/.test(rest[1]) ? ANSWER_KEYS[2] : ANSWER_KEYS[0];
    const named = ANSWER_KEYS.filter((k) => k !== key && found.has(k));
    if (found.has(key) || named.length === 0) return;
    let sum = named.reduce((n, k) => n + (found.get(k) as NarrativeFigure).value, 0);
    for (const m of c.text.matchAll(OTHER_ANSWERS))
      if (!/不予|不同意|同意|部分|予以/.test(m[0])) sum += countValue(m[1] ?? m[2]);
    if (sum < apps) found.set(key, figure(key, apps - sum, c));
    return;
  }
}
/** An application referred from above or elsewhere (上级机关转办1件, 由区政府转来2件): intake, not an answer. */
const INTAKE_REFERRAL = /(?:上级|其他|兄弟|区政府|市政府|县政府|管委会)[^\d,，。;]{0,6}?(?:转办|转交|转来)/;

/**
 * A heading naming the applications (依申请公开情况, 群众申请公开政府信息的情况); 因政府信息公开申请提起行政复议 names
 * the cause of the cases, not the applications.
 */
const APPS_HEADING = /依申请公开|申请公开(?:政府)?信息|(?:政府)?信息公开申请/;

/** A section that says only 无 under its heading: none of what the heading names. */
function readOnlyNone(c: Clause, add: Add): void {
  const words = ONLY_NONE.exec(c.text)?.[1] ?? (c.afterHeading && NONE_ALONE.test(c.text) ? c.afterHeading : null);
  if (words === null) return;
  if (APPS_HEADING.test(words) && !(/复议|诉讼|申诉/.test(words) && !/依申请公开/.test(words))) {
    add(figure("apps.new.total", 0, c));
  }
  for (const key of caseKeys(words)) add(figure(key, 0, c));
}

/** What a count qualifies: the kind its clause names last (被申请行政复议2件: 复议; 四、复议和诉讼情况 全年…诉讼案件3件: 诉讼). */
function qualifiedKey(before: string): string | null {
  const words = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("，")) + 1);
  const kind = [...words.matchAll(/复议|诉讼|被起?诉|申诉|举报|投诉|申请(?!人)/g)].at(-1)?.[0];
  if (kind === undefined) return null;
  // (The kind is one of the words above: 被诉 is a suit.)
  // 全区各单位共受理…: not one agency's applications; 局机关及下属单位共受理… holds the agency's own.
  return caseKeys(kind, true)[0] ?? (/[个单]位/.test(words.replace(/下属单位/g, "")) ? null : "apps.new.total");
}

interface Qualified {
  outer: number;
  /** The part the sentence means (其中涉及政府信息公开的1件), or null: the count is not about disclosure. */
  inner: number | null;
}

/**
 * Counts a sentence qualifies (被申请行政复议2件,其中涉及政府信息公开的1件: 1; 办理申请6件,其中4件为本年度新收: 4;
 * 全区共受理申请156件,其中我局受理4件: 4) or says are not about disclosure (行政诉讼3件,均与政府信息公开无关): by key.
 */
function qualifiedCounts(text: string): Map<string, Qualified> {
  const out = new Map<string, Qualified>();
  if (!/其中|无关|不涉及|不属于/.test(text)) return out;
  for (const m of text.matchAll(QUALIFIED_PART)) {
    const key = qualifiedKey(text.slice(0, m.index));
    const [outer, inner] = [countValue(m[1]), countValue(m[3] ?? m[4])];
    const words = m[2] ?? m[5] ?? "";
    if (key === null || !(outer >= 0) || !(inner >= 0) || inner > outer) continue;
    const fits = key === "apps.new.total" ? NEW_OR_OWN.test(words) : DISCLOSURE_PART.test(words);
    if (fits && !out.has(key)) out.set(key, { outer, inner });
  }
  // 共受理申请20件,其中下属单位受理6件,局机关受理14件: the agency's own part told second.
  const second = out.has("apps.new.total") ? null : OWN_PART_SECOND.exec(text);
  if (second && qualifiedKey(text.slice(0, second.index)) === "apps.new.total" && NEW_OR_OWN.test(second[2])) {
    const [outer, inner] = [countValue(second[1]), countValue(second[3])];
    if (outer >= 0 && inner >= 0 && inner <= outer) out.set("apps.new.total", { outer, inner });
  }
  for (const m of text.matchAll(UNRELATED_COUNT)) {
    const key = qualifiedKey(text.slice(0, m.index));
    const outer = countValue(m[1]);
    if (key !== null && key !== "apps.new.total" && outer >= 0 && !out.has(key)) out.set(key, { outer, inner: null });
  }
  return out;
}

const REST_CARRIED = /^其余(?:的)?(?:均)?(?:为|是|系)?(?:上年度?|去年)(?:度)?结转/;
const UNITS = String.raw`\s*(?:件|起|宗)`;
/**
 * A count, then 其中 and the qualified part: words before its count (其中我局受理4件, or after another part:
 * 其中下属单位受理6件,局机关受理14件) or after it (其中4件为本年度新收).
 */
const QUALIFIED_PART = new RegExp(
  String.raw`${COUNT}${UNITS}[,，、]?其中(?:` +
    String.raw`([^,，。;\d]{1,16}?)${COUNT}${UNITS}|${COUNT}${UNITS}([^,，。;\d]{1,12}))`,
  "g",
);
const QUALIFIED_ONE = new RegExp(QUALIFIED_PART.source);
const OWN_PART_SECOND = new RegExp(
  String.raw`${COUNT}${UNITS}[,，、]?其中[^,，。;\d]{1,16}?\d{1,6}${UNITS}[,，、]([^,，。;\d]{1,16}?)${COUNT}${UNITS}`,
);
const NEW_OR_OWN =
  /本年度?新收|本年度?新受理|今年新收|^(?:我|本)(?:局|委|办|机关|单位|镇|乡|街道|中心|馆|院|厅)|^(?:局|委|办)?机关(?!及|和|与)/;
const DISCLOSURE_PART = /(?:涉及|因|关于|属于|是|系)[^,，]{0,4}信息公开|政府信息公开(?:申请)?(?:引起|引发)/;
/** A count said to be about something else (…3件,均与政府信息公开无关; 1件(系…案件,不涉及政府信息公开)). */
const UNRELATED_COUNT = new RegExp(
  String.raw`${COUNT}${UNITS}[,，(（]?(?:均|都|全部)?(?:系[^,，。;()（）\d]{0,20}[,，])?` +
    String.raw`(?:(?:与|和)(?:政府)?信息公开(?:工作)?无关|不(?:涉及|属于)(?:政府)?信息公开|非(?:政府)?信息公开)`,
  "g",
);

/** A clause of applications carried over from last year alone (上年结转一件, 上年度无结转申请). */
const CARRIED_INTAKE = new RegExp(
  String.raw`^(?:上年度?|去年|上一年度?)(?:无|没有)?(?:结转|遗留)(?:的)?(?:政府信息公开)?(?:申请)?(?:数量|数)?(?:为)?` +
    String.raw`\s*(?:${COUNT}\s*(?:件|个|份|宗|次|项))?$`,
);

/** A clause of the applications the year before this one carried into it, named by its number (加上2021年结转的1件). */
const CARRIED_FROM_YEAR = new RegExp(
  String.raw`^[^\d,]{0,6}?((?:19|20)\d{2})年度?(?:结转|遗留)(?:下来)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数量|数)?(?:为)?` +
    String.raw`\s*(?:${COUNT}\s*(?:件|个|份|宗|次|项))?$`,
);

/** Applications received in an earlier year and carried into this one (…受理、结转至本年度办理的申请1件). */
const CARRIED_IN = /结转(?:至|到)本年度?|转入本年度?/;

/** Which year a sentence's clauses speak of: this one, a longer period, last year, or another year by number. */
type Era = "this" | "period" | "last" | "other";

/** The era a clause starts (or keeps), and whether the clause itself is left unread. */
/** A count told from last year's to this year's (从2012年的0件增加到6件, 由上年的3件减少至1件). */
const FROM_TO = new RegExp(
  String.raw`[从由](?:((?:19|20)\d{2})年度?|上年度?|去年|上一年度?)的?\s*${COUNT}\s*件` +
    String.raw`(?:增加|增长|上升|减少|下降|降低|降|升)(?:了)?(?:到|至|为)\s*${COUNT}\s*件`,
);
/** Two years named together (2008、2009两年, 2010年和2011年). */
const TWO_YEARS = /((?:19|20)\d{2})(?:年度?)?(?:、|和|及|与)((?:19|20)\d{2})(?:年|两年)/;

/** A year named after a count and before who received the applications (3件申请在2012年由我局受理). */
const IN_YEAR = /^[^,，。;]{0,24}?在((?:19|20)\d{2})年度?(?:由|被)/;

function eraOf(part: string, era: Era, year: number | null, notThisYear: RegExp): { era: Era; skip: boolean } {
  // 自2008年5月1日《条例》施行以来,共受理申请3件: the count is of the whole period, not of this year.
  if (aboutLongerPeriod(part, notThisYear)) return { era: COUNTED.test(part) ? era : "period", skip: true };
  // 上年结转一件, 上年无结转申请: this year's intake from last year (read apart), not a clause of last year's.
  if (LAST_YEAR_LEAD.test(part)) return { era: CARRIED_INTAKE.test(part) ? era : "last", skip: true };
  const lead = YEAR_LEAD.exec(part);
  // 另有2015年12月受理、结转至本年度办理的申请1件: this year's intake from last year (read apart), not that year's.
  if (lead && CARRIED_IN.test(part)) return { era, skip: true };
  // 新收申请17件,加上2021年结转的1件,…已办结16件: last year's leftovers, this year's intake; the era goes on.
  if (lead && year !== null && Number(lead[1]) === year - 1 && CARRIED_FROM_YEAR.test(part)) return { era, skip: true };
  // 比上年的9件增长 inside a clause: that count is the other year's; a year leading the clause is not a comparison.
  if (COMPARISON.test(lead ? part.slice(lead[0].length) : part)) return { era, skip: true };
  if (lead) return { era: year === null || Number(lead[1]) === year ? "this" : "other", skip: false };
  // 3件申请在2012年由我局受理: the year named after the count, before who received them.
  const inYear = year !== null && part.includes("在") ? IN_YEAR.exec(part) : null;
  if (inYear) return { era: Number(inYear[1]) === year ? "this" : "other", skip: false };
  // 《条例》施行后的2008、2009两年,…均未收到过: two other years named, not the report's.
  const two = year !== null && part.includes("年") ? TWO_YEARS.exec(part) : null;
  if (two && Number(two[1]) !== year && Number(two[2]) !== year) return { era: "other", skip: false };
  if (THIS_YEAR_LEAD.test(part)) return { era: "this", skip: false };
  return { era, skip: era === "period" || era === "last" };
}

/**
 * Counts stated in sentences; `skip` leaves out lines of the table itself. First statement wins. Answer counts
 * (`withOutcomes`) are read only for a report without a table. Clauses led by another year (2012年,我乡受理…)
 * are read apart and used only when no clause is led by the report's own year (text copied from last year's
 * report keeps its old year). `agency`: the report's own agency (by default as its title line names it), where a
 * case against a body named by its kind alone (以街道为被告) may be the agency's own.
 */
export function readNarrativeCounts(
  lines: string[],
  skip: (line: number) => boolean = () => false,
  withOutcomes = false,
  year: number | null = null,
  agency: string = titleAgency(lines),
): NarrativeCounts {
  const notThisYear = year === 2008 ? NOT_THIS_YEAR_2008 : NOT_THIS_YEAR;
  const modernForm = year !== null && year >= 2019;
  const found = new Map<string, NarrativeFigure>();
  const elsewhere = new Map<string, NarrativeFigure>();
  const unrelated = new Map<string, NarrativeFigure>();
  // Cases counted for the whole area (全区…行政复议5件): the agency's own only where it states none itself.
  const area = new Map<string, NarrativeFigure>();
  let ownApps: NarrativeFigure | undefined;
  // The area's answers (全县已答复64件,其中同意公开31件): the report's own where the area's count is its only count.
  const areaAnswers = new Map<string, NarrativeFigure>();
  let ownMentioned = false;
  let ownYear = false;
  let lastApps: number | undefined;
  // The channels' sum of a list with no total (依申请公开情况:当面申请2件,网上申请1件), and its sentence.
  let listed: { f: NarrativeFigure; c: Clause } | undefined;
  const answers: Clause[] = [];
  let allAnswered: NarrativeFigure | undefined;
  // The sentences beside an answer's (其中1件因…不明确,告知补正;其余2件均同意公开): other answers may be there.
  const neighbours: Clause[] = [];
  const all = clauses(lines, skip);
  const at = new Map(all.map((c, i) => [c, i]));
  const around = (c: Clause) => {
    const i = at.get(c) ?? -1;
    return [all[i - 1], all[i + 1]].filter((n) => n !== undefined && n.line === c.line && !/复议|诉讼/.test(n.text));
  };
  // 第一件…同意公开;第二件…部分公开;第三件…告知: applications told one by one, their answers counted.
  const oneByOne: Tally = { granted: 0, partial: 0, denied: 0, items: 0, untold: 0 };
  let oneByOneApps: number | undefined;
  // The clause of the last item told: the answers' source; and the clauses telling each answer kind.
  let lastItem: Clause | undefined;
  const itemClauses: ItemClauses = { items: [], granted: [], partial: [], denied: [] };
  let reviewTold = false;
  // The figures of small tables among the sentences (项目 2017年 … 同意公开 8), held apart with whose they are.
  const blocked = new Map<string, { f: NarrativeFigure; scope: BlockScope }>();
  for (const c of all) {
    if (!reviewTold && c.text.includes("不服")) reviewTold = reviewToldIn(c.text);
    if (!ownMentioned && c.text.includes("申请") && OWN_NAMED.test(c.text)) ownMentioned = true;
    const was = withOutcomes ? [oneByOne.granted, oneByOne.partial, oneByOne.denied] : [];
    const told = withOutcomes && tallyOneByOne(c.text, oneByOne, !modernForm);
    if (told) {
      lastItem = c;
      itemClauses.items.push(c);
      if (oneByOne.granted > was[0]) itemClauses.granted.push(c);
      if (oneByOne.partial > was[1]) itemClauses.partial.push(c);
      if (oneByOne.denied > was[2]) itemClauses.denied.push(c);
    }
    if (withOutcomes && !told && oneByOne.items > 0) {
      const put = (f: NarrativeFigure) => found.has(f.key) || found.set(f.key, f);
      putOneByOne(oneByOne, oneByOneApps, lastItem ?? c, put, itemClauses);
      Object.assign(oneByOne, { granted: 0, partial: 0, denied: 0, items: 0, untold: 0 });
      Object.assign(itemClauses, { items: [], granted: [], partial: [], denied: [] });
      oneByOneApps = undefined;
    }
    let era: Era = "this";
    let apps: number | undefined;
    // 受理申请数量较上年有所增加,全年共计19件: the clause named the applications, the next one counts them.
    let countless = false;
    // 被申请行政复议2件,其中维持1件,纠正1件: the clauses after a 复议 count may tell how they ended.
    let reviewRun = false;
    let reviewCount = Number.NaN;
    let suitCount = Number.NaN;
    let withQueries = false;
    // 共受理申请3件,其中原A局受理1件,我局受理2件(…),其中同意公开1件: after a part of the count, the answers told
    // may be the part's: none is read from the rest of the sentence.
    let parted = false;
    // 上半年受理…2件,下半年受理1件: counts of parts of the year, added up unless a total follows.
    const periods: number[] = [];
    const block = TABLE_BLOCK.exec(c.text);
    const scope = block ? tableScope(lines, all, at.get(c) ?? 0, block, agency, year) : "unknown";
    const hold = (f: NarrativeFigure) => blocked.has(f.key) || blocked.set(f.key, { f, scope });
    const put = block ? hold : (f: NarrativeFigure) => found.has(f.key) || found.set(f.key, f);
    // The parts from the table's head on are its cells.
    let inBlock = false;
    const qualified = qualifiedCounts(c.text);
    readOnlyNone(c, put);
    readCarried(c, put);
    if (year !== null) readCarriedByDate(c, year, put);
    // 1名申请人对我局…答复不服,向县人民政府申请行政复议: the one review, counted by who applied for it.
    // 申请人对我局1件不予公开答复不服,申请行政复议: the one answer contested in one review.
    // 申请人对其中2件答复不服申请复议,复议机关维持1起、撤销1起: the answers contested, one review each.
    // (Most clauses name no 复议: the readers below need it.)
    const mayReview = c.text.includes("复议");
    const answersReview = mayReview ? ANSWERS_REVIEW.exec(c.text) : null;
    const oneReview = mayReview
      ? (ONE_APPLICANT_REVIEW.exec(c.text) ?? ONE_ANSWER_REVIEW.exec(c.text) ?? answersReview)
      : null;
    const reviewsAsked = answersReview !== null && oneReview === answersReview ? countValue(answersReview[1]) : 1;
    const rest = oneReview ? c.text.replace(oneReview[0], "") : "";
    // Another count of reviews in the sentence (1件 of the ends, 维持1起, is none when the answers are counted).
    const otherCount = reviewsAsked > 1 ? ANOTHER_REVIEW_COUNT.test(rest) : /\d\s*(?:件|起|宗)/.test(rest);
    const oneCounted =
      oneReview !== null &&
      reviewsAsked >= 1 &&
      !NEGATED.test(oneReview[0]) &&
      !RIGHTS.test(oneReview[0]) &&
      !otherCount;
    if (oneCounted) put(figure("review.total", reviewsAsked, c));
    // 另有1名申请人对…答复不服,直接向…法院提起行政诉讼: the one suit, counted by who brought it.
    const oneSuit = c.text.includes("诉讼") ? ONE_APPLICANT_SUIT.exec(c.text) : null;
    // (另有1家企业就中标结果…提起行政诉讼,系招投标争议,不属于政府信息公开诉讼: said not to be over disclosure.)
    const notOurs = oneSuit !== null && NOT_DISCLOSURE_CASE.test(c.text);
    if (oneSuit && !notOurs && !NEGATED.test(oneSuit[0]) && !RIGHTS.test(oneSuit[0]) && !SUIT_COUNT.test(c.text)) {
      put(figure("litigation.total", 1, c));
    }
    // The clause the review's count ends in: the ends may be told in the clauses after it.
    const reviewTail = (oneReview?.[0].split(/[,，]/).at(-1) ?? "").trim();
    // …1名申请人不服,申请行政复议,复议机关维持…;该申请人随后向法院提起行政诉讼: the same one person's suit.
    const prior = all[(at.get(c) ?? 0) - 1];
    const afterOne = prior !== undefined && prior.line === c.line && /复议/.test(prior.text) && !oneReview;
    const priorOne = afterOne && (ONE_APPLICANT_REVIEW.test(prior.text) || ONE_ANSWER_REVIEW.test(prior.text));
    if (priorOne && SAME_APPLICANT_SUES.test(c.text)) put(figure("litigation.total", 1, c));
    // …申请人不服,向县政府申请行政复议。县政府复议后撤销了我局的答复: the one review's end, told in the next
    // sentence without a count.
    // 因政府信息公开被申请行政复议1件。结果:维持 (an infographic's lines): the one review counted right before.
    const review = found.get("review.total");
    const priorCounted =
      prior !== undefined && review?.value === 1 && review.source.line === prior.line && /复议/.test(prior.text);
    // A date (于10月撤销) is no count.
    const end =
      (priorOne || priorCounted) && ONE_REVIEW_END.test(c.text) && !ENDS_OTHERWISE.test(c.text) ? oneWay(c.text) : null;
    if (end !== null && review?.value === 1) put(figure(end, 1, c));
    // …行政复议1件,复议机关维持了我局的答复;申请人随后向法院提起行政诉讼: the one review's applicant sues as well.
    if (priorCounted && APPLICANT_SUES_AFTER.test(c.text) && !SUIT_COUNT.test(c.text)) {
      put(figure("litigation.total", 1, c));
    }
    if (year !== null) readYearsListed(c, year, put);
    readReviewItems(all, at.get(c) ?? 0, put);
    // The year's applications, where none came over from last year (the answers then are theirs).
    const yearApps = (found.get("apps.carried_over.total")?.value ?? 0) === 0 ? found.get("apps.new.total") : undefined;
    if (withOutcomes && c.aboutReplies) readAnswerSums(c, put, yearApps?.value);
    // The kinds of cases a part lists without a count, for a none said in the part after it.
    let casesListed = "";
    let appsNamed = false;
    const add0 = (key: string) => put(figure(key, 0, c));
    // 本年度全区因政府信息公开申请引起行政复议5件…,其中涉及我局的均为零: the area's cases, up to the agency's own.
    let areaLed = false;
    // 主动公开方面,全文公开文件90件,部分公开5件,不予公开7件;依申请公开方面,…: documents published, no answers.
    let activeLed = false;
    const parts = c.text.replace(LEADING_HEADING, "").split(/[,，]/);
    const firstPart = parts[0].trim();
    // A part of the clause read as the year's count (for a longer period's count after it, an aside).
    let countedThis = false;
    for (const raw of parts) {
      inBlock ||= block !== null && TABLE_BLOCK.test(raw);
      if (WIDER_AREA.test(raw.trim())) areaLed = true;
      else if (areaLed && OWN_NAMED.test(raw)) areaLed = false;
      if (ACTIVE_LED.test(raw.trim())) activeLed = true;
      else if (activeLed && /依申请|申请公开/.test(raw)) activeLed = false;
      // 共收到申请3件(含上年结转1件): the new ones are the rest.
      const carried = INCLUDES_CARRIED.exec(raw);
      // 答复情况分别为:同意公开1件、同意部分公开1件: each count labelled, no list in order.
      const bare = (carried ? raw.replace(carried[0], "") : raw).trim();
      const part = bare.includes("分别") ? bare.replace(LABELLED_AFTER_RESPECTIVELY, ":") : bare;
      // 共办理申请9件,其中上年结转2件(,本年新收7件): the count before held last year's; the new ones are the rest.
      const whole = found.get("apps.new.total");
      if (carried && part === "" && apps !== undefined && whole?.value === apps && era === "this") {
        const held = countValue(carried[1]);
        const same = whole.source.raw === figure(whole.key, 0, c).source.raw && whole.source.line === c.line;
        if (same && held >= 0 && held <= apps) found.set(whole.key, less(whole, held));
      }
      // 办理申请6件,其中4件为本年度新收,其余为上年结转: the rest were carried over.
      const news = qualified.get("apps.new.total");
      if (news?.inner != null && REST_CARRIED.test(part) && era === "this") {
        put(figure("apps.carried_over.total", news.outer - news.inner, c));
      }
      // 上年无结转申请: none carried over (a clause led by last year's words, read before they skip it).
      if ((c.aboutApplications || /申请/.test(c.section)) && era === "this" && NONE_CARRIED_OVER.test(part)) {
        put(figure("apps.carried_over.total", 0, c));
      }
      // 依申请公开事项…从2012年的0件增加到6件: last year's count, then this year's.
      const fromTo = year !== null && (part.includes("从") || part.includes("由")) ? FROM_TO.exec(part) : null;
      const fromYear = fromTo ? (fromTo[1] === undefined ? year : Number(fromTo[1]) + 1) : null;
      if (fromTo && fromYear === year && /申请/.test(c.text) && (c.aboutApplications || namesApps(c.text, c))) {
        const n = countValue(fromTo[3]);
        if (n >= 0) put(figure("apps.new.total", n, c));
      }
      const next = eraOf(part, era, year, notThisYear);
      // 截至2012年底,累计受理申请24件,同意公开16件: a longer period's count before any of the year's in the clause; the
      // answers after it are the period's too (…申请23件,累计50件,同意公开15件: after the year's count, an aside).
      const periodLed: boolean =
        next.skip &&
        era === "this" &&
        next.era === era &&
        !countedThis &&
        COUNTED.test(part) &&
        aboutLongerPeriod(part, notThisYear);
      era = periodLed ? "period" : next.era;
      const namedApps = countless && era === "this";
      countless = namesApps(part, c) && !COUNTED.test(part) && !NEGATED.test(part);
      if (next.skip) continue;
      if (era === "this" && COUNTED.test(part)) countedThis = true;
      if (era === "this" && year !== null && YEAR_LEAD.exec(part)?.[1] === String(year)) ownYear = true;
      const into = era === "other" ? elsewhere : found;
      if (apps !== undefined && era === "this") {
        // 收到申请3件,均为自然人申请: every one of the year's applications from a natural person.
        if (ALL_NATURAL.test(part)) put(figure("apps.new.natural_person", apps, c));
        // 收到申请3件,…,已全部办结: every one answered (taken at the end, where nothing was carried over).
        if (withOutcomes && ALL_ANSWERED.test(part)) allAnswered ??= figure("outcome.total.total", apps, c);
      } else if (apps === undefined && lastApps !== undefined && era === "this" && modernForm && c.aboutReplies) {
        // 共收到申请三件…。经审查,予以公开二件,…,全部按期办结: the sentence right after the count answers them
        // (the 2019 form's 总计 row).
        if (withOutcomes && ALL_ANSWERED.test(part)) {
          allAnswered ??= figure("outcome.total.total", lastApps, c);
        }
      }
      // 被提起行政诉讼1件,未经复议直接起诉: the suits counted just before came straight to court (or after review).
      const path = suitCount >= 0 && era === "this" ? SUIT_PATH.exec(part) : null;
      const suitKey = path?.[0].includes("直接") ? "litigation_direct.total" : "litigation_after_review.total";
      if (path) put(figure(suitKey, suitCount, c));
      // 因政府信息公开申请引发的行政复议、行政诉讼,我局本年度均为零: the kinds named before, none of each.
      // 因…申请行政复议的,没有: the kind named, then none.
      const listedNone = casesListed !== "" && (ZERO_TAIL.test(part) || LISTED_NONE.test(part));
      if (listedNone && (c.aboutCases || c.caseSection) && era === "this") {
        for (const key of caseKeys(casesListed, true)) add0(key);
        // 受理…申请、作出答复、被申请行政复议…的数量,均为零: the applications one of the kinds listed.
        if (casesListed.split(LIST_JOINS).some((kind) => APPLICATION_RE.test(kind) && !CASE_WORDS.test(kind))) {
          add0("apps.new.total");
        }
      }
      const listedKey = casesListed !== "" && era === "this" ? kindKey(casesListed, false) : null;
      const listedCount = listedKey ? LISTED_COUNT.exec(part) : null;
      if (listedKey && listedCount && countValue(listedCount[1]) >= 0 && (c.aboutCases || c.caseSection)) {
        put(figure(listedKey, countValue(listedCount[1]), c));
      }
      const listedReviews = listedKey === "review.total" && listedCount ? countValue(listedCount[1]) : Number.NaN;
      // 今年依申请公开的,一件也没有: the applications named alone, then none said of them.
      if (appsNamed && era === "this" && LISTED_NONE.test(part)) add0("apps.new.total");
      appsNamed = APPS_NAMED_ALONE.test(part);
      casesListed = KINDS_LISTED.test(part) && !/\d/.test(part) && !NEGATED.test(part) ? part : "";
      // …向县政府申请行政复议,经审理,复议机关维持了我局的答复: the one review's end may be told after it.
      const oneTail = oneCounted && part !== "" && part.endsWith(reviewTail);
      if (oneTail) {
        reviewCount = reviewsAsked;
        reviewRun = true;
      }
      if (!MAY_STATE.test(part) && !(reviewCount >= 0 && ITEM_ENDS.some(([re]) => re.test(part)))) continue;
      const periodPart = PERIOD_PART.test(part);
      const add: Add = (stated) => {
        if (inBlock) {
          hold(stated);
          return;
        }
        if (periodPart && stated.key === "apps.new.total" && era === "this") {
          periods.push(stated.value);
          return;
        }
        // 我镇全年受理…2件 after 全区共受理…48件: the agency's own count, kept apart to stand in for the area's.
        if (stated.key === "apps.new.total" && era === "this" && OWN_SUBJECT.test(part)) ownApps ??= stated;
        const counted = carried && stated.key === "apps.new.total" ? less(stated, countValue(carried[1])) : stated;
        // The whole count stays the one the sentence's answers speak of (共办理5件,其中新收4件,均已答复同意公开).
        if (counted.key === "apps.new.total" && era === "this") apps ??= counted.value;
        const q = qualified.get(counted.key);
        if (q && q.outer === counted.value && q.inner === null) {
          unrelated.set(counted.key, { ...counted, value: 0 });
          return;
        }
        const f = q && q.outer === counted.value ? { ...counted, value: q.inner as number } : counted;
        // 2015年全区共受理申请104件,同意公开51件;我局受理…: the area's answers are no answers of the agency's.
        if (areaLed && f.key.startsWith("outcome.")) {
          if (into === found && !areaAnswers.has(f.key) && f.value >= 0) areaAnswers.set(f.key, f);
          return;
        }
        if (f.key.startsWith("outcome.") && into === found && !into.has(f.key) && answers.at(-1) !== c) {
          answers.push(c);
          neighbours.push(...around(c));
        }
        const to = areaLed && CASE_FIGURE.test(f.key) ? area : into;
        if (!to.has(f.key) && f.value >= 0) to.set(f.key, f);
      };
      if (/分别/.test(part)) readRespectively(part, c, withOutcomes, add);
      // 分别收到申请1件 after a list (4月12日、9月3日), 分别受理…4件和6件: no single count is the year's; a total
      // after it (共2件) is.
      if (/分别/.test(part) && (/[、和]/.test(c.text.slice(0, c.text.indexOf(part))) || manyCounts(part))) {
        countless = namesApps(part, c);
        // 2012年和2013年,我镇分别受理…申请4件和6件: the count in the report year's place.
        const years = YEARS_LISTED.exec(c.text.replace(LEADING_HEADING, ""));
        // 逐年增加:2014年、2015年、2016年分别受理…2件、4件和7件: three years or more, right before 分别.
        const run = years ? null : YEARS_RUN.exec(part);
        const listed = years ? [years[1], years[2]] : (run?.[1].match(/(?:19|20)\d{2}/g) ?? []);
        const counts = (run ? part.slice(run.index + run[0].length) : part).match(COUNTS_IN) ?? [];
        const place = year !== null ? listed.indexOf(String(year)) : -1;
        if (place >= 0 && counts.length === listed.length && namesApps(part, c) && !NEGATED.test(part)) {
          const n = countValue(counts[place].replace(/\s*[件起宗个次项份]$/, ""));
          if (n >= 0) put(figure("apps.new.total", n, c));
        }
        continue;
      }
      const before = apps;
      // Each reader needs its words: a clause without them is passed over (most of a report's clauses).
      const asks = /申请|请求/.test(part);
      if (asks && c.aboutApplications && apps === undefined) readPartsSum(part, c, add, APPLICANT_COUNTS);
      // 受理政府信息公开申请及咨询共计9件,其中申请2件: the total is not the applications'; the part is.
      // 全年共受理申请48件次,其中政府信息公开申请8件,其余为咨询、求助类诉求: the first count is of every request.
      const mixed = asks && !withQueries && REST_QUERIES.test(c.text) && !APPS_APART.test(part);
      if (asks && (WITH_QUERIES.test(part) || (mixed && PART_APART.test(c.text)))) {
        withQueries = true;
        continue;
      }
      const apart = withQueries ? APPS_APART.exec(part) : null;
      if (apart && countValue(apart[1]) >= 0) add(figure("apps.new.total", countValue(apart[1]), c));
      readApps(part, c, add);
      if (asks && c.aboutApplications && before === undefined && apps === undefined) {
        readPartsSum(part, c, add, CHANNEL_COUNTS);
      }
      const total = TOTAL_ALONE.exec(part);
      if (total && countValue(total[1]) >= 0 && era === "this") {
        const f = figure("apps.new.total", countValue(total[1]), c);
        // 新收9件,上年结转3件,合计12件: the sum holds last year's leftovers, this sentence's; it is no intake.
        const over = found.get("apps.carried_over.total")?.source;
        const withCarried = over !== undefined && over.line === c.line && over.raw === f.source.raw;
        // 原A局受理1件,原B局受理1件,全年合计2件: the sum of what this sentence counted before it.
        // …收到申请2件、1件;新局挂牌后收到申请3件。全年合计6件: the sum of the sentence before, told on its own.
        const read = found.get(f.key);
        const sumAfter =
          before === undefined &&
          part === firstPart &&
          prior?.line === c.line &&
          prior.aboutApplications &&
          read?.source.line === c.line &&
          prior.text.startsWith(read.source.raw.replace(/…$/, "")) &&
          read.value < f.value &&
          /合计|共计|总计/.test(part);
        const sums =
          namedApps ||
          periods.length > 0 ||
          sumAfter ||
          (before !== undefined && found.get(f.key)?.source.line === c.line && /合计|共计|总计|共/.test(part));
        if (sums && !withCarried) {
          found.set(f.key, f);
          apps = f.value;
        }
      }
      // 其中自然人6件、商业企业1件 under the applications' heading: who applied.
      if ((asks || /^其中(?:自然人|公民)/.test(part)) && c.aboutApplications) {
        const natural = NATURAL_PERSONS.exec(part);
        if (natural && countValue(natural[1]) >= 0) add(figure("apps.new.natural_person", countValue(natural[1]), c));
      }
      // 已办结十三件 / 共答复申请12件: the answers given, in all.
      const done = withOutcomes ? ANSWERED_COUNT.exec(part) : null;
      if (done && !NEGATED.test(part.slice(0, done.index)) && countValue(done[1]) >= 0) {
        add(figure("outcome.total.total", countValue(done[1]), c));
      }
      // …其中予以公开2件,部分公开1件,无结转: none left for next year.
      if ((c.aboutApplications || c.aboutReplies) && NONE_CARRIED.test(part)) {
        add(figure("apps.carried_forward.total", 0, c));
      }
      // 无复议后起诉案件 / 无直接起诉的: none of that path's suits (and no statement about reviews).
      const nonePath = NONE_SUIT_PATH.exec(part);
      const pathKey = /复议后/.test(nonePath?.[0] ?? "") ? "litigation_after_review.total" : "litigation_direct.total";
      if (nonePath) add(figure(pathKey, 0, c));
      const cases = /复议|诉|举报|投诉/.test(part) && !(nonePath && nonePath[0] === part);
      if (cases) readCases(part, { ...c, text: part, whole: c.text }, add, agency);
      // 住房保障处承办的1件部分公开答复被申请人提起行政诉讼: the answers counted are the suit's (or review's).
      const contested = cases && part.includes("答复") ? CONTESTED_ANSWERS.exec(part) : null;
      if (contested && !NEGATED.test(part) && countValue(contested[1]) >= 0) {
        add(figure(/诉讼/.test(contested[2]) ? "litigation.total" : "review.total", countValue(contested[1]), c));
      }
      const ended: boolean = reviewRun && readReviewEnds(part, reviewCount, c, add);
      // 被申请行政复议两起,被提起行政诉讼一起,均维持原答复: 均 takes in the 复议 as well.
      if (!ended && /^均(?:已)?(?:被)?维持/.test(part) && reviewCount >= 0)
        add(figure("review.upheld", reviewCount, c));
      // 办理以区管委会为复议机关的行政复议案件31件,其中维持19件: the agency decides others' reviews; their ends
      // are not of its own answers.
      const ownReview =
        !(/复议机关/.test(part) && OWN_CASELOAD.test(part)) &&
        !othersRespond(part, agency) &&
        !(ofOtherCause(part, part) && !QUALIFIED_ONE.test(c.text));
      // 复议诉讼:因政府信息公开被申请行政复议4件: the section's label before the count names no suit.
      const body = part.replace(CASES_LABEL, "");
      const review = cases && ownReview ? REVIEW_COUNTED.exec(body) : null;
      if (review && !/诉讼/.test(body)) reviewCount = countValue(review[1] ?? review[2] ?? review[3]);
      const suit = cases ? SUIT_COUNTED.exec(part) : null;
      suitCount = suit && !/复议/.test(part.slice(0, suit.index)) ? countValue(suit[1]) : Number.NaN;
      // 行政复议1件,申请人对…不服,向区管委会申请复议,后…撤回: a part telling no count, no suit and no other review
      // (the one counted named again) keeps the run for the end told after it.
      reviewRun = (review !== null && !/诉讼/.test(body)) || ended || (reviewRun && tellsNothingElse(part));
      if (oneTail) [reviewRun, reviewCount] = [true, reviewsAsked];
      if (listedReviews >= 0) [reviewRun, reviewCount] = [true, listedReviews];
      // 被申请行政复议2件,其中涉及政府信息公开的1件,经复议维持: the ends told after are the qualified ones'.
      const ofWhich = qualified.get("review.total");
      if (ofWhich?.inner != null && /^其中/.test(part) && reviewCount === ofWhich.outer) {
        reviewCount = ofWhich.inner;
        reviewRun = true;
      }
      // 全区共受理…156件,其中我局受理4件,同意公开3件: the agency's own part is its count (qualifiedCounts).
      const ofAll = found.get("apps.new.total")?.value ?? apps;
      const intake = ofAll !== undefined && before !== undefined ? PART_INTAKE.exec(part) : null;
      if (intake && ofAll !== undefined && countValue(intake[1]) < ofAll) parted = true;
      if (withOutcomes && !parted && !activeLed && /公开|提供|同意|拒绝|否决/.test(part)) readOutcomes(part, c, add);
    }
    if (apps === undefined && periods.length > 1 && !found.has("apps.new.total")) {
      apps = sumOf(periods);
      found.set("apps.new.total", figure("apps.new.total", apps, c));
    }
    // 依申请公开情况:当面申请2件,网上申请1件,信函申请1件: the channels listed after a colon, no total: their sum.
    const channels = apps === undefined && c.aboutApplications ? channelList(c.text) : undefined;
    // Kept apart until the end: a total stated later (全年共受理5件) is the count, and then the list was a part.
    if (channels !== undefined && !found.has("apps.new.total") && !elsewhere.has("apps.new.total") && !listed) {
      apps = channels;
      listed = { f: figure("apps.new.total", apps, c), c };
    }
    // 受理申请1起。经审核,同意公开: a short sentence of the answer alone, right after the one application.
    // 受理申请1件,…。我乡在接到申请后第5个工作日作出答复,予以公开: the answer told in the next sentence, which
    // counts nothing (a day or a date is no count).
    const answerAlone =
      apps === undefined &&
      lastApps === 1 &&
      ((c.text.length <= 16 && !/\d/.test(c.text)) ||
        (c.text.length <= ANSWER_AFTER_MAX && ANSWER_AFTER.test(c.text) && !COUNTED_ANY.test(c.text)));
    // 上述申请…,均已在法定期限内予以公开: the sentence speaks of the applications counted just before.
    const ofThose =
      apps === undefined &&
      lastApps !== undefined &&
      THOSE_APPS.test(c.text) &&
      !/\d/.test(c.text.replace(TIME_SPAN, ""));
    if (withOutcomes) {
      const stated = answerAlone ? 1 : ofThose ? lastApps : apps;
      readAllGranted(c.text, stated, c, (f) => found.has(f.key) || found.set(f.key, f));
    }
    // 内容涉及水费计价依据7件、管网改造计划3件、水质报告2件: the same applications told by subject (their counts add up
    // to them, no answer told): the sentence after may still speak of them (对上述申请…全部提供了).
    lastApps = apps === undefined && lastApps !== undefined && byParts(c.text, lastApps) ? lastApps : apps;
    readReviewUpheldAfterList(c, found, (f) => found.has(f.key) || found.set(f.key, f));
    // 二、依申请公开情况(共3件), 三、复议诉讼情况(0件): a count in the heading, where the sentences state none.
    readHeadingCount(c, year, (f) => found.has(f.key) || elsewhere.has(f.key) || found.set(f.key, f));
    // 被申请行政复议2件、被提起行政诉讼1件,均…与政府信息公开无关 / …;其中因政府信息公开申请引起的没有: the cases
    // counted are not about disclosure (the one before when this sentence goes on with 其中).
    if (/复议|诉讼|申诉|举报|投诉/.test(c.text) || GOES_ON.test(c.text)) {
      const before = all[(at.get(c) ?? 0) - 1];
      // 被申请行政复议2件,其中涉及政府信息公开的1件: a part said to be about disclosure stays.
      const ofDisclosure = new Set([...qualified].filter(([, q]) => q.inner !== null).map(([key]) => key));
      if (ALL_UNRELATED.test(c.text)) notOfDisclosure(c, found, unrelated, ofDisclosure);
      if (before && GOES_ON.test(c.text) && NONE_OF_DISCLOSURE.test(c.text)) notOfDisclosure(before, found, unrelated);
    }
    // The count the items are told after: this clause's (申请三件:第一件…) or the one before the first item.
    // 全区共受理…62件,其中我局受理3件: the agency's part, read from this clause, is the count.
    const own = found.get("apps.new.total");
    const ownHere =
      own !== undefined && own.source.line === c.line && c.text.startsWith(own.source.raw.replace(/…$/, ""));
    if (oneByOne.items <= 1 || oneByOneApps === undefined) oneByOneApps = ownHere ? own.value : (apps ?? own?.value);
  }
  if (oneByOne.items > 0 && all.length > 0) {
    putOneByOne(
      oneByOne,
      oneByOneApps,
      lastItem ?? all[all.length - 1],
      (f) => found.has(f.key) || found.set(f.key, f),
      itemClauses,
    );
  }
  reviewEndApart(found, all);
  if (!ownYear) for (const [key, f] of elsewhere) if (!found.has(key)) found.set(key, f);
  if (listed && !found.has("apps.new.total")) found.set("apps.new.total", listed.f);
  else if (listed && found.get("apps.new.total")?.value !== listed.f.value) {
    // The list was a part of the total: the answers its sentence said of all of them are not read.
    const { line, text } = listed.c;
    for (const [key, f] of found)
      if (key.startsWith("outcome.") && f.source.line === line && text.startsWith(f.source.raw.replace(/…$/, "")))
        found.delete(key);
  }
  if (withOutcomes && !found.has("apps.new.total")) readEnumerated(lines, skip, found);
  if (withOutcomes && !ANSWER_KEYS.some((k) => found.has(k))) readRegister(lines, skip, found);
  // 2016年全区共受理…申请48件 quoted before 我镇全年受理…2件: the agency's own count is its figure.
  const first = found.get("apps.new.total");
  const firstRaw = first?.source.raw.replace(LEADING_HEADING, "") ?? "";
  if (first && ownApps && first !== ownApps && (WIDER_AREA.test(firstRaw) || WIDER_AREA_QUOTED.test(firstRaw))) {
    found.set("apps.new.total", ownApps);
  }
  // 全县各行政机关共受理…64件 … 全县已答复64件,其中同意公开31件 in a county's summary that names no own count: the area is
  // the report's, its answers as well as its count.
  const whole = found.get("apps.new.total");
  if (whole && !ownApps && !ownMentioned && WIDER_AREA.test(whole.source.raw.replace(LEADING_HEADING, "").trim())) {
    for (const [key, f] of areaAnswers) if (!found.has(key)) found.set(key, f);
  }
  for (const [key, f] of area) if (!found.has(key)) found.set(key, f);
  if (withOutcomes) kindsInParts(found, all, at, year);
  const withheld = blocked.size > 0 ? settleBlocks(found, blocked, lines) : [];
  // Cases counted but said not to be about disclosure, and none stated that are: none of the form's.
  for (const [key, f] of unrelated) if (!found.has(key)) found.set(key, f);
  // 申请人不服,申请行政复议 told without a count: a review there was, so none is no reading (nor are its ends 0).
  if (reviewTold && found.get("review.total")?.value === 0) found.delete("review.total");
  if (withOutcomes) answersByGroups(found, all);
  if (withOutcomes) grantedAgain(found, all);
  if (withOutcomes) alreadyPublicGranted(found, all);
  if (withOutcomes) restByTheSum(found, [...answers, ...neighbours]);
  if (withOutcomes) zeroByTheSum(found, [...answers, ...neighbours]);
  if (withOutcomes) answeredCarried(found);
  if (withOutcomes) totalByTheBalance(found, [...answers, ...neighbours]);
  if (withOutcomes) answersByShares(found, all);
  // 有2件…同意公开;有1件…部分公开 (one sentence per kind, led by its count); 未产生答复事项 (none applied, none answered).
  if (withOutcomes && !modernForm) answersByLedCounts(found, all, figure);
  if (withOutcomes) noAnswersWhenNone(found, all, figure);
  if (withOutcomes && !modernForm) oneApplicationAnswered(found, all, figure);
  const over = found.get("apps.carried_over.total")?.value;
  if (allAnswered && (over === undefined || over === 0) && !found.has(allAnswered.key)) {
    found.set(allAnswered.key, allAnswered);
  }
  if (withOutcomes) answersBeyondApps(found);
  return Object.assign(inPageWords([...found.values()], lines), { withheld });
}

/** Each figure's quote in the page's words where the reader read its line rewritten (叁件 as 3件: page-words.ts). */
function inPageWords(figures: NarrativeFigure[], lines: string[]): NarrativeFigure[] {
  return figures.map((f) => {
    const page = lines[f.source.line - 1];
    if (page === undefined) return f;
    const raw = quoteInPage(f.source.raw, page, plainCountLine);
    return raw === f.source.raw ? f : { ...f, source: { ...f.source, raw } };
  });
}

/** What leads a count of an answer kind told in parts: a form, a channel, a reason, a half or quarter of the year. */
const PART_FAMILIES: readonly RegExp[] = [
  /^(?:以|通过|采取|采用)[^\d,，。;]{1,10}?(?:形式|方式|途径)$/,
  new RegExp(String.raw`^(?:对)?(?:${CHANNEL_WORDS})(?:申请|提出的申请|渠道)?(?:中|的)?$`),
  /^(?:因|由于|属于?|涉及|系)[^\d,，。;]{1,16}$/,
  new RegExp(String.raw`^(?:(?:19|20)\d{2}年)?(?:${HALF_OR_QUARTER})$`),
];
/** A count of the whole year's kind after its parts (全年共同意公开3件, 全部申请的办理结果为:同意公开6件). */
const WHOLE_KIND = /全年|全部申请|全部答复|合计|共计|总计|总共|共$/;
/** Words of another body, period or comparison: counts led by them are not the year's parts or its whole. */
const NOT_THE_YEARS = new RegExp(`上年|去年|同比|上一年|历年|累计|结转|${AREA_WORDS}|${OWN_NAMED.source}`);
const KIND_PARTS_MAX = 6;

/**
 * One answer kind counted more than once in a run of the answers' clauses (以纸质形式同意公开5件,以电子邮件形式同意
 * 公开3件; 属于内部管理信息不予公开1件;属于过程性信息不予公开4件; 上半年同意公开1件,下半年同意公开2件,全年共同意公开
 * 3件): the year's count is the whole stated after the parts, or the parts' sum where each is led by the same kind of
 * part (a form, a channel, a reason, a half of the year) and none is of another body or period. (其中以电子邮件形式
 * 同意公开1件 after 同意公开3件 is a part of it: the first count stands.)
 */
function kindsInParts(
  found: Map<string, NarrativeFigure>,
  all: Clause[],
  at: Map<Clause, number>,
  year: number | null,
) {
  for (const key of ANSWER_KEYS) {
    const f = found.get(key);
    if (!f) continue;
    const i = all.findIndex(
      (c) => c.line === f.source.line && f.source.raw.startsWith((c.shown ?? c.text).slice(0, 12)),
    );
    if (i < 0 || !at.has(all[i])) continue;
    const re = KIND_COUNTS.find(([, k]) => k === key)?.[0];
    if (!re) continue;
    // Each count with the words since the count before (span) and since the last stop or comma (lead).
    const counts: { value: number; span: string; lead: string; at: number }[] = [];
    for (let j = i; j < Math.min(all.length, i + KIND_PARTS_MAX) && all[j].line === f.source.line; j++) {
      const text = all[j].text;
      if (TABLE_BLOCK.test(text)) break;
      let from = 0;
      const before = counts.length;
      for (const m of text.matchAll(re)) {
        const index = m.index ?? 0;
        const span = text.slice(from, index);
        const lead = span.replace(/^.*[,，、:：;]/, "").trim();
        counts.push({ value: countValue(m[1] ?? m[2]), span, lead, at: j });
        from = index + m[0].length;
      }
      if (j > i && counts.length === before) break;
    }
    if (counts.length < 2 || counts.some((c) => !(c.value >= 0))) continue;
    const otherYear = (span: string) => [...span.matchAll(/((?:19|20)\d{2})年/g)].some((y) => Number(y[1]) !== year);
    const later = counts.slice(1);
    if (counts.some((c) => otherYear(c.span)) || later.some((c) => NOT_THE_YEARS.test(c.span))) continue;
    const whole = counts.findLastIndex((c, n) => n > 0 && WHOLE_KIND.test(c.span.replace(/[,，、:：;]+$/, "")));
    // The figure's source: the whole's clause, or the run of the parts' clauses.
    const run = (from: number, to: number) => {
      const raw = all
        .slice(from, to + 1)
        .map((c) => c.shown ?? c.text)
        .join(";");
      return { line: f.source.line, raw: raw.length > 120 ? `${raw.slice(0, 117)}…` : raw };
    };
    if (whole > 0) {
      const at = counts[whole].at;
      found.set(key, { ...f, value: counts[whole].value, source: run(at, at) });
      continue;
    }
    if (later.some((c) => /其中/.test(c.span) || /^(?:含|包括)/.test(c.lead))) continue;
    const family = PART_FAMILIES.find((p) => p.test(counts[0].lead));
    if (family && counts.every((c) => family.test(c.lead))) {
      found.set(key, { ...f, value: sumOf(counts.map((c) => c.value)), source: run(i, counts[counts.length - 1].at) });
    }
  }
}

/** A heading alone before a small table (附:全区2017年依申请公开情况, …情况如下:): short, no count. */
const TABLE_HEADING = /^[^\d,，。]{0,30}(?:(?:19|20)\d{2}年[^\d,，。]{0,20})?(?:情况|如下|统计|附表|摘要|节选|[:：])$/;

/** How far after a small table's head its rows and note are looked for in the page's line. */
const TABLE_TAIL_MAX = 400;

/** Whose figures a small table among the sentences gives, by the words before it and the note after it. */
function tableScope(
  lines: string[],
  all: Clause[],
  i: number,
  block: RegExpExecArray,
  agency: string,
  year: number | null,
): BlockScope {
  const c = all[i];
  const prior = all[i - 1];
  const next = all[i + 1];
  // The table's heading: the words before it in its sentence (after any comma), or a heading alone before it
  // (附:全区2017年依申请公开情况 / 2017年第四季度依申请公开情况如下:), and a note after (注:上表为全区各单位合计).
  const before = c.text.slice(0, block.index);
  const own = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("，")) + 1);
  const alone = prior && prior.line >= c.line - 1 && TABLE_HEADING.test(prior.text) ? prior.text : "";
  const lead = `${own.trim() === "" ? alone : ""} ${c.afterHeading} ${own}`;
  // The note right after the rows, in the page's line (a bracketed note is no part of the sentence read).
  const line = lines[c.line - 1] ?? "";
  const head = block[0].trim();
  const from = line.indexOf(head);
  const rows = from < 0 ? "" : line.slice(from + head.length, from + head.length + TABLE_TAIL_MAX);
  const tail = rows.replace(BLOCK_ROWS, "").slice(0, 60);
  const after = `${tail}${next && next.line <= c.line + 1 ? `。${next.text}` : ""}`;
  return blockScope(block, lead, after, agency, year);
}

/**
 * A small table's figures beside the sentences': another body's (or a part of the year's) are not read; the others
 * stand where the sentences state none of their kinds otherwise. A kind the table and the sentences count otherwise,
 * with nothing telling whose the table is, is left blank with a finding naming it.
 */
function settleBlocks(
  found: Map<string, NarrativeFigure>,
  blocked: Map<string, { f: NarrativeFigure; scope: BlockScope }>,
  lines: string[],
): WithheldFigure[] {
  const whose = (scope: BlockScope) => (scope === "own" ? "本机关的小表" : "未注明范围的小表");
  // The quotes in the page's words (陆件, not the 6件 the reader read it as), like every other figure's source.
  const quote = (f: NarrativeFigure) => {
    const page = lines[f.source.line - 1];
    return page === undefined ? f.source.raw : quoteInPage(f.source.raw, page, plainCountLine);
  };
  const withheld: WithheldFigure[] = [];
  const differs = [...blocked].some(([key, { f }]) => found.has(key) && found.get(key)?.value !== f.value);
  for (const [key, { f, scope }] of blocked) {
    if (scope === "other") continue;
    const told = found.get(key);
    if (told === undefined) {
      if (!differs) found.set(key, f);
      continue;
    }
    if (told.value === f.value) continue;
    found.delete(key);
    const message =
      `正文所述 ${told.value} 与正文中${whose(scope)}所列 ${f.value} 不一致,无法确定哪一个是本机关的数字,` +
      `留空:「${quote(told)}」「${quote(f)}」`;
    withheld.push({ key, line: told.source.line, message });
  }
  return withheld;
}

/**
 * Answers read that outnumber the applications (人大建议复文同意公开18件 beside 未收到申请; 主动公开…部分公开5件,
 * 不予公开7件 beside 受理申请12件,均予以公开; 局机关受理申请2件,一分局受理3件… beside answers of all): some may be
 * another matter's, or the applications one office's, which is not certain; each answer read and the applications are
 * named in a warning — unless the sentences say why (1件申请涉及两项内容,分别作出…答复). Answers counted in items
 * (对9项诉求逐项答复, 共涉及政府信息8条,其中同意公开6条) still warn: the figure then counts items, not applications.
 */
function answersBeyondApps(found: Map<string, NarrativeFigure>): void {
  const apps = found.get("apps.new.total")?.value;
  if (apps === undefined || !(apps >= 0)) return;
  const held = apps + (found.get("apps.carried_over.total")?.value ?? 0);
  const told = ANSWER_KEYS.reduce((n, k) => n + (found.get(k)?.value ?? 0), 0);
  if (told <= held || answeredSeveralWays(found, told - held)) return;
  const doubt = `正文所述各类答复合计 ${told} 件,多于收到申请 ${held} 件,部分答复可能属于其他事项`;
  // Either may be the one read wrong: answers of another matter, or applications of one office among several.
  for (const key of ["apps.new.total", ...ANSWER_KEYS]) {
    const f = found.get(key);
    if (f && (f.value > 0 || key === "apps.new.total")) found.set(key, { ...f, doubt });
  }
}

/** 其中1件申请涉及两项内容,分别作出同意公开和不予公开的答复: so many applications answered twice (or thrice). */
const ANSWERED_TWICE =
  /(\d{1,3}|[一两二三])件(?:申请)?[^。;；,，]{0,8}?(?:涉及|包含|含有|含)([两二三23])项[^。;；]{0,30}?分别(?:作出|给予|予以)?/;
const SMALL_NUMBER: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3 };

/** The answers' sentences say why they outnumber the applications by `excess` (applications answered twice). */
function answeredSeveralWays(found: Map<string, NarrativeFigure>, excess: number): boolean {
  const raws = new Set(["apps.new.total", ...ANSWER_KEYS].map((k) => found.get(k)?.source.raw ?? ""));
  for (const raw of raws) {
    const twice = ANSWERED_TWICE.exec(raw);
    const count = (w: string) => SMALL_NUMBER[w] ?? Number(w);
    if (twice && count(twice[1]) * (count(twice[2]) - 1) >= excess) return true;
  }
  return false;
}

/** Every one of the year's applications from natural persons (均为自然人申请, 全部是公民个人提出的). */
const ALL_NATURAL =
  /^(?:申请人)?(?:均|全部|都)(?:为|是|系|由)(?:自然人|公民|个人|公民个人)(?:提出|申请)?(?:的)?(?:申请)?$/;
/** The answers given, counted (已办结十三件, 共答复申请12件); not 答复咨询. */
const ANSWERED_COUNT = new RegExp(
  String.raw`(?:已|共|均已|共计)(?:按期|依法|按时)?(?:办结|答复)(?:了)?(?:申请|政府信息公开申请)?\s*${COUNT}\s*件`,
);
/** Every one of the year's applications answered (已全部办结, 均已答复). */
const ALL_ANSWERED = /^(?:已|并)?(?:全部|均)(?:已|已经)?(?:依法|按时|按期)?(?:办结|答复(?:完毕)?|办理完毕)$/;
/** None carried to next year, said after the answers (无结转, 没有结转下年度的申请). */
const NONE_CARRIED =
  /^(?:(?:截至|截止|至)(?:年底|年末|12月31日|本年度?末)[,，]?)?(?:无|没有|未有)结转(?:至|到)?(?:下一?年度?)?(?:继续)?(?:办理)?(?:的)?(?:申请|件|事项|情况)?$/;
/** None carried over from last year (上年无结转申请, 无上年结转). */
const NONE_CARRIED_OVER =
  /^(?:(?:上年度?|去年|上一年度?)(?:无|没有|未有)|(?:无|没有)(?:上年度?|去年|上一年度?))(?:结转|遗留)(?:的)?(?:申请|件)?$/;

/**
 * No new application, and last year's carried-over ones answered in a sentence of their own (上年度结转的1件申请已于
 * 今年1月答复,同意公开): the year's answers are theirs.
 */
function answeredCarried(found: Map<string, NarrativeFigure>): void {
  const over = found.get("apps.carried_over.total");
  if (found.get("apps.new.total")?.value !== 0 || !over || !(over.value > 0)) return;
  if (ANSWER_KEYS.some((k) => found.has(k)) || found.has("outcome.total.total")) return;
  const text = over.source.raw;
  if (!/答复|办结/.test(text) || OTHER_OUTCOMES.test(text)) return;
  if (!(ALL_GRANTED.test(text) || (over.value === 1 && ONE_GRANTED.test(text)))) return;
  const put = (key: string, value: number) => found.set(key, { key, value, source: over.source });
  put("outcome.granted.total", over.value);
  put("outcome.partial.total", 0);
  put("outcome.denied.total", 0);
  put("outcome.total.total", over.value);
}

/** Every case counted said not to be about disclosure (均为…不服,与政府信息公开无关). */
/** Matters of an agency's other work its cases are about (处罚, 征收, 工伤认定…). */
const OTHER_MATTERS = "(?:处罚|征收|征地|拆迁|补偿|工伤|许可|强制|登记|确权|权属|信访)";
const ALL_UNRELATED = new RegExp(
  String.raw`(?:均|都|全部)[^。;]{0,30}?(?:(?:与|和)(?:政府)?信息公开(?:工作)?无关|不(?:涉及|属于)(?:政府)?信息公开|` +
    String.raw`非(?:政府)?信息公开)|` +
    // 作为被告的征地拆迁类行政诉讼案件7件,不在本报告统计范围: counted, and said to be outside the report.
    String.raw`[,，](?:均|都)?不(?:在|属于|列入|纳入|计入)本?(?:报告|年报)(?:的)?统计(?:范围|之列)|` +
    // …土地权属类行政复议3件、土地行政诉讼2件,不属于政府信息公开事项.
    String.raw`[,，](?:均|都)?(?:不属于|不涉及|并非|非)(?:政府)?信息公开(?:事项|案件|范畴|范围|类)?(?:$|[,，;。])|` +
    // 行政复议案件25件,均为不服治安管理处罚提起 / 均为行政处罚类案件: every one of another cause, named after the count.
    String.raw`[,，](?:均|都|全部)(?:为|是|系|属于?)(?:不服)?(?:(?!公开|答复|申请|告知)[^,，。;]){0,16}?${OTHER_MATTERS}` +
    String.raw`(?:(?!公开|答复|申请)[^,，。;]){0,12}?(?:提起|引起|引发|类|案件|纠纷)`,
);
/** None of the cases counted before is about disclosure (其中因政府信息公开申请引起的没有). */
const NONE_OF_DISCLOSURE = new RegExp(
  String.raw`^其中(?:因|涉及|关于|属于|由)?(?:政府)?信息公开[^,。;\d]{0,16}?(?:的)?(?:案件)?` +
    String.raw`(?:没有|无|均无|为(?:0|零)\s*件?|(?:0|零)\s*件)$`,
);
const CASE_KEYS = CASE_KINDS.map(([, key]) => key);
const CASE_PARTS = /^(?:review|litigation)[._]/;

/**
 * The case counts `c` stated (found, with its text as source) are none of the form's: each becomes 0 unless another
 * sentence states it; how they ended is dropped.
 */
function notOfDisclosure(
  c: Clause,
  found: Map<string, NarrativeFigure>,
  unrelated: Map<string, NarrativeFigure>,
  keep: ReadonlySet<string> = new Set(),
): void {
  for (const [key, f] of found) {
    const kept = keep.has(key) || keep.has(`${key.split(".")[0]}.total`);
    if ((!CASE_PARTS.test(key) && !CASE_KEYS.includes(key)) || kept) continue;
    // Its source is the sentence or the clause of it the count was read in.
    if (f.source.line !== c.line || !c.text.includes(f.source.raw.replace(/…$/, ""))) continue;
    found.delete(key);
    if (CASE_KEYS.includes(key) && !unrelated.has(key)) unrelated.set(key, { ...f, value: 0 });
  }
}

interface Tally {
  granted: number;
  partial: number;
  denied: number;
  items: number;
  /** Items that tell no answer. */
  untold: number;
}

/**
 * An item told one by one (第二件…; 两件:一件…;另一件…; 2件:1件…;1件…; 对前者…,对后者…), or a clause led by a count
 * of them (经审查:3份申请的信息予以公开;1份因…作部分公开处理;1份…已告知).
 */
const ITEM = new RegExp(
  String.raw`第(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:件|份)|(?<=[:：])(?:一|1)件(?!也)|^(?:另|其中)?(?:一|1)件(?!也)|前者|后者|` +
    // 3件申请中,2件予以公开; 两件申请,一件…: the count of them all leads the first item.
    // (今年受理的4件中,3件…: the count after a few words of what it counts.)
    // (申请5件:其中4件…;1件…: the first item after the count's colon.)
    String.raw`(?:(?<=[:：])|^(?:[^\d,，:：。]{0,8}[:：]|(?:[^\d,，:：。]{0,8}?的)?(?:\d{1,3}|[一两二三四五六七八九十])\s*(?:件|份)(?:申请)?` +
    String.raw`(?:中[,，]|[,，](?=(?:一|1)件))|` +
    // 经审查,有11件属于可以公开的范围: the review, then the first item.
    String.raw`经(?:审查|审核|研究)[,，]?)?)` +
    // 申请公开某企业纳税申报情况的1件,不予公开: the item named by what it asked for, its count after.
    String.raw`(?:(?:申请|要求|请求)(?:公开|提供|获取|查询|查阅)(?:(?:19|20)\d{2}年度?|[^\d,，:：。;]){2,40}?的)?` +
    String.raw`(?:另有?|其中|还有|有)?(\d{1,3}|[一两二三四五六七八九十])\s*(?:件|份)` +
    String.raw`(?!也|(?:申请)?(?:均|全部|都))`,
  "g",
);
/** Counts the answers of the items a clause tells (第二件…,部分公开); whether the clause told any. */
function tallyOneByOne(text: string, tally: Tally, legacy: boolean): boolean {
  if (!text.includes("件") && !text.includes("份") && !/前者|后者/.test(text)) return false;
  const marks = [...text.matchAll(ITEM)];
  for (const [i, m] of marks.entries()) {
    const from = m[1] === undefined ? m.index : m.index + m[0].lastIndexOf(m[1]);
    const item = text.slice(from, marks[i + 1]?.index ?? text.length);
    // A clause led by a count: how many items it tells, each the one way it names (no other count beside it).
    const n = m[1] === undefined ? 1 : countValue(m[1]);
    if (m[1] !== undefined && (!(n >= 1) || manyCounts(item))) return false;
    tally.items += n;
    // 另1件…截至12月31日尚未答复完毕,转入2014年继续办理: not answered this year, no answer of the tally's.
    // 5件申请的内容我局已在网站主动公开,告知申请人查询途径: the 2008-2018 form counts them as granted.
    const kind = itemAnswerKind(item, legacy);
    if (kind === "outcome.granted.total") tally.granted += n;
    else if (kind === "outcome.partial.total") tally.partial += n;
    else if (kind === "outcome.denied.total") tally.denied += n;
    else if (kind === "pending") tally.untold += n;
    // 2份已办结 tells no answer of a counted clause: it leaves the tally unsettled.
    else if (kind === null && m[1] !== undefined) tally.untold += n;
    // 依申请公开:一件 (a count, not an item): an item that tells no answer leaves the tally unsettled.
    else if (kind === null && !/答复|办结/.test(item)) tally.untold += 1;
  }
  return marks.length > 0;
}

/** The clauses of the items told one by one, and of those telling each answer kind. */
interface ItemClauses {
  items: Clause[];
  granted: Clause[];
  partial: Clause[];
  denied: Clause[];
}

/**
 * A figure whose source is the clauses that tell it, as printed: one clause, or several with "…" for the words
 * between them (有2件…同意公开 … 另1件…同意公开); none (a kind no item told) the items from first to last.
 */
function itemsFigure(key: string, value: number, told: Clause[], items: Clause[], c: Clause): NarrativeFigure {
  const from = told.length > 0 ? told : items.length > 1 ? [items[0], items[items.length - 1]] : items;
  if (from.length === 0 || from.some((t) => t.line !== from[0].line)) return figure(key, value, c);
  if (from.length === 1) return figure(key, value, from[0]);
  const raw = from.map((t) => t.shown ?? t.text).join("…");
  return { key, value, source: { line: from[0].line, raw: raw.length > 120 ? `${raw.slice(0, 117)}…` : raw } };
}

/** The answers of applications told one by one, when they are as many as the applications counted before them. */
function putOneByOne(
  tally: Tally,
  apps: number | undefined,
  c: Clause,
  put: (f: NarrativeFigure) => void,
  said: ItemClauses,
): void {
  if (apps !== tally.items || tally.untold > 0) return;
  put(itemsFigure("outcome.granted.total", tally.granted, said.granted, said.items, c));
  put(itemsFigure("outcome.partial.total", tally.partial, said.partial, said.items, c));
  put(itemsFigure("outcome.denied.total", tally.denied, said.denied, said.items, c));
  Object.assign(tally, { granted: 0, partial: 0, denied: 0, untold: 0 });
}

function less(f: NarrativeFigure, n: number): NarrativeFigure {
  return { ...f, value: n >= 0 ? f.value - n : Number.NaN };
}

function manyCounts(part: string): boolean {
  return (part.match(COUNTS_IN)?.length ?? 0) > 1;
}

/**
 * A clause naming the year's applications with a verb of receiving (under 依申请公开, 收到申请 is enough), or their
 * number (依申请公开件数比上年增加一倍, 受理申请数与上年持平).
 */
function namesApps(part: string, c: Clause): boolean {
  return (
    NAMES_APPS.test(part) ||
    /(?:依申请公开|申请)的?(?:件数|数量|数)/.test(part) ||
    (c.aboutApplications && /(?:收到|受理|接到|接收|新收)[^\d,。]{0,8}?申请(?!人)/.test(part))
  );
}

/**
 * Applications told in parts with no total, each part a count (全年受理自然人申请3件、法人或其他组织申请1件 by who
 * applied; 本年度群众通过网上申请3件、当面申请2件 by channel): their sum.
 */
function readPartsSum(part: string, c: Clause, add: Add, parts: RegExp): void {
  if (/^其中|合计|共计|总计/.test(part)) return;
  const counts = [...part.matchAll(parts)].map((m) => countValue(m[1]));
  if (counts.length < 2 || counts.some((n) => !(n >= 0))) return;
  add(figure("apps.new.total", sumOf(counts), c));
}

function sumOf(counts: number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

/** One channel's count, a clause of its own (网上申请1件, 通过信函提交申请2件). */
const CHANNEL_CLAUSE = new RegExp(
  String.raw`^(?:通过)?(?:网上|网络|当面|现场|信函|书面|电话|传真|电子邮件|邮件|来信|来电|来访)(?:提交|提出)?申请` +
    String.raw`\s*${COUNT}\s*(?:件|个|份|宗|次|项)$`,
);

/**
 * The applications' channels listed right after a colon, each in a clause of its own, with no total in the
 * sentence (依申请公开情况:当面申请2件,网上申请1件,信函申请1件,均已答复): their sum; else undefined.
 */
function channelList(text: string): number | undefined {
  const colon = text.search(/[:：]/);
  if (colon < 0 || /合计|共计|总计|共|其中|累计/.test(text) || NEGATED.test(text)) return undefined;
  const parts = text.slice(colon + 1).split(/[,，、]/);
  const counts: number[] = [];
  for (const part of parts) {
    const m = CHANNEL_CLAUSE.exec(part.trim());
    if (!m) break;
    counts.push(countValue(m[1]));
  }
  // Another count after the list (…信函申请1件,咨询3件): the list may not be the whole.
  const rest = parts.slice(counts.length).join(",");
  if (counts.length < 2 || counts.some((n) => !(n >= 0)) || rest.match(COUNTS_IN) !== null) return undefined;
  return sumOf(counts);
}

/** Years' counts listed after a colon (受理申请数量呈下降趋势:2014年5件,2015年8件,2016年3件). */
const YEARS_COUNTED = new RegExp(
  String.raw`^([^。:：\d]{0,40})[:：]((?:(?:19|20)\d{2}年度?(?:为|是)?\s*(?:\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})` +
    String.raw`\s*件(?:[,，、;；]|$)){2,})`,
);

/**
 * The applications of several years listed after a colon, in a sentence naming them: the report year's count, where
 * each year is listed once.
 */
function readYearsListed(c: Clause, year: number, put: (f: NarrativeFigure) => void): void {
  if (!/年/.test(c.text)) return;
  const m = YEARS_COUNTED.exec(c.text.replace(LEADING_HEADING, ""));
  if (!m || !namesApps(m[1], c) || /咨询|信访|主动公开/.test(m[1]) || NEGATED.test(m[1])) return;
  const items = [
    ...m[2].matchAll(/((?:19|20)\d{2})年度?(?:为|是)?\s*(\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})/g),
  ];
  const years = items.map((i) => i[1]);
  if (new Set(years).size !== years.length) return;
  const own = items.find((i) => Number(i[1]) === year);
  if (own && countValue(own[2]) >= 0) put(figure("apps.new.total", countValue(own[2]), c));
}

/** A list of the year's applications announced (我局办理的依申请公开事项如下:), its first item next. */
const LIST_OPENS =
  /(?:依申请公开|政府信息公开(?=申请)|公开申请)[^。:：\d]{0,12}?(?:事项|情况|申请|案件)如下[:：]\s*(?=[(（](?:一|1)[)）])/;
/** An item's number ((一), （2）), in order. */
const LIST_ITEM = /[(（]([一二三四五六七八九十]{1,2}|\d{1,2})[)）]/g;
/** How each item was answered; the first that fits (部分 before 不予: 部分不予提供,作部分公开处理). */
const ITEM_ANSWERS: readonly (readonly [RegExp, string | null])[] = [
  [/部分(?:予以)?(?:公开|提供)|部分同意/, "outcome.partial.total"],
  [/不予(?:以)?(?:公开|提供)|不同意公开|否决公开|拒绝公开/, "outcome.denied.total"],
  [/(?<!不|部分)(?:同意|予以)(?:公开|提供)|(?:我[局乡镇委办]|本机关)(?:已)?(?:依法)?公开/, "outcome.granted.total"],
  [/告知|不属于|不存在|非本(?:机关|单位)|不掌握|撤回|补正/, null],
];

/**
 * The year's applications told one by one in a numbered list and no count stated ((1)3月,某村民申请公开…,我局予以
 * 公开;(2)…作部分公开处理;(3)…不予公开): as many as the items, each answered one way. Read only where every item
 * is an application with one answer, numbered in order from the first, up to the next section.
 */
function readEnumerated(lines: string[], skip: (line: number) => boolean, found: Map<string, NarrativeFigure>): void {
  lines.forEach((line, i) => {
    // Answers counted elsewhere: the list is not read beside them.
    if (skip(i + 1) || !line.includes("如下") || ["apps.new.total", ...ANSWER_KEYS].some((k) => found.has(k))) return;
    const open = LIST_OPENS.exec(line);
    if (!open) return;
    const from = open.index + open[0].length;
    const end = line.slice(from).search(/[一二三四五六七八九十]{1,2}、/);
    const region = line.slice(from, end < 0 ? Math.min(line.length, from + 2000) : from + end);
    const marks = [...region.matchAll(LIST_ITEM)];
    const tally = new Map<string, number>();
    let n = 0;
    for (const [k, m] of marks.entries()) {
      if (countValue(m[1]) !== k + 1) return;
      const item = region.slice(m.index + m[0].length, marks[k + 1]?.index ?? region.length);
      const way = ITEM_ANSWERS.find(([re]) => re.test(item));
      // An application told (某村民申请公开…, 申请人张某申请…), not a way of working (依法受理群众申请…).
      if (!/申请(?:公开|获取|查阅|提供)|申请人/.test(item) || !way) return;
      n += 1;
      if (way[1] !== null) tally.set(way[1], (tally.get(way[1]) ?? 0) + 1);
    }
    if (n < 2) return;
    const c = clause(line.slice(open.index, open.index + 160), i + 1, "");
    found.set("apps.new.total", figure("apps.new.total", n, c));
    for (const key of ANSWER_KEYS) found.set(key, figure(key, tally.get(key) ?? 0, c));
  });
}

/** A register of the year's applications, a row each (序号 申请日期 … 答复日期 答复结果), flattened. */
const REGISTER_HEADER = /序号[^。]{0,40}?答复结果/;
/** A row's answer, right after its answer date (2018-03-26同意公开, 2018年5月30日 部分公开(…)). */
const REGISTER_ANSWER = new RegExp(
  String.raw`(?:19|20)\d{2}(?:-|\/|\.|年)\d{1,2}(?:-|\/|\.|月)\d{1,2}日?\s*` +
    String.raw`(同意公开|予以公开|公开|部分公开|同意部分公开|不予公开|不同意公开|非本机关|信息不存在|告知|不属于|申请人撤回|撤回)`,
  "g",
);
const REGISTER_LINES_MAX = 200;

/**
 * The answers of a register printing each application's 答复结果, where its rows are as many as the applications
 * counted: each kind's rows (the other kinds, 非本机关 or 告知, counted in none of the three).
 */
function readRegister(lines: string[], skip: (line: number) => boolean, found: Map<string, NarrativeFigure>): void {
  const apps = found.get("apps.new.total");
  if (!apps || apps.value < 1) return;
  for (let i = 0; i < lines.length && i < REGISTER_LINES_MAX; i++) {
    const header = lines[i].includes("答复结果") && !skip(i + 1) ? REGISTER_HEADER.exec(lines[i]) : null;
    if (!header) continue;
    const rows = [...lines[i].slice(header.index).matchAll(REGISTER_ANSWER)];
    if (rows.length !== apps.value) return;
    const tally = { granted: 0, partial: 0, denied: 0 };
    for (const row of rows) {
      if (/部分/.test(row[1])) tally.partial++;
      else if (/不予|不同意/.test(row[1])) tally.denied++;
      else if (/公开/.test(row[1])) tally.granted++;
    }
    const raw = lines[i].slice(header.index, header.index + 117);
    const source = { line: i + 1, raw: raw.length < lines[i].length - header.index ? `${raw}…` : raw };
    found.set("outcome.granted.total", { key: "outcome.granted.total", value: tally.granted, source });
    found.set("outcome.partial.total", { key: "outcome.partial.total", value: tally.partial, source });
    found.set("outcome.denied.total", { key: "outcome.denied.total", value: tally.denied, source });
    return;
  }
}

/** None of the suits of one path (无复议后起诉案件, 没有未经复议直接起诉的案件). */
const NONE_SUIT_PATH =
  /^(?:无|没有|未发生|未有)(?:(?:经(?:过)?)?(?:行政)?复议后|(?:未经(?:行政)?复议)?直接)(?:提起)?(?:行政)?(?:起诉|诉讼)(?:的)?(?:案件|情况)?$/;

/** A sentence telling how a review ended (复议后撤销了…, 复议机关维持了…, 经复议…). */
const ONE_REVIEW_END = new RegExp(
  String.raw`^(?:其中[,，]?)?[^,，。;]{0,12}?(?:复议后|复议机关|复议决定|经(?:过)?复议)|` +
    // 其中,复议经区政府审查后维持…: the review named, then who decided it.
    String.raw`^(?:其中[,，]?)?(?:行政)?复议(?:案件)?(?:经|由|已)|` +
    String.raw`^(?:复议)?结果(?:为|是)?[:：]|^(?:该|此|这)(?:起|件)?(?:行政)?复议(?:案件)?`,
);
/** A count, a suit: the sentence tells more than the one review's end. */
const ENDS_OTHERWISE = /(?:\d|[一二两三四五六七八九十])\s*(?:件|起|宗|个)|诉讼|起诉/;

/** The applicant of the one review counted just before sues afterwards (申请人随后向法院提起行政诉讼). */
const APPLICANT_SUES_AFTER =
  /^(?:该|此|这名|这位|上述)?(?:申请人|当事人)(?:随后|此后|之后|后|又|再|后来)(?:(?!未|没有|不再)[^。;,，\d]){0,20}?(?:提起|提出)(?:了)?(?:行政)?诉讼/;
/** The one who applied for the review told just before sues as well (该申请人随后向…法院提起行政诉讼). */
const SAME_APPLICANT_SUES =
  /^(?:该|此|这名|这位|上述)(?:申请人|公民|群众|当事人)(?:(?!未|没有|不再)[^。;,，\d]){0,30}?(?:提起|提出)(?:了)?(?:行政)?诉讼/;

/** Who may apply for a review or sue, counted as one person (1名申请人, 一位村民). */
/** One person or firm (1名被征地村民, 1家企业, 1名被征收人): a few words may tell who the person is. */
const ONE_PERSON =
  String.raw`(?:1|一)(?:(?:名|位)[^\d,，。;]{0,4}?(?:申请人|公民|群众|当事人|村民|居民|市民|户|被征收人|业主)|` +
  String.raw`(?:家|个)(?:企业|公司|单位))`;

/** One person applying for a review, no count of reviews (1名申请人对我局…答复不服,向县政府申请行政复议). */
const ONE_APPLICANT_REVIEW = new RegExp(
  // (其中一名申请人…: one of the applicants counted before.)
  String.raw`(?:^|[,，\s])(?:(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内)[,，]?)?(?:其中|有)?${ONE_PERSON}` +
    String.raw`[^。;]{0,40}?(?:申请|提起|提出)(?:了)?行政复议|` +
    // 景区经营权出让方案的申请人对部分公开的答复不服,…申请行政复议: the one applicant of an application named.
    String.raw`(?:^|[,，\s])(?:该|此|[^,，。;\d\s]{2,20}的)申请人对[^,，。;\d]{0,24}?(?:答复|告知|决定)不服[,，][^。;]{0,30}?` +
    String.raw`(?:申请|提起|提出)(?:了)?行政复议`,
);

/** One person suing over an answer, no count of suits (另有1名申请人对…答复不服,直接向…法院提起行政诉讼). */
const ONE_APPLICANT_SUIT = new RegExp(
  String.raw`(?:^|[,，\s])(?:(?:(?:19|20)\d{2}年度?|本年度?|今年|全年|年内)[,，]?)?(?:另有|有)?${ONE_PERSON}` +
    // (1名申请人申请行政复议,2名申请人提起行政诉讼: not past another count of persons.)
    String.raw`(?:(?!\d|[两二三四五六七八九十]\s*(?:名|位|家))[^。;]){0,50}?(?:提起|提出)(?:了)?(?:行政)?诉讼`,
);
/** A case said not to be over disclosure (不属于政府信息公开诉讼, 与信息公开无关). */
const NOT_DISCLOSURE_CASE = /不属于(?:政府)?信息公开|(?:与|和)(?:政府)?信息公开(?:工作)?无关|非(?:政府)?信息公开/;
/** A count of suits (行政诉讼2件, 被起诉1起): the sentence counts them itself. */
const SUIT_COUNT =
  /诉讼[^,，。;\d]{0,6}(?:\d|[一二两三四五六七八九十])+\s*(?:件|起|宗)|(?:\d|[一二两三四五六七八九十])+\s*(?:件|起|宗)[^,，。;\d]{0,8}诉讼/;

/** A count in brackets after a section's heading words (二、依申请公开情况(共3件)). */
const HEADING_COUNT = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*([^\d()（）,，。:：;]{2,24}?)\s*` +
    String.raw`[(（](?:共|共计|合计|计)?\s*${COUNT}\s*件[)）]`,
);

/** A total right after a section's heading words (三、信息公开申请受理情况 2011年共计3件,分别是:…). */
const HEADING_TOTAL = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*([^\d()（）,，。:：;]{2,24}?)\s*` +
    String.raw`(?:((?:19|20)\d{2})\s*年度?|全年|本年度?|今年)[,，]?\s*(?:共|共计|合计|总计)\s*${COUNT}\s*件(?=$|[,，。;:：])`,
);
/** Heading words of the applications' section (依申请公开情况, 信息公开申请受理情况). */
const APPS_SECTION_WORDS = /依申请公开|公开申请|申请公开|申请(?:的)?(?:受理|办理|处理)/;

/**
 * The applications counted in their section's heading (依申请公开情况(共3件)); a 复议/诉讼 heading's count only where
 * it is 0 (复议诉讼情况(0件): none of either), as one count of both kinds cannot be split.
 */
function readHeadingCount(c: Clause, year: number | null, put: (f: NarrativeFigure) => void): void {
  const total = HEADING_TOTAL.exec(c.text);
  // (Another year's total is not this year's.)
  const thisYear = total !== null && (total[2] === undefined || year === null || Number(total[2]) === year);
  if (total && thisYear && APPS_SECTION_WORDS.test(total[1]) && !/复议|诉讼|咨询|主动|信访/.test(total[1])) {
    const count = countValue(total[3]);
    if (count >= 0 && !NEGATED.test(total[1])) put(figure("apps.new.total", count, c));
    return;
  }
  const m = HEADING_COUNT.exec(c.text);
  const n = m ? countValue(m[2]) : Number.NaN;
  if (!m || !(n >= 0) || NEGATED.test(m[1])) return;
  if (/咨询|主动|信访/.test(m[1])) return;
  const cases = /复议|诉讼/.test(m[1]);
  // 因政府信息公开申请行政复议…情况 names the cases' cause, not applications counted.
  const apps = cases ? /依申请公开/.test(m[1]) : /依申请公开|公开申请|申请公开/.test(m[1]);
  if (apps && (!cases || n === 0)) put(figure("apps.new.total", n, c));
  // (A heading's 申诉 is not read: 复议诉讼情况(0件) counts the cases, a row of complaints apart.)
  if (cases && n === 0) for (const key of caseKeys(m[1])) if (key !== "legacy.complaints") put(figure(key, 0, c));
}

/** One answer contested in a review, no count of reviews (申请人对我局1件不予公开答复不服,申请行政复议). */
const ONE_ANSWER_REVIEW = new RegExp(
  String.raw`对(?:我[局委办乡镇]|本机关)?(?:1|一)件[^,，。;\d]{0,12}?答复(?:不服|有异议)[,，][^,，。;\d]{0,16}?` +
    String.raw`(?:申请|提起)(?:了)?行政复议|` +
    // 上述不予公开的1件,申请人向区管委会申请行政复议: the one application answered so, its applicant applying.
    String.raw`(?:上述|以上|前述|该|对)[^,，。;\d]{0,8}?的(?:1|一)(?:件|宗|份)(?:申请)?[,，](?:该)?申请人(?:对[^,，。;\d]{0,12})?` +
    String.raw`(?:不服[,，])?(?:[^,，。;\d]|\d{1,4}[年月日]){0,24}?(?:申请|提起|提出)(?:了)?行政复议`,
);
/** Several answers contested, one review each (申请人对其中2件答复不服申请复议). */
const ANSWERS_REVIEW = new RegExp(
  String.raw`对(?:其中)?(\d{1,3}|[二两三四五六七八九十])件[^,，。;\d]{0,12}?答复(?:不服|有异议)[,，]?` +
    String.raw`[^,，。;\d]{0,16}?(?:申请|提起|提出)(?:了)?(?:行政)?复议`,
);
/** Another count of reviews applied for (…又申请行政复议1件). */
const ANOTHER_REVIEW_COUNT = /(?:申请|提起|提出)(?:了)?(?:行政)?复议[^,，。;\d]{0,4}\d/;

/** The sentence after the one application's that tells its answer: a short one naming the answering. */
const ANSWER_AFTER = /(?:作出|给予|予以|进行了?)答复|按时答复|经(?:审核|审查)|办理(?:完毕|结果)/;
const ANSWER_AFTER_MAX = 60;
/** A count of anything (2件, 三起): such a sentence counts other applications or answers. */
const COUNTED_ANY = /(?:\d{1,6}|[一二两三四五六七八九十]{1,4})\s*(?:件|起|宗|份|项|批|人次)/;

/** A sentence about the applications counted in the one before (上述申请…, 以上申请…). */
const THOSE_APPS = new RegExp(
  [
    String.raw`^均(?:为|是|系)(?=[^。;]{0,60}?告知)`,
    String.raw`^(?:经(?:审核|审查|核查|核实)[,，]?)?(?:对|对于)?(?:上述|以上|前述|这[两二三四五六七八九十]?件?)` +
      String.raw`(?:政府信息公开|依申请公开)?(?:申请|信息(?=属于|均))`,
    String.raw`^经(?:审核|审查|核查|核实)[,，]?(?=均|全部|都)`,
    // 我镇均在规定时间内予以公开: the agency, then 均 of the ones just counted.
    String.raw`^(?:${OWN_NAMED.source})(?=均|全部|都)`,
  ].join("|"),
);
/** Counts of applications in a sentence telling them by parts (涉及水费计价依据7件、管网改造计划3件). */
const PART_COUNTS = /(\d{1,4}|[一二两三四五六七八九十]{1,3})\s*件/g;
const PARTS_LEAD = /^(?:其中|内容|主要|涉及|申请内容|所申请)/;
const PARTS_MAX = 8;

/** A sentence telling `apps` applications by parts only: a few counts of 件 adding up to them, no answer. */
function byParts(text: string, apps: number): boolean {
  if (!PARTS_LEAD.test(text) || namesAnswerKind(text) || /答复|办结|告知/.test(text)) return false;
  const counts = [...text.matchAll(PART_COUNTS)].map((m) => countValue(m[1]));
  if (counts.length < 2 || counts.length > PARTS_MAX || manyCounts(text.replace(PART_COUNTS, ""))) return false;
  return sumOf(counts) === apps;
}

/** A time span is no count (均在10个工作日内予以公开). */
const TIME_SPAN = /\d{1,3}\s*个?(?:工作日|日|天)(?:之)?内/g;

/** A part of the year's applications received by someone (其中原卫生局受理1件, 我局组建后受理2件). */
const PART_INTAKE = new RegExp(String.raw`(?:受理|收到|接到|接收)(?:了)?\s*${COUNT}\s*(?:件|个|份|宗|次|项)`);

/** Applications carried over from last year and left for next year, as a sentence states them. */
function readCarried(c: Clause, put: (f: NarrativeFigure) => void): void {
  if (!/结转|遗留|转入|办理/.test(c.text) || aboutLongerPeriod(c.text.replace(/上年|去年/g, ""))) return;
  const over = CARRIED_OVER.exec(c.text) ?? INCLUDES_CARRIED.exec(c.text);
  const held = over ? countValue(over[1] ?? over[2]) : Number.NaN;
  if (over && !NEGATED.test(c.text.slice(0, over.index)) && held >= 0) {
    put(figure("apps.carried_over.total", held, c));
  }
  const forward = CARRIED_FORWARD.exec(c.text);
  const n = forward ? countValue(forward[1] ?? forward[2] ?? forward[3]) : Number.NaN;
  if (forward && !NEGATED.test(c.text.slice(0, forward.index)) && n >= 0) {
    put(figure("apps.carried_forward.total", n, c));
  }
}

/** Answers counted holding last year's application by its dates (答复申请4条(含2011年12月收到、2012年1月答复的申请1条)). */
const HELD_BY_DATE = new RegExp(
  String.raw`[(（](?:含|包括|其中)((?:19|20)\d{2})年(?:\d{1,2}月(?:份)?)?(?:收到|受理|提出)(?:、|,|，|并)?` +
    String.raw`(?:((?:19|20)\d{2})年(?:\d{1,2}月(?:份)?)?)?(?:答复|办结|办理)的?(?:申请)?\s*(\d{1,6}|[一二两三四五六七八九十]{1,3})` +
    String.raw`\s*(?:件|条|个|份)[)）]`,
);

/** 另有2016年12月受理、跨年办理的申请1件: the year received, then handled across into this one. */
const RECEIVED_BEFORE = new RegExp(
  String.raw`^(?:另有?|还有|此外)?(?:${COUNT}\s*(?:件|个|份)(?:为|是|系))?((?:19|20)\d{2})年` +
    String.raw`(?:\d{1,2}月(?:底|初|末|上旬|中旬|下旬)?(?:\d{1,2}日)?(?:份)?)?(?:收到|受理|提出)(?:、|并|且)?` +
    String.raw`(?:跨年度?|(?:结转|转入|延续|顺延)(?:至|到)?(?:本年度?|(?:19|20)\d{2}年(?:\d{1,2}月)?))(?:继续)?(?:办理|答复|办结)` +
    String.raw`(?:的(?:政府信息公开)?申请(?:\s*${COUNT}\s*(?:件|个|份))?)?$`,
);

/**
 * Applications received last year and answered this year, told by their dates in brackets after the answers
 * counted: carried over.
 */
function readCarriedByDate(c: Clause, year: number, put: (f: NarrativeFigure) => void): void {
  if (!c.text.includes("年")) return;
  // 另有2016年12月受理、跨年办理的申请1件: received last year by its date, handled this year.
  for (const part of c.text.includes("办理") || c.text.includes("答复") ? c.text.split(/[,，]/) : []) {
    const by = RECEIVED_BEFORE.exec(part.trim());
    // One count, before (另1件为…) or after (…的申请1件).
    const n = by && (by[1] === undefined) !== (by[3] === undefined) ? (by[1] ?? by[3]) : undefined;
    const held = by && n !== undefined && Number(by[2]) === year - 1 ? countValue(n) : Number.NaN;
    if (held >= 0) put(figure("apps.carried_over.total", held, c));
  }
  // 新收申请17件,加上2021年结转的1件: last year's leftovers, named by its number.
  for (const part of /结转|遗留/.test(c.text) ? c.text.split(/[,，]/) : []) {
    const from = CARRIED_FROM_YEAR.exec(part.trim());
    const held = from?.[2] !== undefined && Number(from[1]) === year - 1 ? countValue(from[2]) : Number.NaN;
    if (held >= 0 && !NEGATED.test(part)) put(figure("apps.carried_over.total", held, c));
  }
  const m = HELD_BY_DATE.exec(c.text);
  if (!m || Number(m[1]) !== year - 1 || (m[2] !== undefined && Number(m[2]) !== year)) return;
  if (!/答复|办结/.test(c.text.slice(0, m.index)) || NEGATED.test(c.text.slice(0, m.index))) return;
  const n = countValue(m[3]);
  if (n >= 0) put(figure("apps.carried_over.total", n, c));
}

/** A review told without a count (申请人不服,向县政府申请行政复议): how many the table or another sentence says. */
// (申请人林某对我局作出的…答复不服,向…管委会申请行政复议: the applicant named, the answer and the body told.)
const REVIEW_UNCOUNTED = /申请人(?:对[^。;,，\d]{0,24})?(?:不服)?[^。;]{0,30}?(?:申请|提起|提出)(?:了)?行政复议/;
/** A review supposed or offered, not told (如不服…可申请行政复议, 有权…). */
const REVIEW_SUPPOSED = /如|若|可以?|有权|应当|告知/;
/**
 * Whether a sentence tells a review applied for (申请人不服,向县政府申请行政复议): not a right (不服的,可以申请…)
 * nor a negated one (未发生申请人…不服申请行政复议的情况).
 */
function reviewToldIn(sentence: string): boolean {
  const m = REVIEW_UNCOUNTED.exec(sentence);
  if (!m) return false;
  const lead =
    sentence
      .slice(0, m.index)
      .split(/[,，;；]/)
      .at(-1) ?? "";
  const asked = m[0].includes("不服") ? m[0].slice(m[0].indexOf("不服")) : m[0];
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 4);
  // (…不服提起行政复议的为零: the count said none after it.)
  if (NEGATED.test(lead) || NEGATED.test(asked) || RIGHTS.test(asked) || /的情况|的案件|^的?为(?:零|0)/.test(after)) {
    return false;
  }
  return !REVIEW_SUPPOSED.test(m[0]) && !REVIEW_SUPPOSED.test(lead);
}

/** Past this a page's 复议 sentences are not searched for an end (a real report has a handful). */
const REVIEW_LINES_MAX = 40;

/**
 * The one way every review ended, where the sentences tell the review(s) without a count and right after, with no
 * count either, how it ended (申请人不服,向县政府申请行政复议,县政府作出维持决定; …。截至本报告编制时,复议机关尚未
 * 作出复议决定): the key of that way, or null where none, several, or a count is told.
 */
export function everyReviewEnded(lines: string[]): { key: string; source: NarrativeFigure["source"] } | null {
  let got: { key: string; source: NarrativeFigure["source"] } | null = null;
  for (const told of reviewsTold(lines)) {
    if (told.counted) continue;
    // A review told whose end is not recognised: its end may be another, so none is every review's.
    if (told.key === null) return null;
    if (got !== null && got.key !== told.key) return null;
    got = { key: told.key, source: told.source };
  }
  return got;
}

/**
 * The reviews told one by one, each without a count and with its one end (3月,申请人林某…申请行政复议,6月复议机关
 * 作出维持决定。7月,申请人陈某…申请行政复议,9月复议机关确认…违法): each one's end, or null where any review told
 * has a count, no end read, or a person counted (2名申请人…).
 */
export function reviewsEndedEach(lines: string[]): { key: string; source: NarrativeFigure["source"] }[] | null {
  const told = reviewsTold(lines);
  const ends: { key: string; source: NarrativeFigure["source"] }[] = [];
  for (const t of told) {
    if (t.key === null || t.counted || t.persons) return null;
    ends.push({ key: t.key, source: t.source });
  }
  return ends;
}

/** The sentences telling a review without a count (REVIEW_UNCOUNTED): the one way each ended, if one is read. */
function reviewsTold(lines: string[]): ReviewTold[] {
  const told: ReviewTold[] = [];
  let seen = 0;
  for (let i = 0; i < lines.length && seen < REVIEW_LINES_MAX; i++) {
    if (!lines[i].includes("复议")) continue;
    seen++;
    for (const sentence of lines[i].split(/[。;；]/)) {
      const m = REVIEW_UNCOUNTED.exec(sentence);
      const raw = sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence;
      if (!m || !reviewToldIn(sentence)) {
        // 申请人某村村民委员会对…答复不服,向区管委会申请行政复议: a review applied for that the reader does not take is
        // one whose end is unknown.
        const other = REVIEW_APPLIED.exec(sentence);
        const lead = other ? (sentence.slice(0, other.index).split(/[,，]/).at(-1) ?? "") : "";
        if (other && !NEGATED.test(lead) && !REVIEW_SUPPOSED.test(lead) && !RIGHTS.test(sentence)) {
          told.push({ key: null, counted: false, persons: false, source: { line: i + 1, raw } });
        }
        continue;
      }
      // 申请人不服,申请行政复议2件: a count told, no one review; 2名申请人…: persons counted, maybe several.
      const counted = /\d\s*(?:件|起|宗|次)/.test(sentence);
      const persons = PERSONS_COUNTED.test(sentence);
      // The words after the review up to a suit: its end.
      const end = sentence.slice(m.index + m[0].length).split(/[,，](?=[^,，]*(?:诉讼|起诉))/)[0];
      const key = /维持|撤销|纠正|变更|确认|责令|撤回|终止|驳回|尚未|审理/.test(end) ? oneWay(end) : null;
      told.push({ key, counted, persons, source: { line: i + 1, raw } });
    }
  }
  return told;
}
/** A review applied for in a sentence (向区管委会申请行政复议), not a heading's words (…申请行政复议、提起行政诉讼的情况). */
const REVIEW_APPLIED = /(?:申请|提起|提出)(?:了)?(?:行政)?复议(?![、和及与]|[^。;,，]{0,12}情况)/;
/** Persons counted, more than one (2名申请人, 三位村民): several reviews may be told in one sentence. */
const PERSONS_COUNTED = /(?:[2-9]|[二两三四五六七八九十])\s*(?:名|位|户)/;
interface ReviewTold {
  /** The one way it ended, or null where none or several are read. */
  key: string | null;
  counted: boolean;
  persons: boolean;
  source: NarrativeFigure["source"];
}

/**
 * An applications count read with the ones carried over inside it (办理申请7件(含2020年结转1件)): the year's new ones
 * are fewer, which the finding says (the carried part a year names, not 上年, is not taken off).
 */
const COUNT_WITH_CARRIED =
  /(\d+)件[(（](?:含|包括|其中)[^()（）\d]{0,4}(?:(?:19|20)\d{2}年度?)?[^()（）\d]{0,4}结转(\d+)件/;

function carriedInside(f: NarrativeFigure): string | null {
  if (f.key !== "apps.new.total") return null;
  const m = COUNT_WITH_CARRIED.exec(f.source.raw);
  if (!m || Number(m[1]) !== f.value || Number(m[2]) === 0) return null;
  return `正文所述申请 ${m[1]} 件含结转的 ${m[2]} 件,本年新收应少于此数`;
}

export function narrativeFinding(f: NarrativeFigure): Finding {
  const carried = f.doubt ? null : carriedInside(f);
  if (carried) {
    const message = `${carried};数值取自正文:「${f.source.raw}」`;
    return { rule: "N2", severity: "warning", message, keys: [f.key], actual: f.value, line: f.source.line };
  }
  if (f.doubt) {
    const message = `${f.doubt};数值取自正文:「${f.source.raw}」`;
    return { rule: "N2", severity: "warning", message, keys: [f.key], actual: f.value, line: f.source.line };
  }
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
 * The keys `open` read 0 because the sentence `by` accounts for the whole of a total (its parts named add up to it,
 * or it rules them out), with a P4 info quoting it: counts are never negative, so nothing else could hold.
 */
export function settleAsZero(
  table: { values: Record<string, number>; sources: Record<string, ValueSource> },
  issues: Finding[],
  open: string[],
  by: NarrativeFigure,
  why: string,
): void {
  if (open.length === 0) return;
  for (const k of open) {
    table.values[k] = 0;
    table.sources[k] = by.source;
  }
  issues.push({
    rule: "P4",
    severity: "info",
    message: `${why}:「${by.source.raw}」`,
    keys: open,
    line: by.source.line,
  });
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
  const year = titleYear(prose);
  for (const clause of otherYearsLeftOut(prose, year)) {
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

/** The year of the report the prose is the start of (…2017年度政府信息公开工作年度报告), or null. */
const TITLE_YEAR = /((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告/;
function titleYear(prose: string): number | null {
  const m = TITLE_YEAR.exec(prose.slice(0, TITLE_SEARCH_MAX));
  return m ? Number(m[1]) : null;
}
const TITLE_SEARCH_MAX = 2000;
/** A part ending in a year (…附表: 2008年度), which leads the parts after it. */
const YEAR_ENDS = /(?<!\d)((?:19|20)\d{2})年度?$/;

/**
 * The page's clauses with those of another year left out: a sentence led by another year than `year` (2016年度,我局共受理
 * …2件,其中同意公开10件) or by last year's words, up to a clause led by this year's.
 */
function otherYearsLeftOut(prose: string, year: number | null): string[] {
  const out: string[] = [];
  for (const sentence of prose.split(/[。;!?]/)) {
    let other = false;
    for (const raw of sentence.split(/[,，]/)) {
      // 六、政府信息公开情况统计表2016年度: the heading glued before the year.
      const part = raw.trim().replace(LEADING_HEADING, "");
      const lead = YEAR_LEAD.exec(part) ?? YEAR_ENDS.exec(part);
      if (lead && year !== null) other = Number(lead[1]) !== year;
      else if (LAST_YEAR_LEAD.test(part)) other = true;
      else if (THIS_YEAR_LEAD.test(part)) other = false;
      if (!other) out.push(raw);
    }
  }
  return out;
}

/** The clauses of `prose` that speak of this year (not of a longer period, last year or in comparison). */
function thisYearClauses(prose: string): string[] {
  const out: string[] = [];
  const year = titleYear(prose);
  for (const sentence of prose.split(/[。;!?]/)) {
    let era: Era = "this";
    for (const raw of sentence.split(/[,，]/)) {
      // …附表: 2008年度,我局共受理…: a part ending in another year leads the parts after it.
      const ends = year !== null ? YEAR_ENDS.exec(raw.trim()) : null;
      if (ends && Number(ends[1]) !== year) {
        era = "other";
        continue;
      }
      const next = eraOf(raw.trim().replace(LEADING_HEADING, ""), era, year, NOT_THIS_YEAR);
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
