/**
 * Legacy (2008–2018) answers told in sentences without a table — one sentence per kind led by its count, the one
 * application's answer said once (已主动公开), 分别为: with labelled counts — and pages saying nothing happened in
 * unusual ways. Fixture text is hand-written.
 */
import { describe, expect, it } from "vitest";
import { answersByLedCounts } from "./legacy-answers-led";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

/** As the parser reads a page: full-width punctuation normalized first (； ends a sentence). */
const read = (lines: string[], year = 2012) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(lines.join("\n")).split("\n"), () => false, true, year).map((f) => [
      f.key,
      f.value,
    ]),
  );

const KINDS = ["outcome.granted.total", "outcome.partial.total", "outcome.denied.total"];

describe("answers told one sentence per kind, each led by its count", () => {
  it("reads 有N件…同意公开;有N件…部分公开;有N件…告知 where they add up to the applications", () => {
    const got = read([
      "三、依申请公开情况 本年度我委共收到政府信息公开申请6件。针对这6件申请，我委的处理情况是：有3件所需的信息" +
        "已在委网站公布，我委同意公开并提供了打印件；有2件涉及第三方商业信息，经征求意见后予以部分公开；" +
        "有1件不属于我委掌握的信息，告知申请人向区财政局申请。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 6,
      "outcome.granted.total": 3,
      "outcome.partial.total": 2,
      "outcome.denied.total": 0,
    });
  });

  it("reads 对其中N件申请… / 对N件申请… with 对可以公开的部分予以公开 as partly granted", () => {
    const got = read([
      "二、依申请公开情况 2012年我所受理政府信息公开申请7件，均在期限内答复。具体来说，对其中4件申请，" +
        "所申请信息属于可以公开的政府信息，依法同意公开；对2件申请，因部分内容涉及个人隐私，我所对可以公开的部分" +
        "予以公开；对1件申请，因涉及国家秘密，依法不予公开。",
    ]);
    expect(got).toMatchObject({
      "outcome.granted.total": 4,
      "outcome.partial.total": 2,
      "outcome.denied.total": 1,
    });
  });

  it("reads 后两件 / 第一件 and 前者 / 后者, one application each", () => {
    const got = read([
      "二、依申请公开情况 2012年我局收到政府信息公开申请3件。经审查，对后两件申请我局同意公开；" +
        "对第一件申请，其中涉及企业报价的部分属于商业秘密，我局作了部分公开处理。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 2, "outcome.partial.total": 1, "outcome.denied.total": 0 });
    const pair = read([
      "三、依申请公开情况 2012年的2件申请均为网上提交，分别要求公开甲方案和乙名单。前者我局予以公开；后者涉及" +
        "个人信息，不予公开。",
    ]);
    expect(pair).toMatchObject({ "apps.new.total": 2, "outcome.granted.total": 1, "outcome.denied.total": 1 });
  });

  it("reads the first one led by its count right after the count of them all, and counts in 宗", () => {
    const got = read([
      "三、依申请公开情况 本年度，我站受理的政府信息公开申请共3件，2件系农户申请公开补贴名册，我站同意公开并提供了复印件；" +
        "另1件系一名村民申请公开站内考核记录，属于内部管理信息，我站作出不予公开的答复。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 2, "outcome.denied.total": 1, "outcome.partial.total": 0 });
    const zong = read([
      "三、依申请公开情况 街道共受理政府信息公开申请四宗。其中三宗所申请的文件属于应当公开的信息，街道已向申请人提供；" +
        "另一宗涉及他人隐私，不予公开。",
    ]);
    expect(zong).toMatchObject({ "outcome.granted.total": 3, "outcome.denied.total": 1 });
  });

  it("reads the kinds of 以上N件申请中 when no count of applications is stated", () => {
    const got = read([
      "三、依申请公开情况 系统统计摘录如下：登记总数：5 已办结：5 以上5件申请中，4件为申请人本人的信息，均已同意" +
        "公开；1件为他人的纳税信息，依法不予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 4, "outcome.denied.total": 1, "outcome.partial.total": 0 });
  });

  it("reads the private part refused and the rest given (其余内容予以公开) as partly granted", () => {
    const found = new Map([["apps.new.total", { key: "apps.new.total", value: 3, source: { line: 1, raw: "" } }]]);
    const clauses = ["有2件涉及隐私不予公开,其余内容予以公开", "有1件同意公开"].map((text) => ({
      text,
      line: 1,
      aboutReplies: true,
    }));
    answersByLedCounts(found, clauses, (key, value, c) => ({ key, value, source: { line: c.line, raw: c.text } }));
    expect(Object.fromEntries([...found].map(([k, f]) => [k, f.value]))).toMatchObject({
      "outcome.granted.total": 1,
      "outcome.partial.total": 2,
      "outcome.denied.total": 0,
    });
  });

  it("reads nothing where the sentences do not add up to the applications", () => {
    const got = read(["三、依申请公开情况 本年度我局收到政府信息公开申请5件。有2件我局同意公开；有1件予以部分公开。"]);
    expect(got["outcome.partial.total"]).toBeUndefined();
    // A sentence naming two kinds for its count is no single kind: nothing is read.
    const found = new Map([["apps.new.total", { key: "apps.new.total", value: 3, source: { line: 1, raw: "" } }]]);
    const clauses = ["有2件先答复不予公开,后经再次审查同意公开", "有1件同意公开"].map((text) => ({
      text,
      line: 1,
      aboutReplies: true,
    }));
    answersByLedCounts(found, clauses, (key, value, c) => ({ key, value, source: { line: c.line, raw: c.text } }));
    expect(found.has("outcome.denied.total")).toBe(false);
    // A count led sentence about a review is left to the review's reader.
    const review = new Map(found);
    review.delete("outcome.granted.total");
    const told = ["有1件申请人对不予公开答复不服申请行政复议", "有1件同意公开"];
    answersByLedCounts(
      review,
      told.map((text) => ({ text, line: 1, aboutReplies: true })),
      (key, value, c) => ({ key, value, source: { line: c.line, raw: c.text } }),
    );
    expect(review.has("outcome.denied.total")).toBe(false);
  });
});

describe("the one application's answer said once, without a count", () => {
  it("reads 属于已主动公开的范围 and 答复类型属于“已主动公开” as granted", () => {
    const got = read([
      "三、依申请公开情况 2012年我乡收到政府信息公开申请1件，系县政府转来。经核查，该名单已于2012年5月公布，" +
        "我乡于第3个工作日告知申请人该信息属于已主动公开的范围。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.partial.total": 0, "outcome.denied.total": 0 });
    const quoted = read([
      "二、依申请公开情况 全年共受理申请1件。申请人要求获取某项规定，我局告知了获取途径。" +
        "该申请的答复类型属于“已主动公开”，不存在不予公开或部分公开的情形。",
    ]);
    expect(quoted).toMatchObject({ "outcome.granted.total": 1, "outcome.partial.total": 0 });
  });

  it("reads nothing where two sentences name kinds", () => {
    const got = read([
      "二、依申请公开情况 全年共受理申请1件，申请人要求获取两份文件。经查，前一份文件属于已主动公开的范围，" +
        "已告知获取途径。后一份文件涉及第三方个人信息，我局不予公开。",
    ]);
    expect(got["outcome.granted.total"]).toBeUndefined();
  });

  it("reads 均在N个工作日内予以公开 after the count, and 对上述申请…都在规定时间内予以公开", () => {
    const got = read([
      "三、依申请公开情况 2012年，我镇共受理群众依申请公开政府信息3条。经审核，上述信息属于应当公开的内容，" +
        "均在7个工作日内予以公开。",
    ]);
    expect(got).toMatchObject({ "apps.new.total": 3, "outcome.granted.total": 3, "outcome.denied.total": 0 });
    const those = read(["（三）依申请公开。今年我局收到申请公开政府信息2件。对上述申请，我局都在规定时间内予以公开。"]);
    expect(those).toMatchObject({ "outcome.granted.total": 2 });
  });

  it("reads 分别为: with each count labelled", () => {
    const got = read([
      "二、依申请公开情况 我局收到政府信息公开申请3件。答复情况分别为：同意公开2件、同意部分公开1件。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 2, "outcome.partial.total": 1 });
  });
});

describe("nothing happened, said in unusual ways", () => {
  it("reads a long who-and-how before the application, and 无人…复议或…诉讼", () => {
    const got = read([
      "在依申请公开方面，本年度我局未接到公民、法人或者其他组织以当面、信函、电子邮件等任何方式提出的政府信息" +
        "公开申请，因而不存在答复的问题；全年亦无人就我局政府信息公开工作申请行政复议或者提起行政诉讼，" +
        "我局也未收到与政府信息公开有关的申诉和举报。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 0,
      "review.total": 0,
      "litigation.total": 0,
      "legacy.complaints": 0,
    });
    for (const k of KINDS) expect(got[k]).toBe(0);
  });

  it("reads 不存在…行政复议、行政诉讼 and 本局亦未接到…申诉", () => {
    const got = read([
      "四、复议诉讼情况 由于没有收到申请，因此也不存在针对本局的行政复议、行政诉讼，本局亦未接到有关政府信息" +
        "公开的申诉。",
    ]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0, "legacy.complaints": 0 });
  });

  it("reads 依申请公开这一块是空白 and a numbered list of 无", () => {
    expect(read(["就申请来说，本年度我乡一件也没有，依申请公开这一块是空白。"])["apps.new.total"]).toBe(0);
    // 填补…空白 starts something: no none.
    expect(read(["今年我乡填补了依申请公开的空白。"])["apps.new.total"]).toBeUndefined();
    const list = read(["经统计： 1.依申请公开政府信息：无，全年未收到公民、法人和其他组织的申请； 2.行政复议：无。"]);
    expect(list["apps.new.total"]).toBe(0);
  });

  it("reads 受理…申请数为0,未产生答复事项 as every answer kind 0", () => {
    const got = read(["三、依申请公开情况 全年我局受理政府信息公开申请数为0，未产生答复事项。"]);
    expect(got).toMatchObject({ "apps.new.total": 0 });
    for (const k of KINDS) expect(got[k]).toBe(0);
  });

  it("does not count applications passed on to another body", () => {
    const got = read([
      "三、申请情况 居民通过社区转交街道办事处的政府信息公开申请有2件，由街道负责答复，社区本身未受理政府信息公开申请。",
    ]);
    expect(got["apps.new.total"]).toBe(0);
    const received = read(["三、依申请公开情况 本年度区政府转交我局的政府信息公开申请2件，均予以公开。"]);
    expect(received["apps.new.total"]).toBe(2);
  });

  it("reads the noun told by what it asks for (依申请公开信息的申请, 要求公开信息的申请)", () => {
    expect(read(["三、依申请公开情况 2015年，本校未收到依申请公开信息的申请。"])["apps.new.total"]).toBe(0);
    const asked = read(["三、依申请公开情况 全年村委会未收到村民或其他组织要求公开信息的申请。"]);
    expect(asked["apps.new.total"]).toBe(0);
  });
});

describe("a system's printout and 均 after a part", () => {
  it("reads 申请登记总数:N as the applications", () => {
    const got = read(["三、依申请公开情况 系统统计如下： 申请登记总数：6 已办结：6 办理中：0"]);
    expect(got["apps.new.total"]).toBe(6);
  });

  it("reads 均已同意公开 after a part's count as the part's, not all of them", () => {
    const got = read([
      "三、依申请公开情况 全年共受理申请5件，其中4件为申请人本人的信息，均已同意公开；1件依法不予公开。",
    ]);
    expect(got["apps.new.total"]).toBe(5);
    expect(got["outcome.granted.total"]).not.toBe(5);
    expect(got["outcome.denied.total"]).toBe(1);
    const all = read(["三、依申请公开情况 全年共受理申请3件，均为当面申请，均已同意公开。"]);
    expect(all["outcome.granted.total"]).toBe(3);
  });
});
