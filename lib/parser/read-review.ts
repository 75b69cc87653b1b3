/**
 * §四 of the 2021 / 2019 templates: fifteen cells after the header words (review, direct litigation,
 * litigation after review; each upheld, corrected, other, pending, total), read as one run whose split
 * each group's total must confirm (R4).
 */
import { type CellToken, scanCells } from "./cells";
import { emptyAsZero, markersAsZero, placeBySpaces, printsZerosAsMarkers } from "./empty-zeros";
import { type Cell, fitCells } from "./fit-cells";
import { sumCheck } from "./glued-split";
import { REVIEW_FIELDS, REVIEW_GROUPS, REVIEW_HEADER_WORDS } from "./labels";
import { beforeProse } from "./table-regions";
import type { TableSink } from "./table-sink";
import { noteInferred, storeUndecided } from "./template-rows";
import { compactRaw } from "./text-lines";

const GROUP_SUMS = [0, 5, 10].map((g) => ({ parts: [g, g + 1, g + 2, g + 3], total: g + 4 }));
/** R4 for each of the three §四 groups: total = upheld + corrected + other + pending. */
const reviewTotals = sumCheck(GROUP_SUMS);
/** R4 with one group left out, for a run printed with one group's total wrong. */
const allButOne = GROUP_SUMS.map((_, g) => sumCheck(GROUP_SUMS.filter((_, k) => k !== g)));

/**
 * A glued run with no reading where all three totals add up (a total wrong in print): the readings where the
 * two other groups add up, over each choice of the group that does not. Empty when there are none or too many.
 */
function oneGroupWrong(tokens: CellToken[]): Cell[][] {
  const readings: Cell[][] = [];
  for (const check of allButOne) {
    const fit = fitCells(tokens, KEYS.length, check);
    if (fit.problem?.message.startsWith("ambiguous:")) return [];
    if (fit.alternatives) readings.push(...fit.alternatives);
    else if (fit.cells && fit.inferred) readings.push(fit.cells);
  }
  return readings;
}

/**
 * A run whose empty cells each kept their space ("7   7  3   3 4    4"): the cells the spaces place, when
 * the spaces show empty cells a collapsed print would not and every group's total adds up under them.
 */
function bySpaces(text: string, tokens: CellToken[]): Cell[] | null {
  if (tokens.length >= KEYS.length) return null;
  const placed = placeBySpaces(text, tokens, KEYS.length, reviewTotals);
  return placed?.spaced ? placed.cells : null;
}

const REVIEW_CHARS: ReadonlySet<string> = new Set(REVIEW_HEADER_WORDS);
const KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_FIELDS.map((f) => `${g}.${f}`));

export function readReview(text: string, [from, to]: [number, number], sink: TableSink): void {
  const tokens = beforeProse(text, scanCells(text, from, to), to, REVIEW_CHARS);
  const fit = fitCells(tokens, KEYS.length, reviewTotals);
  const start = fit.cells?.[0].pos ?? tokens[0]?.pos ?? from;
  const at = { name: "§四", keys: KEYS, from: start, to: start + (fit.printed?.length ?? 0) + 40 };
  const spaced = !fit.cells || fit.alternatives ? bySpaces(text, tokens) : null;
  if (spaced) {
    const message = "by the spaces the empty cells left, and each group's total adds up";
    const printed = fit.printed ?? spaced.flatMap((c) => (c.value === null ? [] : [c.value])).join(" ");
    noteInferred(at, spaced, { cells: spaced, placed: true, printed }, message, false, sink);
    const raw = compactRaw(text, spaced[0].pos, spaced[spaced.length - 1].pos + 12);
    return emptyAsZero(spaced).forEach((cell, i) => sink.put(KEYS[i], cell, raw));
  }
  const misprinted = !fit.cells && fit.problem?.message.includes("no reading where the sums hold");
  const readings = misprinted ? oneGroupWrong(tokens) : [];
  if (readings.length > 0) {
    // Every cell is named: what the readings agree on rests on the other groups' totals alone.
    const run = fit.problem?.message.match(/"([^"]*)"/)?.[1];
    const why = `"${run}" has no reading where every group's total adds up; read with one group's total disagreeing`;
    return storeUndecided(text, at, readings, why, true, sink);
  }
  if (fit.alternatives) {
    // No other sum checks §四: even the cells its readings agree on rest on the group totals alone.
    const why = `"${fit.printed}" reads several ways where each group's total adds up`;
    return storeUndecided(text, at, fit.alternatives, why, true, sink);
  }
  if (fit.problem)
    sink.finding(
      fit.problem.message.startsWith("ambiguous") ? "P2" : "P1",
      fit.problem.severity,
      `§四: ${fit.problem.message}`,
      KEYS,
      from,
    );
  if (!fit.cells) {
    if (!fit.problem) sink.finding("P1", "error", "§四: no review/litigation figures found", KEYS, from);
    return;
  }
  // No other sum involves §四: a split the group totals chose is always noted.
  if (fit.inferred) noteInferred(at, fit.cells, fit, "by each group's total", false, sink);
  const raw = compactRaw(text, fit.cells[0].pos, fit.cells[fit.cells.length - 1].pos + 12);
  // A dash printed for a zero is 0 where every group's total holds with it.
  const cells =
    fit.problem || !printsZerosAsMarkers([tokens]) ? fit.cells : markersAsZero(fit.cells, tokens, reviewTotals);
  cells.forEach((cell, i) => sink.put(KEYS[i], cell, raw));
}
