/**
 * A public enterprise's or institution's 信息公开 report (公共企事业单位信息公开: a utility, a health centre, a school):
 * its title names no 政府, yet it is an annual report read like a legacy one (index.ts TITLE_RE).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const page = (title: string, body: string) =>
  parseText(
    `标题: ${title}\n发布时间: 2017-02-10 09:00\n==================== 正文 ====================\n${title} ${body}`,
  );

describe("a public body's 信息公开 report without 政府 in its title", () => {
  it("reads a gas company's 信息公开工作年度报告 and its small table", () => {
    const got = page(
      "平潭某燃气有限公司2016年度信息公开工作年度报告",
      "本报告统计期限为2016年1月1日至2016年12月31日。一、基本情况 公司负责城区管道燃气供应。二、主动公开情况 全年公开信息40条。" +
        "三、依申请公开情况 2016年公司共收到信息公开申请3件,均已向申请人提供了相关信息。附:统计表 项目 单位 数量 " +
        "主动公开信息 条 40 收到信息公开申请 件 3 申请答复 件 3 其中:予以公开 件 3 部分公开 件 0 不予公开 件 0 报修电话 次 5210",
    );
    expect(got.error).toBeUndefined();
    expect(got.value?.values["apps.new.total"]).toBe(3);
    expect(got.value?.values["outcome.granted.total"]).toBe(3);
  });

  it("reads a school's 校务公开(信息公开)工作报告 stating no application", () => {
    const got = page(
      "平潭某中学2016年度校务公开（信息公开）工作报告",
      "一、概述 2016年,我校通过公开栏公开信息31条。二、依申请公开情况 2016年,我校未收到政府信息公开申请。" +
        "三、复议诉讼情况 我校未发生因信息公开引起的行政复议、行政诉讼。",
    );
    expect(got.error).toBeUndefined();
    expect(got.value?.values["apps.new.total"]).toBe(0);
    expect(got.value?.values["review.total"]).toBe(0);
  });
});
