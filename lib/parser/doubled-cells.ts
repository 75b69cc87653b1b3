/**
 * Tables whose every cell the crawl printed twice (a page's responsive layout keeps each cell's text in two spans,
 * a desktop one and a mobile one, and the crawler flattened both): 一、本年新收… 66 22 00 00 00 00 88 is 6 2 0 0 0 0 8.
 * Every equation of the form still holds on the doubled figures (66 + 22 = 88), so the sums cannot tell; what tells is
 * that the zeros print as 00 and no figure of the table is printed once. Each doubled figure is then written once,
 * padded with spaces to its printed length (so every offset holds), and where each was is returned: the sources quote
 * the rows as printed.
 */

/**
 * A figure standing alone between spaces or bars, sign and decimals included (66, 00, -2-2, 7863, 1.51.5), or with
 * its amount's unit glued after it (74.674.6万元).
 */
const FIGURE = /(?<=^|[\s|])[-+]?\d+(?:\.\d+)?(?:[-+]?\d+(?:\.\d+)?)?(?=[\s|]|$|万?元)/g;
/** A token that is one figure twice (66, 00, 1212, -2-2, +19+19, 1.51.5). */
const TWICE = /^([-+]?\d+(?:\.\d+)?)\1$/;
/** The first row's words of the 2019/2021 §三 (its figures follow). */
const FIRST_ROW = /本年新收/g;
/** Where to look around it: §二's tables before, §三 and §四 after. */
const BEFORE = 3000;
const AFTER = 4000;
/** The fewest figures §三 prints (twenty-odd rows of seven): far more than this. */
const FEWEST = 40;
/** Figures of §三 printed once that still leave it a doubled table (a clerk's cell typed over, a stray 0). */
const STRAYS = 2;
/** Where §四 starts after §三's first row (not §三's own 四、结转下年度继续办理). */
const SECTION4 = /四\s*、(?!\s*结\s*转)|行\s*政\s*复\s*议/g;

const isTwice = (s: string) => TWICE.test(s);

/**
 * The page with each doubled figure written once, and where each was; the page itself unless §三 prints at least
 * FEWEST figures after its first row, all but STRAYS of them twice, one not zero. §四 is written once only where
 * every figure of it is printed twice (a §四 printed as on paper is left as printed); §二's doubled figures before
 * §三 are written once with §三.
 */
export function doubledCellsOnce(text: string): { text: string; spans: [number, number][] } {
  if (!text.includes(" 00 ")) return { text, spans: [] };
  FIRST_ROW.lastIndex = 0;
  const first = FIRST_ROW.exec(text);
  if (!first) return { text, spans: [] };
  const from = Math.max(0, first.index - BEFORE);
  const to = Math.min(text.length, first.index + AFTER);
  SECTION4.lastIndex = first.index;
  const s4 = SECTION4.exec(text);
  const split = s4 && s4.index < to ? s4.index : to;
  const tokens = [...text.slice(from, to).matchAll(FIGURE)].map((m) => ({ at: from + m.index, s: m[0] }));
  const s3 = tokens.filter((t) => t.at > first.index && t.at < split);
  const review = tokens.filter((t) => t.at >= split);
  const twice = s3.filter((t) => isTwice(t.s));
  if (twice.length < FEWEST || s3.length - twice.length > STRAYS) return { text, spans: [] };
  if (twice.every((t) => /^0+$/.test(t.s))) return { text, spans: [] };
  const reviewTwice = review.length > 0 && review.every((t) => isTwice(t.s));
  const spans: [number, number][] = [];
  let out = "";
  let last = 0;
  for (const t of tokens) {
    if (t.at >= split && !reviewTwice) break;
    const once = TWICE.exec(t.s)?.[1];
    if (once === undefined) continue;
    out += text.slice(last, t.at) + once.padEnd(t.s.length, " ");
    last = t.at + t.s.length;
    spans.push([t.at, last]);
  }
  return { text: out + text.slice(last), spans };
}
