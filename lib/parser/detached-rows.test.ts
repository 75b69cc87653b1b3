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
});
