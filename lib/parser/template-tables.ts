/**
 * Stage 3 for families 2021 / 2019: normalised text → TableValues for §二 (active.*), §三 (apps/outcome)
 * and §四 (review/litigation). Rows are located by their labels (labels.ts); the cells of a row are the
 * tokens between its label and the next one.
 */
import { scanCells } from "./cells";
import { fitCells, type Cell, type FitResult } from "./fit-cells";
import type { RowCheck } from "./glued-split";
import {
  APPLICANT_COLUMNS,
  REVIEW_HEADER_WORDS,
  REVIEW_FIELDS,
  REVIEW_GROUPS,
  SECTION2_2019,
  SECTION2_2021,
  SECTION3_2019,
  SECTION3_2021,
  type ActiveRowSpec,
  type LabelSpec,
} from "./labels";
import { resolveAmbiguities, type Ambiguity } from "./resolve-ambiguity";
import { locateRows, type RowSegment } from "./rows";
import { TableSink } from "./table-sink";
import { addDerivedSums } from "./derived-sums";
import { reattachDetachedRows } from "./detached-rows";
import { blankMarkdownFurniture } from "./markdown-tables";
import { blankMarkupResidue } from "./markup-residue";
import { beforeProse, findRegions } from "./table-regions";
import { blankPageNumbers, compactRaw, LineIndex } from "./text-lines";
import type { Family, Finding, TableValues } from "./types";

type TemplateFamily = Exclude<Family, "legacy">;

/** R2 as a constraint for splitting glued digits: total = sum of the six applicant columns. */
const rowTotal: RowCheck = (c) => c[6] === c[0] + c[1] + c[2] + c[3] + c[4] + c[5];
/** R4 for each of the three §四 groups: total = upheld + corrected + other + pending. */
const reviewTotals: RowCheck = (c) => [0, 5, 10].every((g) => c[g + 4] === c[g] + c[g + 1] + c[g + 2] + c[g + 3]);

const REVIEW_CHARS: ReadonlySet<string> = new Set(REVIEW_HEADER_WORDS);
const labelChars = (spec: LabelSpec): ReadonlySet<string> => new Set([...spec.cores.join(""), ...(spec.prefix ?? "")]);

/** Stores a located row's cells; a row that is printed but cannot be read is left blank, never guessed. */
function storeRow(text: string, seg: RowSegment, keys: string[], fit: FitResult, sink: TableSink): void {
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
  fit.cells.forEach((cell, i) => sink.put(keys[i], cell, raw));
}

interface PendingRow {
  seg: RowSegment;
  keys: string[];
  fit: FitResult;
}

function readingText(cells: (number | null)[]): string {
  return cells.map((v) => v ?? "-").join("|");
}

/**
 * Stores the cells the viable readings agree on. A cell they disagree on is left out, with a finding that
 * lists the readings; where they disagree only on 0 against an empty cell the cell is 0 (either way the
 * row printed nothing else there), still named by the finding.
 */
function storeUndecided(text: string, at: { name: string; keys: string[]; from: number; to: number }, readings: Cell[][], why: string, sink: TableSink): void {
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
  sink.finding("P2", "warning", `${at.name}: ${why}: ${list}; ${rest}`, open, at.from);
}

