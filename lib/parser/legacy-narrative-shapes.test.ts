/**
 * Legacy (2008–2018) sentences in a clerk's own shapes: the rest granted 均予公开 after a refusal set apart, none
 * said of the applications as a situation that did not arise, suits said as 没有起诉, a list of cases then 为零 for
 * a 社区, answers told by what was asked for before their count, and an area's or a bureau-with-units' counts
 * before the agency's own. Fixture text is hand-written.
 */
import { describe, expect, it } from "vitest";
import { narrativeFinding, readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (lines: string[], year = 2012) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(lines.join("\n")).split("\n"), () => false, true, year).map((f) => [
      f.key,
      f.value,
    ]),
  );

describe("readNarrativeCounts: the answers in a clerk's shapes", () => {
  it("reads 除N件…不予公开外,其余均予公开 as the rest granted", () => {
    const got = read([
      "二、依申请公开 本年度受理群众申请5件。经审查，除2件涉及第三方商业秘密而不予公开外，其余均予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.denied.total": 2, "outcome.granted.total": 3, "outcome.partial.total": 0 });
  });

  it("reads answers told by what was asked for, then the count (申请公开…的3件,已全部公开)", () => {
    const got = read([
      "三、依申请公开情况 2012年我局共受理政府信息公开申请5件。其中，申请公开道路改造预算的3件，已全部公开；" +
        "要求公开施工合同的2件，因含有企业报价，经征求意见后均部分公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 3, "outcome.partial.total": 2 });
  });
});

describe("readNarrativeCounts: none said in passing", () => {
  it("reads the applications' situation 尚未出现 and 没有居民…申请公开信息 as none", () => {
    expect(read(["一、依申请公开 居民申请公开政府信息的情况今年尚未出现，来电咨询20余次。"])["apps.new.total"]).toBe(0);
    expect(read(["全年没有村民书面申请公开信息，村民到便民服务站咨询约80人次。"])["apps.new.total"]).toBe(0);
  });

  it("reads 也没有起诉 and a 社区's 为零 after the kinds listed", () => {
    const sued = read(["四、复议诉讼 对答复结果，申请人未申请行政复议，也没有起诉。"]);
    expect(sued).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const zero = read(["因信息公开引起的行政复议、行政诉讼，本社区为零。"]);
    expect(zero).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    const after = read(["五、复议诉讼 因政府信息公开提起行政诉讼的，本年度也没有发生。"]);
    expect(after["litigation.total"]).toBe(0);
    // A count of another subject's complaints is no none of suits.
    expect(read(["五、其他 本年度没有接到申诉。"])["litigation.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a wider count before the agency's own", () => {
  it("leaves out the area's answers and reads the agency's own applications after them", () => {
    const got = read([
      "2012年度，2012年全县共受理政府信息公开申请60件，同意公开41件；我局受理申请4件，同意公开2件，同意部分公开1件，" +
        "不予公开1件。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 4,
      "outcome.granted.total": 2,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
  });

  it("reads the bureau's own part told second (其中下属单位受理N件,局机关受理M件)", () => {
    const got = read([
      "三、依申请公开 局机关及下属单位共受理政府信息公开申请11件，其中下属单位受理4件，局机关受理7件；" +
        "局机关同意公开5件，不予公开2件。",
    ]);
    expect(got["apps.new.total"]).toBe(7);
  });

  it("reads the disclosure part of an agency's caseload counted after 其中", () => {
    const got = read([
      "五、复议诉讼情况 本局办理行政复议案件17件、行政应诉案件6件，其中涉及政府信息公开的行政复议2件、行政诉讼0件。",
    ]);
    expect(got).toMatchObject({ "review.total": 2, "litigation.total": 0 });
  });
});

describe("readNarrativeCounts: cases named, then how many in the part after", () => {
  it("reads 被起诉的,没有 / 提起行政诉讼的,同样没有 / 复议的0件 / 打官司", () => {
    expect(read(["四、复议诉讼 因信息公开被起诉的，没有。"])["litigation.total"]).toBe(0);
    const same = read(["五、复议和诉讼情况 因政府信息公开申请行政复议的，本年度无；提起行政诉讼的，同样没有。"]);
    expect(same).toMatchObject({ "review.total": 0, "litigation.total": 0 });
    expect(read(["五、复议诉讼 因政府信息公开申请行政复议的0件。"])["review.total"]).toBe(0);
    const plain = read(["四、复议诉讼 今年没有村民因信息公开问题申请复议或打官司。"]);
    expect(plain).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });

  it("reads a count led by the year (…的行政复议案件,2016年有3件) and the agency named by its kind as its own", () => {
    const body =
      "五、复议诉讼情况 被申请人为本办事处、因政府信息公开引起的行政复议案件，2016年有3件，均被维持。" +
      "以街道为被告、因政府信息公开引起的行政诉讼案件有1件，尚在审理。";
    const got = read(["标题: 平潭县岚城街道办事处2016年政府信息公开工作年度报告", body], 2016);
    expect(got).toMatchObject({ "review.total": 3, "litigation.total": 1 });
    // A 局's report saying 以街道为被告: another body's suit, none of the bureau's.
    const bureau = read(["标题: 平潭县民政局2016年政府信息公开工作年度报告", body], 2016);
    expect(bureau["litigation.total"]).toBeUndefined();
  });

  it("reads one list of the applications and the cases ending 均为零 as none of each", () => {
    const got = read([
      "三、依申请公开及复议诉讼情况 2012年度，本乡受理政府信息公开申请、被申请行政复议、被提起行政诉讼以及" +
        "收到行政申诉的数量，均为零。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 0,
      "review.total": 0,
      "litigation.total": 0,
      "legacy.complaints": 0,
    });
    // The applications named as the cases' cause are no kind of the list.
    const cause = read(["五、复议诉讼 因政府信息公开申请引起的行政复议、行政诉讼，本年度均为零。"]);
    expect(cause["apps.new.total"]).toBeUndefined();
  });

  it("reads a school's 因学校信息公开引起的复议、诉讼,本年度没有", () => {
    const got = read(["四、投诉、复议、诉讼情况 因学校信息公开引起的行政复议、行政诉讼，本年度没有。"]);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });
});

describe("readNarrativeCounts: answers told one by one after what was asked", () => {
  it("reads N件里有M件…均予公开;剩下K件…不予公开", () => {
    const got = read([
      "三、依申请公开 全年受理申请5件。5件里有4件属于我局职责且可以公开，均予公开；剩下1件涉及国家秘密，依法不予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 4, "outcome.denied.total": 1, "outcome.partial.total": 0 });
  });

  it("reads 其中:申请公开X1件,学校同意公开;…1件,…未予公开", () => {
    const got = read([
      "三、依申请公开情况 本年度学校收到家长提出的信息公开申请3件，其中：申请公开校服采购合同1件，学校同意公开；" +
        "申请公开奖学金评定名单1件，学校同意公开；申请公开某教师的考评材料1件，涉及个人信息，学校未予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 2, "outcome.denied.total": 1, "outcome.partial.total": 0 });
  });
});

describe("readNarrativeCounts: the count after its noun, the year between", () => {
  it("reads 申请全年一共是两件…都给予了公开 and 申请全年共1件", () => {
    const got = read(["二、依申请公开 村里收到的信息公开申请全年一共是两件，都是问低保名单的，镇里都给予了公开。"]);
    expect(got).toMatchObject({ "apps.new.total": 2, "outcome.granted.total": 2 });
    const one = read(["三、依申请公开 向本局提出的政府信息公开申请全年共1件，申请人当面提交，本局同意公开。"]);
    expect(one).toMatchObject({ "apps.new.total": 1, "outcome.granted.total": 1 });
  });

  it("reads 上述答复对应受理的申请总数为N件", () => {
    const got = read(["三、依申请公开 本年度答复申请人：同意公开3件；不予公开1件。上述答复对应受理的申请总数为4件。"]);
    expect(got["apps.new.total"]).toBe(4);
  });

  it("reads 受理的申请仅1件 and 其中无涉及政府信息公开的申诉、举报", () => {
    expect(read(["三、依申请公开 本年度我站受理的申请仅1件，系某企业申请公开检测报告。"])["apps.new.total"]).toBe(1);
    const none = read(["五、复议诉讼 全年受理信访事项31件，均已办结，其中无涉及政府信息公开的申诉、举报。"]);
    expect(none["legacy.complaints"]).toBe(0);
  });
});

describe("readNarrativeCounts: counts placed after a colon, a comparison or a persons' count", () => {
  it("reads …申请比上年增多,共N件(上年为M件):其中… as this year's N", () => {
    const got = read([
      "二、依申请公开 本年度受理的政府信息公开申请较往年有所增加，共9件（2011年为3件）：其中企业6件，个人3件。",
    ]);
    expect(got["apps.new.total"]).toBe(9);
  });

  it("reads …申请数与上年持平,同为N件", () => {
    const got = read(["三、依申请公开情况 今年收到的政府信息公开申请数与上一年持平，同为6件，均为网上提交。"], 2016);
    expect(got["apps.new.total"]).toBe(6);
  });

  it("reads 已经答复的有N件,全部予以公开 as N granted", () => {
    const got = read(["三、依申请公开 截至12月31日，站里已经答复的有3件，全部予以公开，另有1件正在办理。"]);
    expect(got["outcome.granted.total"]).toBe(3);
  });

  it("reads 申请…的有N人次,…按申请件数计为M件 as M applications, and KIND的是N件,另有1件…,属KIND2", () => {
    const got = read(
      [
        "二、依申请公开情况 全年向我所申请公开政府信息的有4人次，其中2人各申请2项内容，按申请件数计为6件。" +
          "所申请的6件信息中，予以公开的是5件，另有1件涉及第三方商业秘密，我所仅提供了其中的技术参数，属部分公开。",
      ],
      2011,
    );
    expect(got).toMatchObject({ "apps.new.total": 6, "outcome.granted.total": 5, "outcome.partial.total": 1 });
  });
});

describe("readNarrativeCounts: a third party's refusal inside an answer's reason", () => {
  it("reads 另一件因第三方不同意公开…,作部分公开处理 as partly granted, not refused", () => {
    const got = read([
      "二、依申请公开 全年受理申请2件。经征询意见，其中1件予以公开，另1件因相关企业不同意公开其报价，作部分公开处理。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.partial.total": 1, "outcome.denied.total": 0 });
  });
});

describe("readNarrativeCounts: applications in a list said none, passive, or as a printed row", () => {
  it("reads 依申请公开、行政复议和行政诉讼均为零 as no applications too", () => {
    const got = read(["本年度依申请公开、行政复议和行政诉讼都为零，群众来电咨询40余次。"], 2013);
    expect(got).toMatchObject({ "apps.new.total": 0, "review.total": 0, "litigation.total": 0 });
    expect(read(["本年度依申请公开信息3条，行政复议和行政诉讼均为零。"], 2013)["apps.new.total"]).toBeUndefined();
  });

  it("reads 共有N件政府信息公开申请被我局受理", () => {
    const got = read(["三、依申请公开情况 2016年共有5件政府信息公开申请被本中心受理，3件为网上提交。"], 2016);
    expect(got["apps.new.total"]).toBe(5);
  });

  it("reads 申请总数 N 其中:当面申请 M (a row printed into the sentence)", () => {
    const got = read(["三、依申请公开情况 本年度情况如下：申请总数 12 其中：当面申请 9 网上申请 3 。"], 2017);
    expect(got["apps.new.total"]).toBe(12);
  });
});

describe("readNarrativeCounts: a small unit's own words for its applications and answers", () => {
  it("reads 受理了群众N件申请 and 我院依申请公开共N件", () => {
    expect(read(["二、依申请公开 全年受理了村民4件申请，均为当面提出。"], 2010)["apps.new.total"]).toBe(4);
    expect(read(["三、依申请公开 2014年，本站依申请公开共五件，均为网上申请。"], 2014)["apps.new.total"]).toBe(5);
  });

  it("reads the items told after the count of them all and a comma (两件申请,一件…;另一件…)", () => {
    const got = read([
      "三、依申请公开 本年度共收到申请两件。两件申请，一件经审查同意公开，已当场提供复印件；另一件所申请信息由县国土局掌握，已告知申请人。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.partial.total": 0, "outcome.denied.total": 0 });
  });

  it("reads the one application's information 提供给申请人 as granted", () => {
    const got = read(["三、依申请公开 全年收到申请1件，系网上申请，我馆已按期将所需信息以电子邮件提供给申请人。"]);
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.denied.total": 0 });
    const way = read(["三、依申请公开 全年收到申请1件，系网上申请，我馆已将该信息的获取途径提供给申请人。"]);
    expect(way["outcome.granted.total"]).toBeUndefined();
  });

  it("reads 经审核,均…予以公开 after the count, and …不服提起行政复议的为零", () => {
    const got = read(
      [
        "三、依申请公开 2018年站里收到政府信息公开申请共3件，均为本人信息。经审核，均属于可以公开的信息，站里都已按期予以公开。",
        "四、复议诉讼 申请人对答复不服提起行政复议的为零；提起行政诉讼的为零。",
      ],
      2018,
    );
    expect(got).toMatchObject({ "outcome.granted.total": 3, "review.total": 0, "litigation.total": 0 });
  });
});

describe("readNarrativeCounts: a clerk's short sentences about applications and cases", () => {
  it("reads 全年共有N件申请。 and 2011年共2件申请,一件…,一件…", () => {
    expect(read(["三、依申请公开 全年共有6件申请。其中：网上申请5件；信函申请1件。"], 2015)["apps.new.total"]).toBe(6);
    expect(read(["三、依申请公开 2016年共3件申请，两件问补助名单，一件问规划。"], 2016)["apps.new.total"]).toBe(3);
  });

  it("reads 这两件申请…均作出不予公开的答复 as both refused", () => {
    const got = read(
      ["三、依申请公开 2013年共收到申请2件。经审查，这两件申请均属于内部管理信息，均作出不予公开的答复。"],
      2013,
    );
    expect(got).toMatchObject({ "outcome.denied.total": 2, "outcome.granted.total": 0, "outcome.partial.total": 0 });
  });

  it("reads 其中一名申请人 / 有1家企业 applying for a review or suing as one each", () => {
    const one = read(["四、复议诉讼 其中一名申请人对答复不服，向区管委会申请行政复议，复议机关维持了原答复。"]);
    expect(one).toMatchObject({ "review.total": 1, "review.upheld": 1 });
    const firm = read(["四、复议诉讼 有1家公司对不予公开答复不服提起行政诉讼，法院判决驳回。"]);
    expect(firm["litigation.total"]).toBe(1);
  });

  it("reads a review's end 复议后维持 after a part telling who applied, and 无申诉 alone", () => {
    const got = read([
      "四、复议诉讼和申诉 被申请行政复议1件，系企业对公开其信息不服提出，市局复议后维持；无行政诉讼；无申诉。",
    ]);
    expect(got).toMatchObject({ "review.total": 1, "review.upheld": 1, "litigation.total": 0, "legacy.complaints": 0 });
  });
});

describe("readNarrativeCounts: answers in other words, one person's review", () => {
  it("reads 向其提供了全部资料 as the one application granted", () => {
    const got = read([
      "三、依申请公开 全年收到申请1件，申请人要求公开救灾款发放明细，我站已在10个工作日内向其提供了全部资料。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.denied.total": 0 });
  });

  it("reads 其中N件的答复为同意公开,M件为部分公开", () => {
    const got = read(["三、依申请公开 本年度收到申请4件，均已答复。其中3件的答复为同意公开，1件为部分公开。"]);
    expect(got).toMatchObject({ "outcome.granted.total": 3, "outcome.partial.total": 1 });
  });

  it("reads a run of labels and counts with spaces (同意公开 7 部分公开 2 不予公开 1 合计 10)", () => {
    const got = read(["三、依申请公开 全年受理申请9件。结果如下：同意公开 5 部分公开 3 不予公开 1 合计 9 。"]);
    expect(got).toMatchObject({ "outcome.granted.total": 5, "outcome.partial.total": 3, "outcome.denied.total": 1 });
  });

  it("reads 1名被征迁户…申请行政复议 as one review", () => {
    const one = read(["五、复议诉讼 2012年，1名被征迁户对我局答复不服申请行政复议，复议机关维持了原答复。"]);
    expect(one).toMatchObject({ "review.total": 1, "review.upheld": 1 });
  });
});

describe("readNarrativeCounts: one firm's suit said not to be over disclosure", () => {
  it("leaves out 1家企业…提起行政诉讼,…不属于政府信息公开诉讼", () => {
    const got = read([
      "五、复议诉讼 另有1家公司就拍卖结果向法院提起行政诉讼，系合同纠纷，不属于政府信息公开诉讼。因政府信息公开引起的行政诉讼为零。",
    ]);
    expect(got["litigation.total"]).toBe(0);
  });
});

describe("readNarrativeCounts: answers outnumbering the applications", () => {
  it("names in a warning each answer read where they add up to more than the year's applications", () => {
    const got = read([
      "三、依申请公开 办理人大代表建议复文同意公开9件，部分公开2件，不予公开1件。本年度受理政府信息公开申请4件，均予以公开。",
    ]);
    expect(got["apps.new.total"]).toBe(4);
    const doubted = readNarrativeCounts(
      normalizeText(
        "三、依申请公开 办理人大代表建议复文同意公开9件，部分公开2件，不予公开1件。本年度受理政府信息公开申请4件，均予以公开。",
      ).split("\n"),
      () => false,
      true,
      2012,
    ).filter((f) => f.key.startsWith("outcome."));
    expect(doubted.map((f) => narrativeFinding(f).rule)).toEqual(["N2", "N2", "N2"]);
  });

  const rules = (text: string) =>
    Object.fromEntries(
      readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, 2014).map((f) => [
        f.key,
        narrativeFinding(f).rule,
      ]),
    );

  it("names the applications too: they may be one office's among several", () => {
    const got = rules(
      "三、依申请公开 2014年，办公室受理政府信息公开申请2件，执法科受理5件。上述申请同意公开4件，部分公开2件，不予公开1件。",
    );
    expect(got["apps.new.total"]).toBe("N2");
  });

  it("warns of none where applications answered twice explain the excess, but still where answers count items", () => {
    const twice = rules(
      "三、依申请公开 2014年我局受理政府信息公开申请8件，其中2件申请各涉及两项内容，分别作出答复，故同意公开5件，部分公开3件，不予公开2件。",
    );
    expect(Object.values(twice)).not.toContain("N2");
    const items = rules(
      "三、依申请公开 2014年我局受理政府信息公开申请6件，对申请人提出的9项诉求逐项答复：同意公开5项，部分公开3项，不予公开1项。",
    );
    // Answers counted in items (项, 条) are no answers to applications: the warning stays.
    expect(items["outcome.granted.total"]).toBe("N2");
    const pieces = rules(
      "三、依申请公开 2014年我局受理政府信息公开申请2件，共涉及政府信息5条，其中同意公开4条，不予公开1条。",
    );
    expect(pieces["outcome.granted.total"]).toBe("N2");
    // One application answered twice does not explain three answers more.
    const more = rules(
      "三、依申请公开 2014年我局受理政府信息公开申请8件，其中1件申请涉及两项内容，分别作出答复，故同意公开6件，部分公开3件，不予公开2件。",
    );
    expect(more["outcome.granted.total"]).toBe("N2");
  });
});

describe("readNarrativeCounts: a township's or a small unit's plainest words", () => {
  it("reads 今年依申请公开的,一件也没有 as none", () => {
    expect(read(["二、依申请公开。本年度依申请公开的，一件也没有。"], 2011)["apps.new.total"]).toBe(0);
  });

  it("reads 提出申请N件 / 提出书面申请N件 under the applications' heading", () => {
    expect(read(["三、依申请公开 全年村民分2批共提出申请4件，均为当面申请。"], 2011)["apps.new.total"]).toBe(4);
    expect(read(["三、依申请公开：本年度居民提出书面申请2件。"], 2011)["apps.new.total"]).toBe(2);
  });

  it("reads the one application 已当即提供 as granted", () => {
    const got = read(["三、依申请公开：本年度家长提出书面申请1件，要求公开收费明细，我校已及时提供。"], 2015);
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.denied.total": 0 });
  });

  it("reads items led by what was asked for in a few words (其中:病历资料2件,…同意公开;费用清单1件,…不予公开)", () => {
    const got = read([
      "三、依申请公开 本年度受理申请共4件。其中：检验报告3件，已提供复印件，同意公开；他人病历1件，因涉及隐私，不予公开。",
    ]);
    expect(got).toMatchObject({ "outcome.granted.total": 3, "outcome.denied.total": 1, "outcome.partial.total": 0 });
  });

  it("reads 两件均作部分公开答复 as both partly granted", () => {
    const got = read(["三、依申请公开 本年度受理了三件申请。经审查，三件均作部分公开处理。"], 2014);
    expect(got).toMatchObject({ "outcome.partial.total": 3, "outcome.granted.total": 0, "outcome.denied.total": 0 });
  });
});

describe("readNarrativeCounts: other years named together, and a correction quoting the original", () => {
  it("reads no count of 2009、2010两年 on a 2011 page", () => {
    const got = read(["三、依申请公开 2009、2010两年本局均未收到申请；2011年本局收到申请2件。"], 2011);
    expect(got["apps.new.total"]).toBe(2);
  });

  it("reads the corrected words of 原报告…“X”更正为:“Y”, not the original's", () => {
    const got = read(
      ["一、原报告第三部分“2014年我站未收到政府信息公开申请。”更正为：“2014年我站共收到政府信息公开申请2件。”"],
      2014,
    );
    expect(got["apps.new.total"]).toBe(2);
  });
});

describe("readNarrativeCounts: requests of every kind, and persons counted apart", () => {
  it("reads the applications told apart from a count of every request (其余为咨询…)", () => {
    const got = read(["三、依申请公开 全年共受理申请60件次，其中政府信息公开申请9件，其余为咨询类诉求。"], 2015);
    expect(got["apps.new.total"]).toBe(9);
  });

  it("reads no one suit where the suing persons are counted apart (1名…复议,2名…提起行政诉讼)", () => {
    const got = read(["四、复议诉讼 另有1名申请人申请行政复议，3名申请人提起行政诉讼。"], 2015);
    expect(got["litigation.total"]).not.toBe(1);
  });
});

describe("readNarrativeCounts: every application pointed elsewhere", () => {
  it("reads 均为…,已告知申请人向该局提出申请 as none of the three kinds", () => {
    const got = read(
      [
        "三、依申请公开 全年受理申请3件；均为查询不动产登记资料，经审查，该资料由登记中心掌握，已告知申请人向该中心提出。",
      ],
      2016,
    );
    expect(got).toMatchObject({ "outcome.granted.total": 0, "outcome.partial.total": 0, "outcome.denied.total": 0 });
  });
});

describe("readNarrativeCounts: the kinds excepted before the rest granted", () => {
  it("reads 除2件部分公开、1件不予公开外,其余均予以公开 as 3, 2 and 1", () => {
    const got = read(["三、依申请公开 本年度受理申请7件，除3件部分公开、1件不予公开外，其余均予以公开。"]);
    expect(got).toMatchObject({ "outcome.granted.total": 3, "outcome.partial.total": 3, "outcome.denied.total": 1 });
  });
});

describe("readNarrativeCounts: this year's count told after last year's", () => {
  it("reads 从2012年的0件增加到6件 and 由上年的3件减少至1件 as this year's applications", () => {
    const got = read(["三、依申请公开 本局受理的政府信息公开申请较以往有了变化——从2012年的2件增加到5件。"], 2013);
    expect(got["apps.new.total"]).toBe(5);
    const down = read(["三、依申请公开 本年度收到的依申请公开事项由上年的3件减少至1件。"], 2013);
    expect(down["apps.new.total"]).toBe(1);
  });
});
