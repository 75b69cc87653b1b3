/**
 * `ingestPaths`: files → parser → checks → database, in batches of one write transaction each. Idempotent
 * (the same bytes twice add nothing), crash-safe (a killed run leaves whole batches only; rerun finishes),
 * and one bad file never stops or loses the others: a failing batch is retried report by report, and a
 * report that still cannot be stored is recorded as failed.
 */
import { extname } from "node:path";
import { loadDefaultDeps } from "./deps";
import { collectFiles } from "./files";
import { failedItem, prepareItem, type Item, type SourceFile } from "./prepare";
import { readBatch } from "./read-batch";
import { DOC_NOT_SUPPORTED } from "./reasons";
import type { IngestDeps, IngestOptions, IngestSummary } from "./types";
import { writeBatch, type BatchEntry, type BatchOutcome, type WriteContext } from "./write";

export const DEFAULT_BATCH_SIZE = 250;

async function parseFile(file: SourceFile, opts: IngestOptions, deps: IngestDeps): Promise<Item> {
  if (extname(file.path).toLowerCase() === ".doc") return failedItem(file.path, file.sha256, DOC_NOT_SUPPORTED);
  try {
    const result = await deps.parseDocument(file.bytes, file.path);
    return prepareItem(file, result, opts.manifest?.get(file.path), deps);
  } catch (e) {
    // The parser promises never to throw; if it does, that file fails and the batch goes on.
    return failedItem(file.path, file.sha256, `The parser stopped on this file (${e instanceof Error ? e.message : String(e)}).`);
  }
}

function dbFailure(entry: BatchEntry, e: unknown): BatchEntry {
  const why = e instanceof Error ? e.message : String(e);
  return { ...entry, item: failedItem(entry.item.file, entry.item.sha256, `A database error stopped this report from being stored (${why}).`) };
}

/** Writes a batch; if the transaction fails, writes its reports one by one so one bad report loses nothing else. */
async function writeSafely(entries: BatchEntry[], opts: IngestOptions, ctx: WriteContext, summary: IngestSummary): Promise<void> {
  const merge = (o: BatchOutcome) => {
    summary.added += o.added;
    summary.updated += o.updated;
    summary.failed += o.failed;
    for (const [rule, n] of Object.entries(o.findingsByRule)) summary.findingsByRule[rule] = (summary.findingsByRule[rule] ?? 0) + n;
  };
  const record = (entry: BatchEntry) => {
    if (!entry.item.ok) summary.failures.push({ file: entry.item.file, error: entry.item.error });
  };
  try {
    merge(await writeBatch(opts.client, entries, ctx));
    entries.forEach(record);
    return;
  } catch {
    // fall through: retry one by one
  }
  for (const entry of entries) {
    try {
      merge(await writeBatch(opts.client, [entry], ctx));
      record(entry);
    } catch (e) {
      const failed = dbFailure(entry, e);
      summary.failures.push({ file: failed.item.file, error: (failed.item as { error: string }).error });
      summary.failed += 1;
      await writeBatch(opts.client, [failed], ctx).catch(() => undefined); // best effort: the reason is in the summary
    }
  }
}

export function emptySummary(): IngestSummary {
  return { added: 0, updated: 0, unchanged: 0, failed: 0, findingsByRule: {}, failures: [], elapsedMs: 0, reportsPerSecond: 0 };
}

export async function ingestPaths(paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const deps = opts.deps ?? (await loadDefaultDeps());
  const ctx: WriteContext = { deps, demo: opts.demo ?? false };
  const summary = emptySummary();
  const { files, missing } = await collectFiles(paths);
  for (const m of missing) summary.failures.push({ file: m, error: "The path does not exist." });
  summary.failed += missing.length;
  const seen = new Set<string>();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = (done: number) =>
    opts.onProgress?.({ done, total: files.length, added: summary.added, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed, elapsedMs: performance.now() - started });
  progress(0);
  for (let i = 0; i < files.length; i += batchSize) {
    const read = await readBatch(opts.client, files.slice(i, i + batchSize), seen, deps.parserVersion);
    summary.unchanged += read.unchanged;
    for (const u of read.stillUnreadable) summary.failures.push({ file: u.file, error: u.error });
    summary.failed += read.stillUnreadable.length;
    const entries: BatchEntry[] = read.unreadable.map((item) => ({ item }));
    for (const f of read.fresh) entries.push({ item: await parseFile(f, opts, deps), replaceId: f.replaceId });
    if (entries.length > 0) await writeSafely(entries, opts, ctx, summary);
    progress(Math.min(files.length, i + batchSize));
  }
  summary.elapsedMs = performance.now() - started;
  const processed = summary.added + summary.updated + summary.unchanged + summary.failed;
  summary.reportsPerSecond = processed / Math.max(summary.elapsedMs / 1000, 1e-3);
  return summary;
}
