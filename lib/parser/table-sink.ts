/**
 * Collects a table stage's output: values with their sources, blanks, and parser findings.
 */
import type { Finding, TableValues } from "./types";
import type { Cell } from "./fit-cells";
import type { LineIndex } from "./text-lines";

export class TableSink {
  readonly table: TableValues = { values: {}, blanks: [], sources: {} };
  readonly issues: Finding[] = [];

  constructor(private readonly lines: LineIndex) {}

  put(key: string, cell: Cell, raw: string): void {
    if (key in this.table.values || this.table.blanks.includes(key)) return;
    if (cell.value === null) this.table.blanks.push(key);
    else this.table.values[key] = cell.value;
    if (cell.value !== null) this.table.sources[key] = { line: this.lines.lineOf(cell.pos), raw };
  }

  finding(rule: string, severity: Finding["severity"], message: string, keys: string[], pos: number): void {
    this.issues.push({ rule, severity, message, keys, line: this.lines.lineOf(pos) });
  }
}
