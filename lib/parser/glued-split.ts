/**
 * Splits digit runs that lost their separators ("640020470" for a seven-cell row) into exactly n cells
 * that satisfy the row's own constraint (e.g. total = sum of the parts). Search is depth-first with a
 * node budget, so a long run cannot hang the parser.
 */

export type RowCheck = (cells: number[]) => boolean;

/** A run standing for a cell printed blank ("-", "—") between glued digits. */
export const BLANK_RUN = "_";

export interface GluedSplit {
  /** null where the run was a blank marker. */
  cells: (number | null)[];
  /** How many splits satisfied the check (capped); > 1 means the first was chosen. */
  solutions: number;
  /** Every split found, the chosen one first (capped), for callers that can tell them apart. */
  all: (number | null)[][];
}

const MAX_DIGITS = 40;
const NODE_BUDGET = 20_000;
/** No count in these tables reaches ten million. */
const MAX_PIECE = 7;
const SOLUTION_CAP = 20;

/**
 * Each run must be cut into ≥ 1 pieces; pieces have no leading zero; total pieces = n. A BLANK_RUN is
 * one blank cell (checked as 0).
 */
export function splitGlued(runs: string[], n: number, check: RowCheck): GluedSplit | null {
  const digits = runs.join("");
  if (digits.length > MAX_DIGITS || digits.length < n || !/^[\d_]+$/.test(digits)) return null;
  // Cut positions forced by the runs' own borders.
  const forced = new Set<number>();
  let at = 0;
  for (const run of runs) forced.add((at += run.length));
  const state = { nodes: 0, all: [] as (number | null)[][], solutions: 0 };
  const pieces: (number | null)[] = [];

  /** The longest piece allowed at pos: no leading zero, no crossing a printed border, room for the rest. */
  const maxPieceAt = (pos: number, left: number): number => {
    if (digits[pos] === "0") return 1;
    let len = 1;
    while (len < MAX_PIECE && pos + len + 1 <= digits.length - (left - 1) && !forced.has(pos + len) && digits[pos + len] !== BLANK_RUN) len++;
    return len;
  };

  const walk = (pos: number): void => {
    if (state.nodes++ > NODE_BUDGET || state.solutions >= SOLUTION_CAP) return;
    if (pieces.length === n) {
      if (pos === digits.length && check(pieces.map((p) => p ?? 0))) {
        state.solutions++;
        state.all.push([...pieces]);
      }
      return;
    }
    const left = n - pieces.length;
    if (digits.length - pos > left * MAX_PIECE) return;
    // Longest piece first: the first split found favours large leading cells, and in these tables the
    // first column (自然人) usually holds most of the count.
    if (digits[pos] === BLANK_RUN) {
      pieces.push(null);
      walk(pos + 1);
      pieces.pop();
      return;
    }
    for (let len = maxPieceAt(pos, left); len >= 1; len--) {
      pieces.push(Number(digits.slice(pos, pos + len)));
      walk(pos + len);
      pieces.pop();
    }
  };
  walk(0);
  return state.all.length ? { cells: state.all[0], solutions: state.solutions, all: state.all } : null;
}
