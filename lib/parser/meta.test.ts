import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/test/shared-samples";
import { extractMeta } from "./meta";
import { normalizeText } from "./normalize";
import { readDocument } from "./read/read-document";

const seeds = JSON.parse(readFileSync("fixtures/seeds/expected.json", "utf8"));
const PDFS = sharedDir("samples/pdf");
const pdfs = PDFS ? JSON.parse(readFileSync(join(PDFS, "expected.json"), "utf8")) : {};

function seedLines(file: string): string[] {
  return normalizeText(readFileSync(`fixtures/seeds/${file}`, "utf8")).split("\n");
}

/** The PDF's lines as ingest sees them: the project's own reader, then normalisation. */
async function pdfLines(file: string): Promise<string[]> {
  const doc = await readDocument(new Uint8Array(readFileSync(join(PDFS!, file))), file);
  expect(doc.error).toBeUndefined();
  return normalizeText(doc.value!.text).split("\n");
}

const meta = (text: string) => extractMeta(text.split("\n"));

describe("extractMeta on the seeds", () => {
  for (const file of Object.keys(seeds).filter((k) => k.endsWith(".txt"))) {
    it(`${file}: agency, covered year, publication date`, () => {
      const lines = seedLines(file);
      const m = extractMeta(lines);
      expect(m.agencyName).toBe(seeds[file].agency);
      expect(m.year).toBe(seeds[file].year);
      expect(m.published).toBe(seeds[file].published);
      expect(lines[m.agencyLine! - 1]).toContain(m.agencyName);
    });
  }

  it("reads the narrative counts, 未收到 as 0", () => {
    expect(extractMeta(seedLines("002_1011c9d1822b474b.txt")).narrative.appsReceived?.value).toBe(51);
    expect(extractMeta(seedLines("003_516ff9c16babe9a7.txt")).narrative.appsReceived?.value).toBe(1);
    expect(extractMeta(seedLines("000_145dcace6dc924f1.txt")).narrative.appsReceived).toMatchObject({
      value: 0,
      line: 13,
    });
    expect(extractMeta(seedLines("001_2280456dce613c96.txt")).narrative.appsReceived).toBeUndefined();
  });
});

describe.skipIf(!PDFS)("extractMeta on the real PDFs in ../shared/samples/pdf", () => {
  for (const file of Object.keys(pdfs).filter((k) => k.endsWith(".pdf"))) {
    it(`${file}: agency from a title split over two lines, year`, async () => {
      const m = extractMeta(await pdfLines(file));
      expect(m.agencyName).toBe(pdfs[file].agency);
      expect(m.year).toBe(pdfs[file].year);
      expect(m.yearEvidence).toEqual({ title: m.year, period: m.year, body: m.year });
    });
  }

  it("takes a whole-agency narrative count and skips one office's subset", async () => {
    expect(extractMeta(await pdfLines("hongze-district-2023.pdf")).narrative.appsReceived?.value).toBe(21);
    expect(extractMeta(await pdfLines("huaian-city-2024.pdf")).narrative.appsReceived?.value).toBe(3119);
    expect(extractMeta(await pdfLines("hongze-district-2024.pdf")).narrative.appsReceived).toBeUndefined();
  });
});

