/**
 * The parser end to end on the real inputs: the five seeds (fixtures/seeds/expected.json) and the three
 * PDFs in ../shared/samples/pdf (its expected.json; skipped where ../shared is absent), plus texts that are
 * not reports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateKeys } from "@/lib/template-table";
import { sharedDir } from "@/test/shared-samples";
import { parseDocument, parseText, PARSER_VERSION } from "./index";

const ROOT = join(__dirname, "../..");
const seeds = JSON.parse(readFileSync(join(ROOT, "fixtures/seeds/expected.json"), "utf8")) as Record<
  string,
  SeedExpectation
>;
const PDFS = sharedDir("samples/pdf");
const pdfs: Record<string, PdfExpectation> = PDFS ? JSON.parse(readFileSync(join(PDFS, "expected.json"), "utf8")) : {};

interface SeedExpectation {
  agency: string;
  agency_kind: string;
  year: number;
  format: "2021" | "2019" | "legacy";
  published: string | null;
  region: string[];
  nonzero: Record<string, number>;
}

interface PdfExpectation {
  agency: string;
  year: number;
  format: string;
  values: Record<string, number>;
}

const COLS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];
/** Keys the template prints no row for but the spec defines (group sums, litigation totals). */
const DERIVED = [
  ...["outcome.denied", "outcome.unable", "outcome.rejected", "outcome.other"].flatMap((g) =>
    COLS.map((c) => `${g}.${c}`),
  ),
  ...["upheld", "corrected", "other", "pending", "total"].map((f) => `litigation.${f}`),
];

describe("seeds", () => {
  const names = Object.keys(seeds).filter((k) => !k.startsWith("_"));

  it.each(names)("%s", (name) => {
    const want = seeds[name];
    const got = parseText(readFileSync(join(ROOT, "fixtures/seeds", name), "utf8"), { fileName: name });
    expect(got.error).toBeUndefined();
    const r = got.value!;
    expect(r.family).toBe(want.format);
    expect(r.year).toBe(want.year);
    expect(r.published).toBe(want.published);
    expect(r.agency.name).toBe(want.agency);
    expect(r.agency.kind).toBe(want.agency_kind);
    expect(r.region?.path).toEqual(want.region);
    for (const [key, value] of Object.entries(want.nonzero)) expect(r.values[key], key).toBe(value);
    if (want.format === "legacy") return;
    for (const key of [...templateKeys(want.format), ...DERIVED]) {
      expect(r.values[key], key).toBe(want.nonzero[key] ?? 0);
    }
    for (const key of Object.keys(r.values)) expect(r.sources[key], key).toBeDefined();
  });
});

describe.skipIf(!PDFS)("real PDFs", () => {
  it.each(Object.keys(pdfs).filter((k) => !k.startsWith("_")))("%s", async (name) => {
    const want = pdfs[name];
    const got = await parseDocument(new Uint8Array(readFileSync(join(PDFS!, name))), name);
    expect(got.error).toBeUndefined();
    const r = got.value!;
    expect(r.family).toBe(want.format);
    expect(r.year).toBe(want.year);
    expect(r.agency.name).toBe(want.agency);
    for (const [key, value] of Object.entries(want.values)) expect(r.values[key], key).toBe(value);
    // Every §三/§四 cell of the template was read (the 2023/2024 洪泽 tables print (六) as one row).
    const missing = templateKeys("2021").filter((k) => !(k in r.values) && !k.startsWith("outcome.other."));
    expect(missing).toEqual([]);
  });
});

