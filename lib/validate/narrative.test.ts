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
});
