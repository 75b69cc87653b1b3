/**
 * CPU per cached pinned answer, step by step, on real pages fetched from a running server (one core, no I/O):
 * the old hit path (the nonce swapped with a string replaceAll, the result encoded to UTF-8 as the Web Response does),
 * the new one (cached UTF-8 parts with the nonce between them; gzip from parts deflated once, a CRC per answer), and
 * what Next's compression costs per answer when it gzips the page again for a browser.
 *   npx tsx bench/pinned-hit-cost.ts --base http://127.0.0.1:3322 --path "/compare?agencies=…&rel=2" [--path …]
 */
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { bodyChunks, gzipChunks, makeEntry, nonceOf } from "@/lib/releases/page-cache";
import { freshNonce } from "@/lib/security-headers";

const { values: args } = parseArgs({
  options: { base: { type: "string" }, path: { type: "string", multiple: true, default: [] } },
});
if (!args.base || !args.path.length) throw new Error("--base URL --path PATH [--path PATH]");

/** Mean microseconds of CPU per call of `fn` over about half a second (after a warm-up). */
function perCall(fn: () => unknown): number {
  for (let i = 0; i < 50; i++) fn();
  const start = process.cpuUsage();
  let n = 0;
  const until = performance.now() + 500;
  while (performance.now() < until) {
    fn();
    n++;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

for (const path of args.path) {
  const res = await fetch(args.base + path, { headers: { "accept-encoding": "identity" } });
  const html = await res.text();
  const stored = nonceOf(res.headers.get("content-security-policy"));
  const entry = makeEntry(html, {
    status: 200,
    contentType: res.headers.get("content-type") ?? "text/html",
    disposition: null,
    etag: "",
    nonce: stored,
  });
  const nonces = Array.from({ length: 64 }, freshNonce);
  let i = 0;
  const next = () => nonces[i++ % nonces.length];
  const rows: Array<[string, number]> = [
    ["old: replaceAll + UTF-8 encode", perCall(() => Buffer.from(stored ? html.replaceAll(stored, next()) : html))],
    ["new: parts (no copy)", perCall(() => bodyChunks(entry, next()))],
    ["new: parts joined (Buffer.concat)", perCall(() => Buffer.concat(bodyChunks(entry, next())))],
    ["new: gzip from deflated parts + CRC", perCall(() => gzipChunks(entry, next()))],
    ["Next's way: gzip the page per answer", perCall(() => gzipSync(Buffer.from(html)))],
  ];
  const bytes = Buffer.byteLength(html);
  const gz = Buffer.concat(gzipChunks(entry, next()) ?? []).length;
  console.log(`${path}: ${bytes} bytes, ${entry.parts.length - 1} nonces, gzip ${gz} bytes`);
  for (const [name, us] of rows) console.log(`  ${name.padEnd(40)} ${us.toFixed(1).padStart(8)} µs CPU`);
}
