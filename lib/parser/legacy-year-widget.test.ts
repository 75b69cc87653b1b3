import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";

/**
 * A site's 年报查询 widget (选择年度: 2008年 2009年 … 查询) printed right after a legacy 统计表's last row: its 年 is no
 * signature date glued to the row, so the last row (行政申诉、举报数) is read.
 */
describe("a 年报查询 widget after the 统计表's last row", () => {
  it.each([
    ["平潭县物价局", 2012, "件00 年报查询 选择年度： 2008年 2009年 2010年 2011年 2012年（当前） 查询 附件下载", 0],
    ["平潭县档案局", 2010, "件 1 3 年报查询 选择年度： 2009年 2010年（当前） 2011年 查询", 1],
    ["平潭县侨办", 2014, "件2 5 年报查询：2012年 2013年 2014年", 2],
  ])("%s %i", async (agency, year, lastRow, complaints) => {
    const table =
      "指标名称计量单位本年度历年累计主动公开信息数条3171受理依申请公开信息总数条25其中：1、当面申请数条132、" +
      "网上申请数条12对申请的答复总数条25其中：1、同意公开答复数条142、同意部分公开答复数条113、否决公开答复数条00" +
      `行政复议数件01行政诉讼数件00行政申诉、举报数${lastRow}`;
    const page =
      `标题: ${agency}${year}年政府信息公开工作年度报告\n==================== 正文 ====================\n` +
      `一、概述 我局认真贯彻《条例》。 附件：${agency}政府信息公开情况统计表 ${table}\n`;
    const report = (await parseDocument(new TextEncoder().encode(page), "page.txt")).value!;
    expect(report.values["legacy.complaints"]).toBe(complaints);
    expect(report.values["apps.new.total"]).toBe(2);
    expect(report.values["review.total"]).toBe(0);
  });
});
