/**
 * Where a real 2019/2021 report prints its §三 and §四 cells, found from the template's own row labels
 * (lib/template/modern.ts) and never from the parser, and the same report with other figures that keep its sums
 * (R1–R4 of ../shared/spec/REPORT-FORMATS.md) printed the way the report printed its own: the same spaces, line
 * breaks and glued runs at the same cell borders. Used by bench/real-variants.ts.
 */
import type { Rng } from "@/lib/corpus/random";
import {
  APPLICANTS,
  DERIVED_GROUPS,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTION3,
  type TemplateRow,
} from "@/lib/template/modern";

/** A run of cells as printed: text[start, end) holds only digits and whitespace. */
export interface CellRun {
  keys: string[];
  start: number;
  end: number;
}

/** A row's item number as printed (`（三）`, `2.`, `一、`): text[start, end). */
export interface PrintedPrefix {
  row: TemplateRow;
  start: number;
  end: number;
}

export interface TableMap {
  family: "2021" | "2019";
  /** §三 rows that hold cells (printed or not: an empty run has start === end). */
  rows: CellRun[];
  review: CellRun | null;
  prefixes: PrintedPrefix[];
  /** Where §三's header starts and §四's run ends: the span the table variants touch. */
  span: [number, number];
}

export const COLUMNS = APPLICANTS.map((a) => a.key);
export const REVIEW_KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_RESULTS.map((r) => `${g.key}.${r.key}`));
const CN = "一二三四五六七八九十";
/** Figures and what separates cells: whitespace, and the bars of a table written as text. */
const RUN = /^[\s\d|]*/;

/** The item number's printed forms, anchored at the end of the text before the label. */
function prefixBefore(row: TemplateRow): RegExp {
  const bare = row.prefix.replace(/[()]/g, "");
  if (/^\d+$/.test(bare)) return new RegExp(`${bare}\\s*[.．、]\\s*$`);
  if (row.prefix.startsWith("(")) return new RegExp(`[（(]\\s*${bare}\\s*[）)]\\s*$`);
  return new RegExp(`${bare}\\s*[、.．]?\\s*$`);
}

