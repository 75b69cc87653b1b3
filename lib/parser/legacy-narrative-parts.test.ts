/**
 * Legacy (2008–2018) answers told in parts the reader must add up (a group's answer said of all of it in brackets,
 * 受理的N件均已公开, 其余N件…受理,均予公开; a grant told again with 又), and sentences led by what is no answer of the
 * year's (a numbered sub-heading glued before another year or the area; 主动公开方面's documents).
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (text: string, year = 2014) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, year).map((f) => [f.key, f.value]),
  );

describe("readNarrativeCounts: answers told in parts", () => {
  it("adds a group whose one answer is said of all of it, in brackets after its count", () => {
    const got = read(
      "三、依申请公开情况 本年度本所共收到政府信息公开申请9件，其中来信申请6件（予以公开5件、不予公开1件），来访申请3件" +
        "（均予以公开）。",
      2012,
    );
    expect(got).toMatchObject({ "apps.new.total": 9, "outcome.granted.total": 8, "outcome.denied.total": 1 });
  });

  it("adds groups told by month with 受理的N件均已公开, N件中… and 其余N件…受理,均予公开", () => {
    const got = read(
      "二、依申请公开情况 2015年中心共受理政府信息公开申请8件：3月受理的2件均已公开；8月受理的4件中2件部分公开、2件不予" +
        "公开；其余2件于12月受理，均予公开。",
      2015,
    );
    expect(got).toMatchObject({
      "apps.new.total": 8,
      "outcome.granted.total": 4,
      "outcome.partial.total": 2,
      "outcome.denied.total": 2,
    });
  });

  it("adds a grant told again (又同意公开N件) to the first, where they fit the applications", () => {
    const got = read(
      "三、依申请公开 2016年我院受理政府信息公开申请7件。同意公开3件；此外，申请人补充材料后我院又同意公开1件；部分公开" +
        "3件。",
      2016,
    );
    expect(got).toMatchObject({ "outcome.granted.total": 4, "outcome.partial.total": 3 });
    const over = read("三、依申请公开 2016年我院受理申请4件。同意公开3件；后又同意公开2件；部分公开1件。", 2016);
    expect(over["outcome.granted.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: sentences led by what is not the year's answers", () => {
  it("reads a sentence after a glued sub-heading as led by its year or area", () => {
    const last = read(
      "三、依申请公开办理情况(一)申请受理情况2015年我站受理申请6件，同意公开4件，不予公开2件；2016年我站未收到政府信息" +
        "公开申请。",
      2016,
    );
    expect(last["apps.new.total"]).toBe(0);
    expect(last["outcome.granted.total"]).toBeUndefined();
    const area = read(
      "三、依申请公开办理情况(一)受理数量2013年全县共受理政府信息公开申请88件，同意公开70件，不予公开18件。2013年我局共" +
        "受理政府信息公开申请5件，其中同意公开4件，不予公开1件。",
      2013,
    );
    expect(area).toMatchObject({ "apps.new.total": 5, "outcome.granted.total": 4, "outcome.denied.total": 1 });
  });

  it("reads no answer from 主动公开方面's documents, and 依申请公开方面,本年度无申请 as none", () => {
    const got = read(
      "三、依申请公开情况 2011年，主动公开方面，全文公开文件46件，部分公开3件，不予公开2件。依申请公开方面，本年度无申请。",
      2011,
    );
    expect(got["apps.new.total"]).toBe(0);
    expect(got["outcome.partial.total"]).toBeUndefined();
    expect(got["outcome.denied.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a sum told after its parts, an item partly given, a cause cut by the line", () => {
  it("reads 全年合计N件 in the sentence after the parts' counts as the year's applications", () => {
    const got = read(
      "三、依申请公开情况 撤并前，原两所分别收到申请1件、2件；合并后新所收到申请4件。全年合计7件，其中同意公开5件，" +
        "不予公开2件。",
      2017,
    );
    expect(got).toMatchObject({ "apps.new.total": 7, "outcome.granted.total": 5, "outcome.denied.total": 2 });
  });

  it("reads an item refused for privacy and given only in part as partly granted", () => {
    const got = read(
      "三、依申请公开情况 本年度村委会受理村民信息公开申请2件：1件申请查阅土地补偿款发放明细，已提供复印件；1件申请了解" +
        "某户危房改造补助审核情况，因涉及该户家庭收入等个人隐私，仅提供了补助公示名单。",
      2015,
    );
    expect(got).toMatchObject({ "outcome.granted.total": 1, "outcome.partial.total": 1 });
  });

  it("reads no none of applications from 未发生因…申请提起的行 (a case, cut at the line's end)", () => {
    const got = read(
      "五、复议诉讼 2013年未发生因政府信息公开申请提起的行\n三、依申请公开 2013年共收到申请2件，均予以公开。",
      2013,
    );
    expect(got["apps.new.total"]).toBe(2);
  });
});

describe("readNarrativeCounts: applications counted in a small agency's words", () => {
  it("reads 收到群众书面申请N件 and 收到依照《条例》提出的申请N件", () => {
    expect(read("三、依申请公开情况 本年度收到村民书面申请3件，均已按时答复。", 2013)["apps.new.total"]).toBe(3);
    expect(
      read("三、依申请公开 2016年，馆里收到依照《条例》规定提出的申请4件，其中当面3件、网上1件。", 2016),
    ).toMatchObject({
      "apps.new.total": 4,
    });
    expect(read("三、依申请公开情况 本年度受理当面申请3件，网上申请2件。", 2013)["apps.new.total"]).not.toBe(3);
  });

  it("reads the count after a heading naming the applications (…申请受理情况 2012年共计4件)", () => {
    const got = read(
      "三、信息公开申请办理情况 2012年共计4件，分别是：查询水价调整听证材料；查询管网图纸；查询收费文件；查询水质报告。" +
        "上述申请中3件予以公开。",
      2012,
    );
    expect(got).toMatchObject({ "apps.new.total": 4, "outcome.granted.total": 3 });
  });

  it("reads a small table's first row printed into the sentence (项目 件数 收到申请 8)", () => {
    const got = read(
      "三、依申请公开情况 全年情况如下表：项目 件数 受理申请 5 网上申请 3 当面申请 2 经审查，均予以公开。",
      2011,
    );
    expect(got["apps.new.total"]).toBe(5);
  });

  it("keeps the count across a clause splitting it by subject, for 对上述申请…全部提供", () => {
    const got = read(
      "三、依申请公开情况 2014年，站里共受理信息公开申请六件；内容涉及水费四件、管网二件。对上述申请，均在十个工作日内答复，" +
        "全部提供了申请人所需信息。",
      2014,
    );
    expect(got).toMatchObject({ "apps.new.total": 6, "outcome.granted.total": 6, "outcome.denied.total": 0 });
  });
});

describe("readNarrativeCounts: a quiet year's and a one-answer year's words", () => {
  it("reads 依申请公开工作量为零 as no application", () => {
    expect(read("三、依申请公开情况 2015年本站依申请公开工作量为零，复议、诉讼亦为零。", 2015)["apps.new.total"]).toBe(
      0,
    );
    expect(read("三、依申请公开情况 2015年本站依申请公开工作量为3件。", 2015)["apps.new.total"]).not.toBe(0);
  });

  it("reads 收到…申请公开X的申请共N件,均…予以答复并提供资料 as all granted", () => {
    const got = read(
      "三、依申请公开情况 今年收到居民申请公开社区养老服务补贴名单的申请共2件，均于三日内予以答复并提供资料。",
      2016,
    );
    expect(got).toMatchObject({ "apps.new.total": 2, "outcome.granted.total": 2, "outcome.denied.total": 0 });
  });

  it("reads the one application's 已予公开 as granted", () => {
    const got = read("三、依申请公开 全年收到申请1件，系附近居民询问排涝预案，已予公开。", 2012);
    expect(got).toMatchObject({ "apps.new.total": 1, "outcome.granted.total": 1 });
  });
});

describe("readNarrativeCounts: years listed before 分别, a none of one word, who applied before the review items", () => {
  it("reads the report year's count from three years listed before 分别", () => {
    const got = read(
      "三、依申请公开情况 站里成立以来，申请数量逐年增加：2015年、2016年、2017年分别受理申请1件、3件和5件。",
      2017,
    );
    expect(got["apps.new.total"]).toBe(5);
    expect(
      read("三、依申请公开情况 2015年、2016年、2017年分别受理申请1件、3件。", 2017)["apps.new.total"],
    ).toBeUndefined();
  });

  it("reads 未发生一起 under a heading of reviews and suits as none of either", () => {
    const got = read("四、行政复议和行政诉讼情况 未发生一起。", 2012);
    expect(got).toMatchObject({ "review.total": 0, "litigation.total": 0 });
  });

  it("reads the review items after a clause of who applied (均由…提出,其中1件…维持,1件尚在审理中)", () => {
    const got = read(
      "五、复议诉讼情况 2015年，因政府信息公开申请行政复议2件，均由同一征迁户提出，其中1件复议机关已维持我办答复，1件尚在审理中。",
      2015,
    );
    expect(got).toMatchObject({ "review.total": 2, "review.upheld": 1, "review.pending": 1 });
  });

  it("reads no group from a carried-over count said all granted beside the year's own answers", () => {
    const got = read(
      "三、依申请公开情况 2016年，办结2015年结转申请2件，均同意公开。2016年共受理政府信息公开申请9件，其中同意公开6件，" +
        "同意部分公开2件，不予公开1件。",
      2016,
    );
    expect(got).toMatchObject({
      "apps.new.total": 9,
      "outcome.granted.total": 6,
      "outcome.partial.total": 2,
      "outcome.denied.total": 1,
    });
  });
});

describe("readNarrativeCounts: complaints of two kinds, the 《条例》 item of a partial answer", () => {
  it("adds 申诉 and 举报 counted apart where the sentence ties them to disclosure after the counts", () => {
    const got = read(
      "三、依申请公开情况 本年度受理申请3件。全年接到行政申诉1件、群众举报3件，都涉及政府信息公开。",
      2014,
    );
    expect(got["legacy.complaints"]).toBe(4);
  });

  it("reads 部分属于不予公开范围、其余予以提供的N件 as partial, not granted", () => {
    const got = read(
      "三、依申请公开情况 2011年共受理申请9件，其中：属于已主动公开范围的3件；部分属于不予公开范围、其余予以提供的2件；" +
        "不属于本机关公开职责范围的4件。",
      2011,
    );
    expect(got["outcome.partial.total"]).toBe(2);
    expect(got["outcome.granted.total"]).not.toBe(5);
  });
});

describe("readNarrativeCounts: one answer kind counted in parts", () => {
  it("adds a kind told by form, by channel or by reason, in clauses after a comma or a semicolon", () => {
    expect(
      read(
        "二、依申请公开情况 全年受理申请11件，通过邮寄方式同意公开4件，通过现场调阅方式同意公开3件，不予公开4件。",
        2013,
      ),
    ).toMatchObject({ "outcome.granted.total": 7, "outcome.denied.total": 4 });
    expect(
      read(
        "（二）工作成效 2016年收到政府信息公开申请10件。来信申请中同意公开2件；来访申请中同意公开5件；同意部分公开1件；不予公开2件。",
        2016,
      ),
    ).toMatchObject({ "outcome.granted.total": 7, "outcome.partial.total": 1 });
    expect(
      read(
        "3.依申请公开办理 本年共受理申请8件。同意公开3件；由于涉及个人隐私同意部分公开2件；由于含有第三方商业信息同意部分公开" +
          "1件；属于内部事务信息不予公开1件；属于过程性信息不予公开1件。",
        2011,
      ),
    ).toMatchObject({ "outcome.granted.total": 3, "outcome.partial.total": 3, "outcome.denied.total": 2 });
  });

  it("takes the year's whole after its parts (上半年…下半年…全年共…; 对其中…的申请…;全部申请的办理结果为…)", () => {
    expect(
      read(
        "二、依申请公开情况 受理申请9件，一季度同意公开1件，四季度同意公开2件，全年共同意公开6件、不予公开3件。",
        2015,
      ),
    ).toMatchObject({ "outcome.granted.total": 6, "outcome.denied.total": 3 });
    expect(
      read(
        "二、依申请公开情况 2010年共受理申请12件。对其中涉及房屋征收的申请，同意公开4件；全部申请的办理结果为：同意公开7件，" +
          "同意部分公开2件，不予公开3件。",
        2010,
      ),
    ).toMatchObject({ "outcome.granted.total": 7, "outcome.partial.total": 2 });
  });

  it("quotes the whole's clause, or the parts' run, as the figure's source", () => {
    const got = (text: string) =>
      readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, 2012).find(
        (f) => f.key === "outcome.granted.total",
      );
    const whole = got(
      "二、依申请公开情况 共受理申请6件。上半年同意公开1件，下半年同意公开2件，全年共同意公开3件、不予公开3件。",
    );
    expect(whole?.value).toBe(3);
    expect(whole?.source.raw).toContain("全年共同意公开3件");
    const parts = got("二、依申请公开情况 共受理申请6件。来电申请中同意公开2件；来信申请中同意公开3件；不予公开1件。");
    expect(parts?.value).toBe(5);
    expect(parts?.source.raw).toContain("来信申请中同意公开3件");
  });

  it("keeps the first count where the later one is its part (其中) or another year's", () => {
    expect(
      read("二、依申请公开情况 受理申请5件，同意公开4件，其中以电子邮件形式同意公开1件，不予公开1件。", 2014),
    ).toMatchObject({ "outcome.granted.total": 4 });
    expect(
      read("二、依申请公开情况 2014年受理申请5件，同意公开4件，不予公开1件；2013年同意公开2件，不予公开3件。", 2014),
    ).toMatchObject({ "outcome.granted.total": 4, "outcome.denied.total": 1 });
  });
});
