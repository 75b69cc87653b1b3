/**
 * The narrative's figures that choose between readings of a glued table run: this year's only. A count of last
 * year, of a comparison or of the years since the 《条例》 must not pick a reading.
 */
import { describe, expect, it } from "vitest";
import { readListedRows } from "./legacy-cells";
import { everyReviewEnded, readNarrativeCounts, statedNumbers, statedRowCounts } from "./legacy-narrative";
import { parseText } from "./index";

describe("statedRowCounts", () => {
  it("takes this year's count and leaves last year's, a comparison's and a longer period's", () => {
    const prose =
      "上年度,我局受理政府信息公开申请4件。自《条例》施行以来,累计受理政府信息公开申请31件。" +
      "2014年度,我局共受理政府信息公开申请14件,较2013年的9件增加5件,其中当面申请6件。";
    expect([...statedRowCounts(prose, "legacy.apps.received")]).toEqual([14]);
    expect([...statedRowCounts(prose, "legacy.apps.received.in_person")]).toEqual([6]);
  });

  it("reads a count in Chinese numerals and leaves a negated one", () => {
    const prose = "全年收到政府信息公开申请十二件,同意公开十件。未发生行政复议1件以上的情况";
    expect([...statedRowCounts(prose, "legacy.apps.received")]).toEqual([12]);
    expect([...statedRowCounts(prose, "legacy.answers.granted")]).toEqual([10]);
    expect([...statedRowCounts(prose, "legacy.review.total")]).toEqual([]);
  });
});

describe("statedRowCounts and statedNumbers: another year's sentence beside the table", () => {
  const title = "标题: 平潭县水利局2015年度政府信息公开工作年度报告\n";

  it("leaves the counts of a sentence led by another year than the title's, even after a heading or a date", () => {
    const glued = `${title}六、政府信息公开情况统计表2014年度,我局共受理政府信息公开申请3件,其中同意公开12件。`;
    expect([...statedRowCounts(glued, "legacy.apps.received")]).toEqual([]);
    expect([...statedRowCounts(glued, "legacy.answers.granted")]).toEqual([]);
    const signed = `${title}平潭县水利局 2016年2月1日 附表: 2014年度,我局共受理政府信息公开申请3件。`;
    expect([...statedRowCounts(signed, "legacy.apps.received")]).toEqual([]);
    const own = `${title}附表: 2015年度,我局共受理政府信息公开申请3件。`;
    expect([...statedRowCounts(own, "legacy.apps.received")]).toEqual([3]);
    const numbers = statedNumbers(`${title}七、附表2014年度,主动公开政府信息88条。`, "主动公开政府信息");
    expect([...numbers.current]).toEqual([]);
  });
});

describe("statedNumbers", () => {
  it("keeps this year's and the cumulative figure apart and leaves last year's", () => {
    const got = statedNumbers(
      "上年主动公开政府信息120条。2016年主动公开政府信息130条,历年累计主动公开政府信息349条",
      "主动公开政府信息",
    );
    expect({ current: [...got.current], cumulative: [...got.cumulative] }).toEqual({
      current: [130],
      cumulative: [349],
    });
  });
});

describe("readNarrativeCounts: a heading glued after a table's figures", () => {
  it("starts a sentence of its own, so last year's row before it does not make its none last year's", () => {
    const line =
      "三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)" +
      "一、本年新收政府信息公开申请数量 3100004二、上年结转政府信息公开申请数量 0000000(七)总计 3100004" +
      "四、政府信息公开行政复议、行政诉讼情况 本年度我局未发生因政府信息公开申请引起的行政复议、行政诉讼案件。";
    const read = readNarrativeCounts([line], () => false, true, 2020);
    expect(Object.fromEntries(read.filter((f) => !f.key.startsWith("apps")).map((f) => [f.key, f.value]))).toEqual({
      "review.total": 0,
      "litigation.total": 0,
    });
  });
});

describe("readNarrativeCounts: words that look like a negation of cases", () => {
  const cases = (lines: string[]) =>
    Object.fromEntries(
      readNarrativeCounts(lines, () => false, true, 2023)
        .filter((f) => /^(?:review|litigation|legacy\.complaints)/.test(f.key))
        .map((f) => [f.key, f.value]),
    );

  it("reads nothing from §四's header (尚未审结, 未经复议直接起诉 are column names)", () => {
    const header = `行政复议 行政诉讼 ${"结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3)}`.replace(
      "总计 结果维持",
      "总计 未经复议直接起诉 复议后起诉 结果维持",
    );
    expect(cases([`四、政府信息公开行政复议、行政诉讼情况 ${header}1 2 3 4 10 14 13 12 39`])).toEqual({});
  });

  it("reads a suit's path and a pending review, and no review of 0 from 未经复议", () => {
    const text =
      "四、行政复议和行政诉讼情况 被申请行政复议2件,其中维持1件,尚未审结1件;被提起行政诉讼1件(未经复议直接起诉)。";
    expect(cases([text])).toEqual({
      "review.total": 2,
      "review.upheld": 1,
      "review.pending": 1,
      "litigation.total": 1,
      "litigation_direct.total": 1,
    });
  });

  it("reads no 申诉、举报 about disclosure outside the cases' section when the sentence names disclosure", () => {
    expect(cases(["五、需要说明的事项 2017年,被提起行政诉讼0件;未收到有关政府信息公开的申诉、举报。"])).toEqual({
      "litigation.total": 0,
      "legacy.complaints": 0,
    });
    expect(cases(["五、需要说明的事项 全年未收到群众对窗口服务的投诉。"])).toEqual({});
  });
});

