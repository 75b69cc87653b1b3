/**
 * Property: classes of sentences rather than single wordings. A count tied to the year's applications however the
 * noun is written (新收, 公开申请, 申请事项N项, 申请…的共有N件, a row's name and a colon, the count in the clause
 * after one that named them, a bracket between), or none (要求公开政府信息; 全年未受理 under its heading); kinds
 * listed then counted 分别 in order, bare 公开 among the answers; cases counted after 为 or a colon, without 行政 or
 * named after 零, 举报 in a sentence of its own under the cases heading. The reader returns exactly the stated
 * figures; lists of other things (咨询、信访分别为…), two years counted 分别 and other counts beside them give nothing.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { readsExactly } from "@/test/helpers/narrative-pages";

const count = fc.integer({ min: 0, max: 480 });

const appsWording = fc.constantFrom(
  (n: number) => `报告期内，我局共新收政府信息公开申请${n}件。`,
  (n: number) => `政府信息公开申请数：${n}件。`,
  (n: number) => `一年来，我局共受理群众提出的公开申请${n}件。`,
  (n: number) => `本年度受理申请人提出的政府信息公开申请事项${n}项。`,
  (n: number) => `申请人通过网络向我局申请公开政府信息的共有${n}件。`,
  (n: number) => `本年度我局受理政府信息公开申请数量较上年有所增加，全年共计${n}件。`,
  (n: number) => `本年度，我局政府信息公开申请共受理${n}件。`,
  (n: number) => `本年度我局依申请公开的数量为${n}件。`,
  (n: number) => `本年度我局受理政府信息公开申请（含网上申请、信函申请）${n}件。`,
);
/** No application, in words a heading alone on the line before makes clear. */
const appsNone = fc.constantFrom("本年度没有公民、法人或其他组织要求我局公开政府信息。", "全年未受理。");

const answersWording = fc.constantFrom(
  (g: number, p: number, d: number) => `其中同意公开、部分公开、不予公开的分别为${g}件、${p}件、${d}件。`,
  (g: number, p: number, d: number) => `对上述申请，已公开${g}件，部分公开${p}件，不予公开${d}件。`,
  (g: number, p: number, d: number) => `其中${g}件已答复同意公开，${p}件部分公开，${d}件不予公开。`,
  (g: number, p: number, d: number) => `答复结果为：予以提供${g}件，部分提供${p}件，不予提供${d}件。`,
  (g: number, p: number, d: number) => `均已按期办结，其中公开${g}件、部分公开${p}件、不公开${d}件。`,
);

const casesWording = fc.constantFrom(
  (r: number, l: number) => `我局因政府信息公开被申请行政复议案件为${r}件，行政诉讼案件为${l}件。`,
  (r: number, l: number) => `行政复议数：${r}件；行政诉讼数：${l}件。`,
  (r: number, l: number) => `因我局政府信息公开引起的行政复议、行政诉讼分别为${r}件和${l}件。`,
  (r: number, l: number) => `本年度，因政府信息公开申请引发复议案件${r}件，诉讼案件${l}件。`,
);

const distractors = fc.subarray(
  [
    (m: number) => `全年接受群众咨询${m}人次，咨询、信访分别为${m}件、${m + 1}件。`,
    (m: number) => `上年度，我局受理政府信息公开申请${m}件。`,
    (m: number) => `全年受理群众咨询较上年有所增加，全年共计${m}件。`,
    (m: number) => `全年主动公开政府信息${m}条，其中文件、动态分别为${m}条、${m}条。`,
    (m: number) => `2007年和2008年，我局分别受理政府信息公开申请${m}件和${m + 1}件。`,
  ],
  { minLength: 0 },
);

