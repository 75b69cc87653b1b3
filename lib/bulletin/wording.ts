/**
 * The bulletin's sentence pieces (pure): counts of agencies with the right words for none and one, year-on-year
 * changes in words, and name lists. Official 通报 write 无 / 未发现 for none and 1家 for one; never "0家".
 */
import { formatFull, formatPercent } from "@/lib/format";

/** Names listed in a sentence before the rest are summed up as 等N家. */
export const MAX_NAMES = 20;

/** "3家" · "1家" · "无": a count of agencies as a bulletin writes it. */
export function agencyCount(n: number): string {
  return n === 0 ? "无" : `${formatFull(n)}家`;
}

/** A、B、C; past MAX_NAMES, the first ones and 等N家 (N = the full count). */
export function nameList(names: string[], total = names.length, max = MAX_NAMES): string {
  const shown = names.slice(0, max);
  const rest = total > shown.length ? `等${formatFull(total)}家` : "";
  return `${shown.join("、")}${rest}`;
}

/**
 * One finding about agencies: for none the `none` sentence (未发现…); else "N家机关<what>：A、B。".
 * `details` (same order as names) are put in brackets after each name.
 */
export function agenciesSentence(args: {
  what: string;
  none: string;
  names: string[];
  total?: number;
  details?: string[];
}): string {
  const total = args.total ?? args.names.length;
  if (total === 0) return args.none;
  const names = args.details
    ? args.names.map((n, i) => (args.details![i] ? `${n}（${args.details![i]}）` : n))
    : args.names;
  return `${agencyCount(total)}机关${args.what}：${nameList(names, total)}。`;
}

/** "较上年增长12.5%" · "较上年减少3.0%" · "与上年持平" · "上年无可比数据" for a count. */
export function countChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return "上年无可比数据";
  if (now === before) return "与上年持平";
  if (before === 0) return `上年为零，本年${formatFull(now)}`;
  const change = (now - before) / before;
  return `较上年${change > 0 ? "增长" : "减少"}${formatPercent(Math.abs(change))}`;
}

/** "较上年上升2.1个百分点" · "下降" · "与上年持平" for a rate (ratios 0–1). */
export function rateChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return "上年无可比数据";
  const points = Math.round((now - before) * 1000) / 10;
  if (points === 0) return "与上年持平";
  return `较上年${points > 0 ? "上升" : "下降"}${Math.abs(points).toFixed(1)}个百分点`;
}

/** "增加3家" · "减少1家" · "持平" for a count of reports or agencies. */
export function countDelta(now: number, before: number | null, unit = "家"): string {
  if (before === null) return "上年无可比数据";
  if (now === before) return "与上年持平";
  return `较上年${now > before ? "增加" : "减少"}${formatFull(Math.abs(now - before))}${unit}`;
}
