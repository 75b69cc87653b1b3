/**
 * §三 / §四 of the 2019 and 2021 forms flattened the ways another department's page (or its PDF) may print them,
 * each written out by hand: a figure read must be the table's, or a finding names it.
 */
import { describe, expect, it } from "vitest";
import { scanCells } from "./cells";
import { fitCells } from "./fit-cells";
import { sumCheck } from "./glued-split";
import { normalizeText } from "./normalize";
import { extractTemplateTables } from "./template-tables";

const S3 = "三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） ";
const S4 =
  " 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 " +
  "复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 ";
const S5 = " 五、存在的主要问题及改进情况 一是信息发布不够及时。";
const read = (body: string, family: "2019" | "2021" = "2019") => extractTemplateTables(normalizeText(body), family);

/** Every key the finding list names. */
const named = (issues: { keys: string[] }[]) => new Set(issues.flatMap((i) => i.keys));

describe("a row's cells printed before its label", () => {
  // 2019 form (其他处理 one row); each row's figures precede its label, the last label ends the table.
  const table =
    "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
    "23 4 0 0 1 0 28 一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2 二、上年结转政府信息公开申请数量 " +
    "11 2 0 0 0 0 13 三、本年度办理结果 （一）予以公开 3 1 0 0 0 0 4 （二）部分公开（区分处理的，只计这一情形，不计其他情形） " +
    "0 0 0 0 0 0 0 （三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0 2.其他法律行政法规禁止公开 0 0 0 0 0 0 0 3.危及“三安全一稳定” " +
    "1 0 0 0 0 0 1 4.保护第三方合法权益 0 0 0 0 0 0 0 5.属于三类内部事务信息 1 0 0 0 0 0 1 6.属于四类过程性信息 " +
    "0 0 0 0 0 0 0 7.属于行政执法案卷 0 0 0 0 0 0 0 8.属于行政查询事项 4 1 0 0 1 0 6 （四）无法提供 1.本机关不掌握相关政府信息 " +
    "1 0 0 0 0 0 1 2.没有现成信息需要另行制作 0 0 0 0 0 0 0 3.补正后申请内容仍不明确 1 0 0 0 0 0 1 （五）不予处理 1.信访举报投诉类申请 " +
    "0 0 0 0 0 0 0 2.重复申请 0 0 0 0 0 0 0 3.要求提供公开出版物 0 0 0 0 0 0 0 4.无正当理由大量反复申请 " +
    "0 0 0 0 0 0 0 5.要求行政机关确认或重新出具已获取信息 1 0 0 0 0 0 1 （六）其他处理 23 4 0 0 1 0 28 （七）总计 " +
    "2 0 0 0 0 0 2 四、结转下年度继续办理";

  it("reads each row from the run before its label", () => {
    const { value, issues } = read(`${S3}${table}${S4}1 0 0 0 1 0 0 0 0 0 0 0 0 0 0${S5}`);
    const v = value.values;
    expect([v["apps.new.natural_person"], v["apps.new.commercial"], v["apps.new.total"]]).toEqual([23, 4, 28]);
    expect(v["apps.carried_over.total"]).toBe(2);
    expect([v["outcome.granted.natural_person"], v["outcome.granted.total"]]).toEqual([11, 13]);
    expect(v["outcome.partial.total"]).toBe(4);
    expect(v["outcome.denied.third_party.total"]).toBe(1);
    expect(v["outcome.denied.process_info.total"]).toBe(1);
    expect([v["outcome.unable.not_held.legal_service"], v["outcome.unable.not_held.total"]]).toEqual([1, 6]);
    expect(v["outcome.rejected.petition.total"]).toBe(1);
    expect(v["outcome.other.total"]).toBe(1);
    expect(v["outcome.total.total"]).toBe(28);
    expect(v["apps.carried_forward.total"]).toBe(2);
    expect(v["review.upheld"]).toBe(1);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(named(issues).has("apps.new.total")).toBe(true);
  });

  it("glued runs too (each row one run, its label after it)", () => {
    const glued = table.replace(/(\d) (?=\d)/g, "$1");
    const { value } = read(`${S3}${glued}${S4}000000000000000${S5}`);
    expect(value.values["apps.new.total"]).toBe(28);
    expect(value.values["outcome.granted.total"]).toBe(13);
    expect(value.values["outcome.total.natural_person"]).toBe(23);
    expect(value.values["apps.carried_forward.total"]).toBe(2);
  });

  it("does not shift a table whose last row prints its cells after its label", () => {
    // The header ends in a 栏次 row (1 … 7): the rows read as usual.
    const usual =
      "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 栏次 1 2 3 4 5 6 7 " +
      "一、本年新收政府信息公开申请数量 5 0 0 0 0 1 6 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果 " +
      "（一）予以公开 4 0 0 0 0 1 5 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0 0 （三）不予公开 " +
      "1.属于国家秘密 0 0 0 0 0 0 0 （四）无法提供 1.本机关不掌握相关政府信息 1 0 0 0 0 0 1 （七）总计 5 0 0 0 0 1 6 " +
      "四、结转下年度继续办理 0 0 0 0 0 0 0";
    const { value } = read(`${S3}${usual}${S4}0 0 0 0 0 0 0 0 0 0 0 0 0 0 0${S5}`, "2021");
    expect(value.values["apps.new.total"]).toBe(6);
    expect(value.values["outcome.granted.total"]).toBe(5);
    expect(value.values["apps.carried_forward.total"]).toBe(0);
  });
});

