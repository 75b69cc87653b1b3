/**
 * Markdown made from PDFs by table extractors (a DataFrame's `to_markdown()` and the like) numbers what the
 * PDF did not name: column headers "| | 0 | 1 | 2 | … |" and a row-index column "| 3 | 一、本年新收… |".
 * Those numbers are furniture, not cells, and would shift every row they touch: they are blanked (spaces,
 * so positions and line numbers stay the document's). A row of consecutive integers can never be a row
 * of these tables (its total would have to equal its last cell), so one inside a table is blanked too.
 */

const TABLE_LINE = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
const GENERIC_NAME = /^(?:\d{1,2}|col(?:umn)?\s*_?\d{1,2}|unnamed:\s*\d{1,2}|列\s*\d{1,2})$/i;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a `| a | b |` line with their offsets in the line. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let start = line.indexOf("|") + 1;
  for (let bar = line.indexOf("|", start); bar >= 0; bar = line.indexOf("|", start)) {
    cells.push({ text: line.slice(start, bar).trim(), start, end: bar });
    start = bar + 1;
  }
  return cells;
}

const blank = (line: string, from = 0, to = line.length): string =>
  line.slice(0, from) + " ".repeat(to - from) + line.slice(to);

/** 0 1 2 3 … or 1 2 3 4 …, at least five of them, nothing else but empty cells. */
function isNumbering(cells: Cell[]): boolean {
  const named = cells.filter((c) => c.text !== "");
  if (named.length < 5) return false;
  if (named.every((c) => /^\d{1,2}$/.test(c.text))) {
    const first = Number(named[0].text);
    return (first === 0 || first === 1) && named.every((c, i) => Number(c.text) === first + i);
  }
  return named.every((c) => GENERIC_NAME.test(c.text));
}

/** A header of generic names whose first cell is empty: the DataFrame's index column is the first column. */
function hasIndexColumn(header: Cell[]): boolean {
  return header.length > 2 && header[0].text === "" && isNumbering(header.slice(1));
}

function cleanTable(lines: string[], from: number, to: number): void {
  let indexed = false;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (SEPARATOR.test(line)) continue;
    const cells = cellsOf(line);
    const header = i + 1 < to && SEPARATOR.test(lines[i + 1]);
    if (header) indexed = hasIndexColumn(cells);
    if ((header && (indexed || isNumbering(cells))) || (!header && isNumbering(cells))) {
      lines[i] = blank(line);
      continue;
    }
    if (indexed && cells.length > 1 && /^\d{1,3}$/.test(cells[0].text))
      lines[i] = blank(line, cells[0].start, cells[0].end);
  }
}

export function blankMarkdownFurniture(text: string): string {
  if (!text.includes("|")) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    if (!TABLE_LINE.test(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && TABLE_LINE.test(lines[j])) j++;
    if (lines.slice(i, j).some((l) => SEPARATOR.test(l))) {
      const before = lines.slice(i, j).join("\n");
      cleanTable(lines, i, j);
      changed ||= lines.slice(i, j).join("\n") !== before;
    }
    i = j;
  }
  return changed ? lines.join("\n") : text;
}
