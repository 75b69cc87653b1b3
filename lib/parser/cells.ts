/**
 * Cell tokens of one row segment. A segment is the text between a row's label and the next label; it may
 * span lines (one cell per line), hold `|` borders, tabs, runs of spaces, or cells glued together.
 * Text inside a segment (wrapped label tails, repeated headers, a vertical group label) is skipped.
 */
import { CELL_NOTE_CORRECTIONS } from "@/lib/template/modern";
import { BLANK_MARKERS } from "./labels";

/** How strongly a token is separated from the one before: a single space may sit inside a number ("1 234"). */
export type Separation = "strong" | "weak";

/**
 * `cell` counts the borders (`|`, tab, line break) before the token: tokens with the same `cell` were
 * printed inside one bordered cell.
 */
export type CellToken =
  | {
      kind: "num";
      value: number;
      raw: string;
      pos: number;
      sep: Separation;
      cell: number;
      /** Right after a line break that follows a digit ("11\n2"): perhaps the end of a number the crawler wrapped. */
      wrapped?: boolean;
    }
  | { kind: "blank"; raw: string; pos: number; sep: Separation; cell: number }
  /** A cell that holds a number glued to junk ("5x"): printed, but not readable as a count. */
  | { kind: "bad"; raw: string; pos: number; sep: Separation; cell: number }
  /** An empty cell between two `|` borders. */
  | { kind: "empty"; pos: number; sep: Separation; cell: number };

// A number: digits, thousands groups of exactly three, an optional decimal part.
const NUMBER_RE = /-?\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y;
/** How far past its match NUMBER_RE may look: a comma, three digits and the digit its lookahead refuses. */
const NUMBER_LOOKS_PAST = 5;

