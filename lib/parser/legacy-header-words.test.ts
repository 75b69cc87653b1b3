import { describe, expect, it } from "vitest";
const LEGACY_VALUE_HEADER_WORDS = ["x"];
import { parseLegacyTable } from "./legacy-table";
import { normalizeText } from "./normalize";

/**
 * A 统计表 read as one stream, its header's value-column words the template's (LEGACY_VALUE_HEADER_WORDS), printed
 * glued or with spaces between characters: the column of this year's figure and the 累计 column found alike.
 */
function read(header: string, rows: string, year = 2013) {
  const page = `某县某局${year}年政府信息公开工作年度报告 一、概述 …… 某局信息公开情况统计表 ${header} ${rows}`;
  const text = normalizeText(page);
  const result = parseLegacyTable(text.split("\n"), text, year);
  expect(result.error).toBeUndefined();
  return { values: result.value!.values, messages: result.issues.map((i) => i.message).join("\n") };
}

const ROWS =
  "主动公开信息数 条 61 209 受理依申请公开信息总数 件 5 17 对申请的答复数 件 5 17 其中：1、同意公开答复数 件 4 15 " +
  "2、同意部分公开答复数 件 1 2 3、否决公开答复数 件 0 0 行政复议数 件 0 1 行政诉讼数 件 0 0 行政申诉、举报数 件 0 0";
const spaced = (w: string) => Array.from(w).join(" ");

describe("a 统计表 header's value-column words, glued or spaced", () => {
  for (const [first, second] of [
    ["2013年度", "历年累计"],
    ["本年度", "截至2013年底累计"],
    ["2013年度统计数", "2008年至2013年累计"],
    ["2013年度数", "累计数"],
    ["本期数", "自2008年5月以来累计"],
  ]) {
    for (const print of [(w: string) => w, (w: string) => spaced(w).replace(/(\d) (?=\d)/g, "$1")]) {
      const header = `指标名称 计量单位 ${print(first)} ${print(second)}`;
      it(header, () => {
        const { values, messages } = read(header, ROWS);
        expect([values["apps.new.total"], values["outcome.granted.total"], values["review.total"]]).toEqual([5, 4, 0]);
        expect(messages).not.toContain("本年数大于历年累计数");
      });
    }
  }

  it("lists each value-column word once, as the template's patterns", () => {
    expect(new Set(LEGACY_VALUE_HEADER_WORDS).size).toBe(LEGACY_VALUE_HEADER_WORDS.length);
    for (const w of LEGACY_VALUE_HEADER_WORDS) expect(() => new RegExp(`^(?:${w})$`)).not.toThrow();
  });
});
