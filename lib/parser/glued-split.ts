/**
 * Reads digit runs that lost their separators ("640020470" for a seven-cell row) as exactly n cells that
 * satisfy the row's own constraint (e.g. total = sum of the parts). When the runs hold fewer digits than
 * cells (a flattened row whose empty cells left nothing behind, "3 3" for seven cells), the missing cells
 * are placed as gaps, each alignment a reading of its own. The search is depth-first with a node budget, so
 * a long run cannot hang the parser; a search cut short says so and proves nothing.
 */

/** A row's constraint on its cells. `sums` says it is "cell `total` = Σ cells `parts`", which the search uses. */
export type RowCheck = ((cells: number[]) => boolean) & { sums?: readonly SumGroup[] };

export interface SumGroup {
  parts: readonly number[];
  total: number;
}

/** The check "each group's total is the sum of its parts", with the groups kept for the search. */
export function sumCheck(groups: readonly SumGroup[]): RowCheck {
  const check = (c: number[]): boolean => groups.every((g) => c[g.total] === g.parts.reduce((sum, p) => sum + c[p], 0));
  return Object.assign(check, { sums: groups });
}

/** A run standing for a cell printed blank ("-", "—") between glued digits. */
export const BLANK_RUN = "_";

export interface GluedSplit {
  /** The first reading found; null where the run was a blank marker or a gap. */
  cells: (number | null)[];
  /** How many readings satisfied the check (capped at SOLUTION_CAP). */
  solutions: number;
  /** Every reading found, `cells` first (capped). */
  all: (number | null)[][];
  /** The digits themselves allow only one reading, whatever the check says. */
  forced: boolean;
  /** The search stopped at its node budget or solution cap: `all` may miss readings. */
  incomplete: boolean;
}

const MAX_DIGITS = 40;
/** Worst case measured on one 15-cell run with gaps: see glued-split.test.ts ("stays within its budget"). */
const NODE_BUDGET = 20_000;
/**
 * The longest cell a glued run is cut into. Real tables glue small counts (a district's busiest row is a few
 * thousand); a six-digit count glued to its neighbours leaves the row unread, with a finding, never misread.
 */
const MAX_PIECE = 5;
const SOLUTION_CAP = 64;

interface Search {
  digits: string;
  n: number;
  forced: Set<number>;
  /** Fewest cells the digits from each position can make (the pruning bound). */
  minCells: number[];
  /** Most cells the digits from each position can make (one per digit). */
  maxCells: number[];
  /** Cells that may be left as gaps (0 when the digits fill every cell). */
  gaps: number;
  /** Every run is one whole cell (a spaced row whose empty cells left nothing): only the gaps are placed. */
  whole: boolean;
  check: RowCheck;
  /** Cell index → the sum group whose total it is (its parts come before it). */
  totals: Map<number, SumGroup>;
  nodes: number;
  cap: number;
  all: (number | null)[][];
}

/** The longest piece allowed at pos: no leading zero, no crossing a printed border, room for the rest. */
function maxPieceAt(s: Search, pos: number, left: number): number {
  if (s.digits[pos] === "0") return 1;
  let len = 1;
  const room = s.digits.length - Math.max(0, left - 1 - s.gaps);
  while (len < MAX_PIECE && pos + len + 1 <= room && !s.forced.has(pos + len) && s.digits[pos + len] !== BLANK_RUN)
    len++;
  return len;
}

/** Suffix bounds: the fewest and most cells digits[pos..] can be cut into, given borders and leading zeros. */
function cellBounds(digits: string, forced: Set<number>): { minCells: number[]; maxCells: number[] } {
  const len = digits.length;
  const minCells = new Array<number>(len + 1).fill(0);
  const maxCells = new Array<number>(len + 1).fill(0);
  for (let pos = len - 1; pos >= 0; pos--) {
    maxCells[pos] = maxCells[pos + 1] + 1;
    let best = Infinity;
    const longest = digits[pos] === "0" || digits[pos] === BLANK_RUN ? 1 : MAX_PIECE;
    for (let l = 1; l <= longest && pos + l <= len; l++) {
      if (l > 1 && (forced.has(pos + l - 1) || digits[pos + l - 1] === BLANK_RUN)) break;
      best = Math.min(best, 1 + minCells[pos + l]);
    }
    minCells[pos] = best;
  }
  return { minCells, maxCells };
}

function walk(s: Search, pos: number, pieces: (number | null)[], gapsLeft: number): void {
  if (s.nodes++ > NODE_BUDGET || s.all.length >= s.cap) return;
  if (pieces.length === s.n) {
    if (pos === s.digits.length && s.check(pieces.map((p) => p ?? 0))) s.all.push([...pieces]);
    return;
  }
  const left = s.n - pieces.length;
  if (left < s.minCells[pos] || left > s.maxCells[pos] + gapsLeft) return;
  // A gap: an empty cell that left no digit behind.
  if (gapsLeft > 0) {
    pieces.push(null);
    walk(s, pos, pieces, gapsLeft - 1);
    pieces.pop();
  }
  if (pos >= s.digits.length) return;
  if (s.digits[pos] === BLANK_RUN) {
    pieces.push(null);
    walk(s, pos + 1, pieces, gapsLeft);
    pieces.pop();
    return;
  }
  const group = s.totals.get(pieces.length);
  if (group) return walkTotal(s, pos, pieces, gapsLeft, group);
  // Longest piece first: the first reading found favours large leading cells.
  for (let len = s.whole ? runAt(s, pos) : maxPieceAt(s, pos, left); len >= 1; len = s.whole ? 0 : len - 1) {
    pieces.push(Number(s.digits.slice(pos, pos + len)));
    walk(s, pos + len, pieces, gapsLeft);
    pieces.pop();
  }
}