describe("readNarrativeCounts: whose count, and corrected counts", () => {
  const apps = (lines: string[], year = 2016) =>
    Object.fromEntries(
      readNarrativeCounts(lines, () => false, true, year)
        .filter((f) => /^(?:apps\.new|outcome)/.test(f.key))
        .map((f) => [f.key, f.value]),
    );

  it("takes the agency's own count over the whole area's quoted before it", () => {
    const text =
      "二、依申请公开情况 2016年全区共受理政府信息公开申请48件,其中各乡镇7件。" +
      "我镇全年受理依申请公开2件,1件同意公开,1件同意部分公开。";
    expect(apps([text])["apps.new.total"]).toBe(2);
    // The zone's own report: 全区 is its count, the offices' parts are not.
    const zone = "三、依申请公开政府信息情况 2015年,全区共受理政府信息公开申请46件,其中区管委会办公室受理12件。";
    expect(apps([zone], 2015)["apps.new.total"]).toBe(46);
  });

  it("counts answers that the information was already published as granted", () => {
    const text =
      "三、依申请公开办理情况 2018年,我镇共收到政府信息公开申请5件,已全部办结。经审查,所申请信息属于已主动公开范围的2件," +
      "已告知申请人获取途径;同意公开1件;不予公开2件,其中涉及商业秘密1件、涉及个人隐私1件。";
    expect(apps([text], 2018)).toEqual({
      "apps.new.total": 5,
      "outcome.granted.total": 3,
      "outcome.partial.total": 0,
      "outcome.denied.total": 2,
      "outcome.total.total": 5,
    });
  });

  it("reads a corrected passage as corrected and not the notice's quotes", () => {
    const lines = [
      "三、依申请公开政府信息情况 全年受理依申请公开5件,同意公开4件,不予公开1件。",
      "更正说明(2017年2月8日):经核实,本报告第三部分“全年受理依申请公开5件,同意公开4件,不予公开1件”有误," +
        "应为“全年受理依申请公开4件,同意公开3件,不予公开1件”,特此更正。",
    ];
    expect(apps(lines)).toEqual({
      "apps.new.total": 4,
      "outcome.granted.total": 3,
      "outcome.denied.total": 1,
      "outcome.partial.total": 0,
    });
  });
});

describe("readNarrativeCounts: a review's end told without a count, and other years' figures in brackets", () => {
  const read = (lines: string[], year = 2017) =>
    Object.fromEntries(readNarrativeCounts(lines, () => false, true, year).map((f) => [f.key, f.value]));

  it("reads the one review's end told in words (复议决定维持, 撤回复议申请, 尚在审理中)", () => {
    expect(read(["四、复议诉讼情况 群众不服我委答复,向市政府申请行政复议1件,复议决定维持。"])).toMatchObject({
      "review.total": 1,
      "review.upheld": 1,
    });
    const withdrawn = read(["四、复议诉讼情况 被申请行政复议1件,申请人在复议期间撤回复议申请,复议机关终止了审理。"]);
    expect(withdrawn).toMatchObject({ "review.total": 1, "review.other": 1 });
    expect(withdrawn["review.upheld"]).toBeUndefined();
    const pending = read(["四、复议诉讼情况 本年被申请行政复议1件(去年为2件),截至年底仍在审理中。"]);
    expect(pending).toMatchObject({ "review.total": 1, "review.pending": 1 });
    // Two ways named, or two reviews and one way: no end is read.
    expect(read(["四、复议诉讼情况 被申请行政复议1件,复议机关撤销后又维持。"])["review.upheld"]).toBeUndefined();
    expect(read(["四、复议诉讼情况 被申请行政复议2件,复议决定维持。"])["review.upheld"]).toBeUndefined();
  });

  it("reads reviews told one by one after 其中, each in a sentence of its own", () => {
    const text = "四、复议诉讼情况 全年被申请行政复议3件,其中2件复议机关以事实不清为由撤销原答复;另1件经复议维持。";
    expect(read([text])).toMatchObject({ "review.total": 3, "review.corrected": 2, "review.upheld": 1 });
    // Items that do not add up to the count settle nothing.
    const short = "四、复议诉讼情况 全年被申请行政复议3件,其中1件复议机关撤销原答复;另1件经复议维持。";
    expect(read([short])["review.corrected"]).toBeUndefined();
  });

  it("leaves out a named year's figure in brackets (申请数为0(2015年为3件))", () => {
    const text = "三、依申请公开情况 2016年我局受理政府信息公开申请数为0(2015年为3件)。";
    expect(read([text], 2016)["apps.new.total"]).toBe(0);
  });
});

