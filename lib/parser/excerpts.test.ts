import { describe, expect, it } from "vitest";
import { blankAllCasesRow, blankCoverLetters, blankExcerpts, blankQuotedReports } from "./excerpts";
import { parseText } from "./index";

const S3 = (n: string) =>
  "三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
  `一、本年新收政府信息公开申请数量 ${n} 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 ` +
  "三、本年度办理结果 (一)予以公开 1 0 0 0 0 0 1 (二)部分公开 0 0 0 0 0 0 0 (七)总计 1 0 0 0 0 0 1 " +
  "四、结转下年度继续办理 0 0 0 0 0 0 0 ";

describe("blankExcerpts: another page's report printed by the site's 相关阅读 widget", () => {
  it("blanks the widget holding a table, keeping the page's length and lines", () => {
    const page = `正文\n延伸阅读:某镇2023年政府信息公开工作年度报告(节选) ${S3("6 0 0 0 0 0 6")}查看全文>>\n本局报告`;
    const out = blankExcerpts(page);
    expect(out.length).toBe(page.length);
    expect(out.split("\n").length).toBe(3);
    expect(out).not.toContain("本年新收");
    expect(out).toContain("本局报告");
  });

  it("blanks the widget under its other headings and end links", () => {
    const table = S3("6 0 0 0 0 0 6");
    for (const [head, end] of [
      ["【相关阅读】某镇2023年政府信息公开工作年度报告(节选)", "阅读全文"],
      ["相关新闻:某镇2023年政府信息公开工作年度报告(节选)", "详细>>"],
      ["相关阅读 某镇2023年政府信息公开工作年度报告 节选:", "阅读原文"],
      ["猜你喜欢:某镇2023年政府信息公开工作年度报告(摘要)", "更多>>"],
    ]) {
      const out = blankExcerpts(`正文\n${head} ${table}${end}\n本局报告`);
      expect(out, head).not.toContain("本年新收");
      expect(out, head).toContain("本局报告");
    }
  });

  it("blanks a widget telling another agency's counts in sentences", () => {
    const page = "推荐阅读:某乡2012年报告(摘要):2012年共受理政府信息公开申请8件,同意公开6件。阅读全文>> 本局报告";
    expect(blankExcerpts(page)).not.toContain("8件");
  });

  it("leaves a widget of links (no table words) and one with no end link as printed", () => {
    const links = "相关阅读:某局2022年政府信息公开工作年度报告 某局2021年政府信息公开工作年度报告 阅读全文>>";
    expect(blankExcerpts(links)).toBe(links);
    const open = `相关阅读:某镇报告 ${S3("6 0 0 0 0 0 6")}`;
    expect(blankExcerpts(open)).toBe(open);
  });

  it("keeps the page's own report after a widget of titles and before a 阅读全文>> at its foot", () => {
    const page = [
      "标题: 某局2023年政府信息公开工作年度报告",
      "相关阅读:某局2022年政府信息公开工作年度报告 某局政府信息公开指南 某局2023年政府信息公开工作年度报告 " +
        `根据《条例》编制本报告。一、总体情况 略。二、主动公开政府信息情况 略。${S3("2 1 0 0 0 0 3")}` +
        "四、政府信息公开行政复议、行政诉讼情况 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 五、存在的主要问题及改进情况 无。 阅读全文>>",
    ].join("\n");
    expect(blankExcerpts(page)).toBe(page);
    expect(parseText(page).value!.values["apps.new.total"]).toBe(3);
  });

  it("keeps the page whole where (节选) marks a quoted law, not another report", () => {
    const page =
      "标题: 某局2020年度政府信息公开工作年度报告\n相关阅读:某局政府信息公开指南 根据《政府信息公开条例》(节选)编制。" +
      `${S3("2 1 0 0 0 0 3")}阅读全文>>`;
    expect(blankExcerpts(page)).toBe(page);
  });

  it("keeps a span that holds the page's own title, even after a (节选) mark", () => {
    const page =
      "标题: 某局2023年政府信息公开工作年度报告\n相关阅读:某局2022年报告(节选) 某局2023年政府信息公开工作年度报告 " +
      `${S3("2 1 0 0 0 0 3")}阅读全文>>`;
    expect(blankExcerpts(page)).toBe(page);
  });

  it("reads the page's own §三, not the excerpt's printed before it", () => {
    const page = [
      "标题: 某局2023年政府信息公开工作年度报告",
      `相关阅读:某街道2023年政府信息公开工作年度报告(节选) ${S3("4 0 0 0 0 0 4")}` +
        "四、政府信息公开行政复议、行政诉讼情况 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0 阅读全文>>",
      `某局2023年政府信息公开工作年度报告 一、总体情况 略。二、主动公开政府信息情况 略。${S3("2 1 0 0 0 0 3")}` +
        "四、政府信息公开行政复议、行政诉讼情况 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 五、存在的主要问题及改进情况 无。",
    ].join("\n");
    const r = parseText(page).value!;
    expect([r.values["apps.new.total"], r.values["review.total"]]).toEqual([3, 0]);
    expect(r.text).toContain("某街道");
  });
});

