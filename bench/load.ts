/**
 * Bounded loopback load test of the dashboard: starts `next start` on a built dist folder and a database,
 * then autocannon with N connections for D seconds over the main views and the JSON API, cycling URLs.
 *
 *   NEXT_DIST_DIR=.next-load npx next build
 *   npx tsx bench/load.ts --db file:/tmp/h10/demo.db [--dist .next-load] [--port 3210] [--connections 50]
 *     [--seconds 30] [--ingest DIR  (an ingest of DIR into the same database runs during the load, with
 *     --keep-demo: otherwise loading real reports removes the demo corpus, and its pages rightly turn 404)]
 *
 * Traffic goes to 127.0.0.1 only; the server (and any ingest) is stopped at the end. Exit 1 on any error,
 * timeout or non-2xx response.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { openClient } from "@/db/client";

const HOST = "127.0.0.1";

function start(cmd: string[], env: Record<string, string>, quiet = false): ChildProcess {
  // Own process group: npx → next → its workers are stopped together.
  return spawn(cmd[0], cmd.slice(1), {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "ignore", quiet ? "ignore" : "inherit"],
  });
}

function stop(child: ChildProcess | null): void {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

async function waitReady(base: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${base}/api/health within ${ms / 1000} s`);
}

/** The main views and API calls, with real ids from the database so every request does real work. */
async function paths(db: string): Promise<string[]> {
  const client = await openClient(db);
  const ids = (
    await client.execute(
      "SELECT agency_id AS id FROM reports WHERE status = 'active' GROUP BY agency_id ORDER BY count(*) DESC, " +
        "agency_id LIMIT 6",
    )
  ).rows.map((r) => String(r.id));
  const report = String(
    (await client.execute("SELECT public_id FROM reports WHERE status = 'active' ORDER BY id LIMIT 1")).rows[0]
      .public_id,
  );
  const province = String(
    (
      await client.execute(
        "SELECT province_code FROM report_facts WHERE province_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC " +
          "LIMIT 1",
      )
    ).rows[0].province_code,
  );
  client.close();
  const pair = ids.slice(0, 3).join("~");
  return [
    "/",
    `/?region=${province}&from=2019&to=2024`,
    `/compare?agencies=${pair}&metric=apps.new.total`,
    `/compare?agencies=${pair}&metric=rate.grant&chart=table`,
    "/quality",
    `/agencies/${ids[0]}`,
    `/agencies/${ids[3] ?? ids[0]}`,
    `/reports/${report}`,
    `/api/series?agencies=${pair}&metric=apps.new.total&from=2014&to=2024`,
    `/api/series?agencies=${ids.join("~")}&metric=rate.grant`,
    `/api/agencies?q=${encodeURIComponent("人民政府")}`,
    `/api/agencies?q=${encodeURIComponent("教育")}`,
  ];
}

/** What autocannon 8 returns and this bench reads (bench/million/autocannon.d.ts types only a few fields). */
interface LoadResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
  statusCodeStats?: Record<string, { count: number }>;
}

/** autocannon with a list of requests each connection cycles through. */
async function cannon(opts: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { method: string; path: string }[];
}): Promise<LoadResult> {
  const run = autocannon as unknown as (o: typeof opts) => PromiseLike<LoadResult>;
  return await run(opts);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: process.env.DATABASE_URL ?? "file:data/nianbao.db" },
      dist: { type: "string", default: ".next-load" },
      port: { type: "string", default: "3210" },
      connections: { type: "string", default: "50" },
      seconds: { type: "string", default: "30" },
      ingest: { type: "string" },
    },
  });
  const base = `http://${HOST}:${values.port}`;
  const urls = await paths(values.db);
  const server = start(["npx", "next", "start", "-H", HOST, "-p", values.port], {
    NEXT_DIST_DIR: values.dist,
    DATABASE_URL: values.db,
  });
  let ingest: ChildProcess | null = null;
  try {
    await waitReady(base, 90_000);
    // Warm-up: each URL once, and each must answer 200 before it counts in the load.
    for (const u of urls) {
      const res = await fetch(base + u);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${u} answered ${res.status} before the load`);
    }
    // The ingest runs niced, as a background job beside a live site would: the server keeps CPU priority.
    if (values.ingest)
      ingest = start(
        ["nice", "-n", "10", "npx", "tsx", "lib/cli/ingest.ts", values.ingest, "--keep-demo", "--workers", "1"],
        { DATABASE_URL: values.db },
        true,
      );
    const startedAt = new Date().toISOString();
    const result = await cannon({
      url: base,
      connections: Number(values.connections),
      duration: Number(values.seconds),
      timeout: 20,
      requests: urls.map((path) => ({ method: "GET", path })),
    });
    const ingestStillRunning = ingest !== null && ingest.exitCode === null;
    const failures = result.errors + result.timeouts + result.non2xx;
    console.log(
      `load: ${startedAt}, ${values.connections} connections, ${values.seconds} s, ${urls.length} URLs cycled, ` +
        `database ${values.db}${
          values.ingest
            ? `, ingest of ${values.ingest} running during the load ` +
              `(${ingestStillRunning ? "still running at the end" : `finished, exit ${ingest!.exitCode}`})`
            : ""
        }`,
    );
    console.log(
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), 2xx ${result["2xx"]}, non-2xx ` +
        `${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    const statuses = Object.entries(result.statusCodeStats ?? {})
      .map(([code, s]) => `${code}: ${s.count}`)
      .join(", ");
    console.log(`status codes: ${statuses}`);
    const { p50, p97_5, p99, max } = result.latency;
    console.log(`latency ms: p50 ${p50}, p97.5 ${p97_5}, p99 ${p99}, max ${max}`);
    for (const u of urls) console.log(`  ${u}`);
    return failures === 0 ? 0 : 1;
  } finally {
    stop(ingest);
    stop(server);
  }
}

process.exitCode = await main();
