/**
 * The generated demo corpus (`ingest --demo`) lives beside real reports only until the user loads real ones:
 * then it is removed whole, in one write transaction, and the pre-aggregates are rebuilt from what remains.
 * The removal is a release of its own (kind demo-removal): the demo facts and the old pre-aggregates move to the
 * history tables, so a link pinned to an earlier release still reads what it showed (lib/releases/as-of.ts).
 */
import type { Client, Transaction } from "@libsql/client";
import { checkYearChain } from "@/lib/validate/year-chain";
import { CORE_METRICS, METRIC_COLUMNS } from "@/lib/metrics";
import { FACT_COLUMNS } from "./agg";
import { retireFailures } from "@/lib/releases/failed-files";
import { closeFacts, setHasError, versionAllAgg, versionRecheck } from "@/lib/releases/history";
import { countRelease, newReleaseRun, releaseIn } from "@/lib/releases/record";
import { writeRows } from "./sql-rows";
import { CHAIN_RULE } from "./state";
import { FINDINGS, findingFields } from "./write";

const SUMS = METRIC_COLUMNS.map((c) => `sum(${c})`).join(", ");
const AGG_COLUMNS = ["scope", "parent_scope", "year", "level", "kind", "reports", "failing", ...METRIC_COLUMNS].join(
  ", ",
);

/** scope expression, parent expression, and the condition for a report to count in that scope (agg.ts scopesOf). */
const SCOPES: [string, string, string][] = [
  ["''", "NULL", "1"],
  ["province_code", "''", "province_code IS NOT NULL"],
  ["city_code", "coalesce(province_code, '')", "city_code IS NOT NULL"],
  ["county_code", "coalesce(city_code, province_code, '')", "county_code IS NOT NULL"],
];

/** Recomputes agg_region_year from report_facts (the incremental upkeep must always equal this); rows as of `rel`. */
export async function rebuildAggregates(tx: Transaction, rel = 0): Promise<void> {
  await tx.execute("DELETE FROM agg_region_year");
  for (const [scope, parent, where] of SCOPES) {
    await tx.execute({
      sql: `INSERT INTO agg_region_year (${AGG_COLUMNS}, rel_from)
       SELECT ${scope}, ${parent}, year, level, kind, count(*), sum(has_error), ${SUMS}, ?
       FROM report_facts WHERE ${where} GROUP BY ${scope}, year, level, kind`,
      args: [rel],
    });
  }
}

export async function hasDemoData(client: Client): Promise<boolean> {
  const rs = await client.execute("SELECT 1 FROM reports WHERE is_demo = 1 LIMIT 1");
  return rs.rows.length > 0;
}

/** Removes every demo report (values, findings, facts) and demo-only agency; returns how many reports went. */
export async function dropDemoData(client: Client): Promise<number> {
  const tx = await client.transaction("write");
  try {
    const demo = "SELECT id FROM reports WHERE is_demo = 1";
    const counted = await tx.execute(`SELECT count(*) AS n FROM reports WHERE is_demo = 1`);
    const removed = Number(counted.rows[0].n);
    if (removed === 0) return 0; // nothing to remove: no release, nothing written
    const rel = await releaseIn(tx, newReleaseRun("demo-removal"));
    await closeFacts(tx, rel, `report_id IN (${demo})`, []);
    for (const table of ["report_values", "findings", "report_facts"]) {
      await tx.execute(`DELETE FROM ${table} WHERE report_id IN (${demo})`);
    }
    const shared = await tx.execute(
      "SELECT DISTINCT agency_id FROM reports WHERE is_demo = 1 AND agency_id IN (SELECT agency_id FROM reports " +
        "WHERE is_demo = 0)",
    );
    // Databases written before demo reports were barred from replacing real ones: a real report superseded by a
    // demo report becomes active again (with its facts), or it would vanish with the demo data.
    const restored = await tx.execute(
      `SELECT r.id FROM reports r JOIN reports d ON d.id = r.superseded_by
       WHERE r.is_demo = 0 AND r.status = 'superseded' AND d.is_demo = 1 AND d.status = 'active'`,
    );
    await retireFailures(tx, "is_demo = 1", [], rel); // a release before this one still lists them
    await tx.execute("DELETE FROM reports WHERE is_demo = 1");
    for (const row of restored.rows) await restoreReport(tx, Number(row.id), rel);
    await tx.execute(
      "DELETE FROM agencies WHERE is_demo = 1 AND id NOT IN (SELECT agency_id FROM reports WHERE agency_id IS NOT " +
        "NULL)",
    );
    await tx.execute("UPDATE agencies SET is_demo = 0 WHERE is_demo = 1");
    for (const row of shared.rows) await recheckAgency(tx, String(row.agency_id), rel);
    await versionAllAgg(tx, rel);
    await countRelease(tx, rel, { removed, added: restored.rows.length });
    await rebuildAggregates(tx, rel);
    await tx.commit();
    return removed;
  } finally {
    tx.close();
  }
}