describe("blankQuotedReports: another agency's report attached in part", () => {
  it("keeps the page's own 统计表 attached under its short name (管委会 for 管理委员会)", () => {
    const table = "指标名称 计量单位 2016年度 受理政府信息公开申请总数 件 3 行政复议数 件 0";
    const own = `金井湾片区管理委员会2016年报告 正文。附:金井湾片区管委会2016年度政府信息公开情况统计表 ${table}`;
    expect(blankQuotedReports(own, "平潭综合实验区金井湾片区管理委员会")).toBe(own);
  });

  it("compares the names without the page's own places, in their full or short forms (福清市 / 福清)", () => {
    const own = `正文 附件:福清市交通运输局2023年度政府信息公开工作年度报告(节选) ${S3("9 0 0 0 0 0 9")}`;
    expect(blankQuotedReports(own, "福清交通运输局")).toBe(own);
    const county = `正文 附件:莆田市城厢区民政局2023年度政府信息公开工作年度报告(节选) ${S3("9 0 0 0 0 0 9")}`;
    expect(blankQuotedReports(county, "城厢区民政局")).toBe(county);
    const other = `正文 附件:福清市教育局2023年度政府信息公开工作年度报告(节选) ${S3("9 0 0 0 0 0 9")}`;
    expect(blankQuotedReports(other, "福清交通运输局")).not.toContain("本年新收");
  });

  const quote = `附件2:某区水利局2023年度政府信息公开工作年度报告(摘要) ${S3("9 0 0 0 0 0 9")}`;
  it("blanks the quote up to the page's own agency's name, or to the end", () => {
    const page = `某区交通局2023年报告 三、依申请公开 本年度收到申请2件。${quote}`;
    expect(blankQuotedReports(page, "某区交通局")).not.toContain("本年新收");
    const before = `${quote}某区交通局2023年度政府信息公开工作年度报告 正文`;
    const out = blankQuotedReports(before, "某区交通局");
    expect(out).not.toContain("本年新收");
    expect(out).toContain("某区交通局2023年度政府信息公开工作年度报告 正文");
  });

  it("blanks another agency's 统计表 attached by its title, and leaves the page's own", () => {
    const table = "指标名称 计量单位 2014年度 受理政府信息公开申请总数 件 9 行政复议数 件 1";
    const other = `某镇2014年报告 全年收到申请2件。附件2:某县林业局2014年政府信息公开情况统计表 ${table}`;
    expect(blankQuotedReports(other, "某镇")).not.toContain("申请总数");
    const own = `某镇2014年报告 附件:某镇2014年度政府信息公开情况统计表 ${table}`;
    expect(blankQuotedReports(own, "某镇")).toBe(own);
  });

  it("leaves the page's own report attached, and a quote where the page's agency is not known", () => {
    const own = `附件:某区水利局2023年度政府信息公开工作年度报告(摘要) ${S3("9 0 0 0 0 0 9")}`;
    expect(blankQuotedReports(own, "某区水利局")).toBe(own);
    expect(blankQuotedReports(quote, null)).toBe(quote);
  });
});

