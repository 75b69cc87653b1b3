/**
 * Moving rows out of the current tables (report_facts, agg_region_year) into their history twins when a release
 * replaces or removes them (db/schema.ts, releases). A row made in the same release (rel_from = rel) was never
 * visible in any release: it is not kept.
 */
import type { Transaction } from "@libsql/client";
import { FACT_COLUMNS } from "@/lib/ingest/agg";
import { METRIC_COLUMNS } from "@/lib/metrics";

const FACTS = [...FACT_COLUMNS, "rel_from"].join(", ");
const AGG_KEY = ["scope", "year", "level", "kind"] as const;
const AGG = [...AGG_KEY, "parent_scope", "reports", "failing", ...METRIC_COLUMNS, "rel_from"].join(", ");

/**
 * Copies the report_facts rows that `where` selects to report_facts_history, closed at `rel`; the caller deletes them.
 */
export async function closeFacts(
  tx: Transaction,
  rel: number,
  where: string,
  args: (string | number)[],
): Promise<void> {
  await tx.execute({
    sql: `INSERT OR IGNORE INTO report_facts_history (${FACTS}, rel_to)
          SELECT ${FACTS}, ? FROM report_facts WHERE rel_from < ? AND (${where})`,
    args: [rel, rel, ...args],
  });
}

/**
 * Before release `rel` changes the agg_region_year rows of `keys` ([scope, year, level, kind] each): copies their
 * current versions made by earlier releases to the history, closed at `rel`, and marks the rows as of `rel`.
 */
export async function versionAggKeys(
  tx: Transaction,
  rel: number,
  keys: [string, number, string, string][],
): Promise<void> {
  if (!keys.length) return;
  const json = JSON.stringify(keys);
  const match = `a.scope = j.value->>0 AND a.year = j.value->>1 AND a.level = j.value->>2 AND a.kind = j.value->>3`;
  await tx.execute({
    sql: `INSERT OR IGNORE INTO agg_region_year_history (${AGG}, rel_to)
          SELECT ${AGG.split(", ")
            .map((c) => `a.${c}`)
            .join(", ")}, ? FROM json_each(?) AS j JOIN agg_region_year AS a ON ${match}
          WHERE a.rel_from < ?`,
    args: [rel, json, rel],
  });
  await tx.execute({
    sql:
      `UPDATE agg_region_year SET rel_from = ? WHERE rel_from < ?
          AND (scope, year, level, kind) IN (SELECT j.value->>0, j.value->>1, j.value->>2, j.value->>3 FROM ` +
      `json_each(?) AS j)`,
    args: [rel, rel, json],
  });
}

/** Before rebuilding every pre-aggregate in release `rel` (demo removal): the whole current table goes to history. */
export async function versionAllAgg(tx: Transaction, rel: number): Promise<void> {
  await tx.execute({
    sql:
      `INSERT OR IGNORE INTO agg_region_year_history (${AGG}, rel_to) SELECT ${AGG}, ? FROM agg_region_year WHERE ` +
      `rel_from < ?`,
    args: [rel, rel],
  });
}

const FINDINGS = [
  "id",
  "report_id",
  "rule",
  "severity",
  "message",
  "keys",
  "expected",
  "actual",
  "line",
  "rel_from",
].join(", ");

/**
 * Before release `rel` rechecks stored report `id` in place (its `rule` findings replaced, its error counts and
 * has_error rewritten): keeps what earlier releases showed. The findings of `rule` go to findings_history, the
 * counts to report_counts_history, the facts row (when has_error changes to `hasError`) to report_facts_history
 * and the current row is marked as of `rel`. Rows made by `rel` itself were never shown: not kept. The caller then
 * deletes the findings and writes the new ones with rel_from = `rel`.
 */
export async function versionRecheck(
  tx: Transaction,
  rel: number,
  id: number,
  rule: string,
  hasError: number | null,
): Promise<void> {
  await tx.execute({
    sql: `INSERT OR IGNORE INTO findings_history (${FINDINGS}, rel_to)
          SELECT ${FINDINGS}, ? FROM findings WHERE report_id = ? AND rule = ? AND rel_from < ?`,
    args: [rel, id, rule, rel],
  });
  await tx.execute({
    sql: `INSERT OR IGNORE INTO report_counts_history (report_id, error_count, warning_count, rel_to)
          SELECT id, error_count, warning_count, ? FROM reports WHERE id = ? AND coalesce(rel_from, 0) < ?`,
    args: [rel, id, rel],
  });
  if (hasError !== null) await setHasError(tx, rel, id, hasError);
}

/** Sets a stored report's has_error in release `rel`, keeping the facts row earlier releases showed. */
export async function setHasError(tx: Transaction, rel: number, id: number, hasError: number): Promise<void> {
  await closeFacts(tx, rel, "report_id = ? AND has_error <> ?", [id, hasError]);
  await tx.execute({
    sql: "UPDATE report_facts SET has_error = ?, rel_from = ? WHERE report_id = ? AND has_error <> ?",
    args: [hasError, rel, id, hasError],
  });
}
