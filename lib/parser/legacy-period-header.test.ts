import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";

/**
 * A 统计表 whose this-year column is headed by the report's period to its last day, not by its year
 * ('2012年1月1日至2012年12月31日 | 累计', '2015年1月1日—12月31日', '2013.1.1-2013.12.31', '1月1日至12月31日'), beside a
 * 累计 column, or a 累计 headed by a period from one year into another ('2008年5月1日至2014年12月31日累计'): the
 * period is one column's words, this year's. Every layout a site prints the table in: cells apart by | or tabs, one
 * line with spaces, glued, one cell per line.
 */
interface Row {
  label: string;
  unit: string;
  year: number;
  total: number;
}

function rows(apps: number, granted: number, partial: number, denied: number, review: number, suits: number): Row[] {
  const r = (label: string, unit: string, year: number, extra: number) => ({ label, unit, year, total: year + extra });
  return [
    r("主动公开信息数", "条", 48 + apps, 130),
    r("其中：1、网站公开", "条", 40 + apps, 100),
    r("2、政府公报公开", "条", 8, 30),
    r("受理依申请公开信息总数", "件", apps, 11),
    r("其中：1、当面申请数", "件", apps - 1, 6),
    r("2、网上申请数", "件", 1, 5),
    r("对申请的答复总数", "件", apps, 11),
    r("其中：1、同意公开答复数", "件", granted, 7),
    r("2、同意部分公开答复数", "件", partial, 3),
    r("3、否决公开答复数", "件", denied, 1),
    r("行政复议数", "件", review, 2),
    r("行政诉讼数", "件", suits, 1),
    r("行政申诉、举报数", "件", 0, 1),
  ];
}

type Layout = (header: [string, string], rows: Row[], yearFirst: boolean) => string;
const cells = (r: Row, yearFirst: boolean) => (yearFirst ? [r.year, r.total] : [r.total, r.year]);
const LAYOUTS: Record<string, Layout> = {
  pipes: ([a, b], rs, f) =>
    `| 指标名称 | 计量单位 | ${a} | ${b} |\n|---|---|---|---|\n` +
    rs.map((r) => `| ${r.label} | ${r.unit} | ${cells(r, f).join(" | ")} |\n`).join(""),
  tabs: ([a, b], rs, f) =>
    `指标名称\t计量单位\t${a}\t${b}\n${rs.map((r) => `${r.label}\t${r.unit}\t${cells(r, f).join("\t")}\n`).join("")}`,
  "one line": ([a, b], rs, f) =>
    `指标名称 计量单位 ${a} ${b} ${rs.map((r) => `${r.label} ${r.unit} ${cells(r, f).join(" ")}`).join(" ")}\n`,
  glued: ([a, b], rs, f) =>
    `指标名称计量单位${a}${b}${rs.map((r) => `${r.label}${r.unit}${cells(r, f).join("")}`).join("")}\n`,
  "cell per line": ([a, b], rs, f) =>
    `指标名称\n计量单位\n${a}\n${b}\n${rs.map((r) => `${r.label}\n${r.unit}\n${cells(r, f).join("\n")}\n`).join("")}`,
};

async function read(agency: string, year: number, table: string) {
  const page =
    `标题: ${agency}${year}年政府信息公开工作年度报告\n==================== 正文 ====================\n` +
    `${agency}${year}年政府信息公开工作年度报告\n一、概述 我局认真贯彻《条例》,及时公开政府信息。\n` +
    `附件：${agency}政府信息公开情况统计表\n${table}`;
  const got = await parseDocument(new TextEncoder().encode(page), "page.txt");
  expect(got.error).toBeUndefined();
  return got.value!;
}

const CASES: { agency: string; year: number; header: [string, string]; figures: number[]; yearFirst: boolean }[] = [
  {
    agency: "平潭县水利局",
    year: 2012,
    header: ["2012年1月1日至2012年12月31日", "累计"],
    figures: [7, 5, 1, 1, 1, 0],
    yearFirst: true,
  },
  {
    agency: "平潭县教育局",
    year: 2015,
    header: ["2015年1月1日—12月31日", "历年累计"],
    figures: [4, 2, 1, 1, 0, 1],
    yearFirst: true,
  },
  {
    agency: "平潭县民政局",
    year: 2013,
    header: ["2013.1.1-2013.12.31", "累计数"],
    figures: [9, 6, 2, 1, 2, 1],
    yearFirst: true,
  },
  {
    agency: "平潭县卫生局",
    year: 2011,
    header: ["1月1日至12月31日", "累计"],
    figures: [3, 3, 0, 0, 0, 0],
    yearFirst: true,
  },
  {
    agency: "平潭县海洋与渔业局",
    year: 2010,
    header: ["2010.01.01—2010.12.31", "历年累计"],
    figures: [6, 4, 1, 1, 1, 0],
    yearFirst: true,
  },
  // The 累计 first, headed by a period from one year into another (with or without 累计 after it).
  {
    agency: "平潭县林业局",
    year: 2014,
    header: ["2008年5月1日至2014年12月31日累计", "2014年1月1日至2014年12月31日"],
    figures: [5, 3, 1, 1, 1, 1],
    yearFirst: false,
  },
  {
    agency: "平潭县商务局",
    year: 2016,
    header: ["2008.5.1-2016.12.31", "本年度(1-12月)"],
    figures: [8, 5, 2, 1, 0, 0],
    yearFirst: false,
  },
];

describe("a legacy 统计表 whose this-year column is headed by a period with days", () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${name}: $header.0 | $header.1`, async ({ agency, year, header, figures, yearFirst }) => {
      const [apps, granted, partial, denied, review, suits] = figures;
      const report = await read(
        agency,
        year,
        layout(header, rows(apps, granted, partial, denied, review, suits), yearFirst),
      );
      expect(report.year).toBe(year);
      expect({
        apps: report.values["apps.new.total"],
        granted: report.values["outcome.granted.total"],
        partial: report.values["outcome.partial.total"],
        denied: report.values["outcome.denied.total"],
        review: report.values["review.total"],
        suits: report.values["litigation.total"],
      }).toEqual({ apps, granted, partial, denied, review, suits });
    });
  }
});
