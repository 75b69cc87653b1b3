import { describe, expect, it } from "vitest";
import { blankMarkdownFurniture } from "./markdown-tables";

const digits = (s: string): string => s.replace(/[^\d\n]/g, "");

describe("blankMarkdownFurniture", () => {
  it("blanks a DataFrame's numbered header and row index, keeping every line", () => {
    const md = [
      "|    | 0 | 1 | 2 | 3 | 4 |",
      "|---:|:--|:--|:--|:--|:--|",
      "|  0 | 一、本年新收 | 5 | 0 | 0 | 5 |",
      "|  1 | 二、上年结转 | 1 | 0 | 0 | 1 |",
    ].join("\n");
    const out = blankMarkdownFurniture(md);
    expect(out.split("\n")).toHaveLength(4);
    expect(out.length).toBe(md.length);
    expect(digits(out)).toBe("\n\n5005\n1001");
  });

  it("blanks a numbering the extractor repeats inside a table, and Col1… headers", () => {
    const md = [
      "| Col1 | Col2 | Col3 | Col4 | Col5 | Col6 |",
      "|---|---|---|---|---|---|",
      "| 予以公开 | 3 | 0 | 0 | 0 | 3 |",
      "| 1 | 2 | 3 | 4 | 5 | 6 |",
      "| 部分公开 | 1 | 0 | 0 | 0 | 1 |",
    ].join("\n");
    expect(digits(blankMarkdownFurniture(md))).toBe("\n\n30003\n\n10001");
  });

  it("leaves tables without a separator line and real rows alone", () => {
    const pipes = "| 1 | 2 | 3 | 4 | 5 | 6 | 7 |\n| 5 | 0 | 0 | 0 | 0 | 0 | 5 |";
    expect(blankMarkdownFurniture(pipes)).toBe(pipes);
    const md = "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 0 | 1 | 2 |";
    expect(blankMarkdownFurniture(md)).toBe(md);
  });
});