const page = fc
  .record({
    apps: fc.option(fc.oneof(fc.record({ n: fc.integer({ min: 1, max: 480 }), wording: appsWording }), appsNone)),
    answers: fc.option(fc.record({ g: count, p: count, d: count, wording: answersWording })),
    cases: fc.oneof(
      fc.record({
        r: count.map((n) => n % 5),
        l: count.map((n) => n % 4),
        wording: casesWording,
        complaints: fc.option(count.map((n) => n % 3)),
      }),
      fc.constantFrom(
        "本年度我局政府信息公开工作零复议、零诉讼。",
        "本年度政府信息公开工作零投诉、零复议、零诉讼。",
        "全年未发生。",
      ),
    ),
    other: fc.integer({ min: 1, max: 900 }),
    distractors,
    year: fc.integer({ min: 2009, max: 2018 }),
  })
  .map(({ apps, answers, cases, other, distractors, year }) => {
    const stated: Record<string, number> = {};
    const lines = ["一、概述", `${year}年，我局认真贯彻《条例》。`, distractors.map((d) => d(other)).join("")];
    lines.push("三、依申请公开政府信息情况");
    if (typeof apps === "string") {
      lines.push(apps);
      stated["apps.new.total"] = 0;
    } else if (apps) {
      lines.push(apps.wording(apps.n));
      stated["apps.new.total"] = apps.n;
    }
    if (answers) {
      lines.push(answers.wording(answers.g, answers.p, answers.d));
      Object.assign(stated, {
        "outcome.granted.total": answers.g,
        "outcome.partial.total": answers.p,
        "outcome.denied.total": answers.d,
      });
    }
    lines.push("四、因政府信息公开申请行政复议、提起行政诉讼的情况");
    if (typeof cases === "string") {
      lines.push(cases);
      Object.assign(stated, { "review.total": 0, "litigation.total": 0 });
      if (cases.includes("投诉")) stated["legacy.complaints"] = 0;
    } else {
      lines.push(cases.wording(cases.r, cases.l));
      Object.assign(stated, { "review.total": cases.r, "litigation.total": cases.l });
      if (cases.complaints !== null) {
        // A sentence of its own under the cases heading: the 举报 are about disclosure.
        lines.push(`收到涉及政府信息公开的举报${cases.complaints}件，已调查处理。`);
        stated["legacy.complaints"] = cases.complaints;
      }
    }
    return { lines, stated, year };
  });

describe("legacy narrative: classes of sentences", () => {
  it("reads the stated figures of every class exactly, and nothing of the other things beside them", () =>
    readsExactly(page, 400));
});

/**
 * Answer kinds a sentence leaves out are 0 when the named ones and the other answers (告知…, 撤回) add up to the
 * year's applications, and stay blank when they do not. Applications carried over (含上年结转N件 inside the count,
 * or apart) and left for next year, how 复议 ended, 各N件, channels without a total, a sentence broken over lines.
 */
const sums = fc
  .record({
    /** Granted, denied and answers of other kinds (告知非本机关政府信息). */
    answered: fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 20 }), fc.nat({ max: 5 })),
    /** Applications the answers do not account for (still being handled): the left-out kind stays blank. */
    open: fc.integer({ min: 0, max: 3 }),
    carriedIn: fc.boolean(),
    carriedOver: fc.integer({ min: 1, max: 4 }),
    review: fc.integer({ min: 1, max: 5 }).chain((r) => fc.record({ r: fc.constant(r), upheld: fc.nat({ max: r }) })),
    each: fc.nat({ max: 3 }),
    broken: fc.boolean(),
    year: fc.integer({ min: 2009, max: 2018 }),
  })
  .filter(({ answered, open }) => answered[0] + answered[1] + answered[2] + open > 0)
  .map(({ answered: [granted, denied, other], open, carriedIn, carriedOver, review, each, broken, year }) => {
    const n = granted + denied + other + open;
    const stated: Record<string, number> = {
      "apps.new.total": n,
      "apps.carried_over.total": carriedOver,
      "outcome.granted.total": granted,
      "outcome.denied.total": denied,
      "review.total": review.r,
      "review.upheld": review.upheld,
      "litigation.total": each,
      "legacy.complaints": each,
    };
    if (open === 0) stated["outcome.partial.total"] = 0;
    else stated["apps.carried_forward.total"] = open;
    const apps = carriedIn
      ? `${year}年共受理政府信息公开申请${n + carriedOver}件（含上年结转${carriedOver}件），`
      : `${year}年共受理政府信息公开申请${n}件，`;
    const answers =
      `其中同意公开${granted}件，不予公开${denied}件` +
      (other > 0 ? `，告知非本机关政府信息${other}件` : "") +
      (open > 0 ? `，另有${open}件正在办理中，结转至${year + 1}年继续办理。` : "。");
    const body = `${apps}${answers}${carriedIn ? "" : `另有上年结转申请${carriedOver}件已于今年1月办结。`}`;
    const lines = ["三、依申请公开政府信息情况"];
    // A sentence broken inside a word over two lines, as some pages print it.
    if (broken) lines.push(body.slice(0, 9), body.slice(9));
    else lines.push(body);
    lines.push(
      "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
      `${year}年，因政府信息公开申请行政复议${review.r}件，其中维持${review.upheld}件。`,
      `行政诉讼、行政申诉各${each}件。`,
    );
    return { lines, stated, year };
  });

