/**
 * Collects a table stage's output: values with their sources, blanks, and parser findings.
 */
import type { Finding, TableValues } from "./types";
import type { Cell } from "./fit-cells";
import type { LineIndex } from "./text-lines";

export class TableSink {
  private readonly blankSet = new Set<string>();
  readonly issues: Finding[] = [];
  /** The §三 table being read prints its zeros as markers (empty-zeros.ts): storeRow reads them as 0. */
  zeroMarkers = false;
  private readonly values: Record<string, number> = {};
  private readonly positions: { key: string; pos: number; raw: string }[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** The first reading of a key wins (a label repeated further down does not overwrite it). */
  put(key: string, cell: Cell, raw: string): void {
    if (this.values[key] !== undefined || this.blankSet.has(key)) return;
    if (cell.value === null) {
      this.blankSet.add(key);
      return;
    }
    this.values[key] = cell.value;
    this.positions.push({ key, pos: cell.pos, raw });
  }

  /** A key left blank that the table's sums settle afterwards (a total cell not printed, R1 and R2 agreeing). */
  settle(key: string, cell: Cell & { value: number }, raw: string): void {
    if (!this.blankSet.delete(key)) return;
    this.values[key] = cell.value;
    this.positions.push({ key, pos: cell.pos, raw });
  }

  /** The keys read from a cell printed inside one of the spans. */
  keysWithin(spans: [number, number][]): string[] {
    return this.positions.filter(({ pos }) => spans.some(([a, b]) => pos >= a && pos < b)).map((p) => p.key);
  }

  valueOf(key: string): number | undefined {
    return this.values[key];
  }

  finding(rule: string, severity: Finding["severity"], message: string, keys: string[], pos: number): void {
    this.issues.push({ rule, severity, message, keys, line: this.lines.lineOf(pos) });
  }

  get table(): TableValues {
    const sources: TableValues["sources"] = {};
    let lastPos = -1;
    let lastLine = 0;
    for (const { key, pos, raw } of this.positions) {
      // Cells of a row share lines: skip the search when the position repeats.
      if (pos !== lastPos) lastLine = this.lines.lineOf((lastPos = pos));
      sources[key] = { line: lastLine, raw };
    }
    return { values: this.values, blanks: [...this.blankSet], sources };
  }
}
