/**
 * Tables printed other than label first with spaces or `|` between cells, rewritten in place (same length, so every
 * offset and line number holds) into a table the line and stream readers read: box drawing (│主动公开信息数　│条　│183
 * │, its rule lines ├──┼──┤ blanked) and rows exported as CSV ("3.信函、传真申请数",条,1,3) get `|` cells; a table
 * printing its columns right to left (2018年 历年累计 单位 指标名称 / 846 5213 条 主动公开文件数) is turned round.
 */
import { LEGACY_BLANKS, LEGACY_UNITS, LEGACY_VALUE_HEADER } from "@/lib/template/legacy";

const BOX_BAR = /[│┃║]/g;
const BOX_BAR_ANY = /[│┃║]/;
/** A line of box drawing alone: a rule between rows, or the table's top or bottom edge. */
const BOX_RULE_LINE = /^[ \t\u3000─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋╞╡╪╟╢╫│┃║]+$/gm;
/** A CSV row of a legacy table ends in a figure or a column's word, after a comma. */
const CSV_HINT = /,[ \t]*(?:\d+(?:\.\d+)?|[\u4e00-\u9fff]{1,6}|\d{4}年度?)[ \t]*$/m;
const VALUE_WORD = new RegExp(`^(?:${LEGACY_VALUE_HEADER.source})$`);
const UNIT = [...LEGACY_UNITS]
  .filter((u) => /[\u4e00-\u9fff]/.test(u))
  .sort((a, b) => b.length - a.length)
  .join("|");
/** A header on a line of its own ending in the label column's word, after the value columns' and the unit's. */
const RIGHT_TO_LEFT_HEADER = new RegExp(
  String.raw`^[ \t]*((?:(?:${LEGACY_VALUE_HEADER.source})[ \t]+){1,4})((?:计量)?单位[ \t]+)?(指标名称|项目|指标)[ \t]*$`,
  "m",
);
/** A row of such a table: its figures, its unit, its words (which may hold an ordinal: 其中:1.当面申请数). */
const RIGHT_TO_LEFT_ROW = new RegExp(
  String.raw`^([ \t]*)(\d+(?:\.\d+)?(?:[ \t]+\d+(?:\.\d+)?)*)[ \t]+(?:(${UNIT})[ \t]+)?` +
    String.raw`((?:\d{1,2}[.、])?[^\d\s][^\n]{0,47}?)[ \t]*$`,
);

/** The label column's word of a right-to-left header with the first row's figures after it, on the same line. */
const LABEL_WORD_THEN_FIGURES = /(指标名称|项目|指标)(?=[ \t]+\d)/g;
/** The value columns' words (and the unit's) right before that word. */
const VALUE_WORDS_BEFORE = new RegExp(
  String.raw`((?:(?:${LEGACY_VALUE_HEADER.source})[ \t]+){1,4})((?:计量)?单位[ \t]+)?$`,
);
/** A row of such a table flattened: figures, unit, words with no space inside (其中:1.当面申请数). */
const RIGHT_TO_LEFT_FLAT_ROW = new RegExp(
  String.raw`[ \t]+(\d+(?:\.\d+)?(?:[ \t]+\d+(?:\.\d+)?)*)[ \t]+(?:(${UNIT})[ \t]+)?((?:\d{1,2}[.、])?[^\d\s]\S{0,47})`,
  "y",
);
/** Where the rows of a flattened right-to-left table have ended: words that are no row, or the line's end. */
const ROWS_ENDED = /[ \t]*(?:$|\n|[^\d\s])/y;

/** A header printing a column numbering the rows between the label and the unit (指标名称 栏次 计量单位 数值). */
const SERIAL_AFTER_LABEL_HEADER = /(?:指标名称|指标|项目)[ \t|]+(?:栏次|行次|序号|编号)[ \t|]+(?:计量)?单位[ \t|]/;
/** A row of it: its words, its number in that column, then its unit (主动公开信息数 1 条 129). */
const SERIAL_AFTER_LABEL_ROW = new RegExp(
  String.raw`(?<=[^\d\s|.][ \t|]+)(\d{1,2})(?=[ \t|]+(?:${UNIT}|%)(?:[ \t|]|$))`,
  "gm",
);
/** How far the rows of such a table run after its header. */
const SERIAL_AFTER_LABEL_SPAN = 2000;

