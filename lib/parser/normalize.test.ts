import { describe, expect, it } from "vitest";
import { hasTraditional, normalizeText } from "./normalize";
import { cpuMs } from "@/test/helpers/cpu-time";

describe("normalizeText", () => {
  it("maps the CJK radical code points a PDF gives for everyday characters (⾏政复议, 局⻓), one for one", () => {
    const printed = "⼆、⾏政复议数 件 2\n由局⻓任组⻓，⽉⽇";
    const out = normalizeText(printed);
    expect(out).toBe("二、行政复议数 件 2\n由局长任组长,月日");
    expect(out.length).toBe(printed.length);
  });

  it("maps CJK compatibility ideographs to the characters they stand for, and leaves the block's unified ones", () => {
    expect(normalizeText("\uf98e度\uf967予公开\ufa08政复议\uf9e4由")).toBe("年度不予公开行政复议理由");
    // U+FA0E..U+FA29 holds a dozen unified ideographs (﨎 﨏 﨑 …): no decomposition, kept.
    expect(normalizeText("\ufa0e\ufa0f\ufa11")).toBe("\ufa0e\ufa0f\ufa11");
  });

  it("drops invisible format characters inside figures and labels, keeping every line", () => {
    expect(normalizeText("同意\u00ad公开答复数件6\u200d1\u2060\nA\u200e\u202a1\u202c\ufeff8\ufe0f")).toBe(
      "同意公开答复数件61\nA18",
    );
  });

  it("turns CRLF into LF and keeps every line", () => {
    const out = normalizeText("a\r\nb\r\n\r\nc\rd");
    expect(out).toBe("a\nb\n\nc\nd");
  });

  it("maps full-width digits, letters and table punctuation to ASCII", () => {
    expect(normalizeText("（一）予以公开｜１２３，４５６．７：－５／ＡＢｃ")).toBe("(一)予以公开|123,456.7:-5/ABc");
  });

  it("turns NBSP and ideographic spaces into spaces", () => {
    expect(normalizeText("总计\u00a0\u30005")).toBe("总计  5");
  });

  it("converts traditional to simplified and drops pinyin glosses", () => {
    const out = normalizeText("永興傣族鄉(xiāng)人民政府\n協(xié)同發(fā)聲,處理結果");
    expect(out).toBe("永兴傣族乡人民政府\n协同发声,处理结果");
  });

  it("keeps parentheses that are not glosses", () => {
    expect(normalizeText("(一)予以公开 条例(a) 报告(PDF)")).toBe("(一)予以公开 条例(a) 报告(PDF)");
  });

  it("writes dates in Chinese numerals with Arabic digits: the year, and a month and day right after it", () => {
    expect(normalizeText("规划局二〇一五年度政府信息公开工作年度报告")).toBe("规划局2015年度政府信息公开工作年度报告");
    expect(normalizeText("国土资源局 二○一一年元月二十日")).toBe("国土资源局 2011年1月20日");
    expect(normalizeText("自二零二三年一月一日起至二零二三年十二月三十一日止")).toBe(
      "自2023年1月1日起至2023年12月31日止",
    );
    expect(normalizeText("二〇二二年一是加强")).toBe("2022年一是加强");
    expect(normalizeText("二〇一五年四五月")).toBe("2015年四五月");
    expect(normalizeText("二〇一五年十三月")).toBe("2015年十三月");
  });

  it("leaves number words that are no year as they are", () => {
    for (const text of ["一五年", "十二月三十日", "三〇〇五年", "零星申请三件", "二〇一五"])
      expect(normalizeText(text)).toBe(text);
  });

  it("leaves simplified text unchanged", () => {
    const text = "瓯海区人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况";
    expect(normalizeText(text)).toBe(text);
    expect(hasTraditional(text)).toBe(false);
    expect(hasTraditional("資訊公開")).toBe(true);
  });

  it("is fast: 2,000 texts of 8 KB in well under a second", () => {
    const text = "三、收到和处理政府信息公开申请情况 | 46 | 5 | 0 |（一）予以公开\n".repeat(160);
    const cpu = cpuMs();
    for (let i = 0; i < 2000; i++) normalizeText(text + i);
    expect(cpu()).toBeLessThan(1000);
  });
});
