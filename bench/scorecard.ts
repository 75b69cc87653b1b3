/**
 * Scorecard cost on a loaded database: the narrative signatures of a year (cold: every report text of the year read,
 * shingled and signed once per process and data version), then the whole scorecard (reads + scoring + rank
 * sensitivity) for the nation and for one province, warm, as p50/p95 over repeated runs, and the JSON size.
 *   npx tsx --conditions react-server bench/scorecard.ts --db file:data/nianbao.db [--year 2023] [--runs 20]
 * (`react-server` lets the queries' `import "server-only"` load outside Next.)
 *
 * 2026-12-05, demo corpus (`npm run corpus -- --agencies 2000 --years 2014-2024 --seed 2024` + seeds → 21,825 reports,
 * ingested with --demo), year 2024, 20 runs, shared 2-core machine at load ≈ 3–4:
 *   narrative signatures of 2024 and 2023, cold: 809 ms (780 ms CPU) for 2,001 reports
 *   national, 2,005 agencies: p50 306 ms, p95 440 ms; JSON 1.07 MB
 *   province 51, 141 agencies: p50 18 ms, p95 30 ms; JSON 82 KB
 * Most of the national time is libSQL turning rows into objects (≈ 1.2 µs a value) for ≈ 10,000 rows of facts.
 */
import { parseArgs } from "node:util";
import { getAvailableYears } from "@/lib/queries/overview";
import { getNarrativeChecks } from "@/lib/queries/narrative-twins";

import { getScorecard, type ScorecardScope } from "@/lib/queries/scorecard";

import { DEFAULT_WEIGHTS } from "@/lib/scorecard/weights";

const { values: args } = parseArgs({
  options: { db: { type: "string" }, year: { type: "string" }, runs: { type: "string", default: "20" }, province: { type: "string" } },
});
if (args.db) process.env.DATABASE_URL = args.db;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** Wall time, and the process's CPU time (the native SQLite reads run on this thread too): on a shared machine the CPU time is the steadier figure. */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

const scorecard = (scope: ScorecardScope, year: number) => getScorecard({ scope, year, weights: DEFAULT_WEIGHTS });

async function main() {
  const years = await getAvailableYears();
  const year = args.year ? Number(args.year) : years.at(-1)!;
  const cold = await timed(() => getNarrativeChecks({ scope: { region: "", level: null, kind: null }, year }));
  const checks = cold.value;
  const twins = checks.filter((c) => (c.similarity ?? 0) >= 0.9).length;
  const short = checks.filter((c) => c.status === "short").length;
  console.log(
    `narrative signatures ${year} and ${year - 1}, cold: ${cold.ms.toFixed(0)} ms (${cold.cpuMs.toFixed(0)} ms CPU) for ${checks.length} reports ` +
      `(${short} too short to judge, ${twins} with a twin ≥ 0.9)`,
  );
  const national: ScorecardScope = { region: "", level: null, kind: null };
  const first = await scorecard(national, year);
  // The province with the most agencies (the demo spreads them thinly; a real province holds hundreds).
  const province = args.province ?? [...first.regions].filter((r) => r.code).sort((a, b) => b.agencies - a.agencies)[0]?.code ?? "";
  for (const [name, scope] of [["national", national], [`province ${province}`, { ...national, region: province }]] as const) {
    const times: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    let agencies = 0;
    for (let i = 0; i < Number(args.runs); i++) {
      const { ms, cpuMs, value } = await timed(() => scorecard(scope, year));
      times.push(ms);
      cpu.push(cpuMs);
      size = JSON.stringify(value).length;
      agencies = value.agencies.length;
    }
    const p = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(0)} ms, p95 ${quantile(xs, 0.95).toFixed(0)} ms`;
    console.log(`${name}: ${agencies} agencies, wall ${p(times)}; CPU ${p(cpu)}; JSON ${(size / 1024).toFixed(0)} KB`);
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(e);
  process.exit(1);
});