describe("extractMeta edge cases", () => {
  it("never takes the publication year as the covered year", () => {
    const m = meta(
      "某县人民政府政府信息公开工作年度报告\n发布日期:2024年2月1日\n本报告统计期限为2023年1月1日至12月31日。",
    );
    expect(m.year).toBe(2023);
    expect(m.published).toBe("2024-02-01");
  });

  it("dates a page that names no year by its publication in January–June: the year before", () => {
    const head = "标题: 某区财政局政府信息公开工作年度报告\n发布时间: 2021-01-22 09:30\n";
    const m = meta(`${head}==== 正文 ====\n本年度,我局共受理申请4件。`);
    expect(m.year).toBe(2020);
    expect(m.yearEvidence).toEqual({ dated: 2020 });
    expect(m.published).toBe("2021-01-22");
    const url = "原文链接: https://www.example.gov.cn/zwgk/zfxxgknb/201102/t20110215_80680.htm\n";
    expect(meta(`标题: 某县国土资源局政府信息公开工作年度报告\n${url}正文 本年度受理申请2件`).year).toBe(2010);
  });

  it("assumes no year from a date later in the year, nor over a year the page states", () => {
    expect(meta("标题: 某局政府信息公开工作年度报告\n发布时间: 2014-12-25 00:00\n本年度受理申请0件").year).toBeNull();
    const stated = meta("标题: 某局2013年政府信息公开工作年度报告\n发布时间: 2014-03-28 00:00\n正文");
    expect(stated.year).toBe(2013);
    expect(stated.yearEvidence.dated).toBeUndefined();
  });

  it("reads the opening year behind a Word style block on the same line", () => {
    const word =
      "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable " +
      "{mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-para-margin:0cm; font-size:10.0pt;} ";
    const m = meta(`${word}2024年,永兴傣族乡以习近平新时代中国特色社会主义思想为指导,严格遵循《条例》。`);
    expect(m.year).toBe(2024);
    expect(m.yearEvidence).toEqual({ body: 2024 });
  });

  it("reads the opening year after a date moved to the top of a one-line page", () => {
    const m = meta("2025年1月20日 2024年,永兴傣族乡以习近平新时代中国特色社会主义思想为指导,严格遵循《条例》。");
    expect(m.yearEvidence.body).toBe(2024);
    expect(m.year).toBe(2024);
  });

  it("takes no year from chrome titles that name different years (相关链接, 上一篇 / 下一篇)", () => {
    const chrome =
      "相关链接: 某区民政局2011年政府信息公开年度报告 某区民政局2010年政府信息公开年度报告 根据《条例》,现将本局本年度" +
      "政府信息公开工作情况报告如下。";
    const m = meta(`${chrome}\n发布时间: 2013-02-20 09:00`);
    expect(m.yearEvidence.title).toBeUndefined();
    expect(m.year).toBe(2012);
    expect(m.yearEvidence).toEqual({ dated: 2012 });
    const same = meta(
      "当前位置:首页 > 年报 某区民政局2011年政府信息公开年度报告 相关链接: 某区民政局2011年政府信息公开年度报告",
    );
    expect(same.yearEvidence.title).toBe(2011);
  });

  it("reads the 统计表 header's year on a one-line page that names the table earlier, its words spread out", () => {
    const m = meta("并附相关的说明和指标统计表。 附件 指 标 名 称 单位 2014年度 历年累计 主动公开信息数 条 360 805");
    expect(m.yearEvidence).toEqual({ tableHeader: 2014 });
  });

  it("keeps disagreeing year evidence apart for R6", () => {
    const m = meta(
      "某镇2022年政府信息公开工作年度报告\n本报告所列数据的统计期限为2023年1月1日起至12月31日。\n2023年,某镇人民政府坚持…",
    );
    expect(m.yearEvidence).toEqual({ title: 2022, period: 2023, body: 2023 });
    expect(m.year).toBe(2023);
  });

  it("dates a 统计期限 crossing New Year by the year holding most of its days", () => {
    const page = (period: string) =>
      meta(`某局2013年度政府信息公开年度报告\n因报送时限要求，本报告统计期限为${period}。`);
    expect(page("2012年12月21日至2013年12月20日").year).toBe(2013);
    expect(page("2012年12月21日至2013年12月20日").yearEvidence).toEqual({ title: 2013, period: 2013 });
    expect(page("2013年1月1日至12月31日").year).toBe(2013);
    // Most of the days before New Year: the start year (and R6 names the title's disagreement).
    expect(page("2012年2月1日至2013年1月31日").yearEvidence).toMatchObject({ period: 2012 });
  });

  it("takes no year from a 统计期限 spanning several years (a retrospective before the year's figures)", () => {
    const page = (title: string, period: string) => meta(`${title}\n本报告数据统计期限：${period}。\n一、概述`);
    const decade = "十年回顾部分为2008年5月1日至2018年12月31日，年度部分为2018年1月1日至2018年12月31日";
    expect(page("某局2018年政府信息公开工作年度报告", decade).year).toBe(2018);
    expect(page("某局2018年政府信息公开工作年度报告", decade).yearEvidence).toEqual({ title: 2018 });
    expect(page("某镇2016年度政府信息公开工作年度报告", "自2012年1月1日至2016年12月31日（五年汇总）").year).toBe(2016);
  });

  it("takes the title's year over a 统计期限 copied from last year's report, only when the page's date agrees", () => {
    const page = (published: string) =>
      meta(
        `某局2023年度政府信息公开工作年度报告\n发布时间: ${published} 09:00\n` +
          "本报告所列数据统计期限自2022年1月1日至2022年12月31日。\n一、总体情况 2023年,我局…",
      );
    expect(page("2024-01-30").year).toBe(2023);
    expect(page("2024-01-30").yearEvidence).toMatchObject({ title: 2023, period: 2022 });
    // Published the year after the period: the title's year is the misprint.
    expect(page("2023-01-30").year).toBe(2022);
  });

  it("reads a year-first title whose name runs into 政府信息公开", () => {
    const m = meta("2021年度瓯海区人民政府信息公开工作年度报告\n正文");
    expect(m.agencyName).toBe("瓯海区人民政府");
    expect(m.year).toBe(2021);
  });

  it("falls back to 填报单位 and ignores a signature without a date", () => {
    const m = meta(
      "政府信息公开情况统计表\n(2012年度)\n填报单位(盖章):某市教育局\n统计指标 | 单位 | 统计数\n某市教育局",
    );
    expect(m.agencyName).toBe("某市教育局");
    expect(m.agencyLine).toBe(3);
    expect(m.year).toBe(2012);
    expect(m.published).toBeNull();
  });

  it("rejects counts of other kinds of applications", () => {
    const m = meta("2023年,我局共收到行政复议申请3件。\n全年共受理“12345”热线来电申请40件。");
    expect(m.narrative.appsReceived).toBeUndefined();
  });

  it("returns nulls, not a throw, on empty or junk input", () => {
    for (const input of [[], [""], ["|||"], ["9999年99月99日"], ["x".repeat(100_000)]]) {
      const m = extractMeta(input);
      expect(m.agencyName).toBeNull();
      expect(m.year).toBeNull();
      expect(m.published).toBeNull();
    }
  });
});

