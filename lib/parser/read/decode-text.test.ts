import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { cleanText, decodeBytes } from "./decode-text";

const SAMPLE = "政府信息公开工作年度报告\n本年新收政府信息公开申请数量 | 46 | 5 | 51\n";
const TRADITIONAL = "政府信息公開工作年度報告\n本年新收政府信息公開申請數量 | 46 | 5 | 51\n";

describe("decodeBytes", () => {
  it("reads UTF-8 with and without BOM", () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeBytes(plain)).toEqual({ text: SAMPLE, encoding: "utf-8" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(bom)).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE by their BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(SAMPLE, "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(SAMPLE, "utf-16be")]);
    expect(decodeBytes(le)).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeBytes(be)).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("recognises UTF-16 saved without a BOM by its zero bytes", () => {
    expect(decodeBytes(iconv.encode(SAMPLE, "utf-16le"))).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeBytes(iconv.encode(SAMPLE, "utf-16be"))).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("falls back to GB18030 for GBK/GB2312 bytes", () => {
    const gbk = iconv.encode(SAMPLE, "gbk");
    expect(decodeBytes(gbk)).toEqual({ text: SAMPLE, encoding: "gb18030" });
  });

  it("recognises Big5 traditional text", () => {
    const big5 = iconv.encode(TRADITIONAL, "big5");
    expect(decodeBytes(big5)).toEqual({ text: TRADITIONAL, encoding: "big5" });
  });

  it("honours a <meta charset> that agrees with the bytes", () => {
    const html = `<html><head><meta charset="big5"></head><body><p>${TRADITIONAL}</p></body></html>`;
    const out = decodeBytes(iconv.encode(html, "big5"), { html: true });
    expect(out.encoding).toBe("big5");
    expect(out.text).toContain("政府信息公開");
  });

  it("ignores a <meta charset> the bytes contradict", () => {
    const html = `<html><head><meta charset="gbk"></head><body><p>${SAMPLE}</p></body></html>`;
    expect(decodeBytes(new TextEncoder().encode(html)).encoding).toBe("utf-8");
  });
});

describe("cleanText", () => {
  it("normalises line endings and strips control characters but keeps tabs", () => {
    expect(cleanText("a\r\nb\rc\u0000d\u0007e\tf\ufeffg\u200bh")).toBe("a\nb\ncde\tfgh");
  });
});