describe("legacy narrative: kinds left out, carried applications, how cases ended", () => {
  it("reads 0 for a left-out kind only when the answers add up, and the carried and case figures", () =>
    readsExactly(sums, 300));
});

/**
 * Counts that must be added up or taken apart: parts of the year or applicants without a total (and with one),
 * a granted count holding the partly granted ones, refusals by reason, a 复议+诉讼 total before its parts, 申诉 and
 * 举报 apart; negations holding 一 (一件也没有, 一次也没有); counts printed without units. Beside them, what an
 * office guided others to handle and 举报 about something else give nothing.
 */
const parts = fc
  .record({
    g: fc.nat({ max: 40 }),
    p: fc.nat({ max: 9 }),
    d: fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 5 })),
    split: fc.nat({ max: 100 }),
    appsWording: fc.nat({ max: 4 }),
    answersWording: fc.nat({ max: 2 }),
    cases: fc.record({ r: fc.nat({ max: 4 }), l: fc.nat({ max: 4 }), wording: fc.nat({ max: 2 }) }),
    complaints: fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 3 })),
    other: fc.integer({ min: 1, max: 60 }),
    year: fc.integer({ min: 2009, max: 2018 }),
  })
  .map(({ g, p, d, split, appsWording, answersWording, cases, complaints, other, year }) => {
    const denied = d[0] + d[1];
    const n = g + p + denied;
    const a = n === 0 ? 0 : split % (n + 1);
    const stated: Record<string, number> = { "apps.new.total": n };
    const apps = [
      `上半年受理政府信息公开申请${a}件，下半年受理${n - a}件。`,
      `一季度受理政府信息公开申请${a}件，二季度${n - a}件，全年共${n}件。`,
      `全年受理自然人申请${a}件、法人或其他组织申请${n - a}件。`,
      `全年受理政府信息公开申请的数量为${n}件。`,
      n === 0 ? "全年政府信息公开申请一件也没有收到。" : `全年共受理政府信息公开申请${n}件。`,
    ][appsWording];
    if (appsWording === 2) stated["apps.new.natural_person"] = a;
    const lines = [`全年指导各乡镇办理依申请公开${other}件。`, "三、依申请公开政府信息情况", apps];
    if (n > 0) {
      lines.push(
        [
          `其中同意公开${g + p}件（含部分公开${p}件），不予公开${denied}件。`,
          `其中同意公开${g}、部分公开${p}、不予公开${denied}。`,
          `其中同意公开${g}件，部分公开${p}件；涉及国家秘密不予公开${d[0]}件，涉及个人隐私不予公开${d[1]}件。`,
        ][answersWording],
      );
      Object.assign(stated, {
        "outcome.granted.total": g,
        "outcome.partial.total": p,
        "outcome.denied.total": denied,
      });
    }
    lines.push("四、因政府信息公开申请行政复议、提起行政诉讼的情况");
    const { r, l } = cases;
    if (cases.wording === 0 || r + l === 0) {
      lines.push(
        r + l === 0
          ? "行政复议、行政诉讼一次也没有发生。"
          : `行政复议和行政诉讼共计${r + l}件，其中行政复议${r}件、行政诉讼${l}件。`,
      );
    } else {
      lines.push(`涉及政府信息公开的行政复议案件${r}例，被诉${l}件。`);
    }
    Object.assign(stated, { "review.total": r, "litigation.total": l });
    lines.push(
      `收到对我局工作人员作风问题的举报${other}件（非政府信息公开事项）。`,
      `接受有关政府信息公开的行政申诉${complaints[0]}件、举报${complaints[1]}件。`,
    );
    stated["legacy.complaints"] = complaints[0] + complaints[1];
    return { lines, stated, year };
  });

