/**
 * Label specs → matchers. Every character of a label may be separated by spaces, line breaks or cell
 * borders ("三 、本 年 度办 理 结果", "商业\n企业", labels wrapped over lines), so characters are joined by
 * `[\s|]*`. Literal characters never overlap that class, so matching stays linear.
 */
import type { LabelSpec } from "./labels";

const GAP = "[\\s|]*";
/** The longest printed item number with its marks and spacing ("( 三 ) 、 "). */
const PREFIX_WINDOW = 16;

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

function spacedPattern(text: string): string {
  return Array.from(text, escapeChar).join(GAP);
}

const NUMERALS = "〇一二三四五六七八九十";

/** The item number in the other numbering ("三" ↔ "3"), or null past ten. */
function otherNumbering(bare: string): string | null {
  if (/^\d+$/.test(bare)) return Number(bare) >= 1 && Number(bare) <= 10 ? NUMERALS[Number(bare)] : null;
  const n = NUMERALS.indexOf(bare);
  return bare.length === 1 && n > 0 ? String(n) : null;
}

function prefixPattern(prefix: string): string {
  const bare = prefix.replace(/[()]/g, "");
  const number = spacedPattern(bare);
  // "(三)", "三、", "3.", "3、" are all printed; the parentheses and the mark after are optional.
  // Without a parenthesis the number starts the label: a gap before it is the previous cell's border.
  const own = prefix.startsWith("(") ? `\\(?${GAP}${number}${GAP}\\)?` : `(?:\\(${GAP})?${number}(?:${GAP}\\))?`;
  // Pages of one site number the same row differently ("一、" / "1、", "(一)" / "1." / "(1)"); in the other
  // numbering the parentheses or the mark must be there, so a cell's last digit is not taken for the number.
  const alt = otherNumbering(bare);
  const other = alt ? `|\\(${GAP}${alt}${GAP}\\)|${alt}${GAP}[、.]` : "";
  return `(?:${own}${other})${GAP}[、.,:]?${GAP}`;
}

/**
 * The template wording left after a fragment ("上年度结转" → "政府信息公开申请数量"): the label past the longest
 * end of the fragment it contains. Matched with the fragment when it follows, so a report's own wording of the
 * start of a label does not leave the rest of the label in front of the row's cells.
 */
function labelTail(label: string, fragment: string): string {
  for (let k = fragment.length; k > 0; k--) {
    const at = label.indexOf(fragment.slice(fragment.length - k));
    if (at >= 0) return label.slice(at + k);
  }
  return "";
}

/** The cores as one alternation, the first (the template's wording) captured so a match tells whether it was whole. */
function corePattern(cores: readonly string[]): string {
  return cores
    .map((core, i) => {
      const tail = i === 0 ? "" : labelTail(cores[0], core);
      const pattern = tail ? `${spacedPattern(core)}(?:${GAP}${spacedPattern(tail)})?` : spacedPattern(core);
      return i === 0 ? `(${pattern})` : pattern;
    })
    .join("|");
}

/** Fewest characters of a wrapped label's first half that name its row (属于三类 / 属于四类, 保护第三). */
const FIRST_HALF_MIN = 4;
/** What ends a wrapped label's first line: a line break, a cell border, or the row's first figure. */
const HALF_END = "(?=[ \\t\\u3000]*(?:[\\n\\r|│┃║]|\\d))";

/**
 * A label's first half as a PDF or a text grid wraps it: its first FIRST_HALF_MIN characters or more, short of the
 * whole label, then the end of the line or cell. Null for a label too short to wrap so.
 */
export function firstHalfPattern(label: string): string | null {
  const chars = Array.from(label);
  if (chars.length <= FIRST_HALF_MIN + 1) return null;
  let rest = "";
  for (let i = chars.length - 2; i >= FIRST_HALF_MIN; i--) rest = `(?:${GAP}${escapeChar(chars[i])}${rest})?`;
  return spacedPattern(chars.slice(0, FIRST_HALF_MIN).join("")) + rest + HALF_END;
}

export interface Span {
  start: number;
  end: number;
  /** A label matcher's match of the label's whole wording (not one of its fragments). */
  whole?: boolean;
}

/**
 * Finds a label: the core text is searched (a literal first character keeps the scan fast) and the item
 * number is then matched backwards from the core, so the label span starts at the number.
 */
export class LabelMatcher {
  private readonly core: RegExp;
  private readonly prefix: RegExp | null;

  /** `pattern`, when given, stands for the cores (a label's first half). */
  constructor(
    private readonly spec: Pick<LabelSpec, "prefix" | "prefixRequired" | "cores">,
    pattern?: string,
  ) {
    this.core = new RegExp(pattern ?? corePattern(spec.cores), "g");
    this.prefix = spec.prefix ? new RegExp(`${prefixPattern(spec.prefix)}$`) : null;
  }

  find(text: string, from: number, to: number): Span | null {
    for (let at = from; at < to; ) {
      const m = execIn(this.core, text, at, to);
      if (!m) return null;
      const start = this.prefixStart(text, from, m.index);
      if (start !== null) return { start, end: m.index + m[0].length, whole: m[1] !== undefined };
      at = m.index + 1;
    }
    return null;
  }

  /** Where the label starts given its core's start, or null when a required number is missing. */
  private prefixStart(text: string, from: number, coreStart: number): number | null {
    if (!this.prefix) return coreStart;
    const windowStart = Math.max(from, coreStart - PREFIX_WINDOW);
    const m = this.prefix.exec(text.slice(windowStart, coreStart));
    if (m) return windowStart + m.index;
    return this.spec.prefixRequired ? null : coreStart;
  }
}

export function anyOfRegex(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map(spacedPattern).join("|"), "g");
}

/**
 * How far past `to` a match that starts before it may run. Labels are literal characters with gaps between
 * them, so a real one spans tens of characters; only a label spread over thousands of blanks is cut short.
 */
export const STRADDLE = 4096;

/**
 * First match of `re` in text[from, to), or null. A match may end past `to`, by at most STRADDLE characters.
 * The search runs over text[from, to + STRADDLE) only, so a bounded search that finds nothing costs its bound,
 * not the rest of the page (rows searched one by one would otherwise make a long page quadratic).
 */
export function findIn(re: RegExp, text: string, from: number, to: number): Span | null {
  const m = execIn(re, text, from, to);
  return m && { start: m.index, end: m.index + m[0].length };
}

function execIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray | null {
  const windowEnd = Math.min(text.length, to + STRADDLE);
  re.lastIndex = from;
  const m = re.exec(windowEnd === text.length ? text : text.slice(0, windowEnd));
  return m && m.index < to ? m : null;
}
