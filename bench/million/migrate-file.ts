/**
 * Brings an existing scale database to the current schema and reclaims the space migrations free:
 *   npx tsx bench/million/migrate-file.ts [--db bench/out/million.db] [--vacuum]
 * Prints the time of each step and the file size before and after. (The dashboard would migrate on start too,
 * but it cannot VACUUM, and it would spend the first minutes of a benchmark doing it.)
 */
import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";

const { values: args } = parseArgs({
  options: { db: { type: "string", default: "bench/out/million.db" }, vacuum: { type: "boolean", default: false } },
});
const mb = () => (statSync(args.db!).size / 1e6).toFixed(0);
console.log(`${args.db}: ${mb()} MB`);
const client = await openClient(`file:${args.db}`);
let t = performance.now();
await migrateDb(client);
await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
console.log(`migrated in ${((performance.now() - t) / 1000).toFixed(1)} s: ${mb()} MB`);
if (args.vacuum) {
  t = performance.now();
  await client.execute("VACUUM");
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  console.log(`VACUUM in ${((performance.now() - t) / 1000).toFixed(1)} s: ${mb()} MB`);
}
const [row] = (await client.execute("SELECT count(*) AS n FROM reports")).rows;
console.log(`reports: ${row.n}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
client.close();
