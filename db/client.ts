/**
 * The one libSQL connection of a process. Lazy, because `next build` imports route modules and a client
 * made at module load would open (and create) the database at build time.
 *
 * DATABASE_URL: `file:data/nianbao.db` by default; any libSQL URL (`libsql://…`, `http://…`) works
 * unchanged, with DATABASE_AUTH_TOKEN for Turso.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema";
import { DatabaseUnavailableError } from "./unavailable";

export const DEFAULT_DATABASE_URL = "file:data/nianbao.db";

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

let cached: { url: string; ready: Promise<Db> } | null = null;

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

function localPath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const path = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  return path === ":memory:" ? null : resolve(path);
}

/** Opens a client for `url` (a new one each call); local files get WAL and a busy timeout. */
export async function openClient(url: string = databaseUrl()): Promise<Client> {
  const path = localPath(url);
  if (path) mkdirSync(dirname(path), { recursive: true }); // libsql does not create folders
  // `timeout` is libSQL's busy timeout for EVERY pooled connection (a PRAGMA below reaches only one of them,
  // and transactions run on fresh ones): a second writer waits instead of failing with SQLITE_BUSY.
  const client = createClient({
    url,
    authToken: process.env.DATABASE_AUTH_TOKEN || undefined,
    timeout: path ? 10_000 : undefined,
  });
  if (path) {
    try {
      // WAL: readers never wait for the ingest writer; busy_timeout: writers queue instead of failing.
      await client.execute("PRAGMA journal_mode = WAL");
      await client.execute("PRAGMA busy_timeout = 10000");
      await client.execute("PRAGMA synchronous = NORMAL");
    } catch (error) {
      client.close(); // not a database, unreadable or locked: nobody gets this client
      throw error;
    }
  }
  return client;
}

export function toDb(client: Client): Db {
  return drizzle(client, { schema }) as Db;
}

/** Opens and migrates; the client is closed again when the migrations cannot run. */
async function connect(url: string): Promise<Db> {
  const client = await openClient(url);
  try {
    const { migrateDb } = await import("./migrate");
    await migrateDb(client);
  } catch (error) {
    client.close();
    throw error;
  }
  return toDb(client);
}

/**
 * The process-wide database, migrated before first use. A failed start is not kept: the next call (the error
 * page's retry) opens and migrates again, so the site recovers once the file or server is back.
 */
export async function getDb(): Promise<Db> {
  const url = databaseUrl();
  if (!cached || cached.url !== url) cached = { url, ready: connect(url) };
  const current = cached;
  try {
    return await current.ready;
  } catch (error) {
    if (cached === current) cached = null;
    throw new DatabaseUnavailableError(error);
  }
}
