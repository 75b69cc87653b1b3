import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  const table = {
    columns: ["名称", "2023年"],
    rows: [
      ["瓯海区人民政府", 12],
      ['=HYPERLINK("x")', null],
      ["-1+2", -3],
      ["a,b\nc", 1.5],
    ],
  };
  const csv = toCsv(table, [
    ["地区", "浙江省 温州市"],
    ["指标", "本年新收申请"],
  ]);

  it("starts with a BOM and the selection", () => {
    expect(csv.startsWith("\uFEFF# 地区: 浙江省 温州市\r\n# 指标: 本年新收申请\r\n名称,2023年\r\n")).toBe(true);
  });

  it("keeps numbers as numbers, blanks empty", () => {
    expect(csv).toContain("\r\n瓯海区人民政府,12\r\n");
    expect(csv).toContain(",\r\n'-1+2,-3\r\n");
  });

  it("defuses formulas and quotes separators", () => {
    expect(csv).toContain(`"'=HYPERLINK(""x"")",`);
    expect(csv).toContain(`"a,b\nc",1.5`);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("leaves a signed number or percentage as data, but still defuses a formula that starts like one", () => {
    const out = toCsv({ columns: ["a", "b", "c", "d"], rows: [["+4.1%", "-3", "+1+cmd|' /C calc'!A0", "-2.6%x"]] }, []);
    expect(out).toContain("+4.1%,-3,");
    expect(out).toContain("'+1+cmd|' /C calc'!A0");
    expect(out).toContain("'-2.6%x");
  });

  it("writes a rate or share as the text the page's table shows", () => {
    const out = toCsv({ columns: ["率"], rows: [[{ ratio: 0.375, text: "37.5%（3/8，不足10件）", small: true }]] }, []);
    expect(out).toContain("\r\n37.5%（3/8，不足10件）\r\n");
  });
});
