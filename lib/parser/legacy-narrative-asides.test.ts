/**
 * Legacy (2008–2018) sentences whose words around a count say what it is not: a negation inside the reason an
 * applicant gave, a refusal said as 没有同意公开, reviews the agency decides as the body above others, and a joint
 * report's chapter on the party's affairs. Fixture text is hand-written.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (lines: string[], year = 2015) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(lines.join("\n")).split("\n"), () => false, true, year).map((f) => [
      f.key,
      f.value,
    ]),
  );

describe("readNarrativeCounts: a negation inside the reason an applicant gave", () => {
  it("reads the one suit brought 以…未公开…为由 as a suit, not as none", () => {
    const got = read([
      "五、行政复议和行政诉讼情况 本年度有1名村民以我镇未公开土地征收补偿明细为由向区人民法院提起行政诉讼，" +
        "目前尚在审理中。",
    ]);
    expect(got["litigation.total"]).toBe(1);
    // A negation outside the reason still says none.
    const none = read(["五、行政复议和行政诉讼情况 本年度未发生因政府信息公开提起的行政诉讼。"]);
    expect(none["litigation.total"]).toBe(0);
  });
});

describe("readNarrativeCounts: a refusal said as 没有同意公开", () => {
  it("does not count 1份…没有同意公开 as another kind of answer, so the refused ones are not set to 0", () => {
    const got = read([
      "三、依申请公开 全年共收到申请7份。我街道均按时答复：同意公开的有4份，部分公开的有2份，另有1份所要的是" +
        "其他住户的拆迁协议，涉及个人隐私，没有同意公开。",
    ]);
    expect(got).toMatchObject({ "apps.new.total": 7, "outcome.granted.total": 4, "outcome.partial.total": 2 });
    expect(got["outcome.denied.total"]).not.toBe(0);
  });

  it("reads a sentence led by its count ending 没有同意公开 as refused, not granted", () => {
    const got = read([
      "二、依申请公开情况 2015年本局收到政府信息公开申请3件。有2件我局同意公开；有1件涉及商业秘密，我局没有同意公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 2, "outcome.denied.total": 1, "outcome.partial.total": 0 });
  });
});

describe("readNarrativeCounts: reviews decided as the body above others", () => {
  it("leaves out 作为复议机关 cases even where the sentence names disclosure among them", () => {
    const got = read([
      "一、概述 本年度我室受理以区政府作为复议机关的行政复议案件19件（其中涉及政府信息公开的4件，被申请人为各街道）。" +
        "五、复议诉讼情况 以我室为被申请人的政府信息公开行政复议0件，行政诉讼0件。",
    ]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });
});

describe("readNarrativeCounts: a joint report's chapter on the party's affairs", () => {
  it("reads the 政府信息公开 chapter's figures, not the 党务公开 chapter's before it", () => {
    const got = read([
      "中共某乡委员会 某乡人民政府2015年党务公开和政府信息公开工作报告 一、党务公开工作 全年党员向乡党委申请公开" +
        "党务信息5件，同意公开4件，不予公开1件。收到对党务公开的举报3件。二、政府信息公开工作 乡政府全年受理政府" +
        "信息公开申请2件，其中同意公开1件，部分公开1件。未发生因政府信息公开引起的行政复议和行政诉讼。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 2,
      "outcome.granted.total": 1,
      "outcome.partial.total": 1,
      "review.total": 0,
      "litigation.total": 0,
    });
    expect(got["legacy.complaints"]).toBeUndefined();
    // A chapter on both (党务政务公开) is read.
    const both = read(["三、党务政务公开情况 全年受理政府信息公开申请3件，均同意公开。"]);
    expect(both["apps.new.total"]).toBe(3);
  });
});

describe("readNarrativeCounts: counts the sentence itself sets apart from the applications", () => {
  it("leaves out a count of other business said not to be 依申请公开, and letters not taken as applications", () => {
    const other = read([
      "三、依申请公开情况 全年各窗口共办理户籍证明3120份，身份证受理5210件，上述业务不属于依申请公开政府信息。",
    ]);
    expect(other["apps.new.total"]).toBeUndefined();
    const letters = read([
      "三、依申请公开情况 本年度收到3份以政府信息公开申请名义寄来的信函，经审查均为业务咨询，未作为政府信息公开申请受理。",
    ]);
    expect(letters["apps.new.total"]).toBeUndefined();
    // A count of applications beside a part said not to be one is still read.
    expect(read(["三、依申请公开 全年受理申请5件，另有咨询3件不属于依申请公开。"])["apps.new.total"]).toBe(5);
  });
});
