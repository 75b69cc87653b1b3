/**
 * Markdown tables whose converter merged rows into one with `<br>` (a PDF table read with its row rules lost):
 * "| 一、本年新收…<br>二、上年结转… | 9<br>0 | 2<br>0 | … |" holds two rows, each cell's parts one row's. Blanking
 * the `<br>` (markup-residue.ts) would read "9 0 2 0 …" as one row's cells. Each such line is written as its rows
 * one after the other on the same line ("|一、本年新收…|9|2|…| |二、上年结转…|0|0|…|"), padded with spaces, so
 * positions and line numbers stay the page's.
 *
 * A header whose figures the converter put under each word ("| 结果维持<br>1 | 结果纠正<br>0 |") with the row after
 * printing the other columns' figures ("| 0 | 0 | … | | |") is one value row split over two: where the two fill
 * complementary columns, the line is written as the header then the one value row, and the row after blanked. Where
 * they do not, the line is left as printed (§四's reader names a run whose figures stand among its header words).
 */

const TABLE_LINE = /^\s*\|.*\|\s*$/;
const BR = /<br\s*\/?>/i;
const BR_ALL = /<br\s*\/?>/gi;
/** A cell's figure as a table prints it (a count, an amount, a signed change). */
const FIGURE = /^[-+]?\d+(?:,\d{3})*(?:\.\d+)?$/;
const isFigure = (s: string): boolean => FIGURE.test(s);

/** The cells of a `| a | b |` line, trimmed, the outer borders dropped. */
function cellsOf(line: string): string[] {
  const inner = line.trim();
  return inner
    .slice(1, -1)
    .split("|")
    .map((c) => c.trim());
}

const row = (cells: string[]): string => `|${cells.join("|")}|`;

/** The line's rows one after another, or null where its cells are not rows merged by `<br>`. */
function mergedRows(parts: string[][]): string[][] | null {
  const multi = parts.filter((p) => p.length > 1);
  const k = multi[0]?.length ?? 0;
  if (multi.length < 2 || multi.some((p) => p.length !== k)) return null;
  // Each merged cell is all figures or all words (a wrapped word, "计量<br>单位", "2013<br>年度", is no row).
  const figures = multi.filter((p) => p.every(isFigure));
  if (figures.length === 0 || multi.some((p) => !p.every(isFigure) && p.some(isFigure))) return null;
  // A lone figure beside merged ones belongs to no row that can be told.
  if (parts.some((p) => p.length === 1 && isFigure(p[0]))) return null;
  return Array.from({ length: k }, (_, r) => parts.map((p) => (p.length === 1 ? (r === 0 ? p[0] : "") : p[r])));
}

/** A header row whose words each carry their figure under them ("结果维持<br>1"): its words and its figures. */
function headerWithFigures(parts: string[][]): { words: string[]; figures: string[] } | null {
  const multi = parts.filter((p) => p.length > 1);
  if (multi.length < 2 || multi.some((p) => p.length !== 2 || isFigure(p[0]) || !isFigure(p[1]))) return null;
  if (parts.some((p) => p.length === 1 && isFigure(p[0]))) return null;
  return { words: parts.map((p) => p[0]), figures: parts.map((p) => (p.length > 1 ? p[1] : "")) };
}

/** The next row's figures filling exactly the columns the header's figures leave empty: the one value row. */
function complementary(figures: string[], next: string[]): string[] | null {
  if (next.length !== figures.length) return null;
  let filled = 0;
  for (let c = 0; c < next.length; c++) {
    if (next[c] === "") continue;
    if (!isFigure(next[c]) || figures[c] !== "") return null;
    filled++;
  }
  const open = figures.filter((f) => f === "").length;
  return filled > 0 && filled === open ? figures.map((f, c) => f || next[c]) : null;
}

const fits = (written: string, line: string): string | null =>
  written.length <= line.length ? written.padEnd(line.length) : null;

function rewrite(lines: string[], i: number): boolean {
  const line = lines[i];
  const parts = cellsOf(line).map((c) => c.split(BR).map((s) => s.trim()));
  const rows = mergedRows(parts);
  if (rows) {
    const written = fits(rows.map(row).join(" "), line);
    if (written) lines[i] = written;
    return written !== null;
  }
  const header = headerWithFigures(parts);
  const next = lines[i + 1];
  if (!header || next === undefined || !TABLE_LINE.test(next)) return false;
  const values = complementary(header.figures, cellsOf(next));
  const written = values ? fits(`${row(header.words)} ${row(values)}`, line) : null;
  if (!written) return false;
  lines[i] = written;
  lines[i + 1] = " ".repeat(next.length);
  return true;
}

export function splitMergedRows(text: string): string {
  if (!text.includes("<br") && !text.includes("<BR")) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!BR.test(line) || !TABLE_LINE.test(line)) continue;
    BR_ALL.lastIndex = 0;
    if ((line.match(BR_ALL)?.length ?? 0) < 2) continue;
    changed = rewrite(lines, i) || changed;
  }
  return changed ? lines.join("\n") : text;
}
