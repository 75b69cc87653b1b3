import { describe, expect, it } from "vitest";
import { buildFailingByRegion, buildFailingByRule, failingByRegionTable, failingByRuleTable } from "./quality";

type Bars = { name: string; data: (number | null)[]; markLine?: { data: { xAxis: string }[] } }[];

describe("failing reports per rule", () => {
  const rows = [
    { rule: "R3", year: 2021, reports: 2 },
    { rule: "R1", year: 2021, reports: 5 },
    { rule: "R1", year: 2023, reports: 1 },
  ];
  it("draws one series per rule in rule order, zero where a rule did not fail", () => {
    const series = buildFailingByRule(rows).series as Bars;
    expect(series.map((s) => s.name)).toEqual(["R1", "R3"]);
    expect(series[0].data).toEqual([5, 0, 1]);
    expect(series[1].data).toEqual([2, 0, 0]);
  });
  it("totals each rule across the years", () => {
    const table = failingByRuleTable(rows);
    expect(table.columns).toEqual(["规则", "说明", "2021年", "2022年", "2023年", "合计"]);
    expect(table.rows[0]).toEqual(["R1", expect.stringContaining("收支平衡"), 5, 0, 1, 6]);
  });
});

describe("failing reports per sub-region", () => {
  const rows = Array.from({ length: 20 }, (_, i) => ({
    code: String(11 + i),
    name: `省${i}`,
    reports: 100,
    failing: i,
  }));
  it("draws the regions with most failing reports, the largest at the top", () => {
    const option = buildFailingByRegion(rows);
    const names = (option.yAxis as { data: string[] }).data;
    expect(names).toHaveLength(15);
    expect(names[names.length - 1]).toBe("省19");
    expect((option.series as { data: number[] }[])[0].data.slice(-2)).toEqual([18, 19]);
  });
  it("tables every region with its share", () => {
    const table = failingByRegionTable(rows);
    expect(table.rows).toHaveLength(20);
    expect(table.rows[5]).toEqual(["省5", "16", 100, 5, { ratio: 0.05, text: "5.0%" }]);
  });
});
