import { describe, expect, it } from "vitest";
import type { BarSeriesOption } from "echarts/charts";
import { judgeAgencyYears } from "@/lib/timeliness/judge";
import { countByPlace, countByYear } from "@/lib/timeliness/tally";
import {
  buildTimelinessByPlace,
  buildTimelinessByYear,
  timelinessByPlaceTable,
  timelinessByYearTable,
} from "./timeliness";

const rows = judgeAgencyYears({
  agencies: [
    { id: "a", name: "甲局", kind: "department", level: "county", place: "3301", firstYear: 2020 },
    { id: "b", name: "乙区人民政府", kind: "government", level: "county", place: "3302", firstYear: 2020 },
  ],
  reports: [
    { agencyId: "a", year: 2020, publicId: "p1", published: "2021-01-30" },
    { agencyId: "b", year: 2020, publicId: "p2", published: "2021-04-02" },
    { agencyId: "b", year: 2022, publicId: "p3", published: null },
  ],
  from: 2020,
  to: 2022,
  today: "2023-01-20", // the departments' 2022 deadline (01-31) has not passed yet
});

describe("timeliness charts", () => {
  it("stacks every status per year, the table summing to the agency-years judged", () => {
    const option = buildTimelinessByYear(countByYear(rows));
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(["按时", "逾期", "日期不详", "未发布", "未到期"]);
    expect(series.map((s) => s.data)).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [0, 0, 1],
      [0, 2, 0],
      [0, 0, 1],
    ]);
    const table = timelinessByYearTable(countByYear(rows));
    expect(table.rows.map((r) => r.at(-1))).toEqual([2, 2, 2]);
    expect(table.rows.reduce((n, r) => n + Number(r.at(-1)), 0)).toBe(rows.length);
  });

  it("puts the sub-region with most late and missing years on top of the bars", () => {
    const places = countByPlace(rows).map((p) => ({ ...p, name: p.place === "3301" ? "杭州市" : "宁波市" }));
    const option = buildTimelinessByPlace(places);
    expect((option.yAxis as { data: string[] }).data).toEqual(["杭州市", "宁波市"]); // ECharts draws the last category on top
    expect(timelinessByPlaceTable(places).rows[0]).toEqual(["宁波市", "3302", 0, 1, 1, 1, 0, 3]);
  });
});