describe("blankQuotedReports: widgets naming another report, and tables of an earlier year", () => {
  const legacyTable = (n: number) =>
    `指标名称 单位 2012年度 历年累计 受理政府信息公开申请总数 条 ${n} ${n + 3} 对申请的答复总数 条 ${n} ${n + 3} ` +
    `其中:1.同意公开答复数 条 ${n} ${n} 行政复议数 件 1 2 行政诉讼数 件 1 2`;

  it("blanks another agency's table under 上一篇 up to 下一篇, and one with no end link to the page's end", () => {
    const body = "某县水务局2012年报告 三、依申请公开 全年受理申请4件,均同意公开。五、存在问题 无。";
    const prev = `${body} 上一篇:某县林业局2012年政府信息公开工作年度报告 ${legacyTable(9)} 下一篇:某县工作总结`;
    const out = blankQuotedReports(prev, "某县水务局", 2012);
    expect(out).not.toContain("申请总数");
    expect(out).toContain("下一篇:某县工作总结");
    for (const head of ["【相关阅读】", "相关文章:", "相关链接:", "猜你喜欢 "]) {
      const page = `${body} ${head}某县林业局2012年政府信息公开工作年度报告 ${legacyTable(9)}`;
      expect(blankQuotedReports(page, "某县水务局", 2012), head).not.toContain("申请总数");
    }
  });

  it("leaves a links list, the page's own report after a widget, and a widget naming the page's own report", () => {
    const links = "上一篇:某县林业局2012年政府信息公开工作年度报告 下一篇:某县林业局2013年政府信息公开工作年度报告";
    expect(blankQuotedReports(links, "某县水务局", 2012)).toBe(links);
    const top = `相关阅读:某县林业局2012年政府信息公开工作年度报告 某县水务局2012年报告 一、概述 略。${legacyTable(4)}`;
    expect(blankQuotedReports(top, "某县水务局", 2012)).toBe(top);
    const own = `正文 相关阅读:某县水务局2012年政府信息公开工作年度报告 ${legacyTable(4)}`;
    expect(blankQuotedReports(own, "某县水务局", 2012)).toBe(own);
  });

  it("blanks the agency's own earlier year's tables, appended or quoted in the text, up to the next section", () => {
    const prose = "三、收到和处理政府信息公开申请情况 本年度共收到申请5件,予以公开3件。";
    const appended = `${prose} 六、其他 无。 附件:某局2020年度收到和处理政府信息公开申请情况 ${S3("9 0 0 0 0 0 9")}`;
    expect(blankQuotedReports(appended, "某局", 2021)).not.toContain("本年新收");
    const inline = `${prose} 与上年对比如下:2020年度政府信息公开情况统计表 ${legacyTable(7)} 五、存在的主要问题 无。`;
    const out = blankQuotedReports(inline, "某局", 2021);
    expect(out).not.toContain("申请总数");
    expect(out).toContain("五、存在的主要问题 无。");
    expect(out).toContain(prose);
  });

  it("reads the year's prose, not last year's table, on a 2021 page with no table of its own", () => {
    const page = [
      "标题: 某局2021年政府信息公开工作年度报告",
      "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。一、总体情况 略。二、主动公开政府信息情况 略。",
      "三、收到和处理政府信息公开申请情况 2021年共新收政府信息公开申请2件,上年结转0件,其中予以公开2件,共办结2件。",
      "四、政府信息公开行政复议、行政诉讼情况 2021年未发生行政复议、行政诉讼。五、存在的主要问题及改进情况 略。",
      `附:2020年度政府信息公开情况统计表(对比) ${legacyTable(8)}`,
    ].join("\n");
    const r = parseText(page).value!;
    expect(r.family).toBe("2021");
    expect([r.values["apps.new.total"], r.values["outcome.total.total"]]).toEqual([2, 2]);
  });

  it("blanks the form's tables under a caption naming an earlier year after 统计表 (…统计表(2020年度))", () => {
    const heads = "二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、行政复议、行政诉讼情况 ";
    const s2 = "第二十条第(一)项 信息内容 本年制发件数 规章 0 ";
    const page = `正文 ${heads}数据加载中 某局政府信息公开统计表(2020年度) ${s2}${S3("4 0 0 0 0 0 4")}五、存在问题 略。`;
    const out = blankQuotedReports(page, "某局", 2021);
    expect(out).not.toContain("本年新收");
    expect(out).toContain("五、存在问题 略。");
    const own = `正文 ${heads}某局政府信息公开统计表(2021年度) ${s2}${S3("4 0 0 0 0 0 4")}五、存在问题 略。`;
    expect(blankQuotedReports(own, "某局", 2021)).toBe(own);
  });

  it("keeps a table titled with the report's year, and one titled with both years", () => {
    const own = `正文。附表:2021年度政府信息公开情况统计表 ${legacyTable(3)}`;
    expect(blankQuotedReports(own, "某局", 2021)).toBe(own);
    const both = `正文。附表:2021年、2020年度政府信息公开情况统计表 ${legacyTable(3)}`;
    expect(blankQuotedReports(both, "某局", 2021)).toBe(both);
  });
});

