/**
 * A small 项目 table of value columns with no 合计 (legacy-flat.ts tablesWithoutTotal): one column per quarter, per
 * half-year, per month or per office. No column is the year's: the columns add up to it only where they are the
 * whole year and nothing else; otherwise the rows stay blank with a finding, and no sentence reader takes one
 * column's figure. Beside the page's own 统计表 such a table is no row of it.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const HEAD =
  "标题: 平潭县某局2014年政府信息公开工作年度报告\n发布时间: 2015-02-10 00:00\n==================== 正文 ====================\n";
const page = (body: string) => {
  const got = parseText(
    `${HEAD}平潭县某局2014年政府信息公开工作年度报告 一、概述 2014年,我局推进公开。 ${body} 附件下载`,
  );
  expect(got.error).toBeUndefined();
  return got.value!;
};
const named = (r: ReturnType<typeof page>, key: string) => r.findings.some((f) => f.keys.includes(key));
const KINDS = ["apps.new.total", "outcome.granted.total", "outcome.partial.total", "outcome.denied.total"];

describe("a 项目 table of value columns with no 合计", () => {
  it("adds up the four quarters' columns, each figure with a note", () => {
    const r = page(
      "三、依申请公开情况 本年度受理情况见下表:项目 第一季度 第二季度 第三季度 第四季度 受理申请数 2 0 3 1 " +
        "同意公开 1 0 2 1 同意部分公开 0 0 1 0 不予公开 1 0 0 0 四、行政复议和行政诉讼 因政府信息公开申请行政复议1件。",
    );
    expect(KINDS.map((k) => r.values[k])).toEqual([6, 4, 1, 1]);
    expect(r.values["review.total"]).toBe(1);
    expect(r.findings.some((f) => f.rule === "P4" && /各季度之和/.test(f.message))).toBe(true);
  });

  it("adds up 一季度 … 四季度 and the two halves of the year", () => {
    const quarters = page(
      "依申请公开情况如下:项目 一季度 二季度 三季度 四季度 收到申请数 4 1 1 2 其中:网上申请 4 1 1 2 " +
        "对申请的答复总数 4 1 1 2 同意公开 3 1 0 2 同意部分公开 1 0 0 0 不予公开 0 0 1 0。全年未发生行政复议和行政诉讼。",
    );
    expect(KINDS.map((k) => quarters.values[k])).toEqual([8, 6, 1, 1]);
    const halves = page(
      "依申请公开办理情况:项目 上半年 下半年 收到申请数 5 7 同意公开 3 4 同意部分公开 2 1 不予公开 0 2 。",
    );
    expect(KINDS.map((k) => halves.values[k])).toEqual([12, 7, 3, 2]);
  });

  it("leaves a table per office blank with a finding naming the keys, and no column's figure is taken", () => {
    const r = page(
      "三、依申请公开情况 各科室受理情况:项目 综合股 执法股 收到申请数 3 1 同意公开 2 0 同意部分公开 1 0 " +
        "不予公开 0 1 。因政府信息公开申请提起行政诉讼1件。",
    );
    for (const k of KINDS) {
      expect(r.values[k]).toBeUndefined();
      expect(named(r, k)).toBe(true);
    }
    expect(r.values["litigation.total"]).toBe(1);
  });

  it("leaves part of the year (three quarters) or another scope (全区) blank with a finding", () => {
    const part = page(
      "依申请公开情况:项目 第一季度 第二季度 第三季度 收到申请数 1 2 0 同意公开 1 1 0 不予公开 0 1 0 。",
    );
    const area = page(
      "全区依申请公开情况如下:项目 第一季度 第二季度 第三季度 第四季度 收到申请数 9 5 6 8 同意公开 7 5 4 6 " +
        "同意部分公开 1 0 1 1 不予公开 1 0 1 1 。",
    );
    for (const r of [part, area]) {
      for (const k of ["apps.new.total", "outcome.granted.total", "outcome.denied.total"]) {
        expect(r.values[k]).toBeUndefined();
        expect(named(r, k)).toBe(true);
      }
    }
  });

  it("is no row of the page's own 统计表 printed before it, which is read alone", () => {
    const r = page(
      "六、政府信息公开情况统计表 指标名称 计量单位 本年度 主动公开政府信息数 条 40 受理政府信息公开申请数 件 9 " +
        "其中:当面申请数 件 4 网上申请数 件 5 对申请的答复总数 件 9 其中:同意公开答复数 件 6 同意部分公开答复数 件 2 " +
        "不予公开答复数 件 1 行政复议数 件 0 行政诉讼数 件 0 分季度情况:项目 第一季度 第二季度 第三季度 第四季度 " +
        "收到申请数 1 3 3 2 同意公开 0 2 2 2 同意部分公开 1 0 1 0 不予公开 0 1 0 0 。",
    );
    expect(KINDS.map((k) => r.values[k])).toEqual([9, 6, 2, 1]);
    expect([r.values["review.total"], r.values["litigation.total"]]).toEqual([0, 0]);
    expect(r.findings.filter((f) => f.rule === "P1" || f.rule === "P2")).toEqual([]);
  });
});
