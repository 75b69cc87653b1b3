import "server-only";
import { sql } from "drizzle-orm";
import { databaseUrl, getDb } from "@/db/client";
import { memoised } from "./memo";
import { dataVersion } from "./quality";

/**
 * Whether the store holds demo (generated) data, for the 示例数据 banner on every page. Reads `agencies`
 * (small rows) rather than `reports`, whose raw text would be read through; memoised per data version (adding or
 * removing demo data is a release), so a page under the new release's ETag never shows the old banner.
 */
export async function hasDemoData(): Promise<boolean> {
  return memoised(JSON.stringify([databaseUrl(), "has-demo"]), await dataVersion(), async () => {
    const db = await getDb();
    const rows = await db.all<{ one: number }>(sql`SELECT 1 AS one FROM agencies WHERE is_demo = 1 LIMIT 1`);
    return rows.length > 0;
  });
}
