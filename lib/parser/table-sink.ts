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
  /** Totals counting a column the template does not keep apart: that column's figure (ValueSource.outside). */
  private readonly outside = new Map<string, number>();

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

  /** The total `key` also counts `value` printed in a column the template does not keep apart. */
  countsOutside(key: string, value: number): void {
    this.outside.set(key, value);
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
    for (const [key, value] of this.outside) if (sources[key] && value !== 0) sources[key].outside = value;
    return { values: this.values, blanks: [...this.blankSet], sources };
  }
}

const ROW_KEYS = new Map<string, Map<readonly string[], readonly string[]>>();

/**
 * The keys `row.column` of a row's columns (apps.new.natural_person …), built once per row and column list: the
 * same few hundred strings serve every report, instead of new strings each time that every lookup must hash.
 */
export function rowKeys(row: string, columns: readonly string[]): string[] {
  let byColumns = ROW_KEYS.get(row);
  if (!byColumns) ROW_KEYS.set(row, (byColumns = new Map()));
  let keys = byColumns.get(columns);
  if (!keys) byColumns.set(columns, (keys = Object.freeze(columns.map((c) => `${row}.${c}`))));
  // Frozen: a caller changing the shared list throws rather than changing every later report's keys.
  return keys as string[];
}
