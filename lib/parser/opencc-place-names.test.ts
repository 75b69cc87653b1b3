import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { computePlaceNameFixes } from "./opencc-place-names-source";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

describe("place names through traditional → simplified", () => {
  it("the generated table is up to date with the division data and opencc-js", () => {
    const fresh = computePlaceNameFixes();
    expect(readFileSync("lib/parser/opencc-place-names.ts", "utf8")).toBe(fresh.module);
    expect(fresh.restore.length).toBeGreaterThan(10);
    expect(fresh.simplifiedInNames).toContain("乾");
  });

  it("a simplified report about 乾县 stays simplified: 乾 is no evidence of traditional text", () => {
    const text = "乾县人民政府2023年政府信息公开工作年度报告\n编制乾县人民政府2023年度报告。";
    expect(normalizeText(text)).toBe(text);
  });

  it("every official name comes back from a traditional page written with OpenCC", () => {
    for (const name of ["澄江街道", "濛江乡", "乾丰镇", "尖塚镇", "乾县人民政府"]) {
      const page = toTraditional(`${name}2023年政府信息公开工作年度报告`);
      expect(normalizeText(page)).toBe(`${name}2023年政府信息公开工作年度报告`);
    }
  });

  it("a converted form that is itself an official name is not rewritten (蒙阳街道 and 濛阳街道 both exist)", () => {
    expect(normalizeText(toTraditional("蒙阳街道2023年政府信息公开工作年度报告"))).toBe(
      "蒙阳街道2023年政府信息公开工作年度报告",
    );
  });

  it("traditional text is still converted, and 若干縣 is not mistaken for a place name", () => {
    expect(normalizeText("本機關收到申請12件,涉及若干縣區")).toBe("本机关收到申请12件,涉及若干县区");
  });
});