describe("a label printed around its figures (a PDF centring the figures between a wrapped label's two lines)", () => {
  const header = "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n";
  const rows = [
    "一、本年新收政府信息公开申请数量 36 5 0 0 2 1 44",
    "二、上年结转政府信息公开申请数量 3 0 0 0 0 0 3",
    "三、本年度办理结果 （一）予以公开 17 2 0 0 1 0 20",
    "（二）部分公开（区分处理的，\n4 1 0 0 0 0 5\n只计这一情形，不计其他情形）",
    "（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0",
    "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0",
    "3.危及“三安全一稳定” 0 0 0 0 0 0 0",
    "4.保护第三方合法权益 2 0 0 0 0 0 2",
    "5.属于三类\n1 0 0 0 0 0 1\n内部事务信息",
    "6.属于四类\n3 0 0 0 0 0 3\n过程性信息",
    "7.属于行政执法案卷 0 0 0 0 0 0 0",
    "8.属于行政查询事项 0 0 0 0 0 0 0",
    "（四）无法提供 1.本机关不掌握\n6 1 0 0 0 1 8\n相关政府信息",
    "2.没有现成信息需要另行制作 0 0 0 0 0 0 0",
    "3.补正后申请内容仍不明确 1 0 0 0 0 0 1",
    "（五）不予处理 1.信访举报投诉类申请 1 0 0 0 0 0 1",
    "2.重复申请 2 0 0 0 0 0 2",
    "3.要求提供公开出版物 0 0 0 0 0 0 0",
    "4.无正当理由大量反复申请 0 0 0 0 0 0 0",
    "5.要求行政机关确认或重新\n0 0 0 0 0 0 0\n出具已获取信息",
    "（六）其他处理 1.申请人无正当理由逾期不补正、\n1 1 0 0 0 0 2\n行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、\n0 0 0 0 0 0 0\n行政机关不再处理其政府信息公开申请",
    "3.其他 0 0 0 0 0 0 0",
    "（七）总计 35 4 0 0 1 1 41",
    "四、结转下年度继续办理 4 1 0 0 1 0 6",
  ];
  const review = "1 0 0 1 2 0 0 0 0 0 0 0 0 0 0";

  it("reads the figures between the halves as that row's", () => {
    const { value, issues } = read(`${S3}${header}${rows.join("\n")}\n${S4}${review}${S5}`, "2021");
    const v = value.values;
    expect(v["outcome.partial.total"]).toBe(5);
    expect(v["outcome.denied.internal_affairs.total"]).toBe(1);
    expect(v["outcome.denied.process_info.total"]).toBe(3);
    expect(v["outcome.denied.total"]).toBe(6);
    expect([v["outcome.unable.not_held.natural_person"], v["outcome.unable.not_held.total"]]).toEqual([6, 8]);
    expect(v["outcome.other.no_correction.total"]).toBe(2);
    expect(v["outcome.total.total"]).toBe(41);
    expect(v["apps.carried_forward.total"]).toBe(6);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("figures after a lost label's first half are not read as the row before's", () => {
    // 信访举报投诉类申请 printed without figures, then "2.重 / 复申请" around its own: that label is not found, and
    // its figures must not be read as the row before's.
    const lost = rows.map((r) =>
      r.startsWith("2.重复申请")
        ? "2.重\n2 0 0 0 0 0 2\n复申请"
        : r.startsWith("（五）")
          ? "（五）不予处理 1.信访举报投诉类申请"
          : r,
    );
    const { value, issues } = read(`${S3}${header}${lost.join("\n")}\n${S4}${review}${S5}`, "2021");
    const flagged = named(issues.filter((i) => i.severity !== "info"));
    const truth: Record<string, number> = {
      "outcome.rejected.petition.total": 1,
      "outcome.rejected.duplicate.total": 2,
      "outcome.rejected.total": 3,
    };
    for (const [key, want] of Object.entries(truth)) {
      const got = value.values[key];
      expect(got === undefined || got === want || flagged.has(key), `${key} read ${got}`).toBe(true);
    }
    expect(value.values["outcome.total.total"]).toBe(41);
  });
});

describe("§三's 不予公开 items in the 条例's own words (第十六条)", () => {
  it("finds 5 and 6 so the rows before them keep their glued runs", () => {
    const table =
      "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他" +
      "一、本年新收政府信息公开申请数量92001012二、上年结转政府信息公开申请数量1000001三、本年度办理结果（一）予以公开4100005" +
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）1000001（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000" +
      "3.危及国家安全、公共安全、经济安全和社会稳定00000004.保护第三方合法权益（涉及商业秘密、个人隐私）1100002" +
      "5.属于人事管理、后勤管理、内部工作流程等方面的信息10000016.属于讨论记录、过程稿、磋商信函、请示报告等过程性信息1000001" +
      "7.属于行政执法案卷信息00000008.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息2000103" +
      "2.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000（五）不予处理1.信访举报投诉类申请0000000" +
      "2.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000" +
      "（六）其他处理0000000（七）总计102001013四、结转下年度继续办理0000000";
    const { value, issues } = read(`${S3}${table}${S4}000000000000000${S5}`);
    const v = value.values;
    expect(v["outcome.denied.third_party.total"]).toBe(2);
    expect(v["outcome.denied.internal_affairs.total"]).toBe(1);
    expect(v["outcome.denied.process_info.total"]).toBe(1);
    expect(v["outcome.denied.total"]).toBe(4);
    expect(v["outcome.total.total"]).toBe(13);
    expect(v["apps.new.total"]).toBe(12);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("some rows printed after their figures, the rest after their labels", () => {
  // 2021 form, glued runs; the truth: 新收 15 (11|3|0|0|1|0), 结转 1, 予以公开 7 (5|2|…), 部分公开 2, 第三方 1,
  // 过程性 1, 不掌握 3 (2|1|…), 重复 1, 其他 1 (legal), 总计 16, 结转下年 0.
  const rows: Record<string, string> = {
    new: "一、本年新收政府信息公开申请数量113001015",
    over: "二、上年结转政府信息公开申请数量1000001",
    results: "三、本年度办理结果",
    granted: "（一）予以公开5200007",
    partial: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）2000002",
    denied:
      "（三）不予公开 1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000" +
      "4.保护第三方合法权益10000015.属于三类内部事务信息00000006.属于四类过程性信息10000017.属于行政执法案卷0000000" +
      "8.属于行政查询事项0000000",
    unable:
      "（四）无法提供 1.本机关不掌握相关政府信息21000032.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000",
    rejected:
      "（五）不予处理 1.信访举报投诉类申请00000002.重复申请10000013.要求提供公开出版物00000004.无正当理由大量反复申请0000000" +
      "5.要求行政机关确认或重新出具已获取信息0000000",
    other:
      "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000" +
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000101",
    total: "（七）总计123001016",
    forward: "四、结转下年度继续办理0000000",
  };
  const header = "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他";
  const page = (r: Record<string, string>) => `${S3}${header}${Object.values(r).join("")}${S4}000000000000000${S5}`;
  const core = {
    "apps.new.total": 15,
    "apps.new.natural_person": 11,
    "apps.carried_over.total": 1,
    "outcome.granted.total": 7,
    "outcome.partial.total": 2,
    "outcome.denied.third_party.total": 1,
    "outcome.denied.process_info.total": 1,
    "outcome.denied.total": 2,
    "outcome.unable.not_held.total": 3,
    "outcome.rejected.duplicate.total": 1,
    "outcome.total.total": 16,
    "apps.carried_forward.total": 0,
  };
  const expectCore = (values: Record<string, number>) => {
    for (const [key, want] of Object.entries(core)) expect(values[key], key).toBe(want);
  };

  it("reads the table as printed (the control)", () => expectCore(read(page(rows), "2021").value.values));

  it("a group's items each after its figures (a run after the group heading, none after the last item)", () => {
    const denied =
      "（三）不予公开 0000000 1.属于国家秘密0000000 2.其他法律行政法规禁止公开0000000 3.危及“三安全一稳定”1000001 " +
      "4.保护第三方合法权益0000000 5.属于三类内部事务信息1000001 6.属于四类过程性信息0000000 7.属于行政执法案卷0000000 " +
      "8.属于行政查询事项";
    const { value, issues } = read(page({ ...rows, denied }), "2021");
    expectCore(value.values);
    expect(named(issues.filter((i) => i.rule === "P2")).has("outcome.denied.third_party.total")).toBe(true);
  });

  it("予以公开 after its figures, right after 三、本年度办理结果", () => {
    const { value } = read(page({ ...rows, results: "三、本年度办理结果5200007", granted: "（一）予以公开" }), "2021");
    expectCore(value.values);
  });

  it("总计 and 结转下年度 after their figures (two runs glued after 3.其他)", () => {
    const other = rows.other.replace("3.其他0000101", "3.其他0000101123001016");
    const { value } = read(
      page({ ...rows, other, total: "（七）总计0000000", forward: "四、结转下年度继续办理" }),
      "2021",
    );
    expectCore(value.values);
  });

  it("一、本年新收 after its figures, which end the header", () => {
    const { value } = read(
      page({
        ...rows,
        new: "113001015一、本年新收政府信息公开申请数量",
        over: "二、上年结转政府信息公开申请数量1000001",
      }),
      "2021",
    );
    expectCore(value.values);
  });
});

describe("a run whose spaces are not one per cell (a piece with a leading zero holds several cells)", () => {
  const rowTotal = sumCheck([{ parts: [0, 1, 2, 3, 4, 5], total: 6 }]);
  const readRun = (run: string) => fitCells(scanCells(run, 0, run.length), 7, rowTotal);

  it("reads '1 010 002 13' both ways the digits allow, not only by its spaces", () => {
    const f = readRun("1 010 002 13");
    const readings = (f.alternatives ?? []).map((r) => r.map((c) => c.value).join("|"));
    expect(readings).toContain("10|1|0|0|0|2|13");
    expect(readings).toContain("1|0|10|0|0|2|13");
    expect(f.problem?.message).toMatch(/^ambiguous/);
  });

  it("keeps a run whose spaces part only whole cells ('2600000 26', '0 0 00 000')", () => {
    expect(readRun("2600000 26").cells?.map((c) => c.value)).toEqual([26, 0, 0, 0, 0, 0, 26]);
    expect(readRun("0 0 00 000").alternatives).toBeUndefined();
  });

  it("on a page, the columns choose (总计 '1 010 002 13' under 予以公开 10 and 部分公开 0 1 …)", () => {
    const table =
      "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
      "一、本年新收政府信息公开申请数量 10 1 0 0 0 2 13 二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2 三、本年度办理结果 " +
      "（一）予以公开 10 0 0 0 0 0 10 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 1 0 0 0 0 1 （三）不予公开 " +
      "1.属于国家秘密 0 0 0 0 0 0 0 4.保护第三方合法权益 0 0 0 0 0 2 2 （四）无法提供 1.本机关不掌握相关政府信息 0 0 0 0 0 0 0 " +
      "（七）总计 1 010 002 13 四、结转下年度继续办理 2 0 0 0 0 0 2";
    const { value, issues } = read(`${S3}${table}${S4}0 0 0 0 0 0 0 0 0 0 0 0 0 0 0${S5}`, "2021");
    const v = value.values;
    const flagged = named(issues.filter((i) => i.rule === "P2" || i.severity !== "info"));
    for (const [key, want] of Object.entries({
      "outcome.total.natural_person": 10,
      "outcome.total.commercial": 1,
      "outcome.total.research": 0,
    }))
      expect(v[key] === want || (v[key] === undefined && flagged.has(key)), `${key} read ${v[key]}`).toBe(true);
  });
});

describe("§二 政府集中采购 printing one figure on the 2019 form (采购项目数量, 采购总金额)", () => {
  const s2 = (cell: string, header = "采购总金额（元）") =>
    "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0 " +
    `规范性文件 2 2 9 第二十条第（九）项 信息内容 采购项目数量 ${header} 政府集中采购${cell} ` +
    "三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
    "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0";
  const procurement = (cell: string, header?: string) => {
    const { value, issues } = read(`${s2(cell, header)}${S4}0 0 0 0 0 0 0 0 0 0 0 0 0 0 0${S5}`);
    const named = issues.filter((i) => i.keys.includes("active.procurement.items")).map((i) => i.rule);
    return [value.values["active.procurement.items"], value.values["active.procurement.amount_wan"], named];
  };

  it("reads a figure in 元 or 万元, or with a decimal point, as the amount in 万元", () => {
    expect(procurement("2304500元")).toEqual([undefined, 230.45, ["P2"]]);
    expect(procurement("631.25万元")).toEqual([undefined, 631.25, ["P2"]]);
    expect(procurement("48.6", "采购总金额（万元）")).toEqual([undefined, 48.6, ["P2"]]);
  });

  it("leaves a bare whole number blank: the count or the amount is not told", () => {
    expect(procurement("3960000")).toEqual([undefined, undefined, ["P1"]]);
  });
});