/**
 * A table numbering its rows in a column after the label (指标名称 栏次 计量单位 数值 / 主动公开信息数 1 条 129 …): each
 * row's number, in order 1, 2, 3 …, blanked, so the row reads label, unit, value. The numbers stop being blanked at the
 * first that does not follow the one before (what comes after is no longer that table).
 */
function serialsAfterLabels(text: string): string {
  return rewriteRows(text, SERIAL_AFTER_LABEL_HEADER, SERIAL_AFTER_LABEL_SPAN, (rows) => {
    let next = 1;
    let ended = false;
    const blanked = rows.replace(SERIAL_AFTER_LABEL_ROW, (serial: string) => {
      if (ended || Number(serial) !== next) {
        ended = true;
        return serial;
      }
      next++;
      return " ".repeat(serial.length);
    });
    return next > 3 ? blanked : rows;
  });
}

/** A header whose unit column comes after the value columns (指标名称 2017年度 历年累计 单位). */
const UNIT_LAST_HEADER = new RegExp(
  String.raw`(?:指标名称|指标|项目)[ \t|]+(?:(?:${LEGACY_VALUE_HEADER.source})[ \t|]+){1,4}(?:计量)?单位(?=[\s|]|$)`,
);
/** A row of it: its figures, then its unit (主动公开信息数 30 30 条). */
const FIGURES_THEN_UNIT = new RegExp(
  String.raw`(?<=[^\d\s|])([ \t]+)(\d+(?:\.\d+)?(?:[ \t]+\d+(?:\.\d+)?){0,3})([ \t]+)(${UNIT})(?=[ \t|]|$)`,
  "gm",
);
/** How far the rows of such a table run after its header. */
const UNIT_LAST_SPAN = 3000;

/**
 * A table printing the unit after the figures (指标名称 2017年度 历年累计 单位 / 主动公开信息数 30 30 条 其中:1.政府网站
 * 公开数 30 30 条 …): each row's unit moved before its figures (same length), as the readers expect it, so a unit is
 * not read as the next row's words with the next row's ordinal as its figure.
 */
function unitLast(text: string): string {
  return rewriteRows(text, UNIT_LAST_HEADER, UNIT_LAST_SPAN, (rows) =>
    rows.replace(
      FIGURES_THEN_UNIT,
      (_, before: string, figures: string, gap: string, unit: string) => before + unit + gap + figures,
    ),
  );
}

/** A form's checks printed under it as equations of its column numbers (审核关系:3=4,4=5+6+7+8,10=9/4×100). */
const COLUMN_EQUATIONS = /((?:审核|勾稽|校验|平衡)关系[:：]?)([\d \t=+\-×*/()（）,，、;；≥≤]{3,120})/g;

/** A 考核自评表's header: each item's criterion, its points and the score given, then the note on it (情况说明). */
const SELF_ASSESSMENT_HEADER = /考核内容[ \t|]*(?:分值|标准分)[ \t|]*(?:自评)?得分[ \t|]*(?:自评)?(?:情况)?说明/;
/** How far the rows of such a table run after its header. */
const SELF_ASSESSMENT_SPAN = 4000;
/** An item of it (四、依申请公开), then its criterion, points and score, which hold no count. */
const SELF_ASSESSMENT_ROW = new RegExp(
  String.raw`([一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{2,8}[ \t|]+)` +
    String.raw`([^\d\n|]{2,60}?[ \t|]+\d{1,3}(?:\.\d)?[ \t|]+\d{1,3}(?:\.\d)?)(?=[ \t|])`,
  "g",
);

/**
 * A 考核自评表 (考核项目 考核内容 分值 自评得分 自评情况说明) whose notes hold the year's counts: each item's criterion and
 * scores blanked, so its note reads alone (四、依申请公开 … 全年受理申请4件,…) and the criterion's words (无…行政复议、行政
 * 诉讼) and points (20 20) are not read with it.
 */
