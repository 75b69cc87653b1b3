/**
 * Tables copied from an online spreadsheet's preview (WPS/腾讯文档 在线表格): a row of column letters (A B C … I) over
 * the sheet, each sheet row's number printed before it (1 申请人情况 2 自然人 … 4 一、本年新收… 1 0 0 0 0 1 2 5 二、…),
 * and the sheet tabs after it (Sheet1 Sheet2). The letters, the row numbers and the tabs are blanked in place (same
 * length, so every offset holds): they are the viewer's, not the table's.
 */

/** The column letters, five or more in order from A (A B C D E F G H I). */
const COLUMN_LETTERS = /(?<=^|[\s|])A[ \t]+B[ \t]+C[ \t]+D[ \t]+E(?:[ \t]+[F-Z])*(?=[\s|]|$)/g;
/** How far a sheet's rows run after its letters. */
const SHEET_SPAN = 6000;
/** A number standing alone between spaces (not 1.属于…, 0.5 or 3件). */
const NUMBER = /(?<=^|[\s|])\d{1,3}(?=[\s|]|$)/g;
/** Text after a number that is not another number: a row's label (2.其他…), a heading, the sheet's tab. */
const TEXT_AFTER = /^[ \t]*(?:[^\d\s]|\d{1,2}[.、．][^\d\s])/;
const SHEET_TAB = /(?<![A-Za-z])Sheet\d{1,2}(?![A-Za-z\d])/g;

/** The most characters between two rows' numbers (a row: its label, seven or fifteen cells). */
const ROW_GAP = 320;

interface Num {
  at: number;
  value: number;
  /** Text, not a number, follows it. */
  beforeText: boolean;
}

/**
 * The positions of the sheet's row numbers 1, 2, 3 … after `from`: the next number n followed by words (a row's label
 * follows its number; a cell is followed by another cell or the row's number), or, for a row printing no label, the
 * first number after the words of row n - 1 where it is n and row n + 1's number follows. Stops where neither tells.
 */
function rowNumbers(text: string, from: number, to: number): Num[] {
  const nums: Num[] = [];
  NUMBER.lastIndex = from;
  for (let m = NUMBER.exec(text); m && m.index < to; m = NUMBER.exec(text)) {
    const end = m.index + m[0].length;
    nums.push({ at: m.index, value: Number(m[0]), beforeText: TEXT_AFTER.test(text.slice(end, end + 8)) });
  }
  const found: Num[] = [];
  let i = 0;
  for (let n = 1; i < nums.length; n++) {
    const labelled = firstLabelled(nums, i, n);
    const nextLabelled = firstLabelled(nums, i, n + 1);
    let at = -1;
    if (labelled >= 0 && (nextLabelled < 0 || labelled < nextLabelled)) at = labelled;
    // Row n prints no label (… 总计 4 0 0 … 0 5): its number is the first after row n - 1's words, where row n + 1's
    // number follows.
    else if (nextLabelled > i && nums[i].value === n) at = i;
    const previous = found.length > 0 ? found[found.length - 1].at : from;
    if (at < 0 || nums[at].at - previous > ROW_GAP) break;
    found.push(nums[at]);
    i = at + 1;
  }
  return found;
}

function firstLabelled(nums: Num[], from: number, value: number): number {
  for (let k = from; k < nums.length; k++) if (nums[k].value === value && nums[k].beforeText) return k;
  return -1;
}

/** The page with each spreadsheet preview's letters, row numbers and tabs blanked; the page itself without one. */
export function blankSheetGrid(text: string): string {
  if (!text.includes("A B C D E") && !/A[ \t]+B[ \t]+C[ \t]+D/.test(text)) return text;
  const grids = [...text.matchAll(COLUMN_LETTERS)];
  if (grids.length === 0) return text;
  const chars = text.split("");
  const blank = (at: number, length: number) => {
    for (let k = at; k < at + length; k++) chars[k] = " ";
  };
  grids.forEach((g, k) => {
    const from = g.index + g[0].length;
    SHEET_TAB.lastIndex = from;
    const tab = SHEET_TAB.exec(text);
    const next = k + 1 < grids.length ? grids[k + 1].index : text.length;
    const to = Math.min(next, from + SHEET_SPAN, tab ? tab.index : text.length);
    const rows = rowNumbers(text, from, to);
    // Fewer than three rows in order: no sheet's numbering to tell apart, left as printed.
    if (rows.length < 3 || rows[0].at - from > 12) return;
    blank(g.index, g[0].length);
    for (const r of rows) blank(r.at, String(r.value).length);
    // The tabs right after the sheet (Sheet1 Sheet2).
    const tabs = /^(?:[ \t]*Sheet\d{1,2}(?![A-Za-z\d]))+/.exec(text.slice(to, to + 40));
    if (tabs) blank(to, tabs[0].length);
  });
  return chars.join("");
}