describe("blankQuotedReports: the report's own section headed with last year's year", () => {
  it("keeps §三 whose heading still names last year (三、2020年度收到和处理…)", () => {
    const page = `正文 三、2020年度收到和处理政府信息公开申请情况 ${S3("3 0 0 0 0 0 3").replace(/^三、\S+ /, "")}`;
    expect(blankQuotedReports(page, "某局", 2021)).toBe(page);
  });
});

describe("blankQuotedReports: last year's §三 after the page's own, or a lone table under a stale title", () => {
  const prose = "三、收到和处理政府信息公开申请情况 本年度共收到申请5件,予以公开3件。五、存在的主要问题 无。";
  it("blanks a second §三 with an earlier year or last year's words before it", () => {
    for (const cue of ["附:上一年度(2020年)情况", "去年同期数据如下:", "【往年数据】20年度"]) {
      const page = `${prose} ${cue} ${S3("9 0 0 0 0 0 9")}`;
      expect(blankQuotedReports(page, "某局", 2021), cue).not.toContain("本年新收");
    }
    const again = `${prose} 2021年度 ${S3("9 0 0 0 0 0 9")}`;
    expect(blankQuotedReports(again, "某局", 2021)).toBe(again);
  });

  it("keeps a legacy page's only 统计表 whose attachment title still names last year", () => {
    const table = "指标名称 计量单位 2015年度 受理政府信息公开申请总数 件 3 行政复议数 件 0";
    const page = `某局2016年报告 三、依申请公开 详见附表。附件:某局2015年度政府信息公开情况统计表 ${table}`;
    expect(blankQuotedReports(page, "某局", 2016)).toBe(page);
  });
});

