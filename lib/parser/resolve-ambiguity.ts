/**
 * Chooses among the readings of §三 rows whose glued digits split more than one way. Each reading already
 * satisfies its own row total (R2); the columns then decide: R1 (new + carried over = total + carried
 * forward) and R3 (total = sum of the outcomes) per applicant column. Ties keep the first reading.
 */
import type { Cell } from "./fit-cells";
import { APPLICANT_COLUMNS, type LabelSpec } from "./labels";

export interface Ambiguity {
  keys: string[];
  alternatives: Cell[][];
}

type Lookup = (key: string) => number | undefined;

/** Exhaustive search up to this many combinations, coordinate passes beyond. */
const MAX_COMBINATIONS = 4096;

function columnScore(get: Lookup, outcomeRows: string[]): number {
  let score = 0;
  for (const col of APPLICANT_COLUMNS) {
    const v = (row: string): number => get(`${row}.${col}`) ?? 0;
    if (v("apps.new") + v("apps.carried_over") === v("outcome.total") + v("apps.carried_forward")) score++;
    if (outcomeRows.reduce((s, row) => s + v(row), 0) === v("outcome.total")) score++;
  }
  return score;
}

function scoreOf(base: Lookup, amb: Ambiguity[], pick: number[], outcomeRows: string[]): number {
  const overlay = new Map<string, number | null>();
  amb.forEach((a, i) => a.keys.forEach((k, j) => overlay.set(k, a.alternatives[pick[i]][j].value)));
  const get: Lookup = (k) => (overlay.has(k) ? (overlay.get(k) ?? undefined) : base(k));
  return columnScore(get, outcomeRows);
}

function* combinations(sizes: number[]): Generator<number[]> {
  const pick = sizes.map(() => 0);
  for (;;) {
    yield [...pick];
    let i = sizes.length - 1;
    while (i >= 0 && ++pick[i] === sizes[i]) pick[i--] = 0;
    if (i < 0) return;
  }
}

/** The index of the chosen reading for each ambiguity. */
export function resolveAmbiguities(base: Lookup, amb: Ambiguity[], specs: LabelSpec[]): number[] {
  const outcomeRows = specs
    .filter((s) => s.key.startsWith("outcome.") && s.key !== "outcome.total")
    .map((s) => s.key);
  const sizes = amb.map((a) => a.alternatives.length);
  let best = sizes.map(() => 0);
  let bestScore = scoreOf(base, amb, best, outcomeRows);
  if (sizes.reduce((p, n) => p * n, 1) <= MAX_COMBINATIONS) {
    for (const pick of combinations(sizes)) {
      const s = scoreOf(base, amb, pick, outcomeRows);
      if (s > bestScore) [best, bestScore] = [pick, s];
    }
    return best;
  }
  for (let pass = 0; pass < 2; pass++) {
    amb.forEach((_, i) => {
      for (let k = 0; k < sizes[i]; k++) {
        const pick = best.map((p, j) => (j === i ? k : p));
        const s = scoreOf(base, amb, pick, outcomeRows);
        if (s > bestScore) [best, bestScore] = [pick, s];
      }
    });
  }
  return best;
}
