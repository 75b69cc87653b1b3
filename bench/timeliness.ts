/**
 * Timeliness reads on a loaded database: the national, one province's and one city's counts (getTimeliness) and
 * list of late and missing years (getTimelinessList, page 1), each cold (first read of the scope) and then kept per
 * data version (p50/p95), and the query plans of what the counts and the list read.
 *   npx tsx --conditions react-server bench/timeliness.ts --db file:data/nianbao.db [--runs 20]
 * (`react-server` lets the queries' `import "server-only"` load outside Next.)
 */
import { parseArgs } from "node:util";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { aggChildrenWhere } from "@/lib/queries/filters";
import { getTimeliness, getTimelinessList } from "@/lib/queries/timeliness";

const { values: args } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string", default: "20" } } });
if (args.db) process.env.DATABASE_URL = args.db;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** Wall milliseconds; `cpu` also gets the process's CPU milliseconds (the machine is shared: wall time stretches). */
async function timed(run: () => Promise<unknown>, cpu?: number[]): Promise<number> {
  const start = performance.now();
  const used = process.cpuUsage();
  await run();
  const spent = process.cpuUsage(used);
  cpu?.push((spent.user + spent.system) / 1000);
  return performance.now() - start;
}

const db = await getDb();
const plan = async (q: SQL) => (await db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${q}`)).map((r) => r.detail);
const [{ p, c }] = await db.all<{ p: string; c: string }>(sql`
  SELECT province_code AS p, city_code AS c FROM report_facts WHERE city_code IS NOT NULL GROUP BY city_code ORDER
  BY COUNT(*) DESC LIMIT 1`);
for (const region of ["", p, c]) {
  const scope = { region, from: null, to: null, level: null, kind: null };
  const cpu: number[] = [];
  const counts = await timed(() => getTimeliness({ scope }), cpu);
  const list = await timed(() => getTimelinessList({ scope, statuses: ["late", "missing"], page: 1 }), cpu);
  const warm: number[] = [];
  for (let i = 0; i < Number(args.runs); i++)
    warm.push(
      await timed(() =>
        Promise.all([getTimeliness({ scope }), getTimelinessList({ scope, statuses: ["late", "missing"], page: 1 })]),
      ),
    );
  const s = await getTimeliness({ scope });
  console.log(
    `region ${region || "national"}: agency-years ${Object.values(s.totals).reduce((a, b) => a + b, 0)} ` +
      `${JSON.stringify(s.totals)}`,
  );
  console.log(
    `  cold: counts ${counts.toFixed(0)} ms (CPU ${cpu[0].toFixed(0)} ms), list ${list.toFixed(0)} ms (CPU ` +
      `${cpu[1].toFixed(0)} ms); kept: p50 ${quantile(warm, 0.5).toFixed(2)}` +
      ` ms, p95 ${quantile(warm, 0.95).toFixed(2)} ms`,
  );
  const within = { ...scope, from: 2014, to: 2024 };
  const children = await plan(sql`SELECT on_time FROM timeliness_agg WHERE ${aggChildrenWhere(within)}`);
  console.log(`  plan children: ${children.join(" | ")}`);
}
