/**
 * Cells among page furniture on 2021 / 2019 tables: a 无 typed in every zero cell and glued to the words around it,
 * and a stamp a PDF prints on every page (words and a dotted date) crawled into the rows and the §四 run.
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { extractTemplateTables } from "./template-tables";
import { blankStamps } from "./text-lines";

/** §三 rows in the 2021 template's words, each label followed by its cells as `cell` prints them. */
const ROWS: [string, number[]][] = [
  ["一、本年新收政府信息公开申请数量", [2, 1, 0, 0, 0, 0]],
  ["二、上年结转政府信息公开申请数量", [1, 0, 0, 0, 0, 0]],
  ["三、本年度办理结果（一）予以公开", [2, 0, 0, 0, 0, 0]],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [0, 0, 0, 0, 0, 0]],
  ["（三）不予公开1.属于国家秘密", [0, 0, 0, 0, 0, 0]],
  ["2.其他法律行政法规禁止公开", [0, 0, 0, 0, 0, 0]],
  ["3.危及“三安全一稳定”", [0, 0, 0, 0, 0, 0]],
  ["4.保护第三方合法权益", [0, 0, 0, 0, 0, 0]],
  ["5.属于三类内部事务信息", [0, 0, 0, 0, 0, 0]],
  ["6.属于四类过程性信息", [0, 0, 0, 0, 0, 0]],
  ["7.属于行政执法案卷", [0, 0, 0, 0, 0, 0]],
  ["8.属于行政查询事项", [0, 0, 0, 0, 0, 0]],
  ["（四）无法提供1.本机关不掌握相关政府信息", [0, 1, 0, 0, 0, 0]],
  ["2.没有现成信息需要另行制作", [0, 0, 0, 0, 0, 0]],
  ["3.补正后申请内容仍不明确", [0, 0, 0, 0, 0, 0]],
  ["（五）不予处理1.信访举报投诉类申请", [0, 0, 0, 0, 0, 0]],
  ["2.重复申请", [1, 0, 0, 0, 0, 0]],
  ["3.要求提供公开出版物", [0, 0, 0, 0, 0, 0]],
  ["4.无正当理由大量反复申请", [0, 0, 0, 0, 0, 0]],
  ["5.要求行政机关确认或重新出具已获取信息", [0, 0, 0, 0, 0, 0]],
  ["（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [0, 0, 0, 0, 0, 0]],
  ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0, 0, 0, 0, 0, 0]],
  ["3.其他", [0, 0, 0, 0, 0, 0]],
  ["（七）总计", [3, 1, 0, 0, 0, 0]],
  ["四、结转下年度继续办理", [0, 0, 0, 0, 0, 0]],
];
const HEADER =
  "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" +
  "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他";
const REVIEW_HEAD =
  "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉" +
  "复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计";
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

function page(cells: (v: number[]) => string, review: string, sep = ""): string {
  const rows = ROWS.map(([label, v]) => label + cells([...v, sum(v)])).join(sep);
  return normalizeText(
    `平潭某局2020年政府信息公开工作年度报告\n一、总体情况 全年收到申请3件。${HEADER}${rows}${REVIEW_HEAD}${review}` +
      "五、存在的主要问题及改进情况 信息更新不及时。",
  );
}
const read = (text: string) => extractTemplateTables(text, "2021").value.values;

describe("无 typed in each zero cell, glued to the words around it", () => {
  it("reads the 无 after a label's closing bracket, before the next heading and after §四's header as 0", () => {
    const wu = (v: number[]) => v.map((x) => (x === 0 ? "无" : String(x))).join("");
    const values = read(page(wu, "无".repeat(15)));
    expect(values["outcome.partial.total"]).toBe(0);
    expect(values["apps.carried_forward.total"]).toBe(0);
    expect(values["outcome.total.total"]).toBe(4);
    expect(values["apps.new.commercial"]).toBe(1);
    for (const key of ["review.upheld", "review.total", "litigation_direct.total", "litigation_after_review.pending"])
      expect(values[key], key).toBe(0);
  });

  it("leaves a single 无 glued to words alone (无法提供, 无正当理由 are labels)", () => {
    const wu = (v: number[]) => v.map((x) => (x === 0 ? "无" : String(x))).join("");
    const values = read(page(wu, "无".repeat(15)));
    expect(values["outcome.unable.not_held.commercial"]).toBe(1);
    expect(values["outcome.rejected.excessive.total"]).toBe(0);
  });
});

describe("a stamp printed on every page of the PDF", () => {
  const stamp = "综合科审核 2022.03.01";
  const withStamps = (text: string) =>
    text
      .replace("一、总体情况", `${stamp} 一、总体情况`)
      .replace("(三)不予公开", `${stamp} (三)不予公开`)
      .replace("000000000000000", `0000000 ${stamp} 00000000`)
      .replace("信息更新不及时。", `信息更新不及时。 ${stamp}`);

  it("is blanked where it falls between rows and inside §四's run", () => {
    const glued = (v: number[]) => v.join("");
    const text = withStamps(page(glued, "0".repeat(15), " "));
    expect(text.split(stamp).length).toBe(5);
    const values = read(text);
    expect(values["apps.new.total"]).toBe(3);
    expect(values["outcome.partial.total"]).toBe(0);
    expect(values["outcome.total.total"]).toBe(4);
    expect(values["review.total"]).toBe(0);
    expect(values["litigation_after_review.total"]).toBe(0);
  });

  it("keeps its words' positions and leaves a date printed once or twice as it is", () => {
    const text = `${stamp} 表 1 ${stamp} 2 3 ${stamp}`;
    const blanked = blankStamps(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toContain("审核");
    expect(blanked.replace(/\s+/g, " ").trim()).toBe("表 1 2 3");
    const twice = "发布日期 2022.03.01 审核 2022.03.01";
    expect(blankStamps(twice)).toBe(twice);
  });

  it("blanks the date alone where the words before it differ from copy to copy", () => {
    const text = "甲 2021-12-30 乙 2021-12-30 丙 2021-12-30";
    expect(blankStamps(text).replace(/\s+/g, " ").trim()).toBe("甲 乙 丙");
  });
});
