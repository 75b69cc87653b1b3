/** Ingest logic against real temporary libSQL files, with the small fake report format of testing.ts. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Client } from "@libsql/client";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ingestPaths } from "./ingest";
import { fakeDeps, fakeReportText, freshDb, integrityProblems, tempDir, type FakeReport, removeTempDirs } from "./testing";

const clients: Client[] = [];
afterAll(removeTempDirs);
afterEach(() => clients.splice(0).forEach((c) => c.close()));

async function db() {
  const d = await freshDb();
  clients.push(d.client);
  return d;
}

function write(dir: string, name: string, r: FakeReport | string): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, typeof r === "string" ? r : fakeReportText(r));
  return path;
}

const ouhai = (year: number, values: Record<string, number | null> = {}, published?: string): FakeReport => ({
  agency: "瓯海区人民政府办公室", regionCode: "330304", regionPath: ["浙江省", "温州市", "瓯海区"],
  kind: "government_office", year, published, values,
});

async function count(client: Client, sql: string): Promise<number> {
  return Number((await client.execute(sql)).rows[0][0]);
}

const TABLES = ["reports", "report_values", "findings", "report_facts", "agencies", "regions", "agg_region_year"];
async function tableCounts(client: Client) {
  return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(client, `SELECT count(*) FROM ${t}`)])));
}

describe("ingestPaths", () => {
  it("is idempotent: the same files twice add nothing", async () => {
    const { client } = await db();
    const dir = tempDir();
    for (let y = 2019; y < 2024; y++) write(dir, `r${y}.txt`, ouhai(y, { "apps.new.total": y - 2000, "review.total": null }));
    write(dir, "sub/other.txt", { agency: "朝阳市民政局", regionCode: "2113", regionPath: ["辽宁省", "朝阳市"], year: 2023, level: "city", values: { "apps.new.total": 1 } });
    const deps = fakeDeps();
    const first = await ingestPaths([dir], { client, deps });
    expect(first).toMatchObject({ added: 6, updated: 0, unchanged: 0, failed: 0 });
    const before = await tableCounts(client);
    const second = await ingestPaths([dir], { client, deps });
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 6, failed: 0 });
    expect(await tableCounts(client)).toEqual(before);
    expect(await integrityProblems(client)).toEqual([]);
    // blanks are stored as NULL value rows, with their line
    const blank = await client.execute("SELECT value, line FROM report_values WHERE key = 'review.total' LIMIT 1");
    expect(blank.rows[0].value).toBeNull();
    expect(Number(blank.rows[0].line)).toBeGreaterThan(0);
  });

  it("supersedes a corrected re-publication: the old one kept, facts and agg follow the new one", async () => {
    const { client } = await db();
    const dir = tempDir();
    const deps = fakeDeps();
    write(dir, "a/v1.txt", ouhai(2023, { "apps.new.total": 10, "outcome.total.total": 10 }));
    await ingestPaths([join(dir, "a")], { client, deps });
    write(dir, "b/v2.txt", ouhai(2023, { "apps.new.total": 12, "outcome.total.total": 12 }));
    const s = await ingestPaths([join(dir, "b")], { client, deps });
    expect(s).toMatchObject({ added: 0, updated: 1 });
    const rows = (await client.execute("SELECT id, status, superseded_by, source_name FROM reports ORDER BY id")).rows;
    expect(rows.map((r) => [r.source_name, r.status])).toEqual([["v1.txt", "superseded"], ["v2.txt", "active"]]);
    expect(rows[0].superseded_by).toBe(rows[1].id);
    expect(await count(client, `SELECT count(*) FROM report_values WHERE report_id = ${rows[0].id}`)).toBeGreaterThan(0);
    expect(await count(client, "SELECT apps_new FROM agg_region_year WHERE scope = ''")).toBe(12);
    expect(await count(client, "SELECT reports FROM agg_region_year WHERE scope = '330304'")).toBe(1);
    expect(await integrityProblems(client)).toEqual([]);
  });

  it("keeps the later-published report active even when it was ingested first", async () => {
    const { client } = await db();
    const dir = tempDir();
    const deps = fakeDeps();
    write(dir, "a/new.txt", ouhai(2023, { "apps.new.total": 12 }, "2024-03-01"));
    write(dir, "b/old.txt", ouhai(2023, { "apps.new.total": 10 }, "2024-01-15"));
    await ingestPaths([join(dir, "a")], { client, deps });
    await ingestPaths([join(dir, "b")], { client, deps });
    const rows = (await client.execute("SELECT source_name, status FROM reports ORDER BY id")).rows;
    expect(rows.map((r) => [r.source_name, r.status])).toEqual([["new.txt", "active"], ["old.txt", "superseded"]]);
    expect(await count(client, "SELECT apps_new FROM agg_region_year WHERE scope = ''")).toBe(12);
    expect(await integrityProblems(client)).toEqual([]);
  });

  it("records failed files with a reason while the others land; exit-worthy failures are counted", async () => {
    const { client } = await db();
    const dir = tempDir();
    write(dir, "good.txt", ouhai(2023));
    write(dir, "junk.txt", "这不是一份报告\n");
    write(dir, "old.doc", "binary");
    write(dir, ".hidden.txt", ouhai(2022));
    write(dir, "expected.json", "{}");
    const s = await ingestPaths([dir], { client, deps: fakeDeps() });
    expect(s).toMatchObject({ added: 1, failed: 2 });
    const failed = (await client.execute("SELECT source_name, error, error_zh FROM reports WHERE status = 'failed' ORDER BY source_name")).rows;
    expect(failed.map((r) => r.source_name)).toEqual(["junk.txt", "old.doc"]);
    expect(String(failed[1].error)).toMatch(/\.doc.*\.docx/);
    for (const r of failed) expect(String(r.error_zh)).toMatch(/[\u4e00-\u9fff]/);
    // same bytes, same parser: unchanged; a new parser version re-tries the failure
    expect(await ingestPaths([dir], { client, deps: fakeDeps() })).toMatchObject({ unchanged: 3, failed: 0 });
    const retried = await ingestPaths([dir], { client, deps: fakeDeps("fake-2") });
    expect(retried).toMatchObject({ unchanged: 1, failed: 2 });
    expect(await count(client, "SELECT count(*) FROM reports WHERE status = 'failed'")).toBe(2);
  });

  it("applies manifest overrides", async () => {
    const { client } = await db();
    const dir = tempDir();
    const path = write(dir, "x.txt", { agency: "某某局", year: 2020 });
    const manifest = new Map([[path, { agency: "温州市瓯海区民政局", regionCode: "330304", year: 2021, url: "https://example.gov.cn/x" }]]);
    await ingestPaths([dir], { client, deps: fakeDeps(), manifest });
    const r = (await client.execute("SELECT r.year, r.source_url, a.name, a.county_code FROM reports r JOIN agencies a ON a.id = r.agency_id")).rows[0];
    expect([r.year, r.source_url, r.name, r.county_code]).toEqual([2021, "https://example.gov.cn/x", "温州市瓯海区民政局", "330304"]);
  });

  it("checks the R5 year chain at ingest, whichever year arrives first", async () => {
    const deps = fakeDeps();
    for (const order of [[2022, 2023], [2023, 2022]]) {
      const { client } = await db();
      const dir = tempDir();
      const reports: Record<number, FakeReport> = {
        2022: ouhai(2022, { "apps.carried_forward.total": 7, "outcome.total.total": -7 + 7 }),
        2023: ouhai(2023, { "apps.carried_over.total": 9, "outcome.total.total": 9 }),
      };
      for (const y of order) {
        write(dir, `${y}/r.txt`, reports[y]);
        await ingestPaths([join(dir, String(y))], { client, deps });
      }
      const f = (await client.execute("SELECT r.year, f.expected, f.actual FROM findings f JOIN reports r ON r.id = f.report_id WHERE f.rule = 'R5'")).rows;
      expect(f.map((r) => [r.year, r.expected, r.actual])).toEqual([[2023, 7, 9]]);
      expect(await count(client, "SELECT error_count FROM reports WHERE year = 2023")).toBe(1);
      expect(await count(client, "SELECT failing FROM agg_region_year WHERE scope = '' AND year = 2023")).toBe(1);
      expect(await integrityProblems(client)).toEqual([]);
    }
  });

  it("gives the same agency ids in two databases loaded in different orders", async () => {
    const dir = tempDir();
    const files = [2019, 2020, 2021].map((y) => write(dir, `o${y}.txt`, ouhai(y)));
    files.push(write(dir, "c.txt", { agency: "朝阳市民政局", regionCode: "2113", year: 2023 }));
    const ids = [];
    for (const order of [files, [...files].reverse()]) {
      const { client } = await db();
      for (const f of order) await ingestPaths([f], { client, deps: fakeDeps() });
      ids.push((await client.execute("SELECT id, name, first_year, last_year FROM agencies ORDER BY id")).rows.map((r) => ({ ...r })));
    }
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0].find((a) => a.name === "瓯海区人民政府办公室")).toMatchObject({ first_year: 2019, last_year: 2021 });
  });

  it("marks demo reports and agencies", async () => {
    const { client } = await db();
    const dir = tempDir();
    write(dir, "d.txt", ouhai(2023));
    await ingestPaths([dir], { client, deps: fakeDeps(), demo: true });
    expect(await count(client, "SELECT count(*) FROM reports WHERE is_demo = 1")).toBe(1);
    expect(await count(client, "SELECT count(*) FROM agencies WHERE is_demo = 1")).toBe(1);
  });

  it("handles supersede and year chains inside one batch", async () => {
    const { client } = await db();
    const dir = tempDir();
    write(dir, "1.txt", ouhai(2023, { "apps.carried_over.total": 3, "apps.new.total": 1 }));
    write(dir, "2.txt", ouhai(2022, { "apps.carried_forward.total": 5 }));
    write(dir, "3.txt", ouhai(2022, { "apps.carried_forward.total": 3 }));
    const s = await ingestPaths([dir], { client, deps: fakeDeps() });
    expect(s).toMatchObject({ added: 2, updated: 1 });
    expect(await count(client, "SELECT count(*) FROM findings WHERE rule = 'R5'")).toBe(0);
    expect(await count(client, "SELECT error_count FROM reports WHERE year = 2023")).toBe(1); // R1 only
    expect(await integrityProblems(client)).toEqual([]);
  });
});

describe("ingestPaths with parser workers", () => {
  it("parses on worker threads and stores the same rows as inline parsing", async () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++) write(dir, `w${i}.txt`, ouhai(1990 + i, { "apps.new.total": i, "apps.carried_over.total": i % 3, "apps.carried_forward.total": (i + 1) % 3 }));
    write(dir, "bad.txt", "not a report");
    const depsModule = fileURLToPath(new URL("./testing.ts", import.meta.url));
    const results = [];
    for (const workers of [0, 2]) {
      const { client } = await db();
      const s = await ingestPaths([dir], { client, deps: fakeDeps(), workers, depsModule, batchSize: 7 });
      expect(s).toMatchObject({ added: 40, failed: 1 });
      expect(await integrityProblems(client)).toEqual([]);
      results.push(await tableCounts(client));
    }
    expect(results[0]).toEqual(results[1]);
  });
});

describe("prepareItem", () => {
  it("stores a key once when the parser lists it as a value and as a blank, or as a blank twice", async () => {
    const { prepareItem } = await import("./prepare");
    const deps = fakeDeps();
    const parsed = await deps.parseDocument(new TextEncoder().encode(fakeReportText(ouhai(2023, { "apps.new.total": 1 }))), "x.txt");
    parsed.value!.blanks.push("apps.new.total", "review.total", "review.total");
    const item = prepareItem({ path: "x.txt", bytes: new Uint8Array(), sha256: "ab" }, parsed, undefined, deps);
    if (!item.ok) throw new Error(item.error);
    expect(JSON.parse(item.valuesJson)).toEqual([["apps.new.total", 1, 5], ["review.total", null, null]]);
  });
});
