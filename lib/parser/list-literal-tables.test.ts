/**
 * A report saved by a crawler as pdfplumber's dump: each page's text, then its tables as Python list literals
 * ([['信息内容', '本年制发件数', None], [None, '（一）予以公开', None, '3', …]]: None for a merged or empty cell, "\n"
 * inside a wrapped label, figures quoted), under "## page 2 tables" headings. The rows are read as bordered rows, the
 * headings' page numbers as no cells (crawl-residue.ts listRowsAsCells).
 */
import { describe, expect, it } from "vitest";
import { blankCrawlResidue } from "./crawl-residue";
import { parseText } from "./index";

const q = (v: string | number | null) => (v === null ? "None" : `'${v}'`);
const row = (cells: (string | number | null)[], first = false, last = false) =>
  `${first ? "[[" : " ["}${cells.map(q).join(", ")}]${last ? "]" : ","}`;

const OUTCOMES: [string | null, string | null, string | null][] = [
  ["三、本年度\\n办理结果", "（一）予以公开", null],
  [null, "（二）部分公开（区分处理的，只计\\n这一情形，不计其他情形）", null],
  [null, "（三）不予\\n公开", "1.属于国家秘密"],
  ...["2.其他法律行政法规禁止\\n公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息"].map(
    (s): [null, null, string] => [null, null, s],
  ),
  ...["6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"].map((s): [null, null, string] => [
    null,
    null,
    s,
  ]),
  [null, "（四）无法\\n提供", "1.本机关不掌握相关政府\\n信息"],
  [null, null, "2.没有现成信息需要另行\\n制作"],
  [null, null, "3.补正后申请内容仍不明\\n确"],
  [null, "（五）不予\\n处理", "1.信访举报投诉类申请"],
  ...[
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申\\n请",
    "5.要求行政机关确认或重\\n新出具已获取信息",
  ].map((s): [null, null, string] => [null, null, s]),
  [null, "（六）其他\\n处理", "1.申请人无正当理由逾期\\n不补正、行政机关不再处\\n理其政府信息公开申请"],
  [null, null, "2.申请人逾期未按收费通\\n知要求缴纳费用、行政机\\n关不再处理其政府信息公\\n开申请"],
  [null, null, "3.其他"],
  [null, "（七）总计", null],
];

/** A 2021-form dump: `fresh` and `granted`, `notHeld` per applicant (7 cells with 总计), one suit pending. */
function dump(agency: string, year: number, fresh: number[], granted: number[], notHeld: number[]): string {
  const zero = [0, 0, 0, 0, 0, 0, 0];
  const cells = (i: number) => (i === 0 ? granted : i === 10 ? notHeld : i === OUTCOMES.length - 1 ? fresh : zero);
  const s3 = [
    row(["（本列数据的勾稽关系为：第一\\n项加第二项之和，等于第三项加第\\n四项之和）", null, null, "申请人情况"], true),
    row([null, null, null, "自然人", "法人或其他组织", null, null, null, null, "总计"]),
    row([null, null, null, null, "商业\\n企业", "科研\\n机构", "社会公\\n益组织", "法律服\\n务机构", "其他", null]),
    row(["一、本年新收政府信息公开申请数量", null, null, ...fresh]),
    row(["二、上年结转政府信息公开申请数量", null, null, ...zero]),
    ...OUTCOMES.map((labels, i) => row([...labels, ...cells(i)])),
    row(["四、结转下年度继续办理", null, null, ...zero], false, true),
  ];
  const s4 = [
    row(["行政复议", null, null, null, null, "行政诉讼", null, null, null, null, null], true),
    row(["结果\\n维持", "结果\\n纠正", "其他\\n结果", "尚未\\n审结", "总计", "未经复议直接起诉"]),
    row([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0], false, true),
  ];
  return [
    `# title: ${agency}${year}年政府信息公开工作年度报告`,
    `# fetched: ${year + 1}-02-03 08:14:52  pages: 4  extractor: pdfplumber 0.10.3`,
    "## page 1 text",
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `一、总体情况\n${year}年，我局做好政府信息公开工作。\n二、主动公开政府信息情况`,
    "## page 1 tables",
    row(["第二十条第（一）项", null, null, null], true),
    row(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
    row(["规章", 0, 0, 0]),
    row(["行政规范性文件", 2, 0, 9], false, true),
    "## page 2 text",
    "三、收到和处理政府信息公开申请情况",
    "## page 2 tables",
    ...s3,
    "## page 3 text",
    "四、政府信息公开行政复议、行政诉讼情况",
    "## page 3 tables",
    ...s4,
    "## page 3 text (cont.)",
    "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。",
  ].join("\n");
}

describe("tables saved as Python list literals (a pdfplumber dump)", () => {
  it.each([
    ["平潭综合实验区交通运输局", 2024, [9, 3, 0, 0, 0, 1, 13], [5, 3, 0, 0, 0, 0, 8], [4, 0, 0, 0, 0, 1, 5]],
    ["平潭综合实验区文化旅游局", 2022, [4, 0, 1, 0, 0, 0, 5], [4, 0, 0, 0, 0, 0, 4], [0, 0, 1, 0, 0, 0, 1]],
    ["平潭综合实验区海洋渔业局", 2023, [12, 2, 0, 1, 2, 0, 17], [7, 2, 0, 0, 1, 0, 10], [5, 0, 0, 1, 1, 0, 7]],
  ])("reads §二, §三 and §四 of %s %i", (agency, year, fresh, granted, notHeld) => {
    const got = parseText(dump(agency, year, fresh, granted, notHeld));
    expect(got.error).toBeUndefined();
    const v = got.value!.values;
    expect([v["active.normative_docs.issued"], v["active.normative_docs.in_force"]]).toEqual([2, 9]);
    expect(["natural_person", "commercial", "total"].map((c) => v[`apps.new.${c}`])).toEqual([
      fresh[0],
      fresh[1],
      fresh[6],
    ]);
    expect([v["outcome.granted.total"], v["outcome.unable.not_held.total"], v["outcome.total.total"]]).toEqual([
      granted[6],
      notHeld[6],
      fresh[6],
    ]);
    expect([v["review.total"], v["litigation_direct.pending"], v["litigation_direct.total"]]).toEqual([0, 1, 1]);
    expect(got.value!.findings.filter((f) => f.rule.startsWith("P") || f.rule.startsWith("R"))).toEqual([]);
  });

  it("turns each row into bordered cells in place, None an empty cell", () => {
    const rows = [
      row(["规章", 0, null], true),
      row([null, "（一）予以\\n公开", "3"]),
      "  [None, 12, 0.5],",
      row(["a", "b", "c"], false, true),
    ];
    const out = blankCrawlResidue(rows.join("\n"));
    expect(out.length).toBe(rows.join("\n").length);
    expect(out.split("\n").map((l) => l.replace(/\s+/g, " ").trim())).toEqual([
      "| 规章 | 0 | |",
      "| | （一）予以 公开 | 3 |",
      "| | 12| 0.5|",
      "| a | b | c |",
    ]);
    // A list in the prose, or fewer than three rows: left as printed.
    expect(blankCrawlResidue("x = [None, '3']\ny = [None, '4']")).toBe("x = [None, '3']\ny = [None, '4']");
  });
});
