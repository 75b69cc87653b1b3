/**
 * Chooses among the readings of §三 rows whose cells were not printed apart (glued digits that split more
 * than one way, a short row whose missing cells could sit in several columns). Each reading already
 * satisfies its own row total (R2); the table's column equations then decide: R1 (new + carried over =
 * outcome total + carried forward) and R3 (outcome total = sum of the outcomes), per applicant column.
 *
 * The readings of all ambiguous rows are chosen together: a dynamic programme over the rows whose state is
 * the vector of the fourteen equations' residuals, so rows that only make sense together are found together
 * and the work grows with the number of distinct partial sums, not with the product of the readings. The
 * result is every reading that takes part in some best combination; more than one means the table does not
 * decide, and the caller leaves the cells the readings disagree on blank.
 */
import type { Cell } from "./fit-cells";
import { APPLICANT_COLUMNS, type LabelSpec } from "./labels";

export interface Ambiguity {
  /** The row's key prefix (`outcome.granted`). */
  row: string;
  keys: string[];
  alternatives: Cell[][];
}

type Lookup = (key: string) => number | undefined;

export interface Resolution {
  /** Per ambiguity, the readings that take part in a best combination (several: the table cannot tell). */
  viable: number[][];
  /** Under the best combination(s) every equation holds. */
  consistent: boolean;
  /** The search hit its state budget: nothing was decided (every reading stays viable). */
  exhausted: boolean;
  /** States visited, for the bound measured in the tests. */
  states: number;
}

/** Distinct residual vectors kept over all rows before the search gives up. */
export const STATE_BUDGET = 50_000;

const EQUATIONS = APPLICANT_COLUMNS.length * 2;

/** Row key → [coefficient in R1, coefficient in R3]; the residual of each equation is Σ coefficient × cell. */
export function equationRows(specs: LabelSpec[]): Map<string, [number, number]> {
  const rows = new Map<string, [number, number]>([
    ["apps.new", [1, 0]],
    ["apps.carried_over", [1, 0]],
    ["outcome.total", [-1, 1]],
    ["apps.carried_forward", [-1, 0]],
  ]);
  for (const s of specs) {
    // (六)其他处理 may be printed as one row in a 2021 report; its sub-items are then absent (and 0 here).
    const item = s.key.startsWith("outcome.") && s.key !== "outcome.total" && (!s.group || s.key === "outcome.other");
    if (item) rows.set(s.key, [0, -1]);
  }
  return rows;
}

function residualOf(get: Lookup, rows: Map<string, [number, number]>): number[] {
  const r = new Array<number>(EQUATIONS).fill(0);
  for (const [row, [a, b]] of rows) {
    APPLICANT_COLUMNS.forEach((col, c) => {
      const v = get(`${row}.${col}`) ?? 0;
      r[2 * c] += a * v;
      r[2 * c + 1] += b * v;
    });
  }
  return r;
}

function deltaOf(reading: Cell[], coef: [number, number] | undefined): number[] {
  const d = new Array<number>(EQUATIONS).fill(0);
  if (!coef) return d;
  reading.forEach((cell, c) => {
    d[2 * c] = coef[0] * (cell.value ?? 0);
    d[2 * c + 1] = coef[1] * (cell.value ?? 0);
  });
  return d;
}

const keyOf = (r: number[]): string => r.join(",");
const add = (a: number[], b: number[]): number[] => a.map((x, i) => x + b[i]);
const zeros = (r: number[]): number => r.reduce((n, x) => n + (x === 0 ? 1 : 0), 0);

/**
 * `base` reads the rows already fixed (a row with no reading counts as 0). Returns the viable readings of
 * each ambiguity.
 */
export function resolveAmbiguities(base: Lookup, amb: Ambiguity[], specs: LabelSpec[]): Resolution {
  const rows = equationRows(specs);
  const fixedRows = new Map([...rows].filter(([row]) => !amb.some((a) => a.row === row)));
  const start = residualOf(base, fixedRows);
  const deltas = amb.map((a) => a.alternatives.map((r) => deltaOf(r, rows.get(a.row))));
  const all = (): Resolution => ({ viable: amb.map((a) => a.alternatives.map((_, j) => j)), consistent: false, exhausted: true, states });
  // Forward: the residual vectors reachable after each row.
  const layers: Map<string, number[]>[] = [new Map([[keyOf(start), start]])];
  let states = 1;
  for (const options of deltas) {
    const next = new Map<string, number[]>();
    for (const s of layers[layers.length - 1].values()) {
      for (const d of options) {
        const r = add(s, d);
        const k = keyOf(r);
        if (!next.has(k)) next.set(k, r);
      }
    }
    states += next.size;
    if (states > STATE_BUDGET) return all();
    layers.push(next);
  }
  const last = [...layers[layers.length - 1].values()];
  const best = Math.max(...last.map(zeros));
  // Backward: the states from which a best final state is still reachable, and the readings that lead there.
  let good = new Set(last.filter((r) => zeros(r) === best).map(keyOf));
  const viable: number[][] = amb.map(() => []);
  for (let i = amb.length - 1; i >= 0; i--) {
    const here = new Set<string>();
    const ok = new Set<number>();
    for (const [k, s] of layers[i]) {
      deltas[i].forEach((d, j) => {
        if (!good.has(keyOf(add(s, d)))) return;
        here.add(k);
        ok.add(j);
      });
    }
    viable[i] = [...ok].sort((a, b) => a - b);
    good = here;
  }
  return { viable, consistent: best === EQUATIONS, exhausted: false, states };
}
