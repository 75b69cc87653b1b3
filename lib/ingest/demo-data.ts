/**
 * The generated demo corpus (`ingest --demo`) lives beside real reports only until the user loads real ones:
 * then it is removed whole, in one write transaction, and the pre-aggregates are rebuilt from what remains.
 */
import type { Client, Transaction } from "@libsql/client";
import { METRIC_COLUMNS } from "./agg";

const SUMS = METRIC_COLUMNS.map((c) => `sum(${c})`).join(", ");
const AGG_COLUMNS = ["scope", "parent_scope", "year", "level", "kind", "reports", "failing", ...METRIC_COLUMNS].join(", ");

/** scope expression, parent expression, and the condition for a report to count in that scope (agg.ts scopesOf). */
const SCOPES: [string, string, string][] = [
  ["''", "NULL", "1"],
  ["province_code", "''", "province_code IS NOT NULL"],
  ["city_code", "coalesce(province_code, '')", "city_code IS NOT NULL"],
  ["county_code", "coalesce(city_code, province_code, '')", "county_code IS NOT NULL"],
];

/** Recomputes agg_region_year from report_facts (the incremental upkeep must always equal this). */
export async function rebuildAggregates(tx: Transaction): Promise<void> {
  await tx.execute("DELETE FROM agg_region_year");
  for (const [scope, parent, where] of SCOPES) {
    await tx.execute(
      `INSERT INTO agg_region_year (${AGG_COLUMNS})
       SELECT ${scope}, ${parent}, year, level, kind, count(*), sum(has_error), ${SUMS}
       FROM report_facts WHERE ${where} GROUP BY ${scope}, year, level, kind`,
    );
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
    for (const table of ["report_values", "findings", "report_facts"]) {
      await tx.execute(`DELETE FROM ${table} WHERE report_id IN (${demo})`);
    }
    await tx.execute("DELETE FROM reports WHERE is_demo = 1");
    await tx.execute(
      "DELETE FROM agencies WHERE is_demo = 1 AND id NOT IN (SELECT agency_id FROM reports WHERE agency_id IS NOT NULL)",
    );
    await tx.execute("UPDATE agencies SET is_demo = 0 WHERE is_demo = 1");
    await rebuildAggregates(tx);
    await tx.commit();
    return Number(counted.rows[0].n);
  } finally {
    tx.close();
  }
}
