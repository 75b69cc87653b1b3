/**
 * End-to-end ingest throughput (read, parse, check, write) into a fresh temporary libSQL file, beside
 * its floor: a plain bulk insert of the very rows that ingest stored, into another fresh file.
 * Prints numbers; not a test.
 *   npx tsx bench/ingest.ts [--agencies 1000] [--seed 7] [--corpus DIR] [--workers N]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Client, InValue } from "@libsql/client";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { generateCorpus } from "@/lib/corpus/generate";
import { ingestPaths } from "@/lib/ingest/ingest";

const { values: args } = parseArgs({
  options: {
    agencies: { type: "string", default: "1000" },
    seed: { type: "string", default: "7" },
    corpus: { type: "string" },
    workers: { type: "string" },
  },
});

const TABLES = [
  "regions",
  "agencies",
  "reports",
  "value_keys",
  "report_values",
  "findings",
  "report_facts",
  "agg_region_year",
];
const MAX_VARIABLES = 30_000;

async function freshDb(dir: string, name: string): Promise<Client> {
  const client = await openClient(`file:${join(dir, name)}`);
  await migrateDb(client);
  return client;
}

/** Copies every table with multi-row INSERT … VALUES in one transaction; returns seconds spent inserting. */
async function bulkCopy(from: Client, to: Client): Promise<{ seconds: number; rows: number }> {
  let seconds = 0;
  let rows = 0;
  const tx = await to.transaction("write");
  for (const table of TABLES) {
    const info = (await from.execute(`SELECT name, pk FROM pragma_table_info('${table}')`)).rows;
    const cols = info.map((r) => String(r.name));
    // Pages in primary-key order: report_values is WITHOUT ROWID, so it has no rowid to order by.
    const order = info
      .filter((r) => Number(r.pk) > 0)
      .sort((a, b) => Number(a.pk) - Number(b.pk))
      .map((r) => String(r.name));
    const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / cols.length));
    const row = `(${cols.map(() => "?").join(",")})`;
    for (let offset = 0; ; offset += perStatement) {
      const rs = await from.execute({
        sql: `SELECT ${cols.join(",")} FROM ${table} ORDER BY ${order.join(",")} LIMIT ? OFFSET ?`,
        args: [perStatement, offset],
      });
      if (rs.rows.length === 0) break;
      const values: InValue[] = rs.rows.flatMap((r) => cols.map((c) => r[c] as InValue));
      const t = performance.now();
      await tx.execute({
        sql: `INSERT INTO ${table} (${cols.join(",")}) VALUES ${rs.rows.map(() => row).join(",")}`,
        args: values,
      });
      seconds += (performance.now() - t) / 1000;
      rows += rs.rows.length;
    }
  }
  const t = performance.now();
  await tx.commit();
  seconds += (performance.now() - t) / 1000;
  return { seconds, rows };
}

const work = mkdtempSync(join(tmpdir(), "nianbao-bench-ingest-"));
try {
  let dir = args.corpus;
  if (!dir) {
    dir = join(work, "corpus");
    const s = await generateCorpus({
      agencies: Number(args.agencies),
      seed: Number(args.seed),
      fromYear: 2014,
      toYear: 2024,
      faultRate: 0.05,
      out: dir,
    });
    console.log(
      `corpus: ${s.documents} documents, ${(s.bytes / 1e6).toFixed(1)} MB, ${s.agencies} agencies (seed ${args.seed})`,
    );
  }
  const client = await freshDb(work, "ingest.db");
  const cpu = process.cpuUsage();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const summary = await ingestPaths([join(dir)], { client, workers: args.workers ? Number(args.workers) : undefined });
  clearInterval(sampler);
  const used = process.cpuUsage(cpu);
  const seconds = summary.elapsedMs / 1000;
  const stored = summary.added + summary.updated;
  console.log(
    `\ningest: ${stored} reports stored (${summary.failed} failed, ${summary.unchanged} unchanged) in ` +
      `${seconds.toFixed(1)} s → ${Math.round(summary.reportsPerSecond)} reports/s end to end`,
  );
  console.log(
    `        process CPU ${((used.user + used.system) / 1e6).toFixed(1)} s (main + parser worker threads); peak RSS ` +
      `${Math.round(peakRss / 2 ** 20)} MB (sampled every 100 ms, process incl. workers)`,
  );
  const counts = await Promise.all(
    TABLES.map(async (t) => `${t} ${(await client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n}`),
  );
  console.log(`        rows: ${counts.join(", ")}`);

  const floorDb = await freshDb(work, "floor.db");
  const floor = await bulkCopy(client, floorDb);
  console.log(
    `\nfloor:  plain multi-row INSERT … VALUES of the same ${floor.rows} rows, one transaction: ` +
      `${floor.seconds.toFixed(1)} s → ${Math.round(stored / floor.seconds)} reports/s`,
  );
  client.close();
  floorDb.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
