/**
 * A legacy 统计表 read as one character stream, for the pages real sites publish: the whole table flattened
 * onto one line, the unit glued to the numbers and the next row's ordinal glued to the values
 * (`主动公开信息数条2626其中:1、网站公开条26262、政府公报公开条00`). Rows come out with their value text
 * still unsplit; legacy-solve.ts decides how a glued run splits into the value columns.
 *
 * `|`, tabs and line breaks count as spaces, so a table printed one cell per line reads the same way.
 */
import { countValue } from "./cn-numbers";
import { ANOTHER_BODY_SCOPE } from "./legacy-narrative-blocks";
import {
  LEGACY_CUMULATIVE_HEADER,
  LEGACY_CUMULATIVE_TITLE,
  LEGACY_SUBUNIT_TITLE,
  LEGACY_HEADER_START,
  LEGACY_OTHER_TABLE_TITLE,
  LEGACY_PERIOD_HEADER,
  LEGACY_SERIAL_WORDS,
  LEGACY_UNITS,
  LEGACY_VALUE_HEADER,
  LEGACY_VALUE_HEADER_WORDS,
  joinCumulativePeriods,
  legacyCurrentColumn,
} from "@/lib/template/legacy";

export interface FlatRow {
  /** The row's words as printed (spaces removed), ordinal and unit included. */
  printed: string;
  unit: string | null;
  /** The value cells' text with the next row's ordinal removed: digits and the spaces between them. */
  digits: string;
  /** Why the value text cannot be trusted (the solver then reads no value). */
  doubtful?: string;
  /** Why the value read needs a warning naming its key (a count noted as not about disclosure, read as 0). */
  warning?: string;
  /** Positions among the row's space-separated numbers of cells printed as a dash (blank, read as 0 by sums). */
  blankCells?: number[];
  /** The text ends with this row's numbers: the page may have been cut off inside the row. */
  pageEnds?: boolean;
  /** Offset of the label in the text, and its 1-based line. */
  offset: number;
  line: number;
  /** The printed row: label, unit and values. */
  raw: string;
}

export interface FlatTable {
  /** Number of value columns (1: 年末统计; 2: 2012年度 | 历年累计). */
  columns: number;
  /** Index of this year's column, and of the 累计 column when there is one. */
  current: number;
  cumulative: number | null;
  /** The rows show more value columns than the header names: which one is this year's is a guess (the first). */
  headerUnclear: boolean;
  /** The header names several value columns but every row prints one number: read as this year's. */
  loneValues?: boolean;
  /** Most rows print their value cells apart: a run with fewer numbers lost a cell and is not split. */
  spaced: boolean;
  /** 增减 columns, which the sums do not bind (legacy-solve.ts). */
  unsigned?: number[];
  rows: FlatRow[];
  /** 1-based line of the header, and its offset in the text (the prose before it is the narrative). */
  line: number;
  start: number;
  /** Tables printed before this one under a header of other value columns (表一 依申请 | 表二 主动公开). */
  earlier?: FlatTable[];
  /** The same table is printed for two years and nothing on the page tells which is this year's: the later read. */
  yearUnclear?: boolean;
  /** The page says a blank cell is none (本表空白格表示本年度无此项数据), near the table (legacy-solve.ts). */
  blankIsNone?: boolean;
  /** No value column is this year's: `current` is the 累计 one, or the first of other years' (LegacyRow.notThisYear). */
  notThisYear?: "cumulative" | "other";
  /** How the rows were read, for every value (the figures printed before each row's words). */
  note?: string;
  /** A table of columns with no 合计 (项目 第一季度 … 第四季度): its rows summed, or left unread (tablesWithoutTotal). */
  withoutTotal?: boolean;
  /** Such a table printed beside this one: read only where this one holds no row of the applications. */
  apart?: FlatTable;
}

/** The words column of a small table in the prose ("答复类型 件数 同意公开 2 …", "申请方式 件数 当面 3 …"). */
const KIND_WORD = String.raw`(?:答\s*复|申\s*请|办\s*理)\s*(?:类\s*型|方\s*式|结\s*果)`;
/** 本年 / 上年 starting the first row's words (上年结转申请数, 本年新收申请数), not a value column's header. */
const NOT_A_ROW = String.raw`(?!\s*(?:度\s*)?(?:结\s*转|新\s*收|受\s*理|遗\s*留|答\s*复))`;
/**
 * A regex source with \s* between its atoms (characters, classes, escapes, groups), for words printed with spaces
 * between their characters ("本 年 度", "历 年 累 计"); a number's digits stay together ("(?:19|20)\d{2}").
 */
function spacedSource(source: string): string {
  let i = 0;
  const quantifier = (): string => {
    const m = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(i));
    i += m ? m[0].length : 0;
    return m ? m[0] : "";
  };
  const digit = (atom: string) => /^(?:\\d|\d|\(\?:[\d|]+\))$/.test(atom);
  const alternatives = (): string => {
    const out: string[] = [];
    let atoms: { text: string; digit: boolean }[] = [];
    const close = () => {
      out.push(
        atoms.map((a, k) => (k > 0 && !(a.digit && atoms[k - 1].digit) ? String.raw`\s*` : "") + a.text).join(""),
      );
      atoms = [];
    };
    while (i < source.length && source[i] !== ")") {
      const c = source[i];
      let atom: string;
      if (c === "|") {
        i++;
        close();
        continue;
      }
      if (c === "(") {
        const open = source.startsWith("(?:", i) ? "(?:" : "(";
        i += open.length;
        const inner = alternatives();
        i++;
        atom = `${open}${inner})`;
      } else if (c === "[") {
        const end = source.indexOf("]", i);
        atom = source.slice(i, end + 1);
        i = end + 1;
      } else {
        atom = source.slice(i, c === "\\" ? i + 2 : i + 1);
        i += atom.length;
      }
      atoms.push({ text: atom + quantifier(), digit: digit(atom) });
    }
    close();
    return out.join("|");
  };
  return alternatives();
}

/** A header's words that are no value column: the row words' column, the unit's, a small table's. */
const HEADER_WORDS = `${spacedSource(`${LEGACY_HEADER_START.source}|名称|项目|类[别型]|计量单位|单位`)}|${KIND_WORD}|件\\s*数`;
/** The value columns' words (the template's), 本年 / 上年 not where they start a row's words (本年新收申请数). */
const VALUE_WORDS = LEGACY_VALUE_HEADER_WORDS.map((w) => spacedSource(w) + (/^[本上]年/.test(w) ? NOT_A_ROW : ""));
const HEADER_PART = new RegExp(
  String.raw`^[\s|:]*(?:其\s*中\s*:?\s*(?=(?:19|20)\d{2}\s*年|本\s*年))?` +
    `(?:${HEADER_WORDS}|${LEGACY_PERIOD_HEADER}|${VALUE_WORDS.join("|")}|数\\s*量|备\\s*注)` +
    // A bracket after a column's word: its period or unit (本年度(2012年), 累计(2008年5月起), 增减(%)).
    String.raw`(?:\s*\([^()]{1,12}\))?`,
);
/** A 序号 column's word right before the header's first word (序号 指标名称 计量单位 …). */
const SERIAL_SPACED = LEGACY_SERIAL_WORDS.map((w) => Array.from(w).join(String.raw`\s*`)).join("|");
const SERIAL_BEFORE_HEADER = new RegExp(String.raw`(?:${SERIAL_SPACED})[\s|]*(?:指\s*标\s*)?$`);
const THIS_YEAR_APART = /^[\s|]*本\s*年\s*(?:度|数)?(?=[\s|])/;
/** A value column's header word alone ("2012年度", "历年累计"). */
const VALUE_HEADER_WORD = new RegExp(`^(?:${LEGACY_VALUE_HEADER.source})$`);
/** The words that open a header, spaces allowed between their characters ("指 标 名 称"). */
/**
 * 名称 or 项目 open a header only right before the unit column's word, or before two value columns' words with no
 * unit column (项目 本年 累计): they are common words in prose.
 */