const FACT_METRICS = CORE_METRICS.map(
  (m) =>
    `(SELECT v.value FROM report_values v JOIN value_keys k ON k.id = v.key_id WHERE v.report_id = r.id AND k.key = ` +
    `'${m.key}')`,
).join(", ");

/** Makes a stored real report active again and gives it back its report_facts row (agg is rebuilt after). */
async function restoreReport(tx: Transaction, id: number, rel: number): Promise<void> {
  await tx.execute({
    sql: "UPDATE reports SET status = 'active', superseded_by = NULL, rel_from = ?, rel_to = NULL WHERE id = ?",
    args: [rel, id],
  });
  await tx.execute({
    sql: `INSERT OR REPLACE INTO report_facts (${FACT_COLUMNS.join(", ")}, rel_from)
          SELECT r.id, r.agency_id, r.year, r.family, a.level, a.kind, a.province_code, a.city_code, a.county_code,
                 r.error_count > 0, ${FACT_METRICS}, ?
          FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?`,
    args: [rel, id],
  });
}

/** The carried-over/forward values of one stored report, as R5 compares them. */
async function chainValues(tx: Transaction, reportId: number): Promise<Record<string, number>> {
  const rs = await tx.execute({
    sql:
      `SELECT k.key, v.value FROM report_values v JOIN value_keys k ON k.id = v.key_id
          WHERE v.report_id = ? AND v.value IS NOT NULL AND (k.key LIKE 'apps.carried_over.%' OR k.key LIKE ` +
      `'apps.carried_forward.%')`,
    args: [reportId],
  });
  return Object.fromEntries(rs.rows.map((r) => [String(r.key), Number(r.value)]));
}

/**
 * An agency that had demo and real reports: its real reports' R5 findings may have been made against a demo
 * year that is now gone. Re-run the year chain over what remains, recount errors, and fix the year span.
 */
async function recheckAgency(tx: Transaction, agencyId: string, rel: number): Promise<void> {
  const rs = await tx.execute({
    sql: "SELECT id, year FROM reports WHERE agency_id = ? AND status = 'active' ORDER BY year",
    args: [agencyId],
  });
  const reports = rs.rows.map((r) => ({ id: Number(r.id), year: Number(r.year) }));
  const byYear = new Map(reports.map((r) => [r.year, r]));
  for (const r of reports) {
    await versionRecheck(tx, rel, r.id, CHAIN_RULE, null); // what earlier releases showed stays readable
    await tx.execute({ sql: "DELETE FROM findings WHERE report_id = ? AND rule = ?", args: [r.id, CHAIN_RULE] });
    const prev = byYear.get(r.year - 1);
    if (prev) {
      const found = checkYearChain(
        { year: prev.year, values: await chainValues(tx, prev.id) },
        { year: r.year, values: await chainValues(tx, r.id) },
      );
      await writeRows(
        tx,
        "INSERT INTO",
        FINDINGS,
        found.map((f) => findingFields(r.id, f, rel)),
      );
    }
    await tx.execute({
      sql: `UPDATE reports SET
              error_count = (SELECT count(*) FROM findings WHERE report_id = reports.id AND severity = 'error'),
              warning_count = (SELECT count(*) FROM findings WHERE report_id = reports.id AND severity = 'warning')
            WHERE id = ?`,
      args: [r.id],
    });
    const errors = await tx.execute({ sql: "SELECT error_count FROM reports WHERE id = ?", args: [r.id] });
    await setHasError(tx, rel, r.id, Number(errors.rows[0].error_count) > 0 ? 1 : 0);
  }
  await tx.execute({
    sql: `UPDATE agencies SET
            first_year = (SELECT min(year) FROM reports WHERE agency_id = agencies.id AND status = 'active'),
            last_year = (SELECT max(year) FROM reports WHERE agency_id = agencies.id AND status = 'active')
          WHERE id = ?`,
    args: [agencyId],
  });
}
