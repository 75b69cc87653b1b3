/**
 * Ingest with the real parser, regions and validate modules, on the seed reports, plus the real PDFs of
 * ../shared/samples/pdf where that folder exists.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/test/shared-samples";
import { ingestPaths } from "./ingest";
import { integrityProblems, tempDir, useFreshDbs } from "@/test/helpers/ingest";

const SEEDS = join(process.cwd(), "fixtures", "seeds");
const PDFS = sharedDir("samples/pdf");
const OUHAI = readFileSync(join(SEEDS, "002_1011c9d1822b474b.txt"), "utf8");

const freshTestDb = useFreshDbs();
async function db(): Promise<Client> {
  return (await freshTestDb()).client;
}

const TABLES = [
  "reports",
  "value_keys",
  "report_values",
  "findings",
  "report_facts",
  "agencies",
  "regions",
  "agg_region_year",
];
async function tableCounts(client: Client) {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await client.execute(`SELECT count(*) FROM ${t}`)).rows[0][0]);
  return out;
}

/** Seed 002 moved one year back (2023 → 2022, its outlook year 2024 → 2023). */
function shiftYear(text: string, by: number): string {
  return text.replace(/20(2[0-9])/g, (_, y) => String(2000 + Number(y) + by));
}

/** The report files of a folder, by path. */
const reportFiles = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));

/** Loads `paths` once, then again: the second run must add and change nothing. */
async function loadTwice(paths: string[], reports: number): Promise<Client> {
  const client = await db();
  const first = await ingestPaths(paths, { client, workers: 0 });
  expect(first).toMatchObject({ added: reports, updated: 0, unchanged: 0, failed: 0 });
  const before = await tableCounts(client);
  expect(before.report_values).toBeGreaterThan(reports * 70);
  expect(await ingestPaths(paths, { client })).toMatchObject({ added: 0, updated: 0, unchanged: reports, failed: 0 });
  expect(await tableCounts(client)).toEqual(before);
  expect(await integrityProblems(client)).toEqual([]);
  return client;
}

/** The agencies table after loading `files` one by one in the given order and in the reverse one. */
async function agenciesBothWays(files: string[]) {
  const tables = [];
  for (const order of [files, [...files].reverse()]) {
    const client = await db();
    for (const f of order) await ingestPaths([f], { client, workers: 0 });
    const rows = await client.execute(
      "SELECT id, name, norm_name, region_code, first_year, last_year FROM agencies ORDER BY id",
    );
    tables.push(rows.rows.map((r) => ({ ...r })));
  }
  return tables;
}

