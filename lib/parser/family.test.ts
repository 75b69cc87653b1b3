import { describe, expect, it } from "vitest";
import { detectFamily } from "./family";

describe("detectFamily", () => {
  it("recognises the 2021 template by its §二 columns and (六) sub-items", () => {
    expect(detectFamily("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数")?.family).toBe("2021");
    expect(detectFamily("1.申请人无正当理由逾期不补正")?.family).toBe("2021");
  });

  it("recognises the 2019 template even in a later year's report", () => {
    const text =
      "2022年政府信息公开工作年度报告\n本年新制作数量 | 本年新公开数量 | 对外公开总数量\n上一年项目数量 | 本年增/减\n政府集中采购";
    expect(detectFamily(text)?.family).toBe("2019");
  });

  it("recognises the legacy 统计表 and labels split over lines", () => {
    expect(detectFamily("收到申请数 | 件 | 3\n同意公开答复数 | 件 | 2\n统计数")?.family).toBe("legacy");
    expect(detectFamily("本年制发\n件数 | 本年废止\n件数")?.family).toBe("2021");
  });

  it("counts each signal once, wherever its characters are spaced, bordered or broken over lines", () => {
    // 2019: 本年新制作数量 spaced, 政府集中采购 across a border, 本年增/减 printed twice (still one signal).
    const text = "本 年 新 制 作 数 量 | 政府|集中\n采购 | 本年增/减 | 本年增/减 | 本年 新公开数量";
    expect(detectFamily(text)).toEqual({ family: "2019", score: 4 });
    // A signal cut short at the page's end, or interrupted by another character, is not found.
    expect(detectFamily("本年制发件")).toBeNull();
    expect(detectFamily("本年制发。件数")).toBeNull();
    // A signal inside another (同意公开答复数 in 不同意公开答复数) counts for both.
    expect(detectFamily("不同意公开答复数")).toEqual({ family: "legacy", score: 2 });
  });

  it("reads a report on the whole 2021 template as 2021 beside an old-style 统计表 appended after §六", () => {
    const own =
      "本年制发件数 本年废止件数 现行有效件数 …一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5 …" +
      "（六）其他处理 1.申请人无正当理由逾期不补正 0 " +
      "2.申请人逾期未按收费通知要求缴纳费用 0 六、其他需要报告的事项 无。";
    const appended =
      " 附表 政府信息公开情况统计表 统计指标 单位 统计数 收到申请数 件 5 同意公开答复数 件 2 同意部分公开答复数 件 1 " +
      "不同意公开答复数 件 0 不属于本行政机关公开数 件 1 申请信息不存在数 件 1 行政复议数量 件 0 行政诉讼数量 件 0";
    expect(detectFamily(own + appended)?.family).toBe("2021");
    // Part of the 2021 template beside a 统计表, or its §二 alone with §三 as the 统计表: still the 统计表's.
    expect(detectFamily(`本年制发件数 ${appended}`)?.family).toBe("legacy");
    expect(detectFamily(own.replace(/一、本年新收[^…]*…/, "") + appended)?.family).toBe("legacy");
  });

  it("returns null for text without template signals", () => {
    expect(detectFamily("今天天气很好")).toBeNull();
  });
});
