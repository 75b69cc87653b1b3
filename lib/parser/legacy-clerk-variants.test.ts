/**
 * Legacy 统计表 as other counties' clerks print them, flattened by the crawler: hand-written pages varying one thing
 * each from the form the samples show. Every figure reads exactly, or stays blank with a finding.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const HEAD =
  "标题: 罗源县某局2010年政府信息公开工作年度报告\n发布时间: 2011-01-27 00:00\n==================== 正文 ====================\n";
const page = (body: string) => {
  const got = parseText(`${HEAD}罗源县某局2010年政府信息公开工作年度报告 一、概述 2010年,我局推进公开。 ${body}`);
  expect(got.error).toBeUndefined();
  return got.value!;
};

describe("the signature's date glued to the last row's cells", () => {
  const table = (last: string) =>
    "附表:政府信息公开情况统计表 指标名称 计量单位 年末统计 主动公开信息数 条 46 受理依申请公开信息总数 条 3 " +
    "对申请的答复总数 条 3 其中:同意公开答复数 条 2 同意部分公开答复数 条 1 否决公开答复总数 条 0 行政复议数 件 1 " +
    `行政诉讼数 件 0 行政申诉、举报数 件${last}年1月20日 附件下载`;

  it("reads the last cell, the year not a cell (件02011年, 件 2 2011年)", () => {
    expect(page(table("02011").replace(/ (?=\S)/g, "")).values["legacy.complaints"]).toBe(0);
    expect(page(table(" 2 2011")).values["legacy.complaints"]).toBe(2);
    const glued = page(table("12011").replace(/ (?=\S)/g, ""));
    expect([glued.values["legacy.complaints"], glued.values["review.total"]]).toEqual([1, 1]);
  });
});

describe("a county's own short names for the form's rows", () => {
  const table = (received: string, granted: string, denied: string, channel: string) =>
    `附表 政府信息公开情况统计表 指标名称 计量单位 2010年度 历年累计 主动公开信息数 条 92 410 ${received} 件 6 15 ` +
    `其中:${channel} 件 4 9 对申请的答复总数 件 6 15 其中:${granted} 件 3 10 部分公开 件 1 2 ${denied} 件 2 3 ` +
    "行政复议数 件 0 1 行政诉讼数 件 0 0 附件下载";

  it("reads 申请公开件数 / 受理公开申请 / 接受申请数, 准予公开 and 拒绝公开", () => {
    for (const received of ["申请公开件数", "受理公开申请", "接受申请数", "受理信息公开申请数"]) {
      const r = page(table(received, "准予公开", "拒绝公开", "网上申请数"));
      expect([r.values["apps.new.total"], r.values["outcome.granted.total"]], received).toEqual([6, 3]);
      expect(r.values["outcome.denied.total"]).toBe(2);
    }
  });

  it("reads a channel's row ending in the same words (网上申请公开件数) as that channel, not the total", () => {
    const r = page(table("申请公开件数", "同意公开", "不予公开", "网上申请公开件数"));
    expect(r.values["apps.new.total"]).toBe(6);
    const alone = page(table("当面申请公开件数", "同意公开", "不予公开", "网上申请公开件数"));
    expect(alone.values["apps.new.total"]).toBeUndefined();
  });
});

describe("a PDF's page number on a line of its own after the table's last row", () => {
  it("is no cell of that row, its label broken over two lines (接受行政申诉、举 / 报数 件 1 1 / — 4 —)", () => {
    const r = page(
      [
        "附表 政府信息公开情况统计表",
        "指标名称 计量单位 2010年度 累计",
        "受理政府信息公开申",
        "请总数 条 5 18",
        "对申请的答复总数 条 5 18",
        "其中:1.同意公开答复数 条 4 12",
        "2.同意部分公开答复数 条 1 4",
        "3.不予公开答复数 条 0 2",
        "行政复议数 件 0 1",
        "行政诉讼数 件 0 0",
        "接受行政申诉、举",
        "报数 件 1 1",
        "— 4 —",
        "附件下载",
      ].join("\n"),
    );
    expect([r.values["apps.new.total"], r.values["legacy.complaints"]]).toEqual([5, 1]);
  });
});

describe("a glued run whose one split the table's sums do not bear out", () => {
  /** The figure is right, or a finding other than an info names it. */
  const rightOrFlagged = (r: ReturnType<typeof page>, key: string, right: number) => {
    if (r.values[key] === right) return;
    expect(
      r.findings.some((f) => f.severity !== "info" && f.keys.includes(key)),
      key,
    ).toBe(true);
  };
  const head = "附表 政府信息公开情况统计表 指标名称 计量单位 2010年度 历年累计 主动公开信息数 条 300 900 ";

  it("flags a child printed with a stray space when its glued total has no split the children fit", () => {
    // 同意部分公开 is 16 | 102, printed '1 6102'.
    const r = page(
      `${head}受理政府信息公开申请总数 条 96 412 其中:1.当面申请数 条 90 400 2.网上申请数 条 6 12 ` +
        "对申请的答复总数 条 96412 其中:1.同意公开答复数 条 40 180 2.同意部分公开答复数 条 1 6102 " +
        "3.不予公开答复数 条 40 130 行政复议数 件 0 0 附件下载",
    );
    rightOrFlagged(r, "outcome.partial.total", 16);
    expect(r.values["apps.new.total"]).toBe(96);
  });

  it("flags a child that lost a digit, its only split breaking the answers' sum", () => {
    // 不予公开 is 18 | 50, printed '150' (the 8 lost).
    const r = page(
      `${head.replace(/ (?=\S)/g, "")}受理政府信息公开申请总数条58230其中:1.当面申请数条40150` +
        "2.网上申请数条1880对申请的答复总数条58230其中:1.同意公开答复数条301202.同意部分公开答复数条1060" +
        "3.不予公开答复数条150行政复议数件00 附件下载",
    );
    rightOrFlagged(r, "outcome.denied.total", 18);
    expect(r.values["outcome.granted.total"]).toBe(30);
  });

  it("flags applications read many times fewer than the answers (受理 540 with its 累计 left blank)", () => {
    const r = page(
      `${head.replace(/ (?=\S)/g, "")}受理政府信息公开申请总数条540其中:1.当面申请数条2102.网上申请数条220` +
        "3.信函申请数条110对申请的答复总数条5401020其中:1.同意公开答复数条3006002.同意部分公开答复数条100200" +
        "3.不予公开答复数条801204.其他类型答复数条60100行政复议数件00 附件下载",
    );
    rightOrFlagged(r, "apps.new.total", 540);
  });
});