function readApplications(text: string, family: TemplateFamily, [from, to]: [number, number], sink: TableSink): void {
  const specs = family === "2021" ? SECTION3_2021 : SECTION3_2019;
  const ambiguous: (Ambiguity & PendingRow)[] = [];
  const inferred: PendingRow[] = [];
  const segs = locateRows(text, specs, from, to);
  const scanned = segs.map((seg) => scanCells(text, seg.cellsFrom, seg.cellsTo));
  // The last row runs on into whatever follows the table.
  const last = segs.length - 1;
  if (last >= 0) scanned[last] = beforeProse(text, scanned[last], segs[last].cellsTo, labelChars(segs[last].spec));
  const rows = reattachDetachedRows(text, scanned, segs.map((s) => s.spec.group === true), APPLICANT_COLUMNS.length);
  segs.forEach((seg, i) => {
    const keys = APPLICANT_COLUMNS.map((col) => `${seg.spec.key}.${col}`);
    const fit = fitCells(rows[i], keys.length, rowTotal);
    // Rows with several readings wait until the unambiguous rows are in: the columns decide.
    if (fit.alternatives) ambiguous.push({ row: seg.spec.key, keys, alternatives: fit.alternatives, seg, fit });
    else {
      storeRow(text, seg, keys, fit, sink);
      if (fit.inferred && fit.cells) inferred.push({ seg, keys, fit });
    }
  });
  if (ambiguous.length === 0 && inferred.length === 0) return;
  const solved = resolveAmbiguities((k) => sink.valueOf(k), ambiguous, specs);
  ambiguous.forEach((a, i) => {
    const picks = solved.viable[i].map((j) => a.alternatives[j]);
    const digits = a.fit.printed ?? "";
    if (picks.length === 1 && solved.consistent) return storeRow(text, a.seg, a.keys, { cells: picks[0] }, sink);
    if (picks.length === 1) {
      inferred.push({ seg: a.seg, keys: a.keys, fit: { cells: picks[0], inferred: true } });
      return storeRow(text, a.seg, a.keys, { cells: picks[0] }, sink);
    }
    const why = solved.exhausted
      ? `"${digits}" reads several ways and the table is too ambiguous to decide`
      : `"${digits}" reads several ways that fit the table's sums equally`;
    storeUndecided(text, { name: a.row, keys: a.keys, from: a.seg.labelStart, to: a.seg.cellsTo }, picks, why, sink);
  });
  if (solved.consistent) return;
  // Not confirmed by the columns: the reading rests on the row total alone.
  for (const row of inferred) {
    const cells = readingText(row.fit.cells!.map((c) => c.value));
    const message = `${row.seg.spec.key}: cells not printed apart, read as ${cells} by the row total; the table's column sums do not confirm it`;
    sink.finding("P2", "info", message, row.keys, row.seg.labelStart);
  }
}

function readReview(text: string, [from, to]: [number, number], sink: TableSink): void {
  const keys = REVIEW_GROUPS.flatMap((g) => REVIEW_FIELDS.map((f) => `${g}.${f}`));
  const fit = fitCells(beforeProse(text, scanCells(text, from, to), to, REVIEW_CHARS), keys.length, reviewTotals);
  if (fit.alternatives) {
    const at = fit.alternatives[0][0].pos;
    const digits = fit.printed ?? "";
    const why = `"${digits}" reads several ways where each group's total adds up`;
    return storeUndecided(text, { name: "§四", keys, from: at, to: at + digits.length + 40 }, fit.alternatives, why, sink);
  }
  if (fit.problem) sink.finding(fit.problem.message.startsWith("ambiguous") ? "P2" : "P1", fit.problem.severity, `§四: ${fit.problem.message}`, keys, from);
  if (!fit.cells) {
    if (!fit.problem) sink.finding("P1", "error", "§四: no review/litigation figures found", keys, from);
    return;
  }
  if (fit.inferred) {
    const message = `§四: cells not printed apart, read as ${readingText(fit.cells.map((c) => c.value))}, the only reading where each group's total adds up`;
    sink.finding("P2", "info", message, keys, from);
  }
  const raw = compactRaw(text, fit.cells[0].pos, fit.cells[fit.cells.length - 1].pos + 12);
  fit.cells.forEach((cell, i) => sink.put(keys[i], cell, raw));
}

function readActive(text: string, family: TemplateFamily, [from, to]: [number, number], sink: TableSink): void {
  const specs: ActiveRowSpec[] = family === "2021" ? SECTION2_2021 : SECTION2_2019;
  for (const seg of locateRows(text, specs, from, to)) {
    const keys = seg.spec.fields.map((f) => `${seg.spec.key}.${f}`);
    const tokens = scanCells(text, seg.cellsFrom, seg.cellsTo, { negative: family === "2019" });
    storeRow(text, seg, keys, fitCells(tokens, keys.length), sink);
  }
}

export function extractTemplateTables(normalized: string, family: TemplateFamily): { value: TableValues; issues: Finding[] } {
  const text = blankMarkdownFurniture(blankMarkupResidue(blankPageNumbers(normalized)));
  const sink = new TableSink(new LineIndex(text));
  const regions = findRegions(text);
  if (regions.active) readActive(text, family, regions.active, sink);
  readApplications(text, family, regions.applications, sink);
  if (regions.review) readReview(text, regions.review, sink);
  return { value: addDerivedSums(sink.table, family), issues: sink.issues };
}
