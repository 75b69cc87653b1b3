/**
 * Corpus generator throughput: documents/s made in memory (no disk) and written to a temporary
 * folder (one thread, then two worker threads), for a 2,000-agency × 11-year corpus. Prints numbers;
 * not a test. CPU time is printed beside wall time: on a shared machine wall time includes waiting.
 *   npx tsx bench/corpus.ts [--agencies 2000]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { drawAgencies } from "@/lib/corpus/agencies";
import { agencyReports } from "@/lib/corpus/agency-reports";
import { generateCorpus } from "@/lib/corpus/generate";

const { values: args } = parseArgs({ options: { agencies: { type: "string", default: "2000" } } });
const agencies = Number(args.agencies);
const opts = { seed: 7, fromYear: 2014, toYear: 2024, faultRate: 0.05 };

function inMemory(): void {
  const cpu = process.cpuUsage();
  const t = performance.now();
  let docs = 0;
  let bytes = 0;
  for (const agency of drawAgencies(agencies, opts.seed)) {
    for (const r of agencyReports(agency, opts)) {
      docs++;
      bytes += r.bytes.length + JSON.stringify(r.truth).length;
    }
  }
  const s = (performance.now() - t) / 1000;
  const c = process.cpuUsage(cpu);
  const cpuS = (c.user + c.system) / 1e6;
  console.log(
    `in memory: ${docs} documents, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s wall, ${cpuS.toFixed(2)} s ` +
      `CPU → ${Math.round(docs / s)} documents/s (${Math.round(docs / cpuS)} per CPU-second)`,
  );
}

async function toDisk(jobs: number): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "nianbao-corpus-"));
  const cpu = process.cpuUsage();
  const t = performance.now();
  const summary = await generateCorpus({ ...opts, agencies, out, jobs });
  const s = (performance.now() - t) / 1000;
  const c = process.cpuUsage(cpu);
  const cpuS = (c.user + c.system) / 1e6;
  console.log(
    `to disk, ${jobs} job(s): ${summary.documents} documents in ${s.toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU → ` +
      `${Math.round(summary.documents / s)} documents/s; peak RSS ` +
      `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  rmSync(out, { recursive: true, force: true });
}

inMemory();
await toDisk(1);
await toDisk(2);
