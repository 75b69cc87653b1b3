/**
 * Lines of a legacy 统计表 → rows {label, unit, value}. Handles `|`/tab rows, whitespace-separated rows and
 * one cell per line (label, unit and value on consecutive lines, labels wrapped over lines).
 */
import {
  LEGACY_BLANKS,
  LEGACY_CUMULATIVE_HEADER,
  LEGACY_OTHER_TABLE_TITLE,
  LEGACY_PERIOD_HEADER,
  LEGACY_SERIAL_WORDS,
  LEGACY_TABLE_FIRST_ROWS,
  LEGACY_UNITS,
  LEGACY_VALUE_HEADER,
  joinCumulativePeriods,
  legacyCurrentColumn,
} from "@/lib/template/legacy";

export interface LegacyRow {
  label: string;
  unit: string | null;
  /** number = printed value; null = printed blank; undefined = no value cell at all (heading-like row). */
  value: number | null | undefined;
  /** The value cell's text when it was neither a number nor a blank mark. */
  unreadable?: string;
  /** Value text still to be split into columns (rows read from a flattened table, lib/parser/legacy-flat.ts). */
  digits?: string;
  /** Why the row has no value although it printed one (its digits split several ways), or a warning on it. */
  problem?: string;
  /** How a glued run was read, when evidence outside the table decided it (an info finding). */
  note?: string;
  /** How many value cells the row printed (numbers and blank marks), when read from cells. */
  printed?: number;
  /**
   * The value is not this year's: the header names only a 累计 column (then a 0 still tells none this year) or only
   * another year's.
   */
  notThisYear?: "cumulative" | "other";
  /** The one value a row printed under a header naming several value columns (its column is unknown). */
  lone?: number | null;
  /** That value's digits when they may be several glued cells ("2626"). */
  glued?: string;
  /** A row of a table of columns with no 合计 (项目 办公室 法规科 …): its figures are no sentence's either. */
  apart?: boolean;
  line: number;
  raw: string;
}

interface ValueColumns {
  count: number;
  /** Which value column is this year's figure (provincial tables add a cumulative column). */
  index: number;
  /** No column is this year's: `index` is the 累计 one, or the first of other years' (LegacyRow.notThisYear). */
  notThisYear?: "cumulative" | "other";
  /** A column per kind of applicant or channel and no 合计 column: the row's figure is their sum. */
  sum?: boolean;
  /** The rows start with their number (a 序号 column before the labels). */
  serial?: boolean;
}

/** The value columns a header's words name: this year's, or where none is (累计数 alone), the 累计 one. */
function valueColumns(words: readonly string[]): ValueColumns {
  const count = Math.max(1, words.length);
  const index = legacyCurrentColumn(words);
  if (index >= 0 || words.length === 0) return { count, index: Math.max(0, index) };
  const cumulative = words.findIndex((w) => LEGACY_CUMULATIVE_HEADER.test(w));
  return cumulative >= 0
    ? { count, index: cumulative, notThisYear: "cumulative" }
    : { count, index: 0, notThisYear: "other" };
}

function withColumns(row: LegacyRow, cols: ValueColumns): LegacyRow {
  if (cols.notThisYear) row.notThisYear = cols.notThisYear;
  return row;
}

const ORDINAL_START = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\(\d+\)|\d+[.、]|[①-⑳])/;
const END_MARKERS = ["单位负责人", "填报人", "审核人", "填报日期", "联系电话", "负责人:"];
const END_FIRST_CHARS = new Set(END_MARKERS.map((m) => m.charCodeAt(0)));
const MAX_DIGITS = 12;

