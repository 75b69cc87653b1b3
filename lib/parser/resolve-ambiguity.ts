/**
 * Chooses among the readings of §三 rows whose cells were not printed apart (glued digits that split more
 * than one way, a short row whose missing cells could sit in several columns). Each reading already
 * satisfies its own row total (R2); the table's column equations then decide: R1 (new + carried over =
 * outcome total + carried forward) and R3 (outcome total = sum of the outcomes), per applicant column.
 *
 * The readings of all ambiguous rows are chosen together: a dynamic programme over the rows whose state is
 * the vector of the fourteen equations' residuals, so rows that only make sense together are found together
 * and the work grows with the number of distinct partial sums, not with the product of the readings (an
 * equation no later row can bring back to 0 is dropped from the state, which merges states early). The
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
  /** The search hit its work budget: nothing was decided (every reading stays viable). */
  exhausted: boolean;
  /** Steps taken (a state times a distinct reading), for the bound measured in the tests. */
  work: number;
}

/**
 * Steps (a state times a distinct reading) the search may take before it gives up, deciding nothing. Real
 * tables take a few dozen. Measured 2026-12-05 on 400 generated flattened tables: those whose every zero is
 * printed blank (each row reads up to twenty ways) took up to 45,633 steps to finish, ≈ 1.3 µs a step on one
 * core; none of them decided more with the whole search than with this budget (≈ 13 ms at worst).
 */
export const WORK_BUDGET = 10_000;

const EQUATIONS = APPLICANT_COLUMNS.length * 2;

