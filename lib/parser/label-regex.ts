/**
 * Label specs → regexes. Every character of a label may be separated by spaces, line breaks or cell
 * borders ("三 、本 年 度办 理 结果", "商业\n企业", labels wrapped over lines), so characters are joined by
 * `[\s|]*`. Literal characters never overlap that class, so matching stays linear.
 */
import type { LabelSpec } from "./labels";

const GAP = "[\\s|]*";

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

export function spacedPattern(text: string): string {
  return Array.from(text, escapeChar).join(GAP);
}

function prefixPattern(prefix: string): string {
  const bare = prefix.replace(/[()]/g, "");
  const number = spacedPattern(bare);
  // "(三)", "三、", "3.", "3、" are all printed; the parentheses and the mark after are optional.
  const wrapped = prefix.startsWith("(") ? `\\(?${GAP}${number}${GAP}\\)?` : number;
  return `${wrapped}${GAP}[、.,:]?${GAP}`;
}

/** A global regex finding the label; run it with lastIndex set to where the search starts. */
export function labelRegex(spec: Pick<LabelSpec, "prefix" | "prefixRequired" | "cores">): RegExp {
  const cores = spec.cores.map(spacedPattern).join("|");
  if (!spec.prefix) return new RegExp(`(?:${cores})`, "g");
  const prefix = prefixPattern(spec.prefix);
  return new RegExp(spec.prefixRequired ? `${prefix}(?:${cores})` : `(?:${prefix})?(?:${cores})`, "g");
}

export function anyOfRegex(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map(spacedPattern).join("|"), "g");
}

/** First match of `re` in text[from, to), or null. */
export function findIn(re: RegExp, text: string, from: number, to: number): { start: number; end: number } | null {
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index >= to) return null;
  return { start: m.index, end: m.index + m[0].length };
}
