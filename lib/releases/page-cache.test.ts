import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { freshNonce } from "@/lib/security-headers";
import { acceptsGzip, bodyChunks, chunksLength, gzipChunks, makeEntry } from "./page-cache";

const meta = (nonce: string | null) => ({
  status: 200,
  contentType: "text/html; charset=utf-8",
  disposition: null,
  etag: '"p1-x"',
  nonce,
});

/** A page like Next's: the nonce in several script tags, Chinese text between them, more than a few KB. */
function page(nonce: string, rows = 400): string {
  const body = Array.from({ length: rows }, (_, i) => `<tr><td>瓯海区人民政府办公室 ${i}</td><td>${i * 7}</td></tr>`);
  return `<script nonce="${nonce}">a</script><table>${body.join("")}</table><script nonce="${nonce}"></script>${nonce}`;
}

const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString("utf8");

describe("page cache: a fresh nonce in the cached bytes", () => {
  it("writes the new nonce wherever the old one stood, Chinese text intact, and counts the bytes", () => {
    const old = freshNonce();
    const entry = makeEntry(page(old), meta(old));
    expect(entry.parts.length).toBe(4); // three occurrences, one of them at the very end
    for (const nonce of [freshNonce(), freshNonce()]) {
      const chunks = bodyChunks(entry, nonce);
      expect(text(chunks)).toBe(page(nonce));
      expect(chunksLength(chunks)).toBe(Buffer.byteLength(page(nonce)));
      expect(text(chunks)).not.toContain(old);
    }
  });

  it("gzips the same answer: a standard decoder (it checks CRC-32 and length) reads it with the new nonce", () => {
    const old = freshNonce();
    const entry = makeEntry(page(old), meta(old));
    const nonce = freshNonce();
    const gz = Buffer.concat(gzipChunks(entry, nonce)!);
    expect(gunzipSync(gz).toString("utf8")).toBe(page(nonce));
    expect(gz.length).toBeLessThan(Buffer.byteLength(page(nonce)) / 4);
  });

  it("gzips a body starting with its nonce, with two nonces side by side, and one without any", () => {
    const old = freshNonce();
    const nonce = freshNonce();
    const tricky = `${old}${old}${"x".repeat(3000)}${old}`;
    expect(gunzipSync(Buffer.concat(gzipChunks(makeEntry(tricky, meta(old)), nonce)!)).toString()).toBe(
      tricky.replaceAll(old, nonce),
    );
    const json = JSON.stringify({ points: Array.from({ length: 300 }, (_, i) => ({ year: 2000 + i, v: i })) });
    const entry = makeEntry(json, { ...meta(null), contentType: "application/json" });
    expect(entry.parts.length).toBe(1);
    expect(gunzipSync(Buffer.concat(gzipChunks(entry, nonce)!)).toString()).toBe(json);
  });

  it("keeps bytes as bytes (no nonce swap, no gzip) and does not gzip a tiny answer", () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0xfe, 0]);
    const book = makeEntry(bytes, { ...meta("zz"), contentType: "application/vnd.openxmlformats-officedocument" });
    expect([...Buffer.concat(bodyChunks(book, freshNonce()))]).toEqual([...bytes]);
    expect(gzipChunks(book, freshNonce())).toBeNull();
    expect(gzipChunks(makeEntry('{"a":1}', meta(null)), freshNonce())).toBeNull();
  });

  it("reads Accept-Encoding: gzip allowed unless refused with q=0", () => {
    const cases: Array<[string | null, boolean]> = [
      ["gzip, deflate, br, zstd", true],
      ["br;q=1.0, gzip;q=0.8, *;q=0.1", true],
      ["*", true],
      ["gzip;q=0", false],
      ["identity", false],
      ["br", false],
      [null, false],
    ];
    expect(cases.map(([value]) => acceptsGzip(value))).toEqual(cases.map(([, ok]) => ok));
  });
});