describe("findings", () => {
  it("keeps a wrong printed 总计 and lets the validator report it (a written report, fixtures/findings)", () => {
    const text = readFileSync(join(ROOT, "fixtures/findings/wrong-review-totals-2023.txt"), "utf8");
    const r = parseText(text).value!;
    expect([r.values["review.upheld"], r.values["review.corrected"], r.values["review.total"]]).toEqual([10, 1, 0]);
    const r4 = r.findings.filter((f) => f.rule === "R4").map((f) => [f.keys[0], f.expected, f.actual]);
    expect(r4).toEqual([
      ["review.total", 11, 0],
      ["litigation_after_review.total", 5, 0],
    ]);
  });

  it.skipIf(!PDFS)("keeps a wrong printed 总计 and lets the validator report it (洪泽区 2023 表四)", async () => {
    const name = "hongze-district-2023.pdf";
    const got = await parseDocument(new Uint8Array(readFileSync(join(PDFS!, name))), name);
    const r = got.value!;
    expect([r.values["review.upheld"], r.values["review.corrected"], r.values["review.total"]]).toEqual([10, 1, 0]);
    const r4 = r.findings.filter((f) => f.rule === "R4").map((f) => f.expected);
    expect(r4).toEqual(expect.arrayContaining([11, 5]));
  });

  it("reports a table row it cannot read instead of guessing", () => {
    const text = readFileSync(join(ROOT, "fixtures/seeds/002_1011c9d1822b474b.txt"), "utf8").replace(
      "| 16 | 9 | 0 | 0 | 0 | 0 | 25 |",
      "| 16 | 9 |",
    );
    const r = parseText(text).value!;
    expect(r.values["outcome.partial.total"]).toBeUndefined();
    expect(r.blanks).toContain("outcome.partial.total");
    expect(r.findings.some((f) => f.rule === "P1" && f.keys.includes("outcome.partial.total"))).toBe(true);
  });
});

