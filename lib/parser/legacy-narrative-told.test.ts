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
