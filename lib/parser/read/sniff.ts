/** What a file is, judged from its first bytes (never from its name). */

export type SniffedKind = "pdf" | "zip" | "ole" | "text" | { refuse: string };

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "an image (PNG)" },
  { bytes: [0xff, 0xd8, 0xff], what: "an image (JPEG)" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "an image (GIF)" },
  { bytes: [0x42, 0x4d], what: "an image (BMP)" },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: "an image (TIFF)" },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: "an image (TIFF)" },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: "a RAR archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: "a 7-Zip archive" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document, which is not supported" },
];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

/** Position of "%PDF-" in the first 1 KB (some servers prepend junk), or -1. */
function pdfOffset(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - 5, 1024);
  // From one "%" to the next (indexOf is a native scan; most texts print none in their first 1 KB).
  const head = bytes.subarray(0, Math.max(0, end + 1));
  for (let i = head.indexOf(0x25); i >= 0; i = head.indexOf(0x25, i + 1)) {
    if (bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46) return i;
  }
  return -1;
}

export function sniffKind(bytes: Uint8Array): SniffedKind {
  if (pdfOffset(bytes) >= 0) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  // OLE2 compound file: Word 97–2003 .doc, but also .xls, .ppt and encrypted DOCX (doc-to-text tells them apart).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "ole";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { refuse: "an image (WebP)" };
  }
  for (const sig of SIGNATURES) if (startsWith(bytes, sig.bytes)) return { refuse: sig.what };
  return "text";
}

/** The characters looksBinary counts as noise: controls but tab, line breaks and U+0007, and U+FFFD. */
const NOISE_CHAR = /[\u0000-\u0006\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/**
 * True when decoded text is really binary noise: many control or replacement characters.
 * Reports are prose and tables, so even 2% of such characters means the bytes are not text. Two exceptions: the
 * cell marks (U+0007) of a Word .doc's raw text, which part cells like tabs; and replacement characters in a page
 * that is mostly Chinese (a table block decoded in the wrong encoding, the rest intact): read what is readable.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 100_000);
  if (n === 0) return false;
  // Most texts hold neither kind at all: one regex scan rules the count out (the same characters as the loop's).
  if (!NOISE_CHAR.test(n < text.length ? text.slice(0, n) : text)) return false;
  let control = 0;
  let replaced = 0;
  let cjk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c === 0xfffd) replaced++;
    else if ((c < 0x20 && c !== 7 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) control++;
  }
  return control / n > 0.02 || ((replaced + control) / n > 0.02 && cjk / n < 0.5);
}
