/**
 * Tables whose every cell the crawl printed twice (a page's responsive layout keeps each cell's text in two spans,
 * a desktop one and a mobile one, and the crawler flattened both): 一、本年新收… 66 22 00 00 00 00 88 is 6 2 0 0 0 0 8.
 * Every equation of the form still holds on the doubled figures (66 + 22 = 88), so the sums cannot tell; what tells is
 * that the zeros print as 00 and no figure of the table is printed once. Each doubled figure is then written once,
 * padded with spaces to its printed length (so every offset holds), and where each was is returned: the sources quote
 * the rows as printed.
 */

/** A figure standing alone between spaces or bars, sign and decimals included (66, 00, -2-2, 7863, 1.51.5). */
const FIGURE = /(?<=^|[\s|])[-+]?\d+(?:\.\d+)?(?:[-+]?\d+(?:\.\d+)?)?(?=[\s|]|$)/g;
/** A token that is one figure twice (66, 00, 1212, -2-2, +19+19, 1.51.5). */
const TWICE = /^([-+]?\d+(?:\.\d+)?)\1$/;
/** The first row's words of the 2019/2021 §三 (its figures follow). */
const FIRST_ROW = /本年新收/g;
/** Where to look around it: §二's tables before, §三 and §四 after. */
const BEFORE = 3000;
const AFTER = 4000;
/** The fewest figures §三 and §四 print together (twenty-eight rows of seven, fifteen cells): far more than this. */
const FEWEST = 40;

/**
 * The page with each doubled figure written once, and where each was; the page itself when its §三 prints a figure
 * once, prints fewer than FEWEST figures after its first row, or prints every figure as 00 (nothing to tell).
 */
export function doubledCellsOnce(text: string): { text: string; spans: [number, number][] } {
  if (!text.includes(" 00 ")) return { text, spans: [] };
  FIRST_ROW.lastIndex = 0;
  const first = FIRST_ROW.exec(text);
  if (!first) return { text, spans: [] };
  const from = Math.max(0, first.index - BEFORE);
  const to = Math.min(text.length, first.index + AFTER);
  const tokens = [...text.slice(from, to).matchAll(FIGURE)].map((m) => ({ at: from + m.index, s: m[0] }));
  const after = tokens.filter((t) => t.at > first.index);
  if (after.length < FEWEST) return { text, spans: [] };
  if (!after.every((t) => TWICE.test(t.s))) return { text, spans: [] };
  if (after.every((t) => /^0+$/.test(t.s))) return { text, spans: [] };
  const spans: [number, number][] = [];
  let out = "";
  let last = 0;
  for (const t of tokens) {
    const once = TWICE.exec(t.s)?.[1];
    if (once === undefined) continue;
    out += text.slice(last, t.at) + once.padEnd(t.s.length, " ");
    last = t.at + t.s.length;
    spans.push([t.at, last]);
  }
  return { text: out + text.slice(last), spans };
}
