/**
 * A page of prose printed in two columns, as `pdftotext -layout` gives it: each line holds a fragment of the left
 * column, a wide gap, then a fragment of the right column, so a sentence goes on on the next line's left half (or
 * right half). The sentence readers need each column's text in order: left column first, then right column.
 *
 *     2015年我局共收到政府信息公开申请3件,                 平潭…局
 *     均为信函申请,…经审查,                                2016年2月3日
 *     同意公开2件,同意部分公开1件。
 *
 * Only a run of lines that is plainly two columns of prose is unzipped: many lines with words on both sides of a
 * wide gap, most of them long on the left (a table's rows have a short label and a number).
 */

/** A cheap first test: a wide gap after words (most pages have none). */
const WIDE_GAP = "    ";
/** A line with words, a gap of 4 or more spaces, then words: the two fragments. */
const TWO_SIDES = /^(\s*)(\S(?:.*?\S)?)\s{4,}(\S.*?)\s*$/;
const CJK = /[\u4e00-\u9fff]/;
/** A fragment that ends a paragraph (a full stop, a colon) or starts one (一、, (二), 1.). */
const ENDS = /[。;；!！?？:：]$/;
const STARTS = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、](?!\d))/;
/** A heading alone on its line (四、收费及减免情况): the paragraph after it is its own. */
const HEADING_MAX = 20;
/** The fewest gapped lines for a run of two columns, and how many of them must be prose on the left. */
const MIN_GAPPED = 6;
const MIN_LONG_LEFT = 4;
const LONG_LEFT = 12;
const LONG_RIGHT = 6;
/** Lines scanned at most (a page of two columns is a page, not a book). */
const LINES_MAX = 400;

/** The display width of a text (a CJK or full-width character is two columns wide). */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

interface Sides {
  left: string;
  right: string;
  leftIndent: number;
}

function sides(line: string): Sides | null {
  const m = TWO_SIDES.exec(line);
  if (!m || !CJK.test(m[2]) || !CJK.test(m[3])) return null;
  return { left: m[2], right: m[3], leftIndent: m[1].length };
}

/** A column's fragments (text, line number, whether it opens a paragraph) joined into paragraphs. */
function paragraphs(parts: { text: string; line: number; opens: boolean }[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    const heading = last !== undefined && STARTS.test(last.text) && last.text.length <= HEADING_MAX;
    if (last && !p.opens && !heading && !ENDS.test(last.text) && !STARTS.test(p.text)) last.text += p.text;
    else out.push({ text: p.text, line: p.line });
  }
  return out;
}

/**
 * The lines with a run printed in two columns unzipped (its left column's paragraphs, then its right column's), and
 * each line's number on the page; null where the page has no such run.
 */
export function unzipColumns(
  lines: string[],
  skip: (line: number) => boolean,
): { texts: string[]; numbers: number[] } | null {
  if (lines.length > LINES_MAX) return null;
  let gapped = 0;
  for (const line of lines) if (line.indexOf(WIDE_GAP, 1) > 0 && TWO_SIDES.test(line)) gapped++;
  if (gapped < MIN_GAPPED) return null;
  const split = lines.map((line, i) => (skip(i + 1) ? null : sides(line)));
  const first = split.findIndex((s) => s !== null);
  const last = split.findLastIndex((s) => s !== null);
  const run = split.slice(first, last + 1);
  const twoSided = run.filter((s) => s !== null);
  const nonBlank = lines.slice(first, last + 1).filter((l) => l.trim() !== "").length;
  const longLeft = twoSided.filter((s) => s.left.length >= LONG_LEFT && !/\d$/.test(s.left)).length;
  const longRight = twoSided.filter((s) => s.right.length >= LONG_RIGHT).length;
  if (twoSided.length < MIN_GAPPED || longLeft < MIN_LONG_LEFT || longRight < MIN_LONG_LEFT) return null;
  if (twoSided.length * 2 < nonBlank) return null;
  for (let i = first; i <= last; i++) if (skip(i + 1)) return null;
  // Where the right column starts (its typical display column): a line with words only that far in is the right's.
  const starts: number[] = [];
  for (let i = first; i <= last; i++) {
    const s = split[i];
    if (s) starts.push(width(lines[i].slice(0, lines[i].lastIndexOf(s.right))));
  }
  starts.sort((a, b) => a - b);
  const rightAt = starts[starts.length >> 1];
  const margin = Math.min(...twoSided.map((s) => s.leftIndent));
  const left: { text: string; line: number; opens: boolean }[] = [];
  const right: { text: string; line: number; opens: boolean }[] = [];
  for (let i = first; i <= last; i++) {
    const line = lines[i];
    const s = split[i];
    if (s) {
      left.push({ text: s.left, line: i + 1, opens: s.leftIndent >= margin + 2 });
      right.push({ text: s.right, line: i + 1, opens: false });
      continue;
    }
    const text = line.trim();
    if (text === "") continue;
    const indent = width(line.slice(0, line.indexOf(text)));
    if (indent * 4 >= rightAt * 3) right.push({ text, line: i + 1, opens: false });
    else left.push({ text, line: i + 1, opens: indent >= margin + 2 });
  }
  const unzipped = [...paragraphs(left), ...paragraphs(right)];
  const texts = [...lines.slice(0, first), ...unzipped.map((p) => p.text), ...lines.slice(last + 1)];
  const numbers = [
    ...lines.slice(0, first).map((_, i) => i + 1),
    ...unzipped.map((p) => p.line),
    ...lines.slice(last + 1).map((_, i) => last + 2 + i),
  ];
  return { texts, numbers };
}
