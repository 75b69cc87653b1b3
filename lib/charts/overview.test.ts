import { describe, expect, it } from "vitest";
import type { BarSeriesOption } from "echarts/charts";
import {
  buildApplicantTrend,
  buildOutcomeComposition,
  buildReviewLitigation,
  yearColumnsTable,
  APPLICANT_COLUMNS,
} from "./overview";
import { buildCoverage, coverageTable } from "./coverage";
import { buildHeadlines } from "./headline";
import { totalsRow } from "@/test/helpers/chart-rows";

const rows = [
  totalsRow(2018, { apps_new: 50, outcome_total: 40, granted: 30, partial: 10 }),
  totalsRow(2020, {
    apps_new: 100,
    app_natural_person: 80,
    app_commercial: 20,
    outcome_total: 100,
    granted: 60,
    partial: 20,
    denied: 20,
    review_total: 12,
    review_corrected: 3,
    review_upheld: 9,
  }),
];

function seriesOf(option: ReturnType<typeof buildApplicantTrend>): BarSeriesOption[] {
  return option.series as BarSeriesOption[];
}

describe("overview builders", () => {
  it("stacks applicant types and shows unsplit legacy years as one bar, keeping the gap year", () => {
    const series = seriesOf(buildApplicantTrend(rows));
    expect(series).toHaveLength(APPLICANT_COLUMNS.length + 1);
    expect(series[0].data).toEqual([null, null, 80]); // 2018 (no split), 2019 (no report), 2020
    expect(series.at(-1)!.name).toContain("未分类");
    expect(series.at(-1)!.data).toEqual([50, null, null]);
    expect(JSON.stringify(series[0].markLine)).toContain("2019年");
  });

  it("turns outcomes into shares of 100 % on request", () => {
    const counts = seriesOf(buildOutcomeComposition(rows, false));
    const shares = seriesOf(buildOutcomeComposition(rows, true));
    expect(counts[0].data).toEqual([30, null, 60]);
    expect(shares[0].data).toEqual([0.75, null, 0.6]);
  });

  it("puts reviews and lawsuits in two stacks", () => {
    const stacks = new Set(seriesOf(buildReviewLitigation(rows)).map((s) => s.stack));
    expect([...stacks]).toEqual(["review", "litigation"]);
  });

  it("tables list every year, — for a year without a report", () => {
    const table = yearColumnsTable(rows, APPLICANT_COLUMNS.slice(0, 1));
    expect(table.rows).toEqual([
      ["2018年（口径映射）", null],
      ["2019年", "无报告"],
      ["2020年", 80],
    ]);
    expect(coverageTable(rows).rows[1]).toEqual(["2019年", 0, 0, { ratio: null, text: "—" }]);
    expect((buildCoverage(rows).series as BarSeriesOption[])[0].data).toEqual([1, 0, 1]);
  });

  it("ticks a count axis at whole numbers (an all-zero or tiny series showed 0, 0, 0, 1, 1, 1)", () => {
    expect(buildCoverage(rows).yAxis).toMatchObject({ minInterval: 1 });
    expect(buildOutcomeComposition(rows, false).yAxis).toMatchObject({ minInterval: 1 });
    expect(buildOutcomeComposition(rows, true).yAxis).not.toHaveProperty("minInterval");
  });

  it("tooltips label legacy years as mapped", () => {
    const option = buildOutcomeComposition(rows, false);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ seriesName: "予以公开", value: 30, dataIndex: 0, marker: "" }]);
    expect(html).toContain("2018年（口径映射）");
    expect(html).toContain("30");
  });
});

describe("headlines", () => {
  it("computes rates from sums and flags small denominators", () => {
    const [apps, grant, review] = buildHeadlines(rows);
    expect(apps.year).toBe(2020);
    expect(apps.text).toBe("100");
    expect(apps.change).toBeNull(); // no 2019 report to compare with
    expect(grant.text).toBe("80.0%");
    expect(review.text).toBe("25.0%");
    expect(review.small).toBe(false);
    const small = buildHeadlines([totalsRow(2021, { review_total: 4, review_corrected: 1 })])[2];
    expect(small.small).toBe(true);
    expect(small.detail).toBe("1/4 件");
  });

  it("states the change against the previous year", () => {
    const two = [totalsRow(2021, { apps_new: 100 }), totalsRow(2022, { apps_new: 150 })];
    expect(buildHeadlines(two)[0].change).toBe("+50.0%");
  });
});
