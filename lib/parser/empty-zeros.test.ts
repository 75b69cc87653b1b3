import { describe, expect, it } from "vitest";
import { scanCells } from "./cells";
import { emptyAsZero, printsZerosEmpty } from "./empty-zeros";

const rowsOf = (...rows: string[]) => rows.map((r) => scanCells(r, 0, r.length));
const flat = (n: number) => new Array<boolean>(n).fill(false);

describe("printsZerosEmpty", () => {
  it("knows a table whose rows print only their non-zero figures, each ending in its sum", () => {
    const rows = rowsOf(" 40 3 1 2 46", "", " 25 2 1 28", "", " 5 5");
    expect(printsZerosEmpty(rows, flat(5), 7)).toBe(true);
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