function selfAssessmentNotes(text: string): string {
  return rewriteRows(text, SELF_ASSESSMENT_HEADER, SELF_ASSESSMENT_SPAN, (rows) =>
    rows.replace(SELF_ASSESSMENT_ROW, (_, item: string, scored: string) => item + " ".repeat(scored.length)),
  );
}

/** The text with the rows after a table's or form's header (`span` characters) rewritten, or as it was. */
function rewriteRows(text: string, header: RegExp, span: number, rewrite: (rows: string) => string): string {
  const found = header.exec(text);
  if (!found) return text;
  const from = found.index + found[0].length;
  const to = Math.min(text.length, from + span);
  return text.slice(0, from) + rewrite(text.slice(from, to)) + text.slice(to);
}

/** A 自查表's header: each item asks 是否… (自查内容) and the answer opens with 是 or 否 (自查情况). */
const SELF_CHECK_HEADER = /(?:自查|检查)内容[ \t|]*(?:自查|检查)?(?:情况|结果)/;
/** An item (7 复议诉讼), its question (是否发生因…行政复议、行政诉讼) and the answer's 是 or 否. */
const SELF_CHECK_ROW =
  /(?<=^|[ \t|。])(\d{1,2}[ \t|]+[\u4e00-\u9fff]{2,8}[ \t|]+)是否([^\s|\d]{2,40}?)([ \t|]+)(是|否)(?:(,)|(?=[ \t|\d]|$))/g;

/**
 * A 自查表 (序号 自查项目 自查内容 自查情况) as the report: each question answered 否 becomes the sentence saying so
 * (是否发生因…行政复议、行政诉讼 否 → 未发生因…行政复议、行政诉讼。), and a question answered 是 is blanked, so the
 * answer's own words (是,全年受理申请3件…) read as a sentence of their own.
 */
function selfCheckAnswers(text: string): string {
  return rewriteRows(text, SELF_CHECK_HEADER, SELF_ASSESSMENT_SPAN, (rows) =>
    rows.replace(SELF_CHECK_ROW, (row: string, item: string, asked: string, gap: string, answer: string, comma = "") =>
      answer === "否"
        ? `${" ".repeat(item.length)}。未${asked}。${" ".repeat(gap.length + comma.length)}`
        : `${" ".repeat(item.length)}。${" ".repeat(row.length - item.length - 1)}`,
    ),
  );
}

/** A cell after a CSV row's first (its label): a figure, a unit, a blank mark, or a header's column word. */
function csvCell(field: string): boolean {
  const f = field.trim();
  return (
    /^\d+(?:\.\d+)?$/.test(f) ||
    LEGACY_UNITS.has(f) ||
    LEGACY_BLANKS.has(f) ||
    /^(?:计量)?单位$/.test(f) ||
    VALUE_WORD.test(f)
  );
}

