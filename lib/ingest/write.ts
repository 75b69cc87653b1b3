/**
 * Writes one batch of prepared reports in ONE write transaction: either every row of every report in the
 * batch lands (reports, values, findings, facts, agencies, regions, agg) or none does — a process killed
 * mid-batch leaves nothing partial, and a rerun finds those files new again.
 */
import type { Client, Transaction } from "@libsql/client";
import { agencies, findings, regions, reports } from "@/db/schema";
import type { Finding } from "@/lib/parser/types";
import { failureRelease, retireFailures } from "@/lib/releases/failed-files";
import { closeFacts, versionAggKeys, versionRecheck } from "@/lib/releases/history";
import { commitRelease, countRelease, newReleaseRun, releaseIn, type ReleaseRun } from "@/lib/releases/record";
import { agencyNames, keepRenamedAgencies } from "@/lib/releases/renames";
import { FACTS_WRITER, factsFields } from "./agg";
import { errorCount, planBatch, warningCount, type BatchPlan } from "./plan";
import { sourceName, type Item, type ReportItem } from "./prepare";
import { tableWriter, type WriteRow, writeRows } from "./sql-rows";
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

/**
 * The tables a batch writes, each row named by the schema (sql-rows.ts): a column added to db/schema.ts is a type
 * error below until it is written or listed here as left to its SQL default.
 */
const REPORTS = tableWriter(reports, ["ingestedAt", "relTo"]);
const AGENCIES = tableWriter(agencies);
const REGIONS = tableWriter(regions);
export const FINDINGS = tableWriter(findings, ["id"]);
/** Every table a batch inserts into, for the test that holds them to the migrated database. */
export const BATCH_WRITERS = [REPORTS, AGENCIES, REGIONS, FINDINGS, FACTS_WRITER];

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

/** A finding of report `reportId` as stored by release `relFrom`. */
export function findingFields(reportId: number, f: Finding, relFrom: number): WriteRow<typeof findings, "id"> {
  return {
    reportId,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    keys: JSON.stringify(f.keys ?? []),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    line: f.line ?? null,
    relFrom,
  };
}

type ReportFields = WriteRow<typeof reports, "ingestedAt" | "relTo">;

/** `failedRel`: the first release of this batch's failed files (lib/releases/failed-files.ts). */
function reportRows(plan: BatchPlan, ctx: WriteContext, rel: number | null, failedRel: number): ReportFields[] {
  const isDemo = ctx.demo ? 1 : 0;
  const parserVersion = ctx.deps.parserVersion;
  const ok = plan.reports.map(({ id, item, status, supersededBy, active }): ReportFields => {
    const p = item.provenance;
    return {
      id,
      publicId: item.sha256.slice(0, 16),
      sha256: item.sha256,
      sourceName: sourceName(item.file),
      sourceUrl: item.sourceUrl,
      agencyId: item.agency.id,
      year: item.year,
      family: item.family,
      published: item.published,
      parserVersion,
      status,
      supersededBy,
      error: null,
      errorZh: null,
      rawText: item.text,
      errorCount: errorCount(active),
      warningCount: warningCount(active),
      isDemo,
      fetchedAt: p?.fetchedAt ?? null,
      httpLastModified: p?.httpLastModified ?? null,
      pagePublished: p?.pagePublished ?? null,
      firstSeenAt: p?.firstSeenAt ?? null,
      relFrom: status === "active" ? rel : null,
    };
  });
  const failed = plan.failed.map(
    ({ id, item }): ReportFields => ({
      id,
      publicId: item.sha256.slice(0, 16),
      sha256: item.sha256,
      sourceName: sourceName(item.file),
      sourceUrl: item.sourceUrl ?? null,
      agencyId: null,
      year: null,
      family: null,
      published: null,
      parserVersion,
      status: "failed",
      supersededBy: null,
      error: item.error,
      errorZh: item.errorZh,
      rawText: item.rawText,
      errorCount: 0,
      warningCount: 0,
      isDemo,
      fetchedAt: null,
      httpLastModified: null,
      pagePublished: null,
      firstSeenAt: null,
      relFrom: failedRel,
    }),
  );
  return [...ok, ...failed];
}

