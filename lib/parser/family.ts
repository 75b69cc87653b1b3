/**
 * Stage 2: which template the report's tables follow. The template wins over the year: a 2022 report
 * printed on the 2019 table is family 2019.
 */
import { anyOfRegex } from "./label-regex";
import { FAMILY_SIGNALS } from "./labels";
import type { Family } from "./types";

const FAMILIES: Family[] = ["2021", "2019", "legacy"];

const SIGNAL_RES = Object.fromEntries(
  FAMILIES.map((f) => [f, FAMILY_SIGNALS[f].map((s) => anyOfRegex([s]))]),
) as Record<Family, RegExp[]>;

export interface FamilyGuess {
  family: Family;
  /** How many of the family's signals were found. */
  score: number;
}

function score(text: string, family: Family): number {
  return SIGNAL_RES[family].reduce((n, re) => {
    re.lastIndex = 0;
    return n + (re.test(text) ? 1 : 0);
  }, 0);
}

/** The family with the most template signals, or null when the text shows none. Ties go to the newer. */
export function detectFamily(text: string): FamilyGuess | null {
  let best: FamilyGuess | null = null;
  for (const family of FAMILIES) {
    const s = score(text, family);
    if (s > 0 && (!best || s > best.score)) best = { family, score: s };
  }
  return best;
}
