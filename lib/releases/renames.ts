/**
 * Values that a write replaces in place, kept for the releases before it: agency names (a newer year's report, or a
 * manifest or collect CSV giving the agency's new name, renames it) and a collected report's provenance (collect
 * fetching it again unchanged). Each history row holds the value as it was, with `rel_to` = the first release that
 * no longer shows it; a read as of release R takes the row with the smallest rel_to > R, else the current value
 * (lib/releases/as-of.ts agencyNameAsOf and provenanceAsOf; the report page reads provenance in
 * lib/queries/report.ts). Only the oldest value per release is kept (INSERT OR IGNORE): what earlier releases
 * showed is the value before the release's first change.
 */
import type { Client, Transaction } from "@libsql/client";

type Executor = Pick<Client | Transaction, "execute">;

/** The current names of these agencies (those stored), before a write that may rename them. */
export async function agencyNames(tx: Executor, ids: string[]): Promise<Map<string, string>> {
  const rs = await tx.execute({
    sql: "SELECT id, name FROM agencies WHERE id IN (SELECT value FROM json_each(?))",
    args: [JSON.stringify([...new Set(ids)])],
  });
  return new Map(rs.rows.map((r) => [String(r.id), String(r.name)]));
}

/** After the write: every agency of `before` whose name changed keeps its old name for releases before `rel`. */
export async function keepRenamedAgencies(tx: Executor, before: Map<string, string>, rel: number): Promise<void> {
  if (before.size === 0) return;
  const after = await agencyNames(tx, [...before.keys()]);
  const renamed = [...before].filter(([id, name]) => after.has(id) && after.get(id) !== name);
  if (renamed.length === 0) return;
  await tx.execute({
    sql: `INSERT OR IGNORE INTO agency_names_history (agency_id, name, rel_to)
          SELECT j.value->>0, j.value->>1, ? FROM json_each(?) AS j`,
    args: [rel, JSON.stringify(renamed)],
  });
}

/** Before collect updates the provenance of report `sha256` in place: its values as they were, for before `relTo`. */
export async function keepProvenance(tx: Executor, sha256: string, relTo: number): Promise<void> {
  await tx.execute({
    sql: `INSERT OR IGNORE INTO report_provenance_history
            (report_id, source_url, fetched_at, http_last_modified, page_published, first_seen_at, rel_to)
          SELECT id, source_url, fetched_at, http_last_modified, page_published, first_seen_at, ? FROM reports
          WHERE sha256 = ?`,
    args: [relTo, sha256],
  });
}
