/**
 * Test support for ingest: fresh migrated libSQL files under the OS temp folder, integrity checks shared by
 * the DB tests, and a tiny line-based report format with its own parser (`fakeDeps`) so ingest's own logic
 * is tested independently of the real parser's coverage.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { CORE_METRICS } from "@/lib/metrics";
import type { AgencyKind, AgencyLevel, Finding, ParsedReport, Result } from "@/lib/parser/types";
import type { IngestDeps } from "./types";

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

export interface FakeReport {
  agency: string;
  regionCode?: string;
  regionPath?: string[];
  kind?: AgencyKind;
  level?: AgencyLevel;
  year: number;
  published?: string;
  values?: Record<string, number | null>;
}

/** Writes a report in the fake format `fakeDeps` parses. */
export function fakeReportText(r: FakeReport): string {
  const lines = [`机关: ${r.agency}`, `级别: ${r.level ?? "county"} ${r.kind ?? "department"}`, `年度: ${r.year}`];
  if (r.regionCode) lines.push(`区划: ${r.regionCode} ${(r.regionPath ?? []).join("/")}`);
  if (r.published) lines.push(`发布: ${r.published}`);
  for (const [k, v] of Object.entries(r.values ?? {})) lines.push(`${k} = ${v === null ? "-" : v}`);
  return lines.join("\n") + "\n";
}

function field(text: string, label: string): string | null {
  const line = text.split("\n").find((l) => l.startsWith(`${label}: `));
  return line ? line.slice(label.length + 2).trim() : null;
}

async function fakeParse(bytes: Uint8Array): Promise<Result<ParsedReport>> {
  const text = new TextDecoder().decode(bytes);
  const name = field(text, "机关");
  const year = Number(field(text, "年度"));
  if (!name || !year) return { value: null, issues: [], error: "The file does not look like an annual report." };
  const [level, kind] = (field(text, "级别") ?? "county department").split(" ");
  const region = field(text, "区划");
  const values: Record<string, number> = {};
  const blanks: string[] = [];
  const sources: ParsedReport["sources"] = {};
  text.split("\n").forEach((l, i) => {
    const m = /^([a-z_.]+) = (-|\d+(?:\.\d+)?)$/.exec(l);
    if (!m) return;
    if (m[2] === "-") blanks.push(m[1]);
    else values[m[1]] = Number(m[2]);
    sources[m[1]] = { line: i + 1, raw: l };
  });
  const findings: Finding[] = [];
  const bal = (values["apps.new.total"] ?? 0) + (values["apps.carried_over.total"] ?? 0);
  const out = (values["outcome.total.total"] ?? 0) + (values["apps.carried_forward.total"] ?? 0);
  if (bal !== out) findings.push({ rule: "R1", severity: "error", message: "balance", keys: ["apps.new.total"], expected: bal, actual: out });
  return {
    value: {
      family: "2021", year, published: field(text, "发布"),
      agency: { name, kind: kind as AgencyKind, level: level as AgencyLevel },
      region: region ? { code: region.split(" ")[0], path: (region.split(" ")[1] ?? "").split("/").filter(Boolean) } : null,
      values, blanks, findings, sources, text,
    },
    issues: [],
  };
}

export function fakeDeps(parserVersion = "fake-1"): IngestDeps {
  return {
    parserVersion,
    parseDocument: (bytes) => fakeParse(bytes),
    agencyIdentity: (name, regionCode) => {
      const normName = name.replace(/\s+/g, "");
      const id = createHash("sha256").update(`${regionCode ?? ""}|${normName}`).digest("hex").slice(0, 16);
      return { id, normName };
    },
    pinyinInitials: (name) => String(name.length),
    checkYearChain: (prev, cur) => {
      const before = prev.values["apps.carried_forward.total"];
      const now = cur.values["apps.carried_over.total"];
      if (before === undefined || now === undefined || before === now) return [];
      return [{ rule: "R5", severity: "error", message: "year chain", keys: ["apps.carried_over.total"], expected: before, actual: now }];
    },
  };
}

type Rows = Record<string, unknown>[];

/** Everything a reader relies on: each active report has its facts, values; agg equals GROUP BY of facts. */
export async function integrityProblems(client: Client): Promise<string[]> {
  const problems: string[] = [];
  const q = async (sql: string) => (await client.execute(sql)).rows as unknown as Rows;
  const noFacts = await q("SELECT count(*) AS n FROM reports r WHERE status = 'active' AND NOT EXISTS (SELECT 1 FROM report_facts f WHERE f.report_id = r.id)");
  if (Number(noFacts[0].n) > 0) problems.push(`${noFacts[0].n} active reports without facts`);
  const orphanFacts = await q("SELECT count(*) AS n FROM report_facts f JOIN reports r ON r.id = f.report_id WHERE r.status != 'active'");
  if (Number(orphanFacts[0].n) > 0) problems.push(`${orphanFacts[0].n} facts of non-active reports`);
  const noValues = await q("SELECT count(*) AS n FROM reports r WHERE status != 'failed' AND NOT EXISTS (SELECT 1 FROM report_values v WHERE v.report_id = r.id)");
  if (Number(noValues[0].n) > 0) problems.push(`${noValues[0].n} reports without values`);
  const twoActive = await q("SELECT count(*) AS n FROM (SELECT agency_id, year FROM reports WHERE status = 'active' GROUP BY 1, 2 HAVING count(*) > 1)");
  if (Number(twoActive[0].n) > 0) problems.push(`${twoActive[0].n} agency-years with two active reports`);
  problems.push(...(await aggMismatches(client)));
  return problems;
}

/** agg_region_year must equal a GROUP BY over report_facts for every scope (NULL sums compared as 0). */
export async function aggMismatches(client: Client): Promise<string[]> {
  const cols = ["reports", "failing", ...CORE_METRICS.map((m) => m.column)];
  const sums = ["count(*) AS reports", "sum(has_error) AS failing", ...CORE_METRICS.map((m) => `coalesce(sum(${m.column}), 0) AS ${m.column}`)];
  const scopes = ["''", "province_code", "city_code", "county_code"];
  const grouped = scopes
    .map((s) => `SELECT ${s} AS scope, year, level, kind, ${sums.join(", ")} FROM report_facts WHERE ${s} IS NOT NULL GROUP BY 1, 2, 3, 4`)
    .join(" UNION ALL ");
  const aggCols = cols.map((c) => `coalesce(${c}, 0) AS ${c}`).join(", ");
  const rows = (await client.execute(`SELECT * FROM (${grouped}) ORDER BY 1, 2, 3, 4`)).rows;
  const agg = (await client.execute(`SELECT scope, year, level, kind, ${aggCols} FROM agg_region_year ORDER BY 1, 2, 3, 4`)).rows;
  const key = (r: Record<string, unknown>) => cols.map((c) => Number(r[c])).join(",") + `@${r.scope}|${r.year}|${r.level}|${r.kind}`;
  const a = new Set(rows.map(key));
  const b = new Set(agg.map(key));
  const out: string[] = [];
  for (const k of a) if (!b.has(k)) out.push(`agg lacks ${k}`);
  for (const k of b) if (!a.has(k)) out.push(`agg has extra ${k}`);
  return out.slice(0, 10);
}

/** Lets parser workers load the fake format (ParsePool's `depsModule` contract). */
export async function loadDefaultDeps(): Promise<IngestDeps> {
  return fakeDeps();
}
