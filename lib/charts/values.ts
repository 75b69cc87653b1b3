/** How one metric value reads in tooltips, tables and CSV: counts in full, rates with their counts. */
import { MIN_RATE_DENOMINATOR, RATE_BY_KEY } from "@/lib/metrics";
import { formatFull, formatPercent } from "@/lib/format";

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

export const SMALL_RATE_COLOR = "#cbd5e1";

/** No report for that year (no row at all), as opposed to a figure printed blank. */
export const NO_REPORT = "无报告";
export const BLANK = "空白";
