/**
 * Writing releases. A run (one `npm run ingest`, one `npm run collect`, one removal of the demo corpus)
 * that changes data is ONE release: the first write transaction that changes something creates the row, in that
 * same transaction (rolled back with it), and later transactions of the run add their counts to it. A run whose
 * writes change nothing (only unchanged or failed files) creates none.
 */
import type { Transaction } from "@libsql/client";
import type { RELEASE_KINDS } from "@/db/schema";

/** What a run records (db/schema.ts RELEASE_KINDS; the baseline release is written by migration 0008 only). */
export type ReleaseKind = Exclude<(typeof RELEASE_KINDS)[number], "baseline">;

export interface ReleaseCounts {
  added: number;
  updated: number;
  superseded: number;
  removed: number;
}

/** One run's release: `id` is null until a committed write created it. */
export interface ReleaseRun {
  id: number | null;
  kind: ReleaseKind;
  parserVersion: string | null;
}

export function newReleaseRun(kind: ReleaseKind, parserVersion: string | null = null): ReleaseRun {
  return { id: null, kind, parserVersion };
}

/**
 * The run's release id inside `tx`, creating the row on the run's first change. The caller sets `run.id` only
 * after `tx` commits (`commitRelease`): a rolled-back transaction takes its new release row with it.
 */
export async function releaseIn(tx: Transaction, run: ReleaseRun): Promise<number> {
  if (run.id !== null) return run.id;
  const rs = await tx.execute({
    sql: "INSERT INTO releases (kind, parser_version) VALUES (?, ?) RETURNING id",
    args: [run.kind, run.parserVersion],
  });
  return Number(rs.rows[0].id);
}

/** Adds this transaction's counts to the release row. */
export async function countRelease(tx: Transaction, id: number, c: Partial<ReleaseCounts>): Promise<void> {
  await tx.execute({
    sql:
      "UPDATE releases SET added = added + ?, updated = updated + ?, superseded = superseded + ?, removed = " +
      "removed + ? WHERE id = ?",
    args: [c.added ?? 0, c.updated ?? 0, c.superseded ?? 0, c.removed ?? 0, id],
  });
}

/** After the transaction that used `id` committed: the run's later writes belong to the same release. */
export function commitRelease(run: ReleaseRun, id: number | null): void {
  if (id !== null) run.id = id;
}