describe("blankQuotedReports: a table introduced or footnoted as another year's, area's or period's", () => {
  const own = "三、收到和处理政府信息公开申请情况 ";
  const s4 = "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 ";
  const s4cells = "0 1 0 0 1 0 0 0 0 0 0 0 0 0 0 ";
  const table = S3("5 0 0 0 0 0 5").replace(/^三、\S+ /, "");
  const end = "五、存在的主要问题及改进情况 略。";

  it("blanks a §三 table after another year's, area's or period's lead-in, keeping the page's own §四", () => {
    for (const lead of [
      "本单位今年没有收到申请。2020年度的情况如下:",
      "今年无此类申请(上一年同期:",
      "全市汇总数据如下:",
      "下表为市各单位合计:",
      "本年未收到。第三季度数据如下:",
      "2020年7-9月情况:",
    ]) {
      const page = `正文 ${own}${lead}${table}${s4}${s4cells}${end}`;
      const out = blankQuotedReports(page, "某市教育局", null, 2021);
      expect(out, lead).not.toContain("本年新收");
      expect(out, lead).toContain(s4cells);
      expect(out.length).toBe(page.length);
    }
  });

  it("blanks a §四 table and a 统计表 after such a lead-in, up to the report's next part", () => {
    const review = `正文 ${s4.slice(0, 20)} 本年度未发生此类案件。去年的情况:${s4.slice(20)}${s4cells}${end}`;
    const out = blankQuotedReports(review, "某市教育局", null, 2021);
    expect(out).not.toContain("结果维持");
    expect(out).toContain(end);
    const legacy =
      "正文 六、统计表 本年度无数据,全县合计如下:指 标 名 称 单位 数量 受理政府信息公开申请总数 件 12 " +
      "其中:1.同意公开答复数 件 8 五、行政复议数 件 1 七、存在的问题 人员不足。";
    const blanked = blankQuotedReports(legacy, "某县林业局", null, 2013);
    expect(blanked).not.toContain("申请总数");
    expect(blanked).not.toContain("行政复议数");
    expect(blanked).toContain("七、存在的问题 人员不足。");
  });

  it("blanks a table footnoted as an earlier year's, up to the note", () => {
    for (const note of ["(注:以上为2020年数据)", "(注:本表系上年度统计数据,供参考)"]) {
      const page = `正文 ${own}本年度未收到申请。${table}${note} ${s4}${s4cells}${end}`;
      const out = blankQuotedReports(page, "某市教育局", null, 2021);
      expect(out, note).not.toContain("本年新收");
      expect(out, note).toContain(s4cells);
    }
    const ownNote = `正文 ${own}${table}(注:上表为2021年度数据) ${s4}${s4cells}${end}`;
    expect(blankQuotedReports(ownNote, "某市教育局", null, 2021)).toBe(ownNote);
  });

  it("keeps the page's own table after a comparison, its own year or term, or its own area's words", () => {
    for (const lead of [
      "比上年增加2件,具体如下:",
      "2021年度情况如下:",
      "本年度与去年同期情况如下:",
      "1-12月情况如下:",
      "详见下表:",
    ]) {
      const page = `正文 ${own}${lead}${table}${s4}${s4cells}${end}`;
      expect(blankQuotedReports(page, "某市教育局", null, 2021), lead).toBe(page);
    }
    const area = `正文 ${own}全县汇总情况如下:${table}${s4}${s4cells}${end}`;
    expect(blankQuotedReports(area, "某县人民政府", null, 2021)).toBe(area);
  });
});

describe("blankCoverLetters: a letter sending the report on, quoting the area's totals", () => {
  const report = "某县林业局2018年度政府信息公开工作年度报告 一、概述 略。三、依申请公开 本年受理申请4件,同意公开3件。";

  it("blanks the letter from its title to the attachment line, keeping the report", () => {
    const letter =
      "关于呈报2018年度政府信息公开工作年度报告的函\n县政府办公室:\n现将我局年度报告呈报你办。据统计,全县共受理申请" +
      "87件,同意公开51件。\n附件:某县林业局2018年度政府信息公开工作年度报告\n";
    const out = blankCoverLetters(`${letter}${report}`);
    expect(out.length).toBe(letter.length + report.length);
    expect(out).not.toContain("87件");
    expect(out).toContain("附件:某县林业局");
    expect(out).toContain(report);
  });

  it("blanks a letter printed as a sentence up to the one sending the report on", () => {
    const page = `正文 三、依申请公开 关于上报2018年度信息公开年度报告的函:全县受理申请87件。现将本局报告报送如下。${report}`;
    const out = blankCoverLetters(page);
    expect(out).not.toContain("87件");
    expect(out).toContain(report);
  });

  it("keeps the page's title line, a letter with no end close by, and the notices a report cites", () => {
    const titled = `标题: 关于报送2018年度政府信息公开工作年度报告的函\n${report}`;
    expect(blankCoverLetters(titled)).toBe(titled);
    const open = `关于报送2018年度政府信息公开工作年度报告的函 全县受理申请87件。${report}`;
    expect(blankCoverLetters(open)).toBe(open);
    const cited = `按照《关于做好2018年政府信息公开工作年度报告编制工作的通知》要求,现将报告报送如下。${report}`;
    expect(blankCoverLetters(cited)).toBe(cited);
  });
});

