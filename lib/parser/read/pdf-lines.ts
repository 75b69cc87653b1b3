/**
 * Positioned PDF text items → text lines (pure). Items whose vertical bands overlap form one row, so a
 * number printed at the middle of a two-line label cell lands in the same line as both label halves;
 * within a row, items are cut into cells where the horizontal gap exceeds about half a character.
 */

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** Written top to bottom (pdfjs reports such an item taller than wide). */
  vertical?: boolean;
}

interface Band {
  lo: number;
  hi: number;
  minSize: number;
  items: PdfItem[];
}

/** Share of the smaller font size two bands must overlap by to be one row. */
const ROW_OVERLAP = 0.3;
/** A horizontal gap wider than this share of the font size starts a new cell. */
const CELL_GAP = 0.3;
/** Baselines closer than this are the same text line inside a cell. */
const SAME_LINE = 2.5;

export function pageToLines(items: PdfItem[]): string[] {
  const visible = items.filter((it) => it.str.trim() !== "" && Number.isFinite(it.x) && Number.isFinite(it.y));
  const { columns, rest } = splitVerticalLabels(visible);
  const rows = attachWrappedLabels(groupRows(rest));
  const lines = rows.map((band) => ({ hi: band.hi, text: cellsOf(band.items).join(" | ") }));
  // A vertical label spans many rows; it becomes its own line where it starts.
  for (const col of columns) lines.push({ hi: col.hi, text: col.text });
  return lines
    .sort((a, b) => b.hi - a.hi)
    .map((l) => l.text)
    .filter((line) => line !== "");
}

/**
 * Labels written top-to-bottom (one or two characters stacked at the same x, as in
 * "三、本年度办理结果" beside §三's outcome rows, or an item pdfjs reports as vertical) would
 * otherwise scatter single characters over the rows they span.
 */
function splitVerticalLabels(items: PdfItem[]): { columns: { hi: number; text: string }[]; rest: PdfItem[] } {
  const used = new Set<PdfItem>(items.filter((it) => it.vertical));
  const columns = [...used].map((it) => ({ hi: columnTop(it), text: it.str.trim() }));
  const candidates = items.filter((it) => VERTICAL_CHAR.test(it.str.trim()));
  // The isolation check below is quadratic; a page this dense is not a table with a vertical label.
  if (candidates.length > 2000) return { columns, rest: items };
  const short = candidates.filter((it) => isolated(it, items)).sort((a, b) => a.x - b.x || b.y - a.y);
  let i = 0;
  while (i < short.length) {
    const run = [short[i]];
    let j = i + 1;
    while (
      j < short.length &&
      Math.abs(short[j].x - run[0].x) <= 1 &&
      run[run.length - 1].y - short[j].y <= 2.5 * short[j].size &&
      run[run.length - 1].y > short[j].y
    ) {
      run.push(short[j]);
      j++;
    }
    // Four or more stacked pieces, nearly all single characters: a stacked two-line header cell
    // ("社会/公益/组织") is not a vertical label.
    if (run.length >= 4 && run.filter((it) => it.str.trim().length === 1).length >= run.length - 1) {
      run.forEach((it) => used.add(it));
      columns.push({ hi: columnTop(run[0]), text: run.map((it) => it.str.trim()).join("") });
    }
    i = Math.max(j, i + 1);
  }
  return { columns, rest: items.filter((it) => !used.has(it)) };
}

/** A vertical label sorts just before the row level with its first character (it heads them). */
function columnTop(first: PdfItem): number {
  return first.y + 1.5 * (first.size > 0 ? first.size : 10);
}

/** One or two CJK characters (never digits: a column of numbers is not a label). */
const VERTICAL_CHAR = /^[\u3001\u4e00-\u9fff]{1,2}$/;
/** No text continues right after the item on its line (a paragraph's first character is not isolated). */
function isolated(it: PdfItem, items: PdfItem[]): boolean {
  const right = it.x + it.width;
  return !items.some((o) => o !== it && Math.abs(o.y - it.y) < 1 && o.x >= right - 1 && o.x <= right + 0.5 * it.size);
}

const NUMERIC_CELL = /^[-+]?\d[\d,，]*(?:\.\d+)?%?$/;

interface RowShape {
  numeric: boolean;
  labelOnly: boolean;
  /** Left edges of the cells before the trailing numbers. */
  labelXs: number[];
  /** Left edge of the first trailing number cell (Infinity when none). */
  numbersX: number;
  right: number;
}

function rowShape(band: Band): RowShape {
  const cells = cellItems(band.items);
  const texts = cells.map((c) => cellText(c.items));
  let k = texts.length;
  while (k > 0 && NUMERIC_CELL.test(texts[k - 1])) k--;
  const numericRun = texts.length - k;
  const anyNumeric = texts.some((t) => NUMERIC_CELL.test(t));
  return {
    numeric: numericRun >= 2,
    labelOnly: !anyNumeric && texts.length <= 3 && texts.join("").length <= 60,
    labelXs: cells.slice(0, k).map((c) => Math.min(...c.items.map((it) => it.x))),
    numbersX: k < cells.length ? Math.min(...cells[k].items.map((it) => it.x)) : Infinity,
    right: Math.max(...band.items.map((it) => it.x + it.width)),
  };
}

/**
 * A table label that wraps over several lines prints its numbers beside one of them; the other
 * lines come out as label-only rows. Merge such a row into the adjacent numeric row when it sits
 * within about a line's spacing and starts at the same x as one of that row's label cells.
 */
