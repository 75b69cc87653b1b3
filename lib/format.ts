/**
 * Chinese number conventions for the dashboard: 万 and 亿 for large counts (full value in tooltips),
 * years as `2023年`, rates from summed numerator and denominator with small denominators flagged.
 */
import { MIN_RATE_DENOMINATOR } from "./metrics";

const fullFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });

function trimmed(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, "");
}

/** 1,234 · 1.23万 · 4.5亿; null → "—" (no data, distinct from 0). */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  const abs = Math.abs(n);
  if (abs >= 1e8) return `${trimmed(n / 1e8, 2)}亿`;
  if (abs >= 1e4) return `${trimmed(n / 1e4, 2)}万`;
  return fullFormat.format(n);
}

/** The full value with thousands separators, for tooltips and tables. */
export function formatFull(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return fullFormat.format(n);
}

export function formatYear(year: number): string {
  return `${year}年`;
}

export interface RateView {
  /** null when the denominator is 0 or unknown. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Fewer than MIN_RATE_DENOMINATOR cases: shown greyed with its counts. */
  small: boolean;
  text: string;
  /** "5/8" — the counts behind the rate. */
  counts: string;
}

export function rateView(numerator: number | null, denominator: number | null): RateView {
  const counts = `${formatFull(numerator)}/${formatFull(denominator)}`;
  if (numerator === null || denominator === null || denominator <= 0) {
    return { value: null, numerator, denominator, small: true, text: "—", counts };
  }
  const value = numerator / denominator;
  const small = denominator < MIN_RATE_DENOMINATOR;
  return { value, numerator, denominator, small, text: formatPercent(value), counts };
}

export function formatPercent(ratio: number | null, digits = 1): string {
  if (ratio === null || !Number.isFinite(ratio)) return "—";
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** Relative change of a count (`+12.5%`), or the difference in points for rates (`+3.1个百分点`). */
export function formatChange(current: number | null, previous: number | null, kind: "count" | "rate"): string | null {
  if (current === null || previous === null) return null;
  if (kind === "rate") {
    const points = (current - previous) * 100;
    return `${points >= 0 ? "+" : "−"}${Math.abs(points).toFixed(1)}个百分点`;
  }
  if (previous === 0) return current === 0 ? "持平" : null;
  const change = (current - previous) / previous;
  return `${change >= 0 ? "+" : "−"}${Math.abs(change * 100).toFixed(1)}%`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for ECharts' HTML tooltips (agency names come from documents anyone can publish). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
