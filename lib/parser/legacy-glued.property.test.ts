/**
 * Property: a 2013–2018 zone form (one line, unit and next row's ordinal glued to the values, 本年 | 累计) filled
 * with random figures that keep the table's sums, printed glued or with the cells half apart, reads every scored
 * figure exactly or with a finding naming it, never a wrong number without one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

interface Figures {
  year: number;
  active: [number, number];
  apps: [number, number];
  channels: number[];
  answers: number[];
  review: [number, number];
  litigation: [number, number];
}

/** `total` spread over `parts` cells by the given cuts (cuts are fractions, sorted). */
function spread(total: number, cuts: number[]): number[] {
  const marks = [0, ...cuts.map((c) => Math.floor(c * total)).sort((a, b) => a - b), total];
  return marks.slice(1).map((m, i) => m - marks[i]);
}

const figures = fc
  .record({
    year: fc.integer({ min: 2013, max: 2018 }),
    active: fc.integer({ min: 0, max: 900 }),
    activeMore: fc.integer({ min: 0, max: 3000 }),
    apps: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
    appsMore: fc.integer({ min: 0, max: 60 }),
    channelCuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
    answerCuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    review: fc.integer({ min: 0, max: 2 }),
    reviewMore: fc.integer({ min: 0, max: 3 }),
    litigation: fc.integer({ min: 0, max: 1 }),
    litigationMore: fc.integer({ min: 0, max: 2 }),
  })
  .map(
    (f): Figures => ({
      year: f.year,
      active: [f.active, f.active + f.activeMore],
      apps: [f.apps, f.apps + f.appsMore],
      channels: spread(f.apps, f.channelCuts),
      answers: spread(f.apps, f.answerCuts),
      review: [f.review, f.review + f.reviewMore],
      litigation: [f.litigation, f.litigation + f.litigationMore],
    }),
  );

/** The printed page; 累计 of the parts: the first part carries all of the total's extra. */
function page(f: Figures, spaced: boolean, ordinal: "." | "、"): string {
  const sep = spaced ? " " : "";
  const cell = (unit: string, now: number, all: number) => `${unit}${sep}${now}${sep}${all}`;
  const part = (values: number[], i: number) =>
    cell("条", values[i], values[i] + (i === 0 ? f.apps[1] - f.apps[0] : 0));
  const n = (i: number) => `${i}${ordinal}`;
  return (
    `某县某局${f.year}年度政府信息公开工作年度报告 一、概述 ${f.year}年我局做好政府信息公开工作。 七、附表` +
    `指标名称计量单位${f.year}年度历年累计主动公开文件数${cell("条", ...f.active)}其中：${n(1)}政府网站公开数` +
    `${cell("条", ...f.active)}${n(2)}政府公报公开数条00受理政府信息公开申请总数${cell("条", ...f.apps)}其中：` +
    `${n(1)}当面申请数${part(f.channels, 0)}${n(2)}网上申请数${part(f.channels, 1)}${n(3)}信函、传真申请数` +
    `${part(f.channels, 2)}对申请的答复总数${cell("条", ...f.apps)}其中：${n(1)}同意公开答复数${part(f.answers, 0)}` +
    `${n(2)}同意部分公开答复数${part(f.answers, 1)}${n(3)}不予公开答复数${part(f.answers, 2)}${n(4)}其他类型答复数` +
    `${part(f.answers, 3)}接受行政申诉、举报数件00行政复议数${cell("件", ...f.review)}行政诉讼数${cell("件", ...f.litigation)}`
  );
}

/** Counts the figures of `want` read exactly; any other figure read must be one a finding in `named` names. */
function tally(
  values: Record<string, number>,
  want: Record<string, number>,
  named: Set<string>,
  count: { exact: number; total: number },
): void {
  for (const [key, value] of Object.entries(want)) {
    count.total++;
    if (values[key] === value) count.exact++;
    else if (values[key] !== undefined) expect(named.has(key), `${key} read ${values[key]}, not ${value}`).toBe(true);
  }
}

