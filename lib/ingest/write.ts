/**
 * Writes one batch of prepared reports in ONE write transaction: either every row of every report in the
 * batch lands (reports, values, findings, facts, agencies, regions, agg) or none does — a process killed
 * mid-batch leaves nothing partial, and a rerun finds those files new again.
 */
import type { Client, Transaction } from "@libsql/client";
import type { Finding } from "@/lib/parser/types";
import { closeFacts, versionAggKeys, versionRecheck } from "@/lib/releases/history";
import { commitRelease, countRelease, newReleaseRun, releaseIn, type ReleaseRun } from "@/lib/releases/record";
import { FACT_COLUMNS, factsToRow } from "./agg";
import { errorCount, planBatch, warningCount, type BatchPlan } from "./plan";
import { sourceName, type Item, type ReportItem } from "./prepare";
import { insertRows, type Row } from "./sql-rows";
import { CHAIN_RULE, loadActiveState } from "./state";
import type { IngestDeps } from "./types";

export interface BatchEntry {
  item: Item;
  /** A stored failed row with the same bytes, re-tried because the parser changed: replaced. */
  replaceId?: number;
}

export interface WriteContext {
  deps: IngestDeps;
  demo: boolean;
  /**
   * The run's release (lib/releases/record.ts): every write of one context that changes data belongs to it.
   * Missing: the first such write starts one (kind ingest, or demo) and keeps it here for the context's later writes.
   */
  release?: ReleaseRun;
}

export interface BatchOutcome {
  added: number;
  updated: number;
  failed: number;
  findingsByRule: Record<string, number>;
}

const REPORT_COLUMNS = [
  "id",
  "public_id",
  "sha256",
  "source_name",
  "source_url",
  "agency_id",
  "year",
  "family",
  "published",
  "parser_version",
  "status",
  "superseded_by",
  "error",
  "error_zh",
  "raw_text",
  "error_count",
  "warning_count",
  "is_demo",
  "fetched_at",
  "http_last_modified",
  "page_published",
  "first_seen_at",
  "rel_from",
];
const AGENCY_COLUMNS = [
  "id",
  "name",
  "norm_name",
  "kind",
  "level",
  "region_code",
  "province_code",
  "city_code",
  "county_code",
  "initials",
  "first_year",
  "last_year",
  "is_demo",
];
export const FINDING_COLUMNS = ["report_id", "rule", "severity", "message", "keys", "expected", "actual", "line"];

/** The latest year's report names the agency (agencies get renamed); years widen; demo sticks. */
const LATEST = "excluded.last_year >= coalesce(agencies.last_year, -1)";
const AGENCY_UPSERT = `ON CONFLICT(id) DO UPDATE SET
  name = CASE WHEN ${LATEST} THEN excluded.name ELSE agencies.name END,
  kind = CASE WHEN ${LATEST} THEN excluded.kind ELSE agencies.kind END,
  level = CASE WHEN ${LATEST} THEN excluded.level ELSE agencies.level END,
  initials = CASE WHEN ${LATEST} THEN excluded.initials ELSE agencies.initials END,
  region_code = coalesce(agencies.region_code, excluded.region_code),
  province_code = coalesce(agencies.province_code, excluded.province_code),
  city_code = coalesce(agencies.city_code, excluded.city_code),
  county_code = coalesce(agencies.county_code, excluded.county_code),
  first_year = min(coalesce(agencies.first_year, excluded.first_year), excluded.first_year),
  last_year = max(coalesce(agencies.last_year, excluded.last_year), excluded.last_year),
  is_demo = max(agencies.is_demo, excluded.is_demo)`;

export function findingRow(reportId: number, f: Finding): Row {
  return [
    reportId,
    f.rule,
    f.severity,
    f.message,
    JSON.stringify(f.keys ?? []),
    f.expected ?? null,
    f.actual ?? null,
    f.line ?? null,
  ];
}