function agencyRows(items: ReportItem[], demo: boolean): WriteRow<typeof agencies>[] {
  return items.map(({ agency: a, year }) => ({ ...a, firstYear: year, lastYear: year, isDemo: demo ? 1 : 0 }));
}

type FindingFields = WriteRow<typeof findings, "id">;

async function writeStoredChanges(
  tx: Transaction,
  plan: BatchPlan,
  findingRows: FindingFields[],
  rel: number,
): Promise<void> {
  for (const { id, by } of plan.supersededStored)
    await tx.execute({
      sql: "UPDATE reports SET status = 'superseded', superseded_by = ?, rel_to = ? WHERE id = ?",
      args: [by, rel, id],
    });
  if (plan.supersededStored.length) {
    // One DELETE for the batch: each statement on report_facts compiles the timeliness triggers (migration 0011),
    // ~0.1 ms of CPU per statement (bench/timeliness-write.ts in bench/RESULTS.md).
    const ids = JSON.stringify(plan.supersededStored.map((s) => s.id));
    const where = "report_id IN (SELECT value FROM json_each(?))";
    await closeFacts(tx, rel, where, [ids]);
    await tx.execute({ sql: `DELETE FROM report_facts WHERE ${where}`, args: [ids] });
  }
  for (const [id, a] of plan.chainStored) {
    // Rechecked in place: what earlier releases showed of it moves to the history tables first.
    await versionRecheck(tx, rel, id, CHAIN_RULE, a.facts ? a.facts.hasError : null);
    await tx.execute({ sql: `DELETE FROM findings WHERE report_id = ? AND rule = '${CHAIN_RULE}'`, args: [id] });
    await tx.execute({
      sql: "UPDATE reports SET error_count = ?, warning_count = ? WHERE id = ?",
      args: [errorCount(a), warningCount(a), id],
    });
    for (const f of a.r5) findingRows.push(findingFields(id, f, rel));
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
  // A rename keeps the old name for the releases before this one (agency_names_history).
  const names =
    rel === null
      ? null
      : await agencyNames(
          tx,
          ok.map((it) => it.agency.id),
        );
  await writeRows(tx, "INSERT INTO", AGENCIES, agencyRows(ok, ctx.demo), AGENCY_UPSERT);
  if (names && rel !== null) await keepRenamedAgencies(tx, names, rel);
  await writeRows(
    tx,
    "INSERT OR IGNORE INTO",
    REGIONS,
    ok.flatMap((it) => it.regions),
  );
  const failedRel = plan.failed.length > 0 ? await failureRelease(tx, ctx.release ?? null, rel) : 0;
  await writeRows(tx, "INSERT INTO", REPORTS, reportRows(plan, ctx, rel, failedRel));
  await insertValues(tx, plan);
  const findingRows = plan.reports.flatMap(({ id, item, active }) =>
    [...item.findings, ...active.r5].map((f) => findingFields(id, f, rel ?? 0)),
  );
  await writeStoredChanges(tx, plan, findingRows, rel ?? 0);
  await writeRows(tx, "INSERT INTO", FINDINGS, findingRows);
  await writeRows(
    tx,
    "INSERT INTO",
    FACTS_WRITER,
    plan.facts.map((f) => factsFields(f, rel ?? 0)),
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
    if (replaceIds.length > 0) {
      // Kept in failed_files_history: a release before this one still lists the failure it replaces.
      const relTo = await failureRelease(tx, ctx.release ?? null);
      await retireFailures(tx, "id IN (SELECT value FROM json_each(?))", [JSON.stringify(replaceIds)], relTo);
    }
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
