/**
 * A legacy 统计表 printing the unit after every value as well as in its unit column ("申请总数 件 12件 30件"): the unit
 * after a figure is no next cell's unit column, so 12 is not split as 1 | 2 (legacy-flat.ts unitsAfterFigures).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const HEAD =
  "标题: 平潭县某局2013年政府信息公开工作年度报告\n发布时间: 2014-02-20 00:00\n==================== 正文 ====================\n";
const page = (table: string) => {
  const got = parseText(
    `${HEAD}平潭县某局2013年政府信息公开工作年度报告 一、概述 2013年,我局推进公开。 六、政府信息公开情况统计表 ${table} 附件下载`,
  );
  expect(got.error).toBeUndefined();
  return got.value!;
};
const CORE = [
  "apps.new.total",
  "outcome.granted.total",
  "outcome.partial.total",
  "outcome.denied.total",
  "review.total",
  "litigation.total",
];

describe("a legacy 统计表 with the unit after every value beside its unit column", () => {
  it("reads two value columns each carrying the unit", () => {
    const r = page(
      "指标名称 计量单位 2013年度 历年累计 主动公开政府信息数 条 18 39 其中:1、网站公开 条 18 39 2、政府公报公开 条 0 0 " +
        "受理政府信息公开申请总数 条 12条 30条 其中:1、当面申请数 条 5条 11条 2、网上申请数 条 7条 19条 对申请的答复总数 " +
        "条 12条 30条 其中:1、同意公开答复数 条 9条 20条 2、同意部分公开答复数 条 2条 6条 3、不予公开答复数 条 1条 4条 " +
        "行政复议数 件 11件 12件 行政诉讼数 件 0件 1件",
    );
    expect(CORE.map((k) => r.values[k])).toEqual([12, 9, 2, 1, 11, 0]);
  });

  it("reads cells printing 件次 after the figure under a 条 unit column", () => {
    const r = page(
      "指标名称 计量单位 本年度 累计 主动公开政府信息数 条 26 70 其中:1、网站公开 条 26 70 2、政府公报公开 条 0 0 " +
        "受理政府信息公开申请总数 条 14件次 21件次 其中:1、当面申请数 条 3件次 5件次 2、网上申请数 条 11件次 16件次 " +
        "对申请的答复总数 条 14件次 21件次 其中:1、同意公开答复数 条 10件次 15件次 2、同意部分公开答复数 条 3件次 4件次 " +
        "3、不予公开答复数 条 1件次 2件次 行政复议数 件 2件次 3件次 行政诉讼数 件 0件次 0件次",
    );
    expect(CORE.map((k) => r.values[k])).toEqual([14, 10, 3, 1, 2, 0]);
  });
});

/**
 * No unit column, the unit glued to every figure and a space between the cells ("主动公开信息数 78件 26件"), the table
 * on one line: the unit after a figure is no label of the next cell, so each row keeps both its figures and the
 * year's column is read (here after the 累计 one, or before it).
 */
describe("a legacy 统计表 with no unit column and the unit glued to every figure, cells apart", () => {
  const rows = (cells: (a: number, b: number) => string, v: number[][]) =>
    [
      "主动公开信息数",
      "其中：1．网站公开",
      "受理依申请公开信息总数",
      "其中：1．当面申请数",
      "2．网上申请数",
      "对申请的答复总数",
      "其中：1．同意公开答复数",
      "2．同意部分公开答复数",
      "3．否决公开答复总数",
      "行政复议数",
      "行政诉讼数",
      "行政申诉数",
    ]
      .map((label, i) => `${label} ${cells(v[i][0], v[i][1])}`)
      .join(" ");
  // [累计, 本年] per row.
  const v = [
    [78, 26],
    [78, 26],
    [42, 17],
    [31, 12],
    [11, 5],
    [42, 17],
    [30, 11],
    [7, 4],
    [5, 2],
    [25, 1],
    [16, 0],
    [19, 0],
  ];
  const year = [17, 11, 4, 2, 1, 0];
  it("历年累计 first, 件 glued", () => {
    const r = page(`指标名称 历年累计 本年度 ${rows((a, b) => `${a}件 ${b}件`, v)}`);
    expect(CORE.map((k) => r.values[k])).toEqual(year);
    expect(r.values["legacy.active.total"]).toBe(26);
  });
  it("the year first, 条 glued, two spaces", () => {
    const r = page(`指标名称 2013年 累计 ${rows((a, b) => `${b}条  ${a}条`, v)}`);
    expect(CORE.map((k) => r.values[k])).toEqual(year);
  });
  it("累计 first, 件次 glued", () => {
    const r = page(`指标名称 累计 2013年度 ${rows((a, b) => `${a}件次 ${b}件次`, v)}`);
    expect(CORE.map((k) => r.values[k])).toEqual(year);
  });
});
