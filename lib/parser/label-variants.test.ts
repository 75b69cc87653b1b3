/** Misprints of a row label that real reports carry read as the row (lib/template/modern.ts `variants`). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const SEED = readFileSync(join(__dirname, "../../fixtures/seeds/002_1011c9d1822b474b.txt"), "utf8");

describe("label misprints", () => {
  it("部份公开 is the 部分公开 row", () => {
    expect(SEED).toContain("部分公开");
    const right = parseText(SEED).value!;
    const misprinted = parseText(SEED.replaceAll("部分公开", "部份公开")).value!;
    expect(right.values["outcome.partial.total"]).toBeDefined();
    expect(misprinted.values).toEqual(right.values);
  });
});

describe("a clerk's short row labels", () => {
  it("新收申请 and 结转下年 are the 本年新收 and 结转下年度继续办理 rows", () => {
    const right = parseText(SEED).value!;
    const short = parseText(
      SEED.replace(/一、\s*本年新收政府信息公开申请数量/, "新收申请").replace(/四、\s*结转下年度继续办理/, "结转下年"),
    ).value!;
    expect(right.values["apps.new.natural_person"]).toBeDefined();
    expect(right.values["apps.carried_forward.total"]).toBeDefined();
    expect(short.values).toEqual(right.values);
  });
});