/** Row key → [coefficient in R1, coefficient in R3]; the residual of each equation is Σ coefficient × cell. */
function equationRows(specs: LabelSpec[]): Map<string, [number, number]> {
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
const zeros = (r: number[]): number => r.reduce((n, x) => n + (x === 0 ? 1 : 0), 0);

/** A row's readings grouped by what they add to the equations (gaps placed differently often add the same). */
function distinctDeltas(a: Ambiguity, coef: [number, number] | undefined): { delta: number[]; readings: number[] }[] {
  const byKey = new Map<string, { delta: number[]; readings: number[] }>();
  a.alternatives.forEach((r, j) => {
    const delta = deltaOf(r, coef);
    const k = keyOf(delta);
    const hit = byKey.get(k);
    if (hit) hit.readings.push(j);
    else byKey.set(k, { delta, readings: [j] });
  });
  return [...byKey.values()];
}

/**
 * For each position, the least and most the rows from there on can still add to each equation. A residual
 * outside that range can never return to 0: it is replaced by NaN, so states that differ only in equations
 * already lost are one state.
 */
function reachBounds(options: { delta: number[] }[][]): { lo: number[][]; hi: number[][] } {
  const lo = [new Array<number>(EQUATIONS).fill(0)];
  const hi = [new Array<number>(EQUATIONS).fill(0)];
  for (let i = options.length - 1; i >= 0; i--) {
    const l = lo[0].map((x, e) => x + Math.min(...options[i].map((o) => o.delta[e])));
    const h = hi[0].map((x, e) => x + Math.max(...options[i].map((o) => o.delta[e])));
    lo.unshift(l);
    hi.unshift(h);
  }
  return { lo, hi };
}

/**
 * Rows that only touch R3 (the outcomes) first, then the outcome total, which closes R3, then the rows of R1:
 * an equation no later row touches is either 0 or lost, so its states merge as early as they can.
 */
function searchOrder(amb: Ambiguity[], rows: Map<string, [number, number]>): number[] {
  const rank = (a: Ambiguity): number => (a.row === "outcome.total" ? 1 : (rows.get(a.row)?.[0] ?? 0) !== 0 ? 2 : 0);
  return amb.map((_, i) => i).sort((x, y) => rank(amb[x]) - rank(amb[y]) || x - y);
}

/** A residual vector as a short string: one character per equation (lost equations and huge values apart). */
const codes = new Array<number>(EQUATIONS);
function stateKey(r: Float64Array): string {
  for (let e = 0; e < EQUATIONS; e++) {
    const x = r[e];
    if (!Number.isNaN(x) && (x <= -30000 || x >= 30000)) return Array.prototype.join.call(r, ",");
    codes[e] = Number.isNaN(x) ? 1 : x + 32768;
  }
  return String.fromCharCode(...codes);
}

interface Layer {
  keys: Map<string, number>;
  states: Float64Array[];
}

/**
 * `base` reads the rows already fixed (a row with no reading counts as 0). Returns the viable readings of
 * each ambiguity.
 */
export function resolveAmbiguities(base: Lookup, amb: Ambiguity[], specs: LabelSpec[]): Resolution {
  const rows = equationRows(specs);
  const fixedRows = new Map([...rows].filter(([row]) => !amb.some((a) => a.row === row)));
  const order = searchOrder(amb, rows);
  const options = order.map((i) => distinctDeltas(amb[i], rows.get(amb[i].row)));
  const { lo, hi } = reachBounds(options);
  /** The residual after adding a reading at position `at`, into `r`; equations that can no longer be 0 become NaN. */
  const step = (s: ArrayLike<number>, d: number[] | null, at: number, r: Float64Array): Float64Array => {
    const [l, h] = [lo[at], hi[at]];
    for (let e = 0; e < EQUATIONS; e++) {
      const x = s[e] + (d ? d[e] : 0);
      r[e] = -x >= l[e] && -x <= h[e] ? x : NaN;
    }
    return r;
  };
  const start = step(residualOf(base, fixedRows), null, 0, new Float64Array(EQUATIONS));
  const scratch = new Float64Array(EQUATIONS);
  const layers: Layer[] = [{ keys: new Map([[stateKey(start), 0]]), states: [start] }];
  // Steps between layers as (from state, reading group, to state), for the backward pass.
  const edges: Int32Array[] = [];
  let work = 0;
  for (let i = 0; i < options.length; i++) {
    const from = layers[i];
    const cost = from.states.length * options[i].length;
    if (work + cost > WORK_BUDGET)
      return { viable: amb.map((a) => a.alternatives.map((_, j) => j)), consistent: false, exhausted: true, work };
    work += cost;
    const next: Layer = { keys: new Map(), states: [] };
    const here = new Int32Array(3 * from.states.length * options[i].length);
    let n = 0;
    for (let a = 0; a < from.states.length; a++) {
      for (let o = 0; o < options[i].length; o++) {
        const key = stateKey(step(from.states[a], options[i][o].delta, i + 1, scratch));
        let b = next.keys.get(key);
        if (b === undefined) {
          b = next.states.push(scratch.slice()) - 1;
          next.keys.set(key, b);
        }
        here[n++] = a;
        here[n++] = o;
        here[n++] = b;
      }
    }
    layers.push(next);
    edges.push(here);
  }
  const final = layers[layers.length - 1].states;
  const best = final.reduce((m, r) => Math.max(m, zeros(Array.from(r))), 0);
  // Backward: the states from which a best final state is still reachable, and the readings that lead there.
  let good = final.map((r) => zeros(Array.from(r)) === best);
  // Built by push: made by amb.map(() => []), the store into it below left V8's optimized code ('wrong map') on
  // almost every call, 120-300 times over the seed-7 corpus (node --trace-deopt), ~0.3 s of a cold bench:parse.
  const viable: number[][] = [];
  for (let k = 0; k < amb.length; k++) viable.push([]);
  for (let i = options.length - 1; i >= 0; i--) {
    const here = new Array<boolean>(layers[i].states.length).fill(false);
    const ok = new Array<boolean>(options[i].length).fill(false);
    const e = edges[i];
    for (let k = 0; k < e.length; k += 3) {
      if (!good[e[k + 2]]) continue;
      here[e[k]] = true;
      ok[e[k + 1]] = true;
    }
    viable[order[i]] = options[i].flatMap((o, k) => (ok[k] ? o.readings : [])).sort((a, b) => a - b);
    good = here;
  }
  return { viable, consistent: best === EQUATIONS, exhausted: false, work };
}

/**
 * The ambiguous rows read the one way `prefer` gives each (the spaces a table's empty cells left), kept only
 * when that reading is among each row's readings and every equation of the table holds under it; null otherwise,
 * and the sums alone decide.
 */
export function resolvePreferred<A extends Ambiguity>(
  base: Lookup,
  amb: A[],
  specs: LabelSpec[],
  prefer: (a: A) => Cell[] | null,
): Resolution | null {
  const picks = amb.map((a) => {
    const want = prefer(a);
    return want
      ? a.alternatives.findIndex((r) => r.length === want.length && r.every((c, k) => c.value === want[k].value))
      : -1;
  });
  if (picks.some((j) => j < 0)) return null;
  const narrowed = amb.map((a, i) => ({ ...a, alternatives: [a.alternatives[picks[i]]] }));
  const solved = resolveAmbiguities(base, narrowed, specs);
  return solved.consistent ? { ...solved, viable: picks.map((j) => [j]) } : null;
}
