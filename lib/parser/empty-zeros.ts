/**
 * §三 printed with its zeros as empty cells: a flattened web table whose empty cells left nothing behind, so a
 * row shows only its non-zero figures ("59 1 85 145" for 59 | 1 | 0 | 0 | 0 | 85 | 145) and a row of zeros
 * shows nothing at all. Told apart from a table that dropped some rows' cells (pt-2021-07 prints "1000001"
 * beside rows with no cells) by its own shape: no figure is printed as 0 or glued to others, and every row
 * that prints figures ends in their sum (its 总计). Only then is an empty cell read as 0.
 */
import type { CellToken } from "./cells";
import type { Cell } from "./fit-cells";

/** A figure printed alone: no leading zero, not a glued run of several cells (five digits at most). */
const WHOLE_FIGURE = /^[1-9]\d{0,4}$/;

/** `rows[i]` are the tokens after label i; `groups[i]` marks a heading that holds no cells; n cells a row. */
export function printsZerosEmpty(rows: CellToken[][], groups: boolean[], n: number): boolean {
  let short = false;
  for (let i = 0; i < rows.length; i++) {
    if (groups[i]) continue;
    const tokens = rows[i].filter((t) => t.kind !== "empty");
    if (tokens.length === 0) continue;
    if (tokens.length < 2 || tokens.length > n) return false;
    const values: number[] = [];
    for (const t of tokens) {
      if (t.kind !== "num" || !WHOLE_FIGURE.test(t.raw)) return false;
      values.push(t.value);
    }
    const total = values[values.length - 1];
    if (values.slice(0, -1).reduce((a, b) => a + b, 0) !== total) return false;
    if (tokens.length < n) short = true;
  }
  return short;
}

/** A reading's empty cells as the zeros they stand for. */
export const emptyAsZero = (cells: Cell[]): Cell[] => cells.map((c) => (c.value === null ? { ...c, value: 0 } : c));
