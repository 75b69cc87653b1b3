/**
 * Fits a segment's cell tokens to the number of cells its row needs. The printed tokens usually fit;
 * otherwise: a stray space inside a number ("1 234", or "4 6" inside one bordered cell) is merged, glued
 * digits are split by the row's constraint, and empty `|` cells are read by position. A printed cell that
 * is not a count ("5x", "-5" outside §二's 增/减) is read as blank and reported, never shifted or guessed.
 */
import { REPEATED_MARKER, type CellToken } from "./cells";
import { anyReading, BLANK_RUN, placeWholeRuns, splitGlued, type RowCheck } from "./glued-split";

/** A cell: a number, or null when printed blank. `pos` points into the text for the source line. */
export interface Cell {
  value: number | null;
  pos: number;
}

export interface FitResult {
  cells: Cell[] | null;
  /** Other readings that satisfy the row's constraint (ambiguous glued digits), `cells` first. */
  alternatives?: Cell[][];
  /** Why the row could not be read, or what was guessed. */
  problem?: { severity: "warning" | "error"; message: string };
  /**
   * The cells were not printed apart: the reading was chosen by the row's constraint among others the digits
   * allow (glued digits split, missing cells placed). The table's other sums must confirm it.
   */
  inferred?: boolean;
  /** The digits as printed ("291000030", "_" for a blank marker) when they were read as glued runs. */
  printed?: string;
  /** Fewer digits than cells: the empty cells left nothing behind and were placed by the constraint. */
  placed?: boolean;
}

const toCell = (t: CellToken): Cell => ({ value: t.kind === "num" ? t.value : null, pos: t.pos });

const DASH_RE = /^[-—–－]$/;

/** Tokens of the same bordered cell, when the row has more than one cell holding tokens. */
function cellGroups(filled: CellToken[]): CellToken[][] | null {
  const groups: CellToken[][] = [];
  for (const t of filled) {
    const last = groups[groups.length - 1];
    if (last && last[0].cell === t.cell) last.push(t);
    else groups.push([t]);
  }
  return groups.length > 1 ? groups : null;
}

/**
 * Outside §二's 增/减 columns a count is never negative: a bordered cell holding only a dash glued to a
 * number ("| -5 |") is one unreadable cell, not a blank marker followed by a cell.
 */
function joinSignedCells(filled: CellToken[]): CellToken[] {
  // Most rows hold no dash touching the number after it: nothing to join, no grouping to build.
  if (!filled.some((t, i) => t.kind === "blank" && i + 1 < filled.length && t.pos + t.raw.length === filled[i + 1].pos))
    return filled;
  const groups = cellGroups(filled);
  if (!groups) return filled;
  return groups.flatMap((g): CellToken[] => {
    const [dash, num] = g;
    if (
      g.length === 2 &&
      dash.kind === "blank" &&
      DASH_RE.test(dash.raw) &&
      num.kind === "num" &&
      dash.pos + dash.raw.length === num.pos
    ) {
      return [{ kind: "bad", raw: dash.raw + num.raw, pos: dash.pos, sep: dash.sep, cell: dash.cell }];
    }
    return g;
  });
}

/**
 * One reading per bordered cell: digits a space apart inside one cell ("| 4 6 |") are one number. Null
 * when the row has no borders or no cell holds more than one number.
 */
function mergeWithinCells(filled: CellToken[], n: number): Cell[] | null {
  const groups = cellGroups(filled);
  if (!groups?.some((g) => g.length > 1)) return null;
  // A cell (or a line) holding a whole row's worth of figures, not all single digits ("62 0 1676", then
  // "316 119 191" on the next line after a row label the template lacks): rows, not one number per cell.
  if (n >= 3 && groups.some((g) => g.length >= n && g.some((t) => t.kind === "num" && t.raw.length > 1))) return null;
  const cells: Cell[] = [];
  for (const g of groups) {
    const nums = g.every((t) => t.kind === "num" && /^\d+(?:,\d{3})*$/.test(t.raw));
    const weak = g.slice(1).every((t) => t.sep === "weak");
    if (g.length > 1 && nums && weak) {
      const raw = g.map((t) => (t.kind === "num" ? t.raw.replace(/,/g, "") : "")).join("");
      cells.push({ value: Number(raw), pos: g[0].pos });
    } else cells.push(...g.map(toCell));
  }
  return cells;
}

