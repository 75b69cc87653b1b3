/**
 * Legacy (2008–2018) figures stated only in sentences: lists of cases said to be none in several wordings, a count
 * said with 只有 / 仅有, one person's application for a thing named, and reviews the agency decided for others.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";

const read = (lines: string[], year = 2013) =>
  Object.fromEntries(readNarrativeCounts(lines, () => false, true, year).map((f) => [f.key, f.value]));

describe("readNarrativeCounts: a list of cases said to be none", () => {
  it("reads 均为零 in the clause after the list of kinds", () => {
    const got = read(["四、复议诉讼 由政府信息公开引起的行政复议、行政诉讼，本乡今年均为零。"]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    // A clause of none that follows no list of kinds reads nothing.
    expect(read(["四、其他 全年开展培训3次，本乡今年均为零。"])["review.total"]).toBeUndefined();
  });

  it("reads 均为零 after a list ending in 案件, or led by the report's year (not another year)", () => {
    const got = read(["四、复议诉讼 因信息公开引起的行政复议、行政诉讼案件，本局今年都为零。"]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const led = read(["四、复议诉讼 涉及政府信息公开的行政复议和行政诉讼，2013年度均为零。"]);
    expect(led).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    expect(
      read(["四、复议诉讼 涉及政府信息公开的行政复议和行政诉讼，2012年度均为零。"])["review.total"],
    ).toBeUndefined();
  });

  it("reads 都是零 and counts in brackets after each kind", () => {
    const got = read(["五、复议诉讼 今年涉及政府信息公开的行政复议、行政诉讼和申诉案件数量都是零。"]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0, "legacy.complaints": 0 });
    const brackets = read(["五、复议诉讼 因信息公开引发的行政复议（0起）、行政诉讼（1起）、投诉（0件）。"]);
    expect(brackets).toMatchObject({ "review.total": 0, "litigation.total": 1, "legacy.complaints": 0 });
  });

  it("reads a list's count of none as each kind's, and not a list's count of some", () => {
    const got = read(["（四）复议诉讼。因政府信息公开提起的行政复议、行政诉讼0件。"]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const some = read(["（四）复议诉讼。因政府信息公开提起的行政复议、行政诉讼共2件。"]);
    expect(some["review.total"]).toBeUndefined();
    expect(some["litigation.total"]).toBeUndefined();
  });

  it("reads 亦无申诉 in a sentence about disclosure cases", () => {
    const got = read(["四、复议诉讼 本年度没有发生因政府信息公开提起的行政复议和行政诉讼，亦无投诉。"]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0, "legacy.complaints": 0 });
  });
});

describe("readNarrativeCounts: this year's applications said with 只有 / one person", () => {
  it("reads 申请只有N件 and 仅有N件", () => {
    expect(read(["二、依申请公开 2013年我乡收到的政府信息公开申请只有2件，均予以公开。"])["apps.new.total"]).toBe(2);
    expect(read(["二、依申请公开 全年受理政府信息公开申请仅有1件。"])["apps.new.total"]).toBe(1);
  });

  it("reads persons who came to a place to apply, not persons who came to ask how to apply", () => {
    const text = "二、依申请公开 全年只有2名村民到镇便民服务中心申请公开低保评定材料，均予以公开。";
    expect(read([text])).toMatchObject({ "apps.new.total": 2, "outcome.granted.total": 2 });
    expect(read(["二、依申请公开 全年有3名群众到我局咨询如何申请公开政府信息。"])["apps.new.total"]).toBeUndefined();
    expect(read(["二、依申请公开 全年有2名群众咨询申请公开政府信息的程序。"])["apps.new.total"]).toBeUndefined();
  });

  it("reads a clause of the year's 依申请公开N件 alone as the applications, not N items of information", () => {
    const text = "二、依申请公开 2013年我乡依申请公开2件，分别涉及低保名单和危房改造补助，以上2件均已公开。";
    expect(read([text])).toMatchObject({ "apps.new.total": 2, "outcome.granted.total": 2 });
    expect(read(["二、依申请公开 全年依申请公开政府信息7条。"])["apps.new.total"]).toBeUndefined();
    expect(read(["二、依申请公开 全年依申请公开2件信息，另有咨询5件。"])["apps.new.total"]).toBeUndefined();
  });

  it("reads one person applying by letter for a thing named as one application, over another year's none", () => {
    const text =
      "二、依申请公开 全年仅有1名村民来信申请公开其承包地2012年度的补偿标准，我镇第10个工作日书面答复，同意公开，" +
      "此外无其他申请，2012年我镇则没有收到过申请。";
    expect(read([text])).toMatchObject({ "apps.new.total": 1, "outcome.granted.total": 1 });
  });
});

describe("readNarrativeCounts: the one review's end after a clause counting the person", () => {
  it("reads the end told right after '有1名申请人…不服申请了行政复议' with no comma inside", () => {
    const got = read(["四、复议 有1位群众对我乡的答复不服提起行政复议，经复议撤销了原答复。"]);
    expect(got).toMatchObject({ "review.total": 1, "review.corrected": 1 });
    const upheld = read(["四、复议诉讼情况 有1名申请人对我局答复不服申请了行政复议，复议机关维持了我局的答复。"]);
    expect(upheld).toMatchObject({ "review.total": 1, "review.upheld": 1 });
  });
});

describe("readNarrativeCounts: reviews the agency decided for other agencies", () => {
  it("does not count reviews with others as respondents, nor their ends; reads its own", () => {
    const text =
      "五、复议诉讼 我局作为复议机构，全年审理以各乡镇为被申请人的政府信息公开行政复议案件4件，审结后维持2件、撤销2件。" +
      "以我局为被申请人的行政复议0件，以我局为被告的行政诉讼1件。";
    const got = read([text]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 1 });
    expect(got["review.upheld"]).toBeUndefined();
    expect(got["review.corrected"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a report written as questions and answers", () => {
  it("reads the answer under a question about applications as under 依申请公开", () => {
    const text =
      "问：今年有人向我站申请公开信息吗？ 答：有。全年我站一共收到3份申请，都是通过信函提交的。" +
      "一份要求公开水文监测数据，我站同意公开；另一份要求公开站点选址论证报告，我站提供了报告，但涉及他人的部分没有提供，" +
      "属于部分公开；第三份要求公开的信息不属于我站掌握，已告知申请人。";
    expect(read([text])["apps.new.total"]).toBe(3);
  });

  it("reads a question answered 没有 as none, and states nothing from a question alone", () => {
    const none = read(["问：有没有因政府信息公开引起的行政复议或者行政诉讼？ 答：没有。"]);
    expect(none).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const apart = read(["问：有没有因政府信息公开引起的行政复议或者行政诉讼？", "答：没有。"]);
    expect(apart).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const yes = read([
      "问：有没有因政府信息公开被申请行政复议？ 答：有。1名申请人对答复不服申请了行政复议，复议机关维持。",
    ]);
    expect(yes["review.total"]).toBe(1);
    const asked = read(["问：有没有因政府信息公开被申请行政复议？ 答：请见附表。"]);
    expect(asked["review.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: answers told as shares of the year's applications", () => {
  const page = (shares: string, answered = "所有申请均已按时答复") =>
    read([`三、依申请公开情况 2013年我乡共受理政府信息公开申请10件，${answered}。答复结果：${shares}。`]);

  it("reads each kind's count where every application was answered and the shares add up to 100%", () => {
    const got = page("同意公开的占70%；部分公开的占20%；其余10%为告知类答复");
    expect(got).toMatchObject({
      "outcome.granted.total": 7,
      "outcome.partial.total": 2,
      "outcome.denied.total": 0,
    });
  });

  it("reads nothing where the shares fall short, are no whole count, or not every one was answered", () => {
    expect(page("同意公开的占70%；部分公开的占20%")["outcome.granted.total"]).toBeUndefined();
    expect(page("同意公开的占75%；部分公开的占25%")["outcome.granted.total"]).toBeUndefined();
    const open = page("同意公开的占70%；部分公开的占20%；其余10%为告知类答复", "其中1件尚在办理");
    expect(open["outcome.granted.total"]).toBeUndefined();
  });
});