/** The value of a cell made only of ASCII digits, else -1. */
function plainInt(cell: string): number {
  if (cell.length === 0 || cell.length > MAX_DIGITS) return -1;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
const HEADER_WORDS = new Set(["统计指标", "指标", "指标名称", "项目", "单位", "计量单位", "统计数", "数量", "数值"]);
const MAX_LABEL = 80;
/** Stop after this many lines without a row once the table has started (the report moved on). */
const MAX_GAP = 30;

/** Number, `null` for a blank mark, `undefined` for anything else. A trailing unit ("36人次") is allowed. */
function parseCellNumber(cell: string): number | null | undefined {
  const int = plainInt(cell);
  if (int >= 0) return int; // the common case, without the work below
  let t = compactCell(cell);
  if (t.includes(",")) t = t.replace(/,/g, "");
  if (LEGACY_BLANKS.has(t)) return null;
  for (const unit of ["人次", "万元", "条", "件", "次", "篇", "个", "人", "元", "项", "份", "起", "宗", "%"]) {
    if (t.length > unit.length && t.endsWith(unit)) {
      t = t.slice(0, -unit.length);
      break;
    }
  }
  if (!/^-?\d{1,12}(?:\.\d{1,6})?$/.test(t)) return undefined;
  return Number(t);
}

/** Built once: compactCell runs on every cell of a legacy table. */
const SPACE_RUN = /\s+/g;

function compactCell(text: string): string {
  return text.includes(" ") || text.includes("\t") ? text.replace(SPACE_RUN, "") : text;
}

/**
 * A value column's header cell alone on its line ("2013年度", "本年", "上年度", "本年度(1-12月)"), or a period to a
 * year's end ("2012年1月1日至2012年12月31日", "2012年1-12月").
 */
const YEAR_COLUMN = new RegExp(
  String.raw`^(?:(?:(?:19|20)\d{2}年度?(?:数|统计数?)?|本年度?数?|上年度?数?|去年)(?:\([^()]{1,20}\))?|` +
    String.raw`${LEGACY_PERIOD_HEADER}|(?:19|20)\d{2}年\d{1,2}月?[-—至到~](?:(?:19|20)\d{2}年)?12月)$`,
);

function isHeaderCell(cell: string): boolean {
  if (cell.length > 24) return false;
  const t = compactCell(cell);
  return HEADER_WORDS.has(t) || t.includes("统计指标") || t.includes("累计") || YEAR_COLUMN.test(t);
}

function readHeader(cells: string[]): ValueColumns {
  const valueCells = cells
    .slice(1)
    .map(compactCell)
    // The unit column's word, not a column named for a part of the agency (所属单位).
    .filter((c) => !/^(?:计量)?单位|指标|项目|备注|说明/.test(c) && c !== "");
  return valueColumns(valueCells);
}

/** A row glued into one token ("(一)收到申请数件0", "二、回应解读情况——-"): label, unit, value. */
const FLAT_ROW = /^(.+?)(人次|万元|——|—|条|件|次|篇|个|人|元|项|份|起|宗|%)?(\d{1,12}(?:\.\d{1,6})?|-|无)$/;
const MAX_FLAT_TOKEN = 200;

/** A figure, then the page's attachment link or download button after a space: the figure is the cell's. */
const ATTACHMENT_AFTER = /^(\d{1,7})\s+(?:相关)?附(?:件|表)/;

/** A row whose last figure has the page's attachment link after it (…举报数 件 10 6 附件:…统计表.doc): no title. */
const ATTACHMENT_AFTER_ROW = /\d\s+(?:相关)?附(?:件|表)[:：][^。]{0,40}统计表\.(?:docx?|xlsx?|pdf|wps|et)/;

/** Cells of a `|`/tab line; one cell (possibly "") when the line holds a single cell followed by `|`. */
function splitSeparated(line: string): string[] {
  // Where `|` marks the cells, a tab beside it is whitespace (`件  |\t1  |` is one cell, not an empty one and 1).
  const cells = line.includes("|") ? line.split("|") : line.split("\t");
  for (let i = 0; i < cells.length; i++) cells[i] = cells[i].trim();
  if (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  if (cells.length > 1 && cells[0] === "") cells.shift();
  // The last row's last cell with the page's attachment link glued after it ("2 附件:2013年度…统计表.doc").
  const last = cells.length > 2 ? ATTACHMENT_AFTER.exec(cells[cells.length - 1]) : null;
  if (last) cells[cells.length - 1] = last[1];
  return cells;
}

/** "(一)收到申请数 件 0": label tokens, then unit/value tokens; null when the line does not end in a value. */
function splitSpaced(line: string): string[] | null {
  if (!line.includes(" ")) return null;
  const tokens = line.split(/\s+/);
  if (tokens.length < 2 || parseCellNumber(tokens[tokens.length - 1]) === undefined) return null;
  let firstData = tokens.findIndex((t, i) => i > 0 && (LEGACY_UNITS.has(t) || parseCellNumber(t) !== undefined));
  if (firstData < 1) firstData = tokens.length - 1;
  return [tokens.slice(0, firstData).join(""), ...tokens.slice(firstData)];
}

/**
 * A label holding another row's values ("7其中:1.当面申请数条46462.网上申请数"): the line is a table glued into one
 * stream with a stray space here and there, which legacy-flat.ts reads; split at spaces it gives wrong rows.
 */
const GLUED_STREAM_LABEL = /(?:条|件|次|篇|个|人|元|项|份|起|宗)\d|^\d+(?![.、\d])|^0\d|^\d{3}/;

/** A whole table flattened onto one line, rows separated by spaces. */
function splitFlat(line: string): string[][] {
  const rows: string[][] = [];
  for (const token of line.split(" ")) {
    if (token.length > MAX_FLAT_TOKEN) continue;
    const m = FLAT_ROW.exec(token);
    if (!m) continue;
    if (GLUED_STREAM_LABEL.test(m[1])) return [];
    rows.push(m[2] ? [m[1], m[2], m[3]] : [m[1], m[3]]);
  }
  return rows;
}

function rowFromCells(cells: string[], line: number, raw: string, cols: ValueColumns): LegacyRow {
  let rest = cells.slice(1);
  let unit: string | null = null;
  // A lone unit after the label is a row whose value cell was dropped (HTML readers trim empty trailing cells).
  if (rest.length > 0 && LEGACY_UNITS.has(compactCell(rest[0])) && (rest.length > 1 || !LEGACY_BLANKS.has(rest[0]))) {
    unit = compactCell(rest[0]);
    rest = rest.slice(1);
    if (rest.length === 0) return { label: cells[0], unit, value: null, line, raw };
  }
  const cell = rest[cols.index] ?? rest[0];
  if (cols.count > 1 && rest.length === 1 && /^\d{2,}$/.test(cell)) {
    // One run where the header names several value columns ("条 2626" under 2012年度 | 历年累计): the cells
    // are glued, and the stream reading (legacy-flat.ts) splits them by the table's sums.
    const problem = `数值「${cell}」少于表头的 ${cols.count} 列,无法确定拆分`;
    return { label: cells[0], unit, value: undefined, problem, line, raw, printed: 1, lone: Number(cell), glued: cell };
  }
  const printed = rest.map(parseCellNumber).filter((v) => v !== undefined);
  if (cols.sum) {
    const total = sumOfCells(rest.map(parseCellNumber), cols);
    if (total !== undefined) return { label: cells[0], unit, value: total, note: SUM_NOTE, line, raw, printed: 1 };
  }
  const short = shortRowProblem(printed, cols);
  if (short)
    return { label: cells[0], unit, value: undefined, problem: short, line, raw, printed: 1, lone: printed[0] };
  const value = cell === undefined ? undefined : parseCellNumber(cell);
  const unreadable = cell !== undefined && value === undefined ? cell : undefined;
  return {
    label: cells[0],
    unit,
    value: unreadable ? undefined : value,
    unreadable,
    line,
    raw,
    printed: printed.length,
  };
}

/**
 * A row printing fewer values than the header has value columns lost a cell (HTML readers drop empty cells), and
 * which column it lost cannot be told: no value, unless every printed value is 0 (then this year's is 0 or blank,
 * and a blank means none on these forms).
 */
function shortRowProblem(values: (number | null | undefined)[], cols: ValueColumns): string | undefined {
  const printed = values.filter((v) => v !== undefined);
  if (cols.count < 2 || printed.length === 0 || printed.length >= cols.count) return undefined;
  if (printed.every((v) => v === 0 || v === null)) return undefined;
  return `只印出 ${printed.length} 个数值,少于表头的 ${cols.count} 列,无法确定哪一列缺失`;
}

/** Cells of a row under a 序号 column without the row's number, which is no part of its label. */
function withoutSerial(cells: string[], text: string): string[] {
  if (SERIAL_CELL.test(cells[0]) && cells.length > 2) return cells.slice(1);
  const serial = SERIAL_BEFORE_LABEL.exec(text);
  return serial ? (splitSpaced(text.slice(serial[0].length)) ?? cells) : cells;
}

function startsNewLabel(text: string): boolean {
  const t = compactCell(text);
  return ORDINAL_START.test(t) || t.startsWith("其中");
}

/** Assembles one-cell-per-line runs into rows. */
class CellStream {
  private label: string | null = null;
  private line = 0;
  private unit: string | null = null;
  private values: (number | null)[] = [];
  private raw: string[] = [];
  constructor(
    public cols: ValueColumns,
    private readonly emit: (row: LegacyRow) => void,
  ) {}

  push(text: string, line: number): void {
    const compact = compactCell(text);
    if (this.label !== null && this.unit === null && this.values.length === 0 && LEGACY_UNITS.has(compact)) {
      this.unit = compact;
      this.raw.push(text);
      return;
    }
    const num = parseCellNumber(text);
    if (num !== undefined) {
      if (this.label === null) return; // a number with no row: nothing to attach it to
      this.values.push(num);
      this.raw.push(text);
      if (this.values.length >= this.cols.count) this.flush();
      return;
    }
    if (this.label !== null && this.unit === null && this.values.length === 0 && !startsNewLabel(text)) {
      this.label += compact; // a label wrapped over two lines
      this.raw.push(text);
      return;
    }
    this.flush();
    this.label = text;
    // The row's source is its label's line: the UI shows the label printed there, the value follows.
    this.line = line;
    this.raw = [text];
  }

  flush(): void {
    if (this.label === null) return;
    const total = this.cols.sum ? sumOfCells(this.values, this.cols) : undefined;
    const problem = total === undefined ? shortRowProblem(this.values, this.cols) : undefined;
    const value =
      total ?? (problem || this.values.length === 0 ? undefined : (this.values[this.cols.index] ?? this.values[0]));
    const withBlank = value === undefined && this.unit !== null && !problem ? null : value;
    const raw = this.raw.join(" | ");
    const lone = problem ? { lone: this.values[0] } : {};
    this.emit({
      label: this.label,
      unit: this.unit,
      value: withBlank,
      problem,
      line: this.line,
      raw,
      printed: this.values.length,
      ...lone,
      ...(total !== undefined ? { note: SUM_NOTE } : {}),
    });
    this.label = null;
    this.unit = null;
    this.values = [];
    this.raw = [];
  }
}

/** The words over a column numbering the rows (序号 指标名称 …), printed first. */
const SERIAL_WORDS = LEGACY_SERIAL_WORDS.join("|");
const SERIAL_WORD = new RegExp(`^(?:${SERIAL_WORDS})$`);
const SERIAL_HEADER = new RegExp(`^(?:${SERIAL_WORDS})(?=指标|统计指标|项目)`);
/** A row's own number before its label ("3 受理依申请公开信息总数 条 7 20") under such a header. */
const SERIAL_CELL = /^\d{1,2}$/;
const SERIAL_BEFORE_LABEL = /^\d{1,2}\s+(?=[^\d\s])/;

/** More than a header's 40 characters besides spaces (counting stops there: a page flattened onto one line). */
const LONGER_THAN_HEADER = /^(?:\s*\S){41}/;
/**
 * The first characters a header read by its value columns' words opens with (序号, 指标名称, 统计指标, 项目). A line
 * opening otherwise and ending in a digit is no header: a header of parts ends in a part's word (partColumns).
 */
const VALUE_HEADER_OPENING = new RegExp(String.raw`^\s*[${LEGACY_SERIAL_WORDS.map((w) => w[0]).join("")}指统项]`);

/** A header printed on one line with spaces ("指标名称 计量单位 2013年度 历年累计"): its value columns. */
function readSpacedHeader(text: string): ValueColumns | null {
  // Cheap tests first, on every line of a table: a long line, or a row ending in its figure, is no header.
  if (text.length > 40 && LONGER_THAN_HEADER.test(text)) return null;
  const last = text.charCodeAt(text.length - 1);
  if (last >= 48 && last <= 57 && !VALUE_HEADER_OPENING.test(text)) return null;
  const compact = compactCell(text);
  // compactCell keeps the other whitespace of a line with no space or tab: such a line can still be too long.
  if (compact.length > 40) return null;
  if (SERIAL_HEADER.test(compact)) {
    const cols = readSpacedHeader(text.replace(/^\s*\S+\s*/, "").replace(/^\|/, ""));
    return cols ? { ...cols, serial: true } : null;
  }
  // Columns per applicant or channel under another word (类别 公民 法人 其他组织 合计): read as such only.
  if (!/^(?:指标名称|统计指标|指标|项目)/.test(compact))
    return /^[\u4e00-\u9fff]{1,8}[\s|]/.test(text) ? partColumns(text) : null;
  const values = compact.match(LEGACY_VALUE_HEADER) ?? [];
  return values.length === 0 ? partColumns(text) : valueColumns(joinCumulativePeriods(values));
}

/** The opening of a header row's label column, spaced or not (指 标 名 称, 统计指标, 项 目). */
const HEADER_LABEL_OPENING = /(?:统\s*计\s*)?指\s*标(?:\s*名\s*称)?|项\s*目/g;
/** How far from a line's end a header printed after the table's title or the prose before it may start. */
const HEADER_TAIL_MAX = 80;

/**
 * A header printed at the end of the line that titles the table or ends the prose before it ("…附相关的说明和指标
 * 统计表。… 七、附表 指 标 名 称 计量 单位 历年累计 2013年度"): its value columns, read from the last label opening.
 */
function headerAtLineEnd(text: string): ValueColumns | null {
  if (text.length <= 40) return null;
  const tail = text.slice(-HEADER_TAIL_MAX);
  let at = -1;
  for (const m of tail.matchAll(HEADER_LABEL_OPENING)) at = m.index;
  return at < 0 ? null : readSpacedHeader(tail.slice(at));
}

/** A header line (or its end, after the table's title) naming only the label and unit columns. */
const LABEL_ONLY_HEADER =
  /(?:^|[\s:])(?:统\s*计\s*指\s*标|指\s*标(?:\s*名\s*称)?|项\s*目)\s*(?:计\s*量\s*)?(?:单\s*位)?$/;
/** A value column's word alone on its line under such a header (局机关, 下属单位, 上半年, 合计): short, no unit. */
function isPartCell(cell: string): boolean {
  const t = compactCell(cell);
  return t.length <= 5 && PART_COLUMN.test(t) && !LEGACY_UNITS.has(t);
}

/** The label column's words spaced out (指 标 名 称): one cell. */
const SPACED_LABEL_WORDS = /^\s*(?:统\s+计\s+指\s+标|指\s+标\s+名\s+称|指\s+标|项\s+目)(?=\s)/;

/** A column per part and their total (公民 法人 其他组织 合计; 当面 网上 信函 合计): short words, the total last. */
const PART_COLUMN = /^[\u4e00-\u9fff]{2,8}(?:\([^()\s]{1,10}\))?$/;
const TOTAL_COLUMN = /^(?:(?:全年|全局)?[合总小]计|全年(?:度|数)?)$/;

/** Columns that together count every application: its applicant's kind, or the way it came in. */
const WHOLE_PARTS = /^(?:公民|自然人|法人|法人或其他组织|其他组织|企业|当面|网上|网络|信函|传真|电子邮件|电话|其他)$/;

/**
 * The header "项目 公民 法人 其他组织 合计" (cells apart): one value column per part, the 合计 the figure. Without the
 * 合计 (项目 公民 法人 其他组织), parts that count every application between them give the figure as their sum.
 */
function partColumns(text: string): ValueColumns | null {
  const label = SPACED_LABEL_WORDS.exec(text);
  const rest = label ? `${compactCell(label[0])} ${text.slice(label[0].length)}` : text;
  const cells = (rest.includes("|") ? rest.split("|") : rest.split(/\s+/)).map(compactCell).filter((c) => c !== "");
  const values = cells.slice(1).filter((c) => !/^(?:计量)?单位$|^计量$/.test(c));
  if (values.length < 2 || values.length > 5 || !values.every((v) => PART_COLUMN.test(v))) return null;
  if (TOTAL_COLUMN.test(values[values.length - 1])) return { count: values.length, index: values.length - 1 };
  return values.every((v) => WHOLE_PARTS.test(v)) ? { count: values.length, index: 0, sum: true } : null;
}

const SUM_NOTE = "表头按申请人类型或申请方式分列、未列合计,按各列之和读取";

/** The sum of a row's cells under such a header, where it prints every one (a blank mark is none). */
function sumOfCells(values: readonly (number | null | undefined)[], cols: ValueColumns): number | undefined {
  if (values.length !== cols.count || values.some((v) => v === undefined)) return undefined;
  return values.reduce<number>((n, v) => n + (v ?? 0), 0);
}

/** A row of the form listed on a line of its own with its unit in brackets: 受理依申请公开信息总数(件):3. */
const LISTED_ROW = /^\s*([^\d\s:,。;()]{3,30})\((条|件|次|个|项|份|件次)\)\s*:\s*(\d{1,7})\s*$/;

/**
 * A page with no 统计表 that lists the form's rows one per line (受理依申请公开信息总数(件):3), or as a list with dot
 * leaders (同意公开……………2件): those rows, read only where at least three are printed so (one is a sentence's aside).
 */
export function readListedRows(lines: string[]): LegacyRow[] {
  const rows: LegacyRow[] = [];
  const led: LegacyRow[] = [];
  lines.forEach((text, i) => {
    const m = LISTED_ROW.exec(text);
    if (m) rows.push({ label: m[1], unit: m[2], value: Number(m[3]), line: i + 1, raw: text });
    if (!text.includes("…") && !text.includes("..") && !text.includes("·")) return;
    for (const d of text.matchAll(LEADER_ROW)) {
      led.push({ label: d[1], unit: d[3], value: Number(d[2]), line: i + 1, raw: d[0].trim() });
    }
  });
  if (led.length >= 3) return led;
  if (rows.length >= 3) return rows;
  // The rows written as a list in the prose: 收到申请数:3件,…;(申请数:5;答复数:5;同意公开:3;…).
  const listed: LegacyRow[] = [];
  lines.forEach((text, i) => {
    if (!text.includes(":")) return;
    for (const c of text.matchAll(COLON_ITEM)) {
      listed.push({ label: c[1], unit: c[3] ?? null, value: Number(c[2]), line: i + 1, raw: c[0].trim() });
    }
  });
  return listed.length >= 4 ? listed : [];
}

/**
 * A row of the form written into a sentence as 'label:N件' between list marks (,;( 。 or 其中, or a heading's colon:
 * 依申请公开:收到申请:3件), the count followed by a list mark, the end or a bracket without a number (1件(涉及个人
 * 隐私)): a count with a count after it (收到申请数:5件(其中上年结转1件)) is the sentence reader's.
 */
const COLON_ITEM = new RegExp(
  String.raw`(?<=^|[,;(\s:。]|其中)(?:\([一二三四五六七八九十]{1,2}\))?([^\s\d:,;。()]{2,20}):\s*(\d{1,7})\s*` +
    String.raw`(件|条|次)?(?=[,;。)]|\s|$|\([^()\d]{1,12}\))`,
  "g",
);

/** A row of a statistics list with dot leaders: 受理政府信息公开申请总数……………3件 (three or more make a table). */
const LEADER_ROW = /([^\s\d….·:。,;()]{2,30})(?:…|\.|·){3,}\s*(\d{1,7})\s*(条|件次|件|次|个|项|份)/g;

/** A line titling a table of another subject (村务公开情况统计表), not of 政府信息公开. */
function otherTableTitle(line: string): boolean {
  const m = LEGACY_OTHER_TABLE_TITLE.exec(line);
  return m !== null && m.index < 40 && !line.includes("政府信息公开");
}

/** Line index where the 统计表 starts, or -1. */
export function findLegacyTableStart(lines: string[]): number {
  let fallback = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes("统计表") && (otherTableTitle(line) || ATTACHMENT_AFTER_ROW.test(line))) continue;
    if (line.includes("统计表") || (line.includes("指") && line.replace(/\s/g, "").includes("统计指标"))) return i;
    if (fallback < 0 && LEGACY_TABLE_FIRST_ROWS.some((words) => line.includes(words))) fallback = i;
  }
  // A table with no title: its header on the line before the first row ("项目 公民 法人 合计") names the columns.
  return fallback > 0 && readSpacedHeader(lines[fallback - 1].trim()) ? fallback - 1 : fallback;
}