function attachWrappedLabels(rows: Band[]): Band[] {
  let out = [...rows];
  for (let changed = true, rounds = 0; changed && rounds < 200; rounds++) {
    changed = false;
    for (let i = 0; i < out.length; i++) {
      const shape = rowShape(out[i]);
      if (!shape.labelOnly) continue;
      const target = pickNumericNeighbour(out, i, shape);
      if (target === null) continue;
      const merged = mergeBands(out[i], out[target]);
      out = out.filter((_, k) => k !== i && k !== target);
      out.push(merged);
      out.sort((a, b) => b.hi - a.hi);
      changed = true;
      break;
    }
  }
  return out;
}

/**
 * The nearest numeric row above or below, looking past label-only rows that sit in another column
 * (a row-group label such as "（六）其他处理" printed beside the wrapped label).
 */
function pickNumericNeighbour(rows: Band[], i: number, shape: RowShape): number | null {
  const row = rows[i];
  const lx = Math.min(...row.items.map((it) => it.x));
  const candidates: { index: number; gap: number }[] = [];
  for (const step of [-1, 1]) {
    let index = i + step;
    while (rows[index] && index !== i + 3 * step && rowShape(rows[index]).labelOnly && !xOverlap(rows[index], row))
      index += step;
    const other = rows[index];
    if (!other) continue;
    const s = rowShape(other);
    // The label must sit in the label column, left of the numbers.
    if (!s.numeric || shape.right >= s.numbersX) continue;
    const gap = step < 0 ? other.lo - row.hi : row.lo - other.hi;
    const aligned = s.labelXs.length === 0 || s.labelXs.some((x) => Math.abs(x - lx) <= 3);
    if (aligned && gap <= 1.3 * Math.min(row.minSize, other.minSize)) candidates.push({ index, gap });
  }
  candidates.sort((a, b) => a.gap - b.gap);
  return candidates.length > 0 ? candidates[0].index : null;
}

function xOverlap(a: Band, b: Band): boolean {
  const span = (band: Band) => [
    Math.min(...band.items.map((it) => it.x)),
    Math.max(...band.items.map((it) => it.x + it.width)),
  ];
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return Math.min(a1, b1) > Math.max(a0, b0);
}

function mergeBands(a: Band, b: Band): Band {
  return {
    lo: Math.min(a.lo, b.lo),
    hi: Math.max(a.hi, b.hi),
    minSize: Math.min(a.minSize, b.minSize),
    items: [...a.items, ...b.items],
  };
}

function bandOf(it: PdfItem): { lo: number; hi: number } {
  const size = it.size > 0 ? it.size : 10;
  return { lo: it.y - 0.2 * size, hi: it.y + 0.8 * size };
}

/** Rows top to bottom: each item joins the current row when its band overlaps it enough. */
function groupRows(items: PdfItem[]): Band[] {
  const sorted = [...items].sort((a, b) => bandOf(b).hi - bandOf(a).hi || a.x - b.x);
  const rows: Band[] = [];
  for (const it of sorted) {
    const { lo, hi } = bandOf(it);
    const size = it.size > 0 ? it.size : 10;
    const row = rows[rows.length - 1];
    const overlap = row ? Math.min(row.hi, hi) - Math.max(row.lo, lo) : -1;
    if (row && overlap >= ROW_OVERLAP * Math.min(size, row.minSize)) {
      row.items.push(it);
      row.lo = Math.min(row.lo, lo);
      row.minSize = Math.min(row.minSize, size);
    } else {
      rows.push({ lo, hi, minSize: size, items: [it] });
    }
  }
  return rows;
}

/** Cells left to right; items stacked in one cell read top to bottom. */
function cellsOf(items: PdfItem[]): string[] {
  return cellItems(items).map((c) => cellText(c.items));
}

function cellItems(items: PdfItem[]): { x1: number; items: PdfItem[] }[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const cells: { x1: number; items: PdfItem[] }[] = [];
  for (const it of sorted) {
    const cell = cells[cells.length - 1];
    const gap = cell ? it.x - cell.x1 : Infinity;
    if (cell && gap <= CELL_GAP * (it.size > 0 ? it.size : 10)) {
      cell.items.push(it);
      cell.x1 = Math.max(cell.x1, it.x + it.width);
    } else {
      cells.push({ x1: it.x + it.width, items: [it] });
    }
  }
  return cells;
}

function cellText(items: PdfItem[]): string {
  const ordered = [...items].sort((a, b) => (Math.abs(a.y - b.y) > SAME_LINE ? b.y - a.y : a.x - b.x));
  let out = "";
  let prev: PdfItem | null = null;
  for (const it of ordered) {
    const str = it.str.trim();
    if (prev && needsSpace(prev, it, out, str)) out += " ";
    out += str;
    prev = it;
  }
  return tidyCjkSpaces(out);
}

/** Latin words and numbers keep a space between items; CJK text never needs one. */
function needsSpace(prev: PdfItem, it: PdfItem, sofar: string, next: string): boolean {
  const sameLine = Math.abs(prev.y - it.y) <= SAME_LINE;
  const gap = it.x - (prev.x + prev.width);
  const asciiEdge = /[A-Za-z0-9]$/.test(sofar) && /^[A-Za-z0-9]/.test(next);
  return asciiEdge && (!sameLine || gap > 0.15 * it.size);
}

/** Justified PDFs put stray spaces between CJK characters ("情 形"); they carry no meaning. */
function tidyCjkSpaces(s: string): string {
  return s.replace(/([\u2e80-\u9fff\uff00-\uffef“”])\s+(?=[\u2e80-\u9fff\uff00-\uffef“”])/g, "$1").trim();
}
