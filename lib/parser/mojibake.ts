/**
 * UTF-8 text that went once through a GBK decoder before the crawl stored it (a table pasted in from a file saved as
 * UTF-8 and read as GBK): "浜屻�佷富鍔ㄥ叕寮�" for "二、主动公开". Such a run is put back by encoding it to GB18030 again
 * and reading the bytes as UTF-8. Each U+FFFD the wrong decode left stands for one byte it dropped; a character
 * missing one or two bytes is restored only where the template's own wording decides it (the one template character
 * whose bytes fit and that forms a template word with a neighbour: 予以公? → 开, ?计 after 总 → 计), otherwise it
 * stays U+FFFD. Only runs of many valid UTF-8 characters in a row are touched: ordinary Chinese text's GBK bytes
 * almost never make even two. Line breaks are kept (a run never crosses one); the lines a run sits on get shorter.
 * Pages without U+FFFD pay one `indexOf`.
 */
import iconv from "iconv-lite";
import {
  APPLICANTS,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTION2,
  SECTION3,
  SECTION3_RULE_NOTE,
  SECTION3_TITLE,
  SECTION4_TITLE,
  printedLabel,
} from "@/lib/template/modern";

const HOLE = -1;
const FFFD = "\ufffd";
/** A run needs this many whole characters decoded from it before it is taken as mojibake. */
const MIN_CHARS = 6;
/** A guessed character must stand in this many characters of the template's wording; the longest such run wins. */
const MIN_GRAM = 3;
const MAX_GRAM = 6;
/** Neighbouring guesses tried together at most (two guessed neighbours of a few dozen candidates each). */
const MAX_COMBINATIONS = 256;

interface Vocabulary {
  /** Template characters with their UTF-8 bytes. */
  chars: { ch: string; bytes: Uint8Array }[];
  /** Every run of three to six characters of the template's wording. */
  grams: Set<string>;
}

let vocabulary: Vocabulary | null = null;

/** Built on the first page that needs it: the template's printed wording, full-width punctuation too. */
function templateVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  // §三's two header rows read row after row: 申请人情况 自然人 法人或其他组织 总计, then the five kinds of 法人.
  const orgs = APPLICANTS.slice(1, 6)
    .map((a) => a.label)
    .join("");
  const words: string[] = [
    SECTION3_TITLE,
    SECTION3_RULE_NOTE,
    SECTION4_TITLE,
    `申请人情况自然人法人或其他组织总计${orgs}`,
  ];
  for (const rows of Object.values(SECTION3)) for (const row of rows) words.push(printedLabel(row));
  // Header cells in print order: a run of them is one string on the page.
  words.push(APPLICANTS.map((a) => a.label).join(""), REVIEW_RESULTS.map((r) => r.label).join(""));
  for (const g of REVIEW_GROUPS) words.push(g.label, `${g.parent ?? ""}${g.label}`);
  for (const rows of Object.values(SECTION2)) for (const row of rows) words.push(row.label);
  const wide = (w: string): string => w.replace(/[(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const seen = new Set<string>();
  const grams = new Set<string>();
  for (const w of words.flatMap((w) => [w, wide(w)])) {
    for (const ch of w) seen.add(ch);
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n));
  }
  const encoder = new TextEncoder();
  const chars = [...seen].filter((ch) => ch.charCodeAt(0) >= 0x80).map((ch) => ({ ch, bytes: encoder.encode(ch) }));
  vocabulary = { chars, grams };
  return vocabulary;
}

const gbCache = new Map<string, Buffer>();

/** GBK bytes as a decoder reads them (€ for 0x80, private-use characters for the user-defined rows), else GB18030. */
function gbBytes(ch: string): Buffer {
  let b = gbCache.get(ch);
  if (!b) {
    b = iconv.encode(ch, "gbk");
    if (b.length === 1 && b[0] === 0x3f) b = iconv.encode(ch, "gb18030");
    gbCache.set(ch, b);
  }
  return b;
}