const COLUMN_WORD = String.raw`(?:(?:上年|去年)同期|本期|[本上]年(?:度|数)?|(?:19|20)\d{2}年度?)`;
const TWO_COLUMNS = String.raw`${COLUMN_WORD}\s+(?:${COLUMN_WORD}|(?:历年)?累计)\s`;
/**
 * Value columns per part and their total right after 项目 (项目 公民 法人 其他组织 合计, 项目 当面 网上 信函 合计: the
 * applications by applicant or by channel, across): PART_COLUMNS reads them.
 */
const PARTS_THEN_TOTAL = String.raw`\s(?:[\u4e00-\u9fff]{2,8}\s+){1,4}(?:全年|全局)?[合总小]\s*计\s`;
const HEADER_START_SHORT =
  String.raw`(?:名\s*称|项\s*目)(?=\s*(?:(?:计\s*量\s*)?单\s*位|${TWO_COLUMNS})|${PARTS_THEN_TOTAL})|` +
  String.raw`${KIND_WORD}(?=\s*件\s*数\s)|类\s*[别型](?=${PARTS_THEN_TOTAL})`;
const HEADER_START = new RegExp(
  `${LEGACY_HEADER_START.source.replace(/(.)(?=.)/gu, "$1\\s*")}|${HEADER_START_SHORT}`,
  "g",
);
const END_WORDS = /附件下载|单位负责人|填报人|审核人|填报日期|联系电话|打印本页|关闭窗口|相关附件|扫一扫/;
/** A label is short; prose means the table ended. */
const MAX_LABEL_CHARS = 48;
/** How far past a bound a row starting before it may run (its label, unit and cells): far more than any row. */
const ROW_STRADDLE = 512;
/** Longest value run read (digits): beyond it the run is not a table row. */
const MAX_RUN_DIGITS = 24;
const UNITS_LONGEST_FIRST = [...LEGACY_UNITS].filter((u) => /[^\-—/]/.test(u)).sort((a, b) => b.length - a.length);

/**
 * A zero printed as a mark in a value cell: 〇 / 零, 无 standing alone or doubled ("件 无 无", "件无无行政诉讼"),
 * or one dash (－ is normalised to -), after the unit or after another value. 〇, 零 and 无 read as 0; a dash
 * (—, ——, -) or / is a cell printed blank (FlatRow.blankCells), which the table stage keeps blank as the line
 * reader does.
 */
const ZERO_MARK = new RegExp(
  String.raw`(?<=[条件次个项份篇人元起宗][ \t]*|\d[ \t]+|[〇零无][ \t]*|[-—/][ \t]+)` +
    String.raw`(?:[〇零](?![一二三四五六七八九十百千万])|无(?=[ \t]|$|无)|(?<=无)无|(?:——|--|[-—])(?![-—/\d])|\/(?=[ \t]|$))|` +
    // A dash glued after the row's last figure, before the next row's words or ordinal ("条40—其中:", "条30—2.网上"):
    // its last cell.
    String.raw`(?<=\d)—{1,2}(?=[\u4e00-\u9fff]|\d{1,2}[.、][\u4e00-\u9fff]|[ \t]*$)`,
  "g",
);
/**
 * A value cell printed in Chinese numerals ("主动公开信息数 条 二十六", "否决公开答复数 条 零"): after the unit or another
 * value, standing apart from what follows (an ordinal 二、 or a word 一次性 is no cell). Read as its digits.
 */
const CN_CELL = new RegExp(
  String.raw`(?<=[条件次个项份篇人元起宗][ \t]*|\d[ \t]+|[零〇一二两三四五六七八九十百千][ \t]+)` +
    String.raw`[零〇一二两三四五六七八九十百千]{1,6}(?=[ \t]|$)`,
  "g",
);
/** The letter O typed for a zero in a value cell ("条OO", "条O1", "条1O"): a run of digits and O after the unit. */
const LETTER_O = /(?<=[条件次个项份篇人元起宗][ \t]*|[\dO][ \t]+)[\dO]*O[\dO]*(?![A-Za-z])/g;
/**
 * A sign before a value (a 增减 column, "96 120 -24", "66 +14"): the change's size is read, the column is not
 * used. The dash of a header's months (2014年1-12月), years (2004-2013年累计) or dates (2013.1.1-2013.12.31) is no sign.
 */
const MINUS = /(?<=\d[ \t]*)[-+](?=\d)(?!\d{0,2}月|(?:19|20)\d{2}[年.]|12\.31)/g;

/** A count's unit written after the figure in a cell ("18条", "5件次", "2(件)"). */
const VALUE_UNIT = String.raw`(?:件次|人次|[(（][件条][)）]|条|件|次|个|项|份|篇|起|宗)`;
/** A row's unit column and then a figure carrying its unit ("申请总数 条 18条 39条", "申请总数条17条45条"). */
const UNIT_BOTH = new RegExp(String.raw`[\u4e00-\u9fff][ \t]*${VALUE_UNIT}[ \t]*\d+${VALUE_UNIT}`, "g");
/** Two figures in a row each carrying its unit ("17条45条", "5条 13条"). */
const TWO_UNITS = new RegExp(String.raw`(?<![\d.])\d+${VALUE_UNIT}[ \t]*\d+${VALUE_UNIT}`, "g");
/** A row printing its unit column before a bare figure ("主动公开信息数条2626其中", "公开数 条 360 805"). */
const UNIT_COLUMN_ROW = /[\u4e00-\u9fff][ \t]*(?:条|件)[ \t]*\d+(?:[ \t]+\d+)?(?=[ \t]*[\u4e00-\u9fff])(?![条件])/;
const UNIT_AFTER_VALUE = new RegExp(String.raw`(?<=\d)${VALUE_UNIT}`, "g");
/**
 * What each row UNIT_BOTH or TWO_UNITS finds holds: a unit, then a figure with its unit ("条 18条", "17条45条"). Its
 * first character is one of a few, so the scan is cheap; a page with fewer than UNIT_ROWS of them (most) skips the
 * three passes.
 */
const UNIT_FIGURE_UNIT = new RegExp(String.raw`[次条件个项份篇起宗)）][ \t]*\d+${VALUE_UNIT}`, "g");
/** Rows that must show the unit after their figures before the table is read so (one could be prose). */
const UNIT_ROWS = 3;
/** How far past the last such row its last cell's unit may stand. */
const UNIT_ROWS_TAIL = 60;

/**
 * A table writing the unit after every figure as well as in (or instead of) the unit column ("受理…总数 条 18条 39条
 * 其中：1.当面申请数 条 5条 13条"): a unit after a figure would read as the next cell's unit column and split 18 as
 * 1 | 8. Where three rows or more print so, each unit right after a figure, from the first such row to just past
 * the last, is masked to spaces (same length), leaving the row's own unit column and the figures apart. A table
 * with no unit column anywhere ("申请总数18条39条") reads its units as separators already and is left as printed.
 */
function unitsAfterFigures(text: string): string {
  if (!unitRowsMayBe(text)) return text;
  let rows = [...text.matchAll(UNIT_BOTH)];
  // Rows without the unit column, each figure with its unit, where other rows print the column ("数条2626"): the same.
  if (rows.length < UNIT_ROWS && UNIT_COLUMN_ROW.test(text)) rows = [...text.matchAll(TWO_UNITS)];
  if (rows.length < UNIT_ROWS) return text;
  const from = rows[0].index;
  const last = rows[rows.length - 1];
  const to = Math.min(text.length, last.index + last[0].length + UNIT_ROWS_TAIL);
  const masked = text.slice(from, to).replace(UNIT_AFTER_VALUE, (m) => " ".repeat(m.length));
  return text.slice(0, from) + masked + text.slice(to);
}

/** At least UNIT_ROWS places of a unit, then a figure with its unit: the rows unitsAfterFigures needs. */
function unitRowsMayBe(text: string): boolean {
  UNIT_FIGURE_UNIT.lastIndex = 0;
  let found = 0;
  while (UNIT_FIGURE_UNIT.exec(text)) if (++found >= UNIT_ROWS) return true;
  return false;
}

/**
 * Same length, separators as spaces, `(1)`-style ordinals masked so their digits are not values, zero marks as
 * 0 and minus signs as spaces.
 */
