import { describe, expect, it } from "vitest";
import { buildFailingByRule, failingByRuleTable } from "./quality-options";

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
