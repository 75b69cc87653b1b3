/**
 * Glued legacy value runs → numbers, chosen by the table's own equations. A two-column table prints
 * `条1423` for 14 | 23; each run has its readings (every split into the value columns with no leading zeros,
 * this year ≤ 累计), and the template's sums (lib/template/legacy.ts: 收到申请数 = Σ channels, 答复数 = Σ answer
 * kinds, 复议/诉讼 = Σ results, 网站公开 ≤ 主动公开) choose among them. A figure is only given when every reading
 * that satisfies the equations agrees on it; otherwise it is left out with a finding listing the readings.
 */
import { LEGACY_PART_OF, LEGACY_SUM_RULES } from "@/lib/template/legacy";

export interface ColumnLayout {
  columns: number;
  current: number;
  cumulative: number | null;
  /** Most rows print their cells apart ("条 2 3"): a row with fewer numbers dropped a cell, it is not glued. */
  spaced?: boolean;
  /** Columns the sums do not bind: a 增减 column, whose minus signs are not read. */
  unsigned?: readonly number[];
  /** The page says a blank cell is none (本表空白格表示无此项数据): a row printing fewer numbers left 0s blank. */
  blankIsNone?: boolean;
}

export interface RunToSolve {
  key: string;
  digits: string;
  /** Set when the run's end cannot be trusted: no reading at all. */
  doubtful?: string;
  /** Readings already narrowed by other evidence (the narrative), instead of every split of `digits`. */
  readings?: number[][];
}

export interface SolvedRun {
  key: string;
  /** This year's figure, when the readings that satisfy the equations agree on it. */
  value?: number;
  /** Why there is no value (unreadable, or several readings), or a warning about the value. */
  problem?: string;
  /** Whether `problem` is a warning on a value that was read (this year > 累计 as printed). */
  warnOnly?: boolean;
  /** How a run the equations left open was read (an info finding). */
  note?: string;
}

/** A run of three digits or more printed glued: its one split may hide a lost or doubled digit. */
const UNPROVEN_GLUED = /^\d{3,}$/;
/** Longest digit run split into columns; beyond it the run is reported unreadable. */
const MAX_SPLIT_DIGITS = 16;
/** Search budget per group of linked runs (assignments tried); measured worst case in bench/RESULTS.md. */
const MAX_NODES = 20_000;

const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

function compositions(digits: string, parts: number): string[][] {
  if (parts === 1) return [[digits]];
  const out: string[][] = [];
  for (let cut = 1; cut <= digits.length - parts + 1; cut++) {
    const head = digits.slice(0, cut);
    if (!NUMBER.test(head)) continue;
    for (const rest of compositions(digits.slice(cut), parts - 1)) out.push([head, ...rest]);
  }
  return out.filter((p) => p.every((x) => NUMBER.test(x)));
}

/** Every reading of a value run as `columns` numbers; spaces that already give the columns are trusted. */
export function readingsOf(digits: string, layout: ColumnLayout): number[][] {
  const parts = digits.split(/\s+/).filter((p) => p !== "");
  if (parts.length === 0) return [];
  const apart = parts.length === layout.columns && parts.every((p) => NUMBER.test(p));
  // In a table whose rows are glued, a space inside a run may be a stray one: it is one reading among all.
  if (apart && (layout.spaced !== false || layout.columns === 1)) return [parts.map(Number)];
  // Cells exported as zero-padded text in a table printing its cells apart ("条 03 07", "件 00 00"): each is one cell.
  const padded = parts.length === layout.columns && parts.every((p) => /^\d{1,6}$/.test(p));
  if (padded && layout.spaced === true) return [parts.map(Number)];
  const joined = parts.join("");
  // In a table that prints its cells apart, only a run printed as one piece is read as glued cells.
  const gluedInSpaced = layout.spaced && parts.length === 1;
  if (
    layout.columns === 1 ||
    (layout.spaced && !gluedInSpaced) ||
    joined.includes(".") ||
    joined.length > MAX_SPLIT_DIGITS
  ) {
    return [];
  }
  const { current, cumulative } = layout;
  return compositions(joined, layout.columns)
    .map((p) => p.map(Number))
    .filter((r) => cumulative === null || r[current] <= r[cumulative]);
}

interface Constraint {
  keys: string[];
  holds: (get: (key: string) => number[]) => boolean;
}

/**
 * The table's equations over the rows present. `atLeast`: a total only bounds its printed parts from above (a form
 * that leaves out a part, or prints it under words no label table knows, still counts it in the total).
 */
