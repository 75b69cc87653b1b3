import { describe, expect, it } from "vitest";
import { diffTables, tablesOnOneSide, type PageTable } from "./table-diff";

const table = (caption: string, rows: string[][]): PageTable => ({ caption, columns: ["年份", "甲局", "乙局"], rows });

describe("diffTables", () => {
  it("lists each changed cell by table, row and column, old → new", () => {
    const before = [
      table("新收申请", [
        ["2022", "10", "4"],
        ["2023", "7", "5"],
      ]),
    ];
    const after = [
      table("新收申请", [
        ["2022", "13", "4"],
        ["2023", "7", "5"],
        ["2024", "2", ""],
      ]),
    ];
    expect(diffTables(before, after)).toEqual([
      { table: "新收申请", row: "2022", column: "甲局", before: "10", after: "13" },
      { table: "新收申请", row: "2024", column: "甲局", before: "—", after: "2" },
    ]);
  });
  it("finds nothing when the figures are the same, and skips tables only one side has", () => {
    const t = [table("A", [["2022", "1", "2"]])];
    expect(diffTables(t, [...t, table("B", [["2022", "9", "9"]])])).toEqual([]);
  });
  it("names the tables only one side has", () => {
    const a = table("A", [["2022", "1", "2"]]);
    const b = table("B", [["2022", "9", "9"]]);
    expect(tablesOnOneSide([a], [a, b])).toEqual({ added: ["B"], removed: [] });
    expect(tablesOnOneSide([a, b], [b])).toEqual({ added: [], removed: ["A"] });
    expect(tablesOnOneSide([a], [a])).toEqual({ added: [], removed: [] });
  });
  it("stops at the limit", () => {
    const rows = (v: string) => Array.from({ length: 10 }, (_, i) => [String(2010 + i), v, v]);
    expect(diffTables([table("A", rows("1"))], [table("A", rows("2"))], 5)).toHaveLength(5);
  });
});
