/**
 * `ingestPaths`: files → parser → checks → database, in batches of one write transaction each. Idempotent
 * (the same bytes twice add nothing), crash-safe (a killed run leaves whole batches only; rerun finishes),
 * and one bad file never stops or loses the others: a failing batch is retried report by report, and a
 * report that still cannot be stored is recorded as failed.
 *
 * Pipeline: while the main thread writes batch n, parser workers already parse batch n + 1.
 */
import { loadDefaultDeps } from "./deps";
import { collectFiles } from "./files";
import { parseFile } from "./parse-file";
import { defaultWorkerCount, ParsePool } from "./parse-pool";
import { failedItem, type Item, type SourceFile } from "./prepare";
import { readBatch } from "./read-batch";
import type { IngestDeps, IngestOptions, IngestSummary, ManifestEntry } from "./types";
import { writeBatch, type BatchEntry, type BatchOutcome, type WriteContext } from "./write";

const DEFAULT_BATCH_SIZE = 250;

function emptySummary(): IngestSummary {
  return {
    added: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    findingsByRule: {},
    failures: [],
    elapsedMs: 0,
    reportsPerSecond: 0,
  };
}

function merge(summary: IngestSummary, o: BatchOutcome): void {
  summary.added += o.added;
  summary.updated += o.updated;
  summary.failed += o.failed;
  for (const [rule, n] of Object.entries(o.findingsByRule))
    summary.findingsByRule[rule] = (summary.findingsByRule[rule] ?? 0) + n;
}

function recordFailures(summary: IngestSummary, entries: BatchEntry[]): void {
  for (const { item } of entries) if (!item.ok) summary.failures.push({ file: item.file, error: item.error });
}

/**
 * SQLite result codes that say the database itself cannot take writes (full disk, read-only file or folder,
 * I/O error, not a database): every later report would fail the same way, so the run stops at once instead
 * of recording each remaining file as failed. Reports already written stay whole; a rerun finishes the job.
 */
const STORAGE_FAULT = /\bSQLITE_(FULL|READONLY|IOERR|CANTOPEN|NOTADB|CORRUPT)/;

/** Throws IngestStopped when `e` says the database itself cannot take writes; returns otherwise. */
function stopOnStorageFault(e: unknown, summary: IngestSummary): void {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (STORAGE_FAULT.test(`${typeof code === "string" ? code : ""} ${message}`))
    throw new IngestStopped(message.split("\n")[0], summary);
}

/** Thrown when the database cannot take writes at all; carries what this run had done until then. */
export class IngestStopped extends Error {
  constructor(
    readonly reason: string,
    readonly summary: IngestSummary,
  ) {
    super(reason);
    this.name = "IngestStopped";
  }
}

/** Writes a batch; if the transaction fails, writes its reports one by one so one bad report loses nothing else. */
async function writeSafely(
  entries: BatchEntry[],
  opts: IngestOptions,
  ctx: WriteContext,
  summary: IngestSummary,
): Promise<void> {
  try {
    merge(summary, await writeBatch(opts.client, entries, ctx));
    recordFailures(summary, entries);
    return;
  } catch (e) {
    stopOnStorageFault(e, summary); // otherwise retry one by one below
  }
  for (const entry of entries) {
    try {
      merge(summary, await writeBatch(opts.client, [entry], ctx));
      recordFailures(summary, [entry]);
    } catch (e) {
      stopOnStorageFault(e, summary);
      const why = e instanceof Error ? e.message : String(e);
      const failed = failedItem(
        entry.item.file,
        entry.item.sha256,
        `A database error stopped this report from being stored (${why}).`,
      );
      summary.failures.push({ file: failed.file, error: failed.error });
      summary.failed += 1;
      // best effort: the summary has it
      await writeBatch(opts.client, [{ ...entry, item: failed }], ctx).catch(() => undefined);
    }
  }
}

type Parse = (file: SourceFile, entry: ManifestEntry | undefined) => Promise<Item>;

/**
 * Reads one slice of files (hash, look up) and posts the new ones to the parser. The parse is returned inside
 * an object: an async function returning a bare promise would adopt it, and awaiting the read would then wait
 * for the whole parse too (which is how parsing and writing once ran one after the other).
 */
async function startBatch(
  paths: string[],
  opts: IngestOptions,
  deps: IngestDeps,
  seen: Set<string>,
  parse: Parse,
  summary: IngestSummary,
): Promise<{ parsed: Promise<BatchEntry[]> }> {
  const read = await readBatch(opts.client, paths, seen, deps.parserVersion);
  summary.unchanged += read.unchanged;
  // The same bytes failed before and would fail again: this run's summary and exit status say so too.
  summary.failures.push(...read.knownFailed);
  summary.failed += read.knownFailed.length;
  for (const u of read.stillUnreadable) summary.failures.push({ file: u.file, error: u.error });
  summary.failed += read.stillUnreadable.length;
  const parsed = read.fresh.map(async (f) => ({
    item: await parse(f, opts.manifest?.get(f.path)),
    replaceId: f.replaceId,
  }));
  return { parsed: Promise.all(parsed).then((p) => [...read.unreadable.map((item) => ({ item })), ...p]) };
}

/** Slices handed to the parser ahead of the one being written. */
const PARSE_AHEAD = 3;

/** Below this many files, starting workers (each loads the parser) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

function startPool(opts: IngestOptions, files: number): ParsePool | null {
  const workers = opts.workers ?? (opts.deps || files < MIN_FILES_FOR_WORKERS ? 0 : defaultWorkerCount());
  return workers > 0 ? new ParsePool(workers) : null;
}

export async function ingestPaths(paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const deps = opts.deps ?? (await loadDefaultDeps());
  const ctx: WriteContext = { deps, demo: opts.demo ?? false, release: opts.release };
  const summary = emptySummary();
  const { files, missing } = await collectFiles(paths);
  const pool = startPool(opts, files.length);
  const parse: Parse = pool ? (f, e) => pool.parse(f, e) : (f, e) => parseFile(f, e, deps);
  try {
    for (const m of missing) summary.failures.push({ file: m, error: "The path does not exist." });
    summary.failed += missing.length;
    const seen = new Set<string>();
    const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
    const slices: string[][] = [];
    for (let i = 0; i < files.length; i += size) slices.push(files.slice(i, i + size));
    const progress = (done: number) =>
      opts.onProgress?.({
        done,
        total: files.length,
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        failed: summary.failed,
        elapsedMs: performance.now() - started,
      });
    progress(0);
    // Keep PARSE_AHEAD slices with the workers BEFORE writing: the driver blocks this thread while it writes,
    // and with one slice ahead the workers sat idle 47 % of a run (profile of 5,460 reports).
    const ahead: { parsed: Promise<BatchEntry[]> }[] = [];
    let queued = 0;
    const fill = async () => {
      while (ahead.length < PARSE_AHEAD && queued < slices.length)
        ahead.push(await startBatch(slices[queued++], opts, deps, seen, parse, summary));
    };
    await fill();
    for (let i = 0, done = 0; ahead.length > 0; i++) {
      const entries = await ahead.shift()!.parsed;
      await fill();
      if (entries.length > 0) await writeSafely(entries, opts, ctx, summary);
      done += slices[i].length;
      progress(done);
    }
  } finally {
    await pool?.close();
  }
  summary.elapsedMs = performance.now() - started;
  const processed = summary.added + summary.updated + summary.unchanged + summary.failed;
  summary.reportsPerSecond = processed / Math.max(summary.elapsedMs / 1000, 1e-3);
  return summary;
}
