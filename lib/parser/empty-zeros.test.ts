import { describe, expect, it } from "vitest";
import { scanCells } from "./cells";
import { fitCells } from "./fit-cells";
import {
  emptyAsZero,
  markersAsZero,
  placeBySpaces,
  printsZerosAsMarkers,
  printsZerosEmpty,
  readingsBySpaces,
} from "./empty-zeros";

const rowsOf = (...rows: string[]) => rows.map((r) => scanCells(r, 0, r.length));
const flat = (n: number) => new Array<boolean>(n).fill(false);

describe("printsZerosEmpty", () => {
  it("knows a table whose rows print only their non-zero figures, each ending in its sum", () => {
    const rows = rowsOf(" 40 3 1 2 46", "", " 25 2 1 28", "", " 5 5");
    expect(printsZerosEmpty(rows, flat(5), 7)).toBe(true);
  });

  it("knows the same table with each row's non-zero figures glued, no 0 anywhere (112 = 1|1|2, 11 = 1|1)", () => {
    expect(printsZerosEmpty(rowsOf("112", "", "11", "", "11", "112", ""), flat(7), 7)).toBe(true);
    // A glued run that no split ends in its sum, or one holding a 0, is not such a row.
    expect(printsZerosEmpty(rowsOf("113", "", "11"), flat(3), 7)).toBe(false);
    expect(printsZerosEmpty(rowsOf("1102", ""), flat(2), 7)).toBe(false);
  });

  it("refuses a printed 0, a glued run, a row that does not end in its sum, or a table of full rows", () => {
    expect(printsZerosEmpty(rowsOf(" 4 0 4", ""), flat(2), 7)).toBe(false);
    // pt-2021-07: glued rows beside rows that print no cells.
    expect(printsZerosEmpty(rowsOf("1000001", "", "1000001"), flat(3), 7)).toBe(false);
    expect(printsZerosEmpty(rowsOf(" 30 2 2", ""), flat(2), 7)).toBe(false);
    expect(printsZerosEmpty(rowsOf(" 1 1 1 1 1 1 6"), flat(1), 7)).toBe(false);
    expect(printsZerosEmpty(rowsOf(" 7", ""), flat(2), 7)).toBe(false);
  });

  it("skips group headings", () => {
    expect(printsZerosEmpty(rowsOf(" 2 2", " 9"), [false, true], 7)).toBe(true);
  });
});

describe("emptyAsZero", () => {
  it("reads empty cells as 0 and keeps the rest", () => {
    const cells = [
      { value: null, pos: 3 },
      { value: 5, pos: 4 },
    ];
    expect(emptyAsZero(cells)).toEqual([
      { value: 0, pos: 3 },
      { value: 5, pos: 4 },
    ]);
  });
});

const lastIsSum = (v: number[]) => v[v.length - 1] === v.slice(0, -1).reduce((a, b) => a + b, 0);
const valuesOf = (text: string, n: number, check = lastIsSum) => {
  const placed = placeBySpaces(text, scanCells(text, 0, text.length), n, check);
  return placed && { values: placed.cells.map((c) => c.value), spaced: placed.spaced };
};

