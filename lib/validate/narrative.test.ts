/**
 * N1 for counts a legacy page states in sentences beside its table: the applications as well as the answers and
 * cases, and the disclosure part of an agency's caseload. Fixture values are hand-written.
 */
import { describe, expect, it } from "vitest";
import { findAppsReceived } from "@/lib/parser/meta-narrative";
import type { ReportMeta } from "@/lib/parser/meta";
import { checkNarrative, checkStatedCounts } from "./narrative";

const stated = (key: string, value: number, raw: string) => ({ key, value, line: 3, raw });

describe("checkStatedCounts", () => {
  it("sets no filling instruction's example, nor a count totalled to the table's, against the table", () => {
    const example = "例:某单位全年受理申请12件,其中同意公开7件、不予公开2件,则“对申请的答复总数”填12";
    expect(checkStatedCounts({ "apps.new.total": 3 }, [stated("apps.new.total", 12, example)])).toEqual([]);
    const total = "2013年,我局直接受理申请4件,另由市政府办转来申请3件,合计受理7件";
    expect(checkStatedCounts({ "apps.new.total": 7 }, [stated("apps.new.total", 4, total)])).toEqual([]);
    const merged = "共收到申请表9份,其中3份为重复提交,经合并,受理政府信息公开申请6件";
    expect(checkStatedCounts({ "apps.new.total": 6 }, [stated("apps.new.total", 9, merged)])).toEqual([]);
    expect(checkStatedCounts({ "apps.new.total": 5 }, [stated("apps.new.total", 9, merged)])).toHaveLength(1);
  });

  it("sets no own share against a table counting the whole the sentence names first", () => {
    const raw = "全系统全年共收到政府信息公开申请7件,其中局机关3件、下属单位4件";
    expect(checkStatedCounts({ "apps.new.total": 7 }, [stated("apps.new.total", 3, raw)])).toEqual([]);
    expect(checkStatedCounts({ "apps.new.total": 9 }, [stated("apps.new.total", 3, raw)])).toHaveLength(1);
  });

  it("names apps.new.total where a sentence counts other applications than the table", () => {
    const values = { "apps.new.total": 12, "apps.carried_over.total": 2 };
    const got = checkStatedCounts(values, [stated("apps.new.total", 10, "2012年受理政府信息公开申请10件")]);
    expect(got.map((f) => [f.rule, f.keys, f.actual])).toEqual([["N1", ["apps.new.total"], 10]]);
    // This year's and last year's together (14 = 12 + 2) is no disagreement.
    expect(checkStatedCounts(values, [stated("apps.new.total", 14, "共办理申请14件")])).toEqual([]);
  });

  it("compares the part said to concern disclosure, not the caseload before it", () => {
    const raw = "我局办理行政复议案件23件,其中涉及政府信息公开的行政复议3件、行政诉讼0件";
    const values = { "review.total": 1 };
    expect(checkStatedCounts(values, [stated("review.total", 3, raw)]).map((f) => f.keys)).toEqual([["review.total"]]);
    // The caseload itself read (23) is not set against the table.
    expect(checkStatedCounts(values, [stated("review.total", 23, raw)])).toEqual([]);
  });

  it("sets no inferred 0 against a table the sentence names (属于公开范围…的8件), keeps a printed correction", () => {
    const raw = "按答复类型分:属于公开范围、应告知获取方式的8件,不属于本机关公开的2件,信息不存在的1件";
    expect(checkStatedCounts({ "outcome.granted.total": 8 }, [stated("outcome.granted.total", 0, raw)])).toEqual([]);
    expect(checkStatedCounts({ "outcome.granted.total": 5 }, [stated("outcome.granted.total", 0, raw)])).toHaveLength(
      1,
    );
    const corrected = "同意公开20件(经核实应为16件,特此更正)";
    const values = { "outcome.granted.total": 20 };
    expect(checkStatedCounts(values, [stated("outcome.granted.total", 16, corrected)])).toHaveLength(1);
  });

  it("compares the cases said to arise from disclosure, without a 其中", () => {
    const raw = "全年办理行政复议案件9件、行政诉讼案件4件,因政府信息公开申请引起的行政复议2件、行政诉讼1件";
    expect(checkStatedCounts({ "litigation.total": 1 }, [stated("litigation.total", 4, raw)])).toEqual([]);
    expect(checkStatedCounts({ "litigation.total": 1 }, [stated("litigation.total", 0, raw)])).toEqual([]);
    expect(checkStatedCounts({ "litigation.total": 3 }, [stated("litigation.total", 1, raw)])).toHaveLength(1);
  });

  it("sets no sub-unit's, other matter's or half-year's count against the table, the agency's own whole still", () => {
    const granted = (raw: string, table: number) =>
      checkStatedCounts({ "outcome.granted.total": table }, [stated("outcome.granted.total", 5, raw)]).length;
    expect(granted("2014年度,所属事业单位受理申请7件,其中同意公开5件", 2)).toBe(0);
    expect(granted("政协委员提案、人大代表建议答复同意公开5件", 2)).toBe(0);
    expect(granted("下半年同意公开5件", 9)).toBe(0);
    expect(granted("我局及所属事业单位共同意公开5件", 2)).toBe(1);
    expect(granted("2014年度我局同意公开5件", 2)).toBe(1);
  });

  it("sets no part of the key's figure against it: halves, forms, a reason; nor a quoted table's row", () => {
    const n1 = (key: string, value: number, table: number, raw: string) =>
      checkStatedCounts({ [key]: table }, [stated(key, value, raw)]).length;
    expect(n1("outcome.granted.total", 4, 7, "2015年上半年同意公开4件,下半年同意公开3件")).toBe(0);
    expect(n1("outcome.granted.total", 2, 3, "以电子邮件形式同意公开2件,以纸质形式同意公开1件")).toBe(0);
    expect(n1("outcome.denied.total", 1, 4, "依申请公开办理情况:属于国家秘密不予公开1件")).toBe(0);
    expect(n1("outcome.denied.total", 0, 2, "具体见下表:项目 一月 二月 三月 合计 不予公开 0 1 1 2")).toBe(0);
    // Parts that do not add up to the table's figure, or a whole that differs, still warn.
    expect(n1("outcome.granted.total", 4, 9, "以网上形式同意公开4件,以纸质形式同意公开3件")).toBe(1);
    expect(n1("outcome.denied.total", 5, 4, "依申请公开办理情况:属于国家秘密不予公开5件")).toBe(1);
  });

  it("sets no ordinal, attribute sort, quoted table, unrelated case or hotline complaint against the table", () => {
    const n1 = (key: string, value: number, table: number, raw: string, more: Record<string, number> = {}) =>
      checkStatedCounts({ [key]: table, ...more }, [stated(key, value, raw)]).length;
    // 第2件 is the second item, not two answers; a 0 inferred beside it says nothing of the year's.
    const ordinal = "对第2件,因所涉名册含个人住址,只提供了汇总人数";
    expect(n1("outcome.partial.total", 2, 1, ordinal)).toBe(0);
    expect(n1("outcome.granted.total", 0, 3, ordinal)).toBe(0);
    expect(n1("outcome.partial.total", 2, 1, "第1件予以公开,另有部分公开2件")).toBe(1);
    // Documents sorted by attribute, not answers.
    expect(
      n1("outcome.denied.total", 9, 0, "经清理,本单位共产生信息88条,其中主动公开70条,依申请公开9条,不予公开9条"),
    ).toBe(0);
    expect(n1("outcome.denied.total", 7, 0, "按照信息属性划分,属于依申请公开的12条,属于不予公开的7条")).toBe(0);
    expect(n1("outcome.denied.total", 2, 0, "全年受理依申请公开5件,其中同意公开3件,不予公开2件")).toBe(1);
    // The 统计表 quoted in the text, its rows glued.
    expect(
      n1("outcome.granted.total", 14, 1, "附:某局2009年度政府信息公开情况统计表主动公开信息数20其中:1、网站公开14"),
    ).toBe(0);
    // Cases the sentence says are not about disclosure; a hotline's consumer complaints.
    expect(n1("review.total", 5, 0, "全年被申请行政复议5件,均为工伤认定案件,与政府信息公开工作无关")).toBe(0);
    expect(n1("legacy.complaints", 310, 0, "全年处理12345转办投诉举报310件")).toBe(0);
    expect(n1("legacy.complaints", 3, 0, "全年受理政府信息公开举报3件")).toBe(1);
  });

  it("sets no misreading against the table: an inferred 0 beside the key's own words, partial among granted", () => {
    const n1 = (key: string, value: number, table: number, raw: string, more: Record<string, number> = {}) =>
      checkStatedCounts({ [key]: table, ...more }, [stated(key, value, raw)]).length;
    expect(n1("outcome.denied.total", 0, 1, "经审核,4件予以公开,1件因涉及第三方商业秘密未予公开")).toBe(0);
    expect(n1("outcome.denied.total", 0, 1, "1件申请公开举报人姓名,依法作出否决公开答复")).toBe(0);
    expect(n1("outcome.partial.total", 0, 1, "另一件我局对涉及个人账号的部分作技术处理后提供")).toBe(0);
    expect(n1("outcome.denied.total", 0, 1, "全年受理申请4件,均同意公开")).toBe(1);
    // 予以公开 counting the partly disclosed answers (2 = 1 granted + 1 partial).
    const both = "予以公开的2件(其中全部公开1件、部分公开1件)";
    expect(n1("outcome.granted.total", 2, 1, both, { "outcome.partial.total": 1 })).toBe(0);
    expect(n1("outcome.granted.total", 2, 1, both, { "outcome.partial.total": 0 })).toBe(1);
    // The sentence says there were none; 不同意公开 folded into 同意公开.
    expect(n1("outcome.partial.total", 1, 0, "申请1件,不属于政府信息。全年无同意公开、部分公开和不予公开的答复")).toBe(
      0,
    );
    expect(n1("outcome.partial.total", 0, 1, "全年无同意公开、部分公开和不予公开的答复")).toBe(1);
    const refused = "答复情况为:2件已主动公开,告知获取方式;3件同意公开;1件因涉及国家秘密不同意公开";
    expect(n1("outcome.granted.total", 6, 5, refused)).toBe(0);
    expect(n1("outcome.granted.total", 6, 4, refused)).toBe(1);
    // One application told by what it asked for is a part of the year's granted.
    expect(n1("outcome.granted.total", 1, 3, "对1件要求公开某路段改造预算的申请,我局予以公开")).toBe(0);
    expect(n1("outcome.granted.total", 4, 3, "对4件要求公开某路段改造预算的申请,我局予以公开")).toBe(1);
  });
});