function mask(text: string): string {
  const masked = unitsAfterFigures(text)
    .replace(/[|\t\n\r]/g, " ")
    .replace(FOOTNOTE_MARK, " ")
    .replace(CELL_NOTE, (m) => " ".repeat(m.length))
    .replace(LABEL_NOTE, (m) => m.replace(/\d/g, "#"))
    .replace(LABEL_NUMBER, (m) => "#".repeat(m.length))
    .replace(TABLE_NOTE, (m, at: number, all: string) => (rowFollows(all, at + m.length) ? " ".repeat(m.length) : m))
    .replace(CN_CELL, (m) => {
      // 十 alone (10) is longer in digits: left as printed (the row is then read without a value).
      const v = String(countValue(m));
      return /^\d+$/.test(v) && v.length <= m.length ? v.padEnd(m.length, " ") : m;
    })
    .replace(ZERO_MARK, (m) => `0${" ".repeat(m.length - 1)}`)
    .replace(LETTER_O, (m) => m.replace(/O/g, "0"))
    .replace(MINUS, " ")
    .replace(/\((\d{1,2})\)/g, (m) => `(${"#".repeat(m.length - 2)})`)
    .replace(/(\d{1,2})\)(?=[\u4e00-\u9fff])/g, (m) => `${"#".repeat(m.length - 1)})`);
  const remarks = REMARKS_HEADER.exec(masked);
  if (!remarks) return masked;
  const from = remarks.index + remarks[0].length;
  return masked.slice(0, from) + masked.slice(from).replace(REMARK_NUMBER, (m) => "#".repeat(m.length));
}

/**
 * A note in brackets written in a cell after its figure ("条 1(网上) 2", "1(专家意见除外) 1"): words, no figure; a
 * note saying the count is not about disclosure is kept (NOT_DISCLOSURE_NOTE reads it).
 */
const CELL_NOTE = /(?<=\d)\((?![^()]*(?:不涉及|无关|不属于|并非|非因))[\u4e00-\u9fff、,]{1,16}\)(?=[ \t])/g;
/**
 * A note in brackets in a row's label, before its unit ("受理…申请总数(不含4127件登记资料查询) 条 8 11", "行政复议数(含撤回
 * 1件) 件 2 2", "(依《条例》第14条)"): its numbers are words of the label, not cells.
 */
const LABEL_NOTE =
  /(?<=[\u4e00-\u9fff])\([^()\d]{0,24}\d[^()]{0,24}\)(?=[ \t]*(?:条|件|次|个|项|份|篇|人次|人|元|万元)[ \t]*\d)/g;
/**
 * A number inside a row's words, glued to them on both sides: an article (依《条例》第21条第1项答复, 依第22条答复) or a
 * time limit (15个工作日内答复): words of the label, not cells.
 */
const LABEL_NUMBER = /(?<=第)\d{1,3}(?=[条项款])|(?<=[\u4e00-\u9fff:、])\d{1,3}(?=个工作日)/g;
/** A footnote mark glued to a cell's value ("条 3① 5", "1* 1"): the note it points to is under the table. */
const FOOTNOTE_MARK = /(?<=\d)[①-⑳*※]/g;
/**
 * A note printed inside or right after the table (说明:本表…含卫生监督所受理的2件,…自2008年起计。): its numbers are
 * no cells. Masked only where a row, the page's closing words or the end follow, so the rows after it are read.
 */
const TABLE_NOTE = /(?:说\s*明|注)\s*:[^。]{1,160}。/g;
const ROW_AFTER_NOTE = new RegExp(
  String.raw`^\s*(?:$|${END_WORDS.source}|(?:\d{1,2}[、.])?[\u4e00-\u9fff、]{2,30}\s*(?:条|件|次|个|项|份|人)\s*\d)`,
);

function rowFollows(text: string, at: number): boolean {
  return ROW_AFTER_NOTE.test(text.slice(at, at + 48));
}

/**
 * A 备注 column after the value columns: its words may hold numbers (含网上申请2件, 2011年1件) that are no cells.
 * In such a table a number glued to a word that is not a unit, or a year, is masked.
 */
const REMARKS_HEADER = /(?:年\s*度?|累\s*[计积]|本\s*年|单\s*位|数\s*量|统\s*计\s*数)\s*备\s*注/;
const REMARK_NUMBER = /(?<=[\u4e00-\u9fff])(?<![条件次个项份篇人元起宗])\d+|(?:19|20)\d{2}(?=\s*年)/g;

interface Header {
  end: number;
  columns: number;
  current: number;
  cumulative: number | null;
  /** 增减 columns (their minus signs are masked, so the sums do not bind them). */
  unsigned?: number[];
  /** The year the current column's header names ("2013年度"), 0 when it names none. */
  year: number;
  notThisYear?: "cumulative" | "other";
}

/**
 * Value columns for parts of the agency and their total, printed apart ("局机关 直属单位 合计"): two to four short
 * names, each with its period when the agency was merged in the year ("原卫生局(1-6月) … 卫计局(7-12月) 全年合计"),
 * then 合计 / 总计 / 小计 (a glued header cannot be split into its columns, and is not read so).
 */
const PART_COLUMNS =
  /^[\s|]*((?:[\u4e00-\u9fff]{2,8}(?:\([^()\s]{1,10}\))?[\s|]+){1,4})(?:全年|全局)?(?:合|总|小)\s*计(?=[\s|])/;

/**
 * Value columns for the periods of the year and the whole year's ("第一季度 第二季度 第三季度 第四季度 全年", "上半年 下半年
 * 合计", "1月 … 12月 合计"): the last column is the report's figure.
 */
const PERIOD_NAME = String.raw`(?:第?\s*[一二三四1-4]\s*季\s*度|[上下]\s*半\s*年|\d{1,2}\s*[-—至~]\s*\d{1,2}\s*月|\d{1,2}\s*月)`;
const PERIOD_COLUMNS = new RegExp(
  String.raw`^[\s|]*((?:${PERIOD_NAME}[\s|]+){2,12})(?:全\s*年\s*(?:度\s*)?(?:合\s*计|总\s*计)?|合\s*计|总\s*计)(?=[\s|])`,
);
const PERIOD_NAMES = new RegExp(PERIOD_NAME, "g");

/** A 累计 column word that counts through `year` (历年累计, 截至2013年底累计), not one that ends before it (2008—2011年累计). */
function cumulativeTo(word: string, year: number): boolean {
  if (!LEGACY_CUMULATIVE_HEADER.test(word)) return false;
  const years = word.match(/(?:19|20)\d{2}/g);
  return !years || Number(years[years.length - 1]) >= year;
}

/**
 * The header at `start` ("指标名称 计量单位 2012年度 历年累计"): where it ends and its value columns. `reportYear`, where
 * the page's year is known, stands for this year's column when its header names none (本年 | 2011年底累计).
 */
function readHeader(text: string, start: number, reportYear: number | null = null): Header {
  let pos = start;
  const values: string[] = [];
  for (let guard = 0; guard < 12; guard++) {
    const slice = text.slice(pos, pos + 40);
    // 本年度 standing apart after another value column's word (项目 上年度 本年度 受理申请数 …) is a column, though a
    // row's words may start with 本年 (本年度受理申请数).
    const m = HEADER_PART.exec(slice) ?? (values.length > 0 ? THIS_YEAR_APART.exec(slice) : null);
    if (!m) break;
    // 历年累计 其中:2015年度: the year's column printed as a part of the cumulative one.
    const word = m[0].replace(/[\s|:]|\([^()]*\)/g, "").replace(/^其中/, "");
    if (VALUE_HEADER_WORD.test(word) || word === "数量" || word === "件数") values.push(word);
    pos += m[0].length;
  }
  joinCumulativePeriods(values);
  const after = text.slice(pos, pos + 90);
  const periods = values.length === 0 ? PERIOD_COLUMNS.exec(after) : null;
  const parts = values.length === 0 && !periods ? PART_COLUMNS.exec(after) : periods;
  if (parts) {
    // One column per part of the agency (or of the year) and their 合计: the 合计 is the report's figure.
    const named = periods ? (periods[1].match(PERIOD_NAMES) ?? []).length : parts[1].trim().split(/[\s|]+/).length;
    const columns = named + 1;
    return { end: pos + parts[0].length, columns, current: columns - 1, cumulative: null, unsigned: [], year: 0 };
  }
  const current = legacyCurrentColumn(values);
  const year = Number(/(?:19|20)\d{2}/.exec(values[Math.max(0, current)] ?? "")?.[0] ?? 0);
  const cumulative = values.findIndex((v) => LEGACY_CUMULATIVE_HEADER.test(v));
  // Every value column is a 累计 (累计数 alone) or another year's: none gives this year's figure.
  const notThisYear = values.length === 0 || current >= 0 ? undefined : cumulative >= 0 ? "cumulative" : "other";
  // The 累计 that bounds this year's figure is one that runs to this year: '2008—2011年累计' beside 2012年度 and
  // 历年累计 counts the years before only, so this year's figure may exceed it; so does '2011年底累计' beside 本年 in
  // a report of 2012.
  const through = year > 0 ? year : (reportYear ?? 0);
  const bound = current >= 0 && through > 0 ? values.findIndex((v) => cumulativeTo(v, through)) : cumulative;
  return {
    end: pos,
    columns: Math.max(1, values.length),
    current: notThisYear === "cumulative" ? cumulative : Math.max(0, current),
    cumulative: bound >= 0 && values.length > 1 && !notThisYear ? bound : null,
    ...(notThisYear ? { notThisYear } : {}),
    unsigned: values.flatMap((v, i) => (/增/.test(v) ? [i] : [])),
    year,
  };
}

