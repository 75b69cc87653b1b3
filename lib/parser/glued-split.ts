/**
 * Splits digit runs that lost their separators ("640020470" for a seven-cell row) into exactly n cells
 * that satisfy the row's own constraint (e.g. total = sum of the parts). Search is depth-first with a
 * node budget, so a long run cannot hang the parser.
 */

export type RowCheck = (cells: number[]) => boolean;

export interface GluedSplit {
  cells: number[];
  /** How many splits satisfied the check (capped); > 1 means the first was chosen. */
  solutions: number;
}

const MAX_DIGITS = 40;
const NODE_BUDGET = 20_000;
/** No count in these tables reaches ten million. */
const MAX_PIECE = 7;
const SOLUTION_CAP = 20;

/** Each run must be cut into ≥ 1 pieces; pieces have no leading zero; total pieces = n. */
export function splitGlued(runs: string[], n: number, check: RowCheck): GluedSplit | null {
  const digits = runs.join("");
  if (digits.length > MAX_DIGITS || digits.length < n || !/^\d+$/.test(digits)) return null;
  // Cut positions forced by the runs' own borders.
  const forced = new Set<number>();
  let at = 0;
  for (const run of runs) forced.add((at += run.length));
  const state = { nodes: 0, first: null as number[] | null, solutions: 0 };
  const pieces: number[] = [];

  const walk = (pos: number): void => {
    if (state.nodes++ > NODE_BUDGET || state.solutions >= SOLUTION_CAP) return;
    if (pieces.length === n) {
      if (pos === digits.length && check(pieces)) {
        state.solutions++;
        state.first ??= [...pieces];
      }
      return;
    }
    const left = n - pieces.length;
    if (digits.length - pos > left * MAX_PIECE) return;
    for (let len = 1; len <= MAX_PIECE && pos + len <= digits.length - (left - 1); len++) {
      if (len > 1 && digits[pos] === "0") break;
      // A piece may not run across a border that was printed.
      if (len > 1 && forced.has(pos + len - 1)) break;
      pieces.push(Number(digits.slice(pos, pos + len)));
      walk(pos + len);
      pieces.pop();
    }
  };
  walk(0);
  return state.first ? { cells: state.first, solutions: state.solutions } : null;
}
