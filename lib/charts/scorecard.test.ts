import { describe, expect, it } from "vitest";
import type { Scorecard, ScoredAgency } from "@/lib/scorecard/types";
import { DEFAULT_WEIGHTS, INDICATORS } from "@/lib/scorecard/weights";
import {
  agencyBars,
  buildScoreBars,
  MAX_AGENCY_BARS,
  regionBars,
  regionScoresTable,
  scorecardTable,
} from "./scorecard";

const marks = Object.fromEntries(INDICATORS.map((k) => [k, { value: 1, text: "好" }])) as ScoredAgency["marks"];
const agency = (i: number, over: Partial<ScoredAgency> = {}): ScoredAgency => ({
  agencyId: `a${i}`,
  agencyName: `=机关${i}`,
  level: "county",
  kind: "department",
  provinceCode: "33",
  cityCode: "3303",
  countyCode: null,
  status: "published",
  neverPublished: false,
  publicId: `p${i}`,
  published: "2024-01-02",
  marks,
  score: 100 - i,
  rank: i + 1,
  shift: 0,
  shiftBy: null,
  sensitive: false,
  ...over,
});
const rates = Object.fromEntries(
  INDICATORS.map((k) => [k, { applicable: 4, mean: 0.75 }]),
) as Scorecard["regions"][number]["rates"];
const region = { code: "3303", name: "温州市", agencies: 5, published: 4, missing: 1, rates, meanScore: 71.3 };

describe("scorecard chart", () => {
  it("draws bars in rank order top to bottom, sensitive agencies in amber, at most MAX_AGENCY_BARS", () => {
    const agencies = Array.from({ length: 40 }, (_, i) => agency(i, { sensitive: i === 1 }));
    const option = buildScoreBars(agencyBars(agencies));
    const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0];
    expect(series.data).toHaveLength(MAX_AGENCY_BARS);
    expect(series.data.at(-1)!.value).toBe(100); // first in rank = top bar = last category
    expect(series.data.at(-2)!.itemStyle.color).toBe("#d97706");
    expect((option.yAxis as { data: string[] }).data.at(-1)).toBe("=机关0");
  });

  it("writes region rates in the tooltip lines and the table, in percent with one decimal", () => {
    expect(regionBars([region])[0].lines[1]).toEqual({ name: "按时发布", value: "75%（4 家计分）" });
    const table = regionScoresTable([region]);
    expect(table.columns).toEqual([
      "地区",
      "代码",
      "机构数",
      "已发布",
      "缺报",
      "按时发布（%）",
      "表格完整（%）",
      "数据勾稽（%）",
      "年度衔接（%）",
      "表述原创（%）",
      "数据合理（%）",
      "平均得分",
    ]);
    expect(table.rows[0]).toEqual(["温州市", "3303", 5, 4, 1, 75, 75, 75, 75, 75, 75, 71.3]);
  });

  it("exports every agency with each indicator's value and reason, the rank move and the twin", () => {
    const twin = { publicId: "tw", agencyId: "b", agencyName: "乙", year: 2023 };
    const card: Scorecard = {
      region: "33",
      year: 2023,
      weights: DEFAULT_WEIGHTS,
      threshold: 3,
      regions: [],
      agencies: [
        agency(0, {
          shift: 5,
          shiftBy: { indicator: "timely", delta: -10 },
          sensitive: true,
          marks: { ...marks, original: { value: 0, text: "雷同", twin } },
        }),
        agency(1, { status: "missing", publicId: null, score: 0 }),
      ],
    };
    const table = scorecardTable(card);
    expect(table.rows).toHaveLength(2);
    const row = Object.fromEntries(table.columns.map((c, i) => [c, table.rows[0][i]]));
    expect(row).toMatchObject({
      名次: 1,
      机构: "=机关0",
      状态: "已发布",
      表述原创说明: "雷同",
      "表述原创（%）": 0,
      "名次最大变动（权重±10）": "5（按时发布 -10）",
      稳定性: "敏感",
      相似报告: "/reports/tw",
    });
    expect(table.rows[1][table.columns.indexOf("状态")]).toBe("缺报");
  });
});
