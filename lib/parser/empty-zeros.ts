/**
 * §三 printed with its zeros as empty cells: a flattened web table whose empty cells left nothing behind, so a
 * row shows only its non-zero figures ("59 1 85 145" for 59 | 1 | 0 | 0 | 0 | 85 | 145) and a row of zeros
 * shows nothing at all. Told apart from a table that dropped some rows' cells (pt-2021-07 prints "1000001"
 * beside rows with no cells) by its own shape: no figure is printed as 0 or glued to others, and every row
 * that prints figures ends in their sum (its 总计). Only then is an empty cell read as 0.
 */
import type { CellToken } from "./cells";
import type { Cell } from "./fit-cells";

/** A figure printed alone: no leading zero, not a glued run of several cells (five digits at most). */
const WHOLE_FIGURE = /^[1-9]\d{0,4}$/;

/**
 * A glued run with no 0 in it ("112", "11") that reads as at most n figures, the last the sum of the others: the
 * non-zero figures of a row glued together, the zeros left out.
 */
function endsInItsSum(run: string, n: number): boolean {
  if (!/^[1-9]{2,}$/.test(run) || run.length > 5 * n) return false;
  const splits = (rest: string, parts: number[]): boolean => {
    if (parts.length >= 1 && Number(rest) === parts.reduce((a, b) => a + b, 0)) return true;
    if (parts.length >= n - 1) return false;
    for (let k = 1; k < rest.length && k <= 5; k++)
      if (splits(rest.slice(k), [...parts, Number(rest.slice(0, k))])) return true;
    return false;
  };
  return splits(run, []);
}

/** `rows[i]` are the tokens after label i; `groups[i]` marks a heading that holds no cells; n cells a row. */
export function printsZerosEmpty(rows: CellToken[][], groups: boolean[], n: number): boolean {
  let short = false;
  for (let i = 0; i < rows.length; i++) {
    if (groups[i]) continue;
    const tokens = rows[i].filter((t) => t.kind !== "empty");
    if (tokens.length === 0) continue;
    const [only] = tokens;
    if (tokens.length === 1 && only.kind === "num" && endsInItsSum(only.raw, n)) {
      short = true;
      continue;
    }
    if (tokens.length < 2 || tokens.length > n) return false;
    const values: number[] = [];
    for (const t of tokens) {
      if (t.kind !== "num" || !WHOLE_FIGURE.test(t.raw)) return false;
      values.push(t.value);
    }
    const total = values[values.length - 1];
    if (values.slice(0, -1).reduce((a, b) => a + b, 0) !== total) return false;
    if (tokens.length < n) short = true;
  }
  return short;
}

/** A reading's empty cells as the zeros they stand for. */
export const emptyAsZero = (cells: Cell[]): Cell[] => cells.map((c) => (c.value === null ? { ...c, value: 0 } : c));

/** Spaces that may part a row's cells from the words around them (a label, a header) besides empty cells. */
const EDGE_SPACES = 2;

/** A figure with the spaces around it: `lead` is the run right before it, `trail` the run right after it. */
interface Spaced {
  value: number;
  pos: number;
  lead: number;
  trail: number;
}

const spacesBefore = (text: string, at: number): number => {
  let k = 0;
  while (at - k - 1 >= 0 && text[at - k - 1] === " ") k++;
  return k;
};

const spacesAfter = (text: string, at: number): number => {
  let k = 0;
  while (text[at + k] === " ") k++;
  return k;
};

/** The row's figures with the spaces around each, or null when anything but spaces stands between two of them. */
function spacedFigures(text: string, tokens: CellToken[]): Spaced[] | null {
  const out: Spaced[] = [];
  for (const t of tokens) {
    if (t.kind !== "num" || !WHOLE_FIGURE.test(t.raw)) return null;
    const lead = spacesBefore(text, t.pos);
    const prev = out[out.length - 1];
    if (prev && t.pos - lead !== prev.pos + String(prev.value).length) return null;
    out.push({ value: t.value, pos: t.pos, lead, trail: spacesAfter(text, t.pos + t.raw.length) });
  }
  return out;
}

/**
 * A row printed by a table that kept one space for each empty cell ("59 1    85 145": the three spaces more
 * between 1 and 85 are three empty cells; the spaces before the first figure and after the last are the empty
 * cells at either end, and one or two more may part the cells from the words around them). Its n cells with
 * null at the empty ones: the one placement the spaces allow that `check` accepts. `spaced` when the spaces
 * show an empty cell a collapsed print could not (two spaces between figures, more than two at an end); null
 * when no placement or several fit.
 */