/** Every place a table header starts, last first (the 统计表 is usually at the end; the intro only names it). */
function headerStarts(text: string): number[] {
  return [...text.matchAll(HEADER_START)].map((m) => m.index).reverse();
}

function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function splitUnit(words: string): { label: string; unit: string | null } {
  for (const unit of UNITS_LONGEST_FIRST) {
    if (words.length > unit.length + 1 && words.endsWith(unit)) return { label: words.slice(0, -unit.length), unit };
  }
  return { label: words, unit: null };
}

interface Token {
  kind: "num" | "text";
  text: string;
  offset: number;
}

function tokenize(body: string, base: number): Token[] {
  const tokens: Token[] = [];
  const re =
    /(?:\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)(?: +(?:\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?))*|[^\d]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    tokens.push({ kind: /\d/.test(m[0][0]) ? "num" : "text", text: m[0], offset: base + m.index });
  }
  return tokens;
}

/** A run of cells with a date's year glued after it ("02011" before 年1月25日): the cells, then the year. */
const GLUED_YEAR = /^(\d[\d ]{0,30}?) ?((?:19|20)\d{2})$/;
const ORDINAL_AFTER = /^[、.]\s{0,3}(?=[^\d\s])/;
/** Words after which a number is the next row's ordinal, not a value: 其中:, a colon, a heading's "——". */
const GROUP_OPENER = /其中[:,]?\s*$|[:,]\s*$|—\s*$/;

/**
 * Rows of the stream starting at `from`. The ordinal of the next row is expected to be the previous one plus one,
 * or 1 where a new group starts: `条1102.` after row 1 is 1 | 10 then `2.`; a run that ends in neither keeps its
 * digits (the solver then finds no reading, and the row is left blank with a finding).
 */
/**
 * The rows from `from` to the table's end words; `limit`, where the caller keeps only rows starting before it (the
 * next table's start), bounds the search, with room for a row straddling it, so a page of many tables stays linear.
 */
/** A date's 年, 月 or 日 right after a number: the signature's date (年报, an annual report, is none). */
const DATE_NEXT = /^\s*(?:年(?!报)|[月日])/;

function readRows(
  text: string,
  masked: string,
  from: number,
  lineStarts: number[],
  limit = Number.POSITIVE_INFINITY,
  serial = false,
  ends?: RowEnds,
): FlatRow[] {
  const to = Math.min(masked.length, limit + ROW_STRADDLE);
  const end = masked.slice(from, to).search(END_WORDS);
  const body = masked.slice(from, end < 0 ? to : from + end);
  const tokens = tokenize(body, from);
  const rows: FlatRow[] = [];
  let label: Token | null = null;
  let ordinal = 0;
  let stripOrdinal = false;
  const remarks = /备\s*注\s*$/.test(masked.slice(Math.max(0, from - 8), from));
  // Under a 序号 column printed as numbers (the first row's 1 right after the header; not 一、二、 in the labels), the
  // last row numbered: the number before the next row's words is that row's.
  const first = tokens.find((t) => t.text.trim() !== "");
  const numberedRows = serial && first?.kind === "num" && first.text.trim() === "1";
  let numbered = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (numberedRows && token.kind === "num" && next?.kind === "text") {
      // The next row's number is the run's last, or the one before that row's ordinal ("54 512 3 2、政府公报公开").
      const parts = token.text.split(/ +/);
      const at = parts.length - (ORDINAL_AFTER.test(next.text) ? 2 : 1);
      if (at >= 0 && parts[at] === String(numbered + 1)) {
        numbered++;
        if (parts.length === 1 && (label === null || splitUnit(label.text.replace(/\s+/g, "")).unit === null)) {
          // The number alone after a heading with no unit (or before the first row): that row has no value.
          label = null;
          continue;
        }
        parts.splice(at, 1);
        token.text = parts.join(" ");
      }
    }
    if (token.kind === "text") {
      let t = token.text;
      if (stripOrdinal) t = t.replace(/^[、.] ?/, "");
      stripOrdinal = false;
      // Under a 备注 column, the words between a row's value and the next row's label are the remark.
      if (remarks && rows.length > 0) t = withoutRemark(t);
      const words = t.replace(/\s+/g, "");
      if (words.length > MAX_LABEL_CHARS || /[。;!?]/.test(words)) {
        if (rows.length > 0) break;
        label = null;
        continue;
      }
      // Rows printing their unit and no value, then the next row ("四、行政复议数量 件 (一)维持…", "2．政府公报公开 条
      // 受理依申请公开信息总数 条 2"): blank rows.
      let offset = token.offset + (token.text.length - t.length);
      for (let split = EMPTY_ROW_THEN_ROW.exec(t); split; split = EMPTY_ROW_THEN_ROW.exec(t)) {
        const head = t.slice(0, split.index);
        if (!/[\u4e00-\u9fff]{2}/.test(head)) break;
        rows.push(emptyRow(head, offset, lineStarts));
        offset += split.index;
        t = t.slice(split.index);
      }
      // A remark taken off starts the label further on (its source quotes the row, not the remark).
      const lead = remarks ? t.length - t.trimStart().length : 0;
      label = { ...token, text: t.slice(lead), offset: offset + lead };
      continue;
    }
    const ordinalFollows = next?.kind === "text" && ORDINAL_AFTER.test(next.text);
    // Under a 备注 column, a remark's words with no unit, then the next row's ordinal ("涉及第三方个人信息 3.不予…"):
    // the number opens that row, where it is the ordinal the group prints next.
    const afterRemark =
      remarks &&
      rows.length > 0 &&
      label !== null &&
      splitUnit(label.text.replace(/\s+/g, "")).unit === null &&
      (token.text === "1" || token.text === String(ordinal + 1));
    const bare = label === null || GROUP_OPENER.test(label.text) || afterRemark;
    // After a heading's dash cell ("…的情况——41.参加…") a number is its value glued to the first item's ordinal
    // unless it is an ordinal the group could print next (1, or the one after the last).
    const dashValue =
      label !== null && /—\s*$/.test(label.text) && token.text !== "1" && token.text !== String(ordinal + 1);
    if (ordinalFollows && bare && !dashValue && /^\d{1,2}$/.test(token.text)) {
      // A bare ordinal ("其中:1、当面申请数"): it opens or continues a group; the label follows.
      ordinal = Number(token.text);
      label = { kind: "text", text: "", offset: token.offset };
      stripOrdinal = true;
      continue;
    }
    if (label === null || label.text.replace(/\s+/g, "") === "") {
      // Figures before the first row's words: a table printing each row's figures before its label, perhaps.
      if (ends && rows.length === 0 && ends.leading === undefined) ends.leading = token.text;
      continue;
    }
    // A date after the table ("…局 2018年1月16日") is the signature: the table has ended. Glued to the last row's
    // cells ("行政申诉、举报数件02011年1月25日"), its year is no cell: the row is read without it, and is the last.
    // (年报查询 after the last row, a site's widget, is no date.)
    const dated = next?.kind === "text" && DATE_NEXT.test(next.text) && rows.length > 0;
    const monthNext = next?.text === "年" && tokens[i + 2]?.kind === "num" && tokens[i + 3]?.text.startsWith("月");
    const dateGlued = dated && monthNext ? GLUED_YEAR.exec(token.text) : null;
    if (dated && !(dateGlued && splitUnit(label.text.replace(/\s+/g, "")).unit)) break;
    if (dateGlued) token.text = dateGlued[1];
    // Thousands separators ("1,024 3,311") are not digits of the value.
    let digits = token.text.includes(",") ? token.text.replace(/,/g, "") : token.text;
    let doubtful: string | undefined;
    if (ordinalFollows) {
      // The next item of the group, or the first of a new one ("(三)申请答复数件2957 1.属于…" after 2.).
      const expected = [String(ordinal + 1), "1"].find((o) => digits.length > o.length && digits.endsWith(o));
      const alone = [String(ordinal + 1), "1"].find((o) => digits === o);
      if (alone !== undefined && HEADING_WITHOUT_CELL.test(label.text.replace(/\s+/g, ""))) {
        // A heading with no unit and no value, then its first item ("(二)通过不同渠道和方式公开政府信息的情况1.政府
        // 公报…"): the number is that item's ordinal.
        ordinal = Number(alone);
        label = { kind: "text", text: "", offset: token.offset };
        stripOrdinal = true;
        continue;
      }
      if (expected !== undefined) {
        digits = digits.slice(0, -expected.length);
        ordinal = Number(expected);
        stripOrdinal = true;
      } else if (alone !== undefined && splitUnit(label.text.replace(/\s+/g, "")).unit) {
        // Only the next row's ordinal after the unit ("传真申请数条3.网上申请数"): the value cell is empty.
        digits = "";
        ordinal = Number(alone);
        stripOrdinal = true;
      } else {
        // The next row's ordinal is glued to these values but is not the one the group expects: where the
        // values end cannot be told.
        doubtful = `数值与下一行序号粘连,无法确定边界「${token.text}」`;
      }
    }
    const words = label.text.replace(/\s+/g, "");
    const { unit } = splitUnit(words);
    // A note after the cell saying the count is not about disclosure ("1(不涉及政府信息公开)"): not the form's figure.
    const note = NOT_DISCLOSURE_NOTE.exec(
      text.slice(token.offset + token.text.length, token.offset + token.text.length + 40),
    );
    let warning: string | undefined;
    if (note && /^\d+$/.test(digits.trim()) && !doubtful) {
      // One cell: the count is of cases about something else, so the form's figure (those about disclosure) is 0.
      warning = `数值「${digits.trim()}」后注明「${note[0].trim()}」,不是政府信息公开的数字,按 0 读取`;
      digits = "0";
    } else if (note) doubtful ??= `数值后注明「${note[0].trim()}」,不是政府信息公开的数字`;
    if (digits.replace(/\s/g, "").length <= MAX_RUN_DIGITS) {
      const blankCells = dashCells(text, token);
      rows.push({
        printed: words,
        unit,
        digits: digits.trim(),
        doubtful,
        ...(warning ? { warning } : {}),
        ...(blankCells.length > 0 ? { blankCells } : {}),
        // The page ends inside this row (no closing words, nothing after its numbers): it may be cut short.
        ...(end < 0 && tokens.slice(i + 1).every((t) => t.text.trim() === "") ? { pageEnds: true } : {}),
        offset: label.offset,
        line: lineAt(lineStarts, label.offset),
        raw: text
          .slice(label.offset, token.offset + token.text.length)
          .replace(/\s+/g, " ")
          .trim(),
      });
    }
    label = null;
    if (dateGlued) break;
  }
  // The last row's words with no figures after them (接受行政申诉、举报数 件 / 举报数(件)), perhaps the signature after
  // them: a row whose figures came first.
  const words = label?.text.trim().split(/\s+/) ?? [];
  const last = words.findIndex((w, i) => (i > 0 && LEGACY_UNITS.has(w)) || /.\((?:条|件|次|个|项|人|元)\)$/.test(w));
  if (ends && label && last >= 0) {
    const head = words.slice(0, last + 1).join(" ");
    ends.trailing = emptyRow(head, label.offset + label.text.indexOf(words[0]), lineStarts);
  }
  return rows;
}

