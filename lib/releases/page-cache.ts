/**
 * The server-side cache of pinned responses: a page or API answer with `rel=` never changes, so it is
 * rendered once and then served from memory. Bounded by bytes (NIANBAO_PAGE_CACHE_MB, default 64), least recently
 * used first out.
 *
 * CSP: a page carries the per-request nonce of proxy.ts in its <script nonce> attributes. Serving one stored nonce
 * to everyone would make it public and predictable, and any markup injected into a page could then carry it. So
 * every response from the cache gets a fresh nonce: the stored one (random, 128 bits, unknown before the page was
 * rendered, so no data in the page can contain it) is replaced in the body and in the CSP header. Swapping costs a
 * string replace per response instead of a render.
 */
import { LRUCache } from "lru-cache";

export interface CachedResponse {
  status: number;
  contentType: string;
  /** Content-Disposition of a CSV export. */
  disposition: string | null;
  /** Text answers (pages, JSON, CSV) as text; binary ones (the .xlsx workbook) as their bytes, never decoded. */
  body: string | Uint8Array;
  /** The nonce the page was rendered with (null: not HTML, or no nonce). */
  nonce: string | null;
  etag: string;
}

const MB = 1024 * 1024;
const maxSize = Math.max(1, Number(process.env.NIANBAO_PAGE_CACHE_MB) || 64) * MB;

/** Strings are UTF-16 in V8: two bytes a character is the bound that holds whatever the text. */
const sizeOf = (e: CachedResponse) => (typeof e.body === "string" ? 2 * e.body.length : e.body.byteLength) + 256;

const cache = new LRUCache<string, CachedResponse>({ maxSize, sizeCalculation: sizeOf });

export function getCached(key: string): CachedResponse | undefined {
  return cache.get(key);
}

export function putCached(key: string, entry: CachedResponse): void {
  if (sizeOf(entry) <= maxSize / 8) cache.set(key, entry); // one huge answer must not flush the rest
}

export function cacheStats(): { entries: number; bytes: number; maxBytes: number } {
  return { entries: cache.size, bytes: cache.calculatedSize, maxBytes: maxSize };
}

/** The nonce in a CSP header value (`'nonce-…'`). */
export function nonceOf(csp: string | null): string | null {
  return csp?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

/** The stored body with its nonce replaced by this response's own. */
export function withNonce(entry: CachedResponse, nonce: string): string | Uint8Array<ArrayBuffer> {
  if (typeof entry.body !== "string") return new Uint8Array(entry.body);
  return entry.nonce ? entry.body.replaceAll(entry.nonce, nonce) : entry.body;
}

/** Whether an answer of this Content-Type is text (kept as a string, its nonce swapped) or bytes. */
export function isText(contentType: string): boolean {
  // Not a bare "xml" anywhere: the workbook's type is application/vnd.openxmlformats-….
  return /^(text\/|application\/(json|javascript|xml)\b)|\+(json|xml)\b/i.test(contentType);
}
