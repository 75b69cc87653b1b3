/**
 * A group row (（三）不予公开, （四）无法提供, （五）不予处理) whose first item's label the reader does not know
 * ("（四）无法提供 1.查无此信息 2 0 0 0 0 0 2 2.…"): the figures after it are that item's, not the group's. The group's
 * total is then a sum with a part unread: blank, a finding naming it; nor do the sentences fill it (a count of
 * documents "不予公开12条" is no count of applications).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const HEAD =
  "某县自然资源局2021年政府信息公开工作年度报告 一、总体情况 全年印发公文类政府信息共40条，其中主动公开信息数26条，依申请公开信息数2条，不予公开12条。 " +
  "三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 " +
  "法律服务机构 其他 ";
const ROW = (label: string, cells: string) => `${label} ${cells} `;
const Z = "0 0 0 0 0 0 0";

function page(unable: string, denied4: string): string {
  return (
    HEAD +
    ROW("一、本年新收政府信息公开申请数量", "6 1 0 0 0 0 7") +
    ROW("二、上年结转政府信息公开申请数量", Z) +
    ROW("三、本年度办理结果 （一）予以公开", "2 1 0 0 0 0 3") +
    ROW("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Z) +
    ROW("（三）不予公开 1.属于国家秘密", Z) +
    ROW("2.其他法律行政法规禁止公开", Z) +
    ROW("3.危及“三安全一稳定”", Z) +
    ROW(denied4, "1 0 0 0 0 0 1") +
    ROW("5.属于三类内部事务信息", Z) +
    ROW("6.属于四类过程性信息", Z) +
    ROW("7.属于行政执法案卷", Z) +
    ROW("8.属于行政查询事项", Z) +
    `（四）无法提供 ${unable} ` +
    ROW("2.没有现成信息需要另行制作", Z) +
    ROW("3.补正后申请内容仍不明确", "1 0 0 0 0 0 1") +
    ROW("（五）不予处理 1.信访举报投诉类申请", Z) +
    ROW("2.重复申请", Z) +
    ROW("3.要求提供公开出版物", Z) +
    ROW("4.无正当理由大量反复申请", Z) +
    ROW("5.要求行政机关确认或重新出具已获取信息", Z) +
    ROW("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Z) +
    ROW("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Z) +
    ROW("3.其他", Z) +
    ROW("（七）总计", "6 1 0 0 0 0 7") +
    ROW("四、结转下年度继续办理", Z) +
    "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 " +
    `${"0 ".repeat(15)}五、存在的主要问题及改进情况 无。`
  );
}

describe("a group's first item under a label the reader does not know", () => {
  it("does not take that item's figures for the group's", () => {
    for (const label of ["1.查无此信息", "（1）不掌握", "1、信息不存在"]) {
      const r = parseText(page(`${label} 2 0 0 0 0 0 2`, "4.保护第三方合法权益")).value!;
      const v = r.values;
      expect(v["outcome.unable.unclear.total"]).toBe(1);
      expect(v["outcome.unable.total"]).toBeUndefined();
      expect(r.findings.some((f) => f.keys.includes("outcome.unable.not_held.total"))).toBe(true);
    }
  });
  it("reads the group's total as the sum of its items where every item is read", () => {
    const r = parseText(page(`1.本机关不掌握相关政府信息 2 0 0 0 0 0 2`, "4.保护第三方合法权益")).value!;
    expect(r.values["outcome.unable.total"]).toBe(3);
    expect(r.values["outcome.denied.total"]).toBe(1);
    expect(r.values["outcome.total.total"]).toBe(7);
  });
  it("leaves 不予公开's total blank, not the sentences' count of documents, where an item is unread", () => {
    const r = parseText(page(`1.本机关不掌握相关政府信息 2 0 0 0 0 0 2`, "4.第三方权益")).value!;
    expect(r.values["outcome.denied.state_secret.total"]).toBe(0);
    expect(r.values["outcome.denied.total"]).toBeUndefined();
  });
});