/** What lies outside a table's label-then-figures rows: figures before the first words, words after the last. */
interface RowEnds {
  leading?: string;
  trailing?: FlatRow;
}

/** The words opening a group of rows, alone (其中:): a row of the form never carries figures under them. */
const OPENER_ONLY = /^其中[:,]?$/;

/**
 * Figures printed between 其中: and the group's first row, then a row whose words are followed straight by the next
 * row's ('其中:12 15 1、同意公开答复数 条 5 14 2、同意部分公开答复数 条 3、不予公开…'): the rows between printed their
 * figures before their words, and each takes the run before it, with a warning. Otherwise the rows as read.
 */
function figuresAfterOpener(rows: FlatRow[]): FlatRow[] {
  const at = rows.findIndex((r) => OPENER_ONLY.test(r.printed) && r.digits !== "" && !r.doubtful);
  if (at < 0) return rows;
  const empty = rows.findIndex((r, i) => i > at + 1 && r.digits === "" && r.unit !== null);
  if (empty < 0 || rows.slice(at + 1, empty).some((r) => r.digits === "" || r.doubtful)) return rows;
  const warning = "此组各行的数字印在行名之前(「其中:」后即是数字,末行无数字),按其后的行名读取";
  const shifted = rows.slice(at + 1, empty + 1).map((row, i) => {
    const digits = rows[at + i].digits;
    return { ...row, digits, warning, raw: `${digits} ${row.raw}` };
  });
  return [...rows.slice(0, at), ...shifted, ...rows.slice(empty + 1)];
}

const FIGURES_FIRST_NOTE = "统计表各行的数字印在行名之前,按其后的行名读取";

/**
 * A table printing each row's figures before its words ('4 17 受理…申请总数 条 4 17 对申请的答复总数 条 … 接受行政申诉、举报数
 * 件'), all of it, or from one row on ('3.不予公开答复数 条 1 2 1 3 行政复议数(件) 0 0 … 举报数(件)': that row's run holds
 * its own cells and the next row's). Read label-first, each row takes the next row's figures and the last none: here
 * each row takes the run before its words. Only where every run involved prints the header's columns apart.
 */
function figuresBeforeLabels(read: readonly FlatRow[], ends: RowEnds, columns: number): FlatRow[] | null {
  const trailing = ends.trailing;
  if (!trailing || read.length < 2) return null;
  // A copy: the row holding two rows' cells is cut below, and a table that turns out not to be read so must keep it
  // whole for the label-first reading.
  const rows = [...read];
  const cells = (digits: string) => digits.split(/\s+/).filter((d) => d !== "");
  const apart = (digits: string, n: number) => cells(digits).length === n && /^[\d\s]+$/.test(digits);
  let from = 0;
  let before: string;
  if (ends.leading !== undefined) {
    if (!apart(ends.leading, columns)) return null;
    before = ends.leading;
  } else {
    from = rows.findIndex((r) => apart(r.digits, 2 * columns));
    if (from < 0) return null;
    const run = cells(rows[from].digits);
    rows[from] = { ...rows[from], digits: run.slice(0, columns).join(" ") };
    before = run.slice(columns).join(" ");
    from++;
  }
  if (!rows.slice(from).every((r) => apart(r.digits, columns) && !r.doubtful)) return null;
  const shifted = [...rows.slice(0, from)];
  for (const [i, row] of [...rows.slice(from), trailing].entries()) {
    const digits = i === 0 ? before : rows[from + i - 1].digits;
    shifted.push({ ...row, digits, raw: `${digits} ${row.raw}` });
  }
  return shifted;
}

/**
 * The next row's label and unit after a remark ("含网上申请#件 对申请的答复总数 条 " → "对申请的答复总数 条 "): the
 * last word before the unit, where the remark and the label are printed apart.
 */
function withoutRemark(t: string): string {
  const words = t.trim().split(/\s+/);
  if (words.length < 3 || !LEGACY_UNITS.has(words[words.length - 1])) return t;
  const at = t.lastIndexOf(words[words.length - 2]);
  return " ".repeat(at) + t.slice(at);
}

