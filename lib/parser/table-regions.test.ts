import { describe, expect, it } from "vitest";
import { findRegions } from "./table-regions";
import { extractTemplateTables } from "./template-tables";
import { blankTableNumbers } from "./text-lines";

const HEADER = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他";
const ROWS = [
  "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000",
  "4.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷0000000",
  "8.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息00000002.没有现成信息需要另行制作0000000",
  "3.补正后申请内容仍不明确0000000（五）不予处理1.信访举报投诉类申请00000002.重复申请0000000",
  "3.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000",
  "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000",
  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000",
].join("");

/** A §三 table of the 2021 template: n applications from natural persons, all granted. */
function table3(n: number): string {
  const row = `${n}00000${n}`;
  return (
    `${HEADER}一、本年新收政府信息公开申请数量${row}二、上年结转政府信息公开申请数量0000000三、本年度办理结果` +
    `（一）予以公开${row}（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000${ROWS}` +
    `（七）总计${row}四、结转下年度继续办理0000000`
  );
}

const REVIEW_HEADER =
  "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉" +
  "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计";

function page(s3: string, s4 = `${REVIEW_HEADER}000000000000000`): string {
  return (
    "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" +
    `${s3} 四、政府信息公开行政复议、行政诉讼情况${s4}五、存在的主要问题及改进情况 无。`
  );
}

const twoTablesNote = (issues: { message: string }[]) => issues.find((f) => /张表/.test(f.message));

describe("a section printing last year's table beside this year's", () => {
  it("reads the table captioned 本年度 even when last year's comes first, with a note naming its keys", () => {
    const text = page(`表一：2022年度（上年度）情况${table3(4)} 表二：2023年度（本年度）情况${table3(7)}`);
    const { value, issues } = extractTemplateTables(text, "2021", 2023);
    expect(value.values["apps.new.total"]).toBe(7);
    expect(value.values["outcome.granted.total"]).toBe(7);
    const note = twoTablesNote(issues);
    expect(note).toMatchObject({ rule: "P2", severity: "info" });
    expect(note?.message).toContain("本年度");
  });

  it("tells tables captioned only by year apart by the report's year", () => {
    const text = page(`2022年度：${table3(2)} 2023年度：${table3(5)}`);
    expect(extractTemplateTables(text, "2021", 2023).value.values["apps.new.total"]).toBe(5);
    expect(extractTemplateTables(text, "2021", 2022).value.values["apps.new.total"]).toBe(2);
  });

  it("warns on every key of the section where no caption tells the tables apart", () => {
    const text = page(`${table3(2)} ${table3(5)}`);
    const { value, issues } = extractTemplateTables(text, "2021", 2023);
    const note = twoTablesNote(issues);
    expect(note).toMatchObject({ rule: "P2", severity: "warning" });
    expect(note && "keys" in note ? note.keys : []).toEqual(
      expect.arrayContaining(["apps.new.total", "outcome.granted.total"]),
    );
    expect(value.values["apps.new.total"]).toBe(2);
  });

  it("reads this year's §四 where last year's run is printed first", () => {
    const s4 = `2023年度（上年）：${REVIEW_HEADER}100120000000000 2024年度（本年）：${REVIEW_HEADER}010010000000000`;
    const { value } = extractTemplateTables(page(table3(1), s4), "2021", 2024);
    expect(value.values["review.corrected"]).toBe(1);
    expect(value.values["review.upheld"]).toBe(0);
    expect(value.values["review.total"]).toBe(1);
  });

  it("finds one table where the first row's words are only quoted again after it", () => {
    const text = page(`${table3(3)}说明：本年新收政府信息公开申请数量均为自然人申请。`);
    expect(findRegions(text, 2023).repeated).toEqual([]);
    const { value, issues } = extractTemplateTables(text, "2021", 2023);
    expect(value.values["apps.new.total"]).toBe(3);
    expect(twoTablesNote(issues)).toBeUndefined();
  });
});

describe("a table's number in its caption", () => {
  it("is not read as cells where Word pasted it right after a row (…数量 1000001 表2-1 完)", () => {
    const [head, rest] = table3(3).split("三、本年度办理结果");
    const carried = "上年结转政府信息公开申请数量";
    const last = "四、结转下年度继续办理";
    const rows12 = head.replace(`${carried}0000000`, `${carried}1000001`);
    const rows34 = rest.replace(`${last}0000000`, `${last}1000001`);
    const split = `${rows12} 表2-1 完 办理结果如下表： 表2-2 ${HEADER}三、本年度办理结果${rows34}`;
    const { value } = extractTemplateTables(page(split), "2021", 2023);
    expect(value.values["apps.carried_over.total"]).toBe(1);
    expect(value.values["apps.new.total"]).toBe(3);
  });

  it("is blanked in place; 代表, 发表 and a count of forms (申请表15份) are left alone", () => {
    expect(blankTableNumbers("1000001 表2-1 完 附表3：")).toBe("1000001 表    完 附表 ：");
    for (const text of ["人大代表3名", "发表2篇", "收到申请表15份"]) expect(blankTableNumbers(text)).toBe(text);
  });
});

