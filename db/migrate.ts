import { join } from "node:path";
import type { Client } from "@libsql/client";
import { migrate } from "drizzle-orm/libsql/migrator";
import { toDb } from "./client";

/** Migrations live in the repository; every entry point (CLI, next start, tests) runs from its root. */
export const MIGRATIONS_FOLDER = join(process.cwd(), "db", "migrations");

/** Applies every pending migration (idempotent). */
export async function migrateDb(client: Client): Promise<void> {
  await migrate(toDb(client), { migrationsFolder: MIGRATIONS_FOLDER });
}
