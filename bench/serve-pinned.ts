/**
 * Pinned permalinks side by side: the same URLs against several servers already running on loopback (e.g. the build
 * before a change on one port, after it on another), one server after the other for each URL, so that every pair of
 * figures is taken under the same machine load. Each figure is printed with the 1-minute load average at its start.
 *   npx tsx bench/serve-pinned.ts --db /tmp/serve.db --server before=3322 --server after=3323 [--seconds 5]
 *     [--single-seconds 3] [--gzip] [--rounds 2] [--only compare]
 * URLs (bench/million/targets.ts): /api/health, the province overview and the compare page rendered, the same two
 * pinned to the latest release (`rel=`, from the cache after the first request) and revalidated with their ETag (304).
 * `--gzip` sends Accept-Encoding: gzip as browsers do. X-Nianbao-Cache of the warm-up answer is shown (via=front: the
 * front server answered without Next).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client";
import { load, type LoadResult } from "./million/load";
import { pick, targets } from "./million/targets";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "bench/out/million.db" },
    server: { type: "string", multiple: true, default: [] },
    seconds: { type: "string", default: "5" },
    "single-seconds": { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "1" },
    gzip: { type: "boolean", default: false },
    only: { type: "string" },
  },
});

const servers = args.server.map((s) => {
  const [name, port] = s.includes("=") ? s.split("=") : [s, s];
  return { name, base: `http://127.0.0.1:${port}` };
});
if (!servers.length) throw new Error("--server NAME=PORT (once per running server)");

const client = createClient({ url: `file:${args.db}` });
const all = targets(await pick(client));
const rel = Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0]?.id ?? 0);
client.close();

interface Url {
  name: string;
  path: string;
  revalidate?: boolean;
}
const urls: Url[] = [];
for (const name of ["api health (baseline)", "overview · province", "compare · agencies"]) {
  const t = all.find((x) => x.name === name);
  if (!t) throw new Error(`no target ${name}`);
  urls.push({ name, path: t.path });
  if (name.startsWith("api")) continue;
  urls.push({ name: `pinned ${name}`, path: `${t.path}${t.path.includes("?") ? "&" : "?"}rel=${rel}` });
  urls.push({ name: `revalidate ${name}`, path: t.path, revalidate: true });
}
const chosen = urls.filter((u) => !args.only || u.name.includes(args.only));
const baseHeaders: Record<string, string> = args.gzip ? { "accept-encoding": "gzip, deflate, br" } : {};

interface Row {
  server: string;
  url: string;
  load1: number;
  status: number;
  cache: string;
  bytes: number;
  single: LoadResult;
  loaded: LoadResult;
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : "-");
const rows: Row[] = [];
console.log(`release ${rel}; ${args.gzip ? "Accept-Encoding: gzip" : "no Accept-Encoding"}; ${args.connections} conn`);
console.log("| server | url | load | code | bytes | X-Nianbao-Cache | 1 conn p50/p95/p99 ms | n conn ditto | req/s |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (let round = 0; round < Number(args.rounds); round++) {
  for (const u of chosen) {
    for (const s of servers) {
      const warm = await fetch(s.base + u.path, { headers: baseHeaders });
      const body = await warm.arrayBuffer();
      const again = await fetch(s.base + u.path, { headers: baseHeaders });
      await again.arrayBuffer();
      const headers = { ...baseHeaders, ...(u.revalidate ? { "if-none-match": warm.headers.get("etag") ?? "" } : {}) };
      const load1 = loadavg()[0];
      const single = await load(s.base + u.path, { connections: 1, seconds: Number(args["single-seconds"]), headers });
      const loaded = await load(s.base + u.path, {
        connections: Number(args.connections),
        seconds: Number(args.seconds),
        headers,
      });
      const row: Row = {
        server: s.name,
        url: u.name,
        load1,
        status: u.revalidate ? 304 : warm.status,
        cache: again.headers.get("x-nianbao-cache")?.replace(/; entries=.*?bytes=\d+/, "") ?? "",
        bytes: body.byteLength,
        single,
        loaded,
      };
      rows.push(row);
      const pct = (r: LoadResult) => `${f(r.p50)} / ${f(r.p95)} / ${f(r.p99)}`;
      console.log(
        `| ${s.name} | ${u.name} | ${load1.toFixed(1)} | ${row.status} | ${row.bytes} | ${row.cache} | ` +
          `${pct(single)} | ${pct(loaded)} | ${f(loaded.rps)} |`,
      );
    }
  }
}
mkdirSync("bench/out", { recursive: true });
writeFileSync("bench/out/serve-pinned.json", JSON.stringify({ date: new Date().toISOString(), args, rows }, null, 1));
