/**
 * A PDF's layout text whose narrow cells wrapped a figure's last digits onto the next line, under the figure
 * (pdftotext -layout of a table with columns one digit wide):
 *
 *     一、本年新收政府信息公开申请数量          1     3     0     0     0     0     1
 *                                               1                                   4
 *
 * is 11 3 0 0 0 0 14. Read as printed, the row is 1 3 0 0 0 0 1 and "1 4" more cells. A line holding nothing but
 * digits, each run starting in the column of one of the seven figures that end the line above, is that row's
 * wrapped digits where the row's parts then add up to its total; they are written back onto
 * their figures (over the spaces before it or after it, so positions and line numbers stay the page's) and the
 * line blanked. Nothing else is touched: tails that do not make the row add up, or could stand under its figures
 * more than one way that does, are left as printed.
 */

/** The seven cells of a §三 row: six applicant kinds and the total. */
const ROW_CELLS = 7;
/** A line of one to six short digit runs alone (the wrapped tails of some of a row's figures). */
const TAIL_LINE = /\n([ \t]*\d{1,3}(?:[ \t]+\d{1,3}){0,5})[ \t]*(?=\n|$)/g;
/** A standalone figure of the line above. */
const FIGURE = /(?<=\s|^)\d+(?=\s|$)/g;

interface Run {
  col: number;
  digits: string;
}

/** Where a character of the line stands as printed: CJK and full-width characters take two columns. */
function columnOf(line: string, at: number): number {
  let col = 0;
  for (let i = 0; i < at; i++) col += line.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return col;
}

function runsOf(line: string, re: RegExp): (Run & { at: number })[] {
  return [...line.matchAll(re)].map((m) => ({ at: m.index ?? 0, col: columnOf(line, m.index ?? 0), digits: m[0] }));
}

const addsUp = (cells: number[]): boolean =>
  cells.slice(0, ROW_CELLS - 1).reduce((a, b) => a + b, 0) === cells[ROW_CELLS - 1];

/** Characters normalising may have made half-width ("（七）" → "(七)"): each may have taken two columns as printed. */
const NARROWED = /[(),:;/|.-]/g;

/**
 * The row's figures with the tails joined, for each way the tails stand under them: the label's columns are only
 * known to within its half-width punctuation (printed full-width, perhaps), so the tails may stand that many
 * columns further right than the figures' columns here. Null unless exactly one such way makes the row add up.
 */
function joinedDigits(row: string, cells: (Run & { at: number })[], tails: Run[]): string[] | null {
  const slack = (row.slice(0, cells[0].at).match(NARROWED) ?? []).length;
  let found: string[] | null = null;
  for (let d = 0; d <= slack; d++) {
    const joined = cells.map((c) => c.digits);
    const placed = tails.every((t) => {
      const k = cells.findIndex((c) => c.col + d === t.col);
      if (k >= 0) joined[k] += t.digits;
      return k >= 0;
    });
    if (!placed || !addsUp(joined.map(Number))) continue;
    if (found && found.join() !== joined.join()) return null;
    found = joined;
  }
  return found;
}

/** The row's line rewritten with each tail on its figure, or null where the tails are no such thing. */
function withTails(row: string, tails: Run[]): string | null {
  const figures = runsOf(row, FIGURE);
  if (figures.length < ROW_CELLS) return null;
  const cells = figures.slice(-ROW_CELLS);
  // The row's figures end the line (words after them are no row of cells).
  const last = cells[ROW_CELLS - 1];
  if (row.slice(last.at + last.digits.length).trim() !== "") return null;
  const joined = joinedDigits(row, cells, tails);
  if (!joined) return null;
  let out = row;
  for (let k = 0; k < ROW_CELLS; k++) {
    const c = cells[k];
    const grow = joined[k].length - c.digits.length;
    if (grow === 0) continue;
    const end = c.at + c.digits.length;
    // Room for the longer figure in the spaces before it, or else after it, one space still parting it.
    if (c.at - grow >= 1 && out.slice(c.at - grow - 1, c.at).trim() === "")
      out = out.slice(0, c.at - grow) + joined[k] + out.slice(end);
    else if (end + grow < out.length && out.slice(end, end + grow + 1).trim() === "")
      out = out.slice(0, c.at) + joined[k] + out.slice(end + grow);
    else return null;
  }
  return out;
}

export function joinWrappedDigits(text: string): string {
  // Layout text only: its columns are runs of spaces an ordinary page does not print.
  if (!text.includes("        ")) return text;
  let out = text;
  TAIL_LINE.lastIndex = 0;
  for (let m = TAIL_LINE.exec(text); m; m = TAIL_LINE.exec(text)) {
    const rowEnd = m.index;
    const rowStart = text.lastIndexOf("\n", rowEnd - 1) + 1;
    const tails = runsOf(m[1], /\d+/g);
    const row = withTails(text.slice(rowStart, rowEnd), tails);
    if (row === null) continue;
    const tailStart = rowEnd + 1;
    out =
      out.slice(0, rowStart) +
      row +
      out.slice(rowEnd, tailStart) +
      " ".repeat(m[1].length) +
      out.slice(tailStart + m[1].length);
  }
  return out;
}
