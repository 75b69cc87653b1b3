/**
 * Which of a set of units a report's text names. One pass over the head and footer of the text finds all
 * of them at once, so settling a name repeated 88 times (城关镇) costs one scan, not hundreds of searches.
 */
import { contextVariants, longestMentionAt } from "./name-index";

/** Report head and footer carry the place names (title, 来源, 主办); the middle is mostly figures. */
const TEXT_HEAD = 4000;
const TEXT_TAIL = 2000;

/** Reused between calls (and cleared after each) so a scan allocates nothing large. */
const firstChars = new Uint8Array(65536);

function contextWindow(text: string): string {
  return text.length <= TEXT_HEAD + TEXT_TAIL ? text : `${text.slice(0, TEXT_HEAD)}\n${text.slice(-TEXT_TAIL)}`;
}

/**
 * True when a longer place name of other units starts where `needle` does: 朝阳 in 北京市朝阳区 is the
 * district, not 朝阳市. Checked only where a needle matched, so it costs nothing on most positions.
 */
function insideOtherName(window: string, i: number, needle: string, code: string): boolean {
  const longest = longestMentionAt(window, i);
  return longest !== null && longest.text.length > needle.length && !longest.hits.some((h) => h.unit.code === code);
}

/** Codes among `codes` whose full name or a safe short form appears in the text. */
export function unitsNamedIn(text: string, codes: Iterable<string>): Set<string> {
  // Needles grouped by first character; a 64K bitmap of first characters makes the scan cheap.
  const byFirst = new Map<number, Array<[string, string]>>();
  for (const code of codes) {
    for (const v of contextVariants(code)) {
      const c = v.charCodeAt(0);
      firstChars[c] = 1;
      const list = byFirst.get(c);
      if (list) list.push([v, code]);
      else byFirst.set(c, [[v, code]]);
    }
  }
  const named = new Set<string>();
  const window = contextWindow(text);
  for (let i = 0; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (firstChars[c] === 0) continue;
    for (const [needle, code] of byFirst.get(c) ?? []) {
      if (!named.has(code) && window.startsWith(needle, i) && !insideOtherName(window, i, needle, code)) {
        named.add(code);
      }
    }
  }
  for (const c of byFirst.keys()) firstChars[c] = 0;
  return named;
}
