import { describe, expect, it } from "vitest";
import type { LineSeriesOption } from "echarts/charts";
import { buildCompare, compareTable, deltaOf, NO_REPORT } from "./compare";
import { buildRanking, rankingTable } from "./ranking";

const entities = [
  { id: "a", name: `<img src=x onerror=alert(1)>局` },
  { id: "b", name: "瓯海区人民政府" },
];
const points = [
  { id: "a", year: 2020, value: 10, num: null, den: null },
  { id: "a", year: 2021, value: 15, num: null, den: null },
  { id: "b", year: 2021, value: null, num: null, den: null },
];

describe("compare builder", () => {
  const option = buildCompare({
    entities,
    points,
    years: [2020, 2021],
    metric: "apps.new.total",
    mode: "line",
    delta: false,
  });

  it("draws one series per entity with gaps for missing years", () => {
    const series = option.series as LineSeriesOption[];
    expect(series).toHaveLength(2);
    expect(series[0].data).toEqual([10, 15]);
    expect(series[1].data).toEqual([null, null]);
    expect(series.every((s) => s.type === "line")).toBe(true);
  });

  it("ticks counts at whole numbers, rates at fractions", () => {
    expect(option.yAxis).toMatchObject({ minInterval: 1 });
    const rates = buildCompare({
      entities,
      points,
      years: [2020, 2021],
      metric: "rate.grant",
      mode: "line",
      delta: false,
    });
    expect(rates.yAxis).not.toHaveProperty("minInterval");
  });

  it("escapes names in tooltips and tells no report from blank", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([
      { seriesIndex: 0, dataIndex: 1, marker: "" },
      { seriesIndex: 1, dataIndex: 1, marker: "" },
    ]);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;局");
    expect(html).toContain("2021年");
    expect(html).toContain("空白");
    const table = compareTable({ entities, points, years: [2020, 2021], metric: "apps.new.total", delta: false });
    expect(table.rows[1]).toEqual(["瓯海区人民政府", NO_REPORT, "空白"]);
  });

  it("computes the change against the previous year", () => {
    expect(deltaOf("apps.new.total", points[1], points[0])).toBeCloseTo(0.5);
    expect(deltaOf("rate.grant", { ...points[1], value: 0.6 }, { ...points[0], value: 0.5 })).toBeCloseTo(0.1);
    const bars = buildCompare({
      entities,
      points,
      years: [2020, 2021],
      metric: "apps.new.total",
      mode: "bar",
      delta: true,
    });
    expect((bars.series as { type: string; data: unknown[] }[])[0]).toMatchObject({ type: "bar", data: [null, 0.5] });
  });
});

describe("ranking builder", () => {
  const items = [
    { id: "1", name: "甲<b>", value: 0.8, num: 80, den: 100 },
    { id: "2", name: "乙", value: 1, num: 3, den: 3 },
  ];

  it("greys rates over fewer than 10 cases and escapes tooltip names", () => {
    const option = buildRanking(items, "rate.grant", 2023);
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0];
    expect(series.data.map((d) => d.value)).toEqual([1, 0.8]); // bottom-up
    expect(series.data[0].itemStyle.color).not.toBe(series.data[1].itemStyle.color);
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 1 });
    expect(html).toContain("甲&lt;b&gt;");
    expect(html).toContain("80.0%（80/100）");
    expect(option.xAxis).not.toHaveProperty("minInterval");
    expect(buildRanking(items, "apps_new", 2023).xAxis).toMatchObject({ minInterval: 1 });
    expect(rankingTable(items, "rate.grant").rows[1]).toEqual([
      2,
      "乙",
      { ratio: 1, text: "100.0%（3/3，不足10件）", small: true },
      3,
      3,
    ]);
  });
});

describe("compare of a canonical key outside the core metrics", () => {
  const metric = "outcome.denied.state_secret.total";
  const detail = [
    { id: "a", year: 2020, value: 0, num: null, den: null },
    { id: "a", year: 2021, value: 3, num: null, den: null },
    { id: "b", year: 2021, value: null, num: null, den: null },
  ];

  it("names the key in Chinese and keeps 0, blank and no report apart, as the core metrics do", () => {
    const option = buildCompare({ entities, points: detail, years: [2020, 2021], metric, mode: "bar", delta: false });
    expect((option.series as LineSeriesOption[])[0].data).toEqual([0, 3]);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ seriesIndex: 0, dataIndex: 0, marker: "" }])).toContain("不予公开·属于国家秘密（总计）");
    const table = compareTable({ entities, points: detail, years: [2020, 2021], metric, delta: false });
    expect(table.rows).toEqual([
      [entities[0].name, 0, 3],
      ["瓯海区人民政府", NO_REPORT, "空白"],
    ]);
  });

  it(
    "says why a year has no figure, in the tooltip and the table: no report, blank, not in the template " + "family",
    () => {
      const why = [
        { id: "a", year: 2020, value: null, num: null, den: null, why: "无此项（旧版模板）" },
        { id: "b", year: 2021, value: null, num: null, den: null, why: "空白" },
      ];
      const option = buildCompare({ entities, points: why, years: [2020, 2021], metric, mode: "line", delta: false });
      const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
      const at2020 = formatter([
        { seriesIndex: 0, dataIndex: 0, marker: "" },
        { seriesIndex: 1, dataIndex: 0, marker: "" },
      ]);
      expect(at2020).toContain("无此项（旧版模板）");
      expect(at2020).toContain(NO_REPORT);
      expect(compareTable({ entities, points: why, years: [2020, 2021], metric, delta: false }).rows).toEqual([
        [entities[0].name, "无此项（旧版模板）", NO_REPORT],
        ["瓯海区人民政府", NO_REPORT, "空白"],
      ]);
    },
  );
});
