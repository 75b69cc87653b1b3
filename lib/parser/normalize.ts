/**
 * Stage 1: raw document text → normalised text. Line structure is kept exactly (line numbers are the
 * sources of every value), only characters change: spaces, full-width forms, traditional → simplified,
 * pinyin glosses removed.
 */
import { Converter } from "opencc-js";
import { countValue } from "./cn-numbers";
import { NAME_RESTORE, SIMPLIFIED_IN_NAMES } from "./opencc-place-names";
import { traditionalOnlyChars } from "./traditional-chars";

/**
 * Characters (BMP) that exist only in traditional writing: a bitmap, checked per character. Characters that
 * official simplified place names use (乾县, 濛江镇) are left out: a simplified report about 乾县 is not
 * traditional text, and converting it would turn 乾县 into 干县.
 */
const TRADITIONAL_ONLY: Uint8Array = buildTraditionalMap();

function buildTraditionalMap(): Uint8Array {
  const map = new Uint8Array(0x10000);
  for (const c of traditionalOnlyChars()) if (!SIMPLIFIED_IN_NAMES.includes(c)) map[c.charCodeAt(0)] = 1;
  return map;
}

let toSimplified: ((text: string) => string) | null = null;

/** Traditional → simplified, then official place names OpenCC rewrites (澂江街道 → 澄江街道) put back. */
function simplify(text: string): string {
  // Built lazily and once: building the converter loads large dictionaries.
  toSimplified ??= Converter({ from: "tw", to: "cn" });
  let out = toSimplified(text);
  for (const [converted, official] of NAME_RESTORE)
    if (out.includes(converted)) out = out.replaceAll(converted, official);
  return out;
}

export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (TRADITIONAL_ONLY[c] === 1) return true;
  }
  return false;
}

const FULL_WIDTH: Record<string, string> = {
  "，": ",",
  "．": ".",
  "（": "(",
  "）": ")",
  "｜": "|",
  "：": ":",
  "－": "-",
  "／": "/",
  "；": ";",
  "\u00a0": " ",
  "\u3000": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
};

/**
 * CJK radical code points a PDF's text layer gives for everyday characters (⾏政复议 for 行政复议, 局⻓): the Kangxi
 * radicals map to their character by NFKC; the supplement's simplified forms NFKC leaves alone are listed here.
 */
const RADICALS: Record<string, string> = {
  "⻓": "长",
  "⻔": "门",
  "⻢": "马",
  "⻋": "车",
  "⻅": "见",
  "⻚": "页",
  "⻛": "风",
  "⻝": "食",
  "⻘": "青",
  "⻄": "西",
  "⻩": "黄",
  "⻬": "齐",
  "⻨": "麦",
  "⻆": "角",
  "⻰": "龙",
  "⻉": "贝",
  "⻊": "足",
};

/**
 * Characters a page never shows, which a site, a crawler or a converter writes anywhere in a line, inside a figure or
 * a label (平潭综合¦实验区, 18¦7 with soft hyphens every 12 characters): soft hyphen, combining grapheme joiner,
 * Arabic letter mark, Mongolian vowel separator, zero-width space / non-joiner / joiner, the direction marks and
 * embeddings, word joiner, invisible operators, the isolates and deprecated format marks, variation selectors, a
 * BOM mid-text, interlinear annotation marks. They neither part two cells nor join them: dropped, so "1\u00ad87"
 * reads as the 187 it shows and "不\u00ad同意公开" as 不同意公开.
 */
const INVISIBLE =
  String.raw`\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f` +
  String.raw`\ufe00-\ufe0f\ufeff\ufff9-\ufffb`;

