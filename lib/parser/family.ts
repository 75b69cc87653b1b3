/**
 * Stage 2: which template the report's tables follow. The template wins over the year: a 2022 report
 * printed on the 2019 table is family 2019.
 */
import { FAMILY_SIGNALS } from "./labels";
import type { Family } from "./types";

const FAMILIES: Family[] = ["2021", "2019", "legacy"];

/**
 * A signal is matched with spaces, line breaks or cell borders between any two of its characters (label-regex's
 * gap). The page is read once for all signals, each tried where its first character stands, gaps skipped after it
 * (a spaced regex per signal tried at every position of the page was 4 % of the parse; a compacted copy of the page
 * searched once per signal, 3 %).
 */
const GAP = new Uint8Array(0x10000);
// JavaScript's \s and the cell border |.
for (const c of [9, 10, 11, 12, 13, 32, 124, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) GAP[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) GAP[c] = 1;

export interface FamilyGuess {
  family: Family;
  /** How many of the family's signals were found. */
  score: number;
}

/** Every family's signals as character codes, and their indexes by first character. */
const SIGNALS = FAMILIES.flatMap((family, f) =>
  FAMILY_SIGNALS[family].map((signal) => ({
    family: f,
    codes: Array.from({ length: signal.length }, (_, i) => signal.charCodeAt(i)),
  })),
);
const BY_FIRST = new Map<number, number[]>();
for (const [id, { codes }] of SIGNALS.entries()) {
  const ids = BY_FIRST.get(codes[0]);
  if (ids) ids.push(id);
  else BY_FIRST.set(codes[0], [id]);
}
/** Whether a character starts some signal: the one test made at most positions of the page. */
const STARTS = new Uint8Array(0x10000);
for (const code of BY_FIRST.keys()) STARTS[code] = 1;

/** How many of each family's signals (in FAMILIES' order) the page holds, gaps aside. */
function scores(text: string): number[] {
  const out = FAMILIES.map(() => 0);
  const found = new Uint8Array(SIGNALS.length);
  let left = SIGNALS.length;
  const n = text.length;
  for (let i = 0; i < n && left > 0; i++) {
    const first = text.charCodeAt(i);
    if (STARTS[first] === 0) continue;
    for (const id of BY_FIRST.get(first) ?? []) {
      if (found[id] === 1) continue;
      const { codes, family } = SIGNALS[id];
      // The signal's other characters, each after any gaps.
      let k = 1;
      for (let j = i + 1; k < codes.length && j < n; j++) {
        const c = text.charCodeAt(j);
        if (GAP[c] === 1) continue;
        if (c !== codes[k]) break;
        k++;
      }
      if (k < codes.length) continue;
      found[id] = 1;
      left--;
      out[family]++;
    }
  }
  return out;
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
  const all = scores(text);
  for (const [i, family] of FAMILIES.entries()) {
    const s = all[i];
    if (s > 0 && (!best || s > best.score)) best = { family, score: s };
    if (!whole && family !== "legacy" && s === FAMILY_SIGNALS[family].length) whole = { family, score: s };
  }
  return best?.family === "legacy" && whole && MODERN_APPLICATIONS_ROW.test(text) ? whole : best;
}
