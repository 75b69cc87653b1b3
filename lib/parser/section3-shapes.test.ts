/**
 * §三 in shapes of its own: only its 总计 column filled (the applicant cells left empty and dropped by the crawl, one
 * figure per row that prints any); the table split in two by columns, the second half continuing the first.
 */
import { describe, expect, it } from "vitest";
import { SECTION3_PRINTED_LABELS } from "@/test/helpers/section3-labels";
import { normalizeText } from "./normalize";
import { APPLICANT_COLUMNS } from "./labels";
import { extractTemplateTables } from "./template-tables";

const LABELS = SECTION3_PRINTED_LABELS;

/** The page with `printed[i]` after label i ("" for a row left empty). */
function page(printed: Record<number, string>): string {
  const rows = LABELS.map((label, i) => `${label} ${printed[i] ?? ""}`).join(" ");
  return normalizeText(
    "平潭某中心2019年政府信息公开工作年度报告 一、总体情况 全年收到申请若干件。 三、收到和处理政府信息公开申请情况 " +
      "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
      `${rows} 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 ${"0 ".repeat(15)}五、存在的主要问题及改进情况 无。`,
  );
}
const read = (text: string) => extractTemplateTables(text, "2019");
// 本年新收 3, 上年结转 1; 予以公开 2, 部分公开 0, 不掌握 1, 重复申请 1; 总计 4; 结转下年度 0.
const FILLED = { 0: "3", 1: "1", 2: "2", 3: "0", 12: "1", 16: "1", 21: "4", 22: "0" };

