import "server-only";
/** How recent the stored data is: when a report was last stored, and the newest report year. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export interface DataDate {
  /** ISO time the newest stored report was ingested; null in an empty store. */
  updatedAt: string | null;
  latestYear: number | null;
}

export async function getDataDate(): Promise<DataDate> {
  const db = await getDb();
  // Reports are only appended (ids rise with ingest): the last row's time, without scanning report rows and their text.
  const [row] = await db.all<{ updatedAt: string | null; latestYear: number | null }>(sql`
    SELECT (SELECT ingested_at FROM reports ORDER BY id DESC LIMIT 1) AS updatedAt,
           (SELECT MAX(year) FROM agg_region_year) AS latestYear`);
  return { updatedAt: row?.updatedAt ?? null, latestYear: row?.latestYear ?? null };
}
