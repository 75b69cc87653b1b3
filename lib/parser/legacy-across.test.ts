/**
 * Legacy 统计表 printed across (legacy-across.ts): kinds in a row and their counts in the row below, by month, per
 * unit with a 合计 row, or the form flattened column by column. Hand-written pages, and a property over random
 * counts: every figure read is the one printed at its place, and a page with no table printed across reads none.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const HEAD =
  "标题: 平潭县某局2013年政府信息公开工作年度报告\n发布时间: 2014-02-20 00:00\n==================== 正文 ====================\n";
const page = (body: string) => {
  const got = parseText(
    `${HEAD}平潭县某局2013年政府信息公开工作年度报告 一、概述 2013年,我局推进公开。 ${body} 附件下载`,
  );
  expect(got.error).toBeUndefined();
  return got.value!;
};

describe("a legacy table printed across", () => {
  it("reads kinds in a row and their counts below, the 合计 by the header word over them", () => {
    const r = page(
      "三、依申请公开情况 如下表: 申请方式 当面 网上 信函 合计 件数 4 7 1 12 答复类型 同意公开 部分公开 不予公开 其他 合计 " +
        "件数 8 2 1 1 12 四、行政复议和行政诉讼情况 全年未发生。",
    );
    expect(r.values["apps.new.total"]).toBe(12);
    expect([r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([8, 2]);
    expect(r.values["outcome.denied.total"]).toBe(1);
    expect(r.findings.some((f) => f.rule === "P4" && f.keys.includes("apps.new.total"))).toBe(true);
  });

  it("reads a table by month as the applications received, the months as no figure", () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`).join(" ");
    const r = page(
      `三、依申请公开情况 依申请公开按月受理情况如下: 月份 ${months} 合计 件数 1 0 0 3 0 0 0 2 0 0 4 0 10`,
    );
    expect(r.values["apps.new.total"]).toBe(10);
  });

  it("reads the 合计 row of a table with a row per kind of information asked for (申请内容类别)", () => {
    const r = page(
      "三、依申请公开情况 按申请内容分类如下: 信息类别 申请件数 同意公开 部分公开 不予公开 其他 规划许可 3 2 0 1 0 " +
        "拆迁补偿 5 2 2 0 1 合计 8 4 2 1 1 注:其他为告知类答复。四、行政复议情况 无。",
    );
    expect(r.values["apps.new.total"]).toBe(8);
    expect([r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([4, 2]);
    expect(r.values["outcome.denied.total"]).toBe(1);
  });

  it("reads the 合计 row of a table with a row per office handling the applications (承办科室)", () => {
    const r = page(
      "三、依申请公开情况 分科室办理情况如下: 承办科室 受理数 同意公开 部分公开 不予公开 其他类型 审批科 4 3 1 0 0 " +
        "执法科 2 0 1 1 0 合计 6 3 2 1 0 四、行政复议情况 无。",
    );
    expect([r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([3, 2]);
    expect(r.values["outcome.denied.total"]).toBe(1);
  });

  it("reads a per-office table's 受理数 column as the applications received, its 合计 row the year's", () => {
    const r = page(
      "三、依申请公开办理情况 各股室承办情况: 承办股室 受理件数 同意公开 部分公开 不予公开 其他 综合股 2 1 1 0 0 " +
        "审批股 3 3 0 0 0 执法股 1 0 0 1 0 合计 6 4 1 1 0 四、行政复议情况 无。",
    );
    expect(r.values["apps.new.total"]).toBe(6);
    expect([r.values["outcome.granted.total"], r.values["outcome.denied.total"]]).toEqual([4, 1]);
    const alone = page("依申请公开分处室统计: 处室 受理数 同意公开 不予公开 法规处 2 2 0 规划处 1 0 1 合计 3 2 1");
    expect(alone.values["apps.new.total"]).toBe(3);
  });

  it("reads a cross-tab of the answers by channel (申请渠道 as the rows' word) beside a table of the other rows", () => {
    const crossTab =
      "四、依申请公开情况 全年受理申请7件,按渠道统计如下: 申请渠道 受理件数 同意公开 部分公开 不予公开 其他 " +
      "现场申请 2 1 1 0 0 网络申请 4 2 0 1 1 邮寄申请 1 1 0 0 0 合计 7 4 1 1 1 ";
    const others =
      "附表 指标名称 计量单位 本年度 累计 主动公开信息数 条 120 530 行政复议数 件 1 2 行政诉讼数 件 0 0 " +
      "行政申诉、举报数 件 0 0 附件下载";
    for (const r of [page(crossTab + others), page(crossTab)]) {
      expect(r.values["apps.new.total"]).toBe(7);
      expect([r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([4, 1]);
      expect(r.values["outcome.denied.total"]).toBe(1);
    }
    expect(page(crossTab + others).values["review.total"]).toBe(1);
  });

  it("reads the 合计 row of a summary printed per unit", () => {
    const r = page(
      "附表:汇总表 单位 主动公开(条) 收到申请(件) 同意公开 部分公开 不予公开 行政复议 行政诉讼 区公安局 422 15 9 3 3 1 0 " +
        "区财政局 300 6 4 1 1 0 1 各乡镇 180 2 2 0 0 0 0 合计 902 23 15 4 4 1 1",
    );
    expect([r.values["apps.new.total"], r.values["outcome.granted.total"], r.values["review.total"]]).toEqual([
      23, 15, 1,
    ]);
    expect(r.values["litigation.total"]).toBe(1);
  });

  it("leaves a summary with no 合计 row unread (which unit is the agency's cannot be told)", () => {
    const r = page("附表 单位 收到申请 同意公开 部分公开 不予公开 区公安局 15 9 3 3 区财政局 6 4 1 1");
    expect(r.values["apps.new.total"]).toBeUndefined();
  });

  it("reads the form flattened column by column: names, then units, then values", () => {
    const r = page(
      "附表: 指标名称 主动公开信息数 受理依申请公开信息总数 对申请的答复总数 同意公开答复数 同意部分公开答复数 否决公开答复总数 " +
        "行政复议数 行政诉讼数 行政申诉数 计量单位 条 条 条 条 条 条 件 件 件 年末统计 33 5 5 3 1 1 0 1 0",
    );
    expect([r.values["apps.new.total"], r.values["outcome.granted.total"], r.values["outcome.denied.total"]]).toEqual([
      5, 3, 1,
    ]);
    expect([r.values["litigation.total"], r.values["legacy.complaints"]]).toEqual([1, 0]);
  });

  it("property: random counts printed across are read at their places", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 }), ([a, b, c, d]) => {
        const apps = a + b + c + d;
        const r = page(
          `三、依申请公开情况 申请方式 当面 网上 信函 传真 合计 件数 ${a} ${b} ${c} ${d} ${apps} ` +
            `答复类型 同意公开 部分公开 不予公开 合计 件数 ${a} ${b + c} ${d} ${apps}`,
        );
        expect(r.values["apps.new.total"]).toBe(apps);
        expect([r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([a, b + c]);
        expect(r.values["outcome.denied.total"]).toBe(d);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it("property: prose with numbers and no table across reads no table figure", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 3, maxLength: 6 }), (nums) => {
        const r = page(`二、主动公开情况 全年通过网站 公报 微博 公开 ${nums.join(" ")} 条信息,较上年有所增加。`);
        expect(r.findings.some((f) => f.message.includes("横排"))).toBe(false);
      }),
      { numRuns: 30, seed: 11 },
    );
  });
});

describe("a register of the year's applications (登记台账)", () => {
  const REGISTER =
    "附件:2013年度政府信息依申请公开登记台账 序号 申请时间 申请方式 申请内容 答复时间 答复结果 " +
    "1 2013.03.02 当面 某路段拆迁补偿标准 2013.03.20 同意公开 2 2013.04.11 信函 某项目环评批复 2013.04.28 部分公开 " +
    "3 2013.06.05 网上 某企业纳税情况 2013.06.21 不予公开(商业秘密) 4 2013.09.17 当面 第3号地块规划 2013.10.08 同意公开 " +
    "5 2013.12.26 网上 某村道路建设资金 — 正在办理";

  it("counts its numbered entries and their results", () => {
    const r = page(`三、依申请公开情况 详见附件。 ${REGISTER}`);
    expect(r.values["apps.new.total"]).toBe(5);
    expect([r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([2, 1]);
    expect(r.values["outcome.denied.total"]).toBe(1);
    expect(r.findings.some((f) => f.rule === "P4" && f.keys.includes("apps.new.total"))).toBe(true);
  });

  it("reads no count where an entry is dated another year (carried over)", () => {
    const r = page(`三、依申请公开情况 详见附件。 ${REGISTER.replace("1 2013.03.02", "1 2012.12.28")}`);
    expect(r.values["outcome.granted.total"]).toBeUndefined();
  });

  it("reads the count but no kinds where an entry's result is not known", () => {
    const r = page(`三、依申请公开情况 详见附件。 ${REGISTER.replace("2013.10.08 同意公开", "2013.10.08 已答复")}`);
    expect(r.values["apps.new.total"]).toBe(5);
    expect(r.values["outcome.granted.total"]).toBeUndefined();
  });
});