/** The line with a CSV row's separating commas as `|` and its quotes as spaces, or the line as it was. */
function csvRow(line: string): string {
  if (line.length > 120 || line.includes("。")) return line;
  const commas: number[] = [];
  const quotes: number[] = [];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      quoted = !quoted;
      quotes.push(i);
    } else if (c === "," && !quoted) commas.push(i);
  }
  if (quoted || commas.length < 2) return line;
  const fields = [...commas, line.length].map((end, i) => line.slice(i === 0 ? 0 : commas[i - 1] + 1, end));
  const label = fields[0].replace(/"/g, "").trim();
  if (label === "" || label.length > 40 || !fields.slice(1).every((f) => csvCell(f.replace(/"/g, "")))) return line;
  const chars = [...line];
  // Positions count UTF-16 units; every character here is one unit (a CSV row of Han, digits and marks).
  if (chars.length !== line.length) return line;
  for (const i of commas) chars[i] = "|";
  for (const i of quotes) chars[i] = " ";
  return chars.join("");
}

/** The header's words label first (same length: a line's spaces padded after them). */
function headerTurned(line: string, header: RegExpExecArray): string {
  return `${header[3]} ${header[2] ? "单位 " : ""}${header[1].trim()}`.padEnd(line.length, " ");
}

/** A row's words first, then its unit and figures (same length), or null where the line is no such row. */
function rowTurned(line: string): string | null {
  const row = RIGHT_TO_LEFT_ROW.exec(line);
  return row ? `${row[4]} ${row[3] ? `${row[3]} ` : ""}${row[2]}`.padEnd(line.length, " ") : null;
}

/**
 * The rows under a right-to-left header, each on a line of its own, turned round; the page itself where it prints
 * none. The rows end at the first line that is neither such a row nor empty.
 */
function rightToLeft(text: string): string {
  const header = RIGHT_TO_LEFT_HEADER.exec(text);
  if (!header) return text;
  const lines = text.split("\n");
  const at = text.slice(0, header.index).split("\n").length - 1;
  lines[at] = headerTurned(lines[at], header);
  for (let i = at + 1; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    const turned = rowTurned(lines[i]);
    if (turned === null) break;
    lines[i] = turned;
  }
  return lines.join("\n");
}

/**
 * A right-to-left table flattened onto one line (本年度 计量单位 指标名称 131 条 主动公开信息数 14 件 受理…), turned
 * round row by row. Where its rows cannot all be told apart (a row's words with a space inside, figures where words
 * should be), the table is blanked from its header to the line's end: read label first it would give each row the
 * next row's figures.
 */
function rightToLeftFlat(text: string): string {
  for (const m of text.matchAll(LABEL_WORD_THEN_FIGURES)) {
    const before = VALUE_WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!before) continue;
    const start = m.index - before[0].length;
    const turned = [`${m[1]} ${before[2] ? "单位 " : ""}${before[1].trim()}`.padEnd(before[0].length + m[1].length)];
    let pos = m.index + m[1].length;
    RIGHT_TO_LEFT_FLAT_ROW.lastIndex = pos;
    for (let row = RIGHT_TO_LEFT_FLAT_ROW.exec(text); row; row = RIGHT_TO_LEFT_FLAT_ROW.exec(text)) {
      const words = `${row[3]} ${row[2] ? `${row[2]} ` : ""}${row[1]}`;
      const lead = row[0].length - row[0].trimStart().length;
      turned.push(`${row[0].slice(0, lead)}${words.padEnd(row[0].length - lead)}`);
      pos = RIGHT_TO_LEFT_FLAT_ROW.lastIndex;
    }
    const lineEnd = text.indexOf("\n", pos);
    const end = lineEnd < 0 ? text.length : lineEnd;
    ROWS_ENDED.lastIndex = pos;
    if (turned.length < 3 || !ROWS_ENDED.test(text)) {
      return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
    }
    return text.slice(0, start) + turned.join("") + text.slice(pos);
  }
  return text;
}

/** The page with its table's cells in reading order and marked by `|`; the page itself where it needs neither. */
export function gridAsCells(text: string): string {
  let out = text.includes("指标") || text.includes("项目") ? rightToLeftFlat(rightToLeft(text)) : text;
  if (BOX_BAR_ANY.test(out)) {
    out = out.replace(BOX_RULE_LINE, (m) => " ".repeat(m.length)).replace(BOX_BAR, "|");
  }
  if (out.includes(",") && CSV_HINT.test(out)) out = out.split("\n").map(csvRow).join("\n");
  if (out.includes("栏次") || out.includes("行次") || out.includes("序号") || out.includes("编号"))
    out = serialsAfterLabels(out);
  if (out.includes("单位")) out = unitLast(out);
  if (out.includes("关系"))
    out = out.replace(COLUMN_EQUATIONS, (_, word: string, sums: string) => word + " ".repeat(sums.length));
  if (out.includes("考核内容")) out = selfAssessmentNotes(out);
  if (out.includes("自查内容") || out.includes("检查内容")) out = selfCheckAnswers(out);
  return out;
}
