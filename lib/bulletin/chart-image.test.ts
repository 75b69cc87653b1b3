/**
 * Server-drawn chart images: the pages' option builders through ECharts SSR SVG and resvg, with and without the CJK
 * font.
 */
import { describe, expect, it } from "vitest";
import { buildCoverage } from "@/lib/charts/coverage";
import { buildApplicantTrend } from "@/lib/charts/overview";
import { totalsRow } from "@/test/helpers/chart-rows";
import { chartPng, chartSvg, cjkFontFiles } from "./chart-image";

const TOTALS = [2019, 2020, 2021, 2022].map((year, i) =>
  totalsRow(year, {
    reports: 20 + i,
    failing: i,
    apps_new: 120 + 10 * i,
    app_natural_person: 80 + 10 * i,
    app_commercial: 20,
    app_research: 5,
    app_public_interest: 5,
    app_legal_service: 5,
    app_other_org: 5,
  }),
);
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("chart images for the bulletin", () => {
  it("draws the page's option as SVG with the whole legend and the Chinese labels as text", () => {
    const svg = chartSvg(buildApplicantTrend(TOTALS), 580, 320);
    expect(svg).toMatch(/^<svg[^>]*width="580" height="320"/);
    expect(svg).toContain("自然人");
    expect(svg).toContain("其他组织"); // a page's scrolling legend would page it away
    expect(svg).not.toMatch(/\d+\/\d+<\/text>/); // no legend pager ("1/2")
  });

  it("turns it into a PNG at twice the size, with the font file found on this machine", () => {
    expect(cjkFontFiles()).toHaveLength(1);
    const { png, width, height } = chartPng(buildCoverage(TOTALS), 580, 280);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([width, height]).toEqual([580, 280]);
    expect(size(png)).toEqual({ width: 1160, height: 560 });
  });

  it("still draws (without text) when no CJK font file is there", () => {
    const withFont = chartPng(buildCoverage(TOTALS), 580, 280, { scale: 1 });
    const without = chartPng(buildCoverage(TOTALS), 580, 280, { scale: 1, fontFiles: [] });
    expect(size(without.png)).toEqual({ width: 580, height: 280 });
    expect(without.png.length).toBeLessThan(withFont.png.length); // the bars, not the labels
  });
});
