/**
 * Property: how a year's intake and its answers are told in sentences. This year's count in brackets beside last
 * year's (依申请公开件数(3件)比去年(5件)增加); the intake in parts, one referred from above, then its total; last
 * year's carried-over applications answered when none came in; the 2019 form's words in sentences (均为自然人申请,
 * 上年结转N件 / 上年无结转申请, 已办结N件, 无结转 / 结转下年度继续办理N件); a 复议 withdrawn. The reader returns
 * exactly the stated figures. (A page's ； reaches the reader as ; after normalizeText.)
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { readsExactly } from "@/test/helpers/narrative-pages";

const year = fc.integer({ min: 2009, max: 2018 });

/** This year's count in brackets, last year's after it; the answers add up, so a kind left out is 0. */
const bracketed = fc
  .record({
    granted: fc.nat({ max: 40 }),
    denied: fc.nat({ max: 9 }),
    last: fc.nat({ max: 60 }),
    wording: fc.constantFrom(
      (n: number, last: number) =>
        `今年受理的依申请公开件数（${n}件）与去年（${last}件）相比${n >= last ? "增加" : "减少"}${Math.abs(n - last)}件`,
      (n: number, last: number) => `本年度受理政府信息公开申请数（${n}件）比上年（${last}件）有所变化`,
      (n: number, last: number) =>
        `全年受理依申请公开件数（${n}件）较去年（${last}件）${n === last ? "持平" : "有所变化"}`,
    ),
    year,
  })
  .filter(({ granted, denied }) => granted + denied > 0)
  .map(({ granted, denied, last, wording, year }) => {
    const n = granted + denied;
    const lines = [
      "三、依申请公开情况",
      `${year}年，${wording(n, last)}，其中同意公开${granted}件，不予公开${denied}件。`,
      "四、行政复议和行政诉讼情况",
      `${year}年未发生。`,
    ];
    const stated = {
      "apps.new.total": n,
      "outcome.granted.total": granted,
      "outcome.partial.total": 0,
      "outcome.denied.total": denied,
      "review.total": 0,
      "litigation.total": 0,
    };
    return { lines, stated, year };
  });

/** The intake in parts (direct, referred from above), then the total; the answers add up to it. */
const intakeParts = fc
  .record({
    direct: fc.integer({ min: 1, max: 30 }),
    referred: fc.integer({ min: 1, max: 9 }),
    denied: fc.nat({ max: 5 }),
    from: fc.constantFrom("上级机关转办", "区政府办转交", "其他部门转来"),
    total: fc.constantFrom("合计", "共计", "总计"),
    year,
  })
  .filter(({ direct, referred, denied }) => denied <= direct + referred)
  .map(({ direct, referred, denied, from, total, year }) => {
    const n = direct + referred;
    const lines = [
      "三、依申请公开情况",
      `${year}年，本机关直接受理政府信息公开申请${direct}件，${from}${referred}件，${total}${n}件，` +
        `其中同意公开${n - denied}件，不予公开${denied}件。`,
    ];
    const stated = {
      "apps.new.total": n,
      "outcome.granted.total": n - denied,
      "outcome.partial.total": 0,
      "outcome.denied.total": denied,
    };
    return { lines, stated, year };
  });

/** None came in; last year's carried-over ones were answered this year, all granted. */
const carriedAnswered = fc.record({ carried: fc.integer({ min: 1, max: 6 }), year }).map(({ carried, year }) => {
  const answered = carried === 1 ? "已于今年1月答复，同意公开" : "均已于今年2月答复并同意公开";
  const lines = ["三、依申请公开情况", `今年未收到新的政府信息公开申请;上年度结转的${carried}件申请${answered}。`];
  const stated = {
    "apps.new.total": 0,
    "apps.carried_over.total": carried,
    "outcome.granted.total": carried,
    "outcome.partial.total": 0,
    "outcome.denied.total": 0,
    "outcome.total.total": carried,
  };
  return { lines, stated, year };
});

