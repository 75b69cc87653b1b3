/**
 * The narrative's figures that choose between readings of a glued table run: this year's only. A count of last
 * year, of a comparison or of the years since the 《条例》 must not pick a reading.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts, statedNumbers, statedRowCounts } from "./legacy-narrative";

describe("statedRowCounts", () => {
  it("takes this year's count and leaves last year's, a comparison's and a longer period's", () => {
    const prose =
      "上年度,我局受理政府信息公开申请4件。自《条例》施行以来,累计受理政府信息公开申请31件。" +
      "2014年度,我局共受理政府信息公开申请14件,较2013年的9件增加5件,其中当面申请6件。";
    expect([...statedRowCounts(prose, "legacy.apps.received")]).toEqual([14]);
    expect([...statedRowCounts(prose, "legacy.apps.received.in_person")]).toEqual([6]);
  });

  it("reads a count in Chinese numerals and leaves a negated one", () => {
    const prose = "全年收到政府信息公开申请十二件,同意公开十件。未发生行政复议1件以上的情况";
    expect([...statedRowCounts(prose, "legacy.apps.received")]).toEqual([12]);
    expect([...statedRowCounts(prose, "legacy.answers.granted")]).toEqual([10]);
    expect([...statedRowCounts(prose, "legacy.review.total")]).toEqual([]);
  });
});

describe("statedNumbers", () => {
  it("keeps this year's and the cumulative figure apart and leaves last year's", () => {
    const got = statedNumbers(
      "上年主动公开政府信息120条。2016年主动公开政府信息130条,历年累计主动公开政府信息349条",
      "主动公开政府信息",
    );
    expect({ current: [...got.current], cumulative: [...got.cumulative] }).toEqual({
      current: [130],
      cumulative: [349],
    });
  });
});

describe("readNarrativeCounts: a heading glued after a table's figures", () => {
  it("starts a sentence of its own, so last year's row before it does not make its none last year's", () => {
    const line =
      "三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)" +
      "一、本年新收政府信息公开申请数量 3100004二、上年结转政府信息公开申请数量 0000000(七)总计 3100004" +
      "四、政府信息公开行政复议、行政诉讼情况 本年度我局未发生因政府信息公开申请引起的行政复议、行政诉讼案件。";
    const read = readNarrativeCounts([line], () => false, true, 2020);
    expect(Object.fromEntries(read.filter((f) => !f.key.startsWith("apps")).map((f) => [f.key, f.value]))).toEqual({
      "review.total": 0,
      "litigation.total": 0,
    });
  });
});

describe("readNarrativeCounts: words that look like a negation of cases", () => {
  const cases = (lines: string[]) =>
    Object.fromEntries(
      readNarrativeCounts(lines, () => false, true, 2023)
        .filter((f) => /^(?:review|litigation|legacy\.complaints)/.test(f.key))
        .map((f) => [f.key, f.value]),
    );

  it("reads nothing from §四's header (尚未审结, 未经复议直接起诉 are column names)", () => {
    const header = `行政复议 行政诉讼 ${"结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3)}`.replace(
      "总计 结果维持",
      "总计 未经复议直接起诉 复议后起诉 结果维持",
    );
    expect(cases([`四、政府信息公开行政复议、行政诉讼情况 ${header}1 2 3 4 10 14 13 12 39`])).toEqual({});
  });

  it("reads a suit's path and a pending review, and no review of 0 from 未经复议", () => {
    const text =
      "四、行政复议和行政诉讼情况 被申请行政复议2件,其中维持1件,尚未审结1件;被提起行政诉讼1件(未经复议直接起诉)。";
    expect(cases([text])).toEqual({
      "review.total": 2,
      "review.upheld": 1,
      "review.pending": 1,
      "litigation.total": 1,
      "litigation_direct.total": 1,
    });
  });

  it("reads no 申诉、举报 about disclosure outside the cases' section when the sentence names disclosure", () => {
    expect(cases(["五、需要说明的事项 2017年,被提起行政诉讼0件;未收到有关政府信息公开的申诉、举报。"])).toEqual({
      "litigation.total": 0,
      "legacy.complaints": 0,
    });
    expect(cases(["五、需要说明的事项 全年未收到群众对窗口服务的投诉。"])).toEqual({});
  });
});

describe("readNarrativeCounts: whose count, and corrected counts", () => {
  const apps = (lines: string[], year = 2016) =>
    Object.fromEntries(
      readNarrativeCounts(lines, () => false, true, year)
        .filter((f) => /^(?:apps\.new|outcome)/.test(f.key))
        .map((f) => [f.key, f.value]),
    );

  it("takes the agency's own count over the whole area's quoted before it", () => {
    const text =
      "二、依申请公开情况 2016年全区共受理政府信息公开申请48件,其中各乡镇7件。" +
      "我镇全年受理依申请公开2件,1件同意公开,1件同意部分公开。";
    expect(apps([text])["apps.new.total"]).toBe(2);
    // The zone's own report: 全区 is its count, the offices' parts are not.
    const zone = "三、依申请公开政府信息情况 2015年,全区共受理政府信息公开申请46件,其中区管委会办公室受理12件。";
    expect(apps([zone], 2015)["apps.new.total"]).toBe(46);
  });

  it("counts answers that the information was already published as granted", () => {
    const text =
      "三、依申请公开办理情况 2018年,我镇共收到政府信息公开申请5件,已全部办结。经审查,所申请信息属于已主动公开范围的2件," +
      "已告知申请人获取途径;同意公开1件;不予公开2件,其中涉及商业秘密1件、涉及个人隐私1件。";
    expect(apps([text], 2018)).toEqual({
      "apps.new.total": 5,
      "outcome.granted.total": 3,
      "outcome.partial.total": 0,
      "outcome.denied.total": 2,
      "outcome.total.total": 5,
    });
  });

  it("reads a corrected passage as corrected and not the notice's quotes", () => {
    const lines = [
      "三、依申请公开政府信息情况 全年受理依申请公开5件,同意公开4件,不予公开1件。",
      "更正说明(2017年2月8日):经核实,本报告第三部分“全年受理依申请公开5件,同意公开4件,不予公开1件”有误," +
        "应为“全年受理依申请公开4件,同意公开3件,不予公开1件”,特此更正。",
    ];
    expect(apps(lines)).toEqual({
      "apps.new.total": 4,
      "outcome.granted.total": 3,
      "outcome.denied.total": 1,
      "outcome.partial.total": 0,
    });
  });
});
