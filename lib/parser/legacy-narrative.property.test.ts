/**
 * Property: a legacy report's sentences, in the wordings agencies use, state some counts (the number of
 * applications, answer kinds, 复议/诉讼/申诉 as a number or in a negated list); the narrative reader returns
 * exactly the stated figures and nothing else. Answer kinds stated alone never give the number of applications,
 * and a 复议 caused by an application (未收到因政府信息公开申请提起的行政复议) says nothing about applications.
 * Counts of other things or other years beside them (咨询, 主动公开, 上年度, 累计 since the 《条例》, a comparison
 * with last year) never change what is read, and counts printed in Chinese numerals read as their digits.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { type NarrativePage, readsExactly } from "@/test/helpers/narrative-pages";

type Page = NarrativePage;

const count = fc.integer({ min: 0, max: 480 });

const appsSentence = fc
  .record({
    n: count,
    wording: fc.constantFrom(
      (n: number) => `全年共受理政府信息公开申请${n}件`,
      (n: number) => `今年收到政府信息公开申请共计${n}件`,
      (n: number) => `全年受理依申请公开${n}件`,
      (n: number) => `本年度受理申请公开政府信息${n}件`,
      (n: number) => `我局收到公民、法人和其他组织提出的政府信息公开申请${n}件`,
      (n: number) => `全年共接收政府信息公开申请${n}宗`,
      (n: number) => `全年共处理依申请公开事项${n}件`,
      (n: number) => `全年共受理政府信息公开申请${n}次`,
      (n: number) => `全年共收到${n}件政府信息公开申请`,
      (n: number) => `我局政府信息公开申请受理数为${n}件`,
      (n: number) => `全年共有${n}人次申请公开政府信息`,
      (n: number) => `全年共收到依申请公开政府信息申请表${n}份`,
      (n: number) => `本乡共接收依申请公开件${n}件`,
      (n: number) => `本年度依申请公开政府信息申请数为${n}件`,
      (n: number) => `全年共有${n}人来局现场申请公开政府信息`,
      (n: number) => `本年度接受政府信息公开申请${n}件`,
      (n: number) => `我局共接到依申请公开政府信息的书面申请${n}份`,
      (n: number) => `2016年，我局共收到政府信息公开申请件${n}件`,
      (n: number) => `本年度我乡依申请公开政府信息申请${n}件`,
      (n: number) => `本年度我乡共受理政府信息公开申请${n}起`,
    ),
    zero: fc.constantFrom(
      "全年未发生政府信息公开申请",
      "本年度没有公民、法人或其他组织提出政府信息公开申请",
      "本年度无依申请公开事项",
      "全年未收到政府信息公开申请",
      "本年度没有收到任何申请",
      "本年度无申请公开政府信息的情况",
      "本年度我局收到的政府信息公开申请为零",
      "本年度我办未接收到任何形式的政府信息公开申请",
      "本年度无人提出政府信息公开申请",
      "本年度依申请公开政府信息申请数为零",
      "全年依申请公开件数为0",
    ),
  })
  .map(({ n, wording, zero }) => ({ text: n === 0 ? zero : wording(n), n }));

const kinds = fc.record({ granted: count, partial: count, denied: count });

/** Which cases a sentence names, and whether it states them as none or as numbers. */
const cases = fc.record({
  review: count.map((n) => n % 4),
  litigation: count.map((n) => n % 3),
  complaints: fc.boolean(),
  wording: fc.constantFrom("未发生因政府信息公开引起的", "没有发生因政府信息公开申请提起的", "全年无"),
  counted: fc.constantFrom(
    (r: number, l: number) => `本年度发生因政府信息公开申请提起的行政复议${r}件、行政诉讼${l}件。`,
    (r: number, l: number) => `我局被申请行政复议${r}次，被提起行政诉讼${l}次。`,
    (r: number, l: number) => `行政复议申请${r}件，行政诉讼${l}件。`,
    (r: number, l: number) => `行政复议 ${r} 件，行政诉讼 ${l} 件。`,
  ),
});

const page = fc
  .record({
    apps: fc.option(appsSentence),
    kinds: fc.option(kinds),
    cases: fc.option(cases),
    year: fc.integer({ min: 2008, max: 2018 }),
  })
  .map(({ apps, kinds, cases, year }): Page => {
    const lines = [`${year}年，我局认真贯彻《条例》，做好政府信息公开工作。`];
    const stated: Record<string, number> = {};
    if (apps) {
      lines.push(`${apps.text}。`);
      stated["apps.new.total"] = apps.n;
    }
    if (kinds) {
      // Answer kinds only: a hand-reader writes these and no total.
      lines.push(
        `对申请均按时答复，其中同意公开${kinds.granted}件，部分公开${kinds.partial}件，不予公开${kinds.denied}件。`,
      );
      stated["outcome.granted.total"] = kinds.granted;
      stated["outcome.partial.total"] = kinds.partial;
      stated["outcome.denied.total"] = kinds.denied;
    }
    if (cases && cases.review === 0 && cases.litigation === 0) {
      const names = cases.complaints ? "复议、诉讼和申诉案件" : "行政复议、行政诉讼";
      lines.push(`${cases.wording}${names}。`);
      Object.assign(stated, { "review.total": 0, "litigation.total": 0 });
      if (cases.complaints) stated["legacy.complaints"] = 0;
    } else if (cases) {
      lines.push(cases.counted(cases.review, cases.litigation));
      Object.assign(stated, { "review.total": cases.review, "litigation.total": cases.litigation });
    }
    if (!apps && !cases) {
      // About 复议 only: the application is its cause.
      lines.push("本年度未收到因政府信息公开申请提起的行政复议。");
      stated["review.total"] = 0;
    }
    lines.push(`${year + 1}年，我局将进一步加强政府信息公开工作。`);
    return { lines, stated };
  });

