/**
 * As-of reads against the current read, on a scale database: the dashboard's main aggregates — per-year
 * totals of a scope (pre-aggregates), the ranking of its sub-regions, a county's agency ranking and an agency's
 * series (report_facts), and the reads of /quality and the agency page (failing list, rules, an agency's findings and
 * files with their counts) — timed as the current read and as the read pinned to an earlier release, through the
 * same as-of helpers the queries use (lib/releases/as-of.ts). Median and p95 of `--runs` runs each, warm cache.
 *   npx tsx bench/releases.ts --db /tmp/rel-bench/base.db [--rel 1] [--runs 50]
 */
import { parseArgs } from "node:util";
import { createClient, type InValue } from "@libsql/client";
import { sql, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { aggFrom, factFindingsFrom, factsFrom, findingsFrom, reportCountAsOf } from "@/lib/releases/as-of";
import { percentile } from "./million/load";
import { pick } from "./million/targets";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "bench/out/million.db" },
    rel: { type: "string", default: "1" },
    runs: { type: "string", default: "50" },
  },
});
const client = createClient({ url: `file:${args.db}` });
const dialect = new SQLiteSyncDialect();
const rel = Number(args.rel);
const runs = Number(args.runs);
const p = await pick(client);

const SUMS = sql.raw(
  "SUM(reports), SUM(failing), SUM(apps_new), SUM(outcome_total), SUM(granted), SUM(denied), SUM(review_total)",
);
const reads: [string, (r: number | null) => SQL][] = [
  ["totals · national", (r) => sql`SELECT year, ${SUMS} FROM ${aggFrom(r)} WHERE scope = '' GROUP BY year`],
  ["totals · province", (r) => sql`SELECT year, ${SUMS} FROM ${aggFrom(r)} WHERE scope = ${p.province} GROUP BY year`],
  ["totals · county", (r) => sql`SELECT year, ${SUMS} FROM ${aggFrom(r)} WHERE scope = ${p.county} GROUP BY year`],
  [
    "ranking · provinces",
    (r) =>
      sql`SELECT scope, SUM(apps_new) AS v FROM ${aggFrom(r)} WHERE parent_scope = '' AND year = ${p.year} GROUP BY
      scope ORDER BY v DESC LIMIT 20`,
  ],
  [
    "ranking · cities of 33",
    (r) =>
      sql`SELECT scope, SUM(apps_new) AS v FROM ${aggFrom(r)} WHERE parent_scope = ${p.province} AND year =
      ${p.year} GROUP BY scope ORDER BY v DESC LIMIT 20`,
  ],
  [
    "ranking · county agencies",
    (r) =>
      sql`SELECT agency_id, apps_new FROM ${factsFrom(r)} WHERE county_code = ${p.county} AND year = ${p.year} ORDER
      BY apps_new DESC LIMIT 20`,
  ],
  [
    "series · agency",
    (r) => sql`SELECT year, apps_new, granted FROM ${factsFrom(r)} WHERE agency_id = ${p.agency} ORDER BY year`,
  ],
  ["years · national", (r) => sql`SELECT DISTINCT year FROM ${aggFrom(r)} WHERE scope = '' ORDER BY year`],
  [
    "quality · failing of county",
    (r) =>
      sql`SELECT report_id FROM ${factsFrom(r)} WHERE has_error = 1 AND county_code = ${p.county}
      ORDER BY year DESC, report_id DESC LIMIT 50`,
  ],
  [
    "quality · rules of city",
    (r) =>
      sql`SELECT rule, year, COUNT(DISTINCT report_id) FROM ${factFindingsFrom(
        r,
        "f.rule, rf.year, f.report_id",
        sql`f.severity = 'error' AND rf.city_code = ${p.city}`,
        "e",
      )} GROUP BY rule, year`,
  ],
  [
    "agency · findings",
    (r) =>
      sql`SELECT f.rule FROM ${factsFrom(r, "rf")} JOIN ${findingsFrom(r, "f")} ON f.report_id = rf.report_id
      WHERE rf.agency_id = ${p.agency}`,
  ],
  [
    "agency · files and counts",
    (r) =>
      sql`SELECT r.public_id, ${reportCountAsOf(r, "error_count")}, ${reportCountAsOf(r, "warning_count")}
      FROM reports r WHERE r.agency_id = ${p.agency}`,
  ],
];

async function time(q: SQL): Promise<{ p50: number; p95: number; rows: number }> {
  const { sql: text, params } = dialect.sqlToQuery(q);
  const stmt = { sql: text, args: params as InValue[] };
  const first = await client.execute(stmt);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await client.execute(stmt);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), rows: first.rows.length };
}

const count = async (q: string) => Number((await client.execute(q)).rows[0].n);
console.log(
  JSON.stringify({
    db: args.db,
    rel,
    picks: { province: p.province, city: p.city, county: p.county, agency: p.agency, year: p.year },
    releases: await count("SELECT count(*) AS n FROM releases"),
    facts: await count("SELECT count(*) AS n FROM report_facts"),
    factsHistory: await count("SELECT count(*) AS n FROM report_facts_history"),
    agg: await count("SELECT count(*) AS n FROM agg_region_year"),
    aggHistory: await count("SELECT count(*) AS n FROM agg_region_year_history"),
    findingsHistory: await count("SELECT count(*) AS n FROM findings_history"),
    countsHistory: await count("SELECT count(*) AS n FROM report_counts_history"),
  }),
);
console.log(`${"read".padEnd(28)} current p50/p95 (rows)   as of rel ${rel} p50/p95 (rows)   (ms)`);
const f = (n: number) => n.toFixed(2);
for (const [name, build] of reads) {
  const now = await time(build(null));
  const then = await time(build(rel));
  console.log(
    `${name.padEnd(28)} ${`${f(now.p50)}/${f(now.p95)} (${now.rows})`.padEnd(24)} ${f(then.p50)}/${f(then.p95)} ` +
      `(${then.rows})`,
  );
}
client.close();
