/**
 * Bytes → DocumentText. The kind comes from the bytes, never the file name; every path is bounded
 * (input size, PDF pages and time, ZIP inflation) and failures come back as one English sentence.
 */
import type { DocumentText, Finding, Result } from "../types";
import { cleanText, decodeBytes } from "./decode-text";
import { docToText } from "./doc-to-text";
import { docxToText } from "./docx-to-text";
import { htmlToText } from "./html-to-text";
import { looksLikeMhtml, readMhtml } from "./mhtml";
import { pdfToText } from "./pdf-to-text";
import { looksBinary, sniffKind } from "./sniff";

export interface ReadOptions {
  /** Largest input accepted (default 50 MB). */
  maxBytes?: number;
  /** Time limit for DOCX and DOC reading, and the CPU time a PDF may take (default 20 s). */
  timeoutMs?: number;
  /** PDF pages read at most (default 300). */
  maxPages?: number;
}

const DEFAULTS = { maxBytes: 50 * 1024 * 1024, timeoutMs: 20_000, maxPages: 300 };
/** Markup near the start means HTML; reports in plain text never open with a tag. */
const MARKUP_START = /<(?:!doctype\s+html|html|head|body|table|p|div|meta|title|tr|td)[\s>/]/i;
/** XHTML in another XML vocabulary: its elements carry the prefix the document binds the namespace to (<h:table>). */
const XHTML_START = /xmlns:[A-Za-z][\w.-]{0,20}\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/;

function fail(error: string): Result<DocumentText> {
  return { value: null, issues: [], error };
}

export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadOptions = {},
): Promise<Result<DocumentText>> {
  try {
    return await readBounded(bytes, { ...DEFAULTS, ...opts });
  } catch (e) {
    // Defence in depth: the readers return errors as values, but a library may still throw.
    const msg = e instanceof Error ? e.message : String(e);
    return fail(`The file could not be read (${fileName}): ${msg.split("\n")[0].slice(0, 200)}.`);
  }
}

async function readBounded(bytes: Uint8Array, opts: Required<ReadOptions>): Promise<Result<DocumentText>> {
  if (bytes.length === 0) return fail("The file is empty.");
  if (bytes.length > opts.maxBytes) {
    return fail(`The file is too large (${bytes.length} bytes; limit ${opts.maxBytes}).`);
  }
  const kind = sniffKind(bytes);
  if (typeof kind === "object") return fail(`Not a report: the file is ${kind.refuse}.`);
  if (kind === "pdf") return readPdf(bytes, opts);
  if (kind === "zip") {
    const res = await withTimeout(docxToText(bytes), opts.timeoutMs, "DOCX took too long to read.");
    return "error" in res ? fail(res.error) : done(res.text, "docx", "utf-8");
  }
  if (kind === "ole") {
    const res = await withTimeout(docToText(bytes), opts.timeoutMs, "DOC took too long to read.");
    // Word 97 stores text as UTF-16LE (cp1252 only for runs that fit it).
    return "error" in res ? fail(res.error) : done(res.text, "doc", "utf-16le");
  }
  return readText(bytes);
}

function readText(bytes: Uint8Array): Result<DocumentText> {
  const { text, encoding } = decodeBytes(bytes);
  if (looksBinary(text)) return fail("Not a report: the file is binary data, not text.");
  if (looksLikeMhtml(text.slice(0, 8192))) {
    const mhtml = readMhtml(bytes);
    if (mhtml) {
      const pages = mhtml.html.map(htmlToText);
      return done([mhtml.prefix, ...pages].join("\n"), "html", mhtml.encoding);
    }
  }
  const head = text.slice(0, 2048);
  if (MARKUP_START.test(head) || (head.includes("1999/xhtml") && XHTML_START.test(head)))
    return done(htmlToText(text), "html", encoding);
  return done(text, "text", encoding);
}

/**
 * Aborts when reading has used `limitMs` of this process's CPU time, or four times that in wall time. pdfjs runs on
 * this thread, so CPU time is what a slow PDF costs; counted in wall time, a machine busy with other work failed an
 * ordinary 290 KB report (13 s wall for 5 s CPU at load 6); the wall cap still ends a read that stalls.
 */
export function cpuBudget(limitMs: number): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const timer = setInterval(
    () => {
      const used = process.cpuUsage(cpu0);
      const cpuMs = (used.user + used.system) / 1000;
      if (cpuMs >= limitMs || performance.now() - wall0 >= 4 * limitMs) controller.abort();
    },
    Math.min(250, limitMs),
  );
  return { signal: controller.signal, stop: () => clearInterval(timer) };
}

async function readPdf(bytes: Uint8Array, opts: Required<ReadOptions>): Promise<Result<DocumentText>> {
  const budget = cpuBudget(opts.timeoutMs);
  try {
    const res = await pdfToText(bytes, opts.maxPages, budget.signal);
    if ("error" in res) return fail(res.error);
    const issues: Finding[] = [];
    if (res.pagesRead < res.pages) {
      issues.push({
        rule: "P0",
        severity: "warning",
        keys: [],
        message: `Only the first ${res.pagesRead} of ${res.pages} PDF pages were read.`,
      });
    }
    const result = done(res.text, "pdf", "pdf");
    return result.value ? { ...result, issues } : result;
  } finally {
    budget.stop();
  }
}

/** A space or tab ending a line (a line ends at \n, \r, U+2028 or U+2029, as /$/m has it). */
const SPACE_AT_LINE_END = /[ \t](?:[\n\r\u2028\u2029]|$)/;
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Spaces and tabs ending each line removed, in one pass over the text. A regex (/[ \t]+$/gm or a lookahead) retries
 * every run of spaces inside a line, quadratic in the run's length; most texts have none at a line's end at all.
 */
function trimLineEnds(text: string): string {
  if (!SPACE_AT_LINE_END.test(text)) return text;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineEnd(text.charCodeAt(i))) continue;
    let end = i;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    parts.push(text.slice(start, end));
    if (i < text.length) parts.push(text[i]);
    start = i + 1;
  }
  return parts.join("");
}

function done(raw: string, kind: DocumentText["kind"], encoding: string): Result<DocumentText> {
  const text = trimLineEnds(cleanText(raw)).trim();
  if (!/\S/.test(text)) {
    return fail(kind === "pdf" ? "PDF has no text layer (scanned image); it needs OCR." : "The file contains no text.");
  }
  return { value: { text, kind, encoding }, issues: [] };
}

async function withTimeout<T extends object>(
  p: Promise<T>,
  ms: number,
  message: string,
): Promise<T | { error: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ error: message }), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