/** Words as printed, with spaces allowed between their characters (`不予 公开`, `自 然 人`). */
const spaced = (words: string) => [...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");

/** The row's label (or a fragment of it) from `from` on; rows too generic to stand alone need their number. */
function findLabel(text: string, row: TemplateRow, from: number, until: number): [number, number] | null {
  const zone = text.slice(from, until);
  if (row.prefixRequired) {
    const bare = row.prefix.replace(/[()]/g, "");
    const num = /^\d+$/.test(bare) ? `${bare}\\s*[.．、]` : `[（(]\\s*${bare}\\s*[）)]`;
    const m = new RegExp(`(${num}\\s*)${spaced(row.label)}`).exec(zone);
    return m ? [from + m.index + m[1].length, from + m.index + m[0].length] : null;
  }
  for (const words of [row.label, ...(row.variants ?? [])]) {
    const m = new RegExp(spaced(words)).exec(zone);
    if (m) {
      // A fragment stands for the whole label: the cells start after the rest of the label's characters.
      const end = m.index + m[0].length;
      const rest = words === row.label ? 0 : (/^[^\d\s（(]*/.exec(zone.slice(end))?.[0].length ?? 0);
      return [from + m.index, from + end + rest];
    }
  }
  return null;
}

/** §三 and §四 of a 2019/2021 report, or null where a row cannot be found in print order. */
export function mapTables(text: string): TableMap | null {
  // The table starts at its header (申请人情况) before the first row; the report's preface names §三 earlier.
  const first = text.search(/本年新收/);
  if (first < 0) return null;
  const header = text.lastIndexOf("申请人情况", first);
  const head = header >= 0 && first - header < 400 ? header : first;
  const family = /逾期不补|收费通知/.test(text.slice(head)) ? "2021" : "2019";
  const rows = SECTION3[family];
  const found: { row: TemplateRow; at: [number, number] }[] = [];
  let cursor = head;
  for (const row of rows) {
    const at = findLabel(text, row, cursor, Math.min(text.length, cursor + 1500));
    if (!at) return null;
    found.push({ row, at });
    cursor = at[1];
  }
  const prefixes: PrintedPrefix[] = [];
  const runs: CellRun[] = [];
  found.forEach(({ row, at }, i) => {
    const before = text.slice(Math.max(0, at[0] - 12), at[0]);
    const pm = prefixBefore(row).exec(before);
    const prefixStart = pm ? at[0] - pm[0].length : at[0];
    if (pm) prefixes.push({ row, start: prefixStart, end: at[0] });
    found[i].at = [prefixStart, at[1]];
  });
  found.forEach(({ row, at }, i) => {
    if (row.group) return;
    let start = at[1];
    const note = /^\s*[（(][^）)]{0,40}[）)]/.exec(text.slice(start));
    if (note) start += note[0].length;
    const end = i + 1 < found.length ? found[i + 1].at[0] : text.length;
    const run = RUN.exec(text.slice(start, end))?.[0] ?? "";
    // A row that prints no figure (only borders or spaces) is unprinted: its run is empty.
    const length = /\d/.test(run) ? run.replace(/[\s|]+$/, "").length : 0;
    runs.push({ keys: COLUMNS.map((c) => `${row.key}.${c}`), start, end: start + length });
  });
  const last = runs[runs.length - 1];
  let review: CellRun | null = null;
  const totals = /总\s*计/g;
  totals.lastIndex = last.end;
  for (let m = totals.exec(text); m && m.index < last.end + 600; m = totals.exec(text)) {
    const run = RUN.exec(text.slice(m.index + m[0].length))?.[0] ?? "";
    if (!/\d/.test(run)) continue;
    const start = m.index + m[0].length;
    review = { keys: REVIEW_KEYS, start, end: start + run.replace(/[\s|]+$/, "").length };
    break;
  }
  return { family, rows: runs, review, prefixes, span: [head, review?.end ?? last.end] };
}

/** The cells a run reads as when that is unambiguous (one digit per cell, or one token per cell), else null. */
export function readRun(raw: string, cells: number): number[] | null {
  const digits = raw.replace(/[\s|]/g, "");
  if (digits.length === cells) return [...digits].map(Number);
  const tokens = raw.split(/[\s|]+/).filter(Boolean);
  return tokens.length === cells ? tokens.map(Number) : null;
}

/** How a run separates its cells: lead, the text between cell k and k+1, trail. */
interface RunStyle {
  lead: string;
  seps: string[];
  trail: string;
}

function styleOf(rng: Rng, raw: string, cells: number): RunStyle {
  const lead = /^[\s|]*/.exec(raw)?.[0] ?? "";
  const trail = /[\s|]*$/.exec(raw.slice(lead.length))?.[0] ?? "";
  const body = raw.slice(lead.length, raw.length - trail.length);
  const digits = body.replace(/[\s|]/g, "");
  if (digits.length === cells) return { lead, seps: body.split(/\d/).slice(1, -1), trail };
  const gaps = body.match(/[\s|]+/g) ?? [];
  if (gaps.length === cells - 1) return { lead, seps: gaps, trail };
  const pool = gaps.length ? [...gaps, ""] : [""];
  return { lead, seps: Array.from({ length: cells - 1 }, () => rng.pick(pool)), trail };
}

function printRun(style: RunStyle, cells: number[]): string {
  return style.lead + cells.map((n, i) => (i === 0 ? "" : style.seps[i - 1]) + n).join("") + style.trail;
}

function figure(rng: Rng, first: boolean): number {
  const r = rng.next();
  if (r < 0.45) return rng.int(1, 9);
  if (r < 0.9 || !first) return rng.int(10, 99);
  return rng.int(100, 420);
}

/** Splits `n` over the slots with the given weights (a few slots take all of it). */
function split(rng: Rng, n: number, weights: number[]): number[] {
  const out = weights.map(() => 0);
  let left = n;
  while (left > 0) {
    const k = rng.weighted(weights);
    const take = rng.chance(0.5) ? left : rng.int(1, left);
    out[k] += take;
    left -= take;
  }
  return out;
}

export interface Renumbered {
  text: string;
  /** Every printed figure: key → value. */
  truth: Record<string, number>;
  /** Cells of rows the report prints without figures: blank or 0 is right. */
  unprinted: string[];
}

/** Figures for every printed §三 row and §四 cell that satisfy R1–R4, printed in the report's own way. */
export function renumber(rng: Rng, text: string, map: TableMap): Renumbered {
  const printed = map.rows.filter((r) => r.end > r.start);
  const key = (r: CellRun) => r.keys[0].slice(0, r.keys[0].lastIndexOf("."));
  const leaves = printed.filter((r) => key(r).startsWith("outcome.") && key(r) !== "outcome.total");
  const weights = leaves.map((r) => (/granted|partial|not_held/.test(key(r)) ? 5 : 1));
  const v: Record<string, number> = {};
  COLUMNS.slice(0, 6).forEach((c, i) => {
    const on = rng.chance(i === 0 ? 0.9 : 0.35);
    const fresh = on ? figure(rng, i === 0) : 0;
    const carried = on && rng.chance(0.35) ? rng.int(0, Math.ceil(fresh / 4)) : 0;
    const forward = rng.chance(0.35) ? rng.int(0, Math.floor((fresh + carried) / 4)) : 0;
    v[`apps.new.${c}`] = fresh;
    v[`apps.carried_over.${c}`] = carried;
    v[`apps.carried_forward.${c}`] = forward;
    v[`outcome.total.${c}`] = fresh + carried - forward;
    const parts = leaves.length ? split(rng, fresh + carried - forward, weights) : [];
    leaves.forEach((r, k) => {
      v[`${key(r)}.${c}`] = parts[k];
    });
  });
  const truth: Record<string, number> = {};
  const unprinted: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const run of map.rows) {
    const cells = run.keys.slice(0, 6).map((k) => v[k] ?? 0);
    cells.push(cells.reduce((a, b) => a + b, 0));
    if (run.end === run.start) {
      unprinted.push(...run.keys);
      continue;
    }
    run.keys.forEach((k, i) => {
      truth[k] = cells[i];
    });
    edits.push({ ...run, text: printRun(styleOf(rng, text.slice(run.start, run.end), 7), cells) });
  }
  for (const g of DERIVED_GROUPS) {
    const subs = map.rows.filter((r) => r.keys[0].startsWith(`${g}.`));
    if (subs.length < 2 || subs.some((r) => r.end === r.start)) continue;
    for (const c of COLUMNS) truth[`${g}.${c}`] = subs.reduce((s, r) => s + truth[`${key(r)}.${c}`], 0);
  }
  if (map.review) {
    const cells: number[] = [];
    for (let g = 0; g < 3; g++) {
      const four = [0, 1, 2, 3].map(() => (rng.chance(0.4) ? (rng.chance(0.2) ? rng.int(10, 60) : rng.int(1, 9)) : 0));
      cells.push(
        ...four,
        four.reduce((a, b) => a + b, 0),
      );
    }
    REVIEW_KEYS.forEach((k, i) => {
      truth[k] = cells[i];
    });
    const raw = text.slice(map.review.start, map.review.end);
    edits.push({ ...map.review, text: printRun(styleOf(rng, raw, 15), cells) });
  }
  return { text: applyEdits(text, edits), truth, unprinted };
}

