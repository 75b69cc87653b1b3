/**
 * What reading agency names as of a release costs (agency_names_history, lib/releases/as-of.ts agencyNameAsOf): on a
 * copy of a database, migrated, with a rename recorded for every `--every`th agency after release 1, the names of
 * every agency with an active report (scorecard-sized) and of one page of a ranking, read current and pinned to
 * release 1. Median and p95 of `--runs` runs, warm cache.
 *   npx tsx bench/names-as-of.ts --db /tmp/demo/data/nianbao.db [--runs 50] [--every 10]
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { agencyNameAsOf } from "@/lib/releases/as-of";
import { percentile } from "./million/load";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "data/nianbao.db" },
    runs: { type: "string", default: "50" },
    every: { type: "string", default: "10" },
  },
});
const dir = mkdtempSync(join(tmpdir(), "nianbao-names-"));
const file = join(dir, "bench.db");
copyFileSync(args.db, file);
for (const ext of ["-wal", "-shm"]) if (existsSync(args.db + ext)) copyFileSync(args.db + ext, file + ext);
const client = await openClient(`file:${file}`);
await migrateDb(client);
await client.execute({
  sql: `INSERT OR IGNORE INTO agency_names_history (agency_id, name, rel_to)
        SELECT id, name || '（旧称）', 2 FROM agencies WHERE rowid % ? = 0`,
  args: [Number(args.every)],
});
const dialect = new SQLiteSyncDialect();
const reads: [string, (rel: number | null) => SQL][] = [
  [
    "every agency with an active report",
    (rel) => sql`SELECT a.id, ${agencyNameAsOf(rel)} AS name FROM agencies a
      WHERE a.id IN (SELECT agency_id FROM report_facts)`,
  ],
  [
    "one ranking page (20 agencies)",
    (rel) => sql`SELECT f.agency_id, ${agencyNameAsOf(rel)} AS name FROM (SELECT agency_id, apps_new FROM report_facts
      ORDER BY apps_new DESC LIMIT 20) f JOIN agencies a ON a.id = f.agency_id`,
  ],
];
const time = async (q: SQL): Promise<{ p50: number; p95: number; rows: number }> => {
  const { sql: text, params } = dialect.sqlToQuery(q);
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < Number(args.runs) + 3; i++) {
    const start = performance.now();
    rows = (await client.execute({ sql: text, args: params as never })).rows.length;
    if (i >= 3) ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), rows };
};
const renamed = Number((await client.execute("SELECT count(*) AS n FROM agency_names_history")).rows[0].n);
console.log(`${args.db}: ${renamed} renamed agencies in agency_names_history; ${args.runs} runs each`);
for (const [name, q] of reads) {
  const now = await time(q(null));
  const pinned = await time(q(1));
  console.log(
    `${name} (${now.rows} rows): current p50 ${now.p50.toFixed(2)} / p95 ${now.p95.toFixed(2)} ms; pinned p50 ` +
      `${pinned.p50.toFixed(2)} / p95 ${pinned.p95.toFixed(2)} ms`,
  );
}
client.close();
rmSync(dir, { recursive: true, force: true });