/** A group's total is known once its parts are placed: only the digits that print it can follow. */
function walkTotal(s: Search, pos: number, pieces: (number | null)[], gapsLeft: number, group: SumGroup): void {
  const want = String(group.parts.reduce((sum, p) => sum + (pieces[p] ?? 0), 0));
  const end = pos + want.length;
  if (want.length > MAX_PIECE || !s.digits.startsWith(want, pos)) return;
  for (let k = pos + 1; k < end; k++) if (s.forced.has(k)) return;
  if (s.whole && end !== pos + runAt(s, pos)) return;
  pieces.push(Number(want));
  walk(s, end, pieces, gapsLeft);
  pieces.pop();
}

/** The length of the run that starts at pos (up to the next printed border). */
function runAt(s: Search, pos: number): number {
  let end = pos + 1;
  while (end < s.digits.length && !s.forced.has(end)) end++;
  return end - pos;
}

/** Suffix bounds when every run is one cell: exactly the runs left. */
function runBounds(digits: string, forced: Set<number>): { minCells: number[]; maxCells: number[] } {
  const count = new Array<number>(digits.length + 1).fill(0);
  for (let pos = digits.length - 1; pos >= 0; pos--) count[pos] = count[pos + 1] + (forced.has(pos + 1) ? 1 : 0);
  return { minCells: count, maxCells: count };
}

function search(
  digits: string,
  n: number,
  forced: Set<number>,
  gaps: number,
  check: RowCheck,
  cap: number,
  whole = false,
): Search {
  const totals = new Map<number, SumGroup>();
  for (const g of check.sums ?? []) if (g.parts.every((p) => p < g.total)) totals.set(g.total, g);
  const bounds = whole ? runBounds(digits, forced) : cellBounds(digits, forced);
  const s: Search = { digits, n, forced, ...bounds, gaps, whole, check, totals, nodes: 0, cap, all: [] };
  walk(s, 0, [], gaps);
  return s;
}

/**
 * Each run is cut into ≥ 1 pieces; pieces have no leading zero; pieces plus gaps = n. A BLANK_RUN is one
 * blank cell (checked as 0). Gaps are allowed only when `gaps` is set and the digits cannot fill n cells.
 */
export function splitGlued(
  runs: string[],
  n: number,
  check: RowCheck,
  opts: { gaps?: boolean } = {},
): GluedSplit | null {
  const digits = runs.join("");
  if (digits.length > MAX_DIGITS || digits.length > n * MAX_PIECE || !/^[\d_]+$/.test(digits) || digits.length === 0)
    return null;
  const gaps = opts.gaps ? Math.max(0, n - digits.length) : 0;
  if (digits.length + gaps < n) return null;
  // Cut positions forced by the runs' own borders.
  const forced = new Set<number>();
  let at = 0;
  for (const run of runs) forced.add((at += run.length));
  const found = search(digits, n, forced, gaps, check, SOLUTION_CAP);
  if (found.all.length === 0) return null;
  // A gap beside a printed blank gives the same reading twice.
  const seen = new Set<string>();
  found.all = found.all.filter((r) => {
    const key = r.join(",");
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  const incomplete = found.nodes > NODE_BUDGET || found.all.length >= SOLUTION_CAP;
  // Two readings of the bare digits are enough to know the split is not forced.
  const free = check === anyReading ? found : search(digits, n, forced, gaps, anyReading, 2);
  return {
    cells: found.all[0],
    solutions: found.all.length,
    all: found.all,
    forced: free.all.length === 1 && free.nodes <= NODE_BUDGET,
    incomplete,
  };
}

/**
 * A spaced row whose empty cells left nothing behind ("59 1 85 145" for seven cells): each printed run is one
 * whole cell, and the readings are the places of the n − runs empty cells that the check accepts. Null when a
 * run cannot be one cell (a leading zero, a blank marker, too long) or there is nothing to place.
 */
export function placeWholeRuns(runs: string[], n: number, check: RowCheck): GluedSplit | null {
  if (runs.length < 2 || runs.length >= n) return null;
  if (!runs.every((r) => /^(?:0|[1-9]\d{0,4})$/.test(r))) return null;
  const digits = runs.join("");
  const forced = new Set<number>();
  let at = 0;
  for (const run of runs) forced.add((at += run.length));
  const found = search(digits, n, forced, n - runs.length, check, SOLUTION_CAP, true);
  if (found.all.length === 0) return null;
  return {
    cells: found.all[0],
    solutions: found.all.length,
    all: found.all,
    forced: false,
    incomplete: found.nodes > NODE_BUDGET || found.all.length >= SOLUTION_CAP,
  };
}

/** The check that accepts every reading. */
export const anyReading: RowCheck = () => true;
