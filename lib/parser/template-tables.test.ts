/**
 * Region finding and row reading of the 2021/2019 tables on edited seeds: a table of contents before the
 * report, a missing §三 heading, narrative numbers that must not be read as cells.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { printedLabel, SECTION3, SECTION3_TITLE } from "@/lib/template/modern";
import { SECTION3_2021 } from "./labels";
import { locateRows } from "./rows";
import { findRegions } from "./table-regions";
import { extractTemplateTables } from "./template-tables";
import { onesTypedAsLetters, zerosTypedAsLetters } from "./text-lines";
import { checkSums } from "@/lib/validate/check-sums";

const PROBES = join(__dirname, "../../fixtures/probes/modern");
const SEED = normalizeText(readFileSync(join(__dirname, "../../fixtures/seeds/002_1011c9d1822b474b.txt"), "utf8"));
const HEADINGS =
  "目录\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n";

const read = (text: string) => extractTemplateTables(text, "2021");

describe("extractTemplateTables", () => {
  it("reads the seed's three tables", () => {
    const { value, issues } = read(SEED);
    expect(issues).toEqual([]);
    expect(value.values["apps.new.total"]).toBe(51);
    expect(value.values["active.normative_docs.in_force"]).toBe(148);
    expect(value.values["review.total"]).toBe(10);
    expect(value.values["outcome.other.total"]).toBe(3);
    expect(value.sources["apps.new.total"].raw).toMatch(/^一、本年新收政府信息公开申请数量 \| 46 \| 5/);
  });

  it("skips a table of contents that repeats the headings", () => {
    const { value } = read(`${HEADINGS}${SEED}`);
    expect(value.values["apps.new.total"]).toBe(51);
    expect(value.values["review.total"]).toBe(10);
    expect(value.values["active.normative_docs.issued"]).toBe(19);
  });

  it("starts at the table header when the §三 heading is missing, ignoring narrative counts", () => {
    const text = SEED.replace("三、收到和处理政府信息公开申请情况", "本年新收申请 99 件。");
    const { value } = read(text);
    expect(value.values["apps.new.total"]).toBe(51);
    expect(value.values["apps.new.natural_person"]).toBe(46);
  });

  it("reads §二 as well when the §三 heading is missing, up to the table's header", () => {
    const whole = read(SEED).value.values;
    const active = Object.keys(whole).filter((k) => k.startsWith("active."));
    expect(active.length).toBeGreaterThan(5);
    const { value } = read(SEED.replace("三、收到和处理政府信息公开申请情况", ""));
    for (const key of active) expect(value.values[key], key).toBe(whole[key]);
    expect(value.values["apps.new.total"]).toBe(51);
  });

  it("does not take a list of the report's parts for the §三 heading when the heading is missing", () => {
    const parts = "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议情况等部分。\n";
    const whole = read(SEED).value.values;
    const { value } = read(parts + SEED.replace("三、收到和处理政府信息公开申请情况", ""));
    expect(value.values["active.normative_docs.issued"]).toBe(whole["active.normative_docs.issued"]);
    expect(value.values["active.normative_docs.in_force"]).toBe(148);
    expect(value.values["apps.new.total"]).toBe(51);
  });

  it.each([
    ["2.其他法律行政法规禁止公开", "2.法律行政法规禁止公开"],
    ["1.本机关不掌握相关政府信息", "1.本机关不掌握"],
    ["3.补正后申请内容仍不明确", "3.补正后仍不明确"],
    ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2.逾期未缴费"],
    ["2.其他法律行政法规禁止公开", "2.法律法规禁止"],
    ["5.属于三类内部事务信息", "5.内部事务"],
    ["7.属于行政执法案卷", "7.执法案卷"],
    ["8.属于行政查询事项", "8.行政查询"],
    ["(一)予以公开", "(一)予以公示"],
    ["(七)总计", "(七)总记"],
  ])("reads the row a township shortens (%s as %s) as the full label", (full, short) => {
    const whole = read(SEED);
    const { value, issues } = read(SEED.replace(full, short));
    expect(issues).toEqual(whole.issues);
    expect(value.values).toEqual(whole.value.values);
  });

  it("reads a row of dashes as 0 where the outcomes printed add up to 总计, in a table that prints its zeros", () => {
    const whole = read(SEED).value.values;
    const dashes = (label: string) => `${label} |${" — |".repeat(7)}`;
    const rows = ["5.属于三类内部事务信息", "7.属于行政执法案卷", "8.属于行政查询事项", "2.重复申请"];
    let dashed = SEED;
    for (const label of rows) dashed = dashed.replace(`${label} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`, dashes(label));
    for (const label of rows) expect(dashed).toContain(dashes(label));
    const { value, issues } = read(dashed);
    expect(value.values).toEqual(whole);
    const named = new Set(issues.flatMap((f) => f.keys ?? []));
    expect(named.has("outcome.rejected.duplicate.total")).toBe(true);
    // A dash row the sums do not prove empty stays blank.
    const partial = read(dashed.replace(/^(\(二\)部分公开[^|]*)\|[^\n]*/m, (_, l) => dashes(l.trim()))).value.values;
    expect(partial["outcome.partial.total"]).toBeUndefined();
    expect(partial["outcome.rejected.duplicate.total"]).toBeUndefined();
  });

  it("does not take a sentence's counts between the §三 heading and the table's header for the rows", () => {
    const whole = read(SEED);
    const sentence = "本年度新收政府信息公开申请4件,较上年(6件)减少2件;上年结转0件,结转下年度0件。";
    const text = SEED.replace(
      "三、收到和处理政府信息公开申请情况\n",
      `三、收到和处理政府信息公开申请情况\n${sentence}\n`,
    );
    expect(text).toContain(sentence);
    const { value, issues } = read(text);
    expect(issues).toEqual(whole.issues);
    expect(value.values).toEqual(whole.value.values);
  });

  it("reads rows 一 and 二 printed in the other order", () => {
    const whole = read(SEED);
    const one = "一、本年新收政府信息公开申请数量 | 46 | 5 | 0 | 0 | 0 | 0 | 51 | ||\n";
    const two = "二、上年结转政府信息公开申请数量 | 2 | 7 | 0 | 0 | 0 | 0 | 9 | ||\n";
    const text = SEED.replace(one + two, two + one);
    expect(text).not.toBe(SEED);
    const { value } = read(text);
    expect(value.values).toEqual(whole.value.values);
  });

  it("reads a figure typed right after a label's note, with 件 after it", () => {
    const whole = read(SEED);
    const text = SEED.replace(
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 16 | 9 | 0 | 0 | 0 | 0 | 25 | ||",
      "(二)部分公开(区分处理的,只计这一情形,不计其他情形)16件 9 0 0 0 0 25件",
    );
    expect(text).toContain("情形)16件");
    const { value, issues } = read(text);
    expect(issues).toEqual(whole.issues);
    expect(value.values).toEqual(whole.value.values);
  });

  it("reads rows whose labels carry the years (2023年新收…, 2022年结转…, 结转2024年度继续办理)", () => {
    const whole = read(SEED);
    const text = SEED.replace("本年新收", "2023年新收").replace("上年结转", "2022年结转").replace("下年度", "2024年度");
    expect(text).toContain("结转2024年度继续办理");
    const { value, issues } = read(text);
    expect(issues).toEqual(whole.issues);
    expect(value.values).toEqual(whole.value.values);
  });

  it("does not read a sentence's dates and counts between a heading and its table", () => {
    const text = SEED.replace(
      "四、政府信息公开行政复议、行政诉讼情况",
      "四、政府信息公开行政复议、行政诉讼情况\n2023年,本机关共发生行政复议案件10件。",
    );
    const { value, issues } = read(text);
    expect(issues).toEqual([]);
    expect(value.values["review.upheld"]).toBe(1);
    expect(value.values["review.total"]).toBe(10);
  });

  it("keeps line numbers of the original text when page numbers are blanked", () => {
    const lines = SEED.split("\n");
    const at = lines.findIndex((l) => l.startsWith("(二)部分公开"));
    lines.splice(at, 0, "- 3 -");
    const { value } = read(lines.join("\n"));
    expect(value.values["outcome.partial.total"]).toBe(25);
    expect(value.sources["outcome.partial.total"].line).toBe(at + 2);
  });

  it("blanks a PDF page's number kept inside a one-line table between a row's figures and the next label", () => {
    const page = probePage("m3-12-zrz-2023-two-digit-site-runs.txt");
    const marks = [" - 3 - ", " — 14 — ", " –7– "];
    const { text } = afterEachRow(page, (i) => (i % 6 === 5 && marks[(i / 6) | 0]) || "");
    for (const mark of marks) expect(text).toContain(mark);
    expectSameApplications(text, page);
  });

  it("reads a glued run of zeros typed with the letter O as zeros, named; a word's O is left alone", () => {
    const row = /(二、上年结转政府信息公开申请数量)[^\n]*/;
    const typed =
      "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 2000002 " +
      "二、上年结转政府信息公开申请数量 O0OO000 三、本年度办理结果（一）予以公开 ＯＯＯＯＯＯＯ （二）部分公开 2000002";
    expect(row.test(typed)).toBe(true);
    const { value, issues } = read(typed);
    expect(value.values["apps.carried_over.total"]).toBe(0);
    expect(value.values["outcome.granted.total"]).toBe(0);
    expect(issues.some((f) => f.keys.includes("apps.carried_over.total") && f.message.includes("letter O"))).toBe(true);
    expect(zerosTypedAsLetters("COOP 500 OOO公司 GOOD 0OO").spans).toEqual([[20, 23]]);
    expect(zerosTypedAsLetters("XOOO 1O00 OOOO").spans).toEqual([]);
    // A capital O alone among spaced cells, next to another O or before the next label.
    expect(zerosTypedAsLetters("数量 2 O 0 0 O O 2 二、结转 0 O 三、").text).toBe(
      "数量 2 0 0 0 0 0 2 二、结转 0 0 三、",
    );
    expect(zerosTypedAsLetters("附件 O 型 A O B").spans).toEqual([]);
  });

  it("reads 1s an OCR'd scan typed as l or I as 1 where the page has several, named; a lone one stays unread", () => {
    const typed =
      "三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 l2 0 0 0 I 0 l3 " +
      "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果（一）予以公开 9 0 0 0 l 0 l0 " +
      "（二）部分公开 3 0 0 0 0 0 3 （七）总计 l2 0 0 0 I 0 l3 四、结转下年度继续办理 0 0 0 0 0 0 0";
    const { value, issues } = read(typed);
    expect(["natural_person", "legal_service", "total"].map((c) => value.values[`apps.new.${c}`])).toEqual([12, 1, 13]);
    expect(value.values["outcome.granted.total"]).toBe(10);
    expect(issues.some((f) => f.keys.includes("apps.new.total") && f.message.includes("letter l"))).toBe(true);
    expect(onesTypedAsLetters("型号 Il2 见 Model l 版 2").spans).toEqual([]);
    expect(onesTypedAsLetters("数量 5 I 0 0 0 0 6 二、结转 l 0 0 0 0 0 l 三、").text).toBe(
      "数量 5 1 0 0 0 0 6 二、结转 1 0 0 0 0 0 1 三、",
    );
    // One lone l on the page is no scan: left as printed, and the cell it stands in is unreadable, not skipped.
    const clean = typed.replace(/[lI]/g, "1");
    const one = read(clean.replace("（二）部分公开 3", "（二）部分公开 l"));
    expect(one.value.values["outcome.partial.natural_person"]).toBeUndefined();
    expect(one.value.values["outcome.partial.total"]).toBe(3);
  });

  it("finds §四 under a misprinted heading and stops at prose under a misprinted next heading", () => {
    const text = SEED.replace(
      "四、政府信息公开行政复议、行政诉讼情况",
      "四、政府信息公开行政法复议、行政诉讼情",
    ).replace("五、存在的主要问题及改进情况", "五、存在的主耍问題 2024年共3项 5 6");
    const { value, issues } = read(text);
    expect(issues).toEqual([]);
    expect(value.values["apps.carried_forward.total"]).toBe(7);
    expect(value.values["review.total"]).toBe(10);
    expect(value.values["litigation_after_review.total"]).toBe(0);
  });

  it("blanks Word style residue inside a table instead of reading its numbers", () => {
    const residue =
      "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE table.MsoNormalTable {mso-style-name:普通表格; " +
      "mso-padding-alt:0cm 5.4pt 0cm 5.4pt; font-size:10.0pt;}";
    const text = SEED.replace("二、上年结转", `${residue}\n二、上年结转`);
    const { value, issues } = read(text);
    expect(issues).toEqual([]);
    expect(value.values["apps.new.total"]).toBe(51);
  });

  it("reads a glued run that touches the next row's ordinal with the same digit (…000022.没有现成)", () => {
    const rows = [
      "一、本年新收政府信息公开申请数量2000002二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开0000000",
      "（四）无法提供1.本机关不掌握相关政府信息20000022.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000",
      "（七）总计2000002四、结转下年度继续办理0000000",
    ].join("");
    const text = `某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况${rows}\n五、存在的主要问题及改进情况 无。`;
    const { value } = read(normalizeText(text));
    expect(value.values["outcome.unable.not_held.total"]).toBe(2);
    expect(value.values["outcome.unable.needs_creation.total"]).toBe(0);
    expect(value.values["outcome.total.total"]).toBe(2);
  });
  it("starts at the first row where the §三 heading is missing and the header follows the rows", () => {
    const text = readFileSync(join(PROBES, "43-no-heading-header-after-rows-2023.txt"), "utf8");
    const { value } = read(normalizeText(text));
    expect(value.values["apps.new.total"]).toBe(7);
    expect(value.values["apps.carried_over.total"]).toBe(1);
    expect(value.values["outcome.granted.total"]).toBe(5);
  });

  it("starts at the header, not at a sentence in the template's words before it", () => {
    const sentence = "本年新收政府信息公开申请数量为99件，结转下年度继续办理2件。";
    const { value } = read(SEED.replace("三、收到和处理政府信息公开申请情况", sentence));
    expect(value.values["apps.new.total"]).toBe(51);
    expect(value.values["apps.carried_forward.total"]).toBe(7);
  });

  it("starts at the table's header where only the opening sentence names §三 and §四 (their headings left out)", () => {
    const parts =
      "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况等部分。\n";
    const text = parts + SEED.replace("三、收到和处理政府信息公开申请情况", "");
    const { value } = read(text);
    expect(value.values["apps.new.total"]).toBe(51);
    expect(value.values["apps.carried_forward.total"]).toBe(7);
    expect(value.values["review.total"]).toBe(10);
  });

  describe("a glued row whose printed 总计 is not the sum of its parts", () => {
    const doc = (granted: string) =>
      normalizeText(
        [
          "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况",
          "一、本年新收政府信息公开申请数量143010018二、上年结转政府信息公开申请数量0000000三、本年度办理结果",
          `（一）予以公开${granted}（二）部分公开0000000（四）无法提供1.本机关不掌握相关政府信息2000002`,
          "（七）总计143010018四、结转下年度继续办理0000000\n五、存在的主要问题",
        ].join(""),
      );

    it("reads the parts the columns give and the 总计 as printed, naming every cell", () => {
      const { value, issues } = read(doc("123010015"));
      expect(
        ["natural_person", "commercial", "public_interest", "total"].map((c) => value.values[`outcome.granted.${c}`]),
      ).toEqual([12, 3, 1, 15]);
      const note = issues.find((f) => f.message.startsWith("outcome.granted:"));
      expect(note?.severity).toBe("warning");
      expect(note?.keys).toContain("outcome.granted.total");
    });

    it("stays blank where the digits do not print the parts the columns give", () => {
      const { value, issues } = read(doc("213010015"));
      expect(value.values["outcome.granted.natural_person"]).toBeUndefined();
      expect(issues.some((f) => f.keys.includes("outcome.granted.natural_person"))).toBe(true);
    });
  });

  describe("a row printed with no figures (its label runs into the next one)", () => {
    const table = (total: string) =>
      [
        "一、本年新收政府信息公开申请数量3000003二、上年结转政府信息公开申请数量0000000三、本年度办理结果",
        "（一）予以公开2000002（二）部分公开0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”0000000（四）无法提供1.本机关不掌握相关政府信息1000001（六）其他处理",
        `1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请3.其他0000000（七）总计${total}`,
        "四、结转下年度继续办理0000000",
      ].join("");
    const doc = (total: string) =>
      normalizeText(
        `某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况${table(total)}\n五、存在的主要问题`,
      );

    it("is 0 where the outcomes printed already add up to 总计 in every column", () => {
      const { value, issues } = read(doc("3000003"));
      expect(value.values["outcome.denied.prohibited_by_law.total"]).toBe(0);
      expect(value.values["outcome.other.no_correction.natural_person"]).toBe(0);
      const note = issues.find((f) => f.message.startsWith("outcome.denied.prohibited_by_law: the row prints no"));
      expect(note?.keys).toContain("outcome.denied.prohibited_by_law.total");
      expect(note?.keys).toContain("outcome.denied.total");
    });

    it("stays blank, named by a finding, where 总计 exceeds the outcomes printed", () => {
      const { value, issues } = read(doc("4000004"));
      expect(value.values["outcome.denied.prohibited_by_law.total"]).toBeUndefined();
      expect(value.values["outcome.denied.total"]).toBeUndefined();
      const named = new Set(issues.flatMap((f) => f.keys));
      expect(named.has("outcome.denied.prohibited_by_law.total")).toBe(true);
      expect(named.has("outcome.denied.total")).toBe(true);
    });
  });
});