/** A heading row of the form, which prints no cell: (二)…的情况, 三、依申请公开情况. */
const HEADING_WITHOUT_CELL = /情况$/;

/**
 * Where a row with no value ends: a count unit right after a label's count word or apart from it, then a heading's
 * item number ((一), 二、); or a unit standing apart after a word of two or more characters, then the next row's
 * words and unit (a letter-spaced label, 案 件 数 件, does not end there, nor a cell printing words: 件 若干).
 */
const EMPTY_ROW_THEN_ROW = new RegExp(
  String.raw`(?<=(?:数|量|[ \t])(?:条|件|次|个|项|份|篇|人))[ \t]*(?=\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)|` +
    String.raw`(?<=[\u4e00-\u9fff]{2}[ \t]+(?:条|件|次|个|项|份|篇|人))[ \t]+(?=[\u4e00-\u9fff]{2}[^\s\d]{0,40}[ \t]+` +
    String.raw`(?:条|件|次|个|项|份|篇|人)(?![^\s\d]))`,
);

function emptyRow(head: string, offset: number, lineStarts: number[]): FlatRow {
  const printed = head.replace(/\s+/g, "");
  const raw = head.replace(/\s+/g, " ").trim();
  return { printed, unit: splitUnit(printed).unit, digits: "", offset, line: lineAt(lineStarts, offset), raw };
}

const NOT_DISCLOSURE_NOTE = /^\s*[(（][^()（）]{0,16}(?:不涉及|无关|不属于|并非|非因)[^()（）]{0,16}[)）]/;

/** Which of a value token's space-separated numbers were printed as a dash (masked to 0). */
function dashCells(text: string, token: Token): number[] {
  const out: number[] = [];
  let i = 0;
  for (const m of token.text.matchAll(/\S+/g)) {
    if (/[-—/]/.test(text[token.offset + m.index])) out.push(i);
    i++;
  }
  return out;
}

/**
 * How many value columns the rows show, whatever the header says: spaced runs give their count ("条 2 3"), and a
 * run no single number prints ("00") needs two. A header that the words above do not cover ("本期 | 往期") would
 * otherwise read `2626` as one figure.
 */
function columnsOfData(rows: FlatRow[]): number {
  const counts = new Map<number, number>();
  let glued = false;
  for (const row of rows) {
    const parts = row.digits.split(/\s+/).filter((p) => p !== "");
    if (parts.length > 1) counts.set(parts.length, (counts.get(parts.length) ?? 0) + 1);
    else if (parts.length === 1 && /^0\d/.test(parts[0])) glued = true;
  }
  const spaced = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (spaced && spaced[1] >= 2) return spaced[0];
  return glued ? 2 : 1;
}

/**
 * A row printed cell by cell ("收到申请数 条 2 3"): a space before the first number and one between numbers. A
 * space only inside a run glued to its unit ("条130 349") is a stray one, and does not make the table spaced.
 */
const SPACED_ROW = /[^\d\s]\s+\d+(?:\.\d+)?\s+\d/;

/** A row whose number stands apart from its words or unit ("条 71"), not glued to them ("条71"). */
const VALUE_APART = /[^\d\s]\s+\d+(?:\.\d+)?\s*$/;

/**
 * 项目 then value columns with no 合计 after them: one per period of the year ("项目 第一季度 第二季度 第三季度 第四季度",
 * "项目 上半年 下半年") or per part of the agency ("项目 办公室 法规科 业务科"), then rows of as many figures. No column
 * is the year's. The periods' figures add up to the year's where the columns are the whole year and nothing else
 * (the four quarters, the two halves, the twelve months) and the words before the table name no other scope; a
 * table of parts (or of part of the year, or of a wider scope) gives no figure of the report, and its rows are read
 * blank with a finding, so that no reader takes a column's figure for the year's. 项 comes first and its lookbehind
 * after it: a pattern that starts with a lookbehind is tried at every character of the page.
 */
const ITEM_HEADER = /项(?<=(?:^|[^\u4e00-\u9fff]|表)项)\s*目[\s|]+(?=[^\s|\d])/g;
const ITEM_HEADER_ANY = new RegExp(ITEM_HEADER.source);
/** How many 项目 headers a page is searched for (prose seldom puts 项目 after a non-Chinese character). */
const MAX_ITEM_HEADERS = 6;
/** How far after its header such a table's rows are read. */
const APART_READ = 1500;
const COLUMN_NAME = /^[\u4e00-\u9fff\d()\-—~]{1,10}$/;
/** Words that make a column another reader's: a total, a year, 本年/上年, a count's or a unit's column. */
const NOT_A_PART_COLUMN =
  /合计|总计|小计|全年|累计|本年|上年|去年|同期|年度|(?:19|20)\d{2}|数量|件数|单位|备注|增减|同比|占比|比例|指标|类别/;
const QUARTER_COLUMN = /^第?([一二三四1-4])季度$/;
const HALF_COLUMN = /^([上下])半年$/;
const MONTH_COLUMN = /^(\d{1,2})(?:[-—~至](\d{1,2}))?月份?$/;
/** The first row under such a header: the applications' or the answers'. */
const APPLICATION_LABEL = /申请|受理|答复|公开/;
/** Words before the table naming a scope other than the agency's own year: another body's (as the sentences' small
 * tables are judged) or last year's. */
const OTHER_SCOPE = new RegExp(`${ANOTHER_BODY_SCOPE.source}|上年|去年|上一年`);
const QUARTER_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };

/** Which periods the columns name, when they are the whole year and nothing else; null otherwise. */
function wholeYearPeriods(names: string[]): string | null {
  const quarters = names.map((n) => QUARTER_COLUMN.exec(n)?.[1]);
  if (quarters.every((q) => q !== undefined)) {
    const seen = quarters.map((q) => QUARTER_DIGIT[q as string]);
    return seen.length === 4 && seen.every((q, i) => q === i + 1) ? "季度" : null;
  }
  const halves = names.map((n) => HALF_COLUMN.exec(n)?.[1]);
  if (halves.every((h) => h !== undefined)) return halves.join("") === "上下" ? "半年" : null;
  const months = names.map((n) => MONTH_COLUMN.exec(n));
  if (months.every((m) => m !== null)) {
    let next = 1;
    for (const m of months as RegExpExecArray[]) {
      const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
      if (from !== next || to < from) return null;
      next = to + 1;
    }
    return next === 13 ? "月份" : null;
  }
  return null;
}

/** The tables of value columns with no 合计 in `masked`, read (see ITEM_HEADER), with the span each covers. */
function tablesWithoutTotal(text: string, masked: string, lineStarts: number[]): { table: FlatTable; end: number }[] {
  const out: { table: FlatTable; end: number }[] = [];
  let seen = 0;
  for (const m of masked.matchAll(ITEM_HEADER)) {
    if (++seen > MAX_ITEM_HEADERS) break;
    const from = m.index + m[0].length;
    const words = [...masked.slice(from, from + 160).matchAll(/[^\s|]+/g)];
    const first = words.findIndex((w) => /^\d+$/.test(w[0]));
    // At least two columns' names and the first row's words before the first figure.
    if (first < 3 || first > 13) continue;
    const names = words.slice(0, first - 1).map((w) => w[0]);
    if (names.some((n) => !COLUMN_NAME.test(n) || NOT_A_PART_COLUMN.test(n))) continue;
    if (!APPLICATION_LABEL.test(words[first - 1][0])) continue;
    const n = names.length;
    const rows: FlatRow[] = [];
    const at = from + (words[first - 1].index ?? 0);
    for (const r of readRows(text, masked, at, lineStarts, at + APART_READ)) {
      if (r.doubtful || r.digits.split(/\s+/).length !== n || !/^[\d\s]+$/.test(r.digits)) break;
      rows.push(r);
    }
    if (rows.length < 2 || rows[0].digits.split(/\s+/).length !== n) continue;
    const last = rows[rows.length - 1];
    const end = last.offset + last.raw.length;
    const lead = text.slice(Math.max(0, m.index - 60), m.index);
    const periods = wholeYearPeriods(names);
    const own = periods !== null && !OTHER_SCOPE.test(lead.slice(lead.lastIndexOf("。") + 1));
    const what = `统计表按${names.join("、")}分列,未印合计`;
    const read = rows.map((r): FlatRow => {
      if (!own) return { ...r, doubtful: `${what},不能确定本年数` };
      const sum = r.digits.split(/\s+/).reduce((s, d) => s + Number(d), 0);
      return { ...r, digits: String(sum) };
    });
    const table: FlatTable = {
      columns: 1,
      current: 0,
      cumulative: null,
      headerUnclear: false,
      spaced: true,
      rows: read,
      line: lineAt(lineStarts, m.index),
      start: m.index,
      withoutTotal: true,
      ...(own ? { note: `${what},本年数为各${periods}之和` } : {}),
    };
    out.push({ table, end });
  }
  return out;
}

