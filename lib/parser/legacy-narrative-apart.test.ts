/**
 * Legacy (2008–2018) sentences telling a figure apart from its count: each application named by what it asked for
 * before its count (申请公开…的1件,不予公开), items listed 一件是…,一件是… before 均…同意公开, the one review's
 * end told by the reviewing body after who applied (复议机关维持…后; 复议机关经审理,…属程序违法,责令…改进), and a
 * zone's figures quoted from a circular (据…通报,全区…) before the agency's own count.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (text: string, year = 2014) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(text).split("\n"), () => false, true, year).map((f) => [f.key, f.value]),
  );

describe("readNarrativeCounts: figures told apart from their count", () => {
  it("counts each application named by what it asked for, its count after 的", () => {
    const got = read(
      "三、依申请公开情况 今年我站共收到申请4件,均按期答复。其中:要求公开2015年度船舶检验收费明细的2件,同意公开;" +
        "申请公开某渔船事故调查报告的1件,因涉及正在进行的调查,不予公开;申请获取港区规划图纸的1件,对已定稿部分" +
        "予以提供,属于部分公开。",
      2016,
    );
    expect(got).toMatchObject({
      "apps.new.total": 4,
      "outcome.granted.total": 2,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
  });

  it("leaves the answers blank where one item named so tells no answer", () => {
    const got = read(
      "三、依申请公开情况 2012年,我所受理申请2件。申请公开辖区低保名单的1件,予以公开;申请公开某案卷宗的1件,已转有关部门。",
      2012,
    );
    expect(got["apps.new.total"]).toBe(2);
    expect(got["outcome.granted.total"]).toBeUndefined();
  });

  it("reads 均…答复,同意公开,向申请人提供了… after items listed 一件是…", () => {
    const got = read(
      "三、依申请公开情况 全年受理群众申请三件,一件是申请公开村道硬化资金去向,一件是申请公开危房改造名单," +
        "一件是申请公开征地补偿标准,我办均在规定期限内作出答复,同意公开,向申请人提供了所需资料。",
      2010,
    );
    expect(got).toMatchObject({ "apps.new.total": 3, "outcome.granted.total": 3, "outcome.denied.total": 0 });
  });

  it("reads the one review's end told by the reviewing body before the suit", () => {
    const got = read(
      "五、复议诉讼情况 2016年,因政府信息公开引发行政复议1件、行政诉讼1件,系同一申请人不服我局答复,先向区管委会" +
        "申请行政复议,复议机关维持我局答复后,申请人向法院起诉,法院判决撤销我局答复。",
      2016,
    );
    expect(got).toMatchObject({ "review.total": 1, "review.upheld": 1, "litigation.total": 1 });
    expect(got["review.corrected"]).toBeUndefined();
  });

  it("reads the one review's end told two sentences after its count", () => {
    const got = read(
      "四、复议诉讼情况 全年因政府信息公开申请被提起行政复议1件。申请人认为我中心逾期答复,向县政府申请复议。" +
        "复议机关经审查,认定我中心答复逾期属程序违法,责令我中心整改。",
      2011,
    );
    expect(got).toMatchObject({ "review.total": 1, "review.corrected": 1 });
    // A count between the review and the body's words: another matter, no end read.
    const other = read(
      "四、复议诉讼情况 全年因政府信息公开申请被提起行政复议1件。另有群众来访咨询12人次。复议机关维持了答复。",
      2011,
    );
    expect(other["review.upheld"]).toBeUndefined();
  });

  it("reads 我镇均…予以公开 in the sentence after the count as every one granted", () => {
    const got = read(
      "三、依申请公开情况 本年度,我局受理群众申请公开政府信息三件,均为来信申请,要求公开本辖区公路养护计划。" +
        "本局均在法定期限内予以公开,并寄送了答复书。",
      2013,
    );
    expect(got).toMatchObject({ "apps.new.total": 3, "outcome.granted.total": 3, "outcome.denied.total": 0 });
  });

  it("reads the year's applications counted at the head of a clause, the noun its subject", () => {
    expect(
      read("三、依申请公开 2010年,4件政府信息公开申请均由个体工商户提出,内容为摊位租金标准。", 2010),
    ).toMatchObject({
      "apps.new.total": 4,
    });
    expect(read("三、依申请公开 2件政府信息公开申请在2016年由我中心受理,申请人均为企业。", 2016)).toMatchObject({
      "apps.new.total": 2,
    });
    // Another year's, before the report's own count: not the report's.
    const other = read(
      "三、依申请公开 2件政府信息公开申请在2015年由我中心受理,已于当年办结。2016年,我中心受理政府信息公开申请3件。",
      2016,
    );
    expect(other["apps.new.total"]).toBe(3);
  });

  it("takes the agency's own count over the zone's quoted from a circular", () => {
    const got = read(
      "一、概述 根据县政府办公室统计,2014年全县各部门共受理政府信息公开申请96件。二、依申请公开情况 2014年,我镇" +
        "共受理政府信息公开申请2件,均予以公开。",
    );
    expect(got).toMatchObject({ "apps.new.total": 2, "outcome.granted.total": 2 });
  });
});
