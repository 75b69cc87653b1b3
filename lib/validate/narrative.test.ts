/**
 * N1 for counts a legacy page states in sentences beside its table: the applications as well as the answers and
 * cases, and the disclosure part of an agency's caseload. Fixture values are hand-written.
 */
import { describe, expect, it } from "vitest";
import { checkStatedCounts } from "./narrative";

const stated = (key: string, value: number, raw: string) => ({ key, value, line: 3, raw });

describe("checkStatedCounts", () => {
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
});
