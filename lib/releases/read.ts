import "server-only";
/** Reading releases: the list (/releases, GET /api/releases), the latest one (footer, ETags), one by id (`rel`). */
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { releases, type ReleaseRow } from "@/db/schema";

export type Release = Pick<
  ReleaseRow,
  "id" | "createdAt" | "kind" | "added" | "updated" | "superseded" | "removed" | "parserVersion"
>;

const COLUMNS = {
  id: releases.id,
  createdAt: releases.createdAt,
  kind: releases.kind,
  added: releases.added,
  updated: releases.updated,
  superseded: releases.superseded,
  removed: releases.removed,
  parserVersion: releases.parserVersion,
};

/** Every release, newest first. */
export async function getReleases(): Promise<Release[]> {
  const db = await getDb();
  return db.select(COLUMNS).from(releases).orderBy(desc(releases.id));
}

export async function getRelease(id: number): Promise<Release | null> {
  const db = await getDb();
  const [row] = await db.select(COLUMNS).from(releases).where(eq(releases.id, id));
  return row ?? null;
}

/**
 * The id of the newest release (0 when none: an empty database, or one written before releases). Memoised for a
 * second per process: every unpinned response's ETag and footer reads it, and a new release appearing a second
 * late is harmless (ingest is a separate process that commits whole runs).
 */
let latest: { at: number; id: number } | null = null;
const LATEST_MS = 1_000;

export async function getLatestReleaseId(): Promise<number> {
  if (latest && Date.now() - latest.at < LATEST_MS) return latest.id;
  const db = await getDb();
  const [row] = await db.all<{ id: number | null }>(sql`SELECT max(id) AS id FROM releases`);
  latest = { at: Date.now(), id: Number(row?.id ?? 0) };
  return latest.id;
}
