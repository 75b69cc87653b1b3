/**
 * Collects a table stage's output: values with their sources, blanks, and parser findings.
 */
import type { Finding, TableValues } from "./types";
import type { Cell } from "./fit-cells";
import { compactRaw, type LineIndex } from "./text-lines";

export class TableSink {
  private readonly blankSet = new Set<string>();
  readonly issues: Finding[] = [];
  /** The §三 table being read prints its zeros as markers (empty-zeros.ts): storeRow reads them as 0. */
  zeroMarkers = false;
  /** §三 was read as one table printed in two passes of columns (splitByColumns): its second pass is no second table. */
  columnPasses = false;
  private readonly values: Record<string, number> = {};
  private readonly positions: { key: string; pos: number; raw: string }[] = [];
  /** Totals counting a column the template does not keep apart: that column's figure (ValueSource.outside). */
  private readonly outside = new Map<string, number>();

  /** Keys a stage leaves blank whatever it reads (columns whose heading is not the template's), and those met. */
  withhold: ((key: string) => boolean) | null = null;
  readonly withheld: string[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** The first reading of a key wins (a label repeated further down does not overwrite it). */
  put(key: string, cell: Cell, raw: string): void {
    if (this.values[key] !== undefined || this.blankSet.has(key)) return;
    if (this.withhold?.(key)) {
      this.blankSet.add(key);
      this.withheld.push(key);
      return;
    }
    if (cell.value === null) {
      this.blankSet.add(key);
      return;
    }
    this.values[key] = cell.value;
    this.positions.push({ key, pos: cell.pos, raw });
  }

  /** A key left blank that the table's sums settle afterwards (a total cell not printed, R1 and R2 agreeing). */
  settle(key: string, cell: Cell & { value: number }, raw: string): void {
    if (this.withhold?.(key) || !this.blankSet.delete(key)) return;
    this.values[key] = cell.value;
    this.positions.push({ key, pos: cell.pos, raw });
  }

  /** Leaves blank every key read so far that `match` names (a table read that is not the year's): those keys. */
  unread(match: (key: string) => boolean): string[] {
    const keys = Object.keys(this.values).filter(match);
    if (keys.length === 0) return keys;
    for (const key of keys) {
      delete this.values[key];
      this.blankSet.add(key);
    }
    const left = this.positions.filter((p) => !match(p.key));
    this.positions.splice(0, this.positions.length, ...left);
    return keys;
  }

  /** The total `key` also counts `value` printed in a column the template does not keep apart. */
  countsOutside(key: string, value: number): void {
    this.outside.set(key, value);
  }

  /**
   * Raws cut from a text a stage rewrote in place (a formula cell written as its sum): cut again, at the same offsets,
   * from the text as printed, so a source never shows a figure the page does not print. Only rows near `spans`.
   */
  reprint(written: string, printed: string, spans: readonly [number, number][]): void {
    if (spans.length === 0) return;
    const near = (pos: number) => spans.some(([a, b]) => pos >= a - RAW_REACH && pos < b + RAW_REACH);
    const again = new Map<string, string>();
    for (const p of this.positions) {
      if (!near(p.pos)) continue;
      let raw = again.get(p.raw);
      if (raw === undefined) again.set(p.raw, (raw = rawAsPrinted(written, printed, spans, p.raw, p.pos) ?? p.raw));
      p.raw = raw;
    }
  }

  /** The keys read from a cell printed inside one of the spans. */
  keysWithin(spans: [number, number][]): string[] {
    if (spans.length === 0) return [];
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

/** How far before its cell a row's raw may start (compactRaw reads at most 400 characters). */
const RAW_REACH = 400;

/**
 * `raw` (compactRaw of `written` from its row's start, which lies at most RAW_REACH before the cell at `pos`) cut
 * again from `printed` over the same offsets, its end widened over a rewritten span it stops inside; null where the
 * row's start is not found.
 */
function rawAsPrinted(
  written: string,
  printed: string,
  spans: readonly [number, number][],
  raw: string,
  pos: number,
): string | null {
  for (let a = pos; a >= Math.max(0, pos - RAW_REACH); a--) {
    if (written[a] !== raw[0] || !compactRaw(written, a, a + RAW_REACH).startsWith(raw)) continue;
    let b = a + 1;
    while (b < written.length && compactRaw(written, a, b).length < raw.length) b++;
    for (const [s, e] of spans) if (s < b && b < e) b = e;
    return compactRaw(printed, a, b);
  }
  return null;
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
