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

  it("reads a UTF-8 page with one block of broken bytes as UTF-8, the broken bytes replaced", () => {
    const head = new TextEncoder().encode(
      "二〇二一年度本局收到申请九件，其中予以公开六件，无法提供三件，均已按期答复办结。\n",
    );
    const broken = new Uint8Array([0xe9, 0x8d, 0x97, 0x20, 0xe6, 0x8d, 0x20, 0x39, 0x20, 0xe7, 0x20]);
    const out = decodeBytes(new Uint8Array([...head, ...head, ...broken, ...head]));
    expect(out.encoding).toBe("utf-8");
    expect(out.text.startsWith("二〇二一年度本局收到申请九件")).toBe(true);
    expect(out.text).toContain("\ufffd");
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
