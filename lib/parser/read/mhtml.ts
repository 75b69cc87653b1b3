/**
 * MHTML → HTML. A page saved as one file by Internet Explorer, Word ("单个文件网页", .mht) or Chrome (.mhtml) is a
 * MIME multipart message: headers, then parts between boundary lines, the page's HTML a part encoded as
 * quoted-printable (=E5=B9=B4, "=" ending a line that goes on) or base64, in the charset its part header names
 * (gb2312 from Word, often). Decided by content, never by the file's name: a Content-Type: multipart/… header with a
 * boundary in the file's opening header block. Whatever comes before that block (a crawler's own header lines) is
 * kept as text.
 */
import { decodeBytes } from "./decode-text";

export interface MhtmlPages {
  /** Text before the message's headers, decoded as a text file's would be ("" when the file opens with them). */
  prefix: string;
  /** Every text/html part, decoded, in the file's order (the page first; frames it embeds after). */
  html: string[];
  encoding: string;
}

/** Cheap test on a text's head before any MIME parsing: a multipart Content-Type header. */
const MULTIPART_HEADER = /^content-type:[ \t]*multipart\/[a-z]+/im;
const HEADER_LINE = /^[!-9;-~]+:|^[ \t]/;
const MAX_PARTS = 200;
const MAX_DEPTH = 3;

/** True when a text's head (its first few KB) opens a MIME multipart message, such as a saved .mht page. */
export function looksLikeMhtml(head: string): boolean {
  return head.includes("ultipart/") && MULTIPART_HEADER.test(head);
}

/** The HTML parts of an MHTML file, or null when its bytes are not a multipart message holding one. */
export function readMhtml(bytes: Uint8Array): MhtmlPages | null {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  const m = MULTIPART_HEADER.exec(raw.slice(0, 16_384));
  if (!m) return null;
  const start = headerBlockStart(raw, m.index);
  const end = blankLineAfter(raw, m.index);
  if (end < 0) return null;
  const html: string[] = [];
  let encoding = "";
  const onHtml = (page: { text: string; encoding: string }) => {
    html.push(page.text);
    encoding ||= page.encoding;
  };
  readEntity(raw, start, end, 0, onHtml);
  if (html.length === 0) return null;
  const prefix = start > 0 ? decodeBytes(bytes.subarray(0, start)).text : "";
  return { prefix, html, encoding };
}

/** The first line of the header block holding `at`: earlier lines that are headers or their continuations. */
function headerBlockStart(raw: string, at: number): number {
  let start = raw.lastIndexOf("\n", at - 1) + 1;
  while (start > 0) {
    const prev = raw.lastIndexOf("\n", start - 2) + 1;
    const line = raw.slice(prev, start - 1).replace(/\r$/, "");
    if (!HEADER_LINE.test(line)) break;
    start = prev;
  }
  return start;
}

/** Where the body after a header block begins (after its blank line, looked for before `end`), or -1. */
function blankLineAfter(raw: string, at: number, end = raw.length): number {
  const m = /\r?\n\r?\n/.exec(raw.slice(at, end));
  return m ? at + m.index + m[0].length : -1;
}

/** Headers of a block, unfolded, by lower-cased name (the first of each name). */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function param(value: string, name: string): string {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, "i").exec(value);
  return m ? (m[1] ?? m[2]) : "";
}

/** One MIME entity (headers from `start`, body from `bodyStart`): its HTML parts go to `onHtml`, nested ones too. */
function readEntity(
  raw: string,
  start: number,
  bodyStart: number,
  depth: number,
  onHtml: (page: { text: string; encoding: string }) => void,
): void {
  const headers = parseHeaders(raw.slice(start, bodyStart));
  const type = headers.get("content-type") ?? "text/plain";
  const mediaType = type.split(";")[0].trim().toLowerCase();
  if (mediaType.startsWith("multipart/")) {
    const boundary = param(type, "boundary");
    if (!boundary || depth >= MAX_DEPTH) return;
    for (const [partStart, partEnd] of partsOf(raw, bodyStart, boundary)) {
      const partBody = blankLineAfter(raw, partStart, partEnd);
      if (partBody < 0) continue;
      const sub = parseHeaders(raw.slice(partStart, partBody));
      const subType = (sub.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
      if (subType.startsWith("multipart/")) readEntity(raw, partStart, partBody, depth + 1, onHtml);
      else if (subType === "text/html") onHtml(decodePart(raw.slice(partBody, partEnd), sub));
    }
  }
}

/** [start, end) of each part between boundary lines ("--boundary"; "--boundary--" closes the message). */
function partsOf(raw: string, from: number, boundary: string): [number, number][] {
  const delimiter = `--${boundary}`;
  const parts: [number, number][] = [];
  let at = raw.indexOf(delimiter, from);
  while (at >= 0 && parts.length < MAX_PARTS) {
    const after = at + delimiter.length;
    if (raw.startsWith("--", after)) break;
    const lineEnd = raw.indexOf("\n", after);
    if (lineEnd < 0) break;
    const next = raw.indexOf(`\n${delimiter}`, lineEnd);
    const end = next < 0 ? raw.length : next;
    parts.push([lineEnd + 1, end > 0 && raw[end - 1] === "\r" ? end - 1 : end]);
    at = next < 0 ? -1 : next + 1;
  }
  return parts;
}

/** A part's body → text: its transfer encoding undone, then its declared charset (or the page's own) applied. */
function decodePart(body: string, headers: Map<string, string>): { text: string; encoding: string } {
  const transfer = (headers.get("content-transfer-encoding") ?? "").trim().toLowerCase();
  let bytes: Uint8Array;
  if (transfer === "quoted-printable") bytes = decodeQuotedPrintable(body);
  else if (transfer === "base64") bytes = Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
  else bytes = Buffer.from(body, "latin1");
  return decodeBytes(bytes, { html: true, charset: param(headers.get("content-type") ?? "", "charset") });
}

/** Quoted-printable → bytes: "=" at a line's end joins it to the next; =XX is one byte; all else as it stands. */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const out = Buffer.alloc(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x3d) {
      out[n++] = c & 0xff;
      continue;
    }
    const hex = body.slice(i + 1, i + 3);
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out[n++] = Number.parseInt(hex, 16);
      i += 2;
      continue;
    }
    // A soft line break: "=" with only spaces or tabs before the line's end.
    let j = i + 1;
    while (body[j] === " " || body[j] === "\t") j++;
    if (body[j] === "\r" && body[j + 1] === "\n") i = j + 1;
    else if (body[j] === "\n" || j >= body.length) i = j;
    else out[n++] = c;
  }
  return out.subarray(0, n);
}
