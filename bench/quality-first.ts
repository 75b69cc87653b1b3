/**
 * The first current request to /quality after an ingest, with and without the server warming its memoised
 * summaries (lib/queries/warm.ts, started by instrumentation.ts; NIANBAO_WARM_MS=0 turns it off). For each mode:
 * a copy of the database, `next start` of the given build on it, one request to /quality, then `--rounds` times:
 * the real ingest CLI adds one report (a new release), the visitor arrives `--wait-ms` later and opens /quality
 * twice (the first pays for whatever is not computed yet; the second is a memo hit). Stops its servers.
 *   NEXT_DIST_DIR=.next-pin npx next build
 *   npx tsx bench/quality-first.ts --db /tmp/demo/data/nianbao.db [--dist .next-pin] [--port 3323] [--rounds 3]
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applications, reportText } from "../test/helpers/ingest";
import { waitHealthy } from "./million/server";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "data/nianbao.db" },
    dist: { type: "string", default: ".next-pin" },
    port: { type: "string", default: "3323" },
    rounds: { type: "string", default: "3" },
    "wait-ms": { type: "string", default: "8000" },
  },
});
const base = `http://127.0.0.1:${args.port}`;
const rounds = Number(args.rounds);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed(path: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(base + path);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return performance.now() - start;
}

/** A county agency's 2023 report with the round's figures (a new version each round): a new release. */
function ingestOne(db: string, round: number): void {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-qfirst-"));
  const text = reportText({
    agency: "泰顺县民政局",
    year: 2023,
    published: "2024-01-20",
    values: applications(10 + round),
  });
  writeFileSync(join(dir, `r${round}.txt`), text);
  execFileSync("npx", ["tsx", "lib/cli/ingest.ts", "--keep-demo", dir], {
    env: { ...process.env, DATABASE_URL: `file:${db}` },
    stdio: "pipe",
  });
  rmSync(dir, { recursive: true, force: true });
}

async function mode(warm: boolean, round0: number): Promise<{ first: number[]; second: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-qfirst-db-"));
  const db = join(dir, "bench.db");
  copyFileSync(args.db, db);
  for (const ext of ["-wal", "-shm"]) if (existsSync(args.db + ext)) copyFileSync(args.db + ext, db + ext);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${db}`,
    NEXT_DIST_DIR: args.dist,
    NODE_ENV: "production",
    NIANBAO_WARM_MS: warm ? "" : "0",
  };
  const child = spawn("node_modules/.bin/next", ["start", "-p", args.port, "-H", "127.0.0.1"], {
    env,
    detached: true,
    stdio: "ignore",
  });
  const first: number[] = [];
  const second: number[] = [];
  try {
    await waitHealthy(base, 180_000);
    await timed("/quality");
    for (let i = 0; i < rounds; i++) {
      ingestOne(db, round0 + i);
      await sleep(Number(args["wait-ms"]));
      first.push(await timed("/quality"));
      second.push(await timed("/quality"));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await sleep(1000);
    rmSync(dir, { recursive: true, force: true });
  }
  return { first, second };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `${xs.map((x) => x.toFixed(0)).join(", ")} ms (median ${median(xs).toFixed(0)})`;
console.log(`database ${args.db}, build ${args.dist}, ${rounds} rounds, visitor ${args["wait-ms"]} ms after ingest`);
const off = await mode(false, 1);
console.log(`warming off: first /quality ${fmt(off.first)}; second ${fmt(off.second)}`);
const on = await mode(true, 1);
console.log(`warming on:  first /quality ${fmt(on.first)}; second ${fmt(on.second)}`);