/** A figure as printed ("1,234", "-2", "3.5"). */
const toNumber = (raw: string): number => Number(raw.includes(",") ? raw.replace(/,/g, "") : raw);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string): boolean => c === " " || c === "\n" || c === "\t" || c === "\r";
/** Characters printed as blank cells: glued to a number they are a cell of their own, not words. */
const MARKER_CHARS = new Set(["-", "—", "–", "/", "\\"]);
/** Characters that glue a number to words: anything but separators and the dashes printed as blanks. */
const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && !isSpace(c) && c !== "|" && c !== "," && c !== ";" && !isDigit(c) && !MARKER_CHARS.has(c);
/** Characters that never sit next to a count in a table cell: a number glued to them is unreadable ("5x"). */
const JUNK_RE = /[A-Za-zＡ-Ｚａ-ｚ?？*#@&$~+=<>_%％]/;
const isJunk = (c: string | undefined): boolean => c !== undefined && JUNK_RE.test(c);

/** Marks that stand between a row's figures ("6件2件0件", "11、2、0、0"): between two digits they part cells. */
const PARTING = new Set(["件", "、"]);

/** A zero typed as a Chinese numeral, alone in its cell ("4 1 〇 〇 〇 〇 5"): read like a blank marker, as 0. */
const ZERO_WORDS = new Set(["〇", "○", "零"]);

/** One marker printed for each of several blank cells glued together ("-----", "///"): read by fit-cells. */
export const REPEATED_MARKER = /^(?:-{2,}|—{2,}|–{2,}|\/{2,}|\\{2,})$/;

const RULE_EDGE = new Set([undefined, "|", ":", " ", "\t", "\n"]);
/** The first character past the spaces and colons beside `at` (stepping by `dir`): a border, a line's end or other. */
function pastSpaces(text: string, at: number, dir: 1 | -1): string | undefined {
  while (text[at] === " " || text[at] === ":" || text[at] === "\t") at += dir;
  return text[at];
}
const RULE_BOUND = new Set([undefined, "|", "\n"]);
/**
 * "|---|:---:|": a Markdown table's rule row, furniture between borders, not blank cells. Dashes between words
 * ("申请 ------- 2.重复申请": a row of seven zeros printed as dashes) are cells.
 */
const isRule = (text: string, i: number, j: number): boolean =>
  text[i] === "-" &&
  j - i >= 3 &&
  RULE_EDGE.has(text[i - 1]) &&
  RULE_EDGE.has(text[j]) &&
  RULE_BOUND.has(pastSpaces(text, i - 1, -1)) &&
  RULE_BOUND.has(pastSpaces(text, j, 1));

interface ScanState {
  tokens: CellToken[];
  sep: Separation;
  /** Inside a `|`-bordered cell that has held nothing yet. */
  openEmptyCell: boolean;
  /** Where the segment starts (right after the row label). */
  from: number;
  /** "-3" is a number (§二 本年增/减); elsewhere counts are never negative and "-" is a blank. */
  negative: boolean;
  /** Borders seen so far (see CellToken.cell). */
  cell: number;
}

/** How far past a starred cell its note is looked for (the note follows the table: §三 runs ~2,000 characters). */
const NOTE_SPAN = 4000;
/** A note for one, two or three stars ("注：*本年新收…", "。**复议后起诉…"): the stars alone, then words. */
const STAR_NOTES = [1, 2, 3].map((k) => new RegExp(`(?:注\\s*[:：]?\\s*|[。；;\\s])\\*{${k}}(?![*\\s\\d])`));

/**
 * How many footnote stars follow a cell's figure at `j` ("82* ", "1**" at the row's end), where a note after it
 * starts with the same stars; 0 otherwise (a "*" glued into a word or a garbled cell stays unreadable).
 */
function footnoteStars(text: string, j: number, end: number): number {
  let k = 0;
  while (k < 4 && text[j + k] === "*") k++;
  if (k === 0 || k > 3 || (j + k < end && !isSpace(text[j + k]) && text[j + k] !== "|")) return 0;
  return STAR_NOTES[k - 1].test(text.slice(j + k, j + k + NOTE_SPAN)) ? k : 0;
}

function readNumber(text: string, i: number, end: number, st: ScanState): number {
  // The segment ends where the next label starts ("…0 | 02.其他法律"): never read past it.
  const stop = Math.min(end, i + 64);
  // Matched in place. The regex looks at most five characters past its match (a thousands group tried and
  // dropped: ",234" and the digit after it), so a match ending closer to the stop is matched again inside it.
  NUMBER_RE.lastIndex = i;
  let m = NUMBER_RE.exec(text);
  if (m && i + m[0].length + NUMBER_LOOKS_PAST >= stop) {
    NUMBER_RE.lastIndex = 0;
    m = NUMBER_RE.exec(text.slice(i, stop));
  }
  const raw = m ? m[0] : text[i];
  let j = i + raw.length;
  const before = text[i - 1];
  const after = j < end ? text[j] : undefined;
  // "1.属于…", "2、重复…": an item number left of a label, not a cell.
  const itemNumber = (after === "." || after === "、") && !isDigit(text[j + 1]);
  // "第3页", "共2件": a short number inside words is prose. A number right after its row label, or a
  // long run between words, is a table whose cells and labels were glued together, and is kept.
  // "6件2件0件", "11、2、0": a unit or an enumeration mark between two figures parts cells, it is no word.
  const partsBefore = PARTING.has(before ?? "") && isDigit(text[i - 2]);
  const partsAfter = PARTING.has(after ?? "") && isDigit(text[j + 1]);
  // "总计1件 0 0", "9件① ": a count with its unit, then more figures or a footnote mark: a cell, not words.
  const unitCell = after === "件" && /^(?:[ \t|]+\d|[①-⑩])/.test(text.slice(j + 1, j + 4));
  // "（…不计其他情形）1件": right after the bracket closing a label's note is right after the label.
  const afterNote = before === "）" || before === ")";
  // "无1无无无无1": a figure beside a 无 typed for a zero is a cell among cells, not a count in a sentence.
  const besideNone = before === "无" || after === "无";
  const inWords =
    !besideNone &&
    isWordChar(before) &&
    !partsBefore &&
    !afterNote &&
    isWordChar(after) &&
    !partsAfter &&
    !unitCell &&
    raw.length <= 4 &&
    i !== st.from;
  // "2023年", "12月31日" in a sentence between the heading and the table: a date, never a cell; so is the year a
  // label starts with ("结转2023年度继续办理", the label found from its 年度).
  const date = text[j] === "年" || text[j] === "月" || text[j] === "日";
  // "82* … 注：*…": a figure with a footnote's stars, the note below the table: the figure is the cell.
  const stars = after === "*" && m && !itemNumber && !inWords && !date ? footnoteStars(text, j, end) : 0;
  if (stars > 0 && !(isJunk(before) && i !== st.from)) {
    st.tokens.push({ kind: "num", value: toNumber(raw), raw, pos: i, sep: st.sep, cell: st.cell });
    st.sep = "weak";
    st.openEmptyCell = false;
    return j + stars;
  }
  // "+3" in a 本年增/减 column: the sign of a change, not junk.
  const plusSign = st.negative && before === "+" && !isWordChar(text[i - 2]) && !isDigit(text[i - 2]);
  const junkBefore = isJunk(before) && i !== st.from && !plusSign;
  if (m && !itemNumber && !inWords && !date && (isJunk(after) || junkBefore)) {
    // "5x", "x5": the whole run up to the next space or border is one cell that cannot be read.
    let start = i;
    while (start > st.from && !isSpace(text[start - 1]) && text[start - 1] !== "|") start--;
    while (j < end && !isSpace(text[j]) && text[j] !== "|") j++;
    st.tokens.push({ kind: "bad", raw: text.slice(start, j), pos: start, sep: st.sep, cell: st.cell });
    st.sep = "strong";
    st.openEmptyCell = false;
    return j;
  }
  if (m && !itemNumber && !inWords && !date) {
    // "1(2024年12月受理) 0 0": the note after a figure is the cell's remark; the next cell starts after it.
    const note =
      after === "(" || after === "[" || after === "［" || after === "【" || after === "〔"
        ? cellNoteEnd(text, j, end)
        : -1;
    // "0(实际3件)", "2（更正为3）": the note says the figure is not the real one; the cell cannot be read.
    if (note > 0 && correctsFigure(text.slice(j, note))) {
      st.tokens.push({ kind: "bad", raw: text.slice(i, note), pos: i, sep: st.sep, cell: st.cell });
      st.sep = "strong";
      st.openEmptyCell = false;
      return note;
    }
    st.tokens.push({ kind: "num", value: toNumber(raw), raw, pos: i, sep: st.sep, cell: st.cell });
    // Until a border or a run of spaces shows up, the next token is only weakly apart from this one.
    st.sep = note > 0 ? "strong" : "weak";
    st.openEmptyCell = false;
    return note > 0 ? note : j;
  }
  if (itemNumber) j++;
  st.sep = "strong";
  st.openEmptyCell = false;
  return j;
}

/** Brackets a note in a cell opens with, and the one closing each (the text is normalised: "（" reads "("). */
const NOTE_BRACKETS = new Map([
  ["(", ")"],
  ["[", "]"],
  ["［", "］"],
  ["【", "】"],
  ["〔", "〕"],
]);
/** How long a cell's note may run, brackets included: past this it is prose (a 勾稽 note, a paragraph). */
export const CELL_NOTE_SPAN = 24;
/** A Chinese ordinal in brackets ("2(二)部分公开": the next row's label glued to a figure) is no note. */
const ORDINAL_NOTE = /^[(（][一二三四五六七八九十]{1,3}[)）]$/;

/**
 * Where a note in brackets right after a cell's figure ends ("1(2024年12月受理)", "4(含上年度结转1件)", "2［注1］",
 * "0(无)"), or -1: the figure is the cell, the note its remark (its own digits are no cells). A note holds a Chinese
 * character, closes within CELL_NOTE_SPAN on its line and cell, and is not a bracketed ordinal.
 */
export function cellNoteEnd(text: string, at: number, to: number): number {
  return isDigit(text[at - 1]) ? noteEnd(text, at, to) : -1;
}

/** Where a note in brackets opening at `at` ends (as cellNoteEnd, wherever it stands), or -1. */
export function noteEnd(text: string, at: number, to: number): number {
  const close = NOTE_BRACKETS.get(text[at]);
  if (close === undefined) return -1;
  let chinese = false;
  const stop = Math.min(to, at + CELL_NOTE_SPAN);
  for (let k = at + 1; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (text[k] === close) return chinese && !ORDINAL_NOTE.test(text.slice(at, k + 1)) ? k + 1 : -1;
    if (c === 124 || c === 10 || c === 9 || NOTE_BRACKETS.has(text[k])) return -1;
    if (c >= 0x3400 && c <= 0x9fff) chinese = true;
  }
  return -1;
}

const correctsFigure = (note: string): boolean => CELL_NOTE_CORRECTIONS.some((w) => note.includes(w));

/** A cell holding one Latin letter or question mark ("l 0 0 0 0 0 l", "2 ? 0"): printed, but not a count. */
const STRAY_LETTER = /^[A-Za-z?？]$/;
const isEdge = (c: string | undefined): boolean => c === undefined || c === " " || c === "|" || c === "\t";

/**
 * A lone letter among a row's cells, spaces or borders on both sides, a figure before it in the row or one right
 * after it: a cell that cannot be read, never nothing (a row short of a cell would read its zeros as the row).
 */
function strayLetter(text: string, i: number, j: number, end: number, word: string, st: ScanState): boolean {
  if (!STRAY_LETTER.test(word) || !isEdge(i === st.from ? undefined : text[i - 1]) || !isEdge(text[j])) return false;
  const last = st.tokens[st.tokens.length - 1];
  if (last?.kind === "num") return true;
  let k = j;
  while (k < end && isEdge(text[k])) k++;
  return k < end && isDigit(text[k]);
}

const isNoneRun = (text: string, at: number): boolean => text[at] === "无" && text[at + 1] === "无";

/**
 * Where a run of words stops: a space, a border or a digit, a marker character (MARKER_CHARS) or a run of 无
 * (isNoneRun). By character code: reading text[j] makes a one-character string of every Chinese character.
 */
function endsWord(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 124 || (c >= 48 && c <= 57)) return true;
  if (c === 45 || c === 0x2014 || c === 0x2013 || c === 47 || c === 92) return true;
  return c === 0x65e0 && text.charCodeAt(j + 1) === 0x65e0;
}

