/** The libSQL client helpers against real temporary database files. */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir, removeTempDirs } from "@/test/helpers/ingest";
import { getDb, openClient } from "./client";
import { migrateDb } from "./migrate";
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailableError } from "./unavailable";

afterAll(removeTempDirs);

describe("openClient + migrateDb", () => {
  it("creates the folder, applies migrations idempotently, and uses WAL", async () => {
    const dir = join(tempDir(), "nested", "folder");
    const client = await openClient(`file:${join(dir, "x.db")}`);
    await migrateDb(client);
    await migrateDb(client);
    expect(existsSync(join(dir, "x.db"))).toBe(true);
    const tables = (
      await client.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE " +
          "'sqlite%' ORDER BY 1",
      )
    ).rows.map((r) => r.name);
    expect(tables).toEqual([
      "agencies",
      "agency_names_history",
      "agg_region_year",
      "agg_region_year_history",
      "collect_urls",
      "failed_files_history",
      "findings",
      "findings_history",
      "regions",
      "releases",
      "report_counts_history",
      "report_facts",
      "report_facts_history",
      "report_provenance_history",
      "report_timeliness",
      "report_values",
      "reports",
      "timeliness_agg",
      "value_keys",
    ]);
    expect((await client.execute("PRAGMA journal_mode")).rows[0][0]).toBe("wal");
    client.close();
  });

  it("makes a second writer wait for the first (another process) instead of failing with SQLITE_BUSY", async () => {
    const url = `file:${join(tempDir(), "busy.db")}`;
    const client = await openClient(url);
    await client.execute("CREATE TABLE t (x)");
    // The other process takes the write lock, says so, and holds it for 1.5 s.
    const holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `
      import { createClient } from "@libsql/client";
      const c = createClient({ url: ${JSON.stringify(url)} });
      const tx = await c.transaction("write");
      await tx.execute("INSERT INTO t VALUES (1)");
      console.log("locked");
      setTimeout(async () => { await tx.commit(); c.close(); }, 1500);
    `,
      ],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    // A read transaction keeps the first pooled connection busy, so the write runs on a fresh one.
    const reader = await client.transaction("read");
    const tx = await client.transaction("write"); // waits for the holder's commit
    reader.close();
    await tx.execute("INSERT INTO t VALUES (2)");
    await tx.commit();
    expect(Number((await client.execute("SELECT count(*) FROM t")).rows[0][0])).toBe(2);
    client.close();
  });
});

describe("getDb on a database that cannot be read", () => {
  it("throws DatabaseUnavailableError (the error page's digest), and opens the file again once fixed", async () => {
    const dir = tempDir();
    const garbage = join(dir, "garbage.db");
    writeFileSync(garbage, Buffer.alloc(8192, "not an SQLite file "));
    const folder = join(dir, "folder.db");
    mkdirSync(folder);
    const before = process.env.DATABASE_URL;
    try {
      for (const path of [garbage, folder]) {
        process.env.DATABASE_URL = `file:${path}`;
        const failure = await getDb().catch((error: unknown) => error);
        expect(failure, path).toBeInstanceOf(DatabaseUnavailableError);
        expect((failure as DatabaseUnavailableError).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
      }
      // The retry after the fault is gone: a failed start was not cached, so this opens, migrates and reads.
      process.env.DATABASE_URL = `file:${garbage}`;
      rmSync(garbage);
      const db = await getDb();
      expect(Number((await db.$client.execute("SELECT count(*) FROM reports")).rows[0][0])).toBe(0);
      db.$client.close();
    } finally {
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
    }
  });
});
