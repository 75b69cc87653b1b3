import { describe, expect, it } from "vitest";
import { parseLegacyTable } from "./legacy-table";
import { normalizeText } from "./normalize";

/**
 * A 统计表 whose 累计 column ends with last year ("2011年底累计 | 本年新增"): its header names no year for this year's
 * column, so only the report's year tells that the 累计 counts the years before and bounds nothing this year.
 */
function read(header: string, rows: string, year: number) {
  const page = `某县某局${year}年政府信息公开工作年度报告 一、概述 …… 某局信息公开情况统计表 ${header} ${rows}`;
  const text = normalizeText(page);
  const result = parseLegacyTable(text.split("\n"), text, year);
  expect(result.error).toBeUndefined();
  return { values: result.value!.values, messages: result.issues.map((i) => i.message).join("\n") };
}

/** This year's figures above last year's 累计 in some rows, this year's column first or second. */
function rows(a: number, b: number, cumulativeFirst: boolean) {
  const two = (x: number, y: number) => (cumulativeFirst ? `${y} ${x}` : `${x} ${y}`);
  return (
    `主动公开信息数 条 ${two(a + 40, a + 12)} 受理依申请公开信息总数 件 ${two(a, b)} 对申请的答复数 件 ${two(a, b)} ` +
    `其中：1、同意公开答复数 件 ${two(a - 1, b)} 2、同意部分公开答复数 件 ${two(1, 0)} 3、否决公开答复数 件 0 0 ` +
    "行政复议数 件 0 0 行政诉讼数 件 0 0 行政申诉、举报数 件 0 0"
  );
}

describe("a 累计 column ending before the report's year, beside 本年", () => {
  const cases: [string, string, number, number, number][] = [
    ["2011年底累计 then 本年新增", "指标名称 计量单位 2011年底累计 本年新增", 2012, 6, 2],
    ["本年 then 2015年底累计", "指标名称 计量单位 本年 2015年底累计", 2016, 7, 3],
    ["截至2013年底累计 then 本年度", "指标名称 计量单位 本年度 截至2013年底累计", 2014, 9, 4],
    ["2008年至2010年累计 then 本年", "指标名称 单位 本年 2008年至2010年累计", 2011, 4, 1],
  ];
  for (const [name, header, year, a, b] of cases) {
    it(`bounds nothing this year: ${name}`, () => {
      const { values, messages } = read(header, rows(a, b, header.indexOf("累") < header.indexOf("本")), year);
      expect(values["apps.new.total"]).toBe(a);
      expect(values["outcome.granted.total"]).toBe(a - 1);
      expect(messages).not.toContain("本年数大于历年累计数");
    });
  }

  it("still bounds this year's figure by a 累计 through the report's year", () => {
    const { messages } = read("指标名称 计量单位 本年 截至2012年底累计", rows(6, 2, false), 2012);
    expect(messages).toContain("本年数大于历年累计数");
  });
});
