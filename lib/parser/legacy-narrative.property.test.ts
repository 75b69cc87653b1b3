/**
 * Property: a legacy report's sentences, in the wordings agencies use, state some counts (the number of
 * applications, answer kinds, 复议/诉讼/申诉 as a number or in a negated list); the narrative reader returns
 * exactly the stated figures and nothing else. Answer kinds stated alone never give the number of applications,
 * and a 复议 caused by an application (未收到因政府信息公开申请提起的行政复议) says nothing about applications.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";

interface Page {
  lines: string[];
  stated: Record<string, number>;
}

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
    ),
    zero: fc.constantFrom(
      "全年未发生政府信息公开申请",
      "本年度没有公民、法人或其他组织提出政府信息公开申请",
      "本年度无依申请公开事项",
      "全年未收到政府信息公开申请",
      "本年度没有收到任何申请",
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
      lines.push(`本年度发生因政府信息公开申请提起的行政复议${cases.review}件、行政诉讼${cases.litigation}件。`);
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
  it("reads every stated figure exactly and nothing else", () => {
    fc.assert(
      fc.property(page, ({ lines, stated }) => {
        const read = Object.fromEntries(readNarrativeCounts(lines, () => false, true).map((f) => [f.key, f.value]));
        expect(read).toEqual(stated);
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });
});