/** §二's 本年增/减 printed in words: no change ("无变化", "持平"), or a change and its figure ("增加4", "减少5"). */
const NO_CHANGE_WORDS = new Set(["无变化", "持平", "不变", "没有变化", "无增减"]);
const CHANGE_WORDS = new Map<string, 1 | -1>([
  ["增加", 1],
  ["增", 1],
  ["新增", 1],
  ["上升", 1],
  ["减少", -1],
  ["减", -1],
  ["下降", -1],
]);
const CHANGE_DIGITS = /\d{1,6}(?![\d.,])/y;

function isChangeWord(text: string, j: number, end: number, word: string): boolean {
  if (NO_CHANGE_WORDS.has(word)) return j >= end || !isWordChar(text[j]);
  if (!CHANGE_WORDS.has(word)) return false;
  // "减少 5": a two-character word may stand a space before its figure.
  return isDigit(text[j]) || (word.length > 1 && text[j] === " " && j + 1 < end && isDigit(text[j + 1]));
}

/** The change cell `word` starting at `i` (see isChangeWord): one number token, its words kept as printed. */
function readChange(text: string, j: number, end: number, word: string, st: ScanState, i: number): number {
  let value = 0;
  let k = j;
  const sign = CHANGE_WORDS.get(word);
  if (sign !== undefined) {
    if (text[j] === " ") j++;
    CHANGE_DIGITS.lastIndex = j;
    const m = CHANGE_DIGITS.exec(text);
    if (!m || j + m[0].length > end) return j;
    value = sign * Number(m[0]);
    k = j + m[0].length;
  }
  // raw keeps the words: never glued to the digits around it, never merged into a neighbour.
  st.tokens.push({ kind: "num", value, raw: text.slice(i, k), pos: i, sep: st.sep, cell: st.cell });
  st.sep = "strong";
  st.openEmptyCell = false;
  return k;
}