/** A cell pasted as its spreadsheet formula: =SUM(C6:H6), =SUM(C6,D6,…), =C6+D6+…; ＝ and brackets full-width too. */
const FORMULA = new RegExp(
  String.raw`[=＝]\s*(?:SUM\s*[(（]\s*([A-Z]{1,2}\d{1,4}(?:\s*[:：,，]\s*[A-Z]{1,2}\d{1,4})*)\s*[)）]|` +
    String.raw`([A-Z]{1,2}\d{1,4}(?:\s*\+\s*[A-Z]{1,2}\d{1,4})+))`,
  "gi",
);
/** Any other formula, or a spreadsheet's error in a cell (=AVERAGE(…), =C6-D6, #REF!, #VALUE!): no figure. */
const OTHER_FORMULA = new RegExp(
  String.raw`[=＝]\s*[A-Z]{2,10}\s*[(（][^()（）\n]{0,60}[)）]|[=＝]\s*[A-Z]{1,2}\d{1,4}(?:\s*[-+*/]\s*[A-Z]{1,2}\d{1,4})+|` +
    String.raw`#(?:REF|VALUE|DIV\/0|N\/A|NAME)[!?]?`,
  "gi",
);
/** The figures right before a formula, spaces between them. */
const FIGURES_BEFORE = /(?:\d+[ \t]+)*\d+[ \t]*$/;
const REF = /([A-Z]{1,2})(\d{1,4})/i;

/** A column's letters as a number (A 1, Z 26, AA 27). */
const columnOf = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/**
 * How many cells a formula adds up along one row: a range's width, or a list's length where the list names
 * neighbouring columns in order; 0 where it names another row or a column.
 */
function rowWidth(range: string | undefined, plus: string | undefined): number {
  const refs = (range ?? plus ?? "").split(/\s*[:：,，+]\s*/).map((r) => REF.exec(r));
  if (refs.some((r) => !r) || refs.some((r) => r?.[2] !== refs[0]?.[2])) return 0;
  const cols = refs.map((r) => columnOf(r?.[1] ?? ""));
  if (range && /[:：]/.test(range)) return refs.length === 2 ? cols[1] - cols[0] + 1 : 0;
  return cols.every((c, k) => k === 0 || c === cols[k - 1] + 1) ? cols.length : 0;
}

/**
 * The page with each cell printed as a row-sum formula (一、本年新收… 1 3 0 0 0 0 =SUM(C6:H6)) written as that sum
 * (4) over the figures printed right before it, as many as the formula adds up (C to H: six), padded to the
 * formula's length; and where each was. Any other formula (another row's, a column's, more cells than are printed
 * before it, =AVERAGE, #REF!) is blanked: no figure, and no digit of its references read as one.
 */
export function formulasAsSums(text: string): { text: string; spans: [number, number][] } {
  if (!/[=＝]\s*[A-Z]|#(?:REF|VALUE|DIV|N\/A|NAME)/i.test(text)) return { text, spans: [] };
  const spans: [number, number][] = [];
  const summed = text.replace(FORMULA, (formula: string, range?: string, plus?: string, at = 0) => {
    const width = rowWidth(range, plus);
    const before = width < 2 ? null : FIGURES_BEFORE.exec(text.slice(Math.max(0, at - 12 * width), at));
    const figures = before ? before[0].trim().split(/[ \t]+/) : [];
    if (width < 2 || figures.length < width) return " ".repeat(formula.length);
    const sum = figures.slice(-width).reduce((s, f) => s + Number(f), 0);
    spans.push([at, at + formula.length]);
    return String(sum).padEnd(formula.length, " ");
  });
  return { text: summed.replace(OTHER_FORMULA, (m) => " ".repeat(m.length)), spans };
}
