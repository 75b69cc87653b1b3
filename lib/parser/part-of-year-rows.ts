/**
 * §三 and §四 printed for parts of the year (上半年 | 下半年, 1-6月 | 7-12月), each part's figures on a row of their
 * own under its word: the first part's row stands where the year's would, and is not the year's. The section is left
 * blank, every key named (whether the parts add up to the year, or a 全年 row holds it, the page does not say).
 */
import { PART_OF_YEAR_WORD } from "@/lib/template/modern";

/** A part of the year's word right before a run of at least `figures` figures (cells apart by spaces or borders). */
function partRow(figures: number): RegExp {
  const run = String.raw`[)）\]】:：\s|]*(?:\d+[\s|]+){${figures - 1}}\d`;
  return new RegExp(`(?:${PART_OF_YEAR_WORD.source})(?:份)?${run}`, "g");
}
const ROWS = { applications: partRow(5), review: partRow(5) };

/** The first such row in the region, as printed (its word and first figures), or null. */
export function partOfYearRow(text: string, [from, to]: [number, number], section: keyof typeof ROWS): string | null {
  const slice = text.slice(from, to);
  if (!slice.includes("半年") && !slice.includes("季度") && !slice.includes("月")) return null;
  for (const m of slice.matchAll(ROWS[section])) {
    // A run of months from January to December is the whole year.
    if (m[1] !== undefined && Number(m[1]) === 1 && Number(m[2]) === 12) continue;
    return m[0].replace(/\s+/g, " ").slice(0, 40);
  }
  return null;
}