// One pass over the characters that need a change; full-width digits/letters are computed.
const CHAR_RE = new RegExp(
  String.raw`[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a，．（）｜：－／；\u00a0\u3000\u2002\u2003\u2009` +
    String.raw`\u2ec4-\u2ef0\u2f00-\u2fd5\uf900-\ufaff${INVISIBLE}]`,
  "g",
);

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x2f00 && code <= 0x2fd5) return ch.normalize("NFKC");
  if (code >= 0x2ec4 && code <= 0x2ef0) return RADICALS[ch] ?? ch;
  // A CJK compatibility ideograph (年 U+F98E, 不 U+F967, a PDF font's glyph for 年, 不): NFKC gives the unified
  // character it stands for; the dozen in the block that are unified characters themselves stay as they are.
  if (code >= 0xf900 && code <= 0xfaff) return ch.normalize("NFKC");
  if (code >= 0xff01 && code <= 0xff5e && /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(ch)) {
    return String.fromCharCode(code - 0xfee0);
  }
  // What CHAR_RE matches besides the above is an invisible character.
  return FULL_WIDTH[ch] ?? "";
}

// A parenthesised pinyin syllable directly after a CJK character: 鄉(xiāng), 發(fā). The letter class is
// bounded ({1,7}) and there is no nesting, so the regex cannot backtrack badly.
const PINYIN_RE = /([\u3400-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7})\)/g;
const TONE_RE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

function dropPinyin(text: string): string {
  // Only a syllable with a tone mark is a gloss; "(a)" after a character may be real text.
  return text.replace(PINYIN_RE, (all, han: string, syl: string) => (TONE_RE.test(syl) ? han : all));
}

/** A digit word's value is its place here; 〇 and ○ are written for 零 in dates. */
const CN_DIGITS = "零一二三四五六七八九";
const cnDigit = (c: string): number => {
  const at = CN_DIGITS.indexOf(c === "〇" || c === "○" ? "零" : c);
  return at < 0 ? Number.NaN : at;
};

/**
 * A date written in Chinese numerals ("二〇一五年度", "二○一一年元月二十日", "二零二三年十二月三十一日"): the year
 * digit by digit, a month or day as a number word (十二, 二十, 三十一). Only a four-character year of 19xx / 20xx
 * is taken ("二〇一五年"; "一五年" or "三年" are no years), and a month or day only right after it.
 */
const CN_DATE_RE =
  /([一二][〇○零一二三四五六七八九]{3})(\s*年)(?:([元正一二三四五六七八九十]{1,3})(\s*月)(?:([一二三四五六七八九十]{1,3})(\s*[日号]))?)?/g;

function cnNumber(word: string): number {
  return word === "元" || word === "正" ? 1 : countValue(word);
}

function arabicDate(all: string, y: string, nian: string, m?: string, yue = "", d?: string, ri = ""): string {
  const year = [...y].map(cnDigit).join("");
  if (!/^(?:19|20)\d\d$/.test(year)) return all;
  const month = m ? cnNumber(m) : 0;
  if (!m || !(month >= 1 && month <= 12)) return year + all.slice(y.length);
  const day = d ? cnNumber(d) : 0;
  const rest = d ? (day >= 1 && day <= 31 ? `${day}${ri}` : d + ri) : "";
  return `${year}${nian}${month}${yue}${rest}`;
}

/** Dates in Chinese numerals → Arabic digits, so a year or a signature date written so reads like any other. */
export function arabicDates(text: string): string {
  if (!/[〇○零]/.test(text)) return text;
  return text.replace(CN_DATE_RE, arabicDate);
}

/**
 * A figure's thousands groups set apart by a narrow no-break space ("6\u202f352", "1\u202f036.52", a spreadsheet's
 * export in a locale that groups so): one figure. The character never parts two cells (it is a no-break space).
 */
const NARROW_GROUP_RE = /(\d)\u202f(?=\d{3}(?!\d))/g;

export function normalizeText(raw: string): string {
  let text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  if (text.indexOf("\u202f") >= 0) text = text.replace(NARROW_GROUP_RE, "$1");
  text = text.replace(CHAR_RE, mapChar);
  if (text.indexOf("(") >= 0) text = dropPinyin(text);
  if (hasTraditional(text)) text = simplify(text);
  return arabicDates(text);
}
