/**
 * Bytes → string for plain-text and HTML reports. Chinese reports arrive as UTF-8, UTF-16 (with BOM),
 * GB2312/GBK/GB18030 and, from Taiwan/Hong Kong sources, Big5; nothing here assumes one of them.
 * Order: BOM → strict UTF-8 → <meta charset> (HTML) → GB18030 vs Big5 by common-character score,
 * chardet breaking ties.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import { isUtf8 } from "node:buffer";

export interface DecodedText {
  text: string;
  encoding: string;
}

/** Characters frequent in these reports, in both simplified and traditional forms. */
const COMMON_CHARS = new Set(
  "的年政府信息公开開报報告申请請情况況行机機关關本数數于於人民工作和在为為对對区區市县縣局办辦理不予总總计計".split(
    "",
  ),
);

const WESTERN_CHARSET = /^(?:us-)?ascii$|^iso-?8859|^(?:windows|cp)-?125\d$|^latin/i;

/**
 * `charset`: what the bytes' container declares (an MHTML part's header), trusted like a page's <meta charset> and
 * before it.
 */
export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean; charset?: string } = {}): DecodedText {
  const bom = decodeByBom(bytes) ?? decodeBomlessUtf16(bytes);
  if (bom) return bom;
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  // A Chinese page is never in a western 8-bit charset: such a declaration (us-ascii, iso-8859-1) is a tool's default.
  const declared = opts.charset && !WESTERN_CHARSET.test(opts.charset) ? charsetName(opts.charset) : null;
  const meta = declared ?? (opts.html || looksLikeMarkupBytes(bytes) ? metaCharset(bytes) : null);
  if (meta && meta !== "utf-8") {
    const text = iconv.decode(bytes, meta);
    if (replacementShare(text) < 0.01) return { text, encoding: meta };
  }
  return lossyUtf8(bytes) ?? decodeChinese(bytes);
}

/**
 * A UTF-8 page with a block of broken bytes (a table pasted in after a wrong GBK round trip): the rest is intact
 * everyday Chinese in UTF-8, and read so (the broken bytes become U+FFFD); GBK or Big5 bytes read as UTF-8 are
 * almost all replacement characters, so they never pass.
 */
function lossyUtf8(bytes: Uint8Array): DecodedText | null {
  const text = utf8Lossy.decode(bytes);
  if (replacementShare(text) > 0.1 || commonScore(text) < 0.2 * text.length) return null;
  return { text, encoding: "utf-8" };
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  return null;
}

/**
 * UTF-16 saved without a BOM: the zero high bytes of ASCII (digits, newlines, "|") all fall on one
 * parity. Chinese text is rarely under 5% ASCII, and no 8-bit encoding has NUL bytes at all.
 */
function decodeBomlessUtf16(bytes: Uint8Array): DecodedText | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  // No NUL byte at all (every 8-bit or UTF-8 text): nothing to count (indexOf is a native scan).
  if (n > 0 && bytes.subarray(0, n).indexOf(0) < 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (even + odd < 0.05 * n) return null;
  // Not all: CJK code points ending in 00 (开 U+5F00) put a zero on the other side.
  if (odd >= 0.8 * (even + odd)) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (even >= 0.8 * (even + odd)) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  return null;
}

const utf8Lossy = new TextDecoder("utf-8");

/**
 * The text where the bytes are valid UTF-8, else null. Checked by isUtf8 (a native scan) and then decoded on the fast
 * path: the fatal decoder gives the same text for valid bytes, at about twice the cost.
 */
function tryUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? utf8Lossy.decode(bytes) : null;
}

/** GB18030 (a superset of GB2312/GBK) unless Big5 reads clearly better. */
function decodeChinese(bytes: Uint8Array): DecodedText {
  const gb = iconv.decode(bytes, "gb18030");
  // Clean GB text full of everyday characters needs no second opinion (Big5 bytes read as GBK give
  // rare characters and broken pairs). This keeps the common GBK case to one decode.
  if (replacementShare(gb) === 0 && commonScore(gb) > 0.04 * gb.length) return { text: gb, encoding: "gb18030" };
  const big5 = iconv.decode(bytes, "big5");
  const gbScore = commonScore(gb) - 5 * replacementShare(gb) * gb.length;
  const big5Score = commonScore(big5) - 5 * replacementShare(big5) * big5.length;
  if (big5Score > gbScore) return { text: big5, encoding: "big5" };
  if (gbScore > big5Score) return { text: gb, encoding: "gb18030" };
  // Too little text to tell apart: let chardet's statistics decide.
  const guess = chardet.detect(bytes.subarray(0, 64 * 1024));
  return guess === "Big5" ? { text: big5, encoding: "big5" } : { text: gb, encoding: "gb18030" };
}

function commonScore(text: string): number {
  let n = 0;
  // Every character in COMMON_CHARS is in the BMP, so code units suffice.
  for (let i = 0; i < text.length; i++) if (COMMON_CHARS.has(text[i])) n++;
  return n;
}

function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  // A native scan from one replacement character to the next. A loop by char code left V8's optimized code at its
  // count on every GB page (lossyUtf8's decode is full of U+FFFD) and ran on over the whole text unoptimized.
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) n++;
  return n / text.length;
}

function looksLikeMarkupBytes(bytes: Uint8Array): boolean {
  return /<(html|meta|head|body|table|div|p)\b/i.test(latin1Head(bytes, 2048));
}

function latin1Head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, n)).toString("latin1");
}

/** The charset a page declares in its first 4 KB, mapped to an iconv-lite name we trust. */
function metaCharset(bytes: Uint8Array): string | null {
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_-]{2,30})/i.exec(latin1Head(bytes, 4096));
  return m ? charsetName(m[1]) : null;
}

/** A charset's label mapped to an iconv-lite name we trust, or null. */
function charsetName(name: string): string | null {
  const label = name.toLowerCase();
  if (label === "utf-8" || label === "utf8") return "utf-8";
  if (["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"].includes(label)) return "gb18030";
  if (label === "big5" || label === "big5-hkscs" || label === "x-x-big5") return "big5";
  return iconv.encodingExists(label) ? label : null;
}

/** Line endings → LF; drop NUL and control characters (keeping tab/newline) and zero-width marks. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/;
const CONTROL_CHARS_ALL = new RegExp(CONTROL_CHARS.source, "g");

export function cleanText(text: string): string {
  // Most texts have neither: a test is cheaper than a replace that copies the text.
  const lf = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  return CONTROL_CHARS.test(lf) ? lf.replace(CONTROL_CHARS_ALL, "") : lf;
}
