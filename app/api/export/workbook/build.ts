/**
 * A view's workbook (.xlsx, exceljs): a first sheet 说明 (permalink, filters in words, the rates' definitions, the
 * data's date, the sheets), then one sheet per chart: its table with the header row frozen, counts and rates stored
 * as numbers (rates as fractions shown as percentages), each rate column followed by its small-sample flag, and
 * widths from the content.
 */
import ExcelJS from "exceljs";
import type { ChartTable, RatioCell, TableCell } from "@/lib/charts/types";

export interface WorkbookSheet {
  title: string;
  table: ChartTable;
}

export interface WorkbookInput {
  /** The view's name, e.g. 总览. */
  view: string;
  permalink: string;
  /** The selection in words (地区, 年份, 层级…) and the charts' extra lines (the ranking's year). */
  filters: [string, string][];
  /** Each rate or share a sheet holds: its name and how it is computed. */
  definitions: [string, string][];
  dataDate: string;
  sheets: WorkbookSheet[];
}

export const NOTES_SHEET = "说明";
/** The flag column after a rate column, and its value for fewer than MIN_RATE_DENOMINATOR cases. */
export const SMALL_HEADER = "样本";
export const SMALL_FLAG = "不足10件";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
const MAX_WIDTH = 60;

const isRatio = (cell: TableCell): cell is RatioCell => cell !== null && typeof cell === "object";

/** Display width: CJK characters take two columns. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\uffff]/u.test(ch) ? 2 : 1;
  return width;
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
export function sheetName(title: string, taken: Set<string>): string {
  const clean = title.replace(/[:\\/?*[\]]/g, "·").trim() || "图表";
  let name = clean.slice(0, 31);
  for (let n = 2; taken.has(name); n++) name = `${clean.slice(0, 31 - String(n).length - 1)}_${n}`;
  taken.add(name);
  return name;
}

interface Column {
  header: string;
  /** The source column, and whether this is its flag column. */
  from: number;
  flag: boolean;
}

/** A rate column (any cell carries a small-sample mark) gets a flag column after it. */
function columnsOf(table: ChartTable): Column[] {
  return table.columns.flatMap((header, from) => {
    const rate = table.rows.some((r) => isRatio(r[from]) && r[from].small !== undefined);
    const own: Column = { header, from, flag: false };
    return rate ? [own, { header: `${header} ${SMALL_HEADER}`, from, flag: true }] : [own];
  });
}

function cellValue(cell: TableCell, flag: boolean): string | number | null {
  if (flag) return isRatio(cell) && cell.small ? SMALL_FLAG : null;
  if (!isRatio(cell)) return cell;
  // A rate without a value keeps its words (—（无案件）): a blank would lose why.
  return cell.ratio ?? cell.text;
}

function addChartSheet(book: ExcelJS.Workbook, name: string, table: ChartTable): void {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  const columns = columnsOf(table);
  sheet.addRow(columns.map((c) => c.header));
  for (const row of table.rows) sheet.addRow(columns.map((c) => cellValue(row[c.from] ?? null, c.flag)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const ratio = !c.flag && table.rows.some((r) => isRatio(r[c.from]));
    if (ratio) column.numFmt = "0.0%";
    else if (table.rows.some((r) => typeof r[c.from] === "number" && !Number.isInteger(r[c.from]))) {
      column.numFmt = "#,##0.0";
    } else column.numFmt = "#,##0";
    let width = textWidth(c.header);
    column.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const digits = typeof v === "number" ? String(Math.round(v)).length * 1.3 + 1 : 0;
      width = Math.max(width, typeof v === "number" ? (ratio ? 7 : digits) : textWidth(String(v ?? "")));
    });
    column.width = Math.min(MAX_WIDTH, Math.max(8, width + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function addNotesSheet(book: ExcelJS.Workbook, input: WorkbookInput, names: string[]): void {
  const sheet = book.addWorksheet(NOTES_SHEET);
  const title = sheet.addRow([`年报观察 nianbao · ${input.view} · 数据导出`]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  const link = sheet.addRow(["永久链接", input.permalink]);
  link.getCell(2).value = { text: input.permalink, hyperlink: input.permalink };
  link.getCell(2).font = { color: { argb: "FF1D4ED8" }, underline: true };
  sheet.addRow(["数据日期", input.dataDate]);
  sheet.addRow([]);
  sheet.addRow(["筛选条件"]).font = { bold: true };
  for (const [k, v] of input.filters) sheet.addRow([k, v]);
  sheet.addRow([]);
  sheet.addRow(["比率定义"]).font = { bold: true };
  for (const [k, v] of input.definitions) sheet.addRow([k, v]);
  sheet.addRow([]);
  sheet.addRow(["工作表"]).font = { bold: true };
  input.sheets.forEach((s, i) => sheet.addRow([names[i], s.title]));
  sheet.addRow([]);
  sheet.addRow([
    "说明",
    "数字按数值存储；比率为分子合计除以分母合计，单元格显示为百分比。比率列后的“样本”列标出分母不足10件的比率（仅供参考）。",
  ]);
  sheet.addRow(["来源", "年报观察 nianbao：各级政府信息公开工作年度报告的解析数据"]);
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 90;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn(1).alignment = { vertical: "top" };
}

export async function buildWorkbook(input: WorkbookInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "年报观察 nianbao";
  book.created = new Date();
  const taken = new Set([NOTES_SHEET]);
  const names = input.sheets.map((s) => sheetName(s.title, taken));
  addNotesSheet(book, input, names);
  input.sheets.forEach((s, i) => addChartSheet(book, names[i], s.table));
  return Buffer.from(await book.xlsx.writeBuffer());
}
