/**
 * Timeliness reads on a loaded database: the national, one province's and one city's counts, cold (every agency and
 * active report of the scope read and judged) and then kept per data version (p50/p95), and the query plans.
 *   npx tsx --conditions react-server bench/timeliness.ts --db file:data/nianbao.db [--runs 20]
 * (`react-server` lets the queries' `import "server-only"` load outside Next.)
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { factsWhere } from "@/lib/queries/filters";
import { getTimeliness, getTimelinessList } from "@/lib/queries/timeliness";

const { values: args } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string", default: "20" } } });
if (args.db) process.env.DATABASE_URL = args.db;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const db = await getDb();
const [{ p, c }] = await db.all<{ p: string; c: string }>(sql`
  SELECT province_code AS p, city_code AS c FROM report_facts WHERE city_code IS NOT NULL GROUP BY city_code ORDER
  BY COUNT(*) DESC LIMIT 1`);
for (const region of ["", p, c]) {
  const scope = { region, from: null, to: null, level: null, kind: null };
  const plan = await db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN
    SELECT rf.agency_id, rf.year, r.published
    FROM (SELECT report_id, agency_id, year FROM report_facts WHERE
    ${factsWhere({ ...scope, from: 2014, to: 2024, agencies: [] })}) rf
      JOIN reports r ON r.id = rf.report_id`);
  const agencyPlan = region
    ? await db.all<{ detail: string }>(
        sql`EXPLAIN QUERY PLAN SELECT id FROM agencies WHERE
        ${sql.raw(region.length === 2 ? "province_code" : "city_code")} = ${region}`,
      )
    : [];
  const cold = await timed(() => getTimeliness({ scope }));
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
    `  cold ${cold.toFixed(0)} ms; kept: p50 ${quantile(warm, 0.5).toFixed(2)} ms, p95 ` +
      `${quantile(warm, 0.95).toFixed(2)} ms`,
  );
  console.log(`  plan facts: ${plan.map((r) => r.detail).join(" | ")}`);
  if (agencyPlan.length) console.log(`  plan agencies: ${agencyPlan.map((r) => r.detail).join(" | ")}`);
}
