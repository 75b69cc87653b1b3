/**
 * Throughput check: `npx tsx bench/ingest-measure.ts [N] [workers]` writes N distinct seed copies to a temp
 * folder, ingests them into a fresh temp database and prints wall-clock rate and CPU per report (all
 * threads). CPU per report is the figure to compare on a shared machine; wall rate depends on the load.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { ingestPaths } from "@/lib/ingest/ingest";
import { writeSeedCopies } from "@/test/helpers/seed-copies";
import { freshDb, tempDir } from "@/test/helpers/ingest";

const n = Number(process.argv[2] ?? 10_000);
const workers = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const dir = tempDir("nianbao-measure-");
writeSeedCopies(join(dir, "reports"), n);
const { client } = await freshDb(dir);
const cpu0 = process.cpuUsage();
const summary = await ingestPaths([join(dir, "reports")], { client, workers });
const cpu = process.cpuUsage(cpu0);
client.close();
rmSync(dir, { recursive: true, force: true });
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  JSON.stringify({
    reports: n,
    added: summary.added,
    failed: summary.failed,
    seconds: +(summary.elapsedMs / 1000).toFixed(1),
    reportsPerSecond: Math.round(summary.reportsPerSecond),
    cpuMsPerReport: +(cpuMs / n).toFixed(2),
  }),
);
for (const f of summary.failures.slice(0, 5)) console.error(`failed: ${f.file}: ${f.error}`);
