import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";

/**
 * A legacy page printing this year's 统计表 and then the same rows again as the years' 累计, a table of its own (its
 * title '历年累计' or '…累计统计表(2008年5月—Y年12月)', or its one value column headed 历年累计/累计数): this year's
 * table is read, with no finding that the choice between the two is unsure. Laid out with | cells, tabs, on one
 * line, glued and one cell per line.
 */
function rows(figures: number[]): [string, string, number][] {
  const [apps, granted, partial, denied, review, suits, complaints] = figures;
  return [
    ["主动公开信息数", "条", 40 + apps * 3],
    ["其中：1、网站公开", "条", 30 + apps * 3],
    ["2、政府公报公开", "条", 10],
    ["受理依申请公开信息总数", "件", apps],
    ["其中：1、当面申请数", "件", apps - 1],
    ["2、网上申请数", "件", 1],
    ["对申请的答复总数", "件", apps],
    ["其中：1、同意公开答复数", "件", granted],
    ["2、同意部分公开答复数", "件", partial],
    ["3、否决公开答复数", "件", denied],
    ["行政复议数", "件", review],
    ["行政诉讼数", "件", suits],
    ["行政申诉、举报数", "件", complaints],
  ];
}

type Table = { title: string; column: string; figures: number[] };
const LAYOUTS: Record<string, (tables: Table[]) => string> = {
  pipes: (ts) =>
    ts
      .map(
        (t) =>
          `${t.title}\n| 指标名称 | 计量单位 | ${t.column} |\n|---|---|---|\n` +
          rows(t.figures)
            .map((r) => `| ${r.join(" | ")} |\n`)
            .join(""),
      )
      .join(""),
  tabs: (ts) =>
    ts
      .map(
        (t) =>
          `${t.title}\n指标名称\t计量单位\t${t.column}\n` +
          rows(t.figures)
            .map((r) => `${r.join("\t")}\n`)
            .join(""),
      )
      .join(""),
  "one line": (ts) =>
    `${ts.map((t) => `${t.title} 指标名称 计量单位 ${t.column} ${rows(t.figures).flat().join(" ")}`).join(" ")}\n`,
  glued: (ts) =>
    `${ts.map((t) => `${t.title}指标名称计量单位${t.column}${rows(t.figures).flat().join("")}`).join("")}\n`,
  "cell per line": (ts) =>
    ts.map((t) => `${t.title}\n指标名称\n计量单位\n${t.column}\n${rows(t.figures).flat().join("\n")}\n`).join(""),
};

const CASES: { agency: string; year: number; tables: [string, string][]; figures: number[]; total: number[] }[] = [
  {
    agency: "平潭县农业局",
    year: 2014,
    tables: [
      ["表一：2014年度政府信息公开情况统计表", "数量"],
      ["表二：历年累计政府信息公开情况统计表", "数量"],
    ],
    figures: [7, 5, 1, 1, 1, 0, 2],
    total: [30, 20, 6, 4, 3, 1, 5],
  },
  {
    agency: "平潭县司法局",
    year: 2012,
    tables: [
      ["2012年度统计", "2012年度"],
      ["历年累计", "历年累计"],
    ],
    figures: [4, 2, 1, 1, 0, 1, 0],
    total: [19, 12, 4, 3, 2, 2, 1],
  },
  {
    agency: "平潭县环保局",
    year: 2016,
    tables: [
      ["附表1 2016年政府信息公开统计表", "本年"],
      ["附表2 政府信息公开累计统计表（2008年5月—2016年12月）", "累计"],
    ],
    figures: [9, 6, 2, 1, 2, 0, 1],
    total: [41, 30, 7, 4, 5, 1, 3],
  },
  {
    agency: "平潭县统计局",
    year: 2011,
    tables: [
      ["一、本年度情况", "2011年"],
      ["二、历年累计情况", "累计数"],
    ],
    figures: [3, 3, 0, 0, 0, 0, 0],
    total: [12, 9, 2, 1, 1, 0, 2],
  },
];

async function read(agency: string, year: number, body: string) {
  const page =
    `标题: ${agency}${year}年政府信息公开工作年度报告\n==================== 正文 ====================\n` +
    `${agency}${year}年政府信息公开工作年度报告\n一、概述 我局认真贯彻《条例》,及时公开政府信息。\n${body}`;
  const got = await parseDocument(new TextEncoder().encode(page), "page.txt");
  expect(got.error).toBeUndefined();
  return got.value!;
}

describe("a legacy page printing this year's 统计表, then the years' 累计 as a table of its own", () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${name}: $tables.1.0`, async ({ agency, year, tables, figures, total }) => {
      const body = layout([
        { title: tables[0][0], column: tables[0][1], figures },
        { title: tables[1][0], column: tables[1][1], figures: total },
      ]);
      const report = await read(agency, year, body);
      const [apps, granted, partial, denied, review, suits, complaints] = figures;
      expect({
        apps: report.values["apps.new.total"],
        granted: report.values["outcome.granted.total"],
        partial: report.values["outcome.partial.total"],
        denied: report.values["outcome.denied.total"],
        review: report.values["review.total"],
        suits: report.values["litigation.total"],
        complaints: report.values["legacy.complaints"],
      }).toEqual({ apps, granted, partial, denied, review, suits, complaints });
      expect(report.findings.filter((f) => f.rule === "P1" || f.rule === "P2")).toEqual([]);
    });
  }
});
