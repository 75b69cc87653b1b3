/** How one metric value reads in tooltips, tables and CSV: counts in full, rates with their counts. */
import { MIN_RATE_DENOMINATOR, RATE_BY_KEY } from "@/lib/metrics";
import { formatFull, formatPercent } from "@/lib/format";
import type { RatioCell, TableCell } from "./types";

export interface ValueCell {
  value: number | null;
  num: number | null;
  den: number | null;
}

export function isSmallRate(metric: string, cell: ValueCell): boolean {
  return RATE_BY_KEY.has(metric) && cell.den !== null && cell.den < MIN_RATE_DENOMINATOR;
}

/** `1,234` · `75.0%（45/60）` · `37.5%（3/8，不足10件）`; null → `—`. */
export function valueText(metric: string, cell: ValueCell): string {
  if (!RATE_BY_KEY.has(metric)) return formatFull(cell.value);
  if (cell.value === null) return cell.den === 0 ? "—（无案件）" : "—";
  const counts = `${formatFull(cell.num)}/${formatFull(cell.den)}`;
  const small = isSmallRate(metric, cell) ? `，不足${MIN_RATE_DENOMINATOR}件` : "";
  return `${formatPercent(cell.value)}（${counts}${small}）`;
}

/** A metric's value as a table cell: a count as a number; a rate with its counts and small-sample flag. */
export function valueCell(metric: string, cell: ValueCell): number | RatioCell | null {
  if (!RATE_BY_KEY.has(metric)) return cell.value;
  return { ratio: cell.value, text: valueText(metric, cell), small: cell.value !== null && isSmallRate(metric, cell) };
}

/** A share shown as a bare percentage (`12.5%`; no data `—`). */
export function shareCell(ratio: number | null): RatioCell {
  return { ratio, text: formatPercent(ratio) };
}

/** How a cell reads in the page's table and the CSV. */
export function cellText(cell: TableCell): string {
  if (cell === null) return "—";
  if (typeof cell === "number") return formatFull(cell);
  return typeof cell === "string" ? cell : cell.text;
}

export const SMALL_RATE_COLOR = "#cbd5e1";

/** No report for that year (no row at all), as opposed to a figure printed blank. */
export const NO_REPORT = "无报告";
export const BLANK = "空白";
