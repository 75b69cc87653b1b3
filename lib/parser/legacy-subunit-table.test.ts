import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";

/**
 * A legacy page printing the agency's own 统计表 and a second one, the same rows, titled as its units' (附表二:下属事业单位
 * 政府信息公开情况统计表, 附:局属各单位情况汇总, 各乡镇(街道)统计表), before or after the own one, a signature's date between
 * them or not: the agency's own table is read. Laid out with | cells, tabs and one cell per line. Hand-written.
 */
function rows(figures: number[]): [string, string, number][] {
  const [active, apps, granted, partial, denied, review, suits, complaints] = figures;
  return [
    ["主动公开政府信息数", "条", active],
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

type Table = { title: string; figures: number[] };
const LAYOUTS: Record<string, (tables: Table[]) => string> = {
  pipes: (ts) =>
    ts
      .map(
        (t) =>
          `${t.title}\n| 指标 | 单位 | 统计数 |\n|---|---|---|\n` +
          rows(t.figures)
            .map((r) => `| ${r.join(" | ")} |\n`)
            .join(""),
      )
      .join(""),
  tabs: (ts) =>
    ts
      .map(
        (t) =>
          `${t.title}\n指标\t单位\t统计数\n${rows(t.figures)
            .map((r) => `${r.join("\t")}\n`)
            .join("")}`,
      )
      .join(""),
  "cell per line": (ts) =>
    ts.map((t) => `${t.title}\n指标\n单位\n统计数\n${rows(t.figures).flat().join("\n")}\n`).join(""),
};

const CASES: { agency: string; year: number; own: string; units: string; unitsFirst: boolean; figures: number[] }[] = [
  {
    agency: "某某县建设局",
    year: 2015,
    own: "附表：某某县建设局2015年政府信息公开情况统计表",
    units: "某某县建设局\n2016年1月18日\n附表二：下属事业单位政府信息公开情况统计表",
    unitsFirst: false,
    figures: [57, 31, 18, 6, 4, 1, 0, 2],
  },
  {
    agency: "某某市交通运输局",
    year: 2012,
    own: "表二：本局2012年度政府信息公开情况统计表",
    units: "表一：局属各单位情况汇总",
    unitsFirst: true,
    figures: [412, 9, 5, 2, 1, 0, 1, 0],
  },
  {
    agency: "某某县民政局",
    year: 2017,
    own: "附件1 民政局政府信息公开情况统计表",
    units: "附件2 各乡镇（街道）民政办政府信息公开情况统计表",
    unitsFirst: false,
    figures: [133, 14, 10, 1, 2, 2, 1, 3],
  },
  {
    agency: "某某区卫生健康委员会",
    year: 2018,
    own: "2018年度统计表",
    units: "附：系统内各单位统计表",
    unitsFirst: false,
    figures: [268, 22, 15, 3, 1, 0, 0, 1],
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

describe("a legacy page printing its own 统计表 and its units' (下属单位) with the same rows", () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${name}: $units`, async ({ agency, year, own, units, unitsFirst, figures }) => {
      // The units' figures: smaller, and none equal to the agency's.
      const theirs = figures.map((v, i) => (i === 0 ? v * 3 + 7 : v + 3));
      const tables = [
        { title: own, figures },
        { title: units, figures: theirs },
      ];
      const report = await read(agency, year, layout(unitsFirst ? tables.reverse() : tables));
      const [active, apps, granted, partial, denied, review, suits, complaints] = figures;
      expect({
        active: report.values["legacy.active.total"],
        apps: report.values["apps.new.total"],
        granted: report.values["outcome.granted.total"],
        partial: report.values["outcome.partial.total"],
        denied: report.values["outcome.denied.total"],
        review: report.values["review.total"],
        suits: report.values["litigation.total"],
        complaints: report.values["legacy.complaints"],
      }).toEqual({ active, apps, granted, partial, denied, review, suits, complaints });
    });
  }
});
