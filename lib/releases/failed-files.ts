/**
 * Failed files by release: a failed `reports` row carries its first release in `rel_from` (the release of
 * its run, or the next one when its run made none), and a failure cleared later moves to `failed_files_history`
 * with `rel_to` = the first release that no longer holds it. So /quality pinned to release R lists what R listed: a
 * failure recorded after R is not shown, one fixed after R still is (lib/queries/quality.ts getFailedFiles).
 */
import type { Client, Transaction } from "@libsql/client";
import type { ReleaseRun } from "./record";

type Executor = Pick<Client | Transaction, "execute">;

/** The release a failure recorded (or cleared) now belongs to: this transaction's, the run's, else the next one. */
export async function failureRelease(tx: Executor, run: ReleaseRun | null, rel: number | null = null): Promise<number> {
  if (rel !== null) return rel;
  if (run?.id != null) return run.id;
  const rs = await tx.execute("SELECT coalesce(max(id), 0) + 1 AS next FROM releases");
  return Number(rs.rows[0].next);
}

/** Moves the failed rows matching `where` (SQL on `reports`) to failed_files_history, then deletes them. */
export async function retireFailures(
  tx: Executor,
  where: string,
  args: (string | number)[],
  relTo: number,
): Promise<void> {
  const failed = `FROM reports WHERE status = 'failed' AND (${where})`;
  await tx.execute({
    sql: `INSERT INTO failed_files_history (report_id, public_id, source_name, source_url, error, error_zh,
      ingested_at, rel_from, rel_to) SELECT id, public_id, source_name, source_url, error, error_zh, ingested_at,
      rel_from, ? ${failed}`,
    args: [relTo, ...args],
  });
  await tx.execute({ sql: `DELETE ${failed}`, args });
}
