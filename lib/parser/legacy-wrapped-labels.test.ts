import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";

/**
 * Row labels of a legacy 统计表 broken mid-word over two lines by a crawler or a PDF converter ('受理依申请公开信息总'
 * then '数', '同意部分公开答' then '复数'), the unit and figures on the first line or the second: the two parts are one
 * label, and the row is read.
 */
const ROWS: [string, string, number][] = [
  ["主动公开信息数", "条", 0],
  ["受理依申请公开信息总数", "件", 1],
  ["其中：1、当面申请数", "件", 2],
  ["2、网上申请数", "件", 3],
  ["对申请的答复总数", "件", 4],
  ["其中：1、同意公开答复数", "件", 5],
  ["2、同意部分公开答复数", "件", 6],
  ["3、否决公开答复数", "件", 7],
  ["行政复议数", "件", 8],
  ["行政诉讼数", "件", 9],
  ["行政申诉、举报数", "件", 10],
];

/** Where each label breaks: before its last one or two characters (总|数, 答|复数, 申|请数). */
function broken(label: string): [string, string] | null {
  const tail = label.endsWith("总数") ? 1 : /(?:答复|申请)数$/.test(label) ? 2 : 0;
  return tail === 0 ? null : [label.slice(0, -tail), label.slice(-tail)];
}

type Row = { label: string; unit: string; year: number; total: number };
const LAYOUTS: Record<string, (r: Row) => string> = {
  // | cells, the label's end in a row of blank cells.
  "pipes, end below": (r) => {
    const b = broken(r.label);
    const line = (l: string) => `| ${l} | ${r.unit} | ${r.year} | ${r.total} |`;
    return b ? `${line(b[0])}\n| ${b[1]} | | | |` : line(r.label);
  },
  // Tabs, the unit on the first line, the figures after the label's end.
  "tabs, unit first": (r) => {
    const b = broken(r.label);
    return b ? `${b[0]}\t${r.unit}\n${b[1]}\t${r.year}\t${r.total}` : `${r.label}\t${r.unit}\t${r.year}\t${r.total}`;
  },
  // Spaces, the unit on the first line, the figures after the label's end.
  "spaces, unit first": (r) => {
    const b = broken(r.label);
    return b ? `${b[0]} ${r.unit}\n${b[1]} ${r.year} ${r.total}` : `${r.label} ${r.unit} ${r.year} ${r.total}`;
  },
};

const CASES = [
  { agency: "平潭县文体局", year: 2013, figures: [62, 6, 5, 1, 6, 4, 1, 1, 1, 0, 2], totals: 4 },
  { agency: "平潭县粮食局", year: 2010, figures: [18, 3, 2, 1, 3, 1, 1, 1, 0, 1, 0], totals: 11 },
  { agency: "平潭县旅游局", year: 2016, figures: [95, 12, 7, 5, 12, 9, 2, 1, 2, 1, 1], totals: 23 },
];

describe("a legacy 统计表 whose row labels break mid-word over two lines", () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${name}: $agency`, async ({ agency, year, figures, totals }) => {
      const header = name.startsWith("pipes") ? "| 指标名称 | 计量单位 | 本年 | 累计 |" : "指标名称 计量单位 本年 累计";
      const table = ROWS.map(([label, unit, i]) =>
        layout({ label, unit, year: figures[i], total: figures[i] + totals }),
      );
      const page =
        `标题: ${agency}${year}年政府信息公开工作年度报告\n==================== 正文 ====================\n` +
        `${agency}${year}年政府信息公开工作年度报告\n一、概述 我局认真贯彻《条例》。\n` +
        `附件：${agency}政府信息公开情况统计表\n${header}\n${table.join("\n")}\n`;
      const report = (await parseDocument(new TextEncoder().encode(page), "page.txt")).value!;
      expect({
        apps: report.values["apps.new.total"],
        granted: report.values["outcome.granted.total"],
        partial: report.values["outcome.partial.total"],
        denied: report.values["outcome.denied.total"],
        review: report.values["review.total"],
        suits: report.values["litigation.total"],
      }).toEqual({
        apps: figures[1],
        granted: figures[5],
        partial: figures[6],
        denied: figures[7],
        review: figures[8],
        suits: figures[9],
      });
    });
  }
});
