import { describe, expect, it } from "vitest";
import { blankSheetGrid, formulasAsSums } from "./sheet-grid";
import { extractTemplateTables } from "./template-tables";
import { SECTION3, SECTION3_TITLE, printedLabel } from "@/lib/template/modern";

/** §三 rows, each cell run given by `cells` (the six applicants, then 总计). */
function section3(cells: (six: number[]) => string, lead = "", rowNumber = (_: number) => ""): string {
  const figures: Record<string, number[]> = {
    "apps.new": [2, 0, 1, 0, 0, 3],
    "outcome.granted": [1, 0, 1, 0, 0, 0],
    "outcome.unable.not_held": [1, 0, 0, 0, 0, 3],
    "outcome.total": [2, 0, 1, 0, 0, 3],
  };
  let n = 3;
  return (
    `${SECTION3_TITLE} ${lead}申请人情况 ${rowNumber(1)}自然人 法人或其他组织 总计 ${rowNumber(2)}商业企业 科研机构 ` +
    "社会公益组织 法律服务机构 其他 " +
    SECTION3["2021"]
      .map((row) => {
        const six = figures[row.key] ?? [0, 0, 0, 0, 0, 0];
        return `${rowNumber(n++)}${printedLabel(row)}${row.group ? "" : ` ${cells(six)}`}`;
      })
      .join(" ")
  );
}

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

describe("tables copied from a spreadsheet's preview", () => {
  it("blanks the column letters, each sheet row's number and the tabs, so the rows read as the table", () => {
    const text = `${section3(
      (v) => `${v.join(" ")} ${sum(v)}`,
      "A B C D E F G H I ",
      (n) => `${n} `,
    )} Sheet1 Sheet2 五、存在的主要问题 无。`;
    const blanked = blankSheetGrid(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toMatch(/A B C|Sheet1/);
    const { value, issues } = extractTemplateTables(blanked, "2021");
    expect(value.values["apps.new.natural_person"]).toBe(2);
    expect(value.values["apps.new.total"]).toBe(6);
    expect(value.values["outcome.unable.not_held.other_org"]).toBe(3);
    expect(value.values["outcome.total.total"]).toBe(6);
    expect(issues.filter((f) => f.rule === "P1")).toEqual([]);
    // The same through the stage itself, as a page prints it.
    expect(extractTemplateTables(text, "2021").value.values["apps.carried_forward.total"]).toBe(0);
  });

  it("blanks a row printing no label by the numbers around it, and leaves letters with no numbered rows", () => {
    const s4 =
      "A B C D E F G H I J K L M N O 1 行政复议 行政诉讼 2 结果维持 结果纠正 其他结果 尚未审结 总计 " +
      "未经复议直接起诉 复议后起诉 3 结果维持 结果纠正 其他结果 尚未审结 总计 4 0 4 0 0 4 0 0 0 0 0 0 0 0 0 0 5 Sheet1";
    const blanked = blankSheetGrid(s4);
    expect(blanked).toContain("尚未审结 总计   0 4 0 0 4 0 0");
    expect(blanked.trimEnd().endsWith("0 0")).toBe(true);
    const plain = "方案A B C D E五项 共1件 2件 3件";
    expect(blankSheetGrid(plain)).toBe(plain);
  });

  it("reads a total printed as its row-sum formula as that sum, and leaves any other formula as printed", () => {
    const text = `${section3((v) => `${v.join(" ")} =SUM(B${v.length}:G${v.length})`)} 四、政府信息公开行政复议`;
    const { value, issues } = extractTemplateTables(text, "2021");
    expect(value.values["apps.new.total"]).toBe(6);
    expect(value.values["outcome.granted.total"]).toBe(2);
    expect(value.values["apps.carried_over.total"]).toBe(0);
    expect(issues.some((f) => f.rule === "P2" && f.keys.includes("apps.new.total"))).toBe(true);
    // The source quotes the row as printed, formula and all, never the sum written in its place.
    expect(value.sources["apps.new.total"].raw).toMatch(/ 2 0 1 0 0 3 =SUM\(B6:G6\)$/);
    expect(value.sources["apps.new.natural_person"].raw).not.toMatch(/ 6$/);
    // Other spellings of a row's sum; a column's or another row's sum, and a sheet's error, give no figure.
    const spelled = "3 1 ＝SUM（C6:D6） 2 5 =C6+D6 4 4 =SUM(C6,D6) 1 2 =SUM(C3:C9) 4 5 =SUM(A2:D2) 7 8 #REF!";
    expect(formulasAsSums(spelled).text).toBe(
      `3 1 4${" ".repeat(10)} 2 5 7${" ".repeat(5)} 4 4 8${" ".repeat(10)} ` +
        `1 2${" ".repeat(12)} 4 5${" ".repeat(12)} 7 8${" ".repeat(6)}`,
    );
  });
});