describe("blankAllCasesRow: §四 printing every case, then a 其中 row of those about disclosure", () => {
  const head =
    "四、政府信息公开行政复议、行政诉讼情况 类别 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 " +
    "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 ";
  const sub = "0 1 0 0 1 0 0 1 0 1 0 0 0 0 0 五、存在的主要问题 略。";

  it("keeps the 其中 row's cells only", () => {
    for (const [all, label] of [
      ["本局受理的全部案件 2 3 0 1 6 1 0 1 2 4 0 0 0 1 1 ", "其中:涉及政府信息公开的 "],
      ["全部复议诉讼案件 4 1 1 0 6 0 2 0 1 3 1 0 0 0 1 ", "其中因政府信息公开申请引起的案件 "],
    ]) {
      const page = `正文 ${head}${all}${label}${sub}`;
      const out = blankAllCasesRow(page);
      expect(out.length).toBe(page.length);
      expect(out).not.toContain(all.trim());
      expect(out).toContain(`${head.trim()} `);
      expect(out).toContain(sub);
    }
  });

  it("is read by the §四 reader: the 其中 row, and an info finding saying the all-cases row was not read", () => {
    const rows: [string, string, number[], number[]][] = [
      [
        "本中心全部案件",
        "其中:因政府信息公开引起的案件",
        [3, 1, 0, 2, 6, 1, 0, 1, 2, 4, 0, 0, 0, 1, 1],
        [1, 0, 0, 0, 1],
      ],
      ["本局受理的全部案件", "其中:涉及政府信息公开的", [2, 3, 0, 1, 6, 1, 0, 1, 2, 4, 0, 0, 0, 1, 1], [0, 1, 0, 0, 1]],
      [
        "全部复议诉讼案件",
        "其中因政府信息公开申请引起的案件",
        [4, 1, 1, 0, 6, 0, 2, 0, 1, 3, 1, 0, 0, 0, 1],
        [2, 0, 0, 0, 2],
      ],
    ];
    for (const [all, label, cells, review] of rows) {
      const own = [...review, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0];
      const page =
        `某区人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况 略。${S3("1 0 0 0 0 0 1")}` +
        `${head}${all} ${cells.join(" ")} ${label} ${own.join(" ")} 五、存在的主要问题 略。`;
      const r = parseText(page).value!;
      const keys = ["upheld", "corrected", "other", "pending", "total"].map((f) => `review.${f}`);
      expect(
        keys.map((k) => r.values[k]),
        all,
      ).toEqual(review);
      expect(r.values["litigation_direct.total"]).toBe(1);
      const note = r.findings.find((f) => f.severity === "info" && f.message.includes("其中 row is read"));
      expect(note?.message).toContain(all);
      expect(note?.keys).toContain("review.total");
    }
  });

  it("leaves a plain §四, and one whose 其中 is a sentence after the cells or names no disclosure", () => {
    const plain = `正文 ${head}0 1 0 0 1 0 0 1 0 1 0 0 0 0 0 其中涉及政府信息公开的复议1件。五、存在的主要问题 略。`;
    expect(blankAllCasesRow(plain)).toBe(plain);
    const other = `正文 ${head}全部案件 2 3 0 1 6 1 0 1 2 4 0 0 0 1 1 其中:征收补偿类 ${sub}`;
    expect(blankAllCasesRow(other)).toBe(other);
  });
});
