/**
 * A legacy 统计表 whose clerk folded a row's sub-rows into a bracket after the row's value ('(一)收到申请数 件 8(其中当面
 * 申请3件,传真申请0件,网络申请4件)', '四、行政复议数量 件 1(其中维持具体行政行为数0件,被依法纠错数0件,其他情形数1件)'):
 * the bracket is written out as the rows it holds (其中:当面申请 件 3 …), on lines of their own where the row had its
 * own line, so the table's readers read the parent's value and each sub-row as the form prints them.
 */
import { LEGACY_UNITS } from "@/lib/template/legacy";

const UNIT = [...LEGACY_UNITS]
  .filter((u) => /[\u4e00-\u9fff]/.test(u))
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * A row's value cell (after a space or `|`, its unit cell before it or none) followed straight by (其中…): the bracket
 * ends the line or comes before the next row's words or ordinal, never before another figure (a second column's).
 */
const VALUE_THEN_PARTS = new RegExp(
  String.raw`(?<=[ \t|])(?:(${UNIT})([ \t|]+))?(\d{1,7})\(其中[:]?([^()\n]{2,600})\)` +
    String.raw`(?=[ \t]*(\n|$)|[ \t]*(?:[^\d\s]|\d{1,2}[.、][^\d]))`,
  "g",
);

/** One part inside: its words (which may hold 、 or 《》), its count and the count's unit, then , ; 、 or the end. */
const PART = new RegExp(String.raw`[ \t]*([^\d,;()]{2,40}?)[ \t]*(\d{1,7})[ \t]*(?:${UNIT})?[ \t]*(?:[,;、]|$)`, "y");

interface Part {
  words: string;
  count: string;
}

/** The parts of a bracket, or null where any of it is not `words count unit` (a note, a date, a second bracket). */
function partsOf(inner: string): Part[] | null {
  const parts: Part[] = [];
  PART.lastIndex = 0;
  while (PART.lastIndex < inner.length) {
    const at = PART.lastIndex;
    const m = PART.exec(inner);
    if (!m || PART.lastIndex === at) return null;
    parts.push({ words: m[1].trim(), count: m[2] });
  }
  return parts.length > 0 ? parts : null;
}

/** The page with every table row's bracketed sub-rows written out as rows; the page itself where none is. */
export function unfoldInlineParts(text: string): string {
  if (!text.includes("(其中")) return text;
  return text.replace(
    VALUE_THEN_PARTS,
    (whole, unit: string | undefined, gap: string | undefined, value: string, inner: string, end?: string) => {
      const parts = partsOf(inner);
      if (!parts) return whole;
      // The row alone on its line: each part on a line of its own; a table flattened onto one line: spaces.
      const between = end === undefined ? " " : "\n";
      const cell = (count: string) => (unit ? `${unit}${gap}${count}` : count);
      const rows = parts.map((p, i) => `${i === 0 ? "其中:" : ""}${p.words} ${cell(p.count)}`);
      return `${cell(value)}${between}${rows.join(between)}`;
    },
  );
}
