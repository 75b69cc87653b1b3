import { describe, expect, it } from "vitest";
import type { Totals } from "@/lib/charts/rates";
import { CORE_METRICS } from "@/lib/metrics";
import { agencySeriesTable, APPS_SERIES, buildAgencySeries, NO_REPORT } from "./agency-series";

function year(y: number, family: string, appsNew: number | null, granted: number | null): Totals & { family: string } {
  const cols = Object.fromEntries(CORE_METRICS.map((m) => [m.column, null])) as Record<string, null>;
  return { ...cols, year: y, family, reports: 1, failing: 0, apps_new: appsNew, granted } as Totals & {
    family: string;
  };
}

const rows = [year(2017, "legacy", 4, 1), year(2019, "2019", 12, 5), year(2021, "2021", 20, 9)];

describe("buildAgencySeries", () => {
  it("draws every year from first to last with applications as a line over the outcome bars", () => {
    const option = buildAgencySeries(rows);
    const series = option.series as { type: string; name: string; data: unknown[] }[];
    const apps = series.find((s) => s.name === APPS_SERIES)!;
    expect(apps.type).toBe("line");
    expect(apps.data).toEqual([4, null, 12, null, 20]);
    expect(series.filter((s) => s.type === "bar").length).toBeGreaterThan(3);
  });

  it("marks the 2019 and 2021 template changes on the axis", () => {
    const series = buildAgencySeries(rows).series as { markLine?: { data: { xAxis: string }[] } }[];
    const marks = series.flatMap((s) => s.markLine?.data ?? []).map((d) => d.xAxis);
    expect(marks).toEqual(["2019年", "2021年"]);
  });
});

describe("agencySeriesTable", () => {
  it("says 未报送 for a year without a report, and keeps a reported zero as 0", () => {
    const table = agencySeriesTable([year(2020, "2019", 0, 0), year(2022, "2021", 3, null)]);
    expect(table.rows.map((r) => r[1])).toEqual(["2019版", NO_REPORT, "2021版"]);
    expect(table.rows[0][2]).toBe(0);
    expect(table.rows[1].slice(2).every((v) => v === null)).toBe(true);
    expect(table.rows[2][3]).toBeNull();
  });
});