describe("extractMeta titles", () => {
  it("skips a breadcrumb and reads the title below it", () => {
    const m = meta("网站首页\n首页>政务公开>年度报告\n《某县民政局2019年政府信息公开工作年度报告》\n正文");
    expect(m.agencyName).toBe("某县民政局");
    expect(m.agencyLine).toBe(3);
    expect(m.year).toBe(2019);
  });
});

describe("extractMeta signatures", () => {
  it("finds a signature that stands before an appended 统计表", () => {
    const m = meta(
      "正文。\n桥头街道办事处\n2019年1月27日\n附件:\n政府信息公开情况统计表\n(2018年度)\n统计指标 | 单位 | 统计数\n填报日期: 2019年2月1日",
    );
    expect(m.agencyName).toBe("桥头街道办事处");
    expect(m.agencyLine).toBe(2);
    expect(m.published).toBe("2019-01-27");
    expect(m.year).toBe(2018);
  });
});

describe("extractMeta announcements", () => {
  it("reads the name from 现将…公布 and 编制… sentences, not from 我局/本机关", () => {
    expect(meta("现将某市生态环境局2023年政府信息公开工作年度报告公布如下。").agencyName).toBe("某市生态环境局");
    expect(meta("根据条例规定,编制桥头街道办事处2012年度政府信息公开工作年度报告。").agencyName).toBe("桥头街道办事处");
    expect(meta("现将本机关2023年度政府信息公开工作年度报告公布如下。").agencyName).toBeNull();
  });
});

