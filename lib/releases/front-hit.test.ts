/**
 * The front server's cache hits on a real HTTP server on loopback: a pinned answer in the cache is sent with a fresh
 * nonce in body and CSP, the proxy's headers, gzip, 304 and HEAD; everything else is left to the next handler.
 */
import { createServer, get as httpGet, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshNonce } from "@/lib/security-headers";
import { answerFromCache } from "./front-hit";
import { cacheKey } from "./http-cache";
import { makeEntry, nonceOf, putCached } from "./page-cache";

const PATH = "/compare?agencies=a1~a2&metric=rate.grant&rel=1";
const stored = freshNonce();
const html = (nonce: string) =>
  `<!DOCTYPE html><script nonce="${nonce}">x</script><p>${"瓯海区 ".repeat(500)}</p><script nonce="${nonce}"></script>`;
let server: Server;
let base = "";

beforeAll(async () => {
  putCached(
    cacheKey(new URL(`http://x${PATH}`)),
    makeEntry(html(stored), {
      status: 200,
      contentType: "text/html; charset=utf-8",
      disposition: null,
      etag: '"p1-front-test"',
      nonce: stored,
    }),
  );
  server = createServer((req, res) => {
    if (answerFromCache(req, res)) return;
    res.writeHead(299, { "content-type": "text/plain" });
    res.end("next");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server?.close());

const get = (path: string, init: RequestInit = {}) => fetch(base + path, init);

describe("front server: pinned cache hits answered without Next", () => {
  it("sends the cached page with a fresh nonce each time, matching its CSP, and the proxy's headers", async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const res = await get(PATH, { headers: { "accept-encoding": "identity" } });
      expect(res.status).toBe(200);
      const nonce = nonceOf(res.headers.get("content-security-policy"))!;
      expect(nonce).not.toBe(stored);
      expect(await res.text()).toBe(html(nonce));
      seen.add(nonce);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("etag")).toBe('"p1-front-test"');
      expect(res.headers.get("x-nianbao-cache")).toMatch(/^hit; entries=\d+; bytes=\d+; via=front$/);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(html(nonce)));
    }
    expect(seen.size).toBe(2);
    // Next hands the proxy (which fills the cache) `~` as `%7E`: the same entry either way.
    const encoded = await get(PATH.replaceAll("~", "%7E"));
    expect(encoded.headers.get("x-nianbao-cache")).toMatch(/via=front$/);
  });

  it("gzips for a client that accepts it, answers 304 to the ETag, and HEAD without a body", async () => {
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
      // node:http, not fetch: fetch would decompress and hide the encoding.
      httpGet(base + PATH, { headers: { "accept-encoding": "gzip, deflate, br" } }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => ok({ headers: res.headers, body: Buffer.concat(parts) }));
      }).on("error", fail);
    });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(raw.headers.vary).toBe("Accept-Encoding");
    const nonce = nonceOf(String(raw.headers["content-security-policy"]))!;
    expect(gunzipSync(raw.body).toString("utf8")).toBe(html(nonce));
    expect(Number(raw.headers["content-length"])).toBe(raw.body.length);

    const notModified = await get(PATH, { headers: { "if-none-match": '"p1-front-test"' } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe('"p1-front-test"');
    const head = await get(PATH, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(1000);
    expect(await head.text()).toBe("");
  });

  it("leaves to Next what is not a cached pinned document", async () => {
    const passed = [
      get("/compare?agencies=a1~a2&metric=rate.grant&rel=2"), // not in the cache
      get(PATH, { headers: { rsc: "1" } }), // a client navigation's payload
      get(`${PATH}&_rsc=abc`),
      get(PATH, { method: "POST", body: "x" }),
      get(`/${PATH}`), // "//compare…": not the path Next would read
    ];
    for (const res of await Promise.all(passed)) {
      expect(res.status).toBe(299);
      expect(await res.text()).toBe("next");
    }
  });
});
