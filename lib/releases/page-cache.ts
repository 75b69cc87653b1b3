/**
 * The server-side cache of pinned responses: a page or API answer with `rel=` never changes, so it is
 * rendered once and then served from memory. Bounded by bytes (NIANBAO_PAGE_CACHE_MB, default 64), least recently
 * used first out.
 *
 * CSP: a page carries the per-request nonce of proxy.ts in its <script nonce> attributes. Serving one stored nonce
 * to everyone would make it public and predictable, and any markup injected into a page could then carry it. So
 * every response from the cache gets a fresh nonce: the stored one (random, 128 bits, unknown before the page was
 * rendered, so no data in the page can contain it) is replaced in the body and in the CSP header.
 *
 * Cost per response: the body is kept as UTF-8 bytes cut at the stored nonce, so an answer is its parts with the new
 * nonce between them (no string search, no re-encoding of 100–150 KB per request). Text answers are also kept
 * gzipped, part by part: each part is a deflate stream of its own ended by a full flush (no back-reference crosses a
 * nonce), the nonce goes between them as a stored (uncompressed) block, and only the CRC-32 of the whole is computed
 * per response. So a browser's gzip answer costs a CRC instead of compressing the page again.
 */
import { crc32, constants, deflateRawSync } from "node:zlib";
import { LRUCache } from "lru-cache";

export interface CachedResponse {
  status: number;
  contentType: string;
  /** Content-Disposition of a CSV export. */
  disposition: string | null;
  /** The body cut at every occurrence of `nonce`: the answer is parts[0], nonce, parts[1], … (one part: no nonce). */
  parts: Buffer[];
  /** Text answers: each part deflated on its own (see above); null for bytes (the .xlsx workbook, sent as is). */
  deflated: Buffer[] | null;
  /** The nonce the page was rendered with (null: not HTML, or no nonce). */
  nonce: string | null;
  etag: string;
}

const MB = 1024 * 1024;
const maxSize = Math.max(1, Number(process.env.NIANBAO_PAGE_CACHE_MB) || 64) * MB;

const total = (bufs: Buffer[]) => bufs.reduce((n, b) => n + b.byteLength, 0);
const sizeOf = (e: CachedResponse) => total(e.parts) + (e.deflated ? total(e.deflated) : 0) + 256;

const cache = new LRUCache<string, CachedResponse>({ maxSize, sizeCalculation: sizeOf });

/** Text answers below this size are not worth gzipping (the threshold Next's own compression uses). */
const GZIP_MIN_BYTES = 1024;

/** A cache entry for an answer rendered with `nonce`: text is cut at the nonce and deflated part by part. */
export function makeEntry(
  body: string | Uint8Array,
  meta: { status: number; contentType: string; disposition: string | null; etag: string; nonce: string | null },
): CachedResponse {
  if (typeof body !== "string") return { ...meta, nonce: null, parts: [Buffer.from(body)], deflated: null };
  const nonce = meta.nonce && body.includes(meta.nonce) ? meta.nonce : null;
  const parts = (nonce ? body.split(nonce) : [body]).map((p) => Buffer.from(p, "utf8"));
  const deflated =
    total(parts) < GZIP_MIN_BYTES
      ? null
      : parts.map((p, i) => deflateRawSync(p, i < parts.length - 1 ? { finishFlush: constants.Z_FULL_FLUSH } : {}));
  return { ...meta, nonce, parts, deflated };
}

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

/** Whether an answer of this Content-Type is text (its nonce swapped, gzip offered) or bytes. */
export function isText(contentType: string): boolean {
  // Not a bare "xml" anywhere: the workbook's type is application/vnd.openxmlformats-….
  return /^(text\/|application\/(json|javascript|xml)\b)|\+(json|xml)\b/i.test(contentType);
}

/** The answer's bytes with `nonce` in place of the stored one, as chunks to send in order (no copy of the parts). */
export function bodyChunks(entry: CachedResponse, nonce: string): Buffer[] {
  if (entry.parts.length === 1) return entry.parts;
  const n = Buffer.from(nonce, "latin1");
  return entry.parts.flatMap((p, i) => (i === 0 ? [p] : [n, p]));
}

/** A deflate stored block holding `data` (< 64 KiB), not the last block: header 0, then LEN and its complement. */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

/** gzip header: deflate, no name or time, unknown OS (RFC 1952 §2.3). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** The same answer as `bodyChunks`, gzipped (null: kept as bytes only, or too small to be worth it). */
export function gzipChunks(entry: CachedResponse, nonce: string): Buffer[] | null {
  if (!entry.deflated) return null;
  const plain = bodyChunks(entry, nonce);
  let crc = 0;
  // Empty chunks skipped: Node 20's crc32 of a zero-length Buffer returns 0, not the running value.
  for (const chunk of plain) if (chunk.byteLength) crc = crc32(chunk, crc);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(total(plain) % 2 ** 32, 4);
  const block = entry.nonce ? storedBlock(Buffer.from(nonce, "latin1")) : null;
  const body = entry.deflated.flatMap((d, i) => (i === 0 || !block ? [d] : [block, d]));
  return [GZIP_HEADER, ...body, trailer];
}

/** Whether an Accept-Encoding header value admits gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | null | undefined): boolean {
  const m = acceptEncoding?.match(/(?:^|,)\s*(?:gzip|\*)\s*(?:;\s*q=([0-9.]+))?\s*(?=,|$)/i);
  return !!m && (m[1] === undefined || Number(m[1]) > 0);
}

/** Byte count of a list of chunks. */
export function chunksLength(chunks: Buffer[]): number {
  return total(chunks);
}