describe("ingest with the real parser", () => {
  it("loads the seeds, and a second run adds nothing", async () => {
    const client = await loadTwice([SEEDS], 5);
    const ouhai = (
      await client.execute(
        "SELECT f.apps_new, f.county_code, a.initials FROM report_facts f JOIN agencies a ON a.id = f.agency_id " +
          "WHERE f.county_code = '330304'",
      )
    ).rows;
    expect(ouhai.map((r) => ({ ...r }))).toEqual([{ apps_new: 51, county_code: "330304", initials: "ohqrmzfbgs" }]);
  });

  it("gives every agency the same id in two databases loaded in opposite orders", async () => {
    const tables = await agenciesBothWays(reportFiles(SEEDS, ".txt"));
    expect(tables[0].length).toBe(5);
    expect(tables[1]).toEqual(tables[0]);
  });

  it("treats the two 瓯海 spellings as one agency and checks R5 across the two years", async () => {
    const client = await db();
    const dir = tempDir();
    writeFileSync(join(dir, "ouhai-2023.txt"), OUHAI);
    writeFileSync(
      join(dir, "ouhai-2022.txt"),
      shiftYear(OUHAI, -1).replaceAll("瓯海区人民政府办公室", "温州市瓯海区人民政府办公室"),
    );
    const s = await ingestPaths([dir], { client, workers: 0 });
    expect(s).toMatchObject({ added: 2, failed: 0 });
    const agencies = (await client.execute("SELECT name, first_year, last_year FROM agencies")).rows.map((r) => ({
      ...r,
    }));
    expect(agencies).toEqual([{ name: "瓯海区人民政府办公室", first_year: 2022, last_year: 2023 }]);
    // 2022 carries forward 5 + 2 = 7; 2023 says it carried over 2 + 7 = 9: R5 on the 2023 report, per column
    const r5 = (
      await client.execute(
        "SELECT r.year, f.keys, f.expected, f.actual FROM findings f JOIN reports r ON r.id = f.report_id WHERE " +
          "f.rule = 'R5' ORDER BY f.keys",
      )
    ).rows;
    expect(r5.map((r) => [r.year, JSON.parse(String(r.keys))[0], r.expected, r.actual])).toEqual([
      [2023, "apps.carried_over.commercial", 2, 7],
      [2023, "apps.carried_over.natural_person", 5, 2],
      [2023, "apps.carried_over.total", 7, 9],
    ]);
    expect(await integrityProblems(client)).toEqual([]);
  });

  it("supersedes a corrected re-publication; agg equals a GROUP BY over facts", async () => {
    const client = await db();
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    for (const f of ["002_1011c9d1822b474b.txt", "003_516ff9c16babe9a7.txt"])
      copyFileSync(join(SEEDS, f), join(dir, "a", f));
    await ingestPaths([join(dir, "a")], { client, workers: 0 });
    // the corrected version: one more new application by a natural person (46 → 47, total 51 → 52)
    const fixed = OUHAI.replace(
      "公开申请数量 | 46 | 5 | 0 | 0 | 0 | 0 | 51 |",
      "公开申请数量 | 47 | 5 | 0 | 0 | 0 | 0 | 52 |",
    );
    expect(fixed).not.toBe(OUHAI);
    writeFileSync(join(dir, "b", "ouhai-corrected.txt"), fixed);
    expect(await ingestPaths([join(dir, "b")], { client, workers: 0 })).toMatchObject({ added: 0, updated: 1 });
    const statuses = (
      await client.execute(
        "SELECT source_name, status FROM reports WHERE source_name LIKE '%002%' OR source_name LIKE 'ouhai%' ORDER " +
          "BY id",
      )
    ).rows;
    expect(statuses.map((r) => [r.source_name, r.status])).toEqual([
      ["002_1011c9d1822b474b.txt", "superseded"],
      ["ouhai-corrected.txt", "active"],
    ]);
    const sum = (await client.execute("SELECT apps_new, reports FROM agg_region_year WHERE scope = '33'")).rows[0];
    expect([sum.apps_new, sum.reports]).toEqual([52, 1]);
    expect(await integrityProblems(client)).toEqual([]);
  });

  it("records unreadable and non-report files as failed, with reasons, and stores the rest", async () => {
    const client = await db();
    const dir = tempDir();
    copyFileSync(join(SEEDS, "003_516ff9c16babe9a7.txt"), join(dir, "good.txt"));
    writeFileSync(join(dir, "notes.txt"), "会议纪要\n今天讨论了绿化工作。\n");
    writeFileSync(join(dir, "broken.pdf"), "%PDF-1.4 truncated");
    const s = await ingestPaths([dir], { client, workers: 1 });
    expect(s).toMatchObject({ added: 1, failed: 2 });
    const failed = (
      await client.execute("SELECT source_name, error, error_zh FROM reports WHERE status = 'failed' ORDER BY 1")
    ).rows;
    expect(failed.map((r) => r.source_name)).toEqual(["broken.pdf", "notes.txt"]);
    for (const r of failed) {
      expect(String(r.error)).toMatch(/^[A-Z].{10,}/);
      expect(String(r.error_zh)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe.skipIf(!PDFS)("ingest with the real parser on the real PDFs in ../shared/samples/pdf", () => {
  it("loads the seeds and PDFs, and a second run adds nothing", async () => {
    await loadTwice([SEEDS, PDFS!], 8);
  });

  it("gives every agency the same id in two databases loaded in opposite orders", async () => {
    const tables = await agenciesBothWays([...reportFiles(SEEDS, ".txt"), ...reportFiles(PDFS!, ".pdf")]);
    expect(tables[0].length).toBe(7); // 8 reports; 洪泽区 has two years
    expect(tables[1]).toEqual(tables[0]);
  });
});
