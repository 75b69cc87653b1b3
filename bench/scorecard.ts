/**
 * Scorecard cost on a loaded database: the narrative signatures of a year (cold: every report text of the year read,
 * shingled and signed once per process and data version), then the whole scorecard for the nation and for one
 * province: the first time (its reads, which are then kept per data version) and repeated (scoring and rank
 * sensitivity again, as for another weight or ranking page) as p50/p95, and the JSON size.
 *   npx tsx --conditions react-server bench/scorecard.ts --db file:data/nianbao.db [--year 2023] [--runs 20]
 * (`react-server` lets the queries' `import "server-only"` load outside Next.)
 *
 * 2026-12-05, demo corpus (`npm run corpus -- --agencies 2000 --years 2014-2024 --seed 2024` + seeds → 21,825 reports,
 * ingested with --demo), year 2024, 20 runs, shared 2-core machine (load ≈ 8 for the second set: CPU times hold):
 *   narrative signatures of 2024 and 2023, cold: 809 ms (780 ms CPU) at load 3; 1,616 ms (767 ms CPU) at load 8
 *   national, 2,005 agencies, reads not kept yet: p50 306 ms, p95 440 ms at load 3 (most of it libSQL turning
 *     ≈ 10,000 rows into objects, ≈ 1.2 µs a value)
 *   national with the reads kept per data version: first 1,267 ms (424 ms CPU), then p50 46 ms / p95 148 ms wall,
 *     p50 31 ms CPU; JSON 1.07 MB
 *   province 51, 141 agencies: first 41 ms (24 ms CPU), then p50 2 ms, p95 6 ms; JSON 82 KB
 * Over HTTP (`next start` on that file, 20 curl requests after a first, load ≈ 7): /api/scorecard national first
 * 2.9 s (narratives and reads), then p50 134 ms / p95 321 ms (1.2 MB of JSON); province 51 p50 20 ms / p95 77 ms;
 * /scorecard national p50 134 ms / p95 249 ms (319 KB of HTML; it was 1.7 MB while the chart was handed every
 * agency), a province's page p50 65 ms / p95 123 ms. Before the reads were kept: national API p50 1.1 s, page 1.0 s.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getAvailableYears } from "@/lib/queries/overview";
import { getNarrativeChecks } from "@/lib/queries/narrative-twins";

import { getScorecard, type ScorecardScope } from "@/lib/queries/scorecard";

import { DEFAULT_WEIGHTS } from "@/lib/scorecard/weights";

const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    year: { type: "string" },
    runs: { type: "string", default: "20" },
    province: { type: "string" },
  },
});
if (args.db) process.env.DATABASE_URL = args.db;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/**
 * Wall time, and the process's CPU time (the native SQLite reads run on this thread too): on a shared machine the CPU
 * time is the steadier figure.
 */
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
    `narrative signatures ${year} and ${year - 1}, cold: ${cold.ms.toFixed(0)} ms (${cold.cpuMs.toFixed(0)} ms CPU) ` +
      `for ${checks.length} reports ` +
      `(${short} too short to judge, ${twins} with a twin ≥ 0.9)`,
  );
  const national: ScorecardScope = { region: "", level: null, kind: null };
  // The province with the most reports that year (the demo spreads them thinly; a real province holds hundreds).
  const db = await getDb();
  const [largest] = await db.all<{ code: string }>(
    sql`SELECT province_code AS code FROM report_facts WHERE year = ${year} AND province_code IS NOT NULL GROUP BY 1
    ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  const province = args.province ?? largest?.code ?? "";
  for (const [name, scope] of [
    ["national", national],
    [`province ${province}`, { ...national, region: province }],
  ] as const) {
    const first = await timed(() => scorecard(scope, year)); // reads, then kept per data version
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
    console.log(
      `${name}: ${agencies} agencies, first ${first.ms.toFixed(0)} ms (${first.cpuMs.toFixed(0)} ms CPU); ` +
        `then wall ${p(times)}, CPU ${p(cpu)}; JSON ${(size / 1024).toFixed(0)} KB`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