function constraints(present: Set<string>, layout: ColumnLayout, atLeast = false): Constraint[] {
  const out: Constraint[] = [];
  const cols = Array.from({ length: layout.columns }, (_, c) => c).filter((c) => !layout.unsigned?.includes(c));
  for (const rule of LEGACY_SUM_RULES) {
    const parts = rule.parts.filter((p) => present.has(p));
    if (!present.has(rule.total) || parts.length === 0) continue;
    const sum = (get: (key: string) => number[], c: number) => parts.reduce((s, p) => s + get(p)[c], 0);
    out.push({
      keys: [rule.total, ...parts],
      holds: atLeast
        ? (get) => cols.every((c) => get(rule.total)[c] >= sum(get, c))
        : (get) => cols.every((c) => get(rule.total)[c] === sum(get, c)),
    });
  }
  for (const [part, whole] of LEGACY_PART_OF) {
    if (!present.has(part) || !present.has(whole)) continue;
    out.push({ keys: [part, whole], holds: (get) => cols.every((c) => get(part)[c] <= get(whole)[c]) });
  }
  return out;
}

/** Runs linked by a constraint, each group solved alone (keeps the search small). */
function groupsOf(open: string[], rules: Constraint[]): string[][] {
  const parent = new Map(open.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const rule of rules) {
    const members = rule.keys.filter((k) => parent.has(k));
    for (let i = 1; i < members.length; i++) parent.set(find(members[i]), find(members[0]));
  }
  const groups = new Map<string, string[]>();
  for (const k of open) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  return [...groups.values()];
}

/** The current-year values each open run takes over all assignments that satisfy the rules; null = budget spent. */
function search(
  group: string[],
  options: Map<string, number[][]>,
  rules: Constraint[],
  current: number,
): Map<string, Set<number>> | null {
  const pick = new Map<string, number[]>();
  for (const [k, o] of options) if (o.length === 1) pick.set(k, o[0]);
  const inGroup = new Set(group);
  const relevant = rules.filter((r) => r.keys.some((k) => inGroup.has(k)) && r.keys.every((k) => options.has(k)));
  const seen = new Map(group.map((k) => [k, new Set<number>()]));
  const get = (k: string): number[] => pick.get(k)!;
  let nodes = 0;
  const visit = (i: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    if (i === group.length) {
      for (const k of group) seen.get(k)!.add(get(k)[current]);
      return true;
    }
    for (const reading of options.get(group[i])!) {
      pick.set(group[i], reading);
      const decided = relevant.filter((r) => r.keys.includes(group[i]) && r.keys.every((k) => pick.has(k)));
      if (decided.every((r) => r.holds(get)) && !visit(i + 1)) return false;
    }
    pick.delete(group[i]);
    return true;
  };
  return visit(0) ? seen : null;
}

/** The reading the printed spaces give, when they give exactly the value columns. */
function spacedReading(digits: string, layout: ColumnLayout): number[] | null {
  const parts = digits.split(/\s+/).filter((p) => p !== "");
  return parts.length === layout.columns && parts.every((p) => NUMBER.test(p)) ? parts.map(Number) : null;
}

/**
 * A run printed as one number in a table that prints its cells apart ("条 448" among "条 0 33"): read as glued
 * cells, but it may be one cell whose neighbour was lost, so its value carries a finding. "00" cannot be one cell.
 */
function mayBeOneCell(digits: string, layout: ColumnLayout): boolean {
  // Under one value column a lone number is the row's whole value.
  return layout.spaced === true && layout.columns > 1 && NUMBER.test(digits) && !/\s/.test(digits);
}

/**
 * The value of each half of a run printed as two equal halves under this year | 累计 ("444444", "2626"), or null.
 * Such a run only reads otherwise if the 累计 is ten times this year or more for each digit moved.
 */
function sameHalves(digits: string, layout: ColumnLayout): number | null {
  if (layout.columns !== 2 || layout.cumulative === null || /\s/.test(digits) || digits.length % 2 !== 0) return null;
  const head = digits.slice(0, digits.length / 2);
  return head === digits.slice(digits.length / 2) && NUMBER.test(head) ? Number(head) : null;
}

/**
 * A glued run with fewer digits than the value columns ("同意部分公开答复数条13." → 1 before the next row's 3.): one
 * cell was left empty. Its readings put the number in each column in turn, the others 0, for the sums to choose.
 */
function lostCellReadings(digits: string, layout: ColumnLayout): number[][] {
  if (layout.spaced || layout.columns < 2 || !/^\d+$/.test(digits) || digits.length >= layout.columns) return [];
  return Array.from({ length: layout.columns }, (_, c) =>
    Array.from({ length: layout.columns }, (_, i) => (i === c ? Number(digits) : 0)),
  );
}

