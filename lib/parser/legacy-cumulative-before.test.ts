import { describe, expect, it } from "vitest";
import { parseLegacyTable } from "./legacy-table";
import { normalizeText } from "./normalize";

/**
 * A 统计表 with this year's column, a 累计 of the years before it (2008—2011年累计) and 历年累计: this year's figure
 * may exceed the earlier years' 累计, so only 历年累计 bounds it (when the glued runs are split, and in the check).
 */
function read(header: string, rows: string) {
  const page = `平潭县某局2012年政府信息公开工作年度报告 一、概述 …… 县某局信息公开情况统计表 ${header} ${rows}`;
  const text = normalizeText(page);
  const result = parseLegacyTable(text.split("\n"), text, 2012);
  expect(result.error).toBeUndefined();
  return { values: result.value!.values, messages: result.issues.map((i) => i.message).join("\n") };
}

const ROWS =
  "主动公开信息数 条 61 148 209 受理依申请公开信息总数 件 3 0 3 对申请的答复数 件 3 0 3 " +
  "其中：1、同意公开答复数 件 2 0 2 2、同意部分公开答复数 件 1 0 1 3、否决公开答复数 件 0 0 0 " +
  "行政复议数 件 101 行政诉讼数 件 0 0 0 行政申诉、举报数 件 0 0 0";

describe("a 累计 column of the years before this one", () => {
  it("does not bound this year's figures: no '本年数大于历年累计数', and a glued run split by 历年累计", () => {
    const { values, messages } = read("指标名称 计量单位 2012年度 2008—2011年累计 历年累计", ROWS);
    expect(values["apps.new.total"]).toBe(3);
    expect(values["outcome.granted.total"]).toBe(2);
    expect(values["review.total"]).toBe(1);
    expect(messages).not.toContain("本年数大于历年累计数");
  });

  it("still bounds this year's figure by a 累计 that runs through this year", () => {
    const rows =
      "主动公开信息数 条 61 209 受理依申请公开信息总数 件 5 3 对申请的答复数 件 5 3 其中：1、同意公开答复数 件 5 3 " +
      "2、同意部分公开答复数 件 0 0 3、否决公开答复数 件 0 0 行政复议数 件 0 0 行政诉讼数 件 0 0 行政申诉、举报数 件 0 0";
    const { messages } = read("指标名称 计量单位 2012年度 截至2012年底累计", rows);
    expect(messages).toContain("本年数大于历年累计数");
  });
});