export function placeBySpaces(
  text: string,
  tokens: CellToken[],
  n: number,
  check: (values: number[]) => boolean,
): { cells: Cell[]; spaced: boolean } | null {
  const figures = spacedFigures(text, tokens);
  if (!figures || figures.length === 0 || figures.length > n) return null;
  const inside = figures.slice(1).map((f) => f.lead - 1);
  if (inside.some((g) => g < 0)) return null;
  const ends = n - figures.length - inside.reduce((a, b) => a + b, 0);
  const before = figures[0].lead;
  const after = figures[figures.length - 1].trail;
  let found: Cell[] | null = null;
  for (let leading = 0; leading <= ends; leading++) {
    const trailing = ends - leading;
    if (before < leading || before > leading + EDGE_SPACES || after < trailing || after > trailing + EDGE_SPACES)
      continue;
    const cells: Cell[] = [];
    const empties = (k: number, pos: number) => {
      for (let i = 0; i < k; i++) cells.push({ value: null, pos });
    };
    figures.forEach((f, i) => {
      empties(i === 0 ? leading : inside[i - 1], f.pos);
      cells.push({ value: f.value, pos: f.pos });
    });
    empties(trailing, figures[figures.length - 1].pos);
    if (!check(cells.map((c) => c.value ?? 0))) continue;
    if (found) return null;
    found = cells;
  }
  const spaced = before > EDGE_SPACES || after > EDGE_SPACES || inside.some((g) => g > 0);
  return found && { cells: found, spaced };
}

/**
 * Every row of a zeros-empty table read by the spaces its empty cells left (null for a row that prints no
 * figures or is a heading), or null when the table did not keep them: every row printing figures must place
 * them exactly in n cells where its last cell is the sum of the others, and some row must show a run of
 * spaces a collapsed print would not leave.
 */
export function readingsBySpaces(
  text: string,
  rows: CellToken[][],
  groups: boolean[],
  n: number,
): (Cell[] | null)[] | null {
  let spaced = false;
  const out: (Cell[] | null)[] = [];
  const rowTotal = (v: number[]) => v[n - 1] === v.slice(0, -1).reduce((a, b) => a + b, 0);
  for (let i = 0; i < rows.length; i++) {
    if (groups[i] || rows[i].length === 0) {
      out.push(null);
      continue;
    }
    const placed = placeBySpaces(text, rows[i], n, rowTotal);
    if (!placed) return null;
    spaced ||= placed.spaced;
    out.push(placed.cells);
  }
  return spaced ? out : null;
}

/**
 * A table prints its zeros as markers when it prints markers and never a 0 of its own (no figure, no glued run
 * starting with a 0). A table that prints 0 and also a dash means something else by the dash (a cell left
 * blank, not applicable): those stay blank.
 */
export function printsZerosAsMarkers(rows: CellToken[][]): boolean {
  let markers = false;
  for (const row of rows)
    for (const t of row) {
      if (t.kind === "num" && t.raw.startsWith("0")) return false;
      if (t.kind === "blank") markers = true;
    }
  return markers;
}

/**
 * §三 and §四 print a zero as a dash (or "/", "无") in a count cell: the template has no cell that may be
 * empty, and a site that never prints 0 (printsZerosAsMarkers) prints a dash in its place. A row's blank cells
 * are read as 0 where each
 * stands for a printed marker (`tokens`, the row as printed: as many blank cells as its markers can stand
 * for, no empty bordered cell, no unreadable cell, no cell left out) and the row's own sums hold with them
 * (`holds`); otherwise they stay blank.
 */
export function markersAsZero(cells: Cell[], tokens: CellToken[], holds: (values: number[]) => boolean): Cell[] {
  const blanks = cells.filter((c) => c.value === null).length;
  if (blanks === 0 || tokens.some((t) => t.kind === "empty" || t.kind === "bad")) return cells;
  const markers = tokens.filter((t) => t.kind === "blank");
  // A run of one marker ("———", "//") may stand for as many cells as it has characters.
  const most = markers.reduce((n, t) => n + (t.kind === "blank" ? [...t.raw].length : 0), 0);
  if (blanks < markers.length || blanks > most) return cells;
  const zeros = cells.map((c) => (c.value === null ? { ...c, value: 0 } : c));
  return holds(zeros.map((c) => c.value ?? 0)) ? zeros : cells;
}
