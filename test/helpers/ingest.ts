/**
 * Test support for ingest: fresh migrated libSQL files under the OS temp folder, integrity checks shared by
 * the DB tests, and real 2021-template report documents built from chosen values (read by the real parser).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, afterEach } from "vitest";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { CORE_METRICS } from "@/lib/metrics";
import { activeRows } from "@/lib/corpus/active";
import type { Values } from "@/lib/corpus/figures";
import { renderReport } from "@/lib/corpus/render";
import { applicationRows, reviewRows } from "@/lib/corpus/tables";
import type { Block } from "@/lib/corpus/types";

const created: string[] = [];

/** A fresh folder under the OS temp folder; test files remove theirs with `removeTempDirs` in afterAll. */
export function tempDir(prefix = "nianbao-ingest-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function freshDb(dir = tempDir()): Promise<{ client: Client; url: string; dir: string }> {
  const url = `file:${join(dir, "test.db")}`;
  const client = await openClient(url);
  await migrateDb(client);
  return { client, url, dir };
}

/**
 * For a test file: a factory of fresh migrated databases, each closed after its test, their folders removed
 * after the file.
 */
export function useFreshDbs(): () => Promise<{ client: Client; url: string; dir: string }> {
  const clients: Client[] = [];
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(removeTempDirs);
  return async () => {
    const d = await freshDb();
    clients.push(d.client);
    return d;
  };
}

export interface ReportSpec {
  /** A real agency name: the real regions module resolves its region from it. */
  agency: string;
  year: number;
  /** YYYY-MM-DD, printed as a 发布时间 line. */
  published?: string;
  /** Canonical keys; a key not given prints 0, a `null` one prints blank. */
  values?: Record<string, number | null>;
}

/**
 * A real 2021-template report document (the `|` layout of seed 002), laid out by the corpus generator's
 * table builders and renderer so its wording is the one the parser is tested against.
 */
export function reportText(r: ReportSpec): string {
  const given = r.values ?? {};
  // The corpus row builders print a key that is `in` the values and blank otherwise.
  const values = new Proxy({} as Values, {
    has: (_, k) => given[String(k)] !== null,
    get: (_, k) => given[String(k)] ?? 0,
  });
  const blocks: Block[] = [
    { kind: "title", text: `${r.agency}${r.year}年政府信息公开工作年度报告` },
    ...(r.published ? [{ kind: "para" as const, text: `发布时间:${r.published}` }] : []),
    { kind: "para", text: `本报告所列数据的统计期限为${r.year}年1月1日至${r.year}年12月31日。` },
    { kind: "heading", text: "二、主动公开政府信息情况" },
    { kind: "table", rows: activeRows(values, "2021"), glue: false },
    { kind: "heading", text: "三、收到和处理政府信息公开申请情况" },
    { kind: "table", rows: applicationRows(values, "2021", false), glue: false },
    { kind: "heading", text: "四、政府信息公开行政复议、行政诉讼情况" },
    { kind: "table", rows: reviewRows(values), glue: false },
    { kind: "heading", text: "五、存在的主要问题及改进情况" },
    { kind: "para", text: "无。" },
  ];
  return renderReport(blocks, "pipes", "plain");
}

/**
 * §三 figures that satisfy the template's sums (R1–R3), all in the natural-person column: `fresh` new and
 * `over` carried-over applications, `forward` of them carried forward, the rest granted.
 */
export function applications(fresh: number, over = 0, forward = 0): Record<string, number> {
  const out: Record<string, number> = {};
  const handled = fresh + over - forward;
  const rows: [string, number][] = [
    ["apps.new", fresh],
    ["apps.carried_over", over],
    ["apps.carried_forward", forward],
    ["outcome.granted", handled],
    ["outcome.total", handled],
  ];
  for (const [row, n] of rows) out[`${row}.natural_person`] = out[`${row}.total`] = n;
  return out;
}

type Rows = Record<string, unknown>[];

/** Everything a reader relies on: each active report has its facts, values; agg equals GROUP BY of facts. */
export async function integrityProblems(client: Client): Promise<string[]> {
  const problems: string[] = [];
  const q = async (sql: string) => (await client.execute(sql)).rows as unknown as Rows;
  const noFacts = await q(
    "SELECT count(*) AS n FROM reports r WHERE status = 'active' AND NOT EXISTS (SELECT 1 FROM report_facts f WHERE " +
      "f.report_id = r.id)",
  );
  if (Number(noFacts[0].n) > 0) problems.push(`${noFacts[0].n} active reports without facts`);
  const orphanFacts = await q(
    "SELECT count(*) AS n FROM report_facts f JOIN reports r ON r.id = f.report_id WHERE r.status != 'active'",
  );
  if (Number(orphanFacts[0].n) > 0) problems.push(`${orphanFacts[0].n} facts of non-active reports`);
  const noValues = await q(
    "SELECT count(*) AS n FROM reports r WHERE status != 'failed' AND NOT EXISTS (SELECT 1 FROM report_values v " +
      "WHERE v.report_id = r.id)",
  );
  if (Number(noValues[0].n) > 0) problems.push(`${noValues[0].n} reports without values`);
  const noKey = await q(
    "SELECT count(*) AS n FROM report_values v WHERE NOT EXISTS (SELECT 1 FROM value_keys k WHERE k.id = v.key_id)",
  );
  if (Number(noKey[0].n) > 0) problems.push(`${noKey[0].n} values whose key_id is not in value_keys`);
  const twoActive = await q(
    "SELECT count(*) AS n FROM (SELECT agency_id, year FROM reports WHERE status = 'active' GROUP BY 1, 2 HAVING " +
      "count(*) > 1)",
  );
  if (Number(twoActive[0].n) > 0) problems.push(`${twoActive[0].n} agency-years with two active reports`);
  problems.push(...(await aggMismatches(client)));
  return problems;
}

/** agg_region_year must equal a GROUP BY over report_facts for every scope (NULL sums compared as 0). */
export async function aggMismatches(client: Client): Promise<string[]> {
  const cols = ["reports", "failing", ...CORE_METRICS.map((m) => m.column)];
  const sums = [
    "count(*) AS reports",
    "sum(has_error) AS failing",
    ...CORE_METRICS.map((m) => `coalesce(sum(${m.column}), 0) AS ${m.column}`),
  ];
  const scopes = ["''", "province_code", "city_code", "county_code"];
  const grouped = scopes
    .map(
      (s) =>
        `SELECT ${s} AS scope, year, level, kind, ${sums.join(", ")} FROM report_facts WHERE ${s} IS NOT NULL GROUP ` +
        `BY 1, 2, 3, 4`,
    )
    .join(" UNION ALL ");
  const aggCols = cols.map((c) => `coalesce(${c}, 0) AS ${c}`).join(", ");
  const rows = (await client.execute(`SELECT * FROM (${grouped}) ORDER BY 1, 2, 3, 4`)).rows;
  const agg = (
    await client.execute(`SELECT scope, year, level, kind, ${aggCols} FROM agg_region_year ORDER BY 1, 2, 3, 4`)
  ).rows;
  const key = (r: Record<string, unknown>) =>
    `${cols.map((c) => Number(r[c])).join(",")}@${r.scope}|${r.year}|${r.level}|${r.kind}`;
  const a = new Set(rows.map(key));
  const b = new Set(agg.map(key));
  const out: string[] = [];
  for (const k of a) if (!b.has(k)) out.push(`agg lacks ${k}`);
  for (const k of b) if (!a.has(k)) out.push(`agg has extra ${k}`);
  return out.slice(0, 10);
}
