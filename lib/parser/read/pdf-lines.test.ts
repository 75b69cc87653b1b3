import { describe, expect, it } from "vitest";
import { dropPageFurniture, isPageNumber } from "./pdf-furniture";
import { pageToLines, type PdfItem } from "./pdf-lines";

/** An item of `size`-unit CJK glyphs, each one em wide. */
function item(str: string, x: number, y: number, size = 10): PdfItem {
  return { str, x, y, width: [...str].length * size, size };
}

function numbers(values: number[], y: number, x0 = 300, step = 30): PdfItem[] {
  return values.map((v, i) => ({ str: String(v), x: x0 + i * step, y, width: String(v).length * 5, size: 10 }));
}

describe("pageToLines", () => {
  it("cuts a table row into cells at wide gaps and keeps prose whole", () => {
    const lines = pageToLines([item("一、总体情况", 80, 700), item("规章", 80, 600), ...numbers([0, 12, 7], 600)]);
    expect(lines).toEqual(["一、总体情况", "规章 | 0 | 12 | 7"]);
  });

  it("puts both halves of a wrapped label and its centred numbers on one line", () => {
    const lines = pageToLines([
      item("（二）部分公开（区分处理的，只计这一情", 100, 265, 9),
      ...numbers([16, 9, 25], 257),
      item("形，不计其他情形）", 100, 251.5, 9),
      item("（三）不予公开", 100, 200, 9),
    ]);
    expect(lines[0]).toBe("（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 16 | 9 | 25");
    expect(lines[1]).toBe("（三）不予公开");
  });

  it("attaches a label line printed just below its numbers (wrapped label, numbers on the first line)", () => {
    const lines = pageToLines([
      item("一、本年新收政府信息公开", 80, 400),
      ...numbers([46, 5, 51], 400),
      item("申请数量", 80, 386),
      item("二、上年结转", 80, 350),
      ...numbers([2, 7, 9], 350),
    ]);
    expect(lines).toEqual(["一、本年新收政府信息公开申请数量 | 46 | 5 | 51", "二、上年结转 | 2 | 7 | 9"]);
  });

  it("reads a label written top to bottom as one line of its own", () => {
    const column = [..."三、本年度办理结果"].filter((c) => c !== "、").map((c, i) => item(c, 60, 300 - i * 15, 7.5));
    const rows = [0, 1, 2].flatMap((r) => [
      item(`${r + 1}.属于某类`, 100, 290 - r * 30, 7.5),
      ...numbers([r, r], 290 - r * 30),
    ]);
    const lines = pageToLines([...column, ...rows]);
    expect(lines).toContain("三本年度办理结果");
    expect(lines).toContain("1.属于某类 | 0 | 0");
    expect(lines.filter((l) => l.includes(" | ")).every((l) => /^\d\.属于某类/.test(l))).toBe(true);
  });

  it("puts an item pdfjs marks vertical on a line of its own", () => {
    const lines = pageToLines([
      { ...item("三、本", 60, 300), vertical: true },
      item("1.属于国家秘密", 100, 300),
      ...numbers([0, 0], 300),
    ]);
    expect(lines).toEqual(["三、本", "1.属于国家秘密 | 0 | 0"]);
  });

  it("removes stray spaces between CJK characters but keeps them around numbers", () => {
    expect(pageToLines([item("只计这一情 形，共 2024 年", 80, 500)])).toEqual(["只计这一情形，共 2024 年"]);
  });
});

describe("page furniture", () => {
  it("recognises page numbers in their usual forms", () => {
    for (const s of ["- 3 -", "3", "第3页", "3/12", "—12—", "第 2 页 共 5 页"]) expect(isPageNumber(s)).toBe(true);
    for (const s of ["3 | 4", "2023年", "一、总体情况"]) expect(isPageNumber(s)).toBe(false);
  });

  it("drops page numbers at page edges and headers repeated on most pages", () => {
    const pages = [1, 2, 3, 4].map((n) => ["某某市人民政府文件", `正文第${n}页的内容`, `- ${n} -`]);
    expect(dropPageFurniture(pages)).toEqual([1, 2, 3, 4].map((n) => [`正文第${n}页的内容`]));
  });
});
