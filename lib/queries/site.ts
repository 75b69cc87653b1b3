import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

let demoCache: { at: number; value: boolean } | null = null;
const DEMO_CACHE_MS = 30_000;

/**
 * Whether the store holds demo (generated) data, for the 示例数据 banner on every page. Reads `agencies`
 * (small rows) rather than `reports`, whose raw text would be read through; cached briefly per process.
 */
export async function hasDemoData(): Promise<boolean> {
  if (demoCache && Date.now() - demoCache.at < DEMO_CACHE_MS) return demoCache.value;
  const db = await getDb();
  const rows = await db.all<{ one: number }>(sql`SELECT 1 AS one FROM agencies WHERE is_demo = 1 LIMIT 1`);
  demoCache = { at: Date.now(), value: rows.length > 0 };
  return demoCache.value;
}
