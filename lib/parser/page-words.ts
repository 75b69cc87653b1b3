/**
 * Quotes in the page's own words. Stages read a text rewritten from the page (a script's "undefined" cell blanked to
 * a dash, 叁件 written 3件, a slash list spread into its pairs); a source cut from that text would show words the page
 * never printed. These cut the quote again from the page as printed. Both run only where a rewrite touched the text.
 */
import { compactRaw } from "./text-lines";
import type { ValueSource } from "./types";

/** How far past its line a row's raw may run (compactRaw reads at most 400 characters). */
const RAW_SPAN = 400;
/** A quote cut short by its reader ("…" at its end), and the length it is cut to. */
const CUT = "…";
const QUOTE_MAX = 120;

/** compactRaw's text of `text[from, to)` and, for each of its characters, the offset it came from (-1: a separator). */
function compactWithOffsets(text: string, from: number, to: number): { out: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  let pending = "";
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "|") pending = " | ";
    else if (c === " " || c === "\n" || c === "\t" || c === "\r") pending ||= " ";
    else {
      if (out && pending) {
        out += pending;
        for (let k = 0; k < pending.length; k++) at.push(-1);
      }
      pending = "";
      out += c;
      at.push(i);
    }
  }
  return { out, at };
}

function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", at);
    if (next < 0) return -1;
    at = next + 1;
  }
  return at;
}

/**
 * Sources whose row a rewrite in place wrote over (`read` is `printed` with some characters replaced, offsets and
 * lines kept: crawl-residue.ts's dash for a script's "undefined") cut again from `printed` over the same offsets.
 */
export function sourcesAsPrinted(sources: Record<string, ValueSource>, read: string, printed: string): void {
  if (read === printed || read.length !== printed.length) return;
  const again = new Map<string, string>();
  for (const key in sources) {
    const s = sources[key];
    const id = `${s.line}\n${s.raw}`;
    let raw = again.get(id);
    if (raw === undefined) again.set(id, (raw = rawAsPrinted(s, read, printed) ?? s.raw));
    if (raw !== s.raw) sources[key] = { ...s, raw };
  }
}

/**
 * Whether the rewrite wrote a character of its own in `[a, b)` (a dash for "undefined"): a stretch only blanked to
 * spaces (bold markers, escape sequences) quotes no word the page did not print, and stays as read.
 */
function writesOver(read: string, printed: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = read[i];
    if (c !== printed[i] && c !== " " && c !== "\n") return true;
  }
  return false;
}

function rawAsPrinted(s: ValueSource, read: string, printed: string): string | null {
  const from = lineStart(read, s.line);
  if (from < 0) return null;
  const lineEnd = read.indexOf("\n", from);
  const to = Math.min(read.length, (lineEnd < 0 ? read.length : lineEnd) + RAW_SPAN);
  if (read.slice(from, to) === printed.slice(from, to)) return null;
  const cut = s.raw.endsWith(CUT);
  const raw = cut ? s.raw.slice(0, -1) : s.raw;
  if (raw.length === 0) return null;
  const { out, at } = compactWithOffsets(read, from, to);
  const k = out.indexOf(raw);
  if (k < 0) return null;
  const a = at[k];
  const b = at[k + raw.length - 1];
  if (a < 0 || b < 0 || !writesOver(read, printed, a, b + 1)) return null;
  const quoted = compactRaw(printed, a, b + 1);
  return cut ? `${quoted.slice(0, QUOTE_MAX - 3)}${CUT}` : quoted;
}

/** The shortest run both texts must share to be back in step after a rewritten piece. */
const STEP = 3;
/** The longest rewritten piece (both sides together) looked over. */
const REACH = 64;

/** How far each text skips over a rewritten piece before both print the same again, or null. */
function resync(page: string, plain: string, i: number, j: number): [number, number] | null {
  for (let d = 1; d <= REACH; d++) {
    for (let dj = 0; dj <= d; dj++) {
      const di = d - dj;
      if (i + di > page.length || j + dj > plain.length) continue;
      const p = page.slice(i + di, i + di + STEP);
      if (p === plain.slice(j + dj, j + dj + STEP) && (p.length === STEP || i + di + p.length === page.length))
        return [di, dj];
    }
  }
  return null;
}

/**
 * The offsets in `page` of `plain[from, to)`, where `plain` is `page` with pieces rewritten (叁拾陆件 → 36件,
 * (收到/答复):5/5件 → 收到5件,答复5件): the two are walked side by side, a rewritten piece taken whole; null where
 * they do not come back in step.
 */
export function spanInPage(page: string, plain: string, from: number, to: number): [number, number] | null {
  let i = 0;
  let j = 0;
  let start = -1;
  while (j < to) {
    if (i < page.length && page[i] === plain[j]) {
      if (j === from) start = i;
      i++;
      j++;
      continue;
    }
    const step = resync(page, plain, i, j);
    if (!step) return null;
    if (start < 0 && from < j + step[1]) start = i;
    i += step[0];
    j += step[1];
  }
  return start < 0 ? null : [start, i];
}

/** A count's characters (digits and numerals), and where a clause ends. */
const COUNTED = /[\d零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰]/;
const CLAUSE_END = /[,，。;；]/;

/**
 * A sentence's quote `raw` (cut to QUOTE_MAX with "…") as the page printed it, where the reader read the line
 * rewritten (`rewrite`): the same stretch of the page's line; `raw` itself where the page prints it, or where the
 * stretch is not found.
 */
export function quoteInPage(raw: string, page: string, rewrite: (line: string) => string): string {
  const cut = raw.endsWith(CUT);
  const words = cut ? raw.slice(0, -1) : raw;
  if (words.length === 0 || page.includes(words)) return raw;
  const plain = rewrite(page);
  const k = plain === page ? -1 : plain.indexOf(words);
  if (k < 0) return raw;
  const span = spanInPage(page, plain, k, k + words.length);
  if (!span) return raw;
  // A stretch stopping before the count (行政复议/ of 行政复议/行政诉讼:0/0件) runs on to its clause's end.
  let end = span[1];
  if (COUNTED.test(words) && !COUNTED.test(page.slice(span[0], end))) {
    const stop = page.slice(end).search(CLAUSE_END);
    end = stop < 0 ? page.length : end + stop;
  }
  const quoted = page.slice(span[0], end).trim();
  return cut || quoted.length > QUOTE_MAX ? `${quoted.slice(0, QUOTE_MAX - 3)}${CUT}` : quoted;
}
