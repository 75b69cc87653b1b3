/**
 * Stage 2: which template the report's tables follow. The template wins over the year: a 2022 report
 * printed on the 2019 table is family 2019.
 */
import { FAMILY_SIGNALS } from "./labels";
import type { Family } from "./types";

const FAMILIES: Family[] = ["2021", "2019", "legacy"];

/**
 * A signal is matched with spaces, line breaks or cell borders between any two of its characters (label-regex's
 * gap). Those are taken out of the text once, so each signal is one plain search (a spaced regex per signal tried at
 * every position of the page was 4 % of the parse).
 */
const GAPS = /[\s|]+/g;

export interface FamilyGuess {
  family: Family;
  /** How many of the family's signals were found. */
  score: number;
}

function score(compact: string, family: Family): number {
  let n = 0;
  for (const signal of FAMILY_SIGNALS[family]) if (compact.includes(signal)) n++;
  return n;
}

/**
 * The 2019 form's §三 row: a 2015–2018 report printing that table alone is read on the 2019 template. The row's
 * words in a sentence, their count in 件 (本年新收政府信息公开申请数量2件,…), are no table.
 */
export const MODERN_APPLICATIONS_ROW =
  /本年新收政府信息公开申请数量(?!\s*(?:为|是|[:：])?\s*(?:\d{1,6}|[零一二两三四五六七八九十]{1,4})\s*件)/;

/**
 * The family with the most template signals, or null when the text shows none. Ties go to the newer. A 2021 or 2019
 * template whose signals are all printed, its §三 table too, is the report's own tables, even beside a longer
 * old-style 统计表 appended after §六 (附表 …政府信息公开情况统计表, whose many rows outnumber the new template's few
 * signals). A page whose §三 and §四 are that 统计表 alone stays legacy.
 */
export function detectFamily(text: string): FamilyGuess | null {
  let best: FamilyGuess | null = null;
  let whole: FamilyGuess | null = null;
  const compact = text.replace(GAPS, "");
  for (const family of FAMILIES) {
    const s = score(compact, family);
    if (s > 0 && (!best || s > best.score)) best = { family, score: s };
    if (!whole && family !== "legacy" && s === FAMILY_SIGNALS[family].length) whole = { family, score: s };
  }
  return best?.family === "legacy" && whole && MODERN_APPLICATIONS_ROW.test(text) ? whole : best;
}