describe("extractMeta narrative subjects", () => {
  it("takes a count whose subject is the agency itself or that says 共计", () => {
    const byName = meta("某县民政局2023年政府信息公开工作年度报告\n2023年,某县民政局受理政府信息公开申请12件。");
    expect(byName.narrative.appsReceived).toEqual({
      value: 12,
      line: 2,
      raw: "2023年,某县民政局受理政府信息公开申请12件",
    });
    expect(meta("2023年,某中心收到政府信息公开申请共计8件。").narrative.appsReceived?.value).toBe(8);
    expect(meta("2023年,区政府办代表区政府受理政府信息公开申请共17件。").narrative.appsReceived).toBeUndefined();
    expect(
      meta("某县民政局2023年政府信息公开工作年度报告\n2023年,县档案馆受理政府信息公开申请12件。").narrative
        .appsReceived,
    ).toBeUndefined();
  });
});

describe("extractMeta narrative counts of another time, kind or body", () => {
  const apps = (body: string) =>
    meta(`某县水务局2016年政府信息公开工作年度报告\n${body}`).narrative.appsReceived?.value ?? null;

  it("reads no 0 from 未收到 a review's 申请, a channel, a part of the year or another year", () => {
    expect(apps("2016年我局共受理政府信息公开申请9件。全年未收到因政府信息公开申请提起的行政复议。")).toBe(9);
    expect(apps("我局2016年度未收到申请行政复议、提起行政诉讼。本年我局受理政府信息公开申请4件。")).toBe(4);
    expect(apps("全年我局受理政府信息公开申请6件(2015年未收到申请)。")).toBe(6);
    expect(apps("全年共受理政府信息公开申请3件,其中网上申请3件,未收到信函、传真申请。")).toBe(3);
    expect(apps("按季度统计,第一季度受理申请2件,第四季度未收到申请。")).toBeNull();
    expect(apps("本年度我局未收到政府信息公开申请。")).toBe(0);
    // 未收到 a review of an application, or applications of one kind: not none at all.
    expect(apps("2016年共收到政府信息公开申请12件。今年未收到依申请公开方面的行政复议、行政诉讼。")).toBe(12);
    expect(apps("2016年共收到政府信息公开申请12件。本局未收到政府信息公开申请引起的行政复议。")).toBe(12);
    expect(apps("2016年共收到政府信息公开申请12件。本年度未收到需要征求第三方意见的申请。")).toBe(12);
    expect(apps("2016年共收到政府信息公开申请12件。全年未收到社会公益组织提出的政府信息公开申请。")).toBe(12);
    expect(apps("本年度未收到公民、法人或其他组织提出的政府信息公开申请。")).toBe(0);
    expect(apps("2016年共收到政府信息公开申请12件。本年度未收到不属于本机关职责的申请。")).toBe(12);
    expect(apps("2016年共收到政府信息公开申请12件。局属事业单位未收到政府信息公开申请。")).toBe(12);
    expect(apps("2016年共收到政府信息公开申请12件。各乡镇均未收到政府信息公开申请。")).toBe(12);
    expect(apps("2016年共收到政府信息公开申请12件。12月份未收到政府信息公开申请。")).toBe(12);
  });

  it("reads 未收到 as 0 after a section heading, past an earlier section's table naming last year", () => {
    const s2 = "二、主动公开政府信息情况 第二十条第(五)项 信息内容 上一年项目数量 本年增/减 行政许可 4 1 ";
    expect(apps(`${s2}三、收到和处理政府信息公开申请情况 本年度我局未收到政府信息公开申请。`)).toBe(0);
    expect(apps(`${s2}三、收到和处理政府信息公开申请情况 上年度未收到政府信息公开申请。`)).toBeNull();
  });

  it("reads no sentence from a row of the form's cells printed with 件", () => {
    expect(apps("一、本年新收政府信息公开申请数量 3件 0件 1件 0件 0件 0件 4件")).toBeNull();
    expect(apps("一、本年新收政府信息公开申请数量3件0件1件0件0件0件4件")).toBeNull();
    expect(apps("数据看板 本年新收政府信息公开申请 0 件 办结 0 件 行政复议 0 件")).toBeNull();
  });

  it("skips a count of another year, of years 分别, or one the page does not count for the year", () => {
    expect(apps("2015年我局受理政府信息公开申请10件,2016年我局共受理政府信息公开申请7件。")).toBe(7);
    expect(apps("2015年、2016年我局分别受理政府信息公开申请5件、2件。")).toBeNull();
    expect(apps("2013年至2016年,我局共受理政府信息公开申请20件。")).toBeNull();
    expect(apps("2017年1月至报告发布前,我局又收到申请2件,不计入本年度。")).toBeNull();
    expect(
      apps("全年收到群众查询本人缴费记录的申请8件,不纳入政府信息公开申请统计。本年度未收到政府信息公开申请。"),
    ).toBe(0);
  });

  it("takes the disclosure part of every request, and no territory's count on a department's page", () => {
    expect(apps("全年共受理申请40件次,其中政府信息公开申请6件,其余为咨询。")).toBe(6);
    expect(apps("2016年全县共受理政府信息公开申请140件。2016年我局共受理政府信息公开申请5件。")).toBe(5);
    // On the county government's own page the county's count is its own.
    const county = meta("某县人民政府2016年政府信息公开工作年度报告\n2016年全县共受理政府信息公开申请140件。");
    expect(county.narrative.appsReceived?.value).toBe(140);
  });
});

