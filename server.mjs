/**
 * The production server (`npm start`, e2e/serve.sh, scripts/start.sh): Next's own request handler behind a small
 * node:http server that first offers each request to the pinned-answer cache (lib/releases/front-hit.ts). A pinned
 * permalink already in the cache is answered there, without Next's routing and proxy step; everything else is
 * handed to Next unchanged, as `next start` would serve it.
 *   node server.mjs [-p PORT] [-H HOST]        (or PORT / HOSTNAME; defaults 3000 and every interface)
 * One process: bench/RESULTS.md ("Pinned permalinks without Next's routing") says what a second one measured.
 * Plain JavaScript: Next does not compile a custom server (node_modules/next/dist/docs/01-app/02-guides/custom-server.md).
 */
import { createServer } from "node:http";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOSTNAME ?? undefined;
// As `next start` does: production mode, and the port the proxy's loopback renders go to (lib/releases/http-cache.ts).
process.env.NODE_ENV = "production";
process.env.PORT = String(port);

const { default: next } = await import("next");
const app = next({ dev: false, dir: dirname(fileURLToPath(import.meta.url)), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const FRONT_HIT = Symbol.for("nianbao.front-hit");

const server = createServer((req, res) => {
  const hit = globalThis[FRONT_HIT];
  if (hit?.(req, res)) return;
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error");
  });
});
server.listen(port, hostname, () => {
  console.log(`▲ Nianbao (Next, production) on http://${hostname ?? "localhost"}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(0));
