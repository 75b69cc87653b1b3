/**
 * §三 as a `|` grid whose labels take three columns (三、本年度办理结果 | (一)予以公开 | 1.属于国家秘密), the 办理结果 rows
 * printing only their 总计 cell, the applicant cells left empty: a row without a sub-item has one more empty cell
 * before its figure than the row has cells, and the next row's empty label cells follow it. The figure is the row's
 * 总计 (read-applications.ts withoutNextRowsEmpties, fit-cells.ts).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const ITEMS: [string, string, string][] = [
  ["三、本年度办理结果", "（一）予以公开", ""],
  ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ""],
  ["", "（三）不予公开", "1.属于国家秘密"],
  ...[
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
  ].map((s): [string, string, string] => ["", "", s]),
  ["", "（四）无法提供", "1.本机关不掌握相关政府信息"],
  ["", "", "2.没有现成信息需要另行制作"],
  ["", "", "3.补正后申请内容仍不明确"],
  ["", "（五）不予处理", "1.信访举报投诉类申请"],
  ...["2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"].map(
    (s): [string, string, string] => ["", "", s],
  ),
  ["", "（六）其他处理", ""],
  ["", "（七）总计", ""],
];

const cell = (s: string) => (s ? ` ${s} ` : " ");

/** The page: §三 with `fresh` (7 cells) new this year, none carried over, `totals[i]` the 总计 of item i. */
function page(agency: string, year: number, fresh: number[], totals: number[]) {
  const full = (label: string, cells: number[]) => `|${cell(label)}| | |${cells.map((c) => ` ${c} `).join("|")}|`;
  const items = ITEMS.map(
    ([a, b, c], i) => `|${cell(a)}|${cell(b)}|${cell(c)}|${"|".repeat(6).replace(/\|/g, " |")} ${totals[i]} |`,
  );
  const table = [
    "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |",
    "| | | | 自然人 | 法人或其他组织 | | | | | 总计 |",
    "| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |",
    full("一、本年新收政府信息公开申请数量", fresh),
    full("二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0]),
    ...items,
    full("四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, 0]),
  ].join("\n");
  const got = parseText(
    `标题: ${agency}${year}年政府信息公开工作年度报告\n发布时间: ${year + 1}-01-20 10:00\n` +
      `==================== 正文 ====================\n${agency}${year}年政府信息公开工作年度报告\n` +
      `一、总体情况\n${year}年，我局推进政府信息公开工作。\n三、收到和处理政府信息公开申请情况\n${table}\n` +
      `四、政府信息公开行政复议、行政诉讼情况\n| ${"0 | ".repeat(15)}\n五、存在的主要问题及改进情况\n无。\n`,
  );
  expect(got.error).toBeUndefined();
  return got.value!;
}

const KEYS = [
  "outcome.granted.total",
  "outcome.partial.total",
  "outcome.denied.state_secret.total",
  "outcome.unable.not_held.total",
  "outcome.unable.needs_creation.total",
  "outcome.rejected.duplicate.total",
  "outcome.other.total",
  "outcome.total.total",
];
/** The items' 总计 cells in ITEMS order for the keys above. */
const AT = [0, 1, 2, 10, 11, 14, 18, 19];

describe("§三 as a grid of three label columns, the 办理结果 rows printing their 总计 alone", () => {
  it.each([
    ["平潭综合实验区医疗保障局", 2019, [3, 1, 0, 0, 0, 0, 4], { 0: 2, 1: 1, 10: 1, 19: 4 }],
    ["平潭综合实验区统计局", 2020, [5, 2, 1, 0, 0, 0, 8], { 0: 3, 1: 2, 11: 1, 14: 1, 18: 1, 19: 8 }],
    ["平潭综合实验区气象局", 2021, [1, 0, 0, 0, 0, 1, 2], { 1: 1, 2: 1, 19: 2 }],
  ])("reads each row's 总计: %s %i", (agency, year, fresh, filled) => {
    const totals = ITEMS.map((_, i) => (filled as Record<number, number>)[i] ?? 0);
    const r = page(agency, year, fresh, totals);
    expect(KEYS.map((k) => r.values[k])).toEqual(AT.map((i) => totals[i]));
    expect(r.values["apps.new.total"]).toBe(fresh[6]);
    // The applicant cells were left empty: none is read.
    expect(r.values["outcome.granted.natural_person"]).toBeUndefined();
  });
});