function reportRows(plan: BatchPlan, ctx: WriteContext, rel: number | null): Row[] {
  const demo = ctx.demo ? 1 : 0;
  const v = ctx.deps.parserVersion;
  const ok = plan.reports.map(({ id, item, status, supersededBy, active }) => {
    const p = item.provenance;
    return [
      id,
      item.sha256.slice(0, 16),
      item.sha256,
      sourceName(item.file),
      item.sourceUrl,
      item.agency.id,
      item.year,
      item.family,
      item.published,
      v,
      status,
      supersededBy,
      null,
      null,
      item.text,
      errorCount(active),
      warningCount(active),
      demo,
      p?.fetchedAt ?? null,
      p?.httpLastModified ?? null,
      p?.pagePublished ?? null,
      p?.firstSeenAt ?? null,
      status === "active" ? rel : null,
    ];
  });
  const failed = plan.failed.map(({ id, item }) => [
    id,
    item.sha256.slice(0, 16),
    item.sha256,
    sourceName(item.file),
    item.sourceUrl ?? null,
    null,
    null,
    null,
    null,
    v,
    "failed",
    null,
    item.error,
    item.errorZh,
    item.rawText,
    0,
    0,
    demo,
    null,
    null,
    null,
    null,
    null,
  ]);
  return [...ok, ...failed];
}

function agencyRows(items: ReportItem[], demo: boolean): Row[] {
  return items.map(({ agency: a, year }) => [
    a.id,
    a.name,
    a.normName,
    a.kind,
    a.level,
    a.regionCode,
    a.provinceCode,
    a.cityCode,
    a.countyCode,
    a.initials,
    year,
    year,
    demo ? 1 : 0,
  ]);
}

async function writeStoredChanges(tx: Transaction, plan: BatchPlan, findingRows: Row[], rel: number): Promise<void> {
  for (const { id, by } of plan.supersededStored) {
    await tx.execute({
      sql: "UPDATE reports SET status = 'superseded', superseded_by = ?, rel_to = ? WHERE id = ?",
      args: [by, rel, id],
    });
    await closeFacts(tx, rel, "report_id = ?", [id]);
    await tx.execute({ sql: "DELETE FROM report_facts WHERE report_id = ?", args: [id] });
  }
  for (const [id, a] of plan.chainStored) {
    // Rechecked in place: what earlier releases showed of it moves to the history tables first (issue 11).
    await versionRecheck(tx, rel, id, CHAIN_RULE, a.facts ? a.facts.hasError : null);
    await tx.execute({ sql: `DELETE FROM findings WHERE report_id = ? AND rule = '${CHAIN_RULE}'`, args: [id] });
    await tx.execute({
      sql: "UPDATE reports SET error_count = ?, warning_count = ? WHERE id = ?",
      args: [errorCount(a), warningCount(a), id],
    });
    for (const f of a.r5) findingRows.push(findingRow(id, f));
  }
}

/**
 * Values arrive pre-serialised from the parser workers; one small statement per report expands them with
 * json_each. Measured: ~30% less CPU than one flat multi-report JSON array, 3.5× less than nesting json_each.
 * Keys are stored once, in value_keys, and rows refer to them by id: the statement joins json_each to
 * value_keys. A row whose key is not there yet (a new template, a fresh database) finds no partner and is not
 * inserted; then the report's new keys are added (INSERT OR IGNORE, same transaction) and its rows written
 * again. Adding the keys before every report instead cost ~50% more SQLite CPU per report (bench/RESULTS.md).
 */
const INSERT_VALUES = `INSERT INTO report_values (report_id, key_id, value, line)
  SELECT ?, k.id, j.value->>1, j.value->>2 FROM json_each(?) AS j JOIN value_keys AS k ON k.key = j.value->>0`;

async function insertValues(tx: Transaction, plan: BatchPlan): Promise<void> {
  for (const { id, item } of plan.reports) {
    const rs = await tx.execute({ sql: INSERT_VALUES, args: [id, item.valuesJson] });
    if (rs.rowsAffected === item.valueCount) continue;
    await tx.execute({ sql: "DELETE FROM report_values WHERE report_id = ?", args: [id] });
    await tx.execute({
      sql: "INSERT OR IGNORE INTO value_keys (key) SELECT j.value->>0 FROM json_each(?) AS j",
      args: [item.valuesJson],
    });
    const again = await tx.execute({ sql: INSERT_VALUES, args: [id, item.valuesJson] });
    // Only a row without a key string can still miss (INSERT OR IGNORE skipped it): fail as the NOT NULL key did.
    if (again.rowsAffected !== item.valueCount)
      throw new Error(`${item.file}: ${item.valueCount - again.rowsAffected} values without a key`);
  }
}