describe("readNarrativeCounts: answers and counts stated only in words", () => {
  const read = (lines: string[], year = 2015) =>
    Object.fromEntries(readNarrativeCounts(lines, () => false, true, year).map((f) => [f.key, f.value]));
  const H = "三、依申请公开情况 ";

  it("reads a kind said not to occur as 0, and 法人和其他组织 as who applied, not another answer", () => {
    expect(read([`${H}全年受理申请四件,其中同意公开三件,不予公开一件,没有部分公开的情况。`])).toMatchObject({
      "apps.new.total": 4,
      "outcome.partial.total": 0,
    });
    const got = read([
      `${H}受理申请5件,其中公民申请3件,法人或其他组织申请2件。已答复:同意公开3件,部分公开1件,1件告知不属于本机关公开范围。`,
    ]);
    expect(got["outcome.denied.total"]).toBe(0);
  });

  it("reads the one application whose information was already published as granted", () => {
    expect(
      read([`${H}全年收到申请1件,经核实,所申请内容属于本局已主动公开的政府信息,已告知申请人查阅途径。`]),
    ).toMatchObject({
      "apps.new.total": 1,
      "outcome.granted.total": 1,
      "outcome.partial.total": 0,
      "outcome.denied.total": 0,
    });
    // Beside another answer, or for more than one application, nothing is read from it.
    expect(read([`${H}收到申请1件,部分属于已主动公开的信息,部分不予公开。`])["outcome.granted.total"]).toBeUndefined();
    expect(read([`${H}收到申请2件,所申请信息属于已主动公开的信息。`])["outcome.granted.total"]).toBeUndefined();
  });

  it("keeps the year's clauses after one led by last year's month that was carried in, and settles the rest", () => {
    const text = `${H}2015年,我委新收政府信息公开申请5件,另有2014年11月受理、结转至本年度办理的申请2件,共办理7件,均已办结:同意公开4件,部分公开3件。`;
    expect(read([text])).toMatchObject({
      "apps.new.total": 5,
      "apps.carried_over.total": 2,
      "outcome.granted.total": 4,
      "outcome.partial.total": 3,
      "outcome.denied.total": 0,
    });
  });

  it("counts applications told one by one after a colon (一件…;另一件…)", () => {
    const text = `${H}全年受理申请两件:一件申请公开征地补偿标准,我镇予以公开;另一件申请公开内部讨论记录,依法不予公开。`;
    expect(read([text])).toMatchObject({
      "outcome.granted.total": 1,
      "outcome.partial.total": 0,
      "outcome.denied.total": 1,
    });
    const digits = `${H}全年受理申请3件,均为网上申请:1件申请公开拆迁方案,予以公开;1件申请公开会议记录,不予公开;1件申请公开补偿明细,部分公开。`;
    expect(read([digits])).toMatchObject({
      "outcome.granted.total": 1,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
    const pair = [`${H}全年收到申请2件,均为信函申请。我委对前者予以公开,对后者因涉及个人隐私不予公开。`];
    expect(read(pair)).toMatchObject({ "outcome.granted.total": 1, "outcome.denied.total": 1 });
    // 前者/后者 of one application's two requests are not two applications.
    const one = [`${H}全年收到申请1件,要求公开补偿标准和名单。对前者予以公开,对后者不予公开。`];
    expect(read(one)["outcome.granted.total"]).toBeUndefined();
    const first = [`${H}受理申请2件。其中1件予以公开;1件申请的材料涉及商业秘密,依法不予公开。`];
    expect(read(first)).toMatchObject({
      "outcome.granted.total": 1,
      "outcome.denied.total": 1,
      "outcome.partial.total": 0,
    });
    // 依申请公开:一件 is a count, not an item: no answer is read.
    expect(read([`${H}依申请公开:一件。`])["outcome.granted.total"]).toBeUndefined();
  });

  it("sums refusals listed by reason before 不予公开, and reads 已答复,予以公开 as every one granted", () => {
    const text = `${H}全年受理申请6件,已全部答复。其中同意公开2件;其余申请因涉及个人隐私3件、涉及商业秘密1件,依法不予公开。`;
    expect(read([text])).toMatchObject({ "outcome.denied.total": 4, "outcome.partial.total": 0 });
    expect(read([`${H}本年度受理申请3件,均为网上申请,已依法答复,予以公开。`])).toMatchObject({
      "apps.new.total": 3,
      "outcome.granted.total": 3,
    });
  });

  it("sums channels listed after a colon with no total, and no more", () => {
    expect(read([`${H}全年申请情况:网上申请3件,当面申请1件,均已答复。`])["apps.new.total"]).toBe(4);
    expect(read([`${H}全年申请情况:网上申请3件,当面申请1件,咨询2件。`])["apps.new.total"]).toBeUndefined();
  });

  it("reads applications in 人次 after 受理, counts before the noun, and zero cases in other words", () => {
    expect(read([`${H}全年受理依申请公开8人次,其中同意公开6人次,不予公开2人次。`])).toMatchObject({
      "apps.new.total": 8,
      "outcome.granted.total": 6,
      "outcome.partial.total": 0,
    });
    expect(read(["二、依申请公开情况(共4件) 全年4件申请中,同意公开4件。"])["apps.new.total"]).toBe(4);
    expect(read([`${H}2015年5件政府信息公开申请均已办结。`])["apps.new.total"]).toBe(5);
    expect(read(["四、复议诉讼情况 全年0起行政复议、1起行政诉讼。"])).toMatchObject({
      "review.total": 0,
      "litigation.total": 1,
    });
    expect(read(["四、复议诉讼情况 因政府信息公开引起的行政复议和行政诉讼实现“零发生”。"])).toMatchObject({
      "review.total": 0,
      "litigation.total": 0,
    });
    expect(read([`${H}本年度尚无公民、法人向我局提出政府信息公开申请。`])["apps.new.total"]).toBe(0);
    expect(read(["四、复议诉讼情况 政府信息公开行政应诉案件2件。"])["litigation.total"]).toBe(2);
    expect(read(["四、复议诉讼情况 代理区政府行政应诉案件9件。"])["litigation.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: answers told after a part of the count", () => {
  it("reads no answer from a 其中 that follows a part of the year's applications", () => {
    const text =
      "三、依申请公开情况 全年共收到政府信息公开申请5件,其中原农业局收到2件,合并后我局收到3件(网上申请3件)," +
      "其中同意公开2件,不予公开1件。";
    const read = Object.fromEntries(readNarrativeCounts([text], () => false, true, 2014).map((f) => [f.key, f.value]));
    expect(read["apps.new.total"]).toBe(5);
    expect(Object.keys(read).filter((k) => k.startsWith("outcome."))).toEqual([]);
    // The agency's own part of the area's count is its count, and its answers are read.
    const own = "三、依申请公开情况 2014年,全县共受理政府信息公开申请20件,其中我委受理4件,同意公开3件,不予公开1件。";
    const got = Object.fromEntries(readNarrativeCounts([own], () => false, true, 2014).map((f) => [f.key, f.value]));
    expect(got).toMatchObject({ "apps.new.total": 4, "outcome.granted.total": 3, "outcome.denied.total": 1 });
  });
});

describe("readNarrativeCounts: counts in brackets, years listed, answers of those before, applications listed", () => {
  const read = (lines: string[], year = 2016) =>
    Object.fromEntries(readNarrativeCounts(lines, () => false, true, year).map((f) => [f.key, f.value]));

  it("reads a count printed in brackets before its unit, not an item's number", () => {
    const numbered = read(["三、依申请公开情况 全年受理政府信息公开申请3件。做法:（1）件件有登记;（2）条条有回复。"]);
    expect(numbered["apps.new.total"]).toBe(3);
    expect(
      read(["三、依申请公开情况 全年收到政府信息公开申请（5）件,其中同意公开（3）件、不予公开（2）件。"]),
    ).toMatchObject({
      "apps.new.total": 5,
      "outcome.granted.total": 3,
      "outcome.denied.total": 2,
    });
  });

  it("takes the report year's count from years listed after a colon, once each", () => {
    const text = "三、依申请公开情况 近年我委收到政府信息公开申请情况:2015年7件,2016年4件,2017年9件。";
    expect(read([text])["apps.new.total"]).toBe(4);
    const twice = "三、依申请公开情况 收到政府信息公开申请:2016年4件,2016年5件。";
    expect(read([twice])["apps.new.total"]).toBeUndefined();
  });

  it("reads 上述申请…均已…予以公开 as every application counted before granted", () => {
    const lines = [
      "三、依申请公开情况 上半年受理政府信息公开申请2件,下半年受理3件。上述申请均已在规定期限内予以公开。",
    ];
    expect(read(lines)).toMatchObject({ "apps.new.total": 5, "outcome.granted.total": 5, "outcome.denied.total": 0 });
  });

  it("counts applications listed one by one under 如下 with their answers, and nothing from a list that is not", () => {
    const list =
      "三、依申请公开情况 本年度我局办理的政府信息公开申请如下:(一)5月,某公司申请公开某工程招标文件,我局予以公开;" +
      "(二)8月,某村民申请公开征地补偿明细,涉及他人信息的部分不予提供,作部分公开处理;(三)10月,某市民申请公开" +
      "内部会议纪要,依法不予公开。四、复议诉讼情况 未发生行政复议、行政诉讼。";
    expect(read([list])).toMatchObject({
      "apps.new.total": 3,
      "outcome.granted.total": 1,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
    // An item without an answer, or numbers out of order: nothing is read.
    const open = list.replace("依法不予公开", "正在办理中");
    expect(read([open])["apps.new.total"]).toBeUndefined();
    expect(read([list.replace("(二)", "(三)")])["apps.new.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: 2019-form figures stated in words", () => {
  const read = (lines: string[], year = 2020) =>
    Object.fromEntries(readNarrativeCounts(lines, () => false, true, year).map((f) => [f.key, f.value]));

  it("reads none of one suit path, and no review count from it", () => {
    const got = read(["四、行政复议、行政诉讼情况 被提起行政诉讼2件,均为未经复议直接起诉;无复议后起诉案件。"]);
    expect(got).toMatchObject({
      "litigation.total": 2,
      "litigation_direct.total": 2,
      "litigation_after_review.total": 0,
    });
    expect(got["review.total"]).toBeUndefined();
  });

  it("reads the answers' total from 全部按期办结 in the sentence after the count, and 无结转…事项", () => {
    const text =
      "三、收到和处理政府信息公开申请情况 本年度我局共收到政府信息公开申请四件,无上年结转。经审查,予以公开三件," +
      "告知申请人不属于本机关公开职责一件,全部按期办结,无结转下年度办理事项。";
    expect(read([text])).toMatchObject({
      "apps.new.total": 4,
      "apps.carried_over.total": 0,
      "outcome.total.total": 4,
      "apps.carried_forward.total": 0,
    });
  });
});

describe("readNarrativeCounts: a review set aside, last year's application told by its dates", () => {
  const read = (lines: string[], year = 2014) =>
    Object.fromEntries(readNarrativeCounts(lines, () => false, true, year).map((f) => [f.key, f.value]));

  it("reads 责令重新答复 as corrected", () => {
    expect(read(["四、复议诉讼情况 2014年被申请行政复议4件,其中维持3件、责令重新答复1件。"])).toMatchObject({
      "review.total": 4,
      "review.upheld": 3,
      "review.corrected": 1,
    });
  });

  it("reads an application received last year and answered this year as carried over", () => {
    const text =
      "三、依申请公开情况 2014年收到申请5件。全年答复申请6件(含2013年11月收到、2014年1月答复的申请1件),其中同意公开6件。";
    expect(read([text])["apps.carried_over.total"]).toBe(1);
    // Dates of other years tell nothing of what came over.
    expect(read([text.replace("2013年11月", "2012年11月")])["apps.carried_over.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: one review counted by who applied for it", () => {
  const read = (lines: string[]) =>
    Object.fromEntries(readNarrativeCounts(lines, () => false, true, 2013).map((f) => [f.key, f.value]));

  it("reads 一名申请人…申请行政复议 as one review, and nothing from a right or a negation", () => {
    const text =
      "五、复议诉讼情况 2013年,一名申请人对我委不予公开的答复不服,向区管委会申请行政复议,复议机关维持原答复。";
    expect(read([text])["review.total"]).toBe(1);
    const answer = "五、复议诉讼情况 2013年,申请人对我委1件部分公开答复不服,向区管委会申请行政复议,尚未审结。";
    expect(read([answer])["review.total"]).toBe(1);
    const right = "五、复议诉讼情况 一名申请人对答复不服的,可以依法申请行政复议。";
    expect(read([right])["review.total"]).toBeUndefined();
    const none = "五、复议诉讼情况 一名申请人对答复有异议,经沟通后未申请行政复议。";
    expect(read([none])["review.total"]).not.toBe(1);
  });
});

describe("readNarrativeCounts: a count in the section's heading", () => {
  const read = (t: string) =>
    Object.fromEntries(readNarrativeCounts([t], () => false, true, 2015).map((f) => [f.key, f.value]));

  it("reads the applications counted in the heading, and a cases heading's 0 as none of either", () => {
    expect(read("二、依申请公开情况（共4件） 全年同意公开3件,部分公开1件。")).toMatchObject({
      "apps.new.total": 4,
      "outcome.denied.total": 0,
    });
    expect(read("四、因政府信息公开申请行政复议、提起行政诉讼情况（0件） 无。")).toMatchObject({
      "review.total": 0,
      "litigation.total": 0,
    });
    expect(read("四、因政府信息公开申请行政复议、提起行政诉讼情况（0件） 无。")["apps.new.total"]).toBeUndefined();
    // One count of both kinds cannot be split; the sentences' own count stands over the heading's.
    expect(read("四、复议诉讼情况（共2件） 详见附表。")["review.total"]).toBeUndefined();
    expect(read("二、依申请公开情况（共5件） 全年受理政府信息公开申请5件(含上年结转2件)。")["apps.new.total"]).toBe(3);
  });
});

describe("readNarrativeCounts: the old form's rows listed in a sentence, the 2019 form's heading", () => {
  const read = (t: string, year: number) =>
    Object.fromEntries(readNarrativeCounts([t], () => false, true, year).map((f) => [f.key, f.value]));

  it("reads 受理依申请公开信息总数:2条 with its cumulative figure in brackets left out", () => {
    const text =
      "二、统计数据 受理依申请公开信息总数：3条（累计：9条），对申请的答复总数：3条，其中同意公开答复数：3条。";
    expect(read(text, 2013)["apps.new.total"]).toBe(3);
  });

  it("reads who applied and the answers under 收到和处理政府信息公开申请情况", () => {
    const text =
      "三、收到和处理政府信息公开申请情况 本年新收申请5件,其中自然人4件、法人或其他组织1件;予以公开3件,无法提供2件。";
    expect(read(text, 2022)).toMatchObject({
      "apps.new.total": 5,
      "apps.new.natural_person": 4,
      "outcome.granted.total": 3,
    });
  });
});

describe("readNarrativeCounts: the new readings stay off what they do not state", () => {
  const read = (t: string) =>
    Object.fromEntries(readNarrativeCounts([t], () => false, true, 2015).map((f) => [f.key, f.value]));
  const H = "三、依申请公开情况 ";

  it("reads no answer of a part as every application's, and no channels' sum beside a later total", () => {
    expect(
      read(`${H}全年受理申请3件,其中2件已按时答复,予以公开;1件正在办理。`)["outcome.granted.total"],
    ).toBeUndefined();
    const later = read(`${H}依申请公开情况:网上申请2件,当面申请1件,均同意公开。全年共受理申请5件。`);
    expect(later["apps.new.total"]).toBe(5);
    expect(later["outcome.granted.total"]).toBeUndefined();
  });

  it("reads no list of ways of working under 如下 as applications", () => {
    const ways =
      `${H}依申请公开工作情况如下:(一)规范受理流程,依法受理群众申请,能公开的予以公开;` +
      "(二)加强审核,对涉及隐私的申请不予公开。四、复议诉讼情况 无。";
    expect(read(ways)["apps.new.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: legacy sentences told without a table (held-out lt/ls/lr classes)", () => {
  const read = (t: string, year = 2012) =>
    Object.fromEntries(readNarrativeCounts([t], () => false, true, year).map((f) => [f.key, f.value]));

  it("reads the one review's end told after it, and a decision not yet made as pending, not as no review", () => {
    const upheld = read(
      "四、行政复议和行政诉讼情况 本年度有1位公民对我办的不予公开答复有异议,向市政府申请了行政复议,经复议,复议机关" +
        "维持了原答复。未发生行政诉讼。",
    );
    expect(upheld).toMatchObject({ "review.total": 1, "review.upheld": 1, "litigation.total": 0 });
    const pending = read(
      "五、复议诉讼情况 2015年,1名申请人对本局答复不服,依法提起行政复议,至报告编写时,复议机关尚未作出决定。",
      2015,
    );
    expect(pending).toMatchObject({ "review.total": 1, "review.pending": 1 });
    // The decision not made is no negated review: nothing reads 复议 0 from it.
    expect(read("截至目前,复议机关尚未作出复议决定。")["review.total"]).toBeUndefined();
  });

  it("reads the year's none said as a count of zero, a heading answered 无, or nobody applying", () => {
    expect(read("三、依申请公开 本年度,本所依申请公开数量为0。")["apps.new.total"]).toBe(0);
    expect(read("三、群众申请公开政府信息的情况:无。")["apps.new.total"]).toBe(0);
    expect(read("三、依申请公开 全年没有单位和个人向本镇提出公开申请。")["apps.new.total"]).toBe(0);
    // A heading naming the cases' cause is no statement about the applications.
    const cases = read("五、因政府信息公开申请提起行政复议、行政诉讼的情况:无。");
    expect(cases["apps.new.total"]).toBeUndefined();
    expect(cases["review.total"]).toBe(0);
  });

  it("reads the one application's answer told in the next sentence, a day's number being no count", () => {
    const text =
      "三、依申请公开情况 全年收到公开申请1件,系村民来信要求了解征地补偿标准。我镇于收到申请后第7个工作日" +
      "作出答复,同意公开,并寄送了相关文件。";
    expect(read(text, 2013)).toMatchObject({ "apps.new.total": 1, "outcome.granted.total": 1 });
    // A next sentence that counts answers of its own is not the one application's.
    const counted = "三、依申请公开情况 全年收到公开申请1件。我局还答复咨询3件,均予以公开。";
    expect(read(counted, 2013)["outcome.granted.total"]).toBeUndefined();
  });

  it("reads persons who each submitted an application, not persons who contested an answer", () => {
    const text = "三、依申请公开情况 全年共有3名村民到乡政府提交了政府信息公开申请,所申请的信息均予以公开。";
    expect(read(text, 2011)).toMatchObject({ "apps.new.total": 3, "outcome.granted.total": 3 });
    const contest = read("四、复议情况 有2名群众对政府信息公开申请的答复不服,向县政府提出复议。", 2011);
    expect(contest["apps.new.total"]).toBeUndefined();
  });
});

describe("readListedRows: a 'label:value;' list under a heading's colon", () => {
  it("reads the item right after the heading's colon and after a full stop", () => {
    const line =
      "二、主要数据 (二)依申请公开:收到申请:4件;其中当面申请:3件,网上申请:1件。答复:4件;其中同意公开:3件;" +
      "不予公开:1件。(四)行政复议:0件;行政诉讼:0件。";
    const rows = Object.fromEntries(readListedRows([line]).map((r) => [r.label, r.value]));
    expect(rows).toMatchObject({ 收到申请: 4, 答复: 4, 其中同意公开: 3, 不予公开: 1 });
  });
});

describe("readNarrativeCounts: answers, cases and carry-over told in legacy prose (held-out lr classes)", () => {
  const read = (t: string, year = 2013) =>
    Object.fromEntries(readNarrativeCounts([t], () => false, true, year).map((f) => [f.key, f.value]));

  it("reads clauses each led by a count of applications and the one way they were answered", () => {
    const text =
      "三、依申请公开情况 共收到申请6份。经审核:4份申请的内容予以公开;1份因涉及商业秘密,作部分公开处理;" +
      "1份所需信息不存在,已告知申请人。";
    expect(read(text)).toMatchObject({ "outcome.granted.total": 4, "outcome.partial.total": 1 });
    // Already published and information given count as granted on the 2008-2018 form; 未予提供 is refused.
    const given =
      "三、依申请公开情况 今年受理申请8件。按答复类别统计:3件申请的信息已在门户网站主动公开,告知获取方式;" +
      "4件经审核提供了相关材料;1件涉及国家秘密,依法未予提供。";
    expect(read(given, 2014)).toMatchObject({ "outcome.granted.total": 7, "outcome.denied.total": 1 });
  });

  it("leaves the answers to a clause not answered within the year, and reads it as carried forward", () => {
    const text =
      "三、依申请公开情况 受理申请2件。其中1件已答复并提供;另1件需征求第三方意见,尚未答复,转入下年度继续办理。";
    const got = read(text);
    expect(got["outcome.granted.total"]).toBeUndefined();
    expect(got["outcome.partial.total"]).toBeUndefined();
    expect(got["apps.carried_forward.total"]).toBe(1);
  });

  it("reads the rest granted after the refusals set apart, and an answer named at the clause's end", () => {
    const rest = "三、依申请公开 全年受理申请7件。7件申请均按期答复,除2件因涉及个人隐私不予公开外,其余均予以公开。";
    expect(read(rest, 2011)).toMatchObject({ "outcome.granted.total": 5, "outcome.denied.total": 2 });
    const one = "三、依申请公开 2012年受理申请1件,是村民要求公开低保名单,我乡5个工作日内答复,提供了名单,属于公开。";
    expect(read(one, 2012)["outcome.granted.total"]).toBe(1);
  });

  it("reads 零申请 and nobody applying without a verb before the noun", () => {
    expect(read("三、依申请公开 本年度实现“零申请”。", 2010)["apps.new.total"]).toBe(0);
    expect(read("三、依申请公开 全年没有单位和个人向本局申请公开政府信息。", 2010)["apps.new.total"]).toBe(0);
  });

  it("reads a suit by the one who applied for the review, and no zero from 未发生其他…", () => {
    const text =
      "四、复议诉讼情况 1名申请人对我县答复不服,向市政府申请行政复议,复议机关维持原答复;该申请人随后向人民法院" +
      "提起行政诉讼,目前尚在审理。除此之外,未发生其他因政府信息公开引起的复议和诉讼。";
    expect(read(text)).toMatchObject({ "review.total": 1, "review.upheld": 1, "litigation.total": 1 });
    expect(read("四、复议诉讼情况 除上述案件外,未发生其他行政复议。")["review.total"]).toBeUndefined();
    // 其他组织 names who may apply: the none stands.
    expect(read("四、复议诉讼情况 没有公民、法人或其他组织申请行政复议。")["review.total"]).toBe(0);
  });

  it("reads the one answer's review and its end in the next sentence, and reviews told item by item", () => {
    const text =
      "五、复议诉讼情况 上述不予公开的1件,申请人不服,向市人民政府申请行政复议。市人民政府复议后撤销了该答复," +
      "责令重新答复。";
    expect(read(text, 2010)).toMatchObject({ "review.total": 1, "review.corrected": 1 });
    const upheld = "四、复议诉讼情况 对部分公开的1件,申请人向区管委会申请行政复议,复议维持原答复。";
    expect(read(upheld, 2012)).toMatchObject({ "review.total": 1, "review.upheld": 1 });
    const items =
      "四、复议诉讼情况 申请人对答复不服申请行政复议2件:1件经复议维持;另1件,复议机关以超期答复为由确认答复违法。";
    expect(read(items, 2017)).toMatchObject({ "review.total": 2, "review.upheld": 1, "review.corrected": 1 });
  });

  it("reads no review count from cases said not to be about disclosure, nor 0 where a review is told uncounted", () => {
    const unrelated = "四、复议诉讼情况 另外,我局作为被申请人的土地类行政复议4件,不属于政府信息公开事项。";
    expect(read(unrelated)["review.total"]).toBe(0);
    const told =
      "四、复议诉讼情况 对不予公开的答复,申请人不服,向市政府申请行政复议。另外,我局作为被申请人的土地类行政复议" +
      "4件,不属于政府信息公开事项。";
    expect(read(told)["review.total"]).toBeUndefined();
    // A review said not to have been applied for, or a right to one, tells none: the zero stands.
    expect(read("四、复议诉讼情况 全年未发生申请人对我局答复不服申请行政复议的情况。")["review.total"]).toBe(0);
    const right = "四、复议诉讼情况 本年度未发生行政复议。申请人对答复不服的,可以依法申请行政复议。";
    expect(read(right)["review.total"]).toBe(0);
  });
});

describe("everyReviewEnded: the reviews told without a count and their one end", () => {
  it("names the way every review ended, and nothing where a count or two ways are told", () => {
    const pending =
      "五、复议情况 申请人对我局不予公开的答复不服,于3月向市政府申请行政复议,截至本报告发布时,复议机关尚未作出决定。";
    expect(everyReviewEnded([pending])?.key).toBe("review.pending");
    const upheld = "对否决公开的答复,申请人不服,向县人民政府申请行政复议,县人民政府作出维持决定。";
    expect(everyReviewEnded(["x", upheld])?.key).toBe("review.upheld");
    expect(everyReviewEnded(["申请人不服,申请行政复议2件,均维持。"])).toBeNull();
    expect(everyReviewEnded(["申请人不服的,可以依法申请行政复议。"])).toBeNull();
  });

  it("settles a legacy table's review count by that end", () => {
    const page =
      "标题: 某局2016年度政府信息公开工作年度报告\n==================== 正文 ====================\n" +
      "某局2016年度政府信息公开工作年度报告 一、概述 略。三、依申请公开情况 2016年受理申请3件,同意公开2件,不予公开" +
      "1件。四、复议诉讼情况 申请人对我局不予公开的答复不服,向区管委会申请行政复议,经审理,复议机关维持了我局的答复。" +
      "未发生行政诉讼。附表 指标名称 计量单位 2016年度 主动公开信息数 条 12 受理政府信息公开申请总数 条 3 " +
      "对申请的答复总数 条 3 其中:1.同意公开答复数 条 2 2.同意部分公开答复数 条 0 3.不予公开答复数 条 1 " +
      "行政复议数 件 1 行政诉讼数 件 0 行政申诉、举报数 件 0";
    const values = parseText(page).value?.values ?? {};
    expect(values).toMatchObject({ "review.total": 1, "review.upheld": 1, "review.pending": 0 });
  });
});

describe("readNarrativeCounts: legacy prose classes of the lp pages", () => {
  const read = (t: string, year = 2012) =>
    Object.fromEntries(readNarrativeCounts([t], () => false, true, year).map((f) => [f.key, f.value]));

  it("reads one person applying by letter, and the noun counted with 只有", () => {
    const text = "三、依申请公开 全年仅有1名养殖户来信申请公开其承包海域的补偿测算依据,我局按期答复,同意公开。";
    expect(read(text)).toMatchObject({ "apps.new.total": 1, "outcome.granted.total": 1 });
    expect(read("三、依申请公开 2014年全乡收到的政府信息公开申请只有2件,均已答复。", 2014)["apps.new.total"]).toBe(2);
  });

  it("reads zeros said as 都是零, 亦无, in brackets, for a list's one 0, and after the list in the next clause", () => {
    const said = "五、复议诉讼 本年度因政府信息公开引起的行政复议、行政诉讼以及申诉举报案件数都是零。";
    expect(read(said)).toMatchObject({ "review.total": 0, "litigation.total": 0, "legacy.complaints": 0 });
    const bracket = "五、复议诉讼情况 因政府信息公开引起的行政复议(0件)、行政诉讼(0件)、申诉举报(0件)。";
    expect(read(bracket)).toMatchObject({ "review.total": 0, "litigation.total": 0, "legacy.complaints": 0 });
    const list = "(五)复议、诉讼 因政府信息公开申请提起的行政复议、行政诉讼0宗。";
    expect(read(list)).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const after = "五、行政复议和行政诉讼 因政府信息公开申请引发的行政复议、行政诉讼,本局本年度均为零。";
    expect(read(after)).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    // A list with a count of several is no count of each kind.
    expect(read("五、复议诉讼 因政府信息公开引起的行政复议、行政诉讼共2件。")["review.total"]).toBeUndefined();
  });

  it("reads the answers contested and the reviews' ends, and reviews counted by persons then told one by one", () => {
    const ends = "五、复议诉讼情况 申请人对其中3件答复不服申请复议,复议机关维持2起、撤销1起。";
    expect(read(ends)).toMatchObject({ "review.total": 3, "review.upheld": 2, "review.corrected": 1 });
    const persons =
      "五、复议诉讼情况 本年度有2名申请人对我局答复不服申请了行政复议:其中1件复议机关维持了原答复;另1件申请人" +
      "在审理期间撤回了复议申请。";
    expect(read(persons)).toMatchObject({ "review.upheld": 1, "review.other": 1 });
    const dated =
      "五、复议诉讼情况 上述不予公开的1件申请,申请人不服,于2013年6月向市政府申请行政复议,复议机关经审理维持了" +
      "原答复。";
    expect(read(dated, 2013)).toMatchObject({ "review.total": 1, "review.upheld": 1 });
    const ordered =
      "五、复议情况 本年度因政府信息公开引起行政复议1件:申请人对答复不服申请复议,复议机关责令我局予以公开。";
    expect(read(ordered)).toMatchObject({ "review.total": 1, "review.corrected": 1 });
  });

  it("reads no review of other agencies' answers decided by a review office", () => {
    const text =
      "五、复议诉讼情况 我办作为行政复议机构,全年受理以区直部门为被申请人的信息公开类行政复议案件4件,维持3件、" +
      "撤回1件。以我办为被申请人的行政复议0件,以我办为被告的行政诉讼0件。";
    expect(read(text, 2015)).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    expect(read(text, 2015)["review.upheld"]).toBeUndefined();
  });

  it("reads a 项目|内容 table flattened and none carried forward said at the year's end", () => {
    const kv =
      "项目 内容 依申请公开 受理申请4件,其中同意公开3件、告知1件 不予公开 无 收费 无 行政复议 无 行政诉讼 无 申诉举报 无 " +
      "存在问题 略";
    expect(read(kv, 2011)).toMatchObject({
      "apps.new.total": 4,
      "outcome.granted.total": 3,
      "outcome.denied.total": 0,
      "review.total": 0,
      "litigation.total": 0,
      "legacy.complaints": 0,
    });
    const none = "三、依申请公开情况 全年受理申请5件,均已答复。截至年底无结转下年的申请。";
    expect(read(none, 2016)["apps.carried_forward.total"]).toBe(0);
  });
});

describe("readNarrativeCounts: a question is no negation", () => {
  it("reads no none from 有没有人…申请 asked in a Q&A report", () => {
    const text = "问三:2016年有没有人向乡政府申请公开政府信息? 答:有。全年共收到2份申请。";
    const got = Object.fromEntries(readNarrativeCounts([text], () => false, true, 2016).map((f) => [f.key, f.value]));
    expect(got["apps.new.total"]).not.toBe(0);
  });
});

describe("readNarrativeCounts: a review's end told by its office or during its hearing", () => {
  it("reads 复议办公室作出复议决定维持 and 复议审理过程中撤回 as the counted review's end", () => {
    const read = (t: string) =>
      Object.fromEntries(readNarrativeCounts([t], () => false, true, 2015).map((f) => [f.key, f.value]));
    const office = "五、复议诉讼情况 申请行政复议1件,市政府行政复议办公室作出复议决定维持原答复。";
    expect(read(office)).toMatchObject({ "review.total": 1, "review.upheld": 1 });
    const withdrawn = "五、复议诉讼情况 因政府信息公开申请提起行政复议1件,申请人在复议审理期间撤回申请。";
    expect(read(withdrawn)).toMatchObject({ "review.total": 1, "review.other": 1 });
  });
});
