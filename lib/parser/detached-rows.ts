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
 * are given back to the labels in order. Any other shape is left alone (and reported by the row reader).
 */
import type { CellToken } from "./cells";

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

/** `rows[i]` are the tokens after label i; `grouping[i]` marks a label that only groups sub-items. */
export function reattachDetachedRows(text: string, rows: CellToken[][], grouping: boolean[], n: number): CellToken[][] {
  const out = [...rows];
  let run: number[] = [];
  rows.forEach((tokens, i) => {
    const filled = printed(tokens);
    if (grouping[i] && filled.length === 0) return;
    run.push(i);
    if (filled.length === 0) return;
    if (run.length > 1 && filled.length === run.length * n) {
      const split = lines(text, filled);
      if (split.length === run.length && split.every((l) => l.length === n)) split.forEach((l, k) => (out[run[k]] = l));
    }
    run = [];
  });
  return out;
}
