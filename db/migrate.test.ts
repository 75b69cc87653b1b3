/**
 * Migrations against real temporary database files: a database made by an earlier version of Nianbao keeps
 * its data through every later migration.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, tempDir } from "@/test/helpers/ingest";
import { openClient, toDb } from "./client";
import { MIGRATIONS_FOLDER, migrateDb } from "./migrate";

afterAll(removeTempDirs);

/** A copy of the migrations folder that stops after migration `lastTag`: the database of an older release. */
function migrationsUpTo(lastTag: string): string {
  const dir = join(tempDir(), "migrations");
  mkdirSync(join(dir, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  for (const { tag } of journal.entries) copyFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(dir, `${tag}.sql`));
  writeFileSync(join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  return dir;
}

type Value = [reportId: number, key: string, value: number | null, line: number | null];

async function storedValues(client: Client): Promise<Value[]> {
  const rs = await client.execute(
    "SELECT v.report_id, k.key, v.value, v.line FROM report_values v JOIN value_keys k ON k.id = v.key_id ORDER BY " +
      "1, 2",
  );
  return rs.rows.map((r) => [
    Number(r.report_id),
    String(r.key),
    r.value === null ? null : Number(r.value),
    r.line === null ? null : Number(r.line),
  ]);
}

describe("migration to value_keys + report_values WITHOUT ROWID (0003–0005)", () => {
  it("keeps every (report, key, value, line) of a database at 0002, and writes after it work", async () => {
    const client = await openClient(`file:${join(tempDir(), "old.db")}`);
    await migrate(toDb(client), { migrationsFolder: migrationsUpTo("0002_facts_region_year") });
    const cols = (await client.execute("SELECT name FROM pragma_table_info('report_values')")).rows.map((r) => r.name);
    expect(cols).toEqual(["report_id", "key", "value", "line"]); // the old shape

    // Shared and unshared keys, blanks (NULL value), NULL lines, fractions, negatives and large figures.
    const old: Value[] = [];
    const keys = [
      "apps.new.total",
      "apps.result.refused.state_secret",
      "review.total",
      "legacy.x",
      "outcome.granted.natural_person",
    ];
    for (let report = 1; report <= 40; report++) {
      keys.forEach((key, i) => {
        if ((report + i) % 7 === 0) return; // not every report has every key
        const value =
          i === 2 && report % 3 === 0 ? null : i === 3 ? -report / 4 : report * 1000 + i + 0.5 * (report % 2);
        old.push([report, key, value, report % 5 === 0 ? null : 10 + i]);
      });
    }
    old.push([41, "only.in.one.report", 123456789012, 3]);
    for (const row of old)
      await client.execute({
        sql: "INSERT INTO report_values (report_id, key, value, line) VALUES (?, ?, ?, ?)",
        args: row,
      });

    await migrateDb(client);
    const byKey = (a: Value, b: Value) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    expect(await storedValues(client)).toEqual([...old].sort(byKey));
    expect(Number((await client.execute("SELECT count(*) FROM value_keys")).rows[0][0])).toBe(keys.length + 1);

    const master = (
      await client.execute(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('report_values', 'report_values_0002')",
      )
    ).rows;
    expect(master.map((r) => r.name)).toEqual(["report_values"]); // no autoindex, nothing left aside
    expect(String(master[0].sql)).toMatch(/WITHOUT ROWID\s*$/);

    // Migrating again changes nothing; new rows refer to existing and new keys.
    await migrateDb(client);
    await client.execute("INSERT OR IGNORE INTO value_keys (key) VALUES ('apps.new.total'), ('brand.new')");
    await client.execute(
      "INSERT INTO report_values SELECT 42, id, 1, 2 FROM value_keys WHERE key IN ('apps.new.total', 'brand.new')",
    );
    expect((await storedValues(client)).filter((v) => v[0] === 42)).toEqual([
      [42, "apps.new.total", 1, 2],
      [42, "brand.new", 1, 2],
    ]);
    client.close();
  });

  it("gives a fresh database the compact table", async () => {
    const client = await openClient(`file:${join(tempDir(), "fresh.db")}`);
    await migrateDb(client);
    const sql = String(
      (await client.execute("SELECT sql FROM sqlite_master WHERE name = 'report_values'")).rows[0].sql,
    );
    expect(sql).toMatch(/PRIMARY KEY\(`report_id`, `key_id`\)[\s\S]*WITHOUT ROWID\s*$/);
    expect(
      (await client.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE '%report_values_0002%'")).rows[0][0],
    ).toBe(0);
    client.close();
  });
});
