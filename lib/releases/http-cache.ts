/**
 * HTTP caching of pages and API answers by release, run by proxy.ts before anything renders:
 * - pinned (`rel=` naming an existing release): `Cache-Control: public, max-age=31536000, immutable` and an ETag;
 *   the answer is rendered once (a loopback request to this same server) and then served from the bounded cache
 *   of lib/releases/page-cache.ts with a fresh CSP nonce each time;
 * - everything else GET: a weak ETag from the latest release, and 304 Not Modified to a matching If-None-Match.
 * The latest release is asked of this server (GET /api/releases/latest) at most once a second: the proxy bundle
 * does not open the database itself.
 */
import { parseRel } from "@/lib/url-state";
import { pinnablePath } from "./pinnable";

export { pinnablePath };
import {
  acceptsGzip,
  bodyChunks,
  cacheStats,
  chunksLength,
  getCached,
  gzipChunks,
  isText,
  makeEntry,
  nonceOf,
  putCached,
  type CachedResponse,
} from "./page-cache";

const IMMUTABLE = "public, max-age=31536000, immutable";

const FILL_HEADER = "x-nianbao-fill";
/**
 * Marks this server's own requests (fills, latest): they render normally. Random per process, so no client can pass as
 * one.
 */
const FILL_TOKEN = crypto.randomUUID();
/** A restart (perhaps new code) changes every ETag, so no browser keeps a page of the previous build. */
const BOOT = Date.now().toString(36);

function selfOrigin(): string {
  // Never the request's Host: a forged Host header must not choose what is fetched and cached for everyone.
  return process.env.NIANBAO_SELF_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

let latest: { at: number; id: Promise<number | null> } | null = null;
const LATEST_MS = 1_000;

function latestRelease(): Promise<number | null> {
  if (latest && Date.now() - latest.at < LATEST_MS) return latest.id;
  const id = fetch(`${selfOrigin()}/api/releases/latest`, { headers: { [FILL_HEADER]: FILL_TOKEN } })
    .then(async (res) => (res.ok ? Number(((await res.json()) as { latest: number | null }).latest ?? 0) : null))
    .catch(() => null);
  latest = { at: Date.now(), id };
  return id;
}

/** FNV-1a of the path: the pinned ETag names the resource, not only its release. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A request's header by its lower-case name: Web `Headers` and Node's `IncomingHttpHeaders` both fit. */
export type HeaderOf = (name: string) => string | null;

function matches(header: HeaderOf, etag: string): boolean {
  const sent = header("if-none-match");
  return !!sent && sent.split(",").some((t) => t.trim() === etag || t.trim() === "*");
}

/** Requests whose answer is the page or API document itself (not a client navigation's RSC payload, not assets). */
export function cacheable(method: string, url: URL, header: HeaderOf): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (header(FILL_HEADER) === FILL_TOKEN) return false;
  if (header("rsc") !== null || header("next-router-prefetch") !== null || url.searchParams.has("_rsc")) return false;
  return !url.pathname.startsWith("/_next/");
}

const filling = new Map<string, Promise<CachedResponse | null>>();

/** Renders `key` once through this server (concurrent misses share the one render) and keeps a 200 answer. */
function fill(key: string, request: Request, etag: string): Promise<CachedResponse | null> {
  let p = filling.get(key);
  if (!p) {
    p = (async () => {
      const res = await fetch(`${selfOrigin()}${key}`, {
        headers: {
          accept: request.headers.get("accept") ?? "*/*",
          "accept-encoding": "identity",
          [FILL_HEADER]: FILL_TOKEN,
        },
      });
      const contentType = res.headers.get("content-type") ?? "text/plain";
      // A workbook is bytes: decoding it as text would corrupt every cached copy.
      const body = isText(contentType) ? await res.text() : new Uint8Array(await res.arrayBuffer());
      if (res.status !== 200) return null;
      const entry = makeEntry(body, {
        status: res.status,
        etag,
        nonce: nonceOf(res.headers.get("content-security-policy")),
        contentType,
        disposition: res.headers.get("content-disposition"),
      });
      putCached(key, entry);
      return entry;
    })()
      .catch(() => null)
      .finally(() => filling.delete(key));
    filling.set(key, p);
  }
  return p;
}

