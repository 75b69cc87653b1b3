import { describe, expect, it } from "vitest";
import { escapeHtml, formatChange, formatCount, formatFull, formatYear, rateView } from "./format";

describe("format", () => {
  it("uses 万 and 亿 for large counts and keeps small ones whole", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(9999)).toBe("9,999");
    expect(formatCount(12345)).toBe("1.23万");
    expect(formatCount(20000)).toBe("2万");
    expect(formatCount(350_000_000)).toBe("3.5亿");
    expect(formatCount(null)).toBe("—");
    expect(formatFull(1234567)).toBe("1,234,567");
  });

  it("writes years as 2023年", () => {
    expect(formatYear(2023)).toBe("2023年");
  });

  it("computes rates from counts and flags small denominators", () => {
    const big = rateView(45, 60);
    expect(big.text).toBe("75.0%");
    expect(big.small).toBe(false);
    const small = rateView(3, 8);
    expect(small.small).toBe(true);
    expect(small.counts).toBe("3/8");
    expect(rateView(0, 0).value).toBeNull();
  });

  it("states changes as percent for counts and points for rates", () => {
    expect(formatChange(110, 100, "count")).toBe("+10.0%");
    expect(formatChange(90, 100, "count")).toBe("−10.0%");
    expect(formatChange(5, 0, "count")).toBeNull();
    expect(formatChange(0.5, 0.45, "rate")).toBe("+5.0个百分点");
    expect(formatChange(null, 1, "count")).toBeNull();
  });

  it("escapes HTML in names", () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe("&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;");
  });
});