/** One decoded character: its bytes (HOLE where the wrong decode dropped one) and where they came from. */
interface Slot {
  bytes: number[];
  /** Token range [from, to). */
  from: number;
  to: number;
  /** false: bytes that are no UTF-8 character (ordinary text, or a lone dropped byte). */
  ok: boolean;
}

const isCont = (b: number): boolean => b === HOLE || (b >= 0x80 && b <= 0xbf);

function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function slotsOf(tokens: number[]): Slot[] {
  const slots: Slot[] = [];
  let p = 0;
  while (p < tokens.length) {
    const b = tokens[p];
    // A dropped byte where a character starts: a CJK character (three bytes) when two continuation bytes follow.
    const len = b === HOLE ? 3 : utf8Length(b);
    let ok = len > 0 && p + len <= tokens.length;
    for (let k = 1; ok && k < len; k++) ok = isCont(tokens[p + k]);
    if (ok && b === HOLE) ok = tokens[p + 1] !== HOLE || tokens[p + 2] !== HOLE;
    const to = ok ? p + len : p + 1;
    slots.push({ bytes: tokens.slice(p, to), from: p, to, ok });
    p = to;
  }
  return slots;
}

function fits(pattern: number[], bytes: Uint8Array): boolean {
  if (pattern.length !== bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== HOLE && pattern[i] !== bytes[i]) return false;
  return true;
}

const utf8 = new TextDecoder("utf-8");

/** Each slot's possible characters: one where all bytes are known, template characters that fit where some are not. */
function candidates(slots: Slot[]): string[][] {
  const vocab = templateVocabulary();
  return slots.map((s) => {
    if (!s.ok) return [FFFD];
    if (!s.bytes.includes(HOLE)) return [utf8.decode(Uint8Array.from(s.bytes))];
    return vocab.chars.filter((c) => fits(s.bytes, c.bytes)).map((c) => c.ch);
  });
}

/** Whether some choice of one character per slot spells a run of the template's wording. */
function spells(sets: string[][], grams: Set<string>): boolean {
  let words = [""];
  for (const set of sets) {
    if (set.length === 0 || words.length * set.length > MAX_COMBINATIONS) return false;
    words = words.flatMap((w) => set.map((c) => w + c));
  }
  return words.some((w) => grams.has(w));
}

/** The longest run of the template's wording that `ch` in slot `i` stands in with its neighbours; 0 if none. */
function support(sets: string[][], i: number, ch: string, grams: Set<string>): number {
  for (let n = MAX_GRAM; n >= MIN_GRAM; n--) {
    for (let from = Math.max(0, i - n + 1); from <= i && from + n <= sets.length; from++) {
      const window = sets.slice(from, from + n);
      window[i - from] = [ch];
      if (spells(window, grams)) return n;
    }
  }
  return 0;
}

/**
 * Keeps, of a guessed slot's characters, those standing in the longest run of the template's wording with their
 * neighbours ((?)总计 → 七 of (七)总计, not 一 or 三 of (一) (三)); none where no run of three is found. A few rounds,
 * so guessed neighbours settle together; a slot left with one character is read so.
 */
function settle(all: string[][], guessed: boolean[]): string[] {
  const { grams } = templateVocabulary();
  // Spaces between header cells ("尚未审结 总计") are not in the template's wording: runs are read across them.
  const at = all.map((_, i) => i).filter((i) => all[i].length !== 1 || all[i][0] !== " ");
  const sets = at.map((i) => all[i]);
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (let i = 0; i < sets.length; i++) {
      if (!guessed[at[i]] || sets[i].length === 0) continue;
      const scores = sets[i].map((c) => support(sets, i, c, grams));
      const best = Math.max(...scores);
      const kept = best === 0 ? [] : sets[i].filter((_, k) => scores[k] === best);
      if (kept.length !== sets[i].length) {
        sets[i] = kept;
        changed = true;
      }
    }
    if (!changed) break;
  }
  at.forEach((slot, i) => {
    all[slot] = sets[i];
  });
  return all.map((s) => (s.length === 1 ? s[0] : FFFD));
}