/**
 * A row printing fewer numbers than the value columns where the page says a blank cell is none ("行政复议数 件 1"
 * under 2017年度 | 历年累计): its numbers in print order in each choice of columns, the others 0, this year ≤ 累计 (a
 * lone 1 is the 累计's, this year's being 0). Only in a table printing its cells apart: glued cells cannot be told.
 */
function blankIsNoneReadings(digits: string, layout: ColumnLayout): number[][] {
  const parts = digits.split(/\s+/).filter((p) => p !== "");
  if (!layout.blankIsNone || !layout.spaced || parts.length === 0 || parts.length >= layout.columns) return [];
  if (!parts.every((p) => NUMBER.test(p))) return [];
  const out = new Map<string, number[]>();
  const place = (i: number, from: number, row: number[]): void => {
    if (i === parts.length) {
      out.set(row.join(" "), row);
      return;
    }
    for (let c = from; c <= layout.columns - (parts.length - i); c++) {
      const next = [...row];
      next[c] = Number(parts[i]);
      place(i + 1, c + 1, next);
    }
  };
  place(0, 0, new Array<number>(layout.columns).fill(0));
  const { current, cumulative } = layout;
  return [...out.values()].filter((r) => cumulative === null || r[current] <= r[cumulative]);
}

function describe(readings: number[][]): string {
  return readings.map((r) => r.join(" | ")).join("; ");
}