describe("legacy narrative: counts added up or taken apart", () => {
  it("reads sums of parts, differences and negations holding 一, and nothing of others' counts", () =>
    readsExactly(parts, 300));
});

/**
 * Counts a sentence qualifies: the part it means after 其中 (本年度新收, 我局受理, 涉及政府信息公开的) is the figure,
 * the rest carried over where it says so; cases it says are not about disclosure (均与政府信息公开无关, a bracket
 * 系…案件,不涉及政府信息公开) are none of the form's. The answers 均 speak of stay the whole count's.
 */
const qualified = fc
  .record({
    n: fc.integer({ min: 1, max: 300 }),
    carried: fc.integer({ min: 1, max: 9 }),
    zone: fc.integer({ min: 1, max: 900 }),
    g: fc.nat({ max: 300 }),
    r: fc.nat({ max: 5 }),
    other: fc.integer({ min: 1, max: 12 }),
    appsWording: fc.nat({ max: 2 }),
    casesWording: fc.nat({ max: 1 }),
    year: fc.integer({ min: 2009, max: 2018 }),
  })
  .map(({ n, carried, zone, g, r, other, appsWording, casesWording, year }) => {
    const all = n + carried;
    const granted = Math.min(g, n);
    const stated: Record<string, number> = { "apps.new.total": n };
    const apps = [
      `全年共办理政府信息公开申请${all}件，其中本年度新收${n}件、上年结转${carried}件，均已答复同意公开。`,
      `全年办理政府信息公开申请${all}件，其中${n}件为本年度新收，其余为上年结转；${all}件均已答复同意公开。`,
      `${year}年，全区共受理政府信息公开申请${n + zone}件，其中我局受理${n}件，同意公开${granted}件，` +
        `不予公开${n - granted}件。`,
    ][appsWording];
    if (appsWording < 2) {
      Object.assign(stated, {
        "apps.carried_over.total": carried,
        "outcome.granted.total": all,
        "outcome.partial.total": 0,
        "outcome.denied.total": 0,
      });
    } else {
      Object.assign(stated, {
        "outcome.granted.total": granted,
        "outcome.partial.total": 0,
        "outcome.denied.total": n - granted,
      });
    }
    const cases =
      casesWording === 0
        ? `全年我局被申请行政复议${r + other}件，其中涉及政府信息公开的${r}件；` +
          `作为被告的行政诉讼案件${other}件，均与政府信息公开无关。`
        : `行政复议${other}件（系价格行政处罚案件，不涉及政府信息公开）；未发生行政诉讼。`;
    Object.assign(stated, { "review.total": casesWording === 0 ? r : 0, "litigation.total": 0 });
    const lines = [
      "三、依申请公开情况",
      apps,
      "四、行政复议和行政诉讼情况",
      cases,
      `接到举报、投诉共${other}件，均不涉及政府信息公开。`,
    ];
    stated["legacy.complaints"] = 0;
    return { lines, stated, year };
  });

describe("legacy narrative: qualified counts and counts not about disclosure", () => {
  it("reads the qualified part, the rest carried, and none for cases said not to be about disclosure", () =>
    readsExactly(qualified, 300));
});