/** The 2019 form's figures told in one sentence, carried both ways or none; a 复议 upheld and one withdrawn. */
const formWords = fc
  .record({
    granted: fc.nat({ max: 50 }),
    partial: fc.nat({ max: 9 }),
    denied: fc.nat({ max: 9 }),
    unable: fc.nat({ max: 3 }),
    over: fc.nat({ max: 4 }),
    forward: fc.nat({ max: 4 }),
    upheld: fc.nat({ max: 3 }),
    withdrawn: fc.integer({ min: 1, max: 2 }),
    pending: fc.nat({ max: 2 }),
    suits: fc.integer({ min: 1, max: 3 }),
    direct: fc.boolean(),
    natural: fc.boolean(),
    doneStated: fc.boolean(),
    year,
  })
  .filter(({ granted, partial, denied, unable, over, forward }) => granted + partial + denied + unable + forward > over)
  .map((f) => {
    const { granted, partial, denied, unable, over, forward, upheld, withdrawn, pending, suits, year } = f;
    const done = granted + partial + denied + unable;
    const n = done + forward - over;
    const reviews = upheld + withdrawn + pending;
    const stated: Record<string, number> = {
      "apps.new.total": n,
      "apps.carried_over.total": over,
      "outcome.total.total": done,
      "outcome.granted.total": granted,
      "outcome.partial.total": partial,
      "outcome.denied.total": denied,
      "apps.carried_forward.total": forward,
      "review.total": reviews,
      "review.upheld": upheld,
      "review.other": withdrawn,
      "litigation.total": suits,
      [f.direct ? "litigation_direct.total" : "litigation_after_review.total"]: suits,
    };
    if (pending > 0) stated["review.pending"] = pending;
    if (f.natural) stated["apps.new.natural_person"] = n;
    // Without 已办结N件 the answers' total is their sum, the form's balance (new + carried over = answered + left).
    const answers = `予以公开${granted}件，部分公开${partial}件，不予公开${denied}件，本机关不掌握相关政府信息${unable}件`;
    const lines = [
      "三、收到和处理政府信息公开申请情况",
      `全年共新收政府信息公开申请${n}件，${f.natural ? "均为自然人申请，" : ""}` +
        `${over > 0 ? `上年结转${over}件` : "上年无结转申请"};` +
        `${f.doneStated ? `已办结${done}件，其中` : "办理结果："}${answers}，` +
        `${forward > 0 ? `结转下年度继续办理${forward}件` : "无结转"}。`,
      "四、政府信息公开行政复议、行政诉讼情况",
      `${year}年，因政府信息公开申请行政复议${reviews}件，经复议，` +
        `${upheld}件维持原答复，${withdrawn}件申请人撤回复议申请${pending > 0 ? `，尚未审结${pending}件` : ""}。` +
        `被提起行政诉讼${suits}件${f.direct ? "（未经复议直接起诉）" : "，均为经复议后起诉"}。`,
    ];
    return { lines, stated, year };
  });

/**
 * Answers told as differences or rests (除N件…不予公开外; 同意公开和部分公开共N件(部分公开M件); 其余均…不予公开), a
 * count that held last year's (办理N件,其中上年结转M件), applicants and their applications (5名申请人…提出申请8件),
 * counts in 起, kinds said not to occur; 复议/诉讼 counted but said not to be about disclosure (均…与政府信息公开无关;
 * …;其中因政府信息公开申请引起的没有), which are 0, and a 举报 about a 公开栏 not updated (未及时更新).
 */
const differences = fc
  .record({
    granted: fc.integer({ min: 1, max: 30 }),
    partial: fc.nat({ max: 6 }),
    denied: fc.integer({ min: 1, max: 6 }),
    held: fc.nat({ max: 4 }),
    persons: fc.integer({ min: 1, max: 9 }),
    cases: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 9 })),
    complaints: fc.integer({ min: 1, max: 3 }),
    wording: fc.nat({ max: 3 }),
    caseWording: fc.nat({ max: 1 }),
    year,
  })
  .map(({ granted, partial, denied, held, persons, cases, complaints, wording, caseWording, year }) => {
    const n = granted + partial + denied;
    const answers = { "outcome.granted.total": granted, "outcome.partial.total": partial };
    const stated: Record<string, number> = { "apps.new.total": n, ...answers, "outcome.denied.total": denied };
    Object.assign(stated, { "review.total": 0, "litigation.total": 0, "legacy.complaints": complaints });
    let apps: string;
    if (wording === 0) {
      apps =
        `${year}年我局共收到政府信息公开申请${n}件，除${denied}件因涉及商业秘密不予公开外，其余均已答复，` +
        `其中同意公开和部分公开共${granted + partial}件（部分公开${partial}件）。`;
    } else if (wording === 1) {
      apps = `${year}年，共有${persons}名申请人向我局提出政府信息公开申请${n}起，同意公开${granted}起，部分公开${partial}起，不予公开${denied}起。`;
    } else if (wording === 2) {
      stated["apps.carried_over.total"] = held;
      apps =
        `${year}年我局共办理政府信息公开申请${n + held}件，其中上年结转${held}件。` +
        `同意公开${granted}件，部分公开${partial}件，不予公开${denied}件。`;
    } else {
      // The rest refused: the granted and partly granted counted, the refusals only as the rest.
      apps =
        `${year}年我局受理政府信息公开申请${n}件：${granted}件予以公开，${partial}件部分公开，` +
        "其余均因涉及第三方个人信息，不予公开。";
    }
    const [review, suits] = cases;
    const notOurs =
      caseWording === 0
        ? `${year}年，我局被申请行政复议${review}件、被提起行政诉讼${suits}件，均为申请人对行政许可决定不服，与政府信息公开无关。`
        : `${year}年，我局执法工作中被申请行政复议${review}件，被提起行政诉讼${suits}件，均在办理中；其中因政府信息公开申请引起的没有。`;
    const lines = [
      "三、依申请公开情况",
      apps,
      "四、复议、诉讼和举报情况",
      notOurs,
      `收到群众对我局公开栏未及时更新信息的举报${complaints}件，已整改。`,
    ];
    return { lines: lines.map((l) => l.replaceAll("；", ";")), stated, year };
  });