/** Merge candidates: a weakly separated pair whose right side is a three-digit group. */
function mergeCandidates(filled: CellToken[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < filled.length; i++) {
    const a = filled[i - 1];
    const b = filled[i];
    if (
      a.kind === "num" &&
      b.kind === "num" &&
      b.sep === "weak" &&
      /^\d{3}$/.test(b.raw) &&
      /^-?\d{1,3}$/.test(a.raw)
    ) {
      out.push(i);
    }
  }
  return out;
}

function applyMerges(filled: CellToken[], merges: Set<number>): Cell[] {
  const cells: Cell[] = [];
  let raw = "";
  filled.forEach((t, i) => {
    if (merges.has(i) && t.kind === "num") {
      raw += t.raw;
      cells[cells.length - 1] = { value: Number(raw), pos: cells[cells.length - 1].pos };
      return;
    }
    raw = t.kind === "num" ? t.raw : "";
    cells.push(toCell(t));
  });
  return cells;
}

function tryMerge(filled: CellToken[], n: number, check?: RowCheck): Cell[] | null {
  const candidates = mergeCandidates(filled).slice(0, 12);
  const need = filled.length - n;
  if (need > candidates.length) return null;
  let fallback: Cell[] | null = null;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    if (popcount(mask) !== need) continue;
    const merged = applyMerges(filled, new Set(candidates.filter((_, k) => mask & (1 << k))));
    const values = merged.map((c) => c.value ?? 0);
    if (check?.(values)) return merged;
    fallback ??= merged;
  }
  return check ? null : fallback;
}

/** Most numbers a row's wrapped lines may have broken: a row's cells past this are not a crawler's wrapping. */
const WRAPS_MAX = 2;

/**
 * A number the crawler broke over two lines ("数量 11\n2 9 0 0 0 3 124": 112 natural persons): more figures than
 * cells, and only a join at a line break makes the row's sum hold. Read so, with a warning; where no join or
 * several do, the row is blank with an error; null where no figure follows a line break.
 */