/** Several such tables and no other: which one counts the applications is not told, and none is read. */
function onlyTableApart(tables: FlatTable[]): FlatTable {
  const last = tables[tables.length - 1];
  if (tables.length === 1) return last;
  const doubtful = "页面印有多张分列而未印合计的表,不能确定本年数";
  return { ...last, note: undefined, rows: last.rows.map((r) => ({ ...r, doubtful })) };
}

/** The legacy table in `text` read as a stream, or null when no header with rows after it is found. */
export function readFlatLegacyTable(text: string, year: number | null = null): FlatTable | null {
  const printed = mask(text);
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  // A table of columns with no 合计 (ITEM_HEADER) is no row of the 统计表 beside it, and is read only where the page
  // prints no other table.
  const apart = ITEM_HEADER_ANY.test(printed) ? tablesWithoutTotal(text, printed, lineStarts) : [];
  const masked = apart.reduce(
    (m, { table, end }) => m.slice(0, table.start) + " ".repeat(end - table.start) + m.slice(end),
    printed,
  );
  const all = headerStarts(masked);
  // Tables of another subject (村务公开情况统计表) are not read, and a table before one ends at its title.
  const others = LEGACY_OTHER_TABLE_TITLE.test(text) ? otherTableTitles(text, all) : [];
  const starts = others.length > 0 ? all.filter((s) => !others.some((o) => o.headers.includes(s))) : all;
  const limitOf = (start: number) =>
    Math.min(Number.POSITIVE_INFINITY, ...others.filter((o) => o.title > start).map((o) => o.title));
  const table =
    readTableAt(text, masked, starts, lineStarts, limitOf, year) ??
    readUnheadedTable(text, masked, lineStarts, limitOf, others);
  const without = apart.length === 0 ? undefined : onlyTableApart(apart.map((a) => a.table));
  if (!table) return without ?? null;
  const read = withEarlierTables(table, text, masked, starts, lineStarts, year);
  const withApart = without ? { ...read, apart: without } : read;
  return read.columns > 1 && saysBlankIsNone(text, read) ? { ...withApart, blankIsNone: true } : withApart;
}

/** A note that a blank cell is none: 空白格表示无此项数据, 空白处为零, 未填数字的为0. */
const BLANK_IS_NONE =
  /(?:空白|空格|未填(?:数字|数据)?)(?:格|处|栏|单元格|的)?(?:表示|为|即|代表|均为|系)(?:本年度?)?(?:无|零|0|没有)/;

/** Whether such a note stands in the table's title, just before its header, or right after its last row. */
function saysBlankIsNone(text: string, table: FlatTable): boolean {
  const last = table.rows[table.rows.length - 1];
  const after = last.offset + last.raw.length;
  return (
    BLANK_IS_NONE.test(text.slice(Math.max(0, table.start - 160), table.start)) ||
    BLANK_IS_NONE.test(text.slice(after, after + 160))
  );
}

/** Built once: matchAll copies it, so calls never share its lastIndex. */
const OTHER_TABLE_TITLES = new RegExp(LEGACY_OTHER_TABLE_TITLE.source, "g");

/** Where each table of another subject starts: its title, and its header's starts (when it prints one). */
function otherTableTitles(text: string, starts: number[]): { title: number; headers: number[] }[] {
  const out: { title: number; headers: number[] }[] = [];
  for (const m of text.matchAll(OTHER_TABLE_TITLES)) {
    const words = titleBefore(text, m.index + m[0].length) + m[0];
    if (/政府信息公开/.test(words)) continue;
    const end = m.index + m[0].length;
    // Its header follows its title at once ("指标名称 计量单位…" may match as " 指标" and "名称").
    const headers = starts.filter((s) => s >= end && s - end <= FIRST_ROW_NEAR * 2);
    out.push({ title: m.index - titleBefore(text, m.index).length, headers });
  }
  return out;
}

/**
 * A table's title ("…政府信息公开情况统计表", "(2010年度)", a colon) right before its first row. Prose citing a column
 * of an omitted table (答复情况见统计表第三栏:同意公开3件…) names no title: its sentences are no rows.
 */
const TITLE_END =
  /(?:统计表(?!第[一二三四五六七八九十\d]{1,2}[栏列项行])(?:\s*\([^)]{0,24}\))?|附\s*表\s*[一二三\d]?\s*(?=:))[\s:]*/g;
/** How far after a header or title the first row's words may start: further, the words are prose. */
const FIRST_ROW_NEAR = 12;

/**
 * A table printed with its title and no header row ("…统计表 主动公开信息数 条 31 其中:…"): read from the last
 * title whose first row follows at once, its value columns counted from the rows (readTableAt).
 */
function readUnheadedTable(
  text: string,
  masked: string,
  lineStarts: number[],
  limitOf: (start: number) => number,
  others: readonly { title: number }[],
): FlatTable | null {
  const titles = [...masked.matchAll(TITLE_END)].reverse();
  for (const m of titles) {
    const end = m.index + m[0].length;
    if (others.some((o) => o.title <= m.index && m.index - o.title <= 48)) continue;
    const header: Header = { end, columns: 1, current: 0, cumulative: null, year: 0 };
    const table = tableFromHeader(text, masked, m.index, header, lineStarts, limitOf(m.index));
    if (table && table.rows[0].offset - end <= FIRST_ROW_NEAR) return table;
  }
  return null;
}

/**
 * A page may print two tables under the same header words (表一 主动公开 | 表二 依申请公开): the rows of an
 * earlier one, up to where the later one starts, are read with it. A table headed otherwise is not merged (its
 * columns could mean something else), nor one that repeats the later one's rows: that is the same table for
 * another year (a 2013年度 table printed before the 2014年度 one to compare), and the one whose header names the
 * later year is read.
 */
function withEarlierTables(
  table: FlatTable,
  text: string,
  masked: string,
  starts: number[],
  lineStarts: number[],
  reportYear: number | null,
): FlatTable {
  let merged = table;
  const earlier: FlatTable[] = [];
  for (const start of starts.filter((s) => s < table.start)) {
    const header = readHeader(masked, start, reportYear);
    if (header.end === start) continue;
    const limit = earlier[0]?.start ?? merged.start;
    if (
      header.columns !== table.columns ||
      header.current !== table.current ||
      header.cumulative !== table.cumulative
    ) {
      // Another layout: a table of its own, read alone, when its rows follow its header at once.
      const other = tableFromHeader(text, masked, start, header, lineStarts, limit);
      if (other && other.rows.length >= 3 && other.rows[0].offset - header.end <= FIRST_ROW_NEAR)
        earlier.unshift(other);
      continue;
    }
    const rows = readRows(text, masked, header.end, lineStarts, limit).filter((r) => r.offset < limit);
    if (sharedRows(rows, table.rows) >= 2) {
      // The same table printed again (the page's attachment after its text): either copy gives the same figures.
      if (sameFigures(rows, table.rows)) continue;
      const year = readHeader(masked, table.start).year;
      // A 本年 table, then the same rows' 累计 (历年累计 its only column, or its title's word): the 本年 one.
      const cumulativeOnly = (t: { notThisYear?: string }) => t.notThisYear === "cumulative";
      const pick =
        cumulativeOnly(table) !== cumulativeOnly(header)
          ? cumulativeOnly(table)
            ? "earlier"
            : "later"
          : year > 0 && header.year > 0
            ? header.year > year
              ? "earlier"
              : "later"
            : byTitles(text, start, table.start);
      if (pick === "earlier") return tableFromHeader(text, masked, start, header, lineStarts, limit) ?? table;
      if (pick === "unclear") merged = { ...merged, yearUnclear: true };
      continue;
    }
    if (rows.length < 2 || rows.some((r) => r.digits.split(/\s+/).length > table.columns)) continue;
    merged = { ...merged, rows: [...rows, ...merged.rows], line: lineAt(lineStarts, start), start };
  }
  return earlier.length > 0 ? { ...merged, earlier } : merged;
}

