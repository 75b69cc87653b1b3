/**
 * §三 printed in two passes by a PDF-to-text converter: the columns that fit the first page for every row, the page
 * break, then the header again over the remaining columns and every row again. Each row is joined from both passes
 * where its 总计 is the sum of its six; a row that does not add up is left blank and named.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
const ROWS_2021: [string, string][] = [
  ["apps.new", "一、本年新收政府信息公开申请数量"],
  ["apps.carried_over", "二、上年结转政府信息公开申请数量"],
  ["outcome.granted", "          （一）予以公开"],
  ["outcome.partial", "          （二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ["outcome.denied.state_secret", "   （三）不予公开 1.属于国家秘密"],
  ["outcome.unable.not_held", "   （四）无法提供 1.本机关不掌握相关政府信息"],
  ["outcome.rejected.petition", "   （五）不予处理 1.信访举报投诉类申请"],
  [
    "outcome.other.unpaid_fee",
    "   （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  ],
  ["outcome.total", "          （七）总计"],
  ["apps.carried_forward", "四、结转下年度继续办理"],
];

type Row = number[];
const withTotal = (six: number[]): Row => [...six, six.reduce((a, b) => a + b, 0)];

function page(agency: string, year: number, split: number, rows: Record<string, Row>, pageNo: number): string {
  const pass = (cols: number[]) => [
    "                                        申请人情况",
    "  （本列数据的勾稽关系为：第一项加第二项之和，         法人或其他组织",
    `  等于第三项加第四项之和）               ${cols.map((c) => COLUMNS[c]).join("    ")}`,
    ...ROWS_2021.map(
      ([key, label]) => `${label.padEnd(40)}${cols.map((c) => String(rows[key][c]).padStart(8)).join("")}`,
    ),
  ];
  const first = Array.from({ length: split }, (_, k) => k);
  const rest = Array.from({ length: 7 - split }, (_, k) => split + k);
  return [
    `标题: ${agency}${year}年政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `        ${agency}${year}年政府信息公开`,
    "                      工作年度报告",
    `    本报告所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`,
    "    三、收到和处理政府信息公开申请情况",
    ...pass(first),
    "",
    `                                      — ${pageNo} —`,
    "",
    ...pass(rest),
    "",
    "    四、政府信息公开行政复议、行政诉讼情况",
    "    行政复议 行政诉讼 未经复议直接起诉 复议后起诉",
    "    结果维持 结果纠正 其他结果 尚未审结 总计",
    "    1 0 0 0 1 0 0 0 0 0 0 0 0 0 0",
    "    五、存在的主要问题及改进情况",
    "    一是信息公开的及时性有待提高。",
  ].join("\n");
}

function rowsOf(seed: number): Record<string, Row> {
  const six = (k: number) => Array.from({ length: 6 }, (_, c) => ((seed * (k + 3) + c * 7) % 5) * (c === 0 ? 3 : 1));
  return Object.fromEntries(ROWS_2021.map(([key], k) => [key, withTotal(six(k))]));
}

const CASES = [
  { agency: "平潭综合实验区自然资源局", year: 2024, split: 3, seed: 1, pageNo: 3 },
  { agency: "平潭综合实验区交通运输局", year: 2022, split: 4, seed: 2, pageNo: 5 },
  { agency: "平潭综合实验区住房和城乡建设局", year: 2021, split: 2, seed: 4, pageNo: 2 },
];

describe("§三 printed in two passes of columns across a page break", () => {
  for (const c of CASES)
    it(`joins each row from both passes (${c.agency}, columns ${c.split} | ${7 - c.split})`, () => {
      const rows = rowsOf(c.seed);
      const r = parseText(page(c.agency, c.year, c.split, rows, c.pageNo)).value!;
      for (const [key] of ROWS_2021)
        ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"].forEach(
          (f, i) => expect(r.values[`${key}.${f}`], `${key}.${f}`).toBe(rows[key][i]),
        );
      // The second pass is the same table's other columns, no second table of another year.
      expect(r.findings.filter((f) => f.message.includes("张表")).map((f) => f.message)).toEqual([]);
    });

  it("leaves a row whose two passes do not add up blank, named", () => {
    const rows = rowsOf(3);
    rows["outcome.granted"] = [...rows["outcome.granted"].slice(0, 6), rows["outcome.granted"][6] + 2];
    const r = parseText(page("平潭综合实验区文体旅游局", 2023, 3, rows, 4)).value!;
    expect(r.values["outcome.granted.total"]).toBeUndefined();
    expect(r.findings.some((f) => f.rule.startsWith("P") && f.keys.includes("outcome.granted.total"))).toBe(true);
    expect(r.values["apps.new.total"]).toBe(rows["apps.new"][6]);
  });
});