describe("checkNarrative", () => {
  const check = (sentence: string, table: number) => {
    const apps = findAppsReceived([sentence]);
    const meta = { narrative: apps ? { appsReceived: apps } : {} } as unknown as ReportMeta;
    return checkNarrative({ "apps.new.total": table }, meta);
  };
  const n1 = (sentence: string, table: number) => check(sentence, table).length;

  it("quotes the sentence as printed, spaces kept, cut around the count", () => {
    const [f] = check("三、依申请公开情况 2019年 我站共受理政府信息公开申请 8件,均已答复。四、其他", 6);
    expect(f.message).toContain("「三、依申请公开情况 2019年 我站共受理政府信息公开申请 8件,均已答复」");
  });

  it("reads no count of licensing reviews (消防设计审核申请) as the applications", () => {
    expect(n1("全年受理消防设计审核申请37件,竣工验收申请21件。", 2)).toBe(0);
  });

  it("sets no count against the table where the sentence sets part of it aside", () => {
    expect(n1("全年共收到政府信息公开申请9件,其中2件申请人在受理前撤回,实际办理7件。", 7)).toBe(0);
    expect(n1("全年共受理依申请公开20件(含来电咨询后补交书面申请的3件),较上年增加5件。", 17)).toBe(0);
    expect(n1("全年共收到政府信息公开申请15件,其中1件转交区财政局直接答复。", 14)).toBe(0);
    // A part named without setting it aside, or a remainder that is not the table's, still warns.
    expect(n1("全年共收到政府信息公开申请9件,其中群众申请7件、企业申请2件。", 7)).toBe(1);
    expect(n1("全年共收到政府信息公开申请9件,其中2件申请人撤回。", 8)).toBe(1);
  });

  it("compares the total a sentence gives after the parts of the intake (合计受理5件), not its first part", () => {
    expect(n1("2017年,我局直接受理政府信息公开申请3件,另由区政务公开办转来申请2件,合计受理5件。", 5)).toBe(0);
    expect(n1("2014年本委收到政府信息公开申请6件,上级机关转办4件,共计收到申请10件,均按时答复。", 10)).toBe(0);
    expect(n1("全年我局直接受理申请12件,由市政府转来1件,总计受理并答复政府信息公开申请13件。", 13)).toBe(0);
    // The total disagreeing with the table still warns, quoting it.
    const [f] = check("2017年,我局直接受理政府信息公开申请3件,另由区政务公开办转来申请2件,合计受理5件。", 4);
    expect([f.actual, f.expected]).toEqual([5, 4]);
    // A count of the cases closed after the parts is not the intake's total: the first count is compared.
    expect(check("全年我局直接受理申请3件,转来2件,合计办结4件。", 5).map((x) => x.actual)).toEqual([3]);
  });
});