export function solveLegacyRuns(runs: RunToSolve[], layout: ColumnLayout): SolvedRun[] {
  const options = new Map<string, number[][]>();
  const out = new Map<string, SolvedRun>();
  /** Runs with fewer digits than value columns: a cell left empty (read as 0 by the sums). */
  const short = new Set<string>();
  /** Runs with fewer numbers than value columns on a page saying a blank cell is none. */
  const blankNone = new Set<string>();
  // A key printed twice is read from its first row (the table stage reports the second).
  const firstRun = new Map<string, RunToSolve>();
  for (const run of runs) if (!firstRun.has(run.key)) firstRun.set(run.key, run);
  for (const run of firstRun.values()) {
    let readings = run.doubtful ? [] : (run.readings ?? readingsOf(run.digits, layout));
    const captioned = run.doubtful || run.readings ? [] : blankIsNoneReadings(run.digits, layout);
    if (captioned.length > 0) {
      const seen = new Set(captioned.map((r) => r.join(" ")));
      readings = [...captioned, ...readings.filter((r) => !seen.has(r.join(" ")))];
      blankNone.add(run.key);
    }
    if (readings.length === 0 && !run.doubtful && layout.cumulative !== null) {
      // No split keeps this year ≤ 累计: a misprint. The one literal split, if there is one, is read with a finding.
      const literal = readingsOf(run.digits, { ...layout, cumulative: null });
      if (literal.length === 1) readings = literal;
    }
    if (readings.length === 0 && !run.doubtful) {
      readings = lostCellReadings(run.digits, layout);
      if (readings.length > 0) short.add(run.key);
    }
    if (readings.length === 0) {
      out.set(run.key, { key: run.key, problem: run.doubtful ?? `无法识别的数值「${run.digits}」` });
      continue;
    }
    options.set(run.key, readings);
  }
  const rules = constraints(new Set(options.keys()), layout);
  const open = [...options].filter(([, o]) => o.length > 1).map(([k]) => k);
  const chosen = new Map<string, Set<number> | null>();
  /** Runs read under `total ≥ parts` because no reading made the sums hold exactly. */
  const bounded = new Set<string>();
  /** Rows of a sum no reading of its open runs makes hold: a run with one split there is not borne out either. */
  const unbalanced = new Set<string>();
  /** Rows of a sum its open runs' readings leave undecided: a glued run with one split there is not borne out. */
  const undecided = new Set<string>();
  for (const group of groupsOf(open, rules)) {
    let found = search(group, options, rules, layout.current);
    if (found && group.every((k) => found!.get(k)!.size === 0)) {
      const atLeast = constraints(new Set(options.keys()), layout, true);
      found = search(group, options, atLeast, layout.current);
      for (const k of group) bounded.add(k);
    }
    for (const k of group) chosen.set(k, found?.get(k) ?? null);
    const linked = () => rules.filter((r) => r.keys.some((k) => group.includes(k))).flatMap((r) => r.keys);
    const failed = group.some((k) => bounded.has(k) || found?.get(k)?.size === 0);
    if (found && failed) for (const k of linked()) unbalanced.add(k);
    else if (!found || group.some((k) => found!.get(k)!.size > 1)) for (const k of linked()) undecided.add(k);
  }
  for (const [key, readings] of options) {
    if (readings.length === 1) {
      const r = readings[0];
      const { current, cumulative } = layout;
      const over = cumulative !== null && r[current] > r[cumulative];
      const digits = firstRun.get(key)!.digits;
      if (blankNone.has(key)) {
        out.set(key, { key, value: r[current], note: `只印出「${digits}」,表注空白格为无,读作 ${r.join(" | ")}` });
        continue;
      }
      const problem = over
        ? `本年数大于历年累计数:${r.join(" | ")}`
        : mayBeOneCell(digits, layout)
          ? `数值「${digits}」未按空格分列,按唯一的拆分读作 ${r.join(" | ")}`
          : unbalanced.has(key) || (undecided.has(key) && UNPROVEN_GLUED.test(digits))
            ? `「${digits}」按唯一的拆分读作 ${r.join(" | ")},但所在合计${unbalanced.has(key) ? "没有一种拆分能相符" : "有多种拆分"},此值未经表内合计印证`
            : undefined;
      out.set(key, problem ? { key, value: r[current], problem, warnOnly: true } : { key, value: r[current] });
      continue;
    }
    const values = chosen.get(key);
    const digits = firstRun.get(key)!.digits;
    if (short.has(key)) {
      // Only a reading with the printed number in this year's column is taken; an empty cell there stays unread.
      const value = values?.size === 1 ? [...values][0] : undefined;
      out.set(
        key,
        value === Number(digits) && !bounded.has(key)
          ? { key, value, problem: `只印出「${digits}」,另一格为空,按表内合计读作本年数 ${value}`, warnOnly: true }
          : { key, problem: `只印出「${digits}」,少于 ${layout.columns} 列,无法确定哪一格为空` },
      );
      continue;
    }
    if (values?.size === 1 && mayBeOneCell(digits, layout)) {
      const value = [...values][0];
      out.set(key, { key, value, problem: `数值「${digits}」未按空格分列,按表内合计读取`, warnOnly: true });
      continue;
    }
    const apart = spacedReading(digits, layout);
    const half = sameHalves(digits, layout);
    if (values?.size === 1 && bounded.has(key)) {
      const value = [...values][0];
      const problem = `粘连的数字「${digits}」没有一种拆分能使表内合计相符(或有未列出的分项),按合计不小于分项读作 ${value}`;
      out.set(key, { key, value, problem, warnOnly: true });
    } else if (values?.size === 1) out.set(key, { key, value: [...values][0] });
    else if (values && half !== null && values.has(half)) {
      // "条444444" under 本年 | 历年累计: 444 | 444 (every item this year's) against 4 | 44444 or 44 | 4444, where
      // the 累计 would be 10,000 or 100 times the year; read as equal halves, and a finding says so.
      const note = `粘连的数字「${digits}」可拆为 ${describe(readings)},按前后两半相同读作 ${half} | ${half}`;
      out.set(key, { key, value: half, note });
    } else if (values && apart && values.has(apart[layout.current])) {
      // The equations leave it open; the printed space decides, and a finding says so.
      const problem = `粘连的数字「${digits}」有多种拆分,按所印空格读作 ${apart.join(" | ")}`;
      out.set(key, { key, value: apart[layout.current], problem, warnOnly: true });
    } else {
      const why = !values
        ? "拆分组合过多,未能逐一核对"
        : values.size === 0
          ? "没有一种拆分能使表内合计相符"
          : "多种拆分都能使表内合计相符";
      out.set(key, { key, problem: `粘连的数字「${digits}」可拆为 ${describe(readings)},${why},未取值` });
    }
  }
  farApart(out, firstRun);
  return [...firstRun.keys()].map((key) => out.get(key)!);
}

const RECEIVED = "legacy.apps.received";
const ANSWERED = "legacy.answers.total";

/**
 * The year's answers many times the applications received ('受理…条780' read 7 | 80 beside '答复…条7801395' read 780 |
 * 1395): a glued run's split that balances its own parts by a coincidence of digits. Answers beyond the year's
 * applications are last year's carried over, never this many: a glued run of the two read so carries a warning.
 */
function farApart(out: Map<string, SolvedRun>, runs: Map<string, RunToSolve>): void {
  const received = out.get(RECEIVED);
  const answered = out.get(ANSWERED);
  if (received?.value === undefined || answered?.value === undefined) return;
  if (answered.value <= 2 * received.value + 5) return;
  for (const solved of [received, answered]) {
    if (solved.problem || !UNPROVEN_GLUED.test(runs.get(solved.key)?.digits ?? "")) continue;
    solved.problem = `受理申请 ${received.value} 件、答复 ${answered.value} 件相差悬殊,粘连数字的拆分未经印证`;
    solved.warnOnly = true;
  }
}