describe("§三 tables beside the template's columns", () => {
  // Six applicant figures a row (自然人, 商业企业 … 其他); every other row prints zeros.
  const FIGURES: Record<string, number[]> = {
    "apps.new": [7, 1, 0, 0, 1, 0],
    "outcome.granted": [3, 0, 0, 0, 0, 0],
    "outcome.partial": [1, 0, 0, 0, 1, 0],
    "outcome.unable.not_held": [2, 1, 0, 0, 0, 0],
    "outcome.total": [6, 1, 0, 0, 1, 0],
    "apps.carried_forward": [1, 0, 0, 0, 0, 0],
  };
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  const table = (header: string, cells: (v: number[]) => (number | string)[], join: string) =>
    `${SECTION3_TITLE} 申请人情况 ${header} ` +
    SECTION3["2021"]
      .map(
        (row) =>
          `${printedLabel(row)}${row.group ? "" : ` ${cells(FIGURES[row.key] ?? [0, 0, 0, 0, 0, 0]).join(join)}`}`,
      )
      .join(" ") +
    " 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 无。";
  const LEAVES = "自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他";

  it("reads rows of eight cells where the header prints a 小计 after 其他, glued or spaced", () => {
    const withSubtotal = (v: number[]) => [...v, sum(v.slice(1)), sum(v)];
    for (const join of ["", " "]) {
      const { value } = read(table(`${LEAVES} 小计`, withSubtotal, join));
      for (const [row, v] of Object.entries(FIGURES)) {
        expect(value.values[`${row}.natural_person`], `${row} "${join}"`).toBe(v[0]);
        expect(value.values[`${row}.commercial`], row).toBe(v[1]);
        expect(value.values[`${row}.total`], row).toBe(sum(v));
      }
    }
  });

  it("reads a group's 小计 row after its last item as a row of its own, not that item's cells", () => {
    const closing = ["8.属于行政查询事项", "3.补正后申请内容仍不明确", "5.要求行政机关确认或重新出具已获取信息"];
    const plain = table(LEAVES, (v) => [...v, sum(v)], "");
    let text = plain;
    for (const label of closing) text = text.replace(new RegExp(`(${label} 0000000)`), "$1小计 0000000");
    expect(text.match(/小计/g)).toHaveLength(3);
    const { value, issues } = read(text);
    expect(value.values).toEqual(read(plain).value.values);
    expect(issues.map((i) => i.message)).toEqual(read(plain).issues.map((i) => i.message));
  });

  it("reads past a printed page's footer and the header again between two glued rows", () => {
    const plain = table(LEAVES, (v) => [...v, sum(v)], "");
    const text = plain.replace("5.属于三类", `第 2 页 共 4 页 申请人情况 ${LEAVES} 5.属于三类`);
    expect(text).not.toBe(plain);
    expect(read(text).value.values).toEqual(read(plain).value.values);
  });

  it("finds (七)总计 printed without its item number, where no row has one", () => {
    const plain = table(LEAVES, (v) => [...v, sum(v)], " ");
    const text = plain.replace(/[一二三四]、|\([一二三四五六七]\)|(?<=\s)\d\./g, "");
    expect(text).toContain(" 总计 6 1 0 0 1 0 8 结转下年度");
    expect(read(text).value.values["outcome.total.total"]).toBe(8);
    expect(read(text).value.values["apps.new.total"]).toBe(9);
    // A group's own 合计 in brackets after its words ("不予公开（合计）") is not (七)总计.
    const bracketed = text.replace("不予公开", "不予公开（合计）");
    expect(bracketed).not.toBe(text);
    expect(read(bracketed).value.values["outcome.total.total"]).toBe(8);
  });

  const glued = (v: number[]) => [...v, sum(v)].join("");
  const plainValues = () => read(table(LEAVES, (v) => [...v, sum(v)], "")).value.values;
  const s3Keys = (values: Record<string, number>) =>
    Object.keys(values).filter((k) => k.startsWith("apps.") || k.startsWith("outcome."));

  it("gives the runs back to the labels in order where every label is printed before all the runs", () => {
    const rows = SECTION3["2021"];
    const labels = rows.map((row) => printedLabel(row)).join(" ");
    const runs = rows.filter((row) => !row.group).map((row) => glued(FIGURES[row.key] ?? [0, 0, 0, 0, 0, 0]));
    const text = `${SECTION3_TITLE} 申请人情况 ${LEAVES} ${labels} ${runs.join(" ")} 四、政府信息公开行政复议、行政诉讼情况 无。`;
    const want = plainValues();
    const { values } = read(text).value;
    for (const key of s3Keys(want)) expect(values[key], key).toBe(want[key]);
    // A run that reads as no row (7|1|0|0|1|0|0 does not add up) is not given back: the rows stay as printed.
    const short = text.replace(/ 7100109 /, " 7100100 ");
    expect(short).not.toBe(text);
    expect(read(short).value.values["apps.new.total"]).toBeUndefined();
  });

  it("reads this year's cells where a caption says each row prints this year's and then last year's", () => {
    const last = (v: number[]) => [v[0] + 2, ...v.slice(1), sum(v) + 2];
    const both = (first: boolean) =>
      table(LEAVES, (v) => (first ? [glued(v), last(v).join("")] : [last(v).join(""), glued(v)]), " ");
    const caption = (words: string, text: string) =>
      text.replace(SECTION3_TITLE, `${SECTION3_TITLE} 本年度与上年度对比（${words}）`);
    const want = plainValues();
    for (const [words, first] of [
      ["每栏前为本年度、后为上年度", true],
      ["每栏前为上年度，后为本年度", false],
    ] as const) {
      const { values } = read(caption(words, both(first))).value;
      for (const key of s3Keys(want)) expect(values[key], `${words} ${key}`).toBe(want[key]);
    }
    // No caption: the two runs are not told apart, and this year's are not taken for granted.
    expect(read(both(true)).value.values["apps.new.natural_person"]).not.toBe(7);
  });

  it("reads （七）总计 as the sum of the outcome rows where the table prints none and R1 gives the same", () => {
    const text = table(LEAVES, (v) => [...v, sum(v)], "").replace(/\(七\)总计 \d+ /, "");
    expect(text).not.toContain("总计 8");
    const { value, issues } = read(text);
    expect(value.values["outcome.total.total"]).toBe(8);
    expect(value.values["outcome.total.natural_person"]).toBe(6);
    expect(issues.some((f) => f.keys.includes("outcome.total.total") && f.message.includes("（七）总计"))).toBe(true);
    // 结转下年度 disagreeing with the outcomes: R1 does not confirm the sum, the row stays blank.
    const off = text.replace(/结转下年度继续办理 1000001/, "结转下年度继续办理 2000002");
    expect(off).not.toBe(text);
    expect(read(off).value.values["outcome.total.total"]).toBeUndefined();
  });

  it("reads a row of 无 typed in each cell, glued or spaced, as 0 where the table prints no 0", () => {
    const want = plainValues();
    for (const glue of [true, false]) {
      // Rows holding figures print them spaced, 无 for a zero; a row of zeros prints seven 无, glued or not.
      const wu = (v: number[]) =>
        sum(v) === 0 && glue ? ["无无无无无无无"] : [...v, sum(v)].map((x) => (x === 0 ? "无" : x));
      const { values } = read(table(LEAVES, wu, " ")).value;
      for (const key of ["apps.carried_over.total", "outcome.denied.state_secret.natural_person", "apps.new.total"])
        expect(values[key], `${key} ${glue}`).toBe(want[key]);
    }
  });

  it("ends a row at a 上年同期 sub-row printed after its figures", () => {
    const text = table(LEAVES, (v) => [...v, sum(v)], "")
      .replace("数量 7100109", "数量 7100109 上年同期数量 5000005")
      .replace(/(\(七\)总计 \d+)/, "$1 去年同期 4000004");
    expect(text).toContain("上年同期数量 5000005");
    expect(text).toContain("去年同期 4000004");
    const want = plainValues();
    const { values } = read(text).value;
    for (const key of s3Keys(want)) expect(values[key], key).toBe(want[key]);
  });

  it("reads a table printed transposed: the labels in a row, then each applicant heading with its figures", () => {
    const rows = SECTION3["2021"].filter((row) => !row.group);
    const labels = rows.map((row) => printedLabel(row)).join(" ");
    const cols = [0, 1, 2, 3, 4, 5, 6].map((c) =>
      rows.map((row) => {
        const v = FIGURES[row.key] ?? [0, 0, 0, 0, 0, 0];
        return c === 6 ? sum(v) : v[c];
      }),
    );
    const heads = ["自然人", "法人或其他组织 商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
    const lines = heads.map((h, c) => `${h} ${cols[c].join(" ")}`).join(" ");
    const text = `${SECTION3_TITLE} 申请人情况 ${labels} ${lines} 四、政府信息公开行政复议、行政诉讼情况 无。`;
    const want = plainValues();
    const { values } = read(text).value;
    for (const key of s3Keys(want)) expect(values[key], key).toBe(want[key]);
  });

  it("reads 合计 printed for the 总计 heading as the total column, not a table without one", () => {
    const text = table(LEAVES.replace("总计", "合计"), (v) => [...v, sum(v)], "");
    const want = plainValues();
    const { values } = read(text).value;
    for (const key of s3Keys(want)) expect(values[key], key).toBe(want[key]);
  });

  it("leaves out a 其中 column printed after 自然人 (自然人 其中：台胞 法人或其他组织 …)", () => {
    const text = table(
      LEAVES.replace("自然人", "自然人 其中：台胞"),
      (v) => [v[0], v[0] > 1 ? 1 : 0, ...v.slice(1), sum(v)],
      " ",
    );
    const want = plainValues();
    const { values, issues } = { ...read(text).value, issues: read(text).issues };
    for (const key of s3Keys(want)) expect(values[key], key).toBe(want[key]);
    expect(issues.some((f) => f.message.includes("其中 column"))).toBe(true);
  });

  it("leaves out a 其中 column after 自然人 whose heading is long (其中：港澳台居民及外国人 / 其中：香港澳门台湾居民及外籍人员)", () => {
    for (const heading of [
      "其中：港澳台居民及外国人",
      "（其中：港澳台及外籍申请人）",
      "其中:香港澳门台湾居民及外籍人员",
      "其中：老年人（60岁以上）",
      "其中：香港、澳门、台湾居民及外国人",
      "其中：在本市工作生活的外国人及港澳台居民",
    ]) {
      const text = table(
        LEAVES.replace("自然人", `自然人 ${heading}`),
        (v) => [v[0], v[0] > 2 ? 2 : 0, ...v.slice(1), sum(v)],
        " ",
      );
      const want = plainValues();
      const { value, issues } = read(text);
      for (const key of s3Keys(want)) expect(value.values[key], `${heading} ${key}`).toBe(want[key]);
      expect(
        issues.some((f) => f.message.includes("其中 column")),
        heading,
      ).toBe(true);
    }
  });

  it("leaves out a column for applicants the template does not count apart, wherever the header puts it", () => {
    // Each row's 港澳台 / 外国 figure: 1 where the row has a natural person, else 0.
    const part = (v: number[]) => (v[0] > 0 ? 1 : 0);
    const cases: [string, (v: number[]) => number[], number][] = [
      // Flattened row by row: the top row 自然人 法人或其他组织 港澳台… 总计, then the group's sub-headings.
      [
        "自然人 法人或其他组织 港澳台同胞及外籍人士 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
        (v) => [...v, part(v), sum(v) + part(v)],
        1,
      ],
      [
        "自然人 台胞 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
        (v) => [v[0], part(v), ...v.slice(1), sum(v) + part(v)],
        1,
      ],
      // One row of leaves, the extra heading among them.
      [
        "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 外国人 总计",
        (v) => [...v, part(v), sum(v) + part(v)],
        1,
      ],
      // Among the group's sub-headings, flattened row by row: an applicant kind the template lacks (个体工商户).
      [
        "自然人 法人或其他组织 总计 商业企业 个体工商户 科研机构 社会公益组织 法律服务机构 其他",
        (v) => [v[0], v[1], part(v), ...v.slice(2), sum(v) + part(v)],
        1,
      ],
      [
        "自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 个体户 其他",
        (v) => [...v.slice(0, 5), part(v), v[5], sum(v) + part(v)],
        1,
      ],
      // 总计's 其中: a part of the total, not added to it.
      [
        "自然人 法人或其他组织 总计 其中:涉台 商业企业 科研机构 社会公益组织 法律服务机构 其他",
        (v) => [...v, sum(v), part(v)],
        0,
      ],
    ];
    for (const [header, cells, added] of cases)
      for (const join of ["", " "]) {
        const { value, issues } = read(table(header, cells, join));
        for (const [row, v] of Object.entries(FIGURES)) {
          expect(value.values[`${row}.natural_person`], `${header} ${row} "${join}"`).toBe(v[0]);
          expect(value.values[`${row}.other_org`], `${header} ${row}`).toBe(v[5]);
          expect(value.values[`${row}.total`], `${header} ${row}`).toBe(sum(v) + added * part(v));
        }
        expect(issues.some((f) => f.rule === "P0" && f.message.includes("rows are read without it"))).toBe(true);
      }
  });

  it("checks 总计 against the six and the column left out where that column is counted in it (no false R2)", () => {
    // 外籍人员 / 台湾居民 holding 2 in each row with a natural person: 总计 prints the six and those two.
    const part = (v: number[]) => (v[0] > 0 ? 2 : 0);
    const headers = [
      "自然人 台湾居民 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
      "自然人 法人或其他组织 外籍人员 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
    ];
    const cells = (header: string) =>
      header.includes("台湾")
        ? (v: number[]) => [v[0], part(v), ...v.slice(1), sum(v) + part(v)]
        : (v: number[]) => [...v, part(v), sum(v) + part(v)];
    for (const header of headers) {
      const { value } = read(table(header, cells(header), " "));
      expect(value.values["apps.new.total"], header).toBe(sum(FIGURES["apps.new"]) + 2);
      const r2 = checkSums("2021", value.values, new Set(value.blanks), value.sources).filter((f) => f.rule === "R2");
      expect(r2, header).toEqual([]);
      // A 总计 that is more than the six and that column together is still an error.
      const off = { ...value.values, "apps.new.total": value.values["apps.new.total"] + 1 };
      expect(checkSums("2021", off, new Set(value.blanks), value.sources).some((f) => f.rule === "R2")).toBe(true);
    }
  });

  it("does not place a column for other applicants printed after 总计 without 其中 (counted in 总计 or not)", () => {
    const header = "自然人 法人或其他组织 总计 港澳台 商业企业 科研机构 社会公益组织 法律服务机构 其他";
    const { value } = read(table(header, (v) => [...v, sum(v), 0], " "));
    // Blank, or the total read as the sum of the six: never the extra cell read as some row's cell.
    for (const [row, v] of Object.entries(FIGURES))
      expect([undefined, sum(v)], row).toContain(value.values[`${row}.total`]);
  });

  it("reads a column of other applicants after 总计 by each row's sum: counted in 总计 or not, no false R2", () => {
    const header = "自然人 法人或其他组织 总计 港澳台居民 商业企业 科研机构 社会公益组织 法律服务机构 其他";
    const part = (v: number[]) => (v[0] > 2 ? 1 : 0);
    // Printed leaf by leaf: 自然人, the five, 总计, then the column.
    const counted = (v: number[]) => [...v, sum(v) + part(v), part(v)];
    const apart = (v: number[]) => [...v, sum(v), part(v)];
    for (const [cells, extra] of [
      [counted, part],
      [apart, () => 0],
    ] as const) {
      const { value, issues } = read(table(header, cells, " "));
      for (const [row, v] of Object.entries(FIGURES)) {
        expect(value.values[`${row}.natural_person`], row).toBe(v[0]);
        expect(value.values[`${row}.other_org`], row).toBe(v[5]);
        expect(value.values[`${row}.total`], row).toBe(sum(v) + extra(v));
      }
      const s3 = issues.filter((f) => f.severity !== "info" && f.keys.some((k) => /^(?:apps|outcome)\./.test(k)));
      expect(s3.map((f) => f.message)).toEqual([]);
      const r2 = checkSums("2021", value.values, new Set(value.blanks), value.sources).filter((f) => f.rule === "R2");
      expect(r2).toEqual([]);
    }
  });

  it("reads glued rows by the header's columns where it deletes one, and leaves two printed as one blank", () => {
    const deleted = LEAVES.replace(" 社会公益组织", "");
    const merged = LEAVES.replace("科研机构 社会公益组织", "科研机构和社会公益组织");
    const cases: [string, (v: number[]) => number[]][] = [
      [deleted, (v) => [v[0], v[1], v[2], v[4], v[5], sum(v)]],
      [merged, (v) => [v[0], v[1], v[2] + v[3], v[4], v[5], sum(v)]],
    ];
    for (const [header, cells] of cases)
      for (const join of ["", " "]) {
        const { value, issues } = read(table(header, cells, join));
        for (const [row, v] of Object.entries(FIGURES)) {
          expect(value.values[`${row}.natural_person`], `${header} ${row} "${join}"`).toBe(v[0]);
          expect(value.values[`${row}.legal_service`], `${header} ${row} "${join}"`).toBe(v[4]);
          expect(value.values[`${row}.total`], `${header} ${row} "${join}"`).toBe(sum(v));
          const research = value.values[`${row}.research`];
          expect(research, `${header} ${row}`).toBe(header === merged ? undefined : v[2]);
        }
        expect(issues.some((f) => f.rule === "P0" && f.message.startsWith("§三: the header prints"))).toBe(true);
      }
  });

  it("chooses among a glued row's readings by the column sums where the header deletes a column", () => {
    const figures: Record<string, number[]> = {
      "apps.new": [11, 1, 0, 0, 0, 3],
      "outcome.granted": [10, 1, 0, 0, 0, 2],
      "outcome.partial": [1, 0, 0, 0, 0, 1],
      "outcome.total": [11, 1, 0, 0, 0, 3],
    };
    const text =
      `${SECTION3_TITLE} 申请人情况 ${LEAVES.replace(" 社会公益组织", "")} ` +
      SECTION3["2021"]
        .map((row) => {
          const v = figures[row.key] ?? [0, 0, 0, 0, 0, 0];
          return `${printedLabel(row)}${row.group ? "" : [v[0], v[1], v[2], v[4], v[5], sum(v)].join("")}`;
        })
        .join(" ") +
      " 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 无。";
    // "11100315" reads 11|1|0|0|3|15, 1|11|0|0|3|15 or 1|1|10|0|3|15; only the first keeps R1 and R3.
    const { value, issues } = read(text);
    for (const [row, v] of Object.entries(figures)) {
      expect(value.values[`${row}.natural_person`], row).toBe(v[0]);
      expect(value.values[`${row}.commercial`], row).toBe(v[1]);
      expect(value.values[`${row}.total`], row).toBe(sum(v));
    }
    expect(issues.some((f) => f.keys.includes("apps.new.total") && f.message.includes("column sums"))).toBe(true);
  });

  it("chooses among a glued row's readings by the column sums where the header prints three columns", () => {
    const figures: Record<string, number[]> = {
      "apps.new": [11, 1],
      "outcome.granted": [10, 1],
      "outcome.partial": [1, 0],
      "outcome.total": [11, 1],
    };
    const text =
      `${SECTION3_TITLE} 申请人情况 自然人 法人或其他组织 总计 ` +
      SECTION3["2021"]
        .map((row) => {
          const v = figures[row.key] ?? [0, 0];
          return `${printedLabel(row)}${row.group ? "" : `${v[0]}${v[1]}${sum(v)}`}`;
        })
        .join(" ") +
      " 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 无。";
    // "11112" reads 11|1|12 or 1|11|12; R3 (granted + partial) and then R1 keep the first.
    const { value, issues } = read(text);
    for (const [row, v] of Object.entries(figures)) {
      expect(value.values[`${row}.natural_person`], row).toBe(v[0]);
      expect(value.values[`${row}.total`], row).toBe(sum(v));
    }
    expect(issues.some((f) => f.keys.includes("apps.new.total") && f.message.includes("column sums"))).toBe(true);
  });

  it("reads each row's total as the sum of its six cells where the table prints no 总计 column, named", () => {
    const text = table(LEAVES.replace(" 总计", ""), (v) => v, " ");
    const { value, issues } = read(text);
    expect(value.values["apps.new.total"]).toBe(9);
    expect(value.values["outcome.total.total"]).toBe(8);
    expect(issues.some((f) => f.keys.includes("apps.new.total") && f.message.includes("sum of its six"))).toBe(true);
  });

  it("reads the rows a table leaves out as 0 where it says the rest are all 0", () => {
    const printed = new Set([
      "apps.new",
      "apps.carried_over",
      "outcome.granted",
      "outcome.total",
      "apps.carried_forward",
    ]);
    const text =
      `${SECTION3_TITLE} 申请人情况 ${LEAVES} ` +
      SECTION3["2021"]
        .filter((row) => printed.has(row.key))
        .map((row) => {
          const v = row.key === "outcome.granted" ? [6, 1, 0, 0, 1, 0] : (FIGURES[row.key] ?? [0, 0, 0, 0, 0, 0]);
          return `${printedLabel(row)} ${[...v, sum(v)].join(" ")}`;
        })
        .join(" ") +
      " （其余各项均为0，未列出） 四、政府信息公开行政复议、行政诉讼情况 无。";
    const { values } = read(text).value;
    expect(values["outcome.partial.total"]).toBe(0);
    expect(values["outcome.denied.total"]).toBe(0);
    expect(values["outcome.granted.total"]).toBe(8);
    // Without the words, the outcomes printed adding up to (七)总计 show the same (R3), by another finding.
    const bare = read(text.replace("其余各项均为0", "其余略"));
    expect(bare.value.values["outcome.partial.total"]).toBe(0);
    expect(bare.issues.some((f) => f.keys.includes("outcome.partial.total") && f.message.includes("no such row"))).toBe(
      true,
    );
  });

  it("reads §三 written as a list of each row's count as the rows' totals, and nothing of a sentence's figures", () => {
    const list = normalizeText(
      `${SECTION3_TITLE} 一、本年新收政府信息公开申请数量：7件；二、上年结转政府信息公开申请数量：2件；` +
        "三、本年度办理结果：（一）予以公开5件，（二）部分公开1件，（三）不予公开0件，（四）无法提供2件，（五）不予处理0件，" +
        "（六）其他处理0件，（七）总计8件；四、结转下年度继续办理：1件。 四、政府信息公开行政复议、行政诉讼情况 无。",
    );
    const { values } = read(list).value;
    expect(
      [
        "apps.new",
        "apps.carried_over",
        "outcome.granted",
        "outcome.unable",
        "outcome.total",
        "apps.carried_forward",
      ].map((r) => values[`${r}.total`]),
    ).toEqual([7, 2, 5, 2, 8, 1]);
    expect(values["apps.new.natural_person"]).toBeUndefined();
    // A row telling more than its count is no list item: nothing is read as a list.
    const told = list.replace("予以公开5件,", "予以公开5件(其中3件当场答复),");
    expect(told).not.toBe(list);
    expect(read(told).value.values["apps.new.total"]).toBeUndefined();
  });

  it("reads a table whose header deleted organisations' columns; the deleted are 0 where the total adds up", () => {
    const header = LEAVES.replace("科研机构 社会公益组织 ", "");
    const want = plainValues();
    const { value, issues } = read(table(header, (v) => [v[0], v[1], v[4], v[5], sum(v)], " "));
    for (const key of s3Keys(want)) expect(value.values[key], key).toBe(want[key]);
    expect(issues.some((f) => f.keys.includes("apps.new.research") && f.message.includes("科研机构"))).toBe(true);
    // A header missing a word by a misprint, its rows still of seven, reads as the template's.
    const misprint = read(table(LEAVES.replace("科研机构", "科研"), (v) => [...v, sum(v)], " ")).value.values;
    for (const key of s3Keys(want)) expect(misprint[key], key).toBe(want[key]);
  });

  it("reads an outcome row the page lost altogether as 0 where the outcomes printed add up to (七)总计", () => {
    const plain = table(LEAVES, (v) => [...v, sum(v)], "");
    const text = plain.replace(/ 6\.属于四类过程性信息 0000000/, "");
    expect(text).not.toBe(plain);
    const { value, issues } = read(text);
    expect(value.values["outcome.denied.process_info.total"]).toBe(0);
    expect(value.values["outcome.denied.total"]).toBe(0);
    expect(issues.some((f) => f.keys.includes("outcome.denied.total") && f.message.includes("no such row"))).toBe(true);
    // A lost row that held figures: the outcomes printed fall short of 总计, and it stays unread.
    const held = text.replace(/\S*部分公开\S* 1000102 /, "");
    expect(held).not.toBe(text);
    expect(read(held).value.values["outcome.denied.process_info.total"]).toBeUndefined();
    expect(read(held).value.values["outcome.partial.total"]).toBeUndefined();
  });

  it("reads §三 written out in words, each figure after its column's heading", () => {
    const words = normalizeText(
      `${SECTION3_TITLE} 一、本年新收政府信息公开申请数量：自然人5件，商业企业2件，其他1件，总计8件。` +
        "二、上年结转政府信息公开申请数量：各类申请人均为0件，总计0件。三、本年度办理结果：（一）予以公开：自然人4件，" +
        "商业企业2件，总计6件；（二）部分公开：总计0件；（三）不予公开：各项均为0件；（四）无法提供：" +
        "1.本机关不掌握相关政府信息，自然人1件，总计1件；2.没有现成信息需要另行制作0件；3.补正后申请内容仍不明确0件；" +
        "（五）不予处理：各项均为0件；（六）其他处理：各项均为0件；（七）总计：自然人5件，商业企业2件，总计7件。" +
        "四、结转下年度继续办理：其他1件，总计1件。 四、政府信息公开行政复议、行政诉讼情况 无。",
    );
    const { value, issues } = read(words);
    const v = value.values;
    expect([
      v["apps.new.natural_person"],
      v["apps.new.research"],
      v["apps.new.other_org"],
      v["apps.new.total"],
    ]).toEqual([5, 0, 1, 8]);
    expect([v["outcome.granted.total"], v["outcome.partial.total"], v["outcome.denied.total"]]).toEqual([6, 0, 0]);
    expect([v["outcome.unable.total"], v["outcome.total.total"], v["apps.carried_forward.other_org"]]).toEqual([
      1, 7, 1,
    ]);
    expect(issues.some((f) => f.keys.includes("apps.new.research") && f.message.includes("in words"))).toBe(true);
  });

  it("keeps the parts the columns confirm of a glued row read one digit per cell against its own sum", () => {
    const plain = table(LEAVES, (v) => [...v, sum(v)], "");
    const text = plain.replace(/(予以公开\S*) 3000003/, "$1 3000013");
    expect(text).not.toBe(plain);
    const { value, issues } = read(text);
    expect(value.values["outcome.granted.natural_person"]).toBe(3);
    expect(value.values["outcome.granted.other_org"]).toBeUndefined();
    // The total as printed, named: a misprinted 总计 is read as printed.
    expect(value.values["outcome.granted.total"]).toBe(3);
    expect(issues.some((f) => f.keys.includes("outcome.granted.total") && f.message.includes("columns give"))).toBe(
      true,
    );
  });

  it("reads a glued row that drops a 0 before a two-digit 总计 as the parts the columns give and their sum", () => {
    const doc = (row: string) =>
      normalizeText(
        [
          "某局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况",
          "一、本年新收政府信息公开申请数量83000011 二、上年结转政府信息公开申请数量0000000 三、本年度办理结果",
          "（一）予以公开6200008（二）部分公开0100001（四）无法提供1.本机关不掌握相关政府信息2000002",
          `（七）总计${row}四、结转下年度继续办理0000000\n五、存在的主要问题`,
        ].join(""),
      );
    // "8300011": 8|3|0|0|0|0 printed with one 0 left out, then 11 (read one per cell: 8|3|0|0|0|1|1).
    const { value, issues } = read(doc("8300011"));
    const cells = ["natural_person", "commercial", "other_org", "total"].map((c) => value.values[`outcome.total.${c}`]);
    expect(cells).toEqual([8, 3, 0, 11]);
    expect(issues.find((f) => f.message.startsWith("outcome.total:"))?.keys).toContain("outcome.total.total");
    // A tail that is not the sum, or digits that are not the parts: the total as printed, as before.
    expect(read(doc("8300012")).value.values["outcome.total.total"]).toBe(2);
    expect(read(doc("8310011")).value.values["outcome.total.commercial"]).toBe(3);
    expect(read(doc("8310011")).value.values["outcome.total.other_org"]).toBeUndefined();
  });

  it("reads a glued row one digit short, a 0 of its parts left out before a two-digit 总计, by the columns", () => {
    const doc = (added: string, total: string) =>
      normalizeText(
        [
          "某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况",
          `一、本年新收政府信息公开申请数量${added}二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果`,
          "（一）予以公开 12 1 0 0 2 0 15（四）无法提供1.本机关不掌握相关政府信息 2 0 0 0 0 0 2",
          `（七）总计${total}四、结转下年度继续办理 0 0 0 0 0 0 0\n五、存在的主要问题`,
        ].join(""),
      );
    const cols = ["natural_person", "commercial", "legal_service", "other_org", "total"];
    // "14100217": 14|1|0|0|2|0 printed "141002", then 17; 本年新收 read after (七)总计 gives its columns.
    const { value, issues } = read(doc("14100217", "14100217"));
    for (const row of ["outcome.total", "apps.new"])
      expect(cols.map((c) => value.values[`${row}.${c}`])).toEqual([14, 1, 2, 0, 17]);
    expect(issues.find((f) => f.message.startsWith("outcome.total:"))?.severity).toBe("warning");
    // Digits that are not the parts with a 0 left out: blank with its error, as before.
    expect(read(doc("14 1 0 0 2 0 17", "14100317")).value.values["outcome.total.total"]).toBeUndefined();
  });

  it("keeps the readings of a 本年新收 split several ways that give the narrative's count of natural persons", () => {
    // Zeros left empty: "7 2 9" may stand in any two of the six columns.
    const empty = (v: number[]) => [...v, sum(v)].filter((x) => x !== 0);
    const text = table(LEAVES, empty, " ").replace("数量 7 1 1 9", "数量 7 2 9");
    const lead = (words: string) => `一、总体情况 2023年，全年收到政府信息公开申请9件，${words}。${text}`;
    const { value, issues } = read(lead("其中自然人申请7件、法人或其他组织申请2件"));
    expect(value.values["apps.new.natural_person"]).toBe(7);
    expect(issues.some((f) => f.keys.includes("apps.new.natural_person") && f.message.includes("narrative"))).toBe(
      true,
    );
    // A count no reading the sums leave gives (the columns need 7 natural persons): not taken.
    expect(read(lead("其中自然人申请2件、企业申请7件")).value.values["apps.new.natural_person"]).toBeUndefined();
    // Two statements that disagree, or none: not settled.
    const both = lead("其中自然人申请7件。另据统计，收到申请9件，其中自然人申请2件");
    expect(read(both).value.values["apps.new.natural_person"]).toBeUndefined();
    expect(read(text).value.values["apps.new.natural_person"]).toBeUndefined();
  });

  it("reads 自然人 and 总计 of a 自然人 / 法人或其他组织 / 总计 table; a glued row its sum leaves open stays blank", () => {
    const three = (v: number[]) => [v[0], sum(v.slice(1)), sum(v)];
    // The group's columns merged into one, its parts named in brackets, reads the same.
    const merged = read(
      table("自然人 法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他） 总计", three, " "),
    );
    expect(merged.value.values["apps.new.natural_person"]).toBe(7);
    expect(merged.value.values["apps.new.total"]).toBe(9);
    for (const join of [" ", ""]) {
      const { value } = read(table("自然人 法人或其他组织 总计", three, join));
      for (const [row, v] of Object.entries(FIGURES)) {
        expect(value.values[`${row}.natural_person`], row).toBe(v[0]);
        expect(value.values[`${row}.total`], row).toBe(sum(v));
        expect(value.values[`${row}.commercial`], row).toBeUndefined();
      }
    }
    const open = read(table("自然人 法人或其他组织 总计", (v) => (sum(v) === 9 ? [1, 12, 13] : three(v)), ""));
    expect(open.value.values["apps.new.total"]).toBeUndefined();
    expect(open.issues.some((i) => i.keys.includes("apps.new.total"))).toBe(true);
  });

  it("reads a table of 总计 alone, one cell a row, as the rows' totals", () => {
    const { value } = read(table("项目 总计", (v) => [sum(v)], " "));
    for (const [row, v] of Object.entries(FIGURES)) expect(value.values[`${row}.total`], row).toBe(sum(v));
    expect(value.values["apps.new.natural_person"]).toBeUndefined();
  });
});

describe("an R1 row printed one cell short, its 总计 left out", () => {
  const PAGE = readFileSync(
    join(__dirname, "../../fixtures/probes/modern3/m3-05-jiaojian-2024-glued-runs-touch-ordinals.txt"),
    "utf8",
  );
  const read = (text: string) => extractTemplateTables(normalizeText(text), "2021");

  it("reads the total as the sum of its cells where R1 over the other rows gives the same, named", () => {
    const text = PAGE.replace("一、本年新收政府信息公开申请数量93001013", "一、本年新收政府信息公开申请数量930010");
    expect(text).not.toBe(PAGE);
    const { value, issues } = read(text);
    expect(value.values["apps.new.total"]).toBe(13);
    expect(value.values["apps.new.natural_person"]).toBe(9);
    expect(issues.some((f) => f.keys.includes("apps.new.total") && f.message.includes("no 总计 cell"))).toBe(true);
  });

  it("ends a row at a 其中： sub-row printed after its figures", () => {
    const whole = read(PAGE).value.values;
    const text = PAGE.replace("数量93001013二、", "数量93001013其中：网上申请62001009二、");
    expect(text).not.toBe(PAGE);
    const { values } = read(text).value;
    for (const key of Object.keys(whole).filter((k) => k.startsWith("apps.") || k.startsWith("outcome.")))
      expect(values[key], key).toBe(whole[key]);
  });

  it("leaves it blank where R1 does not give the sum of its cells", () => {
    const text = PAGE.replace("一、本年新收政府信息公开申请数量93001013", "一、本年新收政府信息公开申请数量930011");
    expect(read(text).value.values["apps.new.total"]).toBeUndefined();
  });
});

/** A modern3 probe page, normalized. */
const probePage = (file: string) =>
  normalizeText(readFileSync(join(__dirname, "../../fixtures/probes/modern3", file), "utf8"));

/**
 * The page with `add(i)` printed right after the cells of each §三 row i but the last (from the last row back, so
 * earlier positions hold), and the row segments found on the page.
 */
function afterEachRow(page: string, add: (i: number) => string) {
  const [from, to] = findRegions(page).applications;
  const rows = locateRows(page, SECTION3_2021, from, to).filter((s) => !s.spec.group);
  let text = page;
  for (let i = rows.length - 2; i >= 0; i--)
    text = text.slice(0, rows[i].cellsTo) + add(i) + text.slice(rows[i].cellsTo);
  return { text, rows };
}

/** Every §三 figure of `text` equals the page's. */
function expectSameApplications(text: string, page: string) {
  const whole = extractTemplateTables(page, "2021").value.values;
  const { values } = extractTemplateTables(text, "2021").value;
  for (const key of Object.keys(whole).filter((k) => k.startsWith("apps.") || k.startsWith("outcome.")))
    expect(values[key], key).toBe(whole[key]);
}

describe("a 序号 column printed before each row's label", () => {
  const PAGE = probePage("m3-05-jiaojian-2024-glued-runs-touch-ordinals.txt");

  it("reads every row as without the column: the next row's serial glued to a run is not a cell", () => {
    // Serial i + 2 right after row i's cells, 1 before the first row.
    const { text: serials, rows } = afterEachRow(PAGE, (i) => `${i + 2} `);
    const first = rows[0].labelStart;
    const text = `${serials.slice(0, first)}序号1 ${serials.slice(first)}`;
    expect(text).toContain("序号1 一、本年新收政府信息公开申请数量930010132 二、");
    expectSameApplications(text, PAGE);
  });
});

describe("a 上年同期 column after 总计", () => {
  const PAGE = probePage("m3-12-zrz-2023-two-digit-site-runs.txt");

  it("leaves last year's figure out of each row; a row that prints none keeps its own cells", () => {
    // Every row but the second gets last year's figure after its cells.
    const text = afterEachRow(PAGE, (i) => (i === 1 ? "" : ` ${i + 3}`)).text.replace(
      "法律服务机构 其他 ",
      "法律服务机构 其他 上年同期 ",
    );
    expect(text).toContain("其他 上年同期 一、本年新收政府信息公开申请数量 3140010 36 3");
    expectSameApplications(text, PAGE);
  });
});
