import { describe, expect, it } from "vitest";
import { blankMarkupResidue } from "./markup-residue";

describe("blankMarkupResidue", () => {
  it("blanks Word's settings line and mso- style blocks, keeping positions", () => {
    const text =
      "报告 Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable " +
      "{mso-style-name:普通表格; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; font-size:10.0pt;} 一、总体情况";
    const out = blankMarkupResidue(text);
    expect(out.length).toBe(text.length);
    expect(out.replace(/\s+/g, " ")).toBe("报告 一、总体情况");
  });

  it("blanks <br> and &nbsp; left inside table cells, and leaves plain text alone", () => {
    expect(blankMarkupResidue("| 5.要求行政机关确认或<br>重新出具已获取信息 | 1&nbsp;|").replace(/\s+/g, "")).toBe(
      "|5.要求行政机关确认或重新出具已获取信息|1|",
    );
    const plain = "font-weight:normal 的说明 {不是样式}";
    expect(blankMarkupResidue(plain)).toBe(plain);
  });
});