describe("not a report", () => {
  it.each([
    ["empty", ""],
    ["prose", "今天天气很好。\n我们去公园散步。"],
    ["numbers without a table", "1 2 3 4 5 6 7\n8 9 10"],
  ])("%s gives the error value", (_name, text) => {
    const got = parseText(text);
    expect(got.value).toBeNull();
    expect(got.error).toBe("Not an annual report: no 政府信息公开 statistical table found");
  });

  it("reads a text file through parseDocument", async () => {
    const bytes = new TextEncoder().encode(readFileSync(join(ROOT, "fixtures/seeds/002_1011c9d1822b474b.txt"), "utf8"));
    const got = await parseDocument(bytes, "report.txt");
    expect(got.value?.values["apps.new.total"]).toBe(51);
  });

  it("has a version", () => {
    expect(PARSER_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("very long texts", () => {
  it("reads the first 2,000,000 characters and says so in a finding", () => {
    const seed = readFileSync(join(ROOT, "fixtures/seeds/002_1011c9d1822b474b.txt"), "utf8");
    const long = `${seed}\n${"附录。".repeat(700_000)}`;
    const got = parseText(long);
    expect(got.value?.values["apps.new.total"]).toBe(51);
    const p0 = got.value!.findings.find((f) => f.rule === "P0");
    expect(p0).toMatchObject({ severity: "warning", actual: long.length });
    expect(parseText(seed).value!.findings.some((f) => f.rule === "P0")).toBe(false);
  });
});

describe("a 2021 report whose §三 and §四 tables are images", () => {
  const page = (s3: string, s4: string) =>
    "平潭综合实验区海洋与渔业局2022年政府信息公开工作年度报告\n一、总体情况 2022年，我局依申请公开工作规范。" +
    "全年共新收政府信息公开申请9件，其中予以公开5件，部分公开2件，不予公开1件。" +
    "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。 二、主动公开政府信息情况 第二十条第（一）项 信息内容 " +
    "本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 1 0 6 " +
    `三、收到和处理政府信息公开申请情况 ${s3} 四、政府信息公开行政复议、行政诉讼情况 ${s4} ` +
    "五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。";

  it("reads the counts its sentences state, each named by a finding", () => {
    const got = parseText(page("（详见附图）", "（详见附图）")).value!;
    expect(got.family).toBe("2021");
    const want = { "apps.new.total": 9, "outcome.granted.total": 5, "outcome.partial.total": 2, "review.total": 0 };
    for (const [key, value] of Object.entries(want)) {
      expect(got.values[key], key).toBe(value);
      expect(
        got.findings.some((f) => f.rule === "P4" && f.keys.includes(key)),
        key,
      ).toBe(true);
    }
  });

  const withoutSummary = (text: string) => text.replace("全年未发生因政府信息公开引起的行政复议、行政诉讼案件。", "");

  it("sets the §四 cells a stated total settles to 0, named by a finding, and no others", () => {
    const s4 = "本年度发生政府信息公开行政复议1件，复议机关维持原答复；未发生行政诉讼。";
    const got = parseText(withoutSummary(page("（详见附图）", s4))).value!;
    expect(got.values["review.total"]).toBe(1);
    expect(got.values["review.upheld"]).toBe(1);
    const zeros = ["review.corrected", "review.other", "review.pending", "litigation_direct.total"];
    for (const key of [...zeros, "litigation_after_review.total", "litigation_after_review.upheld"]) {
      expect(got.values[key], key).toBe(0);
      expect(got.findings.some((f) => f.rule === "P4" && f.keys.includes(key))).toBe(true);
    }
    // Two suits, group unsaid: neither group is settled.
    const two = parseText(withoutSummary(page("（详见附图）", "本年度未发生行政复议；发生行政诉讼2件。"))).value!;
    expect(two.values["litigation_direct.total"]).toBeUndefined();
    expect(two.values["review.upheld"]).toBe(0);
  });

  it("keeps a printed table's figures and takes no sentence's for a section that prints them", () => {
    const s4 = `行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 0 0 0 1 1 ${"0 ".repeat(10)}`;
    const got = parseText(page("（详见附图）", s4)).value!;
    expect(got.values["review.pending"]).toBe(1);
    expect(got.values["review.total"]).toBe(1);
    expect(got.values["apps.new.total"]).toBe(9);
  });
});

describe("a legacy table whose cells are parted by &nbsp; left in the text", () => {
  it("reads the cells as if parted by spaces", () => {
    const cells = (label: string, a: number, b: number) => `${label}&nbsp;条&nbsp;${a}&nbsp;&nbsp;${b}`;
    const page = [
      "标题: 某局2015年度政府信息公开工作年度报告",
      "某局2015年度政府信息公开工作年度报告 一、概述 略。",
      "附表&nbsp;指标名称&nbsp;单位&nbsp;2015年&nbsp;历年累计 " +
        [
          cells("主动公开文件数", 40, 120),
          cells("受理政府信息公开申请总数", 3, 9),
          cells("对申请的答复总数", 3, 9),
          `其中:1.${cells("同意公开答复数", 2, 7)}`,
          `2.${cells("同意部分公开答复数", 0, 1)}`,
          `3.${cells("不予公开答复数", 1, 1)}`,
          cells("行政复议数", 0, 0),
          cells("行政诉讼数", 0, 0),
        ].join(" "),
    ].join("\n");
    const report = parseText(page).value!;
    expect(report.family).toBe("legacy");
    expect([report.values["apps.new.total"], report.values["outcome.partial.total"]]).toEqual([3, 0]);
    expect(report.values["outcome.denied.total"]).toBe(1);
  });
});

describe("§三 read in part from an image's alt text: the core figures the sentences state", () => {
  const page = (alt: string) =>
    [
      "标题: 平潭综合实验区某局2022年度政府信息公开工作年度报告",
      "发布时间: 2023-01-20 10:00",
      "==================== 正文 ====================",
      "平潭综合实验区某局2022年度政府信息公开工作年度报告 一、总体情况 2022年,我局全年收到政府信息公开申请9件,均已按期答复。" +
        " 二、主动公开政府信息情况 [图片:主动公开政府信息情况表] 三、收到和处理政府信息公开申请情况 " +
        `[图片:${alt}] 四、政府信息公开行政复议、行政诉讼情况 [图片:行政复议、行政诉讼情况表] ` +
        "本年度未发生因政府信息公开引起的行政复议、行政诉讼。 五、存在的主要问题及改进情况 无。",
    ].join("\n");

  it("fills the blank core figures where they agree with the row the table read", () => {
    const r = parseText(
      page(
        "2022年收到和处理申请情况。本年新收申请9件,其中自然人7件、法人2件;予以公开6件,无法提供3件;结转下年度继续办理0件",
      ),
    ).value!;
    expect(r.values["apps.new.total"]).toBe(9);
    expect(r.values["apps.new.natural_person"]).toBe(7);
    expect(r.values["outcome.granted.total"]).toBe(6);
    expect(r.findings.some((f) => f.rule === "P4" && f.keys.includes("outcome.granted.total"))).toBe(true);
  });
});

describe("§三 rows broken over lines by the crawler", () => {
  const page = (granted: string) =>
    [
      "标题: 某街道2021年政府信息公开工作年度报告",
      "某街道2021年政府信息公开工作年度报告 一、总体情况 本年度共收到政府信息公开申请4件。",
      "三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 " +
        "法律服务机构 其他 一、本年新收政府信息公开申请数量 3 1 0 0 0 0 4 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 " +
        `三、本年度办理结果 （一）予以公开 ${granted} （二）部分公开 1 0 0 0 0 0 1 （三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0`,
      "四、政府信息公开行政复议、行政诉讼情况 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    ].join("\n");

  it("reads a row whose figure the line break cut in two where the join makes the row's sum hold", () => {
    const v = parseText(page("1\n1 1 0 0 0 0 12")).value!.values;
    expect([v["outcome.granted.natural_person"], v["outcome.granted.total"]]).toEqual([11, 12]);
  });

  it("leaves a broken row that no join reads blank, and takes no figure from the row's own words", () => {
    const r = parseText(page("2\n0 0 0 0 0 0 3")).value!;
    expect(r.values["outcome.granted.total"]).toBeUndefined();
    expect(r.findings.some((f) => f.rule === "P1" && f.keys.includes("outcome.granted.total"))).toBe(true);
  });
});

describe("a page printing a second §三/§四 table outside the part read (last year's report first, a sample form)", () => {
  const s3 = (n: string) =>
    "三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
    `一、本年新收政府信息公开申请数量 ${n} 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 ` +
    "三、本年度办理结果 (一)予以公开 1 0 0 0 0 0 1 (七)总计 1 0 0 0 0 0 1 四、结转下年度继续办理 0 0 0 0 0 0 0 ";
  const s4 =
    "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 " +
    "复议后起诉 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 五、存在的主要问题及改进情况 无。";
  it("names every key read from the section whose table the page prints twice", () => {
    const page = [
      "标题: 某乡2022年政府信息公开工作年度报告",
      `某乡2021年政府信息公开工作年度报告 一、总体情况 略。${s3("5 0 0 0 0 0 5")}${s4.replace("0 0 0 0 0", "1 0 0 0 1")}`,
      `某乡2022年政府信息公开工作年度报告 一、总体情况 略。${s3("2 0 0 0 0 0 2")}${s4}`,
    ].join("\n");
    const r = parseText(page).value!;
    const named = new Set(r.findings.filter((f) => f.severity !== "info").flatMap((f) => f.keys));
    for (const k of ["apps.new.total", "outcome.granted.total", "review.total", "litigation.total"])
      expect(named.has(k), k).toBe(true);
  });

  it("names nothing for a sentence naming both suit groups, nor for a table going on under 续表", () => {
    const told =
      "被申请行政复议2件,其中复议维持1件、尚未审结1件;被提起行政诉讼3件(未经复议直接起诉2件、复议后起诉1件)。";
    const page = [
      "标题: 某乡2022年政府信息公开工作年度报告",
      `某乡2022年政府信息公开工作年度报告 一、总体情况 ${told}`,
    ];
    const r = parseText([...page, `${s3("2 0 0 0 0 0 2")}${s4}`].join("\n")).value!;
    expect(r.findings.filter((f) => f.rule === "P2" && f.severity === "warning")).toEqual([]);
    const legacy = [
      "标题: 某镇2013年政府信息公开工作年度报告",
      "某镇2013年政府信息公开工作年度报告 附表 指标名称 计量单位 2013年度 主动公开政府信息数 条 40 " +
        "受理政府信息公开申请总数 件 6 第 5 页 续表 指标名称 计量单位 2013年度 对申请的答复总数 件 6 行政复议数 件 0",
    ].join("\n");
    expect(parseText(legacy).value!.findings.some((f) => f.message.startsWith("页面印有两张统计表"))).toBe(false);
  });

  it("names nothing for the same §三/§四 printed again with the same figures, nor for a note quoting row labels", () => {
    const body = `某乡2022年政府信息公开工作年度报告 一、总体情况 略。${s3("2 0 0 0 0 0 2")}${s4}`;
    const twice = [
      "标题: 某乡2022年政府信息公开工作年度报告",
      body,
      `附件:${s3("2 0 0 0 0 0 2").replace(/ (\d)/g, "$1")}${s4}`,
    ];
    const p2 = (r: ReturnType<typeof parseText>) => r.value!.findings.filter((f) => f.message.startsWith("页面另印有"));
    expect(p2(parseText(twice.join("\n")))).toEqual([]);
    const note = "(注:表中“本年新收政府信息公开申请数量”含网上申请,“结转下年度继续办理”为跨年办理件。)";
    expect(p2(parseText([twice[0], `${body}${note}`].join("\n")))).toEqual([]);
    const other = [twice[0], body, `附件:${s3("7 0 0 0 0 0 7")}`].join("\n");
    expect(p2(parseText(other)).flatMap((f) => f.keys)).toContain("apps.new.total");
  });

  it("names nothing for the same §三 printed again glued, its numbered rows' item digits touching the cells", () => {
    const rows = [
      "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "申请人逾期未按收费通知要求缴纳费用",
      "其他",
    ];
    const other = `(六)其他处理 ${rows.map((r, i) => `${i + 1}.${r} 0 0 0 0 0 0 0`).join(" ")} (七)总计`;
    const table = s3("2 0 0 0 0 0 2").replace("(七)总计", other);
    const page = (copy: string) => [
      "标题: 某乡2022年政府信息公开工作年度报告",
      `某乡2022年政府信息公开工作年度报告 一、总体情况 略。${table}${s4}`,
      copy,
    ];
    const p2 = (r: ReturnType<typeof parseText>) => r.value!.findings.filter((f) => f.message.startsWith("页面另印有"));
    // "…0 0 0 0 0 0 0 2.申请人逾期…" glued is "…00000002.申请人逾期…": the item's 2 is left out of both copies alike.
    expect(p2(parseText(page(`附件:${table.replace(/ (\d)/g, "$1")}${s4}`).join("\n")))).toEqual([]);
    const changed = table.replace(
      "2.申请人逾期未按收费通知要求缴纳费用 0 0 0 0 0 0 0",
      "2.申请人逾期未按收费通知要求缴纳费用 1 0 0 0 0 0 1",
    );
    expect(p2(parseText(page(`附件:${changed}${s4}`).join("\n"))).flatMap((f) => f.keys)).toContain("apps.new.total");
  });

  it("names nothing for a legacy header printed again in one table (two-up, a page break) or another kind's", () => {
    const rows =
      "主动公开信息数 条 40 受理政府信息公开申请总数 件 6 对申请的答复总数 件 6 行政复议数 件 0 行政诉讼数 件 0";
    const twice = (table: string) =>
      parseText(
        `标题: 某镇2013年政府信息公开工作年度报告\n某镇2013年政府信息公开工作年度报告 附表 ${table}`,
      ).value!.findings.some((f) => f.message.startsWith("页面印有两张统计表"));
    expect(twice(`指标名称 单位 2013年度 指标名称 单位 2013年度 ${rows}`)).toBe(false);
    expect(
      twice(`指标名称 计量单位 2013年度 主动公开信息数 条 40 第1页 共2页 指标名称 计量单位 2013年度 ${rows}`),
    ).toBe(false);
    const village =
      "附表二:某村2013年村务公开情况统计表 指标名称 计量单位 年末统计 村务公开栏数 个 9 村民申请查阅村务事项总数 件 12";
    expect(twice(`指标名称 计量单位 2013年度 ${rows} ${village}`)).toBe(false);
    expect(twice(`指标名称 计量单位 2013年度 ${rows} 附表 指 标 名 称 计量单位 2013年度 ${rows}`)).toBe(false);
    const lastYear = rows.replace("申请总数 件 6", "申请总数 件 5");
    expect(twice(`指标名称 计量单位 2013年度 ${rows} 第 3 页 共 4 页 指标名称 计量单位 2013年度 ${lastYear}`)).toBe(
      true,
    );
    const other = rows.replace("申请总数 件 6", "申请总数 件 9");
    expect(twice(`指标名称 计量单位 2013年度 ${rows} 附表2:局属单位统计表 指标名称 计量单位 2013年度 ${other}`)).toBe(
      true,
    );
  });

  it("names nothing where the titles alone tell the year's table from another year's, and it was read", () => {
    const rows = (apps: number) =>
      `主动公开信息数 条 40 受理政府信息公开申请总数 件 ${apps} 对申请的答复总数 件 ${apps} 行政复议数 件 0 行政诉讼数 件 0`;
    const page = (body: string) =>
      parseText(
        `标题: 某镇2013年政府信息公开工作年度报告\n某镇2013年政府信息公开工作年度报告 三、依申请公开 见下表。${body}`,
      ).value!;
    const twice = (body: string) => page(body).findings.some((f) => f.message.startsWith("页面印有两张统计表"));
    const header = "指标名称 计量单位 统计数";
    const years = `表1 2012年度政府信息公开情况统计表 ${header} ${rows(5)} 表2 2013年度政府信息公开情况统计表 ${header} ${rows(6)}`;
    expect(twice(years)).toBe(false);
    expect(page(years).values["apps.new.total"]).toBe(6);
    const lastYear = `附表一:政府信息公开情况统计表 ${header} ${rows(6)} 附表二:上年度政府信息公开情况统计表(供对照) ${header} ${rows(5)}`;
    expect(twice(lastYear)).toBe(false);
    // Neither title names a year: which one is the year's is not told.
    expect(twice(`附表一:统计表 ${header} ${rows(6)} 附表二:统计表 ${header} ${rows(5)}`)).toBe(true);
  });

  it("reads a 2019-or-later page with an old 统计表 quoted on it on its own year's form", () => {
    const page = [
      "标题: 某乡2022年政府信息公开工作年度报告",
      `某乡2022年政府信息公开工作年度报告 一、总体情况 略。${s3("2 0 0 0 0 0 2")}${s4}`,
      "附:2010年报告摘录 指标名称 计量单位 本年 主动公开政府信息数 条 30 其中:全文电子化率 % 100 " +
        "受理政府信息公开申请总数 件 9 其中:当面申请数 件 4 网络申请数 件 5 对申请的答复总数 件 9 其中:同意公开答复数 件 7 " +
        "同意部分公开答复数 件 1 否决公开答复数 件 1 行政复议数 件 0 行政诉讼数 件 0 行政申诉、举报数 件 0 " +
        "依申请公开信息收取的费用 万元 0 政府信息公开专职人员数 人 2",
    ].join("\n");
    const r = parseText(page).value!;
    expect(r.family).toBe("2021");
    expect(r.values["apps.new.total"]).toBe(2);
  });
});

describe("a legacy page printing two 统计表 (last year's appended under this year's header)", () => {
  const table = (apps: number) =>
    `指标名称 计量单位 2013年度 主动公开政府信息数 条 40 受理政府信息公开申请总数 件 ${apps} 对申请的答复总数 件 ${apps} ` +
    `其中:同意公开答复数 件 ${apps} 行政复议数 件 0 行政诉讼数 件 0`;
  it("names every figure read, the choice of table not being certain", () => {
    const page = [
      "标题: 某镇2013年政府信息公开工作年度报告",
      `某镇2013年政府信息公开工作年度报告 一、概述 略。附表 ${table(6)}`,
      `附:上年度统计表 ${table(3)}`,
    ].join("\n");
    const r = parseText(page).value!;
    const named = new Set(r.findings.filter((f) => f.severity !== "info").flatMap((f) => f.keys));
    expect(r.values["apps.new.total"]).toBeDefined();
    expect(named.has("apps.new.total")).toBe(true);
  });

  it("reads this year's where the appended one's title names last year (附:2012年度统计表 under a 2013年度 header)", () => {
    const page = [
      "标题: 某镇2013年政府信息公开工作年度报告",
      `某镇2013年政府信息公开工作年度报告 统计期限自2013年1月1日起至2013年12月31日止。一、概述 略。附表 ${table(6)}`,
      `附:2012年度统计表 ${table(3)}`,
    ].join("\n");
    expect(parseText(page).value!.values["apps.new.total"]).toBe(6);
  });
});

describe("a 2017 report with no 统计表 of its own printing the 2019 form's §三 table, the rest in sentences", () => {
  it("reads §三 from the table and the 复议/诉讼 from the sentences", () => {
    const page = [
      "标题: 某镇2017年政府信息公开工作年度报告",
      "某镇2017年政府信息公开工作年度报告 一、概述 本镇历年累计公开信息1,310条。二、依申请公开情况 全年收到申请4件,答复3件。",
      "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
        "一、本年新收政府信息公开申请数量 3 1 0 0 0 0 4 二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1 " +
        "三、本年度办理结果 (一)予以公开 2 1 0 0 0 0 3 (二)部分公开(区分处理的,只计这一情形,不计其他情形) 1 0 0 0 0 0 1 " +
        "(三)不予公开 0 0 0 0 0 0 0 (四)无法提供 1 0 0 0 0 0 1 (五)不予处理 0 0 0 0 0 0 0 (六)其他处理 0 0 0 0 0 0 0 " +
        "(七)总计 4 1 0 0 0 0 5 四、结转下年度继续办理 0 0 0 0 0 0 0",
      "三、行政复议和行政诉讼情况 本年度未发生因政府信息公开引起的行政复议和行政诉讼。",
    ].join("\n");
    const v = parseText(page).value!.values;
    expect([v["apps.new.total"], v["apps.carried_over.total"], v["outcome.total.total"]]).toEqual([4, 1, 5]);
    expect([v["outcome.granted.total"], v["outcome.partial.total"], v["apps.carried_forward.total"]]).toEqual([
      3, 1, 0,
    ]);
    expect([v["review.total"], v["litigation.total"]]).toEqual([0, 0]);
  });
});

describe("a 2018 report printing the 2019 form's §四 table beside its 统计表", () => {
  it("takes the 复议/诉讼 results from that table where its totals are the 统计表's", () => {
    const page = [
      "标题: 某局2018年度政府信息公开工作年度报告",
      "某局2018年度政府信息公开工作年度报告 一、概述 略。五、因政府信息公开申请行政复议、提起行政诉讼的情况 按新格式列示如下: " +
        "行政复议 结果维持 结果纠正 其他结果 尚未审结 总计 0 1 1 0 2 行政诉讼 未经复议直接起诉 结果维持 结果纠正 其他结果 " +
        "尚未审结 总计 1 0 0 0 1 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 0 0 0 0 0",
      "附表 指标名称 计量单位 2018年度 主动公开信息数 条 95 受理政府信息公开申请总数 件 6 对申请的答复总数 件 6 " +
        "其中:1.同意公开答复数 件 4 2.同意部分公开答复数 件 1 3.不予公开答复数 件 1 行政复议数 件 2 行政诉讼数 件 1 " +
        "行政申诉、举报数 件 0",
    ].join("\n");
    const v = parseText(page).value!.values;
    expect([v["review.total"], v["review.upheld"], v["review.corrected"], v["review.other"]]).toEqual([2, 0, 1, 1]);
    expect([v["litigation.total"], v["litigation_direct.upheld"], v["apps.new.total"]]).toEqual([1, 1, 6]);
  });
});
