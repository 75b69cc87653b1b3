/**
 * A table's HTML source pasted into the CMS as text and published escaped: the page shows the markup as entities
 * ('&lt;tr&gt;&lt;td colspan="3"&gt;一、本年新收政府信息公开申请数量&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;…'). Each escaped cell is
 * read as a bordered cell (crawl-residue.ts escapedTagAsBorder), the prose around it as printed.
 */
import { describe, expect, it } from "vitest";
import { blankCrawlResidue } from "./crawl-residue";
import { parseText } from "./index";

const LABELS = [
  "（一）予以公开",
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  ...["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益"].map(
    (s, i) => `${i + 1}.${s}`,
  ),
  ...["属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"].map(
    (s, i) => `${i + 5}.${s}`,
  ),
  ...["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"].map((s, i) => `${i + 1}.${s}`),
  ...["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请"].map((s, i) => `${i + 1}.${s}`),
  "5.要求行政机关确认或重新出具已获取信息",
  "（六）其他处理",
  "（七）总计",
];
/** The group cell printed before an item's own (rowspan), where a group starts. */
const GROUP: Record<number, string> = {
  0: '<td rowspan="22">三、本年度办理结果</td>',
  2: '<td rowspan="8">（三）不予公开</td>',
  10: '<td rowspan="3">（四）无法提供</td>',
  13: '<td rowspan="5">（五）不予处理</td>',
};

const tr = (cells: string) => `<tr>${cells}</tr>`;
const tds = (n: number[]) => n.map((v) => `<td>${v}</td>`).join("");

/** §三 as HTML, `fresh` new this year (7 cells), `granted` and `notHeld` rows, the rest 0; then escaped. */
function escapedTable(fresh: number[], granted: number[], notHeld: number[], td = "td"): string {
  const zero = [0, 0, 0, 0, 0, 0, 0];
  const cells = (i: number) => (i === 0 ? granted : i === 10 ? notHeld : i === LABELS.length - 1 ? fresh : zero);
  const rows = [
    tr(
      '<td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td>',
    ),
    tr('<td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td>'),
    tr(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((w) => `<td>${w}</td>`).join("")),
    tr(`<td colspan="3">一、本年新收政府信息公开申请数量</td>${tds(fresh)}`),
    tr(`<td colspan="3">二、上年结转政府信息公开申请数量</td>${tds(zero)}`),
    ...LABELS.map((label, i) => {
      const span = label.startsWith("（") ? ' colspan="2"' : "";
      return tr(`${GROUP[i] ?? ""}<td${span}>${label}</td>${tds(cells(i))}`);
    }),
    tr(`<td colspan="3">四、结转下年度继续办理</td>${tds(zero)}`),
  ];
  const html = `<table border="1" style="width:100%">${rows.join("")}</table>`.replace(/<(\/?)td\b/g, `<$1${td}`);
  return html.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function page(agency: string, year: number, table: string): string {
  return [
    `标题: ${agency}${year}年政府信息公开工作年度报告`,
    `发布时间: ${year + 1}-01-18 09:30`,
    "==================== 正文 ====================",
    `${agency}${year}年政府信息公开工作年度报告`,
    `一、总体情况\n${year}年，我局认真做好政府信息公开工作。`,
    "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 1 0 4",
    `三、收到和处理政府信息公开申请情况\n${table}`,
    `四、政府信息公开行政复议、行政诉讼情况\n${"0 ".repeat(15)}`,
    "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。",
  ].join("\n");
}

describe("§三 published as escaped HTML source", () => {
  it.each([
    ["平潭综合实验区农业农村局", 2023, [3, 1, 0, 0, 0, 0, 4], [2, 1, 0, 0, 0, 0, 3], [1, 0, 0, 0, 0, 0, 1], "td"],
    ["平潭综合实验区城市管理局", 2022, [6, 0, 0, 0, 2, 1, 9], [4, 0, 0, 0, 1, 1, 6], [2, 0, 0, 0, 1, 0, 3], "TD"],
    ["平潭综合实验区商务局", 2024, [1, 3, 0, 0, 0, 0, 4], [0, 2, 0, 0, 0, 0, 2], [1, 1, 0, 0, 0, 0, 2], "th"],
  ])("reads the escaped rows of %s %i", (agency, year, fresh, granted, notHeld, td) => {
    const got = parseText(page(agency, year, escapedTable(fresh, granted, notHeld, td)));
    expect(got.error).toBeUndefined();
    const v = got.value!.values;
    expect(["natural_person", "commercial", "total"].map((c) => v[`apps.new.${c}`])).toEqual([
      fresh[0],
      fresh[1],
      fresh[6],
    ]);
    expect(["natural_person", "total"].map((c) => v[`outcome.granted.${c}`])).toEqual([granted[0], granted[6]]);
    expect([v["outcome.unable.not_held.total"], v["outcome.total.total"]]).toEqual([notHeld[6], fresh[6]]);
    expect(got.value!.findings.filter((f) => f.rule.startsWith("P"))).toEqual([]);
  });

  it("blanks the escaped tags in place, a cell's opening one as a border; a few escaped tags in prose stay", () => {
    const text = escapedTable([1, 0, 0, 0, 0, 0, 1], [1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0]);
    const out = blankCrawlResidue(text);
    expect(out.length).toBe(text.length);
    expect(out).not.toContain("&lt;");
    expect(out.replace(/\s+/g, " ")).toContain("| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
    const prose = "请在表格中使用 &lt;td&gt; 标记单元格。";
    expect(blankCrawlResidue(prose)).toBe(prose);
  });
});
