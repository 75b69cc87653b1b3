import { describe, expect, it } from "vitest";
import { scanCells, type CellToken } from "./cells";
import { reattachDetachedRows } from "./detached-rows";

/** Splits a text at the given labels into the token lists a label-by-label reader sees. */
function rowsOf(text: string, labels: string[]): CellToken[][] {
  const at = labels.map((l) => text.indexOf(l) + l.length);
  return at.map((from, i) => scanCells(text, from, i + 1 < at.length ? text.indexOf(labels[i + 1]) : text.length));
}
const values = (rows: CellToken[][]) =>
  rows.map((r) => r.filter((t) => t.kind !== "empty").map((t) => (t.kind === "num" ? t.value : t.kind)));

describe("reattachDetachedRows", () => {
  const text = "甲\n乙\n丙\n| 1 | 0 | 1 |\n| 0 | 2 | 2 |\n| 3 | 0 | 3 |\n";

  it("gives a run of labels without cells the lines that follow the last of them, in order", () => {
    const rows = reattachDetachedRows(text, rowsOf(text, ["甲", "乙", "丙"]), [false, false, false], 3);
    expect(values(rows)).toEqual([
      [1, 0, 1],
      [0, 2, 2],
      [3, 0, 3],
    ]);
  });

  it("skips group labels and leaves any other shape alone", () => {
    const grouped = reattachDetachedRows(text, rowsOf(text, ["甲", "乙", "丙"]), [false, true, false], 3);
    expect(values(grouped)[2]).toHaveLength(9);
    const short = "甲\n乙\n| 1 | 0 | 1 |\n| 0 | 2 |\n";
    expect(values(reattachDetachedRows(short, rowsOf(short, ["甲", "乙"]), [false, false], 3))).toEqual([
      [],
      [1, 0, 1, 0, 2],
    ]);
  });

  // R2 on three cells: the last is the sum of the first two.
  const rowSum = (c: number[]) => c[2] === c[0] + c[1];

  it("gives back cells printed on one line after the labels, row by row or column by column, as the sums say", () => {
    const byRow = "甲 乙 丙 1 2 3 0 4 4 5 0 5";
    expect(
      values(reattachDetachedRows(byRow, rowsOf(byRow, ["甲", "乙", "丙"]), [false, false, false], 3, rowSum)),
    ).toEqual([
      [1, 2, 3],
      [0, 4, 4],
      [5, 0, 5],
    ]);
    // The same rows printed down the columns: 1 0 5 | 2 4 0 | 3 4 5.
    const byColumn = "甲 乙 丙 1 0 5 2 4 0 3 4 5";
    const rows = reattachDetachedRows(byColumn, rowsOf(byColumn, ["甲", "乙", "丙"]), [false, false, false], 3, rowSum);
    expect(values(rows)).toEqual([
      [1, 2, 3],
      [0, 4, 4],
      [5, 0, 5],
    ]);
  });

  it("leaves one-line cells alone where both orders add up or neither does, and without a row sum", () => {
    // 0 1 1 | 2 1 3 by row, 0 1 1 | 1 2 3 by column: both add up, and they differ.
    const both = "甲 乙 0 1 1 2 1 3";
    expect(values(reattachDetachedRows(both, rowsOf(both, ["甲", "乙"]), [false, false], 3, rowSum))[0]).toEqual([]);
    const neither = "甲 乙 1 1 3 1 1 3";
    expect(values(reattachDetachedRows(neither, rowsOf(neither, ["甲", "乙"]), [false, false], 3, rowSum))[0]).toEqual(
      [],
    );
    const noSum = "甲 乙 丙 1 2 3 0 4 4 5 0 5";
    expect(values(reattachDetachedRows(noSum, rowsOf(noSum, ["甲", "乙", "丙"]), [false, false, false], 3))[0]).toEqual(
      [],
    );
  });
});
