/**
 * A legacy 统计表 whose stated period runs past the report's year (a first report counting to the day it was written):
 * the figures above 0 may hold the next year's part, so a finding names each; a period within the year names none.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const ROWS = (apps: number, granted: number, partial: number) =>
  `指标名称 计量单位 统计数 主动公开信息数 条 ${apps * 7} 其中:1.网站公开 条 ${apps * 7} 2.政府公报公开 条 0 ` +
  `受理依申请公开信息总数 条 ${apps} 其中:1.当面申请数 条 ${apps} 2.传真申请数 条 0 3.电子邮件申请数 条 0 ` +
  `4.网上申请数 条 0 5.信函申请数 条 0 对申请的答复总数 条 ${apps} 其中:1.同意公开答复数 条 ${granted} ` +
  `2.同意部分公开答复数 条 ${partial} 3.否决公开答复总数 条 ${apps - granted - partial} 行政复议数 件 0 ` +
  "行政诉讼数 件 0 行政申诉数 件 0";

function parse(agency: string, year: number, intro: string, caption: string, rows: string) {
  const page =
    `${agency}${year}年度政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》的规定,现公布${agency}` +
    `${year}年度政府信息公开工作年度报告。${intro}\n一、概述\n我局成立了政府信息公开工作领导小组。\n` +
    `二、依申请公开政府信息情况\n详见附表。\n${agency}\n附表:${agency}政府信息公开情况统计表${caption}\n${rows}\n`;
  const r = parseText(page).value;
  expect(r).not.toBeNull();
  const past = r!.findings.find((f) => f.message.includes("超出报告年度"));
  return { values: r!.values, keys: past?.keys ?? [] };
}

describe("a 统计表 counting past the report's year", () => {
  it("names the figures above 0 where the caption's 统计时段 ends in the next year", () => {
    const { values, keys } = parse(
      "平潭县司法局",
      2008,
      "本报告统计期限为2008年5月1日至2008年12月31日。",
      "(统计时段:2008年5月1日至2009年3月10日)",
      ROWS(3, 2, 1),
    );
    expect(values["apps.new.total"]).toBe(3);
    expect(keys).toEqual(expect.arrayContaining(["apps.new.total", "outcome.granted.total", "outcome.partial.total"]));
    // A 0 over the longer period is the year's 0 too.
    expect(keys).not.toContain("outcome.denied.total");
    expect(keys).not.toContain("review.total");
  });

  it("names them where a sentence says the table counts to the day the report was written", () => {
    const { keys } = parse(
      "某县环保局",
      2008,
      "本报告统计期限原则上为2008年5月1日至2008年12月31日;附表数据统计至本报告编制之日(2009年2月20日)。",
      "",
      ROWS(5, 4, 0),
    );
    expect(keys).toEqual(expect.arrayContaining(["apps.new.total", "outcome.granted.total"]));
    expect(keys).not.toContain("outcome.partial.total");
  });

  it("names them where the data are counted up to a date in the next year (统计截至)", () => {
    const { keys } = parse("某区教育局", 2010, "本报告数据统计截至2011年1月31日。", "", ROWS(12, 9, 2));
    expect(keys).toEqual(expect.arrayContaining(["apps.new.total", "outcome.granted.total", "outcome.partial.total"]));
  });

  it("names none where the period is the year's, or crosses New Year into the report's year", () => {
    const within = parse("某县林业局", 2012, "本报告统计期限为2012年1月1日至2012年12月31日。", "", ROWS(4, 3, 1));
    expect(within.keys).toEqual([]);
    const crossing = parse("某县水利局", 2013, "本报告统计期限为2012年12月21日至2013年12月20日。", "", ROWS(2, 2, 0));
    expect(crossing.keys).toEqual([]);
    const plan = parse(
      "某县统计局",
      2011,
      "本报告统计期限为2011年1月1日至12月31日。2012年,我局将继续统计。",
      "",
      ROWS(6, 5, 1),
    );
    expect(plan.keys).toEqual([]);
  });

  it("names none where a date of the next year follows 统计截止 in another clause (an answer due later)", () => {
    const intros = [
      "另有1件申请截至本报告统计截止日尚在法定答复期限内，将于2013年1月答复。",
      "1件申请在统计截止时仍在办理中,已于2011年2月办结。",
      "统计截止日后收到的申请;计入下一年度,2015年3月另行公布。",
    ];
    for (const [i, intro] of intros.entries()) {
      const year = [2012, 2010, 2014][i];
      expect(parse("某县公安局", year, intro, "", ROWS(5, 3, 1)).keys).toEqual([]);
    }
  });
});