describe("placeBySpaces", () => {
  it("places the empty cells where each left its space", () => {
    expect(valuesOf(" 59 1    85 145", 7)).toEqual({ values: [59, 1, null, null, null, 85, 145], spaced: true });
    // Cells empty before the first figure: its spaces, less the one that parts it from the label.
    expect(valuesOf("      22 22 ", 7)).toEqual({ values: [null, null, null, null, null, 22, 22], spaced: true });
    expect(valuesOf("  7     7", 7)).toEqual({ values: [null, 7, null, null, null, null, 7], spaced: true });
  });

  it("places empty cells at the end by the check (a §四 group of zeros after the last figure)", () => {
    const groups = (v: number[]) => [0, 5, 10].every((g) => v[g + 4] === v[g] + v[g + 1] + v[g + 2] + v[g + 3]);
    expect(valuesOf(" 2   1 3  1   1      五", 15, groups)?.values).toEqual([
      2,
      null,
      null,
      1,
      3,
      null,
      1,
      null,
      null,
      1,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("says when the spaces show nothing a collapsed print would not", () => {
    expect(valuesOf(" 37 4 1 2 44", 5)?.spaced).toBe(false);
    // A collapsed row of a seven-cell table: its spaces cannot place two empty cells.
    expect(valuesOf(" 37 4 1 2 44", 7)).toBeNull();
  });

  it("refuses spaces that cannot place the figures, words between them, or several placements", () => {
    // Eleven cells' worth of spaces for seven cells.
    expect(valuesOf(" 5          5", 7)).toBeNull();
    expect(valuesOf(" 5 页 5", 7)).toBeNull();
    // Three spaces before and after: one empty cell at either end, the check cannot tell which.
    expect(valuesOf("   5 5   ", 4, () => true)?.values).toEqual([null, 5, 5, null]);
    expect(valuesOf("   5 5   ", 5, () => true)).toBeNull();
    expect(valuesOf(" 5 05", 7)).toBeNull();
  });
});

describe("readingsBySpaces", () => {
  const text = "甲 12   3  1 16 乙      4 4 丙        丁 2      2";
  const rowsIn = (t: string) => {
    const at = ["甲", "乙", "丙", "丁"].map((w) => t.indexOf(w));
    return at.map((from, i) => scanCells(t, from + 1, i + 1 < at.length ? at[i + 1] : t.length));
  };

  it("reads every row by its spaces once some row shows them", () => {
    const got = readingsBySpaces(text, rowsIn(text), flat(4), 7);
    expect(got?.map((r) => r?.map((c) => c.value) ?? null)).toEqual([
      [12, null, null, 3, null, 1, 16],
      [null, null, null, null, null, 4, 4],
      null,
      [2, null, null, null, null, null, 2],
    ]);
  });

  it("leaves a collapsed table, or one with a row the spaces cannot place, to the sums", () => {
    const collapsed = "甲 12 3 1 16 乙 4 4 丙 丁 2 2";
    expect(readingsBySpaces(collapsed, rowsIn(collapsed), flat(4), 7)).toBeNull();
    const broken = "甲 12   3  1 16 乙 4 4 丙        丁 2      2";
    expect(readingsBySpaces(broken, rowsIn(broken), flat(4), 7)).toBeNull();
  });
});

describe("markersAsZero", () => {
  const read = (row: string, n = 7) => {
    const tokens = scanCells(row, 0, row.length);
    const cells = fitCells(tokens, n).cells ?? [];
    return markersAsZero(cells, tokens, lastIsSum).map((c) => c.value);
  };

  it("reads a dash, slash or 无 printed for a zero as 0 where the row total holds with it", () => {
    expect(read(" 5 — 3 / 无 — 8")).toEqual([5, 0, 3, 0, 0, 0, 8]);
    expect(read(" ———————")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(read(" - 4 - - - 2 6")).toEqual([0, 4, 0, 0, 0, 2, 6]);
  });

  it("reads a run of dashes between words as a row's markers, a Markdown rule between borders as none", () => {
    const row = "1.信访举报投诉类申请 ------- 2.重复申请";
    expect(scanCells(row, 11, row.indexOf("2.")).map((t) => t.kind)).toEqual(["blank"]);
    expect(scanCells("| --- | :---: |", 0, 15)).toEqual([]);
    expect(scanCells("\n---\n", 0, 5)).toEqual([]);
  });

  it("keeps the markers blank where the row total does not hold, or a cell is not a marker", () => {
    expect(read(" 5 — 3 / 无 — 9")).toEqual([5, null, 3, null, null, null, 9]);
    // The total itself printed as a dash beside figures: 0 would break the row.
    expect(read(" 5 — 3 / 无 — —")).toEqual([5, null, 3, null, null, null, null]);
    // An empty bordered cell is not a marker.
    expect(read("| 5 | — | | 1 | 0 | 0 | 6 |")).toEqual([5, null, null, 1, 0, 0, 6]);
  });
});

describe("printsZerosAsMarkers", () => {
  it("knows a table that prints markers and never a 0 of its own", () => {
    expect(printsZerosAsMarkers(rowsOf(" 5 — 3 / 无 — 8", " ———————", "8442—977—230"))).toBe(true);
  });

  it("refuses a table that prints 0 beside its markers (the dash means a cell left blank), or no marker", () => {
    expect(printsZerosAsMarkers(rowsOf(" 5 — 3 / 无 — 8", " 0 0 0 0 0 0 0"))).toBe(false);
    expect(printsZerosAsMarkers(rowsOf("10-0001"))).toBe(false);
    expect(printsZerosAsMarkers(rowsOf(" 5 10 3 18"))).toBe(false);
  });
});