/** Replaces text[start, end) spans (not overlapping) with new text. */
export function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Keys whose printed value the map reads unambiguously and that disagree with the hand-read figures. */
export function disagreements(text: string, map: TableMap, expected: Record<string, number>): string[] {
  const out: string[] = [];
  const runs = map.review ? [...map.rows, map.review] : map.rows;
  for (const run of runs) {
    const read = readRun(text.slice(run.start, run.end), run.keys.length);
    if (!read) continue;
    run.keys.forEach((k, i) => {
      if (k in expected && expected[k] !== read[i]) out.push(`${k}=${read[i]}/${expected[k]}`);
    });
  }
  return out;
}

export const ORDINAL_STYLES = {
  /** 一、 → （一）, （一） → 1., 1. → （1）: each level one step down. */
  shifted: (p: string) => (CN.includes(p) ? `（${p}）` : p.startsWith("(") ? `${CN.indexOf(p[1]) + 1}.` : `（${p}）`),
  /** Arabic numbers with 、 at every level (1、 （1） 1、). */
  arabic: (p: string) =>
    CN.includes(p) ? `${CN.indexOf(p) + 1}、` : p.startsWith("(") ? `（${CN.indexOf(p[1]) + 1}）` : `${p}、`,
  /** Full-width stops and brackets (一． （一） 1．). */
  fullWidth: (p: string) => (CN.includes(p) ? `${p}．` : p.startsWith("(") ? `（${p[1]}）` : `${p}．`),
} as const;