/** How many characters either side of a guessed one its finding quotes. */
const GUESS_CONTEXT = 3;

/**
 * The run's text put back; U+FFFD for what cannot be, one per gap. Each character restored from the template's
 * wording is noted in `guesses` with its neighbours (开 in 予以公开).
 */
function decodeRun(slots: Slot[], guesses: string[]): string {
  const guessed = slots.map((s) => s.ok && s.bytes.includes(HOLE));
  const chars = settle(candidates(slots), guessed);
  chars.forEach((ch, i) => {
    if (!guessed[i] || ch === FFFD) return;
    const around = chars.slice(Math.max(0, i - GUESS_CONTEXT), i + GUESS_CONTEXT + 1).join("");
    guesses.push(`${ch}(${around.replace(/\ufffd+/g, FFFD).trim()})`);
  });
  return chars.join("").replace(/\ufffd+/g, FFFD);
}

function repairLine(line: string, guesses: string[]): string {
  const tokens: number[] = [];
  /** Index of each character's first token; one entry past the end. */
  const starts: number[] = [];
  for (let i = 0; i < line.length; i++) {
    starts.push(tokens.length);
    const c = line.charCodeAt(i);
    if (c === 0xfffd) tokens.push(HOLE);
    else if (c < 0x80) tokens.push(c);
    else if (c >= 0xd800 && c <= 0xdfff) tokens.push(0xff, 0xff);
    else for (const b of gbBytes(line[i])) tokens.push(b);
  }
  starts.push(tokens.length);
  const charAt = new Map<number, number>();
  starts.forEach((t, i) => charAt.set(t, i));
  const slots = slotsOf(tokens);
  let out = "";
  let done = 0;
  let i = 0;
  while (i < slots.length) {
    // A run: slots that are UTF-8 characters, ASCII or lone dropped bytes, starting and ending on a character's edge.
    if (!slots[i].ok || slots[i].bytes[0] < 0x80 || !charAt.has(slots[i].from)) {
      i++;
      continue;
    }
    let j = i;
    let whole = 0;
    let end = i;
    while (j < slots.length && (slots[j].ok || slots[j].bytes[0] === HOLE)) {
      if (slots[j].ok && slots[j].bytes.length > 1 && !slots[j].bytes.includes(HOLE)) whole++;
      if (charAt.has(slots[j].to)) end = j;
      j++;
    }
    if (whole >= MIN_CHARS && end >= i) {
      const from = charAt.get(slots[i].from) ?? 0;
      const to = charAt.get(slots[end].to) ?? line.length;
      out += line.slice(done, from) + decodeRun(slots.slice(i, end + 1), guesses);
      done = to;
      i = end + 1;
    } else i = j + 1;
  }
  return done === 0 ? line : out + line.slice(done);
}

/** The page with its mojibake runs put back; the same string when there are none. */
export function repairMojibake(text: string): string {
  return repairMojibakeNoting(text).text;
}

/**
 * The page with its mojibake runs put back, and the characters restored from the template's wording (a byte the
 * wrong decode dropped), each with its neighbours: the finding names them as guesses.
 */
export function repairMojibakeNoting(text: string): { text: string; guesses: string[] } {
  const guesses: string[] = [];
  // A byte the wrong decode could not read: one before a digit or a space is in every mojibake table.
  if (text.indexOf(FFFD) < 0) return { text, guesses };
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(FFFD)) continue;
    const fixed = repairLine(lines[i], guesses);
    if (fixed !== lines[i]) {
      lines[i] = fixed;
      changed = true;
    }
  }
  return changed ? { text: lines.join("\n"), guesses } : { text, guesses: [] };
}