/** Whether the batch changes what any release shows (failed files alone do not). */
function changesData(plan: BatchPlan): boolean {
  return plan.reports.length > 0 || plan.supersededStored.length > 0;
}

/** `rel`: the release of this batch; null when it changes no data (failed files only). */
async function writePlan(tx: Transaction, plan: BatchPlan, ctx: WriteContext, rel: number | null): Promise<void> {
  const ok = plan.reports.map((r) => r.item);
  await insertRows(tx, "INSERT INTO agencies", AGENCY_COLUMNS, agencyRows(ok, ctx.demo), AGENCY_UPSERT);
  const regions = ok.flatMap((it) => it.regions.map((r) => [r.code, r.name, r.level, r.parentCode]));
  await insertRows(tx, "INSERT OR IGNORE INTO regions", ["code", "name", "level", "parent_code"], regions);
  await insertRows(tx, "INSERT INTO reports", REPORT_COLUMNS, reportRows(plan, ctx, rel));
  await insertValues(tx, plan);
  const findingRows = plan.reports.flatMap(({ id, item, active }) =>
    [...item.findings, ...active.r5].map((f) => findingRow(id, f)),
  );
  await writeStoredChanges(tx, plan, findingRows, rel ?? 0);
  const findingsOf = findingRows.map((f) => [...f, rel ?? 0]);
  await insertRows(tx, "INSERT INTO findings", [...FINDING_COLUMNS, "rel_from"], findingsOf);
  await insertRows(
    tx,
    "INSERT INTO report_facts",
    [...FACT_COLUMNS, "rel_from"],
    plan.facts.map((f) => [...factsToRow(f), rel ?? 0]),
  );
  if (rel !== null) await versionAggKeys(tx, rel, plan.agg.keys());
  await plan.agg.apply(tx, rel ?? 0);
}

function countRules(plan: BatchPlan): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (f: Finding) => (out[f.rule] = (out[f.rule] ?? 0) + 1);
  for (const r of plan.reports) [...r.item.findings, ...r.active.r5].forEach(add);
  for (const a of plan.chainStored.values()) a.r5.forEach(add);
  return out;
}

export async function writeBatch(client: Client, entries: BatchEntry[], ctx: WriteContext): Promise<BatchOutcome> {
  const tx = await client.transaction("write");
  try {
    const replaceIds = entries.flatMap((e) => (e.replaceId === undefined ? [] : [e.replaceId]));
    for (const id of replaceIds)
      await tx.execute({ sql: "DELETE FROM reports WHERE id = ? AND status = 'failed'", args: [id] });
    const items = entries.map((e) => e.item);
    const okItems = items.filter((it): it is ReportItem => it.ok);
    const state = await loadActiveState(tx, okItems);
    const maxId = await tx.execute("SELECT coalesce(max(id), 0) AS m FROM reports");
    const plan = planBatch(items, state, Number(maxId.rows[0].m) + 1, ctx.deps, ctx.demo);
    ctx.release ??= newReleaseRun(ctx.demo ? "demo" : "ingest", ctx.deps.parserVersion);
    const rel = changesData(plan) ? await releaseIn(tx, ctx.release) : null;
    await writePlan(tx, plan, ctx, rel);
    if (rel !== null) {
      const superseded = plan.supersededStored.length + plan.reports.filter((r) => r.status === "superseded").length;
      await countRelease(tx, rel, { added: plan.reports.length - plan.updated, updated: plan.updated, superseded });
    }
    await tx.commit();
    commitRelease(ctx.release, rel);
    return {
      added: plan.reports.length - plan.updated,
      updated: plan.updated,
      failed: plan.failed.length,
      findingsByRule: countRules(plan),
    };
  } finally {
    tx.close();
  }
}