describe("glued zone forms with random figures", () => {
  it("reads every scored figure exactly or names it in a finding", () => {
    const count = { exact: 0, total: 0 };
    fc.assert(
      fc.property(figures, fc.boolean(), fc.constantFrom<"." | "、">(".", "、"), (f, spaced, ordinal) => {
        const report = parseText(page(f, spaced, ordinal)).value!;
        const want: Record<string, number> = {
          "apps.new.total": f.apps[0],
          "outcome.granted.total": f.answers[0],
          "outcome.partial.total": f.answers[1],
          "outcome.denied.total": f.answers[2],
          "review.total": f.review[0],
          "litigation.total": f.litigation[0],
          "legacy.complaints": 0,
        };
        tally(report.values, want, new Set(report.findings.flatMap((x) => x.keys)), count);
      }),
      { numRuns: 150, seed: 8 },
    );
    // The sums decide nearly every split; what they leave open is blank, not guessed.
    expect(count.exact / count.total).toBeGreaterThan(0.95);
  });
});

describe("glued 主动公开 rows beside a sentence that states a figure", () => {
  it("never reads 网站 / 政府公报 wrong without a finding, whatever number the sentence states", () => {
    const arb = fc.record({
      website: fc.integer({ min: 0, max: 700 }),
      gazette: fc.integer({ min: 0, max: 60 }),
      websiteMore: fc.integer({ min: 0, max: 2000 }),
      gazetteMore: fc.integer({ min: 0, max: 200 }),
      stated: fc.integer({ min: 0, max: 900 }),
      sentence: fc.constantFrom("本年度主动公开政府信息", "其他应主动公开的信息", "通过网站主动公开政府信息"),
    });
    fc.assert(
      fc.property(arb, (f) => {
        const now = [f.website, f.gazette];
        const all = [f.website + f.websiteMore, f.gazette + f.gazetteMore];
        const text =
          `某区某局2014年度政府信息公开工作年度报告 一、概述 2014年,${f.sentence}${f.stated}条。 附表 ` +
          `指标名称计量单位2014年度历年累计主动公开信息数条${now[0] + now[1]}${all[0] + all[1]}其中：1、网站公开条` +
          `${now[0]}${all[0]}2、政府公报公开条${now[1]}${all[1]}受理依申请公开信息总数条00行政复议数件00`;
        const report = parseText(text).value!;
        const named = new Set(report.findings.flatMap((x) => x.keys));
        const want = {
          "legacy.active.total": now[0] + now[1],
          "legacy.active.website": now[0],
          "legacy.active.gazette": now[1],
        };
        for (const [key, value] of Object.entries(want)) {
          const got = report.values[key];
          if (got !== undefined && got !== value) expect(named.has(key), `${key} read ${got}, not ${value}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe("a glued two-column table whose every number touches its unit, no run showing two cells apart", () => {
  it("splits the runs by the sums instead of reading each run as this year's one number", () => {
    // Every cell at least 1, so no run starts with 0 ("03" would show two cells glued): only the sums can tell.
    const arb = fc.record({
      year: fc.integer({ min: 2010, max: 2017 }),
      active: fc.integer({ min: 10, max: 900 }),
      activeMore: fc.integer({ min: 1, max: 3000 }),
      answerCuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      apps: fc.integer({ min: 0, max: 40 }),
      more: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 }),
    });
    const count = { exact: 0, total: 0 };
    fc.assert(
      fc.property(arb, (f) => {
        const now = spread(f.apps, f.answerCuts).map((n) => n + 1);
        const all = now.map((n, i) => n + f.more[i]);
        const sum = (cells: number[]) => cells.reduce((a, b) => a + b, 0);
        const run = (a: number, b: number) => `条${a}${b}`;
        const apps = run(sum(now), sum(all));
        const text =
          `某局${f.year}年度政府信息公开工作年度报告 一、概述${f.year}年,我局推进政务公开。四、附表指标名称计量单位` +
          `${f.year}年度历年累计主动公开文件数${run(f.active, f.active + f.activeMore)}受理政府信息公开申请总数` +
          `${apps}对申请的答复总数${apps}其中：1.同意公开答复数${run(now[0], all[0])}2.同意部分公开答复数` +
          `${run(now[1], all[1])}3.不予公开答复数${run(now[2], all[2])}4.其他类型答复数${run(now[3], all[3])}` +
          "五、需要说明的事项 无。";
        const report = parseText(text).value!;
        const warned = new Set(report.findings.filter((x) => x.severity !== "info").flatMap((x) => x.keys));
        const want = {
          "apps.new.total": sum(now),
          "outcome.granted.total": now[0],
          "outcome.partial.total": now[1],
          "outcome.denied.total": now[2],
        };
        tally(report.values, want, warned, count);
      }),
      { numRuns: 150, seed: 11 },
    );
    // The application row is bound by no sum here: where its run splits two ways it is blank, not guessed.
    expect(count.exact / count.total).toBeGreaterThan(0.75);
  });
});