/** Rows of the table starting at `start` (0-based), until the signature block or a long gap. */
export function readLegacyRows(lines: string[], start: number): LegacyRow[] {
  const rows: LegacyRow[] = [];
  let cols: ValueColumns = { count: 1, index: 0 };
  const stream = new CellStream(cols, (row) => rows.push(withColumns(row, stream.cols)));
  // Header cells met one per line ("统计指标", "单位", "本年", "累计"): the value columns are known after them.
  let headerRun: string[] = [];
  let labelsOnly = false;
  let lastRowLine = start;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === "") continue;
    if (END_FIRST_CHARS.has(text.charCodeAt(0)) && END_MARKERS.some((m) => compactCell(text).startsWith(m))) break;
    if (rows.length > 0 && i - lastRowLine > MAX_GAP) break;
    // A table of another subject after the 统计表 (附表二:村务公开情况统计表): the 统计表 has ended.
    if (rows.length > 0 && text.includes("统计表") && otherTableTitle(text)) break;
    const before = rows.length;
    const spacedHeader = readSpacedHeader(text) ?? (rows.length === 0 ? headerAtLineEnd(text) : null);
    if (spacedHeader) {
      cols = spacedHeader;
      stream.cols = cols;
      continue;
    }
    const separated = text.includes("|") || text.includes("\t") ? splitSeparated(text) : null;
    const single = separated?.length === 1 ? separated[0] : separated ? null : text;
    let cells = separated && separated.length > 1 ? separated : single === text ? splitSpaced(text) : null;
    if (cols.serial && cells) cells = withoutSerial(cells, text);
    // Under a header naming only the label and unit columns (指 标 名 称 计量 单位), the value columns' words follow
    // one per line (局机关, 下属单位, 合计), before the first row.
    if (rows.length === 0 && single !== null && LABEL_ONLY_HEADER.test(single)) {
      stream.flush();
      labelsOnly = true;
      continue;
    }
    const partCell = labelsOnly && !cells && single !== null && rows.length === 0 && isPartCell(single);
    if (partCell || (!cells && single !== null && isHeaderCell(single))) {
      stream.flush(); // the caption before the header is not the first row's label
      headerRun.push(single);
      continue;
    }
    if (headerRun.length > 0) {
      cols = partColumns(["指标名称", ...headerRun].join(" ")) ?? readHeader(["", ...headerRun]);
      stream.cols = cols;
      headerRun = [];
    }
    if (cells && SERIAL_WORD.test(cells[0]) && cells.length > 2 && isHeaderCell(cells[1])) {
      cols = { ...readHeader(cells.slice(1)), serial: true };
      stream.cols = cols;
    } else if (cells && isHeaderCell(cells[0])) {
      cols = readHeader(cells);
      stream.cols = cols;
    } else if (cells) {
      stream.flush();
      rows.push(withColumns(rowFromCells(cells, i + 1, text, cols), cols));
    } else if (single !== null && single.length <= MAX_LABEL) {
      stream.push(single, i + 1);
    } else if (single !== null) {
      stream.flush();
      for (const flat of splitFlat(single))
        rows.push(withColumns(rowFromCells(flat, i + 1, flat.join(" | "), cols), cols));
    }
    if (rows.length > before) lastRowLine = i;
  }
  stream.flush();
  return readLoneValues(rows);
}

/**
 * A table whose rows each print one value although the header names several columns left the other columns
 * empty throughout: its values are this year's, each with a finding saying how it was read. Where some rows print
 * every column, a row with one value lost a cell and stays unread (shortRowProblem); where a run like "00" shows
 * glued cells, the runs are left to the stream reader.
 */
function readLoneValues(rows: LegacyRow[]): LegacyRow[] {
  if (!rows.some((r) => r.lone !== undefined) || rows.some((r) => (r.printed ?? 0) > 1)) return rows;
  // A run no single number prints ("00") shows the cells are glued: the stream reader splits them by the sums.
  if (rows.some((r) => r.glued?.startsWith("0"))) return rows;
  for (const row of rows) {
    if (row.lone === undefined) continue;
    row.value = row.lone;
    row.problem = undefined;
    row.note = "表头列出多列数值,但表中每行只印出一个数值,按本年数读取";
  }
  return rows;
}
