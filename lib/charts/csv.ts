/**
 * CSV of a chart's data: UTF-8 with a BOM so Excel opens Chinese text, `#` header lines stating the
 * selection, RFC 4180 quoting, and cells that a spreadsheet would run as a formula (= + - @, tab, CR)
 * prefixed with `'`.
 */
import type { ChartTable, TableCell } from "./types";

const BOM = "\uFEFF";
const SIGNED_NUMBER = /^[+-]\d+(?:\.\d+)?%?$/;

function safeCell(raw: TableCell): string {
  if (raw === null) return "";
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : "";
  const cell = typeof raw === "string" ? raw : raw.text;
  // A signed number or percentage ("+4.1%", "-3") is data a spreadsheet reads as a number, not a formula.
  const text = /^[=+\-@\t\r]/.test(cell) && !SIGNED_NUMBER.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `selection` lines become `# key: value` comment lines above the header row. */
export function toCsv(table: ChartTable, selection: [string, string][]): string {
  const head = selection.map(([k, v]) => safeCell(`# ${k}: ${v}`));
  const lines = [...head, table.columns.map(safeCell).join(","), ...table.rows.map((r) => r.map(safeCell).join(","))];
  return `${BOM + lines.join("\r\n")}\r\n`;
}