describe("§三 printing its 总计 column alone", () => {
  it("reads each row's one figure as its 总计, the empty rows as 0, the applicant cells of the others blank", () => {
    const { value, issues } = read(page(FILLED));
    const v = value.values;
    expect(v["apps.new.total"]).toBe(3);
    expect(v["apps.carried_over.total"]).toBe(1);
    expect(v["outcome.granted.total"]).toBe(2);
    expect(v["outcome.unable.not_held.total"]).toBe(1);
    expect(v["outcome.total.total"]).toBe(4);
    expect(v["apps.carried_forward.total"]).toBe(0);
    expect(v["apps.carried_forward.natural_person"]).toBe(0);
    expect(v["outcome.denied.state_secret.total"]).toBe(0);
    expect(v["outcome.other.commercial"]).toBe(0);
    expect(v["apps.new.natural_person"]).toBeUndefined();
    expect(value.blanks).toContain("outcome.total.natural_person");
    const note = issues.find((f) => f.message.includes("总计"));
    expect(note?.keys).toContain("outcome.total.total");
  });

  it("leaves a group printing nothing to its items' sum (2021: (六)其他处理 over 1. 2. 3.其他)", () => {
    const rows2021 = LABELS.map((l) =>
      l === "（六）其他处理" ? "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" : l,
    );
    rows2021.splice(21, 0, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
    const printed = { 0: "3", 1: "1", 2: "2", 3: "0", 22: "1", 23: "3", 24: "1" };
    const body = rows2021.map((label, i) => `${label} ${(printed as Record<number, string>)[i] ?? ""}`).join(" ");
    const text = page({}).replace(/一、本年新收[\s\S]*?(?= 四、政府信息公开行政复议)/, body);
    const v = extractTemplateTables(normalizeText(text), "2021").value.values;
    expect(v["outcome.total.total"]).toBe(3);
    expect(v["outcome.other.total"]).toBe(1);
    expect(v["apps.carried_forward.total"]).toBe(1);
  });

  it("is not this reading where R1 or R3 fails over the figures, or a row prints two", () => {
    for (const change of [{ 22: "1" }, { 16: "2" }, { 0: "2 1" }]) {
      const { value } = read(page({ ...FILLED, ...change }));
      expect(value.values["outcome.total.total"], JSON.stringify(change)).not.toBe(4);
    }
  });
});

describe("§三 split in two by columns, the second half continuing the first", () => {
  // Per row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 (总计 their sum).
  const FIGS: Record<number, number[]> = {
    0: [5, 0, 1, 0, 2, 0],
    1: [0, 0, 0, 0, 1, 0],
    2: [3, 0, 1, 0, 1, 0],
    12: [1, 0, 0, 0, 2, 0],
    16: [1, 0, 0, 0, 0, 0],
    21: [5, 0, 1, 0, 3, 0],
    22: [0, 0, 0, 0, 0, 0],
  };
  const cells = (i: number, cols: number[]) => {
    const v = FIGS[i] ?? [0, 0, 0, 0, 0, 0];
    const row = [...v, v.reduce((a, b) => a + b, 0)];
    return cols.map((c) => row[c]).join(" ");
  };
  const half = (caption: string, header: string, cols: number[]) =>
    `${caption} 申请人情况 ${header} ` + LABELS.map((label, i) => `${label} ${cells(i, cols)}`).join(" ");
  const split = (second: string) =>
    normalizeText(
      "平潭某局2022年政府信息公开工作年度报告 三、收到和处理政府信息公开申请情况 " +
        half("（表1）", "自然人 法人或其他组织 商业企业 科研机构 社会公益组织", [0, 1, 2, 3]) +
        " " +
        half(second, "法人或其他组织 总计 法律服务机构 其他", [4, 5, 6]) +
        ` 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 ${"0 ".repeat(15)}五、存在的主要问题及改进情况 无。`,
    );

  it("joins each row from both halves", () => {
    const { value, issues } = read(split("（表2 续表1）"));
    const v = value.values;
    expect(v["apps.new.natural_person"]).toBe(5);
    expect(v["apps.new.legal_service"]).toBe(2);
    expect(v["apps.new.total"]).toBe(8);
    expect(v["outcome.granted.total"]).toBe(5);
    expect(v["outcome.unable.not_held.legal_service"]).toBe(2);
    expect(v["outcome.total.total"]).toBe(9);
    expect(v["apps.carried_forward.total"]).toBe(0);
    expect(issues.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("leaves a row blank where its halves do not add up, and reads nothing so without the caption", () => {
    const text = split("（表2 续表1）").replace("2.重复申请 0 0 1 ", "2.重复申请 0 0 2 ");
    expect(text).toContain("2.重复申请 0 0 2 ");
    const { value, issues } = read(text);
    expect(value.values["outcome.rejected.duplicate.total"]).toBeUndefined();
    expect(issues.some((f) => f.keys.includes("outcome.rejected.duplicate.total"))).toBe(true);
    expect(read(split("")).value.values["apps.new.legal_service"]).not.toBe(2);
  });
});

describe("§三 printing 本年新收 and 上年结转 as one row under one label", () => {
  const merged = (joined: string, cells: string) =>
    normalizeText(
      page({ 2: "2 1 0 0 0 0 3", 3: "0 1 0 0 0 0 1", 21: "2 2 0 0 0 0 4", 22: "0 0 0 0 0 0 0" })
        .replace(/一、本年新收政府信息公开申请数量 +二、上年结转政府信息公开申请数量 +/, `${joined} ${cells} `)
        .replace(/\s+(?=三、本年度办理结果)/, " "),
    );

  it("reads neither row from the sums and says why", () => {
    for (const joined of [
      "一、本年新收及上年结转政府信息公开申请数量（其中上年结转1件）",
      "一、本年新收政府信息公开申请数量和上年结转政府信息公开申请数量",
      "一、本年度新收与上年度结转申请数量",
    ]) {
      const text = merged(joined, "2 2 0 0 0 0 4");
      expect(text).toContain(normalizeText(joined));
      const { value, issues } = read(text);
      expect(value.values["apps.carried_over.total"], joined).toBeUndefined();
      expect(value.values["apps.new.total"], joined).toBeUndefined();
      expect(value.values["outcome.total.total"]).toBe(4);
      expect(issues.some((f) => f.keys.includes("apps.carried_over.total") && /及\/和/.test(f.message))).toBe(true);
    }
  });
});

describe("§三 printing a row only as its parts (其中：网上申请 …, 当面申请 …)", () => {
  it("reads no cells of the row from its first part's", () => {
    for (const parts of [
      "其中：网上申请 2 1 0 0 0 0 3 当面申请 1 0 0 0 0 0 1",
      "其中: 来信 3 0 0 0 0 0 3 来访 0 1 0 0 0 0 1",
    ]) {
      const zeros = Object.fromEntries(LABELS.map((_, i) => [i, "0 0 0 0 0 0 0"]));
      const filled = { ...zeros, 0: "", 2: "2 1 0 0 0 0 3", 12: "1 0 0 0 0 0 1", 21: "3 1 0 0 0 0 4" };
      const text = page(filled).replace(/(一、本年新收政府信息公开申请数量)\s+/, `$1 ${normalizeText(parts)} `);
      const { value } = read(text);
      expect(value.values["apps.new.total"], parts).toBeUndefined();
      expect(value.values["apps.new.natural_person"], parts).toBeUndefined();
      expect(value.values["apps.carried_over.total"]).toBe(0);
      expect(value.values["outcome.total.total"]).toBe(4);
    }
  });
});

describe("§三 after its row labels printed alone (a responsive table's frozen first column)", () => {
  it("reads the table that follows, not the last label's run", () => {
    const zeros = Object.fromEntries(LABELS.map((_, i) => [i, "0 0 0 0 0 0 0"]));
    const filled = { ...zeros, 0: "4 1 0 0 0 0 5", 2: "3 0 0 0 0 0 3", 12: "1 1 0 0 0 0 2", 21: "4 1 0 0 0 0 5" };
    for (const lead of ["（表格可左右滑动查看）申请人情况 ", "申请人情况 ", ""]) {
      const column = normalizeText(`${lead}${LABELS.join(" ")} `);
      const text = page(filled).replace(/(三、收到和处理政府信息公开申请情况) /, `$1 ${column}`);
      const { value, issues } = read(text);
      expect(value.values["apps.new.total"], lead).toBe(5);
      expect(value.values["apps.new.commercial"]).toBe(1);
      expect(value.values["outcome.granted.total"]).toBe(3);
      expect(value.values["outcome.total.total"]).toBe(5);
      expect(value.values["apps.carried_forward.total"]).toBe(0);
      expect(issues.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
    }
  });
});

describe("§三 with a share column (占比) after the counts", () => {
  // Per row: six applicant cells and 总计, then the row's share of the year's 总计 as a percentage.
  const ROWS: Record<number, string> = {
    0: "2 1 0 0 1 0 4 100.00%",
    1: "0 0 0 0 0 0 0 0.00%",
    2: "1 1 0 0 0 0 2 50%",
    12: "1 0 0 0 0 0 1 25%",
    16: "0 0 0 0 1 0 1 25%",
    21: "2 1 0 0 1 0 4 100%",
    22: "0 0 0 0 0 0 0 0%",
  };
  const withShares = (header: string, zeros: string) => {
    const printed = Object.fromEntries(LABELS.map((_, i) => [i, ROWS[i] ?? zeros]));
    return page(printed).replace("法律服务机构 其他 ", `法律服务机构 其他 ${header}`);
  };

  it("reads the counts and leaves the shares out, with no warning on any row", () => {
    for (const [header, zeros] of [
      ["占比 ", "0 0 0 0 0 0 0 0%"],
      ["", "0 0 0 0 0 0 0 0.00%"],
      ["比例（%） ", "0 0 0 0 0 0 0"],
    ]) {
      const { value, issues } = read(withShares(header, zeros));
      const v = value.values;
      expect(v["apps.new.natural_person"], header).toBe(2);
      expect(v["apps.new.total"]).toBe(4);
      expect(v["apps.carried_over.total"]).toBe(0);
      expect(v["outcome.granted.total"]).toBe(2);
      expect(v["outcome.rejected.duplicate.legal_service"]).toBe(1);
      expect(v["outcome.total.total"]).toBe(4);
      expect(issues.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  it("leaves out shares printed without % under a 占比 header, and percent cells printed twice", () => {
    const bare = Object.fromEntries(
      Object.entries(ROWS).map(([i, r]) => [i, r.replace(/%$/, "").replace(/ (\d+)$/, " $1.00")]),
    );
    const printed = Object.fromEntries(LABELS.map((_, i) => [i, bare[i] ?? "0 0 0 0 0 0 0 0.00"]));
    const named = page(printed).replace("法律服务机构 其他 ", "法律服务机构 其他 占比 ");
    const { value, issues } = read(named);
    expect(value.values["apps.new.total"]).toBe(4);
    expect(value.values["outcome.granted.total"]).toBe(2);
    expect(issues.filter((f) => f.severity !== "info")).toEqual([]);
    const twice = page({ ...ROWS, 0: "2 1 0 0 1 0 4 100.00%100.00%", 2: "1 1 0 0 0 0 2 50%50%" });
    const again = read(twice);
    expect(again.value.values["apps.new.total"]).toBe(4);
    expect(again.issues.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("keeps counts printed as percentages (a spreadsheet's % format) unreadable", () => {
    const text = page({ 0: "200.00% 100.00% 0.00% 0.00% 100.00% 0.00% 400.00%", 21: "2 1 0 0 1 0 4" });
    const { value, issues } = read(text);
    expect(value.values["apps.new.total"]).toBeUndefined();
    expect(issues.some((f) => f.message.includes("unreadable"))).toBe(true);
  });
});

describe("§三 glued rows whose 总计 has two digits and a 0 left out ('9100010' for 9|1|0|0|0|0|10)", () => {
  it("reads 本年新收 by (七)总计's columns, as it reads (七)总计", () => {
    for (const [first, total, partial, cells] of [
      ["9100010", "9100010", "2000002", [9, 1, 0, 0, 0, 0, 10]],
      ["8200010", "9200011", "2100003", [8, 2, 0, 0, 0, 0, 10]],
    ] as const) {
      const glued = Object.fromEntries(LABELS.map((_, i) => [i, "0000000"]));
      // 予以公开 + 部分公开 + 不掌握 give (七)总计; 上年结转 1 natural person where 总计 is one more than 本年新收.
      const carried = first === total ? "0000000" : "1000001";
      const rows = { ...glued, 0: first, 1: carried, 2: "6100007", 3: partial, 12: "1000001", 21: total };
      const { value } = read(page(rows));
      const v = value.values;
      expect(
        APPLICANT_COLUMNS.map((c) => v[`apps.new.${c}`]),
        first,
      ).toEqual(cells);
      expect(v["outcome.total.total"]).toBe(total === first ? 10 : 11);
    }
  });
});

describe("§三 with 自然人 printed as two columns (本人, 委托代理)", () => {
  it("reads the other cells and the total, 自然人 itself blank", () => {
    for (const two of ["自然人（本人） 自然人（委托代理）", "自然人(个人) 自然人(代理人)"]) {
      const zeros = Object.fromEntries(LABELS.map((_, i) => [i, "0 0 0 0 0 0 0 0"]));
      const rows = {
        ...zeros,
        0: "4 2 1 0 0 0 0 7",
        2: "2 1 1 0 0 0 0 4",
        12: "2 1 0 0 0 0 0 3",
        21: "4 2 1 0 0 0 0 7",
      };
      const text = page(rows).replace("申请人情况 自然人 ", `申请人情况 ${normalizeText(two)} `);
      const { value, issues } = read(text);
      const v = value.values;
      expect(v["apps.new.total"], two).toBe(7);
      expect(v["apps.new.commercial"]).toBe(1);
      expect(v["apps.new.natural_person"]).toBeUndefined();
      expect(v["outcome.granted.total"]).toBe(4);
      expect(v["outcome.total.total"]).toBe(7);
      expect(issues.some((f) => f.rule === "P0" && f.keys.includes("apps.new.natural_person"))).toBe(true);
    }
  });
});
