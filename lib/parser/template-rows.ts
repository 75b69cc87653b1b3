/**
 * Storing a 2021 / 2019 table row's reading, with the findings that say how sure it is: a row printed but
 * unreadable is left blank, a row that reads several ways keeps only what its readings agree on, and a
 * reading inferred from the sums (cells not printed apart, empty cells placed) names every cell it chose.
 */
import { scanCells } from "./cells";
import { markersAsZero } from "./empty-zeros";
import type { Cell, FitResult } from "./fit-cells";
import type { RowSegment } from "./rows";
import type { TableSink } from "./table-sink";
import { compactRaw } from "./text-lines";

/** A row (or §四's one run) as findings name it: its key prefix, its cells' keys and where it is printed. */
export interface RowAt {
  name: string;
  keys: string[];
  from: number;
  to: number;
}

export const rowAt = (seg: RowSegment, keys: string[]): RowAt => ({
  name: seg.spec.key,
  keys,
  from: seg.labelStart,
  to: seg.cellsTo,
});

export function readingText(cells: (number | null)[]): string {
  return cells.map((v) => v ?? "-").join("|");
}

/** Stores a located row's cells; a row that is printed but cannot be read is left blank, never guessed. */
export function storeRow(text: string, seg: RowSegment, keys: string[], fit: FitResult, sink: TableSink): void {
  if (fit.problem) {
    const rule = fit.problem.message.startsWith("ambiguous") ? "P2" : "P1";
    sink.finding(rule, fit.problem.severity, `${seg.spec.key}: ${fit.problem.message}`, keys, seg.labelStart);
  } else if (!fit.cells && !seg.spec.group) {
    sink.finding("P1", "error", `${seg.spec.key}: no cells found after the row label`, keys, seg.labelStart);
  }
  if (!fit.cells) {
    if (!seg.spec.group) keys.forEach((k) => sink.put(k, { value: null, pos: seg.labelStart }, ""));
    return;
  }
  const raw = compactRaw(text, seg.labelStart, seg.cellsTo);
  // A §三 row (its last cell its total): a dash printed for a zero is 0 where the row total holds with it.
  const total = sink.zeroMarkers && !fit.problem && keys.at(-1)?.endsWith(".total");
  const cells = total ? markersAsZero(fit.cells, scanCells(text, seg.cellsFrom, seg.cellsTo), lastIsSum) : fit.cells;
  cells.forEach((cell, i) => sink.put(keys[i], cell, raw));
}

const lastIsSum = (v: number[]): boolean => v[v.length - 1] === v.slice(0, -1).reduce((a, b) => a + b, 0);

/**
 * Stores the cells the viable readings agree on. A cell they disagree on is left out, with a finding that
 * lists the readings; where they disagree only on 0 against an empty cell the cell is 0 (either way the
 * row printed nothing else there), still named by the finding. `nameAll` names every cell of the row: where
 * empty cells were placed (which one was empty is itself a guess), or where the table's other sums do not
 * hold, so even the cells the readings agree on rest on the row's own total.
 */
export function storeUndecided(
  text: string,
  at: RowAt,
  readings: Cell[][],
  why: string,
  nameAll: boolean,
  sink: TableSink,
): void {
  const raw = compactRaw(text, at.from, at.to);
  const open: string[] = [];
  at.keys.forEach((key, i) => {
    const vals = new Set(readings.map((r) => r[i].value));
    if (vals.size === 1) return sink.put(key, readings[0][i], raw);
    open.push(key);
    if ([...vals].every((v) => v === 0 || v === null)) sink.put(key, { value: 0, pos: readings[0][i].pos }, raw);
  });
  const list = readings.map((r) => readingText(r.map((c) => c.value))).join(" or ");
  const rest = "cells they disagree on are left blank (0 where the only doubt is 0 or an empty cell)";
  sink.finding("P2", "warning", `${at.name}: ${why}: ${list}; ${rest}`, nameAll ? at.keys : open, at.from);
}

/**
 * A finding for a reading the printed borders did not give: `confirmed` when the rest of the table's sums
 * hold under it. Empty cells placed by the sums are always named; a split of glued digits only when the
 * other sums do not confirm it.
 */
export function noteInferred(
  at: RowAt,
  cells: Cell[],
  fit: FitResult,
  basis: string,
  confirmed: boolean,
  sink: TableSink,
): void {
  const reading = readingText(cells.map((c) => c.value));
  if (fit.placed) {
    const message =
      `${at.name}: fewer numbers than cells ("${fit.printed}"), read as ${reading}: the empty cells ` +
      `were placed ${basis}`;
    sink.finding("P2", confirmed ? "info" : "warning", message, at.keys, at.from);
  } else if (!confirmed) {
    const message =
      `${at.name}: cells not printed apart ("${fit.printed}"), read as ${reading} ${basis}; the ` +
      `table's other sums do not confirm it`;
    sink.finding("P2", "info", message, at.keys, at.from);
  }
}