describe("legacy narrative: stated counts, and only those", () => {
  it("reads every stated figure exactly and nothing else", () => readsExactly(page, 400));
});

const DIGITS = "零一二三四五六七八九";
/** 0–999 in Chinese numerals as reports print them: 十二, 二十, 一百零五, 三百一十. */
function chinese(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  const rest = n % 100;
  const tail = rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chinese(rest)}` : chinese(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}

/** A page stating this year's applications and answers among counts that are not this year's applications. */
const pageWithDistractors = fc
  .record({
    granted: fc.integer({ min: 1, max: 300 }),
    partial: fc.integer({ min: 0, max: 90 }),
    denied: fc.integer({ min: 0, max: 90 }),
    other: fc.integer({ min: 1, max: 999 }),
    numerals: fc.boolean(),
    countFirst: fc.boolean(),
    distractors: fc.subarray(
      [
        (m: number) => `上年度，我局受理政府信息公开申请${m}件。`,
        (m: number) => `自《条例》施行以来，累计受理政府信息公开申请${m}件。`,
        (m: number) => `全年共接受群众咨询${m}人次，主动公开政府信息${m}条。`,
        (m: number) => `去年同期收到申请${m}件。`,
        (m: number) => `全年共办理行政复议案件${m}件，代理行政应诉案件${m}件。`,
      ],
      { minLength: 1 },
    ),
    year: fc.integer({ min: 2009, max: 2018 }),
  })
  .map(({ granted, partial, denied, other, numerals, countFirst, distractors, year }) => {
    const n = granted + partial + denied;
    const num = (x: number) => (numerals ? chinese(x) : String(x));
    const apps = countFirst
      ? `${year}年，我局共收到${num(n)}件政府信息公开申请，比上年的${other}件有所变化。`
      : `${year}年，我局共受理政府信息公开申请${num(n)}件，比上年的${other}件有所变化。`;
    const kinds = countFirst
      ? `其中${num(granted)}件同意公开，${num(partial)}件部分公开，${num(denied)}件不予公开，均已按时答复。`
      : `已全部答复，其中同意公开${num(granted)}件，部分公开${num(partial)}件，不予公开${num(denied)}件。`;
    const lines = [
      `${year}年，我局认真贯彻《条例》，做好政府信息公开工作。`,
      distractors.map((d) => d(other)).join(""),
      `三、依申请公开政府信息情况 ${apps}${kinds}`,
    ];
    const stated = {
      "apps.new.total": n,
      "outcome.granted.total": granted,
      "outcome.partial.total": partial,
      "outcome.denied.total": denied,
    };
    return { lines, stated, year };
  });

describe("legacy narrative: other counts beside the year's", () => {
  it("reads the year's applications and answers, never a count of something else or of another period", () =>
    readsExactly(pageWithDistractors, 400));
});

/**
 * A report written over several lines, its headings numbered (三) or 3. on lines of their own: the answers on a
 * line after the applications (办理结果: / 其中,) are read as answers, and cases stated as none after their list
 * (均未发生, 情况:无, 数为零) are 0.
 */
const linedPage = fc
  .record({
    granted: fc.integer({ min: 0, max: 200 }),
    partial: fc.integer({ min: 0, max: 60 }),
    denied: fc.integer({ min: 0, max: 60 }),
    heading: fc.constantFrom(
      (k: string, w: string) => `(${k})${w}`,
      (k: string, w: string) => `${k}、${w}`,
    ),
    lead: fc.constantFrom("办理结果:", "其中,", "其中:"),
    answers: fc.constantFrom(
      (lead: string, g: number, p: number, d: number) => `${lead}同意公开${g}件,部分公开${p}件,不予公开${d}件。`,
      (lead: string, g: number, p: number, d: number) =>
        `${lead}“同意公开”${g}件,“同意部分公开”${p}件,“不予公开”${d}件。`,
      (lead: string, g: number, p: number, d: number) => `${lead}同意公开${g}宗,部分予以公开${p}宗,不予公开${d}宗。`,
    ),
    none: fc.constantFrom(
      ["本年度因政府信息公开引起的行政复议、行政诉讼均未发生。", false],
      ["行政复议、行政诉讼和申诉情况:无。", true],
      ["行政复议数为零,行政诉讼数为零,行政申诉数为零。", true],
    ),
  })
  .map(({ granted, partial, denied, heading, lead, answers, none }) => {
    const n = granted + partial + denied;
    const lines = [
      heading("二", "主动公开情况"),
      "全年主动公开政府信息120条。",
      heading("三", "依申请公开情况"),
      `本年度共接到申请人要求公开政府信息的申请${n}件。`,
      answers(lead, granted, partial, denied),
      heading("四", "行政复议、行政诉讼情况"),
      none[0] as string,
    ];
    const stated: Record<string, number> = {
      "apps.new.total": n,
      "outcome.granted.total": granted,
      "outcome.partial.total": partial,
      "outcome.denied.total": denied,
      "review.total": 0,
      "litigation.total": 0,
    };
    if (none[1]) stated["legacy.complaints"] = 0;
    return { lines, stated };
  });

describe("legacy narrative: a report over several lines", () => {
  it("reads the answers on the line after the applications, and cases stated as none", () =>
    readsExactly(linedPage, 300));
});