describe("a table printing each row's figures before its words", () => {
  it("reads the whole table so, the last row's words with nothing after them but the signature", () => {
    const r = page(
      "附表 指标名称 计量单位 2010年度 历年累计 66 240 主动公开信息数 条 5 19 受理政府信息公开申请总数 条 5 19 " +
        "对申请的答复总数 条 3 12 其中:1.同意公开答复数 条 1 4 2.同意部分公开答复数 条 1 3 3.不予公开答复数 条 2 5 " +
        "行政复议数 件 0 3 行政诉讼数 件 0 1 接受行政申诉、举报数 件 罗源县某局 2011年1月20日",
    );
    expect([r.values["apps.new.total"], r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([
      5, 3, 1,
    ]);
    expect([r.values["outcome.denied.total"], r.values["review.total"], r.values["litigation.total"]]).toEqual([
      1, 2, 0,
    ]);
    expect(r.values["legacy.complaints"]).toBe(0);
  });

  it("reads the rows from the one whose run holds two rows' figures (不予公开 条 1 2 1 3 行政复议数(件) …)", () => {
    const r = page(
      "附表 指标名称 计量单位 2010年度 历年累计 受理政府信息公开申请总数 条 6 20 对申请的答复总数 条 6 20 " +
        "其中:1.同意公开答复数 条 4 15 2.同意部分公开答复数 条 1 2 3.不予公开答复数 条 1 3 2 4 行政复议数(件) 0 1 " +
        "行政诉讼数(件) 1 1 接受行政申诉、举报数(件) 附件下载",
    );
    expect([r.values["review.total"], r.values["litigation.total"], r.values["legacy.complaints"]]).toEqual([2, 0, 1]);
    expect(r.values["outcome.denied.total"]).toBe(1);
  });

  it("keeps a run of two rows' figures whole where the table is not read so (受理…总数 件 3 7 2 9, then 37)", () => {
    const r = page(
      "附表 指标名称 计量单位 2010年度 历年累计 主动公开政府信息数 条 5 20 受理政府信息公开申请总数 件 3 7 2 9 " +
        "对申请的答复总数 件 37 其中:同意公开答复数 件 2 5 行政复议数 件 0 0 行政诉讼数 件",
    );
    const key = "apps.new.total";
    expect(r.values[key]).toBeUndefined();
    expect(r.findings.some((f) => f.rule === "P1" && f.keys.includes(key))).toBe(true);
  });
});

describe("figures printed between 其中: and the group's first row", () => {
  it("reads the group's rows each from the run before its words, the row with none after it the last", () => {
    const r = page(
      "附表 指标名称 计量单位 2010年度 历年累计 受理政府信息公开申请总数 条 9 30 对申请的答复总数 条 9 30 " +
        "其中:4 16 1、同意公开答复数 条 3 9 2、同意部分公开答复数 条 3、不予公开答复数 条 2 5 4、其他类型答复数 条 0 0 " +
        "行政复议数 件 1 2 行政诉讼数 件 0 0 附件下载",
    );
    const read = ["outcome.granted.total", "outcome.partial.total", "outcome.denied.total"].map((k) => r.values[k]);
    expect(read).toEqual([4, 3, 2]);
  });
});

describe("a glued run with one split beside siblings read only as bounded by their total", () => {
  it("flags the run as the siblings are ('同意部分公开答复数条7224' for 72|214, a digit lost)", () => {
    const r = page(
      "附表 指标名称计量单位2010年度历年累计受理政府信息公开申请总数条486994其中:1.当面申请数条400700" +
        "2.网上申请数条86294对申请的答复总数条486994其中:1.同意公开答复数条3125122.同意部分公开答复数条7224" +
        "3.不予公开答复数条102268行政复议数件00 附件下载",
    );
    const key = "outcome.partial.total";
    expect(r.values[key] === 72 || r.findings.some((f) => f.severity !== "info" && f.keys.includes(key))).toBe(true);
  });
});
