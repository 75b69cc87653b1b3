/**
 * Legacy (2008–2018) figures stated only in sentences: lists of cases said to be none in several wordings, a count
 * said with 只有 / 仅有, one person's application for a thing named, and reviews the agency decided for others.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (lines: string[], year = 2013) =>
  Object.fromEntries(readNarrativeCounts(lines, () => false, true, year).map((f) => [f.key, f.value]));
/** As the parser reads a page: its text normalized first (full-width stops and colons). */
const readN = (lines: string[], year = 2013) => read(normalizeText(lines.join("\n")).split("\n"), year);

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

describe("readNarrativeCounts: an infographic's lines, each value on the line after its label", () => {
  const page = [
    "一图读懂 某县水利局2016年政府信息公开工作年度报告",
    "01 主动公开",
    "全年主动公开信息",
    "2,114 条",
    "02 依申请公开",
    "收到申请",
    "7 件",
    "（2015年：4件）",
    "同意公开 4 件",
    "部分公开 2 件",
    "不予公开 1 件",
    "03 复议诉讼",
    "因政府信息公开被申请行政复议",
    "1 件",
    "结果：撤销",
    "因政府信息公开被提起行政诉讼",
    "0 件",
  ];

  it("reads each label's value and the one review's end on the line after its count", () => {
    expect(readN(page, 2016)).toMatchObject({
      "apps.new.total": 7,
      "outcome.granted.total": 4,
      "outcome.partial.total": 2,
      "outcome.denied.total": 1,
      "review.total": 1,
      "review.corrected": 1,
      "litigation.total": 0,
    });
  });

  it("reads no end where the review count before it is not one", () => {
    const two = page.map((l, i) => (i === 13 ? "2 件" : l));
    expect(readN(two, 2016)["review.corrected"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: label：value lists and asides in brackets", () => {
  it("reads 受理申请：N件 with the channels and last year's figure in the bracket after it", () => {
    const got = readN([
      "二、依申请公开 受理申请：4件（网上3件，信函1件；上年同期6件）。答复类型：同意公开3件；不予公开1件。",
    ]);
    expect(got).toMatchObject({ "apps.new.total": 4, "outcome.granted.total": 3, "outcome.denied.total": 1 });
  });
});

describe("readNarrativeCounts: the one review's end told in the next sentence", () => {
  it("reads the end where a date sits in that sentence (于8月15日撤销), not where a count does", () => {
    const text =
      "四、复议诉讼 1名申请人对我局的答复不服，向县政府申请行政复议。县政府复议后认为答复依据不足，于8月15日撤销了该答复。";
    expect(readN([text])).toMatchObject({ "review.total": 1, "review.corrected": 1 });
    const counted = "四、复议诉讼 1名申请人对我局的答复不服，向县政府申请行政复议。复议机关于8月撤销了2件答复。";
    expect(readN([counted])["review.corrected"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: numbered questions and their answers", () => {
  it("reads a numbered question with a year in it, and a yes answered with a count", () => {
    const text =
      "问二：2015年有没有人向镇政府申请公开政府信息？ 答：有。全年共收到3份申请，都在窗口当面提交。" +
      "问五：有没有人投诉我镇政府信息公开不及时？ 答：有2起。";
    expect(readN([text], 2015)).toMatchObject({ "apps.new.total": 3, "legacy.complaints": 2 });
  });

  it("reads a how-many question answered none or a count; a count of two kinds asked together reads nothing", () => {
    expect(readN(["问三：2015年收到多少件政府信息公开申请？ 答：没有收到。"], 2015)["apps.new.total"]).toBe(0);
    expect(readN(["问三：今年收到了几件政府信息公开申请？ 答：4件。"], 2015)["apps.new.total"]).toBe(4);
    const both = readN(["问：有没有因政府信息公开被申请复议或者被起诉？ 答：有1起。"], 2015);
    expect(both["review.total"]).toBeUndefined();
    expect(both["litigation.total"]).toBeUndefined();
  });

  it("tells the applications one by one as 第1份…第2份", () => {
    const text =
      "问：申请是怎么答复的？ 答：今年共收到2份政府信息公开申请。第1份要求公开某路段拓宽方案，我局同意公开；" +
      "第2份要求公开拆迁户名单及补偿金额，涉及个人隐私，我局提供了汇总数，属于部分公开。";
    expect(readN([text])).toMatchObject({
      "apps.new.total": 2,
      "outcome.granted.total": 1,
      "outcome.partial.total": 1,
    });
  });
});

describe("readNarrativeCounts: the area's cases beside the agency's own", () => {
  it("reads the agency's none over the area's counts told first", () => {
    const text =
      "四、复议诉讼 本年度全县因政府信息公开引起行政复议3件、行政诉讼1件，其中涉及我局的均为零，即我局未被申请行政复议，也未被提起行政诉讼。";
    expect(readN([text])).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });

  it("reads answers told one by one after the count of them all (3件申请中,2件…;1件…)", () => {
    const text =
      "二、依申请公开 全县共受理申请40件，其中我局受理3件。3件申请中，2件予以公开；1件因涉及第三方商业秘密，经征求意见，" +
      "第三方不同意公开，我局决定不予公开。";
    expect(readN([text])).toMatchObject({ "apps.new.total": 3, "outcome.granted.total": 2, "outcome.denied.total": 1 });
  });
});

describe("readNarrativeCounts: answers contested in a suit or review", () => {
  it("counts the suit, not the answer kind, in 'N件…答复被申请人提起行政诉讼'", () => {
    const got = readN(["五、复议诉讼 规划科承办的2件不予公开答复被申请人提起行政诉讼，法院尚未判决。"]);
    expect(got["litigation.total"]).toBe(2);
    expect(got["outcome.denied.total"]).toBeUndefined();
    const review = readN(["五、复议诉讼 办公室承办的1件部分公开答复被申请人申请行政复议，复议机关维持。"]);
    expect(review["review.total"]).toBe(1);
    expect(review["outcome.partial.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: none said in other words", () => {
  it("reads 不存在…复议、诉讼, 无人就…申请行政复议, 无针对…, and 本局亦未收到与…有关的申诉和举报", () => {
    const a = readN(["四、复议诉讼 由于没有申请，也就不存在针对本局信息公开行为的行政复议、行政诉讼。"]);
    expect(a).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const b = readN([
      "全年无人就我镇政府信息公开工作申请行政复议或者提起行政诉讼，本镇亦未收到与政府信息公开有关的申诉和举报。",
    ]);
    expect(b).toMatchObject({ "review.total": 0, "litigation.total": 0, "legacy.complaints": 0 });
    const c = readN(["三、复议诉讼 2013年，无针对我局信息公开事项的行政复议和行政诉讼。"]);
    expect(c).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });

  it("reads no application where who applied and how stand between the verb and the noun", () => {
    const text =
      "二、依申请公开 本年度我镇未收到公民、法人或者其他组织通过当面、信函、网络等任何渠道提交的政府信息公开申请。";
    expect(readN([text])["apps.new.total"]).toBe(0);
  });

  it("reads 申诉、举报N件 about disclosure as the form's row", () => {
    expect(readN(["全年收到有关政府信息公开的申诉、举报2件。"])["legacy.complaints"]).toBe(2);
    expect(readN(["全年收到群众对工程质量的申诉、举报9件。"])["legacy.complaints"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: last year's application handled this year, one person's suit", () => {
  it("reads an application received last year by its date and handled across the year as carried over", () => {
    const text = "二、依申请公开 2014年我局新收申请6件，另有2013年12月收到、跨年度办理的申请2件。";
    expect(readN([text], 2014)).toMatchObject({ "apps.new.total": 6, "apps.carried_over.total": 2 });
    expect(readN([text], 2015)["apps.carried_over.total"]).toBeUndefined();
  });

  it("counts the one suit brought by one applicant, not a right to sue", () => {
    const text = "四、复议诉讼 另有1名申请人不服我局答复，直接向县人民法院提起行政诉讼，目前尚在审理中。";
    expect(readN([text])["litigation.total"]).toBe(1);
    const right = readN(["四、复议诉讼 如1名申请人不服答复，可以依法向人民法院提起行政诉讼。"]);
    expect(right["litigation.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a register of the applications, a row each", () => {
  const register = (n: number) => [
    `二、依申请公开 全年受理政府信息公开申请${n}件，均按期答复，台账如下：`,
    "序号 申请日期 申请内容 答复日期 答复结果 1 2016-02-03 某村征地补偿标准 2016-02-20 同意公开 2 2016-04-11 " +
      "某项目评标记录 2016-05-02 不予公开 3 2016-09-09 某小区规划许可 2016-09-30 部分公开",
  ];

  it("reads each kind's rows where the rows are as many as the applications", () => {
    expect(readN(register(3), 2016)).toMatchObject({
      "outcome.granted.total": 1,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
    expect(readN(register(4), 2016)["outcome.granted.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: applications passed on, reviews' ends after clauses between, items after 经审查", () => {
  it("does not count applications passed on to another body to answer, but counts those referred here", () => {
    const text =
      "三、申请情况 村民通过村委会转交镇政府的政府信息公开申请有2件，由镇政府负责答复，村委会本身未受理政府信息公开申请。";
    expect(readN([text])["apps.new.total"]).toBe(0);
    expect(readN(["三、依申请公开 全年由县政府办公室转交我局的政府信息公开申请有3件。"])["apps.new.total"]).toBe(3);
  });

  it("reads the review's end after clauses that name the same review again without a count", () => {
    const text =
      "四、复议诉讼 本年度因政府信息公开申请行政复议2件，两名申请人均对我局的告知不服，向县政府申请复议，后维持1件，撤回1件。";
    expect(readN([text])).toMatchObject({ "review.total": 2, "review.upheld": 1, "review.other": 1 });
    const other = "四、复议诉讼 本年度因政府信息公开申请行政复议1件，另有1件行政复议尚在审理中。";
    expect(readN([other])["review.pending"]).toBeUndefined();
  });

  it("reads each review's end where who and when stand between its count and the end", () => {
    const text = "四、复议诉讼 全年因政府信息公开引起行政复议2件，经复议，1件维持原答复，1件申请人在复议期间撤回申请。";
    expect(readN([text])).toMatchObject({ "review.total": 2, "review.upheld": 1, "review.other": 1 });
  });

  it("tells the items after 经审查,有N件…, the one found within the law's reach granted", () => {
    const text =
      "三、依申请公开 全年共收到政府信息公开申请9件。经审查，有6件属于可以公开的范围，我局均按期答复；有2件涉及国家秘密，" +
      "依法不予公开；另有1件申请内容不明确，已告知申请人补正。";
    expect(readN([text])).toMatchObject({
      "apps.new.total": 9,
      "outcome.granted.total": 6,
      "outcome.denied.total": 2,
    });
  });
});

describe("readNarrativeCounts: reviews' ends said of all, in brackets, after a count before the noun", () => {
  it("reads 复议机关均维持原答复 as every review counted upheld", () => {
    const text =
      "五、复议诉讼 全县因政府信息公开申请行政复议3件，复议机关均维持原答复；提起行政诉讼1件，法院驳回起诉。";
    expect(readN([text])).toMatchObject({ "review.total": 3, "review.upheld": 3 });
  });

  it("reads the ends in brackets after the count, under a bulleted label of cases", () => {
    const text = "■ 复议诉讼：被申请行政复议5件（维持4件、被纠错1件），被提起行政诉讼1件；申诉举报0件。";
    expect(readN([text])).toMatchObject({
      "review.total": 5,
      "review.upheld": 4,
      "review.corrected": 1,
      "litigation.total": 1,
      "legacy.complaints": 0,
    });
  });

  it("reads ends after the reviews restated as 'N件行政复议均已办结', and 维持我局答复N件", () => {
    const text = "五、复议诉讼 全年发生行政复议3件。截至年底，3件行政复议均已办结，2件维持、1件申请人撤回。";
    expect(readN([text])).toMatchObject({ "review.upheld": 2, "review.other": 1 });
    const before = "五、复议诉讼 因政府信息公开申请引起的行政复议2件，复议机关维持我局答复1件、责令重新答复1件。";
    expect(readN([before])).toMatchObject({ "review.upheld": 1, "review.corrected": 1 });
  });

  it("reads the one review of an application's applicant (…的申请人对…答复不服), its end, and 责令我镇重新答复", () => {
    const text =
      "三、复议诉讼 码头改建方案的申请人对部分公开的答复不服，于11月向县政府申请行政复议，截至年底，复议机关尚未作出复议决定。";
    expect(readN([text])).toMatchObject({ "review.total": 1, "review.pending": 1 });
    const town = "五、复议诉讼 有1名申请人对我镇的答复不服，申请行政复议，复议机关以说理不充分为由责令我镇重新答复。";
    expect(readN([town])).toMatchObject({ "review.total": 1, "review.corrected": 1 });
  });

  it("reads the one review's end in the sentence after the list that counted it (该复议案件…维持了我局的答复)", () => {
    const text =
      "四、复议诉讼 因政府信息公开引起的行政复议、行政诉讼分别为1件、0件。该复议案件由申请人不服答复提起，复议机关于5月维持了我局的答复。";
    expect(readN([text])).toMatchObject({ "review.total": 1, "review.upheld": 1, "litigation.total": 0 });
  });
});

describe("readNarrativeCounts: carry-overs, printouts and complaints of other things", () => {
  it("reads 另1件为<last year's date>收到、顺延至本年度办理的申请 and 2件…结转至<next year>办理", () => {
    const over =
      "二、依申请公开 2014年共受理申请4件，其中3件为本年度新收，另1件为2013年12月底收到、顺延至本年度办理的申请。";
    expect(readN([over], 2014)["apps.carried_over.total"]).toBe(1);
    const forward = "二、依申请公开 全年受理申请10件，8件已办结，2件于12月下旬受理，尚在答复期限内，结转至2015年办理。";
    expect(readN([forward], 2014)["apps.carried_forward.total"]).toBe(2);
  });

  it("reads a system printout's 申请登记总数:N, the year's N件申请 and 我局依申请公开N件 after the year's clause", () => {
    const printout = "三、依申请公开情况 系统统计结果：申请登记总数：6 已办结：6 办理中：0";
    expect(readN([printout], 2017)["apps.new.total"]).toBe(6);
    expect(readN(["三、依申请公开情况 2017年的3件申请均为网上提交。"], 2017)["apps.new.total"]).toBe(3);
    expect(readN(["三、依申请公开情况 2017年度，我局依申请公开5件，答复5件。"], 2017)["apps.new.total"]).toBe(5);
  });

  it("does not read 均已同意公开 as all the applications when a part of them leads its clause", () => {
    const text =
      "三、依申请公开 全年收到申请5件。以上5件申请中，4件为本人信息，均已同意公开；1件涉及他人隐私，不予公开。";
    expect(readN([text])["outcome.granted.total"]).not.toBe(5);
  });

  it("does not take complaints about another thing (医疗服务投诉, 环境污染投诉举报) as the row", () => {
    const text = "五、复议诉讼情况 未发生因信息公开引起的行政复议和行政诉讼。投诉办全年受理医疗服务投诉38件。";
    expect(readN([text])["legacy.complaints"]).toBeUndefined();
    const list = "五、复议诉讼情况 全年收到政府信息公开行政申诉、举报数：0件。";
    expect(readN([list])["legacy.complaints"]).toBe(0);
    expect(readN(["（三）申诉、举报：0件。"])["legacy.complaints"]).toBe(0);
  });
});

describe("readNarrativeCounts: an item refused in part, the rest given", () => {
  it("tallies '有2件涉及隐私不予公开,其余内容予以公开' as partly granted", () => {
    const text = "三、依申请公开 全年受理申请3件。有2件涉及他人隐私，不予公开，其余内容予以公开；另1件同意公开。";
    expect(readN([text], 2015)).toMatchObject({
      "outcome.granted.total": 1,
      "outcome.partial.total": 2,
      "outcome.denied.total": 0,
    });
  });
});

describe("readNarrativeCounts: cases of another cause, and the noun told before its count", () => {
  it("does not count cases whose cause is named otherwise, nor all of the agency's cases", () => {
    const cause =
      "五、复议诉讼 本年度我局因土地征收决定被申请行政复议3件，均维持原决定；没有因政府信息公开引起的行政复议，也没有因政府信息公开引起的行政诉讼。";
    expect(readN([cause])).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    expect(readN([cause])["review.upheld"]).toBeUndefined();
    const all =
      "五、复议诉讼 2016年，我局作为被申请人的行政复议案件8件、作为被告的行政诉讼案件5件，其中因政府信息公开申请引起的复议和诉讼均为0件。";
    expect(readN([all], 2016)).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });

  it("reads the kind told before its count or its none (…申请行政复议的,有1件 / …的有1件 / 提起行政诉讼的,没有)", () => {
    const text =
      "五、复议诉讼 因不服我局答复而申请行政复议的，有1件，复议机关已维持；提起行政诉讼的，没有。因政府信息公开申请行政复议的，全年没有。";
    expect(readN([text])).toMatchObject({ "review.total": 1, "review.upheld": 1, "litigation.total": 0 });
    expect(readN(["五、复议诉讼 2014年，因政府信息公开申请行政复议的有2件。"], 2014)["review.total"]).toBe(2);
    const list = "五、复议诉讼 行政复议、行政诉讼，本年度在本局政府信息公开工作中均未发生。";
    expect(readN([list])).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });

  it("reads a count before the kind and its cause (2017年共有1件因政府信息公开引起的行政复议)", () => {
    const text = "五、复议诉讼 2017年共有1件因政府信息公开引起的行政复议，复议机关维持了我局的答复。";
    expect(readN([text], 2017)["review.total"]).toBe(1);
  });

  it("reads the applications told subject first (…的政府信息公开申请,2015年共有5件; 依申请公开的数量,本年度为12件)", () => {
    expect(readN(["三、依申请公开 向本局提出的政府信息公开申请，2015年共有5件。"], 2015)["apps.new.total"]).toBe(5);
    const number = "三、依申请公开 依申请公开的数量，本年度为12件，较上年的5件增长140%。";
    expect(readN([number], 2015)["apps.new.total"]).toBe(12);
    expect(readN(["三、依申请公开 今年我局收到的依申请公开共有14件。"])["apps.new.total"]).toBe(14);
    expect(readN(["三、依申请公开 全年依申请公开8件已全部办结。"])["apps.new.total"]).toBe(8);
    const persons = "三、依申请公开 2013年，12位村民共向我乡提出了15件政府信息公开申请，均为当面提交。";
    expect(readN([persons])["apps.new.total"]).toBe(15);
  });
});

describe("readNarrativeCounts: 其他 naming whose information in a refused item", () => {
  it("does not count '2件因涉及其他…的个人信息而不予公开' as another kind of answer (no 0 for the refusals)", () => {
    const text =
      "三、依申请公开 2016年，我乡收到15件政府信息公开申请。15件申请的答复是：11件同意公开；2件部分公开；" +
      "2件因涉及其他被征迁户的个人信息而不予公开。";
    expect(readN([text], 2016)["outcome.denied.total"]).not.toBe(0);
  });
});

describe("readNarrativeCounts: last year's leftovers named by the year's number", () => {
  it("reads '加上2020年结转的3件' as carried over and goes on reading this year's answers after it", () => {
    const text =
      "（二）依申请公开情况。2021年本单位收到政府信息公开申请9件，加上2020年结转的3件，合计12件，已办结11件，" +
      "1件结转至2022年办理。";
    expect(readN([text], 2021)).toMatchObject({
      "apps.new.total": 9,
      "apps.carried_over.total": 3,
      "outcome.total.total": 11,
      "apps.carried_forward.total": 1,
    });
    // 均已办结 after leftovers: the answers hold them too, a count no clause states.
    const all = "（二）依申请公开情况。2021年受理申请4件，2020年遗留申请1件，均已按期办结。";
    expect(readN([all], 2021)).toMatchObject({ "apps.new.total": 4, "apps.carried_over.total": 1 });
    expect(readN([all], 2021)["outcome.total.total"]).toBeUndefined();
    // Another year's leftovers are that year's story: nothing after them is this year's.
    const older = "（二）依申请公开情况。2021年受理申请4件，2018年结转的2件，已办结6件。";
    expect(readN([older], 2021)["apps.carried_over.total"]).toBeUndefined();
    expect(readN([older], 2021)["outcome.total.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a sum that holds last year's leftovers", () => {
  it("keeps the intake counted before '上年结转2件,共计8件' (the sum is of both)", () => {
    const text = "三、依申请公开 2020年我镇受理申请6件，上年结转2件，共计8件，均已按期答复。";
    expect(readN([text], 2020)).toMatchObject({ "apps.new.total": 6, "apps.carried_over.total": 2 });
  });
});
