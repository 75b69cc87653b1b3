/**
 * What the timeliness triggers cost the writer, through libSQL in this process, on a copy of a built file. Each
 * round runs the writer's two shapes inside one write transaction and rolls it back, so every variant sees the
 * same file: `supersede` deletes N reports' report_facts rows one statement each (writeStoredChanges), `ingest`
 * puts them back as multi-row INSERTs of 500 rows (insertRows), then they are deleted again 500 ids a statement
 * (what a per-batch delete would cost). Variants alternate round by round:
 *   none       the timeliness triggers dropped (the floor)
 *   triggers   the triggers as migrated
 *   memory     the same with PRAGMA temp_store = MEMORY on the transaction's connection
 * Prints CPU milliseconds per report (median over rounds) and checks that a rolled-back round changed nothing.
 *   npx tsx bench/timeliness-write.ts --db /tmp/base.db [--reports 3000] [--rounds 5]
 * Build the file first: npx tsx bench/million/build.ts --agencies 400 --years 2011-2024 --out /tmp/base.db
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Client, InValue, Transaction } from "@libsql/client";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";

const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    reports: { type: "string", default: "3000" },
    rounds: { type: "string", default: "5" },
    /** Triggers to try instead (a migration-shaped file): variant "candidate" drops every trigger and runs it. */
    candidate: { type: "string" },
  },
});
if (!args.db) throw new Error("--db FILE (a built database, copied before use)");

const ROWS_PER_INSERT = 500;
const work = mkdtempSync(join(tmpdir(), "nianbao-bench-tw-"));

async function copyOf(name: string): Promise<Client> {
  const path = join(work, name);
  copyFileSync(args.db as string, path);
  const client = await openClient(`file:${path}`);
  await migrateDb(client);
  return client;
}

type Variant = { name: string; client: Client; setup?: (tx: Transaction) => Promise<void> };

async function round(v: Variant, facts: Record<string, InValue>[], cols: string[]) {
  const tx = await v.client.transaction("write");
  try {
    await v.setup?.(tx);
    const t0 = process.cpuUsage();
    for (const f of facts)
      await tx.execute({ sql: "DELETE FROM report_facts WHERE report_id = ?", args: [f.report_id] });
    const t1 = process.cpuUsage();
    const row = `(${cols.map(() => "?").join(",")})`;
    for (let i = 0; i < facts.length; i += ROWS_PER_INSERT) {
      const part = facts.slice(i, i + ROWS_PER_INSERT);
      await tx.execute({
        sql: `INSERT INTO report_facts (${cols.join(",")}) VALUES ${part.map(() => row).join(",")}`,
        args: part.flatMap((f) => cols.map((c) => f[c])),
      });
    }
    const t2 = process.cpuUsage();
    for (let i = 0; i < facts.length; i += ROWS_PER_INSERT) {
      const ids = facts.slice(i, i + ROWS_PER_INSERT).map((f) => f.report_id);
      await tx.execute({
        sql: `DELETE FROM report_facts WHERE report_id IN (${ids.map(() => "?").join(",")})`,
        args: ids,
      });
    }
    const t3 = process.cpuUsage();
    const ms = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1000;
    return { supersede: ms(t0, t1), ingest: ms(t1, t2), batched: ms(t2, t3) };
  } finally {
    await tx.rollback();
    tx.close();
  }
}

const TIMELINESS = "SELECT count(*) AS n, total(on_time) + total(late) + total(undated) AS c FROM timeliness_agg";
try {
  const none = await copyOf("none.db");
  const triggers = (await none.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")).rows.map((r) =>
    String(r.name),
  );
  for (const t of triggers) await none.execute(`DROP TRIGGER ${t}`);
  const withTriggers = await copyOf("triggers.db");
  const before = (await withTriggers.execute(TIMELINESS)).rows[0];
  const variants: Variant[] = [
    { name: "none", client: none },
    { name: "triggers", client: withTriggers },
    {
      name: "memory",
      client: withTriggers,
      setup: async (tx) => void (await tx.execute("PRAGMA temp_store = MEMORY")),
    },
  ];
  if (args.candidate) {
    const candidate = await copyOf("candidate.db");
    for (const t of triggers) await candidate.execute(`DROP TRIGGER IF EXISTS ${t}`);
    for (const stmt of readFileSync(args.candidate, "utf8").split("--> statement-breakpoint"))
      if (stmt.replace(/--.*$/gm, "").trim()) await candidate.execute(stmt);
    variants.push({ name: "candidate", client: candidate });
  }
  const rs = await none.execute({
    sql: "SELECT * FROM report_facts ORDER BY report_id LIMIT ?",
    args: [Number(args.reports)],
  });
  const cols = rs.columns;
  const facts = rs.rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c] as InValue])));
  console.log(`triggers dropped for "none": ${triggers.join(", ")}; ${facts.length} reports per round`);
  const results = new Map<string, { supersede: number[]; ingest: number[]; batched: number[] }>();
  for (let i = 0; i < Number(args.rounds); i++)
    for (const v of variants) {
      const r = await round(v, facts, cols);
      const acc = results.get(v.name) ?? { supersede: [], ingest: [], batched: [] };
      acc.supersede.push(r.supersede);
      acc.ingest.push(r.ingest);
      acc.batched.push(r.batched);
      results.set(v.name, acc);
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, r] of results)
    console.log(
      `${name.padEnd(9)} CPU per report: supersede (DELETE, one statement each) ` +
        `${(median(r.supersede) / facts.length).toFixed(3)} ms, ingest (INSERT, ${ROWS_PER_INSERT} rows a ` +
        `statement) ${(median(r.ingest) / facts.length).toFixed(3)} ms, delete again (${ROWS_PER_INSERT} ids a ` +
        `statement) ${(median(r.batched) / facts.length).toFixed(3)} ms`,
    );
  const after = (await withTriggers.execute(TIMELINESS)).rows[0];
  if (after.n !== before.n || after.c !== before.c) throw new Error("a rolled-back round changed timeliness_agg");
  none.close();
  withTriggers.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
