/**
 * A legacy 统计表 whose first column numbers the rows (序号 指标名称 计量单位 …), as some counties' forms print it:
 * the row's number is no value and no part of its label, whether the table keeps its lines, its `|` cells, or is
 * flattened onto one line (where the number ends up right after the previous row's values). Hand-written pages.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const HEAD =
  "标题: 连江县某局2014年政府信息公开工作年度报告\n发布时间: 2015-03-02 00:00\n==================== 正文 ====================\n";
const page = (body: string) => {
  const got = parseText(
    `${HEAD}连江县某局2014年政府信息公开工作年度报告 一、概述 2014年,我局继续推进公开。 五、附表 ${body}`,
  );
  expect(got.error).toBeUndefined();
  return got.value!;
};
const read = (r: ReturnType<typeof page>) =>
  ["apps.new.total", "outcome.granted.total", "outcome.partial.total", "outcome.denied.total"]
    .concat(["review.total", "litigation.total"])
    .map((k) => r.values[k]);

/** Rows: label, unit, this year, 累计 (apps 9 = 3 + 5 + 1; answers 9 = 5 + 2 + 1 + 1). */
const ROWS: [string, string, number, number][] = [
  ["主动公开政府信息数", "条", 87, 640],
  ["受理政府信息公开申请总数", "件", 9, 31],
  ["其中:当面申请数", "件", 3, 12],
  ["网上申请数", "件", 5, 15],
  ["信函申请数", "件", 1, 4],
  ["对申请的答复总数", "件", 9, 31],
  ["其中:同意公开答复数", "件", 5, 20],
  ["同意部分公开答复数", "件", 2, 6],
  ["不予公开答复数", "件", 1, 2],
  ["其他类型答复数", "件", 1, 3],
  ["行政复议数", "件", 2, 3],
  ["行政诉讼数", "件", 0, 1],
];
const WANT = [9, 5, 2, 1, 2, 0];

describe("a 统计表 with a 序号 column", () => {
  it("reads rows on lines, the 累计 column printed before this year's", () => {
    const lines = ROWS.map(([l, u, n, c], i) => `${i + 1} ${l} ${u} ${c} ${n}`);
    const r = page(["连江县某局政府信息公开情况统计表", "序号 指标名称 单位 累计 本年", ...lines].join("\n"));
    expect(read(r)).toEqual(WANT);
  });

  it("reads rows in | cells", () => {
    const lines = ROWS.map(([l, u, n, c], i) => `| ${i + 1} | ${l} | ${u} | ${c} | ${n} |`);
    const r = page(["统计表", "| 序号 | 指标名称 | 计量单位 | 历年累计 | 2014年度 |", ...lines].join("\n"));
    expect(read(r)).toEqual(WANT);
  });

  it("reads the table flattened onto one line, each row's number after the previous row's values", () => {
    const cells = ROWS.map(([l, u, n, c], i) => `${i + 1} ${l} ${u} ${c} ${n}`).join(" ");
    const r = page(`统计表 序号 指标名称 计量单位 历年累计 2014年度 ${cells} 附件下载`);
    expect(read(r)).toEqual(WANT);
    expect(r.findings.filter((f) => f.severity !== "info" && f.keys.includes("apps.new.total"))).toEqual([]);
  });

  it("reads it flattened with the group's ordinals after the row numbers (3 1、当面申请数)", () => {
    const rows = ROWS.map(([l, u, n, c], i) => {
      const part = ["当面", "网上", "信函", "同意公开", "同意部分", "不予公开", "其他类型"].findIndex((w) =>
        l.replace("其中:", "").startsWith(w),
      );
      const ordinal = part < 0 ? "" : `${part < 3 ? part + 1 : part - 2}、`;
      return `${i + 1} ${l.startsWith("其中") ? "其中: " : ""}${ordinal}${l.replace("其中:", "")} ${u} ${n} ${c}`;
    });
    const r = page(`统计表 序号 指标名称 计量单位 本年度 累计 ${rows.join(" ")} 附件下载`);
    expect(read(r)).toEqual(WANT);
  });

  it("reads a 序号 column printed as 一、二、 in the labels, cells equal to a row number kept as cells", () => {
    const r = page(
      "统计表 序号 指标名称 计量单位 2014年度 一、主动公开信息数 条 40 二、受理政府信息公开申请总数 件 3 其中:当面申请数 件 2 " +
        "信函申请数 件 1 三、对申请的答复总数 件 3 其中:同意公开答复数 件 2 同意部分公开答复数 件 1 不予公开答复数 件 0 " +
        "四、行政复议数 件 0 五、行政诉讼数 件 0 附件下载",
    );
    expect(read(r)).toEqual([3, 2, 1, 0, 0, 0]);
  });
});
