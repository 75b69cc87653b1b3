import { describe, expect, it } from "vitest";
import { diffItems, type PageItem } from "./item-diff";

const findings = (...texts: string[]): PageItem[] => texts.map((text) => ({ list: "校验问题", text }));

describe("diffItems", () => {
  it("names the findings a later release added and removed, list by list", () => {
    const before = [...findings("R1 · 错误 合计不符", "R3 · 警告 空白"), { list: "其他", text: "甲" }];
    const after = [...findings("R1 · 错误 合计不符", "R5 · 错误 上年结转不符"), { list: "其他", text: "甲" }];
    expect(diffItems(before, after)).toEqual([
      { list: "校验问题", added: ["R5 · 错误 上年结转不符"], removed: ["R3 · 警告 空白"] },
    ]);
  });

  it("counts a repeated entry one for one, and reads no change as none", () => {
    expect(diffItems(findings("R2", "R2"), findings("R2"))).toEqual([{ list: "校验问题", added: [], removed: ["R2"] }]);
    expect(diffItems(findings("R2", "R4"), findings("R4", "R2"))).toEqual([]);
    expect(diffItems([], findings("R5"))).toEqual([{ list: "校验问题", added: ["R5"], removed: [] }]);
  });
});
