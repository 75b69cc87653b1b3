/**
 * Legacy (2008–2018) reviews told in sentences: how each ended in the wordings long reports use (确认我局答复违法,
 * 撤回复议申请, 尚未作出复议决定, 均决定维持, 其中,复议经…维持), the one review of a person named by what they are
 * (1名被征收人), a date between the count and its end, and an agency's caseload of another cause told after its count.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (text: string, year = 2014) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, year).map((f) => [f.key, f.value]),
  );

describe("readNarrativeCounts: the ends of reviews counted in a sentence", () => {
  it("reads 确认…违法 with the answer named between, and 撤回复议申请 with a count", () => {
    const got = read(
      "五、复议诉讼情况 本年度因政府信息公开被申请行政复议5件，其中经复议维持原答复2件，确认本机关的答复违法2件，" +
        "申请人主动撤回复议申请1件。",
    );
    expect(got).toMatchObject({ "review.total": 5, "review.upheld": 2, "review.corrected": 2, "review.other": 1 });
  });

  it("reads 尚未作出复议决定 as pending, after the other ends", () => {
    const got = read(
      "五、复议诉讼情况 申请人不服我委信息公开答复提起行政复议3件，复议机关维持2件，另1件至年末尚未作出决定。",
      2016,
    );
    expect(got).toMatchObject({ "review.total": 3, "review.upheld": 2, "review.pending": 1 });
  });

  it("reads 均决定维持 as every review upheld", () => {
    const got = read("四、复议和诉讼 因信息公开事项被申请行政复议3件，区管委会均决定维持。未发生行政诉讼。", 2013);
    expect(got).toMatchObject({ "review.total": 3, "review.upheld": 3, "litigation.total": 0 });
  });

  it("reads the one review's end told in the next sentence after 其中,", () => {
    const got = read(
      "五、复议诉讼 涉及政府信息公开的行政复议、行政诉讼各1件。其中，复议经区政府审查后维持了我局答复；诉讼尚在审理中。",
      2016,
    );
    expect(got).toMatchObject({ "review.total": 1, "litigation.total": 1, "review.upheld": 1 });
    expect(got["review.pending"]).toBeUndefined();
  });

  it("reads the one review of a person named by what they are, and its end", () => {
    const got = read(
      "五、复议诉讼 2011年，1名被征收人对我局部分公开的答复不服，向市政府申请行政复议，市政府复议后撤销了该答复。",
      2011,
    );
    expect(got).toMatchObject({ "review.total": 1, "review.corrected": 1 });
  });

  it("reads the end after a date between the count and it, not a count in that place", () => {
    const got = read("五、复议诉讼 因政府信息公开被申请复议1件，截至2015年12月31日，复议机关尚在审理。", 2015);
    expect(got).toMatchObject({ "review.total": 1, "review.pending": 1 });
    // A count between them is another matter: the end is not read as the review's.
    const other = read("五、复议诉讼 因政府信息公开被申请复议1件，涉及3户，复议机关尚在审理。", 2015);
    expect(other["review.pending"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: reviews' other ends and reviews counted by persons", () => {
  it("reads 其他情形N件 as ended otherwise", () => {
    const got = read("五、复议诉讼 因政府信息公开申请被申请行政复议4件，其中维持2件，撤销1件，其他情形1件。", 2016);
    expect(got).toMatchObject({ "review.total": 4, "review.upheld": 2, "review.corrected": 1, "review.other": 1 });
  });

  it("reads the reviews one by one after persons counted and 其中", () => {
    const got = read(
      "五、复议诉讼 2017年，有3位申请人不服我镇答复申请了行政复议，其中2件经区管委会复议予以维持，另1件申请人撤回了申请。",
      2017,
    );
    expect(got).toMatchObject({ "review.upheld": 2, "review.other": 1, "review.corrected": 0, "review.pending": 0 });
    // Items that do not add up to the persons' reviews settle nothing.
    const short = read("五、复议诉讼 有3位申请人不服我镇答复申请了行政复议，其中2件经复议维持。", 2017);
    expect(short["review.other"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: cases of another cause named after their count", () => {
  it("sets aside a caseload said to be all of another matter, and reads the disclosure count after it", () => {
    const got = read(
      "六、行政复议和行政诉讼 全年共发生行政复议案件17件，均系不服土地征收补偿决定引起。因政府信息公开被申请行政复议2件，" +
        "均维持原答复。",
      2012,
    );
    expect(got).toMatchObject({ "review.total": 2, "review.upheld": 2 });
    const suits = read(
      "六、复议诉讼 本年度应诉行政诉讼案件9件，均为工伤认定类案件，没有因政府信息公开引起的行政诉讼。",
      2012,
    );
    expect(suits["litigation.total"]).toBe(0);
  });

  it("keeps a count said to be all of one applicant or of disclosure", () => {
    const same = read("五、复议诉讼 因政府信息公开被申请行政复议3件，均为同一申请人提起。", 2012);
    expect(same["review.total"]).toBe(3);
    const ours = read("五、复议诉讼 行政复议案件2件，均为不服我局不予公开答复提起。", 2012);
    expect(ours["review.total"]).toBe(2);
  });
});

describe("legacy table's review count settled by reviews told one by one", () => {
  const page = (cases: string, reviews: number) =>
    "标题: 某局2013年度政府信息公开工作年度报告\n==================== 正文 ====================\n" +
    "某局2013年度政府信息公开工作年度报告 一、概述 略。三、依申请公开情况 2013年受理申请5件,同意公开3件,不予公开" +
    `2件。四、复议诉讼情况 ${cases}附表 指标名称 计量单位 2013年度 主动公开信息数 条 40 ` +
    "受理政府信息公开申请总数 条 5 对申请的答复总数 条 5 其中:1.同意公开答复数 条 3 2.同意部分公开答复数 条 0 " +
    `3.不予公开答复数 条 2 行政复议数 件 ${reviews} 行政诉讼数 件 0 行政申诉、举报数 件 0`;
  const told =
    "4月,申请人王某对我局的不予公开答复不服,向区管委会申请行政复议,7月区管委会作出维持决定。" +
    "10月,申请人郑某认为我局逾期答复,向区管委会申请行政复议,12月复议机关确认我局答复程序违法。未发生行政诉讼。";

  it("counts each way as many reviews as ended so, where as many are told as the table counts", () => {
    const values = parseText(page(told, 2)).value?.values ?? {};
    expect(values).toMatchObject({ "review.total": 2, "review.upheld": 1, "review.corrected": 1, "review.pending": 0 });
  });

  it("reads no end where fewer reviews are told than the table counts, or a review's end is not read", () => {
    const values = parseText(page(told, 3)).value?.values ?? {};
    expect(values["review.total"]).toBe(3);
    expect(values["review.upheld"]).toBeUndefined();
    expect(values["review.corrected"]).toBeUndefined();
    // A review applied for in words the reader does not take: its end is unknown, none is every review's.
    const untold =
      "4月,申请人王某对我局的不予公开答复不服,向区管委会申请行政复议,7月区管委会作出维持决定。10月,某村民委员会对我局" +
      "作出的关于宅基地审批材料的答复不服,向区管委会申请行政复议,12月复议机关确认我局答复程序违法。";
    const second = parseText(page(untold, 2)).value?.values ?? {};
    expect(second["review.upheld"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: answers classed by the 《条例》 item's words", () => {
  it("reads 属于不予公开范围、告知…的N件 as refused, not as another kind of answer", () => {
    const got = read(
      "三、依申请公开 2010年共受理申请9件，其中属于公开范围的6件，属于不予公开范围、告知申请人并说明理由的2件，" +
        "不属于本机关公开范围的1件。",
      2010,
    );
    expect(got).toMatchObject({ "apps.new.total": 9, "outcome.denied.total": 2 });
    expect(got["outcome.partial.total"]).not.toBe(0);
  });

  it("does not add a partial grant told with 告知 to the other answers", () => {
    const got = read("三、依申请公开 2010年受理申请6件，同意公开4件，部分公开并告知理由的2件。", 2010);
    expect(got["outcome.partial.total"]).not.toBe(0);
    expect(got["outcome.denied.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a county's summary told for the whole county", () => {
  it("reads the county's answers where its count is the only count the report gives", () => {
    const got = read(
      "三、依申请公开情况 2012年，全县各乡镇、部门共受理政府信息公开申请40件。全县已办结40件，其中同意公开25件，" +
        "同意部分公开5件，不予公开3件，其他7件。",
      2012,
    );
    expect(got).toMatchObject({
      "apps.new.total": 40,
      "outcome.granted.total": 25,
      "outcome.partial.total": 5,
      "outcome.denied.total": 3,
    });
  });

  it("keeps the area's answers out where the agency counts its own", () => {
    const got = read(
      "三、依申请公开情况 2012年全县共受理政府信息公开申请40件，同意公开25件。本局受理申请3件，同意公开1件，不予公开2件。",
      2012,
    );
    expect(got).toMatchObject({ "apps.new.total": 3, "outcome.granted.total": 1, "outcome.denied.total": 2 });
  });
});

describe("readNarrativeCounts: the count before its cause and kind, and the one applicant suing after", () => {
  it("reads 有1件因…引起的行政复议 with its end, and 申请人随后…提起行政诉讼 as one suit", () => {
    const got = read(
      "四、复议诉讼情况 2015年发生1起由信息公开答复引发的行政复议，区政府维持了我局的答复；申请人此后向区法院提起了行政诉讼，" +
        "目前尚在审理。",
      2015,
    );
    expect(got).toMatchObject({ "review.total": 1, "review.upheld": 1, "litigation.total": 1 });
  });

  it("reads no suit where the applicant did not sue, or after two reviews", () => {
    const none = read(
      "四、复议诉讼情况 2015年发生1起由信息公开答复引发的行政复议，区政府维持了我局的答复；申请人随后未再提起行政诉讼。",
      2015,
    );
    expect(none["litigation.total"]).not.toBe(1);
    const two = read(
      "四、复议诉讼情况 2015年发生2起由信息公开答复引发的行政复议，区政府均维持了我局的答复；申请人随后向法院提起行政诉讼。",
      2015,
    );
    expect(two["litigation.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: refusals told with their reason or after the other items", () => {
  it("reads N件因…(a long reason)…而不予公开 as refused", () => {
    const got = read(
      "三、依申请公开情况 2016年，9位承包户共向我镇提出了11件政府信息公开申请，均为当面提交。11件申请的答复是：8件同意公开，" +
        "向申请人提供了确权登记表；1件部分公开；2件因涉及其他承包户的土地确权信息而不予公开。",
      2016,
    );
    expect(got).toMatchObject({ "outcome.granted.total": 8, "outcome.partial.total": 1, "outcome.denied.total": 2 });
  });

  it("reads 另一件…,不予公开 as the other item refused, and not where the item is answered otherwise", () => {
    const got = read(
      "三、依申请公开 本年度共受理申请3件，答复结果：同意公开一件，部分公开一件，另一件申请的是尚在讨论中的过程性文件，不予公开。",
      2014,
    );
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.partial.total": 1, "outcome.denied.total": 1 });
    const other = read(
      "三、依申请公开 本年度共受理申请3件，同意公开两件，另一件申请的内容经补正后同意公开，不予公开的没有。",
      2014,
    );
    expect(other["outcome.denied.total"]).not.toBe(1);
  });
});

describe("readNarrativeCounts: written applications, published-or-granted answers, no refusal made", () => {
  it("reads 要求公开政府信息的书面申请N件, 属于主动公开范围或同意公开的N件 and 未作出不予公开的决定", () => {
    const got = read(
      "三、依申请公开情况 2009年，本局共收到群众要求公开政府信息的书面申请4件。经审查，属于主动公开范围或同意公开的3件，" +
        "另1件所需材料不属于本局掌握，已告知申请人向区档案馆查询。全年未作出不予公开的决定。",
      2009,
    );
    expect(got).toMatchObject({ "apps.new.total": 4, "outcome.granted.total": 3, "outcome.denied.total": 0 });
  });
});

describe("readNarrativeCounts: answers told group by group", () => {
  it("adds up each kind over the groups where their intakes make the year's count", () => {
    const got = read(
      "三、依申请公开 2013年共受理政府信息公开申请9件，其中窗口受理4件（同意公开3件、不予公开1件）；网站受理3件（同意公开1件、" +
        "部分公开2件）；邮寄受理2件（不予公开2件）。",
      2013,
    );
    expect(got).toMatchObject({
      "apps.new.total": 9,
      "outcome.granted.total": 4,
      "outcome.partial.total": 2,
      "outcome.denied.total": 3,
    });
    const halves = read(
      "三、依申请公开 本年度受理申请7件。1至6月受理3件，同意公开2件，部分公开1件；7至12月受理4件，同意公开3件，不予公开1件。",
      2013,
    );
    expect(halves).toMatchObject({ "outcome.granted.total": 5, "outcome.partial.total": 1, "outcome.denied.total": 1 });
  });

  it("reads no group's answers as the year's where the groups make no count read", () => {
    const got = read(
      "三、依申请公开 科室受理2件（同意公开1件、部分公开1件）；站所受理3件（同意公开2件、不予公开1件）。",
      2013,
    );
    expect(got["outcome.granted.total"]).toBeUndefined();
    expect(got["outcome.partial.total"]).toBeUndefined();
  });
});