describe("§四 printed before §三", () => {
  const S2 = "二、主动公开政府信息情况 第二十条第（八）项 信息内容 本年收费金额（单位：万元） 行政事业性收费 3 ";
  const S4 = `四、政府信息公开行政复议、行政诉讼情况 ${REVIEW_HEADER} 201030000010001 `;
  const S3 = `三、收到和处理政府信息公开申请情况 ${table3(2)} `;
  const END = "五、存在的主要问题及改进情况 无。";

  it("reads §四 between §二 and §三, and neither §二's last row nor §三 takes its figures", () => {
    const intro = "本报告包括主动公开、依申请公开、政府信息公开行政复议、行政诉讼情况等内容。";
    const { value } = extractTemplateTables(intro + S2 + S4 + S3 + END, "2021", 2023);
    expect(value.values["review.upheld"]).toBe(2);
    expect(value.values["review.total"]).toBe(3);
    expect(value.values["litigation_after_review.total"]).toBe(1);
    expect(value.values["active.fees.amount_wan"]).toBe(3);
    expect(value.values["apps.new.total"]).toBe(2);
    expect(value.values["apps.carried_forward.total"]).toBe(0);
  });

  it("does not take a list of the report's parts before §三 for §四 where no §四 table follows it", () => {
    const parts = "本报告包括：一、总体情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题。";
    const { value } = extractTemplateTables(parts + S2 + S3 + END, "2021", 2023);
    expect(value.values["review.total"]).toBeUndefined();
    expect(value.values["apps.new.total"]).toBe(2);
  });
});

describe("a sentence that a table's every figure is 0, printed in place of the table", () => {
  it("reads every §三 and §四 cell as 0, named; a table printed after such words is read as printed", () => {
    const text =
      "三、收到和处理政府信息公开申请情况 本年度我镇收到和处理政府信息公开申请情况表中各项数据均为0。 " +
      "四、政府信息公开行政复议、行政诉讼情况 本年度行政复议、行政诉讼情况表各项均为“0” 。 五、存在的主要问题及改进情况 无。";
    const { value, issues } = extractTemplateTables(text, "2021", 2024);
    for (const key of ["apps.new.natural_person", "outcome.unable.unclear.total", "outcome.total.total"])
      expect(value.values[key], key).toBe(0);
    for (const key of ["review.upheld", "litigation_after_review.total"]) expect(value.values[key], key).toBe(0);
    const named = new Set(issues.filter((f) => f.rule === "P2").flatMap((f) => f.keys));
    expect(named.has("apps.carried_forward.total") && named.has("litigation_direct.pending")).toBe(true);
    const printed = page(`本年度各项数据均为0，具体见下表。${table3(3)}`);
    expect(extractTemplateTables(printed, "2021", 2024).value.values["apps.new.total"]).toBe(3);
    expect(extractTemplateTables(page("各项数据均为5。"), "2021").value.values["apps.new.total"]).toBeUndefined();
  });
});

describe("§三's heading quoted in a sentence before the report (a 更正说明)", () => {
  it("is not taken for the heading: the rows are read from the table under the real one", () => {
    const note =
      "更正说明：原报告第三部分“收到和处理政府信息公开申请情况”表格将“本年新收政府信息公开申请数量”误填为9件、" +
      "“（一）予以公开”误填为8件；第四部分行政复议“总计”误填为1。现予更正。";
    const body =
      "一、总体情况 2023年，全年收到申请3件，发布5G基站建设信息8条。二、主动公开政府信息情况 第二十条第（一）项 " +
      "信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 2 1 5 ";
    const { value } = extractTemplateTables(note + body + page(table3(3)), "2021", 2023);
    expect(value.values["apps.new.total"]).toBe(3);
    expect(value.values["apps.new.natural_person"]).toBe(3);
    expect(value.values["active.normative_docs.in_force"]).toBe(5);
  });
});

describe("§四 with a note naming the suit groups before its header", () => {
  it("finds one table, no note of two", () => {
    for (const note of [
      "本年度我单位作为被告的行政诉讼案件1件（未经复议直接起诉），行政复议案件尚未审结1件。",
      "注：复议后起诉 指经复议后起诉的案件；未经复议直接起诉 指直接向法院起诉的案件。",
    ]) {
      const text = page(table3(2), `${note}${REVIEW_HEADER}000111000100000`);
      expect(findRegions(text, 2023).repeated, note).toEqual([]);
      const { value, issues } = extractTemplateTables(text, "2021", 2023);
      expect(value.values["review.pending"]).toBe(1);
      expect(value.values["litigation_direct.total"]).toBe(1);
      expect(twoTablesNote(issues)).toBeUndefined();
    }
  });

  it("still finds two §四 tables printed one after the other", () => {
    const s4 = `${REVIEW_HEADER}100010000000000 ${REVIEW_HEADER}010010000000000`;
    expect(findRegions(page(table3(1), s4), 2024).repeated.map((t) => t.section)).toEqual(["review"]);
  });
});