/**
 * "0 (实际3件)", "2 （应为3）": a note a space after the figure saying the figure is not the real one. The figure is
 * made an unreadable cell, its note included; returns where the note ends, or -1.
 */
function spacedCorrection(text: string, i: number, end: number, st: ScanState): number {
  const last = st.tokens[st.tokens.length - 1];
  if (last?.kind !== "num" || last.pos + last.raw.length !== i - 1 || last.cell !== st.cell) return -1;
  const note = noteEnd(text, i, end);
  if (note < 0 || !correctsFigure(text.slice(i, note))) return -1;
  st.tokens[st.tokens.length - 1] = {
    kind: "bad",
    raw: text.slice(last.pos, note),
    pos: last.pos,
    sep: last.sep,
    cell: last.cell,
  };
  st.sep = "strong";
  st.openEmptyCell = false;
  return note;
}

function readWord(text: string, i: number, end: number, st: ScanState): number {
  if (text[i - 1] === " " && NOTE_BRACKETS.has(text[i])) {
    const note = spacedCorrection(text, i, end, st);
    if (note > 0) return note;
  }
  let j = i;
  // A run of one marker character is a word of its own: "规章///行政规范性文件" holds three blanks, then words.
  if (MARKER_CHARS.has(text[i])) while (j < end && text[j] === text[i]) j++;
  // "无无无": a 无 typed in each cell is a run of its own, even glued to the words around it ("…情形)无无无无无无无",
  // "总计无无无…无五、存在…"): two 无 in a row are never words.
  else if (isNoneRun(text, i)) while (j < end && text[j] === "无") j++;
  else while (j < end && !endsWord(text, j)) j++;
  if (j === i) j = i + 1;
  const word = text.slice(i, j);
  // A marker glued to digits is still a cell ("-00000-" in a flattened row), and so is one glued to the
  // bracket that closes a label's note ("…不计其他情形）—"); glued to words it is text.
  const standalone = i === st.from || !isWordChar(text[i - 1]) || text[i - 1] === "）" || text[i - 1] === ")";
  // "0000000无": a 备注 column's 无 glued after the row's last figure is a remark, not a blank cell.
  const remark = word === "无" && isDigit(text[i - 1]) && i !== st.from;
  const marker = BLANK_MARKERS.has(word) || ZERO_WORDS.has(word) || (REPEATED_MARKER.test(word) && !isRule(text, i, j));
  // "无无无无无无无": a 无 typed in each cell of a row, glued: one blank cell per 无, as "无 无 无" would read.
  if (st.negative && standalone && isChangeWord(text, j, end, word)) return readChange(text, j, end, word, st, i);
  if (strayLetter(text, i, j, end, word, st)) {
    st.tokens.push({ kind: "bad", raw: word, pos: i, sep: st.sep, cell: st.cell });
  } else if (/^无{2,15}$/.test(word)) {
    for (let k = 0; k < word.length; k++)
      st.tokens.push({ kind: "blank", raw: "无", pos: i + k, sep: k === 0 ? st.sep : "strong", cell: st.cell });
  } else if (marker && standalone && !remark) {
    st.tokens.push({ kind: "blank", raw: word, pos: i, sep: st.sep, cell: st.cell });
  }
  st.sep = "strong";
  st.openEmptyCell = false;
  return j;
}

