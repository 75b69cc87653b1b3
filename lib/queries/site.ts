import "server-only";
import { sql } from "drizzle-orm";
import { databaseUrl, getDb } from "@/db/client";
import { memoised } from "./memo";
import { dataVersion } from "./quality";

/**
 * Whether the store holds demo (generated) data, for the 示例数据 banner on every page; `rel`: whether it held
 * demo data as of that release. Current: reads `agencies` (small rows) rather than `reports`, whose raw text would
 * be read through; memoised per data version (adding or removing demo data is a release), so a page under the new
 * release's ETag never shows the old banner.
 */
export async function hasDemoData({ rel = null }: { rel?: number | null } = {}): Promise<boolean> {
  if (rel !== null) return heldDemoData(rel);
  return memoised(JSON.stringify([databaseUrl(), "has-demo"]), await dataVersion(), currentDemo);
}

async function currentDemo(): Promise<boolean> {
  const db = await getDb();
  const rows = await db.all<{ one: number }>(sql`SELECT 1 AS one FROM agencies WHERE is_demo = 1 LIMIT 1`);
  return rows.length > 0;
}

/**
 * Demo data comes only by a release of kind demo and goes only by one of kind demo-removal (the removal deletes the
 * demo reports, so they cannot be read as of a release afterwards), so the last of those up to `rel` decides. None
 * up to `rel`: the data had no demo reports since before releases were kept (the baseline), so the first one after
 * `rel` decides (a removal: the baseline held them); none at all, today's answer holds. The answer never changes
 * once given (a later release only adds a first event after `rel` that agrees with it). Known blind spot: a
 * baseline holding demo data, then a demo ingest, then its removal reads as not held before the demo ingest.
 */
async function heldDemoData(rel: number): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.all<{ before: string | null; after: string | null }>(sql`SELECT
      (SELECT kind FROM releases WHERE kind IN ('demo', 'demo-removal') AND id <= ${rel} ORDER BY id DESC LIMIT 1)
        AS before,
      (SELECT kind FROM releases WHERE kind IN ('demo', 'demo-removal') AND id > ${rel} ORDER BY id LIMIT 1) AS after`);
  if (row?.before) return row.before === "demo";
  if (row?.after) return row.after === "demo-removal";
  return currentDemo();
}
