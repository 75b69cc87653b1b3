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

  it("returns null for text without template signals", () => {
    expect(detectFamily("今天天气很好")).toBeNull();
  });
});
