/**
 * Workbook cost on a loaded database: GET /api/export/workbook for one province (the one with most reports in the
 * latest year), each view: the first request (reads not yet in SQLite's page cache, exceljs loaded), then p50/p95 of
 * repeated requests (wall and this process's CPU), and the .xlsx size.
 *   npx tsx --conditions react-server bench/workbook.ts --db file:/path/to/demo.db [--province 51] [--runs 10]
 * (`react-server` lets the queries' `import "server-only"` load outside Next.) Results: bench/RESULTS.md.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { GET } from "@/app/api/export/workbook/route";

const { values: args } = parseArgs({
  options: { db: { type: "string" }, runs: { type: "string", default: "10" }, province: { type: "string" } },
});
if (args.db) process.env.DATABASE_URL = args.db;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function timed(query: string): Promise<{ ms: number; cpuMs: number; bytes: number; sheets: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const res = await GET(new NextRequest(new URL(`http://localhost/api/export/workbook?${query}`)));
  if (res.status !== 200) throw new Error(`${query}: HTTP ${res.status} ${await res.text()}`);
  const body = new Uint8Array(await res.arrayBuffer());
  const used = process.cpuUsage(cpu);
  // Sheets: the workbook's sheet parts (xl/worksheets/sheetN.xml) named in the zip's directory.
  const sheets = new Set(
    Buffer.from(body)
      .toString("latin1")
      .match(/xl\/worksheets\/sheet\d+\.xml/g) ?? [],
  ).size;
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, bytes: body.length, sheets };
}

async function main() {
  const db = await getDb();
  const [largest] = await db.all<{ code: string; n: number }>(sql`
    SELECT province_code AS code, COUNT(*) AS n FROM report_facts
    WHERE year = (SELECT MAX(year) FROM report_facts) AND province_code IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT
    1`);
  const province = args.province ?? largest?.code ?? "";
  const [{ reports }] = await db.all<{ reports: number }>(
    sql`SELECT COUNT(*) AS reports FROM report_facts WHERE province_code = ${province}`,
  );
  console.log(`province ${province}: ${reports} reports (all years)`);
  const views = [
    ["overview", `view=overview&region=${province}`],
    ["overview, a rate", `view=overview&region=${province}&metric=rate.grant`],
    ["compare", `view=compare&region=${province}`],
    ["quality", `view=quality&region=${province}`],
    ["scorecard", `view=scorecard&region=${province}`],
  ] as const;
  for (const [name, query] of views) {
    const first = await timed(query);
    const runs: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < Number(args.runs); i++) runs.push(await timed(query));
    const p = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(0)} ms, p95 ${quantile(xs, 0.95).toFixed(0)} ms`;
    console.log(
      `${name}: ${first.sheets} sheets, ${(first.bytes / 1024).toFixed(1)} KB; first ${first.ms.toFixed(0)} ms ` +
        `(${first.cpuMs.toFixed(0)} ms CPU); then wall ${p(runs.map((r) => r.ms))}, CPU ${p(runs.map((r) => r.cpuMs))}`,
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
