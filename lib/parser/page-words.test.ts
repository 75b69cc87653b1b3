/**
 * Quotes in the page's own words where a stage read a rewritten text: hand-written lines, not from any report.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { plainCountLine } from "./legacy-number-words";
import { quoteInPage, sourcesAsPrinted, spanInPage } from "./page-words";

describe("quoteInPage", () => {
  it("quotes financial numerals, spaced digits and slash lists as the page printed them", () => {
    const page = "经审核，同意公开肆件，不予公开壹件。";
    expect(quoteInPage("同意公开4件", page, plainCountLine)).toBe("同意公开肆件");
    expect(quoteInPage("不予公开1件", page, plainCountLine)).toBe("不予公开壹件");
    const list = "依申请公开(收到/同意公开/不予公开):6/5/1件，均按时答复。";
    expect(quoteInPage("收到6件", list, plainCountLine)).toBe("(收到/同意公开/不予公开):6/5/1件");
    // A quote the page prints as it is stays; one not found in the rewritten line stays too.
    expect(quoteInPage("同意公开", page, plainCountLine)).toBe("同意公开");
    expect(quoteInPage("受理申请9件", page, plainCountLine)).toBe("受理申请9件");
  });

  it("keeps a cut quote cut", () => {
    const page = `受理申请叁拾陆件，${"内容涉及征地补偿".repeat(20)}`;
    const quoted = quoteInPage(
      `受理申请36件,${"内容涉及征地补偿".repeat(12)}…`.replace(",", "，"),
      page,
      plainCountLine,
    );
    expect(quoted.startsWith("受理申请叁拾陆件")).toBe(true);
    expect(quoted.endsWith("…")).toBe(true);
  });

  it("walks a rewritten piece whole", () => {
    expect(spanInPage("共叁拾陆件申请", "共36件申请", 1, 4)).toEqual([1, 5]);
    expect(spanInPage("甲乙丙", "子丑寅", 0, 3)).toEqual([0, 3]);
  });
});

describe("sourcesAsPrinted", () => {
  it("cuts a row again from the page where a script's undefined cells were read as blanks", () => {
    const printed = "一、本年新收 4 undefined undefined 0 4";
    const read = "一、本年新收 4 -         -         0 4";
    const sources = { a: { line: 1, raw: "一、本年新收 4 - - 0 4" }, b: { line: 1, raw: "本年新收" } };
    sourcesAsPrinted(sources, read, printed);
    expect(sources.a.raw).toBe("一、本年新收 4 undefined undefined 0 4");
    expect(sources.b.raw).toBe("本年新收");
  });

  it("shows no dash the page never printed in a parsed report's sources", () => {
    const cells = (n: string) => `${n} undefined undefined undefined undefined undefined ${n}`;
    const page = [
      "平潭某局2021年政府信息公开工作年度报告",
      "三、收到和处理政府信息公开申请情况",
      "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
      `一、本年新收政府信息公开申请数量 ${cells("2")}`,
      `二、上年结转政府信息公开申请数量 ${cells("0")}`,
    ].join("\n");
    const report = parseText(page).value;
    const quotes = Object.values(report?.sources ?? {}).map((s) => s.raw);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.includes("undefined"))).toBe(true);
    expect(quotes.some((q) => / - /.test(q))).toBe(false);
  });
});
