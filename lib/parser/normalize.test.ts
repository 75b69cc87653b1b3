import { describe, expect, it } from "vitest";
import { hasTraditional, normalizeText } from "./normalize";
import { cpuMs } from "@/test/helpers/cpu-time";

describe("normalizeText", () => {
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
