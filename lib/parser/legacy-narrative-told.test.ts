/**
 * Legacy (2008–2018) figures told in sentences by small agencies: answers told by what was given (只提供了…).
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { normalizeText } from "./normalize";

const read = (lines: string[], year = 2014) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(lines.join("\n")).split("\n"), () => false, true, year).map((f) => [
      f.key,
      f.value,
    ]),
  );

describe("readNarrativeCounts: items answered by what was given", () => {
  it("reads '只提供了…' / '仅向申请人提供…' as a partial answer, '提供了…复印件' as granted", () => {
    const text =
      "三、依申请公开情况 本年度我站受理申请2件：1件要求查阅站内收费标准，我站提供了收费文件复印件；" +
      "1件要求了解某农户补贴核定情况，因涉及他人个人信息，只提供了补贴标准和公示名单。";
    expect(read([text])).toMatchObject({
      "apps.new.total": 2,
      "outcome.granted.total": 1,
      "outcome.partial.total": 1,
      "outcome.denied.total": 0,
    });
    const three =
      "二、依申请公开 2015年共收到申请3件。第一件申请公开村道建设资金，已提供；第二件申请公开征地补偿台账，" +
      "因涉及个人财产信息，仅向申请人提供了补偿标准；第三件申请公开会议纪要，我办提供了纪要复印件。";
    expect(read([three], 2015)).toMatchObject({ "outcome.granted.total": 2, "outcome.partial.total": 1 });
  });

  it("does not read '不仅提供了…' or '只提供查询途径' as a partial answer", () => {
    const notOnly =
      "三、依申请公开情况 本年度受理申请2件：1件申请公开学校收费项目，我校不仅提供了收费文件，还作了解释；" +
      "1件申请公开招生计划，已提供。";
    expect(read([notOnly])).toMatchObject({ "outcome.granted.total": 2, "outcome.partial.total": 0 });
    const way =
      "三、依申请公开情况 本年度受理申请2件：1件申请公开历年预算，已提供；1件申请公开某企业年检材料，" +
      "只提供了查询途径。";
    expect(read([way])["outcome.partial.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: the one review's end after a date", () => {
  it("reads '截至12月31日尚未审结' as the one review pending (a date is no count)", () => {
    const text = "五、复议诉讼 申请人不服我所答复，向区财政局申请行政复议1件，截至12月31日尚未审结。";
    expect(read([text])).toMatchObject({ "review.total": 1, "review.pending": 1 });
    const upheld = "四、复议情况 被申请行政复议1件，3月8日复议机关维持了我局的答复。";
    expect(read([upheld])).toMatchObject({ "review.total": 1, "review.upheld": 1 });
    // Two reviews and one end without its count: none read.
    const two = "四、复议情况 被申请行政复议2件，截至2014年12月31日尚未审结。";
    expect(read([two])["review.pending"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a page printed in two columns (pdftotext -layout)", () => {
  const page = [
    "                     某县档案馆2013年政府信息公开工作年度报告",
    "    根据《政府信息公开条例》规定，现将本馆        三、依申请公开情况",
    "2013年政府信息公开工作情况报告如下。            全年共受理政府信息公开申请4件，",
    "    一、概述                                    其中当面申请3件，信函申请1件。经审核，",
    "    本馆由办公室负责信息公开日常工作，全年      同意公开3件，不予公开1件（涉及个人隐私）。",
    "召开专题会议3次，培训人员12人次。               四、行政复议和行政诉讼情况",
    "    二、主动公开情况                            全年未发生因政府信息公开申请引起的行",
    "    全年主动公开信息96条，其中馆藏目录          政复议和行政诉讼。",
    "41条，接待查档群众1,250人次，出具档案          五、存在问题",
    "证明材料310份。                                 档案数字化进度需加快。",
  ];

  it("reads each column's sentences in order (the left column's, then the right's)", () => {
    expect(read(page, 2013)).toMatchObject({
      "apps.new.total": 4,
      "outcome.granted.total": 3,
      "outcome.denied.total": 1,
      "review.total": 0,
      "litigation.total": 0,
    });
  });

  it("leaves a page with a few gapped table rows as it is", () => {
    const rows = [
      "三、依申请公开情况 全年共受理政府信息公开申请5件，均已答复。",
      "项目            本年",
      "当面申请        3件",
      "网上申请        2件",
      "同意公开        5件",
    ];
    expect(read(rows)).toMatchObject({ "apps.new.total": 5 });
  });
});

describe("readNarrativeCounts: answers said only as kinds, where the count is certain", () => {
  it("reads 对上述申请…全部提供了所需信息 after a sentence telling the same applications by subject", () => {
    const text =
      "三、依申请公开 全年受理群众申请7件；申请内容涉及拆迁安置4件、低保评定2件、道路规划1件。" +
      "对上述申请，我办均在规定期限内答复，全部提供了申请人所需信息。";
    expect(read([text])).toMatchObject({ "apps.new.total": 7, "outcome.granted.total": 7, "outcome.denied.total": 0 });
    // Parts that do not add up to the count are another story: nothing read from 上述.
    const other = text.replace("道路规划1件", "道路规划3件");
    expect(read([other])["outcome.granted.total"]).toBeUndefined();
  });

  it("reads the one application 已予公开, and 均…答复并提供资料 as every one granted", () => {
    const one = "二、依申请公开 全年收到申请1件，系村民询问防汛转移路线，已予公开，并当场作了讲解。";
    expect(read([one])).toMatchObject({ "apps.new.total": 1, "outcome.granted.total": 1, "outcome.denied.total": 0 });
    const all = "三、依申请公开 今年收到群众申请共4件，均在三日内予以答复并提供了相关资料。";
    expect(read([all])).toMatchObject({ "apps.new.total": 4, "outcome.granted.total": 4, "outcome.partial.total": 0 });
  });

  it("reads items after '今年受理的N件中' and after the count's colon (申请5件:其中4件…均同意公开;1件…)", () => {
    const within =
      "三、依申请公开 2014年我乡受理申请5件。今年受理的5件中，4件属于本乡公开范围，已向申请人提供了所需信息；" +
      "1件申请的是县林业局的采伐审批材料，已告知申请人向县林业局申请。";
    expect(read([within])).toMatchObject({ "outcome.granted.total": 4, "outcome.partial.total": 0 });
    const colon =
      "三、依申请公开 大队共接到申请六件：其中五件为当事人申请公开事故认定书，大队均同意公开；一件为律师申请公开" +
      "案卷材料，大队对其中的认定书予以提供，对涉及证人信息的部分不予提供。";
    expect(read([colon])).toMatchObject({
      "apps.new.total": 6,
      "outcome.granted.total": 5,
      "outcome.partial.total": 1,
    });
    // 均 of the part led by 其中 is not of them all.
    const part = "三、依申请公开 共接到申请三件：其中两件经审查均同意公开；一件作部分公开处理。";
    expect(read([part])["outcome.granted.total"]).not.toBe(3);
  });

  it("reads a total right after the applications' heading, this year's only", () => {
    expect(read(["二、依申请公开受理情况 2014年共计4件，分别是：…。"])["apps.new.total"]).toBe(4);
    expect(read(["二、申请办理情况 全年合计2件，均已办结。"])["apps.new.total"]).toBe(2);
    expect(read(["二、依申请公开受理情况 2013年共计4件。"])["apps.new.total"]).toBeUndefined();
    expect(read(["二、主动公开情况 全年共计40件。"])["apps.new.total"]).toBeUndefined();
  });

  it("reads the lone refusal told with a law's article (第八条 is no count)", () => {
    const text =
      "三、依申请公开 全年收到申请三件，均已办结，其中同意公开两件；另一件申请人要求提供他人的房产登记资料，" +
      "依照《不动产登记暂行条例》第二十八条的规定不予公开。";
    expect(read([text])).toMatchObject({ "outcome.granted.total": 2, "outcome.denied.total": 1 });
  });
});

describe("readNarrativeCounts: review ends naming the body, answers counted in 起", () => {
  it("reads '维持分局答复一件,责令分局重新答复一件' (the body named between the end and its count)", () => {
    const text =
      "五、复议诉讼 因政府信息公开被申请行政复议三件，其中复议机关维持大队答复两件，责令大队重新作出答复一件。";
    expect(read([text])).toMatchObject({ "review.total": 3, "review.upheld": 2, "review.corrected": 1 });
    const decision = "五、复议诉讼 被申请行政复议2件，其中维持县局的决定1件，撤销1件。";
    expect(read([decision])).toMatchObject({ "review.upheld": 1, "review.corrected": 1 });
  });

  it("reads '对其中2起予以公开;1起…经研究作部分公开' whatever reader took the first sentence", () => {
    const text =
      "三、依申请公开 站里全年收到申请4起，均为养殖户提出。对其中3起予以公开；1起所申请的检测报告涉及" +
      "另一家企业的技术信息，经研究后作部分公开。";
    expect(read([text])).toMatchObject({ "outcome.granted.total": 3, "outcome.partial.total": 1 });
    // The parts must add up to the count: 2 + 1 of 4 reads no partial.
    const short = "三、依申请公开 共收到申请4件。对其中2件予以公开；1件经研究作部分公开处理。";
    expect(read([short])["outcome.partial.total"]).toBeUndefined();
  });
});

describe("readNarrativeCounts: a page's footer and running header inside a sentence", () => {
  it("reads the sentence across '— 3 —' and the repeated title line", () => {
    const lines = [
      "三、依申请公开情况",
      "2015年，本中心共受理政府信息公开申请",
      "— 3 —",
      "某县不动产登记中心2015年政府信息公开工作年度报告",
      "6件，已全部答复：同意公开4件，同意部分公开1件，不予公开1",
      "件。",
    ];
    expect(read(lines, 2015)).toMatchObject({
      "apps.new.total": 6,
      "outcome.granted.total": 4,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
    });
    const paged = ["三、依申请公开情况", "全年共受理申请", "第2页 共5页", "3件，均已同意公开。"];
    expect(read(paged, 2015)).toMatchObject({ "apps.new.total": 3, "outcome.granted.total": 3 });
  });
});

describe("readNarrativeCounts: a strip of figures with the change on last year", () => {
  it("reads 'label N件(↑d)' items split by bars, the change left out", () => {
    const strip =
      "【全年数据】 主动公开 120条（↑12）｜收到政府信息公开申请 4件（↓2）｜同意公开 2件（—）｜部分公开 1件（↑1）｜" +
      "不予公开 1件（↓1）｜行政复议 0件（—）｜行政诉讼 1件（↑1）｜接待咨询 2,300人次（↑410）";
    expect(read([strip], 2015)).toMatchObject({
      "apps.new.total": 4,
      "outcome.granted.total": 2,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
      "review.total": 0,
      "litigation.total": 1,
    });
  });
});

describe("readNarrativeCounts: the source of answers told item by item", () => {
  it("quotes each answer kind's own items, not the last item told", () => {
    const text =
      "三、依申请公开情况 本年度我所共收到申请3件。针对这3件申请,处理情况如下:有1件申请查阅林木采伐许可公示," +
      "我所同意公开并提供了复印件;有1件涉及他人承包合同,我所对涉及个人信息的部分作了处理后予以部分公开;" +
      "有1件所要的是县林业局的文件,不属于我所掌握的信息,已告知申请人向该局申请。";
    const lines = normalizeText(text).split("\n");
    const got = new Map(readNarrativeCounts(lines, () => false, true, 2013).map((f) => [f.key, f]));
    expect(got.get("outcome.granted.total")?.value).toBe(1);
    expect(got.get("outcome.granted.total")?.source.raw).toContain("同意公开并提供了复印件");
    expect(got.get("outcome.partial.total")?.source.raw).toContain("予以部分公开");
    expect(got.get("outcome.partial.total")?.source.raw).not.toContain("县林业局");
    expect(got.get("outcome.denied.total")?.value).toBe(0);
  });
});

describe("readNarrativeCounts: applications counted with a kind of query", () => {
  it("reads the applications apart from '申请和政策咨询N件次' (其中属于政府信息公开申请的N件)", () => {
    expect(
      read([
        "三、依申请公开情况 全年窗口登记信息公开申请和业务咨询21件次，经核实，其中属于政府信息公开申请的5件，其余为业务咨询。",
      ]),
    ).toMatchObject({ "apps.new.total": 5 });
    expect(
      read(
        ["二、依申请公开 本年度共接收政府信息公开申请与法律咨询9件，其中申请2件，其余7件为法律咨询，已当场解答。"],
        2012,
      ),
    ).toMatchObject({ "apps.new.total": 2 });
  });
});
