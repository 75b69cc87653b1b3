/**
 * Dashboard latency at scale: starts `next start` (build in .next-bench first) on the scale database, then for
 * every view and API call — national, a province, a city, a county, an agency — runs autocannon on loopback,
 * bounded in time, twice: 1 connection (server time of one request, nothing queued) and 10 connections
 * (under concurrent load: includes queueing on the one Node thread). Beside each URL its floor: the same
 * aggregate as hand-written SQL timed directly on the file with @libsql/client. Stops the server at the end.
 *   NEXT_DIST_DIR=.next-bench npx next build
 *   npx tsx bench/serve.ts [--db bench/out/million.db] [--port 3400] [--seconds 10] [--only overview]
 * Beside them: pinned permalinks (`rel=` the latest release; served from the release cache after the
 * first request) and an unpinned page revalidated with its ETag (304), next to the unpinned page and /api/health.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client";
import { load, type LoadResult } from "./million/load";
import { startServer } from "./million/server";
import { floorMs, pick, targets, type Target } from "./million/targets";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "bench/out/million.db" },
    port: { type: "string", default: "3400" },
    seconds: { type: "string", default: "10" },
    "single-seconds": { type: "string", default: "5" },
    only: { type: "string" },
    /** Use a server already listening on the port instead of starting one. */
    running: { type: "boolean", default: false },
  },
});

async function firstRequest(path: string): Promise<{ ms: number; status: number; etag: string | null }> {
  const start = performance.now();
  const res = await fetch(base + path);
  await res.arrayBuffer();
  return { ms: performance.now() - start, status: res.status, etag: res.headers.get("etag") };
}

/** Pinned permalinks to the latest release, and an unpinned page revalidated with its ETag. */
async function releaseTargets(list: Target[]): Promise<Target[]> {
  const rs = await client.execute("SELECT max(id) AS id FROM releases");
  const rel = rs.rows[0]?.id;
  if (rel === null || rel === undefined) return [];
  const none = [{ sql: "SELECT 1", args: [] }];
  const out: Target[] = [];
  for (const name of ["overview · province", "compare · agencies"]) {
    const t = list.find((x) => x.name === name);
    if (!t) continue;
    out.push({ name: `pinned ${name}`, path: `${t.path}${t.path.includes("?") ? "&" : "?"}rel=${rel}`, floor: none });
    out.push({ name: `revalidate ${name}`, path: t.path, floor: none });
  }
  return out;
}

interface Row {
  name: string;
  path: string;
  status: number;
  firstMs: number;
  floorMs: number;
  single: LoadResult;
  loaded: LoadResult;
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : "-");

function printRow(r: Row): void {
  const s = r.single;
  const l = r.loaded;
  console.log(
    [
      r.name.padEnd(28),
      String(r.status).padEnd(4),
      f(r.floorMs).padStart(6),
      f(r.firstMs).padStart(7),
      `${f(s.p50)}/${f(s.p95)}/${f(s.p99)}`.padStart(16),
      `${f(l.p50)}/${f(l.p95)}/${f(l.p99)}`.padStart(18),
      f(l.rps).padStart(6),
      String(s.errors + s.non2xx + l.errors + l.non2xx).padStart(4),
    ].join(" "),
  );
}

async function measure(t: Target, floor: number): Promise<Row> {
  const first = await firstRequest(t.path); // warms route code, any per-process memo, and the release cache
  const headers = t.headers ?? (t.name.startsWith("revalidate") ? { "if-none-match": first.etag ?? "" } : undefined);
  const single = await load(base + t.path, { connections: 1, seconds: Number(args["single-seconds"]), headers });
  const loaded = await load(base + t.path, { connections: 10, seconds: Number(args.seconds), headers });
  return { name: t.name, path: t.path, status: first.status, firstMs: first.ms, floorMs: floor, single, loaded };
}

const client = createClient({ url: `file:${args.db}` });
const picks = await pick(client);
const all = targets(picks);
const list = [...all, ...(await releaseTargets(all))].filter((t) => !args.only || t.name.includes(args.only));
const floors = new Map<string, number>();
for (const t of list) floors.set(t.name, await floorMs(client, t));
client.close();
console.log(JSON.stringify(picks));

const server = await startServer({ db: args.db, port: args.port, running: args.running });
const base = server.base;
const rows: Row[] = [];
try {
  console.log(`${"url".padEnd(28)} code floor  first   1 conn p50/95/99  10 conn p50/95/99  req/s err  (ms)`);
  for (const t of list) {
    const row = await measure(t, floors.get(t.name)!);
    printRow(row);
    rows.push(row);
  }
} finally {
  server.stop();
}
mkdirSync("bench/out", { recursive: true });
writeFileSync(
  "bench/out/serve.json",
  JSON.stringify({ date: new Date().toISOString(), db: args.db, picks, rows }, null, 1),
);
const over = rows.filter((r) => r.single.p95 >= 100 || r.single.p50 >= 100);
console.log(
  over.length
    ? `over 100 ms (1 conn p50 or p95): ${over.map((r) => r.name).join(", ")}`
    : "every URL: p50 and p95 < 100 ms (1 conn)",
);
