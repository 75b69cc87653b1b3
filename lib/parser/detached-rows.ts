/**
 * Row labels set apart from their numbers. A PDF-to-Markdown tool may print a run of row labels as loose
 * lines and the numbers of those rows as one table after them:
 *
 *   2.其他法律行政法规禁止公开
 *   3.危及“三安全一稳定”
 *   | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
 *   | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
 *
 * Read label by label, every label but the last has no cells and the last has them all. When a run of
 * labels without cells ends in a label whose cells fall into exactly one line of `n` per label, the lines
 * are given back to the labels in order, and so are runs of glued digits, one per label, that each read as a
 * row. Any other shape is left alone (and reported by the row reader).
 */
import type { CellToken } from "./cells";
import { fitCells } from "./fit-cells";
import type { RowCheck } from "./glued-split";

/** The tokens split where a line break separates them. */
function lines(text: string, tokens: CellToken[]): CellToken[][] {
  const out: CellToken[][] = [];
  tokens.forEach((t, i) => {
    if (i === 0 || text.slice(tokens[i - 1].pos, t.pos).includes("\n")) out.push([t]);
    else out[out.length - 1].push(t);
  });
  return out;
}

const printed = (tokens: CellToken[]): CellToken[] => tokens.filter((t) => t.kind !== "empty");

/**
 * The cells of a run of `count` labels printed after the last of them, in rows or in columns. One line per row
 * gives them back row by row. Printed on one line, or one line per column (a PDF read down its columns), the
 * row sums decide: the cells are given back row by row or column by column only when exactly one of the two
 * makes every row add up.
 */
function detachedCells(
  text: string,
  filled: CellToken[],
  count: number,
  n: number,
  rowSum?: (cells: number[]) => boolean,
): CellToken[][] | null {
  const split = lines(text, filled);
  if (split.length === count && split.every((l) => l.length === n)) return split;
  if (!rowSum || !filled.every((t) => t.kind === "num") || (split.length !== 1 && split.length !== n)) return null;
  const byRow = Array.from({ length: count }, (_, r) => filled.slice(r * n, r * n + n));
  const byColumn = Array.from({ length: count }, (_, r) => Array.from({ length: n }, (_, c) => filled[c * count + r]));
  const adds = (rs: CellToken[][]) => rs.every((r) => rowSum(r.map((t) => (t.kind === "num" ? t.value : 0))));
  const [rowsAdd, columnsAdd] = [adds(byRow), adds(byColumn)];
  const same = byRow.every((r, k) => r.every((t, c) => t.raw === byColumn[k][c].raw));
  if (rowsAdd && same) return byRow;
  if (rowsAdd === columnsAdd) return null;
  return rowsAdd ? byRow : byColumn;
}

/**
 * One glued run per label ("一、本年新收… 二、上年结转… … 四、结转下年度继续办理 3000003 0000000 …", every label printed
 * before all the runs): a run of at least n digits that reads as one row (R2), given back one per label in order.
 */
function gluedRow(t: CellToken, n: number, rowSum?: RowCheck): boolean {
  if (t.kind !== "num" || !/^\d+$/.test(t.raw) || t.raw.length < n) return false;
  const fit = fitCells([t], n, rowSum);
  return (fit.alternatives?.length ?? 0) > 0 || (fit.cells !== null && !fit.problem);
}

/**
 * `rows[i]` are the tokens after label i; `grouping[i]` marks a label that only groups sub-items; `rowSum`, when
 * given, says whether a row's n cells add up (R2), and lets cells printed on one line or by column be given back.
 */
export function reattachDetachedRows(
  text: string,
  rows: CellToken[][],
  grouping: boolean[],
  n: number,
  rowSum?: RowCheck,
): CellToken[][] {
  const out = [...rows];
  let run: number[] = [];
  rows.forEach((tokens, i) => {
    const filled = printed(tokens);
    if (grouping[i] && filled.length === 0) return;
    run.push(i);
    if (filled.length === 0) return;
    if (run.length > 1 && filled.length === run.length * n) {
      const cells = detachedCells(text, filled, run.length, n, rowSum);
      if (cells) cells.forEach((l, k) => (out[run[k]] = l));
    } else if (run.length > 1 && filled.length === run.length && filled.every((t) => gluedRow(t, n, rowSum))) {
      filled.forEach((t, k) => (out[run[k]] = [t]));
    }
    run = [];
  });
  return out;
}