describe("extractMeta title shapes", () => {
  const cases: [string, string, number][] = [
    ["某局政府信息公开工作年度报告(2023年度)", "某局", 2023],
    ["某县人民政府关于2022年度政府信息公开工作的年度报告", "某县人民政府", 2022],
    ["2021年某市人民政府政府信息公开工作年度报告", "某市人民政府", 2021],
    ["某市人民政府2020年政务公开工作年度报告", "某市人民政府", 2020],
    // Official names with a bracketed part (26 units of the division list)
    ["(工业园区)城南街道2023年政府信息公开工作年度报告", "(工业园区)城南街道", 2023],
    ["中国(上海)自由贸易试验区管理委员会2022年度政府信息公开工作年度报告", "中国(上海)自由贸易试验区管理委员会", 2022],
  ];
  for (const [title, name, year] of cases) {
    it(title, () => {
      const m = meta(`${title}\n正文`);
      expect([m.agencyName, m.year]).toEqual([name, year]);
    });
  }
});

describe("extractMeta bracketed names", () => {
  it("takes a bracketed part of a name but not a stamp note or a bracketed number", () => {
    expect(meta("科技城(东渚街道)\n2023年政府信息公开工作年度报告\n正文").agencyName).toBe("科技城(东渚街道)");
    expect(meta("某局(盖章)\n2023年政府信息公开工作年度报告\n正文").agencyName).not.toBe("某局(盖章)");
    expect(meta("某局(2)\n2023年政府信息公开工作年度报告\n正文").agencyName).not.toBe("某局(2)");
  });
});

describe("extractMeta body year", () => {
  it("does not take 'YYYY年以来' as the covered year", () => {
    expect(meta("2022年以来,我局持续推进政务公开。\n2023年,我局坚持…").yearEvidence.body).toBe(2023);
  });
});

describe("a title behind a field label", () => {
  it("reads the agency from a web archive's '标题: X局2022年…报告' line", () => {
    const got = meta("标题: 福清市江阴镇人民政府2024年政府信息公开工作年度报告\n发布时间: 2025-01-21 16:02\n正文");
    expect(got.agencyName).toBe("福清市江阴镇人民政府");
    expect(got.year).toBe(2024);
  });
});
