/**
 * Pinned cache hits answered before Next sees the request. Next's routing and its proxy step cost more per request
 * than the cached answer itself (measured in bench/RESULTS.md, "Pinned permalinks without Next's routing"), so the
 * front server (server.mjs, what `npm start` and e2e/serve.sh run) first offers every request to `answerFromCache`;
 * whatever it does not answer goes to Next's request handler unchanged.
 *
 * The front server is plain JavaScript outside Next's bundle and cannot import this module's bundled copy, which
 * holds the cache. So proxy.ts, loaded by Next in the same process, registers the function under a global symbol;
 * until Next has loaded it (and filled the cache through it) there is nothing to hit anyway.
 * The answer is the proxy's own: the same cache entry, ETag, immutable Cache-Control, 304 to If-None-Match, gzip,
 * X-Nianbao-Cache (with `via=front`), and the security headers of lib/security-headers.ts with a fresh nonce.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { freshNonce, securityHeaders } from "@/lib/security-headers";
import { cachedFor, pinnedAnswer, type HeaderOf } from "./http-cache";

const KEY = Symbol.for("nianbao.front-hit");

export type FrontHit = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Answers `req` from the pinned cache and returns true, or returns false having written nothing. */
export function answerFromCache(req: IncomingMessage, res: ServerResponse): boolean {
  const target = req.url ?? "";
  // Origin-form only ("/path?query"): "//host/…" or an absolute URL would parse to another path than Next reads.
  if (target[0] !== "/" || target[1] === "/") return false;
  const url = new URL(`http://front${target}`);
  const header: HeaderOf = (name) => {
    const v = req.headers[name];
    return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
  };
  const method = req.method ?? "GET";
  const entry = cachedFor(method, url, header);
  if (!entry) return false;
  const nonce = freshNonce();
  const answer = pinnedAnswer(entry, { method, header, nonce, hit: true, via: "front", gzip: true });
  const headers = [...answer.headers, ...securityHeaders(nonce)];
  res.writeHead(answer.status, headers.flat());
  if (!answer.chunks) {
    res.end();
    return true;
  }
  // Corked, the chunks leave in one writev when end() uncorks: no copy of the cached parts into a new buffer.
  res.cork();
  for (const chunk of answer.chunks) res.write(chunk);
  res.end();
  return true;
}

/** Makes `answerFromCache` reachable by the front server (called once by proxy.ts when Next loads it). */
export function registerFrontHit(): void {
  (globalThis as Record<symbol, FrontHit | undefined>)[KEY] = answerFromCache;
}
