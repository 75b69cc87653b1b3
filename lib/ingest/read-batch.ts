/**
 * Reads a batch of files, hashes them and sorts them into: unchanged (bytes already stored, or seen earlier
 * in this run), to re-try (a stored failure from an older parser version), and new.
 */
import { readFile } from "node:fs/promises";
import type { Client } from "@libsql/client";
import { failedItem, sha256Hex, type FailedItem, type SourceFile } from "./prepare";
import { selectIn } from "./sql-rows";

export interface ReadOutcome {
  fresh: (SourceFile & { replaceId?: number })[];
  unchanged: number;
  /** Files whose same bytes are already recorded as failed (same parser): they fail again, nothing to write. */
  knownFailed: { file: string; error: string }[];
  /** Files that could not be read and are not yet recorded as failed. */
  unreadable: FailedItem[];
  /** Files that could not be read, again (already recorded): failures of this run, nothing to write. */
  stillUnreadable: FailedItem[];
}

const READ_CONCURRENCY = 32;

/** Failures that say nothing about the file (a full disk, a crashed worker): the next run tries the file again. */
const TRANSIENT = /^(A database error|The parser worker stopped)/;

async function readAll(paths: string[]): Promise<(SourceFile | FailedItem)[]> {
  const out: (SourceFile | FailedItem)[] = new Array(paths.length);
  for (let i = 0; i < paths.length; i += READ_CONCURRENCY) {
    const part = paths.slice(i, i + READ_CONCURRENCY);
    const read = await Promise.all(
      part.map(async (path) => {
        try {
          const bytes = new Uint8Array(await readFile(path));
          return { path, bytes, sha256: sha256Hex(bytes) };
        } catch (e) {
          const why = e instanceof Error ? e.message : String(e);
          // No bytes to key it by: key the failure by its path, so a rerun does not store it twice.
          return failedItem(
            path,
            sha256Hex(new TextEncoder().encode(`unreadable\u0000${path}`)),
            `Could not read the file (${why}).`,
          );
        }
      }),
    );
    read.forEach((r, j) => (out[i + j] = r));
  }
  return out;
}

export async function readBatch(
  client: Client,
  paths: string[],
  seen: Set<string>,
  parserVersion: string,
): Promise<ReadOutcome> {
  const read = await readAll(paths);
  const files = read.filter((r): r is SourceFile => "bytes" in r);
  const unreadable = read.filter((r): r is FailedItem => !("bytes" in r));
  const stored = await selectIn<{
    id: number;
    sha256: string;
    status: string;
    parser_version: string;
    error: string | null;
  }>(client, (p) => `SELECT id, sha256, status, parser_version, error FROM reports WHERE sha256 IN (${p})`, [
    ...new Set([...files, ...unreadable].map((f) => f.sha256)),
  ]);
  const bySha = new Map(stored.map((r) => [r.sha256, r]));
  const out: ReadOutcome = {
    fresh: [],
    unchanged: 0,
    knownFailed: [],
    unreadable: unreadable.filter((u) => !bySha.has(u.sha256)),
    stillUnreadable: unreadable.filter((u) => bySha.has(u.sha256)),
  };
  for (const f of files) {
    const row = bySha.get(f.sha256);
    const retry =
      row && row.status === "failed" && (row.parser_version !== parserVersion || TRANSIENT.test(row.error ?? ""));
    if (!seen.has(f.sha256) && row && !retry && row.status === "failed")
      out.knownFailed.push({ file: f.path, error: row.error ?? "" });
    else if (seen.has(f.sha256) || (row && !retry)) out.unchanged += 1;
    else out.fresh.push(row ? { ...f, replaceId: Number(row.id) } : f);
    seen.add(f.sha256);
  }
  return out;
}