/** The one application partly granted, its kind said at the end; or all granted, the other kinds said not to occur. */
const kindsInWords = fc
  .record({ n: fc.integer({ min: 2, max: 30 }), partial: fc.boolean(), year })
  .map(({ n, partial, year }) => {
    const sentence = partial
      ? `${year}年，我乡收到政府信息公开申请1件，申请人要求公开本村土地征收补偿明细，我乡公开了补偿标准，` +
        "涉及个人的明细未予公开，属部分公开。"
      : `${year}年我局共受理政府信息公开申请${n}件，均在法定期限内作出答复，全部予以公开，不存在部分公开或不予公开的情况。`;
    const stated = {
      "apps.new.total": partial ? 1 : n,
      "outcome.granted.total": partial ? 0 : n,
      "outcome.partial.total": partial ? 1 : 0,
      "outcome.denied.total": 0,
    };
    return { lines: ["三、依申请公开政府信息情况", sentence], stated, year };
  });

/** Reviews told one by one after their count and a colon: each way counted, the ways not named 0. */
const reviewItems = fc
  .record({
    ways: fc.array(fc.constantFrom(0, 1, 2, 3), { minLength: 1, maxLength: 4 }),
    unit: fc.constantFrom("件", "起"),
    year,
  })
  .map(({ ways, unit, year }) => {
    const told = [
      `1${unit}经区管委会复议维持原答复`,
      `1${unit}被复议机关以答复不完整为由撤销，责令重新答复`,
      `1${unit}申请人主动撤回复议申请`,
      `另1${unit}复议机关尚未作出决定`,
    ];
    const keys = ["review.upheld", "review.corrected", "review.other", "review.pending"];
    const stated: Record<string, number> = { "review.total": ways.length };
    for (const key of keys) stated[key] = ways.filter((w) => keys[w] === key).length;
    const lines = [
      "四、行政复议和行政诉讼情况",
      `${year}年，因政府信息公开答复引发行政复议${ways.length}${unit}:${ways.map((w) => told[w]).join(";")}。`,
    ];
    return { lines, stated, year };
  });

/** A review counted beside a suit, its end told after in a clause of its own; or told one by one, one then sued. */
const reviewBesideSuit = fc
  .record({ r: fc.integer({ min: 1, max: 4 }), l: fc.integer({ min: 1, max: 4 }), items: fc.boolean(), year })
  .map(({ r, l, items, year }) => {
    const stated: Record<string, number> = { "review.total": r, "review.upheld": r, "litigation.total": l };
    let text = `${year}年，因政府信息公开引起行政复议${r}件、行政诉讼${l}件，均为同一申请人先后提起，复议维持，诉讼尚在审理。`;
    if (items) {
      Object.assign(stated, {
        "review.total": 2,
        "review.upheld": 1,
        "review.corrected": 0,
        "review.other": 0,
        "review.pending": 1,
        "litigation_after_review.total": 1,
      });
      delete stated["litigation.total"];
      text =
        `${year}年度，申请人对我局的答复不服，申请行政复议2件:1件经复议维持后，申请人又向区人民法院提起行政诉讼，` +
        "法院尚未判决;另1件复议机关尚未作出复议决定。";
    }
    return { lines: ["四、行政复议和行政诉讼情况", text], stated, year };
  });

/** Two years' counts told 分别 in the years' order: the report year's is the one in its place. */
const twoYears = fc
  .record({ a: fc.nat({ max: 60 }), b: fc.nat({ max: 60 }), first: fc.boolean(), year })
  .map(({ a, b, first, year }) => {
    const years = first ? [year, year + 1] : [year - 1, year];
    const lines = [
      "三、依申请公开政府信息情况",
      `${years[0]}年和${years[1]}年，我镇分别受理政府信息公开申请${a}件和${b}件。`,
    ];
    return { lines, stated: { "apps.new.total": first ? a : b }, year };
  });

describe("legacy narrative: intake and answers told in sentences", () => {
  it("reads the report year's count among two years' told 分别", () => readsExactly(twoYears, 100));
  it("reads a review's end told beside a suit, and a suit after a review", () => readsExactly(reviewBesideSuit, 60));
  it("reads reviews told one by one after a colon", () => readsExactly(reviewItems, 150));
  it("reads differences, rests and cases said not to be about disclosure", () => readsExactly(differences, 300));
  it("reads an answer kind told in words, and kinds said not to occur", () => readsExactly(kindsInWords, 60));
  it("reads this year's count in brackets, not last year's beside it", () => readsExactly(bracketed, 200));
  it("reads the total after the intake's parts, a referral being no answer", () => readsExactly(intakeParts, 200));
  it("gives last year's carried-over applications' answers when none came in", () => readsExactly(carriedAnswered, 50));
  it("reads the 2019 form's words in a sentence, the answers' total by the balance, how cases went", () =>
    readsExactly(formWords, 300));
});