/**
 * An article's page links printed inside a table (the site splits a long report into pages: "上一页 1 2 下一页
 * 共2页"): furniture, not cells. The page numbers sit between 上一页 and 下一页 and nothing else does.
 */
const PAGINATION_RE =
  /(?:首页\s*)?上一页[\s\d.…]{0,40}下一页(?:\s*(?:尾页|末页|共\s*\d{1,3}\s*页|第\s*\d{1,3}\s*页))*/y;

/** Where page links starting at `at` end, or `at` when none start there. */
function pagination(text: string, at: number, to: number): number {
  PAGINATION_RE.lastIndex = at;
  const m = PAGINATION_RE.exec(text);
  return m && at + m[0].length <= to ? at + m[0].length : at;
}

export function scanCells(text: string, from: number, to: number, opts: { negative?: boolean } = {}): CellToken[] {
  const st: ScanState = {
    tokens: [],
    sep: "strong",
    openEmptyCell: false,
    from,
    negative: opts.negative ?? false,
    cell: 0,
  };
  let i = from;
  while (i < to) {
    // By code: text[i] would make a string of each Chinese character a word starts with.
    const c = text.charCodeAt(i);
    // Borders: "|" and tabs (a spreadsheet's empty cell shows as two tabs in a row).
    if (c === 124 || c === 9) {
      if (st.openEmptyCell) st.tokens.push({ kind: "empty", pos: i, sep: "strong", cell: st.cell });
      st.openEmptyCell = true;
      st.sep = "strong";
      st.cell++;
      i++;
    } else if (c === 32) {
      let j = i;
      while (j < to && text.charCodeAt(j) === 32) j++;
      if (j - i > 1) st.sep = "strong";
      else if (st.sep !== "strong") st.sep = "weak";
      i = j;
    } else if (c === 10 || c === 13 || c === 44 || c === 59) {
      st.sep = "strong";
      if (c === 10 || c === 13) st.cell++;
      i++;
    } else if ((c === 0x4e0a || c === 0x9996) && pagination(text, i, to) > i) {
      i = pagination(text, i, to);
      st.sep = "strong";
    } else if ((c >= 48 && c <= 57) || (st.negative && c === 45 && isDigit(text[i + 1]) && !isWordChar(text[i - 1]))) {
      const count = st.tokens.length;
      i = readNumber(text, i, to, st);
      const t = st.tokens[count];
      if (t?.kind === "num" && text[t.pos - 1] === "\n" && isDigit(text[t.pos - 2])) t.wrapped = true;
    } else {
      i = readWord(text, i, to, st);
    }
  }
  return st.tokens;
}