/** The words before a table's header, back to the previous row's figure or sentence: its title. */
function titleBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 48), start);
  // (From after the stop or the figure: 附件2 各乡镇…统计表 keeps its 各.)
  const cut = Math.max(
    before.lastIndexOf("。") + 1,
    ...[...before.matchAll(/[条件次个项份宗起]\s*[\d—-]+\s/g)].map((m) => m.index + m[0].length),
  );
  return before.slice(cut);
}

const LAST_YEAR_TITLE = /上年|去年|上一年|对照|比较/;
/** A title of the years to date, the template's, or of a period 以来 (2008年5月以来…统计表). */
const CUMULATIVE_TITLE = new RegExp(String.raw`${LEGACY_CUMULATIVE_TITLE.source}|以\s*来`);

/**
 * Which of two tables with the same rows, neither header naming a year, is this year's, by their titles: the one
 * titled as the agency's units' (下属事业单位…统计表) is not the agency's own, the one titled as the years' 累计 is
 * not, nor the one titled as last year's (上年度…统计表(供对照)); else the one whose title names the later year.
 */
function byTitles(text: string, earlier: number, later: number): "earlier" | "later" | "unclear" {
  const cue = (start: number) => {
    const title = titleBefore(text, start);
    const years = [...title.matchAll(/((?:19|20)\d{2})\s*年/g)];
    const cumulative = CUMULATIVE_TITLE.test(title);
    const subunits = LEGACY_SUBUNIT_TITLE.test(title);
    return { year: Number(years.at(-1)?.[1] ?? 0), last: LAST_YEAR_TITLE.test(title), cumulative, subunits };
  };
  const a = cue(earlier);
  const b = cue(later);
  if (a.subunits !== b.subunits) return b.subunits ? "earlier" : "later";
  if (a.cumulative !== b.cumulative) return b.cumulative ? "earlier" : "later";
  if (a.year > 0 && b.year > 0 && a.year !== b.year) return a.year > b.year ? "earlier" : "later";
  if (a.last !== b.last) return b.last ? "earlier" : "later";
  return "unclear";
}

/** A row's words as printed, ordinals, units and figures aside. */
const rowWords = (r: FlatRow) => r.printed.replace(/[\d.、．:：()（）\s]|其中/g, "").replace(r.unit ?? "\u0000", "");

/** How many rows of `a` print the same words as a row of `b` (ordinals, units and figures aside). */
function sharedRows(a: FlatRow[], b: FlatRow[]): number {
  const later = new Set(b.map(rowWords));
  return a.filter((r) => later.has(rowWords(r))).length;
}

/** Every row of `a` printed in `b` too, with the same words and the same figures, and as many rows. */
function sameFigures(a: FlatRow[], b: FlatRow[]): boolean {
  if (a.length !== b.length) return false;
  const figures = (r: FlatRow) => r.digits.trim().replace(/\s+/g, " ");
  const later = new Map(b.map((r) => [rowWords(r), figures(r)]));
  return a.every((r) => later.get(rowWords(r)) === figures(r));
}

function readTableAt(
  text: string,
  masked: string,
  starts: number[],
  lineStarts: number[],
  limitOf: (start: number) => number,
  reportYear: number | null,
): FlatTable | null {
  for (const start of starts) {
    const header = readHeader(masked, start, reportYear);
    if (header.end === start) continue;
    const table = tableFromHeader(text, masked, start, header, lineStarts, limitOf(start));
    if (table) return table;
  }
  return null;
}

/** A row read from a unit alone (件, 条, 件次): the unit glued after a figure, and the figure after it. */
const UNIT_ALONE = new RegExp(`^(?:${VALUE_UNIT}|万?元)$`);
const UNIT_FIRST = new RegExp(`^(?:${VALUE_UNIT}|万?元)`);
/** A label whose ordinal's number was read as a figure before it (".网上申请数"). */
const ORDINAL_NEXT = /^[.．、]/;

/**
 * A table with no unit column printing the unit after every figure, the cells apart ("信息数 78件 26件 其中…"): the
 * unit after the first cell reads as the label of a row of its own holding the second cell ("件" 26), and the second
 * cell's unit as the start of the next row's label ("件其中…"). Where the header names two value columns and every
 * such row follows a row with one figure, each is put back as its row's second cell.
 */
function unitsSplitCells(rows: FlatRow[], columns: number): FlatRow[] {
  if (columns !== 2 || rows.filter((r) => UNIT_ALONE.test(r.printed)).length < UNIT_ROWS) return rows;
  const out: FlatRow[] = [];
  const one = (r: FlatRow) => /^\d+(?:\.\d+)?$/.test(r.digits.trim());
  let joined = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const prev = out.at(-1);
    if (!UNIT_ALONE.test(row.printed)) {
      // After a row put back together, the second cell's unit or the ordinal's dot opened this label: left out.
      const printed = joined ? row.printed.replace(UNIT_FIRST, "").replace(ORDINAL_NEXT, "") : row.printed;
      out.push(printed === row.printed ? row : { ...row, printed });
      joined = false;
      continue;
    }
    // The second cell's unit, then the next row's ordinal (12件 2．网上申请数): no cell.
    if (joined && ORDINAL_NEXT.test(rows[i + 1]?.printed ?? "")) continue;
    if (!prev || joined || !one(prev) || !one(row)) return rows;
    out[out.length - 1] = {
      ...prev,
      digits: `${prev.digits.trim()} ${row.digits.trim()}`,
      raw: `${prev.raw} ${row.raw}`,
    };
    joined = true;
  }
  return out;
}

/** The table whose header (or title) starts at `start`: its rows before `limit`, or null when fewer than two. */
function tableFromHeader(
  text: string,
  masked: string,
  start: number,
  header: Header,
  lineStarts: number[],
  limit = Number.POSITIVE_INFINITY,
): FlatTable | null {
  const serial = SERIAL_BEFORE_HEADER.test(masked.slice(Math.max(0, start - 12), start));
  const ends: RowEnds = {};
  const read = readRows(text, masked, header.end, lineStarts, limit, serial, ends).filter((r) => r.offset < limit);
  const figuresFirst = figuresBeforeLabels(read, ends, header.columns);
  const rows = unitsSplitCells(figuresFirst ?? figuresAfterOpener(read), header.columns);
  if (rows.length < 2) return null;
  const columns = columnsOfData(rows);
  const unsure = columns > header.columns;
  // The header names several value columns but no row prints more than one number, and no run ("00") shows
  // glued cells: the other columns were left empty, and each number is this year's (with a finding). Only where
  // the page shows it: numbers printed apart from their words, or a one-digit run that cannot hold two cells. A
  // page printing every number glued to its unit ("条926对申请…条5172.") may glue both cells (9 | 26).
  const lone =
    header.columns > 1 &&
    columns === 1 &&
    rows.every((r) => /^\d+(?:\.\d+)?$/.test(r.digits)) &&
    rows.some((r) => r.digits.length === 1 || VALUE_APART.test(r.raw));
  if (lone) {
    return {
      columns: 1,
      current: 0,
      cumulative: null,
      headerUnclear: false,
      loneValues: true,
      spaced: false,
      rows,
      line: lineAt(lineStarts, start),
      start,
    };
  }
  return {
    columns: Math.max(columns, header.columns),
    current: unsure ? 0 : header.current,
    cumulative: unsure ? null : header.cumulative,
    headerUnclear: unsure,
    spaced: rows.filter((r) => SPACED_ROW.test(r.raw)).length * 2 > rows.length,
    ...(!unsure && header.unsigned?.length ? { unsigned: header.unsigned } : {}),
    ...(!unsure && header.notThisYear ? { notThisYear: header.notThisYear } : {}),
    ...(figuresFirst ? { note: FIGURES_FIRST_NOTE } : {}),
    rows,
    line: lineAt(lineStarts, start),
    start,
  };
}

export { splitUnit as splitLegacyUnit };
