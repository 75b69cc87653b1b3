/**
 * Legacy (2008–2018) sentences beside a small table of bare figures printed among them (项目 2016年 收到申请数 12 …
 * 同意公开 9): the table is another body's, a wider area's or a part of the year's where the words around it say so,
 * and the agency's sentence is its count; where nothing tells and the two differ, the kind is left blank with a
 * finding naming it.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { narrativeFinding, readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (text: string, year = 2014) => {
  const got = readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, year);
  return { values: Object.fromEntries(got.map((f) => [f.key, f.value])), withheld: got.withheld ?? [] };
};

describe("readNarrativeCounts: a small table among the sentences", () => {
  it("reads the agency's sentence, not a county's table introduced as the whole county's", () => {
    const { values } = read(
      "三、依申请公开情况\n附：全县2013年依申请公开汇总 指标 2013年 受理申请总数 52 答复总数 52 同意公开 30 " +
        "同意部分公开 6 不予公开 16 。本局2013年共受理政府信息公开申请5件，同意公开3件，同意部分公开1件，不予公开1件。",
      2013,
    );
    expect(values).toMatchObject({
      "outcome.granted.total": 3,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
  });

  it("takes a note after the table (以上数据为全市各部门合计) as its scope", () => {
    const { values, withheld } = read(
      "二、依申请公开政府信息情况 2011年度，统计项目 2011年 收到申请数 75 对申请的答复总数 75 同意公开 41 " +
        "不予公开 34（以上数据为全市各部门合计）。2011年共受理政府信息公开申请7件，同意公开6件，不予公开1件。",
      2011,
    );
    expect(values).toMatchObject({ "outcome.granted.total": 6, "outcome.denied.total": 1 });
    expect(withheld).toEqual([]);
  });

  it("reads no figure of a table a named other body heads, nor of a part of the year's or the next year's", () => {
    const page = (lead: string, column: string) =>
      "标题: 福清市卫生局2016年政府信息公开工作年度报告\n" +
      `三、依申请公开情况 2016年共受理政府信息公开申请4件，同意公开2件，不予公开2件。${lead} 项目 ${column} ` +
      "收到申请数 12 对申请的答复总数 12 同意公开 9 同意部分公开 1 不予公开 2 。";
    for (const [lead, column] of [
      ["福清市住房和城乡建设局：", "2016年"],
      ["第三季度办理情况：", "2016年"],
      ["附表", "2016年7-9月"],
      ["次年情况：", "2017年1月"],
    ]) {
      const { values } = read(page(lead, column), 2016);
      expect(values["outcome.granted.total"], lead).toBe(2);
      expect(values["outcome.denied.total"], lead).toBe(2);
      // (The sentence's answers add up to its 4 applications: none partly granted, not the table's 1.)
      expect(values["outcome.partial.total"], lead).toBe(0);
    }
  });

  it("leaves a kind blank with a finding where a table nothing scopes counts it otherwise", () => {
    const { values, withheld } = read(
      "四、依申请公开办理情况 2015年，事项 2015年 收到申请数 31 对申请的答复总数 31 同意公开 20 同意部分公开 3 " +
        "不予公开 8 （资料来源：市政务公开办）。 2015年我所共受理政府信息公开申请6件，同意公开4件，同意部分公开" +
        "1件，不予公开1件。",
      2015,
    );
    expect(values["outcome.granted.total"]).toBeUndefined();
    expect(values["outcome.denied.total"]).toBeUndefined();
    expect(withheld.map((w) => w.key).sort()).toEqual([
      "outcome.denied.total",
      "outcome.granted.total",
      "outcome.partial.total",
    ]);
  });

  it("quotes the sentence in the page's words where it spells its counts (陆件, 肆件)", () => {
    const { withheld } = read(
      "三、依申请公开情况 项目 2014年 收到申请数 27 对申请的答复总数 27 同意公开 19 不予公开 8 。" +
        "2014年本站共受理政府信息公开申请陆件，同意公开肆件，不予公开贰件。",
    );
    const granted = withheld.find((w) => w.key === "outcome.granted.total");
    expect(granted?.message).toContain("同意公开肆件");
    expect(granted?.message).not.toMatch(/[「,，]同意公开4件/);
    expect(granted?.message).toContain("同意公开 19");
  });

  it("still reads a table nothing scopes where the sentences count none of its kinds", () => {
    const { values, withheld } = read(
      "三、依申请公开情况 项目 2012年 收到申请数 3 对申请的答复总数 3 同意公开 2 不予公开 1 。全年未发生行政复议。",
      2012,
    );
    expect(values).toMatchObject({ "outcome.granted.total": 2, "outcome.denied.total": 1 });
    expect(withheld).toEqual([]);
  });

  it("reads a table headed with the whole year's span (1-12月, 截至12月31日), or after a channel's count", () => {
    for (const lead of [
      "2016年1-12月办理情况：",
      "截至2016年12月31日，办理情况：",
      "2016年受理申请5件。其中网上申请3件。",
    ]) {
      const { values } = read(
        `三、依申请公开情况 ${lead}项目 2016年 收到申请数 5 对申请的答复总数 5 同意公开 3 同意部分公开 1 不予公开 1 。`,
        2016,
      );
      expect(values, lead).toMatchObject({
        "outcome.granted.total": 3,
        "outcome.partial.total": 1,
        "outcome.denied.total": 1,
      });
    }
  });

  it("says the table is the agency's own where its heading names it, when leaving a kind blank", () => {
    const { withheld } = read(
      "三、依申请公开情况 本局2013年办理情况 类别 2013年 收到申请数 4 对申请的答复总数 4 同意公开 3 不予公开 1 。" +
        "2013年共受理政府信息公开申请4件，同意公开2件，不予公开2件。",
      2013,
    );
    expect(withheld.map((w) => w.key).sort()).toEqual(["outcome.denied.total", "outcome.granted.total"]);
    expect(withheld[0].message).toContain("本机关的小表");
  });

  it("names the kinds left blank in a warning on the parsed page", () => {
    const page =
      "标题: 长乐市统计局2015年政府信息公开工作年度报告\n一、概述\n本报告由长乐市统计局编制。\n" +
      "三、依申请公开情况 内容 2015年 收到申请数 40 对申请的答复总数 40 同意公开 25 同意部分公开 5 不予公开 10 。" +
      "2015年共受理政府信息公开申请8件，同意公开5件，同意部分公开2件，不予公开1件。\n" +
      "四、因政府信息公开申请行政复议、提起行政诉讼的情况 无。\n五、政府信息公开情况统计表 附件下载";
    const parsed = parseText(page).value;
    expect(parsed?.values["outcome.granted.total"]).toBeUndefined();
    const finding = parsed?.findings.find((f) => f.keys.includes("outcome.granted.total"));
    expect(finding?.severity).toBe("warning");
    expect(finding?.message).toContain("25");
  });
});

describe("narrativeFinding: an applications count with the carried-over ones inside it", () => {
  const at = (raw: string, value: number) => ({ key: "apps.new.total", value, source: { line: 4, raw } });

  it("warns, naming the 结转 part, where the count read still holds it (a year named, not 上年)", () => {
    const f = narrativeFinding(at("全年共办理政府信息公开申请9件(含2019年结转2件),均已办结", 9));
    expect(f.rule).toBe("N2");
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("含2019年结转2件");
  });

  it("stays the P4 info where the carried ones were taken off, or none were carried", () => {
    expect(narrativeFinding(at("全年共受理申请5件(含上年结转2件)", 3)).rule).toBe("P4");
    expect(narrativeFinding(at("全年共受理申请5件(含上年结转0件)", 5)).rule).toBe("P4");
  });
});
