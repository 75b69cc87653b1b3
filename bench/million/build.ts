/**
 * Builds the scale database: generated agencies × years of reports. The division list yields ~72,000 distinct
 * agencies (a township has one government; a county ten units at most), so 1,000,000 reports takes 14 years:
 * the default, all agencies × 2011–2024.
 * written through ingest's own write path (`prepareItem` → `writeBatch`: reports, report_values, findings,
 * report_facts, agencies, regions and agg_region_year, R5 year chain, in one transaction per batch), so the
 * pre-aggregates are made by the same code as a real ingest. Documents are neither rendered nor parsed
 * (see reports.ts). Prints rows/s, size and time.
 *   npx tsx bench/million/build.ts [--agencies 100000] [--years 2011-2024] [--out bench/out/million.db] [--batch 2000]
 * Reports are generated on a worker thread while this thread writes. `--append --ranges 15200-25000` adds
 * agencies [15200, 25000) of the same drawn list to an existing file. (Several writer processes on one file
 * were tried: libSQL's client failed with SQLITE_BUSY on commit and wedged, so one writer it is.)
 */
import { rmSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import type { Client } from "@libsql/client";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import type { IngestDeps } from "@/lib/ingest/types";
import { writeBatch, type BatchEntry } from "@/lib/ingest/write";
import { newReleaseRun } from "@/lib/releases/record";
import { parseRanges, type BatchJob } from "./batches";
import type { YearsOptions } from "./reports";

const { values: args } = parseArgs({
  options: {
    agencies: { type: "string", default: "100000" },
    years: { type: "string", default: "2011-2024" },
    seed: { type: "string", default: "11" },
    out: { type: "string", default: "bench/out/million.db" },
    batch: { type: "string", default: "2000" },
    "fault-rate": { type: "string", default: "0.03" },
    /** Index ranges of the drawn agency list, e.g. 0-15200,25000- (default all). */
    ranges: { type: "string", default: "0-" },
    /** Add to an existing file instead of starting a fresh one. */
    append: { type: "boolean", default: false },
    /** Then these years (e.g. 2011-2014) for every agency. */
    "then-years": { type: "string" },
  },
});

const TABLES = [
  "agencies",
  "regions",
  "reports",
  "value_keys",
  "report_values",
  "findings",
  "report_facts",
  "agg_region_year",
];

/** Batches from the generator thread, one at a time (it prepares the next while this thread writes). */
async function* fromWorker(job: BatchJob): AsyncGenerator<BatchEntry[]> {
  const worker = new Worker(new URL("./gen-worker-entry.mjs", import.meta.url), { workerData: job });
  try {
    for (;;) {
      const reply = new Promise<{ done: boolean; batch?: BatchEntry[] }>((resolve, reject) => {
        worker.once("error", reject);
        worker.once("message", (m) => {
          worker.off("error", reject);
          resolve(m);
        });
      });
      worker.postMessage("next");
      const r = await reply;
      if (r.done || !r.batch) return;
      yield r.batch;
    }
  } finally {
    await worker.terminate();
  }
}

/** The whole build is one release, as one `npm run ingest` run is. */
const release = newReleaseRun("demo");

/** Another process may hold the write lock longer than the busy timeout: wait and retry (bounded). */
async function writeWaiting(client: Client, entries: BatchEntry[], deps: IngestDeps) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeBatch(client, entries, { deps, demo: true, release });
    } catch (e) {
      if (attempt >= 20 || !/SQLITE_BUSY|database is locked/i.test(String(e))) throw e;
      console.log(`write lock busy, retry ${attempt}`);
    }
  }
}

async function counts(client: Client): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  return out;
}

function fileMb(p: string): number {
  try {
    return statSync(p).size / 1e6;
  } catch {
    return 0;
  }
}
const sizeMb = (db: string) => fileMb(db) + fileMb(`${db}-wal`);

const [fromYear, toYear] = args.years.split("-").map(Number);
const opts: YearsOptions = { seed: Number(args.seed), fromYear, toYear, faultRate: Number(args["fault-rate"]) };
const path = args.out;
if (!args.append) for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
const client = await openClient(`file:${path}`);
await migrateDb(client);
const deps = await loadDefaultDeps();
const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
const rowsBefore = args.append ? total(await counts(client)) : 0; // rows/s counts this run's rows only
const started = performance.now();
let written = 0;
let lastPrint = started;
const job: BatchJob = {
  ...opts,
  agencies: Number(args.agencies),
  ranges: parseRanges(args.ranges),
  batchSize: Number(args.batch),
  thenYears: args["then-years"] ? (args["then-years"].split("-").map(Number) as [number, number]) : undefined,
};
for await (const entries of fromWorker(job)) {
  const o = await writeWaiting(client, entries, deps);
  written += o.added + o.updated;
  // With several writers the WAL never resets on its own (someone is always mid-transaction): truncate it.
  if (fileMb(`${path}-wal`) > 1000) await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  if (performance.now() - lastPrint > 15_000) {
    lastPrint = performance.now();
    const s = (lastPrint - started) / 1000;
    console.log(
      `${written} reports, ${s.toFixed(0)} s, ${Math.round(written / s)} reports/s, ${sizeMb(path).toFixed(0)} MB`,
    );
  }
}
const writeSeconds = (performance.now() - started) / 1000;
await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
const c = await counts(client);
const rows = total(c) - rowsBefore;
const bytes = sizeMb(path);
// report_values is WITHOUT ROWID (one b-tree, no autoindex); value_keys and its index are counted with it.
const valueBytes = await client
  .execute("SELECT sum(pgsize) AS b FROM dbstat WHERE name IN ('report_values', 'value_keys', 'value_keys_key')")
  .catch(() => null);
client.close();
console.log(
  JSON.stringify(
    {
      reports: written,
      agencies: c.agencies,
      years: args.years,
      seconds: +writeSeconds.toFixed(1),
      reportsPerSecond: Math.round(written / writeSeconds),
      rowsPerSecond: Math.round(rows / writeSeconds),
      sizeMB: +bytes.toFixed(1),
      bytesPerReport: Math.round((bytes * 1e6) / c.reports),
      reportValuesMB: valueBytes?.rows[0]?.b == null ? null : +(Number(valueBytes.rows[0].b) / 1e6).toFixed(1),
      rows: c,
    },
    null,
    1,
  ),
);