export type CacheDecision =
  /** Answer with this (304, or a pinned answer from the cache). */
  | { respond: Response }
  /** Render as usual, adding these headers (the unpinned ETag). */
  | { pass: Record<string, string> };

/** What a pinned answer from the cache is made of (the security headers aside: the caller adds them). */
export interface PinnedAnswer {
  status: number;
  headers: Array<[string, string]>;
  /** The body in order (null: HEAD or 304). */
  chunks: Buffer[] | null;
}

const pinnedHeaders = (etag: string): Array<[string, string]> => [
  ["ETag", etag],
  ["Cache-Control", IMMUTABLE],
];

/** The answer to a cacheable pinned request from `entry`, with `nonce` written into it. */
export function pinnedAnswer(
  entry: CachedResponse,
  req: { method: string; header: HeaderOf; nonce: string; hit: boolean; via?: string; gzip: boolean },
): PinnedAnswer {
  const headers = pinnedHeaders(entry.etag);
  if (matches(req.header, entry.etag)) return { status: 304, headers, chunks: null };
  const stats = cacheStats();
  headers.push(["Content-Type", entry.contentType]);
  if (entry.disposition) headers.push(["Content-Disposition", entry.disposition]);
  const via = req.via ? `; via=${req.via}` : "";
  headers.push([
    "X-Nianbao-Cache",
    `${req.hit ? "hit" : "miss"}; entries=${stats.entries}; bytes=${stats.bytes}${via}`,
  ]);
  const gzip = req.gzip && acceptsGzip(req.header("accept-encoding")) ? gzipChunks(entry, req.nonce) : null;
  if (entry.deflated) headers.push(["Vary", "Accept-Encoding"]);
  if (gzip) headers.push(["Content-Encoding", "gzip"]);
  const chunks = gzip ?? bodyChunks(entry, req.nonce);
  headers.push(["Content-Length", String(chunksLength(chunks))]);
  return { status: entry.status, headers, chunks: req.method === "HEAD" ? null : chunks };
}

/**
 * The cache key of a URL: its path and its decoded query parameters, each encoded one way. Next hands the proxy a
 * URL it re-encoded (`~` as `%7E`), the front server gets the client's; both must name the same entry.
 */
export function cacheKey(url: URL): string {
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** A pinned answer kept in the cache for this request, if there is one (no render, no database, no fetch). */
export function cachedFor(method: string, url: URL, header: HeaderOf): CachedResponse | undefined {
  if (!cacheable(method, url, header)) return undefined;
  return getCached(cacheKey(url));
}

export async function decideCache(request: Request, nonce: string): Promise<CacheDecision> {
  const url = new URL(request.url);
  const header: HeaderOf = (name) => request.headers.get(name);
  if (!cacheable(request.method, url, header)) return { pass: {} };
  const id = await latestRelease();
  if (id === null) return { pass: {} };
  const rel = pinnablePath(url.pathname, url.searchParams.get("view")) ? parseRel(url.searchParams.get("rel")) : null;
  if (rel === null || rel > id) {
    const etag = `W/"r${id}-${BOOT}"`;
    if (matches(header, etag)) return { respond: new Response(null, { status: 304, headers: { etag } }) };
    // An id no release has yet falls back to current data; pages say so in their footer, API answers here.
    return {
      pass: rel === null ? { etag } : { etag, "x-nianbao-note": `no release ${rel}: current data (release ${id})` },
    };
  }
  const key = cacheKey(url);
  const etag = `"p${rel}-${hash(key)}-${BOOT}"`;
  if (matches(header, etag)) return { respond: new Response(null, { status: 304, headers: pinnedHeaders(etag) }) };
  const hit = getCached(key);
  const entry = hit ?? (await fill(key, request, etag));
  if (!entry) return { pass: {} }; // not a 200 (or the render failed): answer as any request, uncached
  // No gzip here: Next compresses what the proxy answers itself (and would compress a gzipped body again).
  const answer = pinnedAnswer(entry, { method: request.method, header, nonce, hit: !!hit, gzip: false });
  const body = answer.chunks && Buffer.concat(answer.chunks);
  return { respond: new Response(body, { status: answer.status, headers: answer.headers }) };
}