function joinWrapped(filled: CellToken[], n: number, check?: RowCheck): FitResult | null {
  const need = filled.length - n;
  if (!check || need > WRAPS_MAX) return null;
  const at = filled.flatMap((t, i) => (t.kind === "num" && t.wrapped && filled[i - 1]?.kind === "num" ? [i] : []));
  if (at.length < need || at.length > 2 * WRAPS_MAX) return null;
  const found: Cell[][] = [];
  for (let mask = 0; mask < 1 << at.length; mask++) {
    if (popcount(mask) !== need) continue;
    const merged = applyMerges(filled, new Set(at.filter((_, k) => mask & (1 << k))));
    if (check(merged.map((c) => c.value ?? 0))) found.push(merged);
  }
  const printed = filled.map((t) => (t.kind === "num" ? t.raw : "-")).join(" ");
  if (found.length !== 1) {
    // Which cells the extra figures are is then unknown: the first n of them are no reading either.
    const how = found.length === 0 ? "no join at a line break makes" : "several joins at line breaks make";
    return { cells: null, problem: { severity: "error", message: `"${printed}": ${how} the row's sum hold` } };
  }
  const message = `a number broken over two lines ("${printed}"): joined where the row's sum holds`;
  return { cells: found[0], inferred: true, printed, problem: { severity: "warning", message } };
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/**
 * The digit runs and blanks of a glued row. `split` reads a marker of repeated dashes ("--") as one
 * blank per dash: glued together, two blank cells look like one double dash.
 */
function gluedRuns(filled: CellToken[], splitDashes: boolean): string[] {
  return filled.flatMap((t) => {
    if (t.kind === "blank")
      return splitDashes && REPEATED_MARKER.test(t.raw) ? Array.from(t.raw, () => BLANK_RUN) : [BLANK_RUN];
    return [t.kind === "num" && /^\d+$/.test(t.raw) ? t.raw : ""];
  });
}

/**
 * Printed borders first, then a double dash as two blanks; a row that prints no blank marker may have
 * lost its empty cells (`gaps`), which are placed last.
 */
function trySplit(filled: CellToken[], n: number, check: RowCheck | undefined, gaps: boolean): FitResult | null {
  const pos = filled[0].pos;
  const runs = gluedRuns(filled, false);
  const dashes = gluedRuns(filled, true);
  if (dashes.length === runs.length) {
    const split = trySplitRuns(runs, pos, n, check, false, true);
    if (split) return irregularSpaces(runs, pos, n, check, split);
  } else {
    // Repeated markers: readings the row's sum confirms first, either way of counting them; a forced one after.
    for (const allowForced of [false, true]) {
      const split =
        trySplitRuns(runs, pos, n, check, false, allowForced) ??
        trySplitRuns(dashes, pos, n, check, false, allowForced);
      if (split) return split;
    }
  }
  if (!gaps || filled.some((t) => t.kind === "blank")) return null;
  return trySplitRuns(runs, pos, n, check, true, true);
}

/**
 * A row whose spaces are not one per cell: a piece a space sets apart holds several cells glued, as its leading
 * zero shows (a count has none: "1 010 002 13"), so a space may as well fall inside a cell (10|1|0|0|0|2|13). The
 * readings of all its digits glued join the readings by its pieces; where they differ, the row is ambiguous and
 * the table's sums decide (or it stays blank, named).
 */
function irregularSpaces(
  runs: string[],
  pos: number,
  n: number,
  check: RowCheck | undefined,
  split: FitResult,
): FitResult {
  // One row's run (a §三 row, its one sum R2); §四's fifteen cells keep their spaces as borders: their three sums
  // leave glued readings too open to add them.
  if (check?.sums?.length !== 1 || runs.length < 2 || !runs.some((r) => r.length > 1 && r[0] === "0")) return split;
  // Zeros alone read one way whatever the spaces.
  if (!runs.every((r) => /^\d+$/.test(r)) || runs.every((r) => /^0+$/.test(r))) return split;
  if (split.problem && !split.alternatives) return split;
  const joined = trySplitRuns([runs.join("")], pos, n, check, false, false);
  if (!joined?.cells || (joined.problem && !joined.alternatives)) return split;
  const seen = new Set<string>();
  const all = [...(split.alternatives ?? [split.cells ?? []]), ...(joined.alternatives ?? [joined.cells])].filter(
    (r) => r.length === n && !seen.has(readingText(r)) && !!seen.add(readingText(r)),
  );
  if (all.length <= (split.alternatives?.length ?? 1)) return split;
  const printed = runs.join(" ");
  const message =
    `ambiguous split of glued digits "${printed}" into ${all.map(readingText).join(" or ")} ` +
    "(its spaces are not one per cell: a piece with a leading zero holds several)";
  return { cells: all[0], alternatives: all, inferred: true, printed, problem: { severity: "warning", message } };
}

/**
 * A flat row read both ways: its runs split into cells (digits glued), or each run one whole cell with the
 * empty cells left out ("59 1 85 145": zeros printed as empty cells). Both may fit the row's sums: then every
 * reading is kept and the table decides. A forced one-digit-per-cell reading that the sums contradict gives
 * way to whole-run readings that they confirm.
 */
function readFlat(filled: CellToken[], n: number, check: RowCheck | undefined, gaps: boolean): FitResult | null {
  const split = trySplit(filled, n, check, gaps);
  const whole = gaps && check ? placeWholeRuns(gluedRuns(filled, false), n, check) : null;
  if (!whole) return split;
  const pos = filled[0].pos;
  const toCells = (vals: (number | null)[]): Cell[] => vals.map((value) => ({ value, pos }));
  const confirmed = (r: Cell[]) => check?.(r.map((c) => c.value ?? 0)) === true;
  const splits = split?.alternatives ?? (split?.cells && confirmed(split.cells) ? [split.cells] : []);
  const printed = gluedRuns(filled, false).join(" ");
  if (whole.incomplete) {
    const message = `glued digits "${printed}" can be read too many ways to tell the cells apart`;
    return { cells: null, problem: { severity: "error", message: `ambiguous: ${message}` } };
  }
  const seen = new Set<string>();
  const all = [...splits, ...whole.all.map(toCells)].filter(
    (r) => !seen.has(readingText(r)) && !!seen.add(readingText(r)),
  );
  if (all.length === 1) return { cells: all[0], inferred: true, printed, placed: true };
  const message = `ambiguous reading of "${printed}" into ${all.map((r) => readingText(r)).join(" or ")}`;
  return {
    cells: all[0],
    alternatives: all,
    inferred: true,
    printed,
    placed: true,
    problem: { severity: "warning", message },
  };
}

const readingText = (r: Cell[]): string => r.map((c) => c.value ?? "-").join("|");

/** `forced`: also take the one reading the digits allow when the row's sum confirms none (or there is no sum). */
function trySplitRuns(
  runs: string[],
  pos: number,
  n: number,
  check: RowCheck | undefined,
  gaps: boolean,
  forced: boolean,
): FitResult | null {
  if (runs.includes("")) return null;
  // Nothing to split unless a run holds several digits, or repeated markers ("1-----1") spread into n cells.
  if (!gaps && ((!runs.some((r) => r.length > 1) && runs.length !== n) || runs.length >= n + 1)) return null;
  const split = check ? splitGlued(runs, n, check, { gaps }) : null;
  const toCells = (vals: (number | null)[]): Cell[] => vals.map((value) => ({ value, pos }));
  if (!split) {
    if (!forced) return null;
    // Without a reading that satisfies the constraint only a forced split is trusted ("000" → 0, 0, 0;
    // "1000004": one digit per cell even when the printed total is wrong; the validator reports it).
    const bare = splitGlued(runs, n, anyReading, { gaps });
    if (!bare?.forced || !bare.cells.every((v) => v === null || v < 10)) return null;
    // A reading its own sums contradict says so here: the checks skip a row with a blank cell, and R4 names
    // only the §四 group that fails, not the one that adds up by chance under the same misreading.
    if (!check) return { cells: toCells(bare.cells) };
    const message =
      `glued digits "${runs.join(" ")}" read one per cell as ` +
      `${bare.cells.map((c) => c ?? "-").join("|")}, which the row's sum contradicts`;
    return { cells: toCells(bare.cells), problem: { severity: "warning", message } };
  }
  const digits = runs.join(" ");
  if (split.incomplete) {
    const message = `glued digits "${digits}" can be read too many ways to tell the cells apart`;
    return { cells: null, problem: { severity: "error", message: `ambiguous: ${message}` } };
  }
  const placed = gaps && runs.join("").length < n ? { placed: true } : {};
  if (split.solutions === 1)
    return { cells: toCells(split.cells), inferred: !split.forced, printed: digits, ...placed };
  const alternatives = split.all.map(toCells);
  const message =
    `ambiguous split of glued digits "${digits}" into ` +
    `${split.all.map((r) => r.map((c) => c ?? "-").join("|")).join(" or ")}`;
  return {
    cells: alternatives[0],
    alternatives,
    inferred: true,
    printed: digits,
    ...placed,
    problem: { severity: "warning", message },
  };
}

export function fitCells(tokens: CellToken[], n: number, check?: RowCheck): FitResult {
  const joined = joinSignedCells(tokens.filter((t) => t.kind !== "empty"));
  const unreadable = joined.filter((t) => t.kind === "bad");
  if (unreadable.length === 0) return fitTokens(tokens, joined, n, check);
  // An unreadable cell is blank, so the row total cannot hold: read the row without it.
  const withEmpty = [...joined, ...tokens.filter((t) => t.kind === "empty")].sort((a, b) => a.pos - b.pos);
  const fit = fitTokens(withEmpty, joined, n, undefined);
  const what = unreadable.map((t) => `"${t.raw}"`).join(", ");
  const message = `unreadable cell${unreadable.length > 1 ? "s" : ""} ${what} read as blank`;
  const problem = fit.problem
    ? { severity: fit.problem.severity, message: `${message}; ${fit.problem.message}` }
    : { severity: "warning" as const, message };
  return { cells: fit.cells, problem };
}

/**
 * A glued row one digit short ("400000" for 7 cells) whose only sum is "last cell = Σ the others", when no
 * placement of the missing cell among the parts satisfies that sum (the caller found none): the row printed
 * its parts and not its 总计. Read one digit per part and the total as blank, with a warning naming the row
 * (several-digit parts with two cells missing would fit the digits too; the table's column sums can tell).
 */
function readWithoutTotal(runs: string[], pos: number, n: number, check?: RowCheck): FitResult | null {
  const sum = check?.sums?.length === 1 ? check.sums[0] : undefined;
  if (!sum || sum.total !== n - 1 || sum.parts.length !== n - 1) return null;
  const digits = runs.join("");
  if (digits.length !== n - 1 || !/^\d+$/.test(digits)) return null;
  const cells: Cell[] = [...Array.from(digits, (d) => ({ value: Number(d), pos })), { value: null, pos }];
  const message =
    `${n - 1} glued digits "${runs.join(" ")}" for ${n} cells, and the row's sum places no empty cell among ` +
    `its parts: read one per cell, the total as not printed`;
  return { cells, inferred: true, printed: runs.join(" "), problem: { severity: "warning", message } };
}

/**
 * A row flattened onto one line without borders: its empty cells left nothing behind, so the printed
 * numbers may belong to any columns (in order).
 */
function isFlat(tokens: CellToken[], filled: CellToken[]): boolean {
  return tokens.every((t) => t.kind !== "empty") && filled.every((t) => t.cell === filled[0].cell);
}

/**
 * More single digits than cells, a space apart ("1 2 3 0 0 0 0 1 5" for 7 cells): a cell's digits spread over
 * its width (Word's distributed alignment). Read as one glued run that the row's sum splits, or null.
 */
function readSpreadDigits(filled: CellToken[], n: number, check?: RowCheck): FitResult | null {
  if (!check || !filled.every((t) => t.kind === "num" && /^\d$/.test(t.raw))) return null;
  const digits = filled.map((t) => (t.kind === "num" ? t.raw : "")).join("");
  return trySplitRuns([digits], filled[0].pos, n, check, false, false);
}

function fitTokens(tokens: CellToken[], filled: CellToken[], n: number, check?: RowCheck): FitResult {
  if (filled.length === n) return { cells: filled.map(toCell) };
  if (filled.length > n) {
    const perCell = mergeWithinCells(filled, n);
    if (perCell?.length === n && (!check || check(perCell.map((c) => c.value ?? 0)))) return { cells: perCell };
    const merged = tryMerge(filled, n, check);
    if (merged) return { cells: merged };
    // The borders say which digits belong together even when the printed total is wrong.
    if (perCell?.length === n) return { cells: perCell };
    const spread = readSpreadDigits(filled, n, check);
    if (spread) return spread;
    const rejoined = joinWrapped(filled, n, check);
    if (rejoined) return rejoined;
    const message = `${filled.length} cells where the row has ${n}; the first ${n} were read`;
    return { cells: filled.slice(0, n).map(toCell), problem: { severity: "warning", message } };
  }
  // An empty bordered cell before the last printed one: the row is positional.
  const lastFilled = filled.length ? tokens.indexOf(filled[filled.length - 1]) : -1;
  const emptyInside = tokens.slice(0, lastFilled).some((t) => t.kind === "empty");
  if (!emptyInside && filled.length > 0) {
    const split = readFlat(filled, n, check, check !== undefined && isFlat(tokens, filled));
    if (split) return split;
  }
  // More bordered cells than the row has, every one empty but the last: the label's merged columns printed as empty
  // cells before the figures (| | (一)予以公开 | | … | | 2 |), the row ending at the table's last column, its 总计.
  const last = tokens.length - 1;
  if (last >= n && filled.length === 1 && tokens[last] === filled[0])
    return { cells: tokens.slice(last + 1 - n).map(toCell) };
  if (tokens.length >= n && filled.length > 0) return { cells: tokens.slice(0, n).map(toCell) };
  if (filled.length === 0) return { cells: null };
  // One cell short and no border to place it: readers drop a trailing empty cell ("| 0 | 0" for 7 cells). Not where
  // a piece has a leading zero ("00", "01"): a count has none, so that piece is two cells and the row is not short.
  if (filled.length === n - 1 && n > 1 && !filled.some((t) => t.kind === "num" && /^0\d/.test(t.raw))) {
    const last = filled[filled.length - 1];
    const message = `${n - 1} of ${n} cells printed ("${printedCells(filled)}"); read in order, the last one as blank`;
    return {
      cells: [...filled.map(toCell), { value: null, pos: last.pos }],
      problem: { severity: "warning", message },
    };
  }
  const runs = gluedRuns(filled, false);
  const digits = runs.join("");
  const withoutTotal = readWithoutTotal(runs, filled[0].pos, n, check);
  if (withoutTotal) return withoutTotal;
  const glued = !runs.includes("") && digits.length > n;
  const message =
    check && glued
      ? `the glued digits "${digits}" (${digits.length} for ${n} cells) have no reading where the sums hold`
      : glued
        ? `the row printed "${printedCells(filled)}" for its ${n} cells, glued together or with cells left out, ` +
          "and no sum tells which: left blank"
        : `${filled.length} of ${n} cells could be read ("${printedCells(filled)}")`;
  return { cells: null, problem: { severity: "error", message } };
}

/**
 * The cells as printed, for a finding's message: the supervisor finds them on the page. Cells the page printed
 * touching ("28-3412") stay touching; a cell border or a few spaces show as one space; a longer stretch between two
 * cells (a label the row ran into) shows as " … ", so the quote never joins what the page kept apart.
 */
function printedCells(filled: CellToken[]): string {
  let text = "";
  let end = -1;
  for (const t of filled) {
    if (t.kind === "empty") continue;
    if (end >= 0) text += t.pos <= end ? "" : t.pos - end <= 3 ? " " : " … ";
    text += t.raw;
    end = t.pos + t.raw.length;
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
