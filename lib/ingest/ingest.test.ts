/**
 * Ingest logic against real temporary libSQL files, with the real parser, regions and validate modules
 * reading real 2021-template documents written by test/helpers/ingest.ts (`reportText`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { fixtureBytes } from "@/test/helpers/read-fixtures";
import { loadDefaultDeps } from "./deps";
import { ingestPaths } from "./ingest";
import {
  applications,
  integrityProblems,
  reportText,
  tempDir,
  type ReportSpec,
  useFreshDbs,
} from "@/test/helpers/ingest";

const db = useFreshDbs();

function write(dir: string, name: string, r: ReportSpec | string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, typeof r === "string" || r instanceof Uint8Array ? r : reportText(r));
  return path;
}

const ouhai = (year: number, values: Record<string, number | null> = {}, published?: string): ReportSpec => ({
  agency: "瓯海区人民政府办公室",
  year,
  published,
  values,
});

async function count(client: Client, sql: string): Promise<number> {
  return Number((await client.execute(sql)).rows[0][0]);
}

async function rows(client: Client, sql: string): Promise<Record<string, unknown>[]> {
  return (await client.execute(sql)).rows.map((r) => ({ ...r }));
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
  return Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t, await count(client, `SELECT count(*) FROM ${t}`)])),
  );
}

/** A 1×1 PNG: a scan someone dropped beside the reports. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describe("ingestPaths", () => {
  it("is idempotent: the same files twice add nothing", async () => {
    const { client } = await db();
    const dir = tempDir();
    for (let y = 2019; y < 2024; y++)
      write(dir, `r${y}.txt`, ouhai(y, { ...applications(y - 2000), "review.total": null }));
    write(dir, "sub/other.txt", { agency: "朝阳市民政局", year: 2023, values: applications(1) });
    const first = await ingestPaths([dir], { client });
    expect(first).toMatchObject({ added: 6, updated: 0, unchanged: 0, failed: 0 });
    const before = await tableCounts(client);
    const second = await ingestPaths([dir], { client });
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 6, failed: 0 });
    expect(await tableCounts(client)).toEqual(before);
    expect(await integrityProblems(client)).toEqual([]);
    expect(
      await rows(
        client,
        "SELECT year, apps_new, county_code FROM report_facts WHERE county_code = '330304' ORDER BY year",
      ),
    ).toEqual([2019, 2020, 2021, 2022, 2023].map((y) => ({ year: y, apps_new: y - 2000, county_code: "330304" })));
    // blanks are stored as NULL value rows (not 0); printed values with their line
    const review = await rows(
      client,
      "SELECT v.value FROM report_values v JOIN reports r ON r.id = v.report_id JOIN value_keys k ON k.id = v.key_id " +
        "WHERE k.key = 'review.total' ORDER BY r.year, v.value",
    );
    expect(review).toEqual([...Array(5).fill({ value: null }), { value: 0 }]);
    expect(
      await count(
        client,
        "SELECT count(*) FROM report_values v JOIN value_keys k ON k.id = v.key_id WHERE k.key = 'apps.new.total' " +
          "AND v.line > 0",
      ),
    ).toBe(6);
  });

  it("supersedes a corrected re-publication: the old one kept, facts and agg follow the new one", async () => {
    const { client } = await db();
    const dir = tempDir();
    write(dir, "a/v1.txt", ouhai(2023, applications(10)));
    await ingestPaths([join(dir, "a")], { client });
    write(dir, "b/v2.txt", ouhai(2023, applications(12)));
    const s = await ingestPaths([join(dir, "b")], { client });
    expect(s).toMatchObject({ added: 0, updated: 1 });
    const reports = await rows(client, "SELECT id, status, superseded_by, source_name FROM reports ORDER BY id");
    expect(reports.map((r) => [r.source_name, r.status])).toEqual([
      ["v1.txt", "superseded"],
      ["v2.txt", "active"],
    ]);
    expect(reports[0].superseded_by).toBe(reports[1].id);
    expect(
      await count(client, `SELECT count(*) FROM report_values WHERE report_id = ${reports[0].id}`),
    ).toBeGreaterThan(0);
    expect(await count(client, "SELECT apps_new FROM agg_region_year WHERE scope = ''")).toBe(12);
    expect(await count(client, "SELECT reports FROM agg_region_year WHERE scope = '330304'")).toBe(1);
    expect(await integrityProblems(client)).toEqual([]);
  });

  it("keeps the later-published report active, whichever was ingested first", async () => {
    for (const order of [
      ["new", "old"],
      ["old", "new"],
    ]) {
      const { client } = await db();
      const dir = tempDir();
      write(dir, "new/r.txt", ouhai(2023, applications(12), "2024-03-01"));
      write(dir, "old/r.txt", ouhai(2023, applications(10), "2024-01-15"));
      for (const sub of order) await ingestPaths([join(dir, sub)], { client });
      const reports = await rows(client, "SELECT published, status FROM reports ORDER BY published");
      expect(reports).toEqual([
        { published: "2024-01-15", status: "superseded" },
        { published: "2024-03-01", status: "active" },
      ]);
      expect(await count(client, "SELECT apps_new FROM agg_region_year WHERE scope = ''")).toBe(12);
      expect(await integrityProblems(client)).toEqual([]);
    }
  });

  it("records failed files with a reason while the others land, and retries them when the parser changes", async () => {
    const { client } = await db();
    const dir = tempDir();
    write(dir, "good.txt", ouhai(2023, applications(3)));
    write(dir, "junk.txt", "会议纪要\n今天讨论了绿化工作。\n");
    write(dir, "empty.txt", "");
    // .doc is read by content: a Word compound file cut short is damaged (LibreOffice made the fixture)
    write(dir, "old.doc", fixtureBytes("documents", "truncated.doc"));
    write(dir, ".hidden.txt", ouhai(2022));
    write(dir, "expected.json", "{}");
    // a PNG is not picked up from a folder, but one named explicitly is read (and fails with a reason)
    const png = write(dir, "scan.png", PNG);
    const paths = [dir, png];
    const s = await ingestPaths(paths, { client });
    expect(s).toMatchObject({ added: 1, failed: 4 });
    const failed = await rows(
      client,
      "SELECT source_name, error, error_zh FROM reports WHERE status = 'failed' ORDER BY source_name",
    );
    expect(failed.map((r) => r.source_name)).toEqual(["empty.txt", "junk.txt", "old.doc", "scan.png"]);
    expect(String(failed[2].error)).toMatch(/^DOC is damaged: the file is truncated/);
    expect(String(failed[2].error_zh)).toMatch(/损坏/);
    for (const r of failed) {
      expect(String(r.error)).toMatch(/^[A-Z].{10,}/);
      expect(String(r.error_zh)).toMatch(/[\u4e00-\u9fff]/);
    }
    // same bytes, same parser: nothing is written again, but the files that failed still fail (summary and exit
    // status say so, with the stored reasons); another parser version (the real parser, only its version string
    // changed) re-tries the failures and leaves the stored report alone
    const again = await ingestPaths(paths, { client });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1, failed: 4 });
    expect(again.failures.map((f) => f.error)).toEqual(expect.arrayContaining([String(failed[2].error)]));
    expect(await count(client, "SELECT count(*) FROM reports")).toBe(5);
    const next = { ...(await loadDefaultDeps()), parserVersion: "next" };
    expect(await ingestPaths(paths, { client, deps: next })).toMatchObject({ unchanged: 1, failed: 4 });
    expect(await count(client, "SELECT count(*) FROM reports WHERE status = 'failed'")).toBe(4);
    expect(await count(client, "SELECT count(*) FROM reports")).toBe(5);
  });

  it("applies manifest overrides", async () => {
    const { client } = await db();
    const dir = tempDir();
    const path = write(dir, "x.txt", { agency: "永嘉县民政局", year: 2020, values: applications(2) });
    const manifest = new Map([
      [path, { agency: "温州市瓯海区民政局", regionCode: "330304", year: 2021, url: "https://example.gov.cn/x" }],
    ]);
    await ingestPaths([dir], { client, manifest });
    const r = (
      await rows(
        client,
        "SELECT r.year, r.source_url, a.name, a.county_code FROM reports r JOIN agencies a ON a.id = r.agency_id",
      )
    )[0];
    expect(r).toEqual({
      year: 2021,
      source_url: "https://example.gov.cn/x",
      name: "温州市瓯海区民政局",
      county_code: "330304",
    });
    expect(await count(client, "SELECT apps_new FROM agg_region_year WHERE scope = '330304' AND year = 2021")).toBe(2);
    expect(await count(client, "SELECT count(*) FROM agg_region_year WHERE scope = '330324'")).toBe(0);
  });

  it("checks the R5 year chain at ingest, whichever year arrives first", async () => {
    const reports: Record<number, ReportSpec> = {
      2022: ouhai(2022, applications(10, 0, 7)), // carries 7 forward
      2023: ouhai(2023, applications(1, 9)), // says it carried 9 over
    };
    for (const order of [
      [2022, 2023],
      [2023, 2022],
    ]) {
      const { client } = await db();
      const dir = tempDir();
      for (const y of order) {
        write(dir, `${y}/r.txt`, reports[y]);
        await ingestPaths([join(dir, String(y))], { client });
      }
      const r5 = await rows(
        client,
        "SELECT r.year, f.keys, f.expected, f.actual FROM findings f JOIN reports r ON r.id = f.report_id WHERE " +
          "f.rule = 'R5' ORDER BY f.keys",
      );
      expect(r5.map((r) => [r.year, JSON.parse(String(r.keys))[0], r.expected, r.actual])).toEqual([
        [2023, "apps.carried_over.natural_person", 7, 9],
        [2023, "apps.carried_over.total", 7, 9],
      ]);
      expect(await count(client, "SELECT error_count FROM reports WHERE year = 2022")).toBe(0);
      expect(await count(client, "SELECT error_count FROM reports WHERE year = 2023")).toBe(2);
      expect(await count(client, "SELECT failing FROM agg_region_year WHERE scope = '' AND year = 2023")).toBe(1);
      expect(await count(client, "SELECT failing FROM agg_region_year WHERE scope = '' AND year = 2022")).toBe(0);
      expect(await integrityProblems(client)).toEqual([]);
    }
  });

  it("gives the same agency ids in two databases loaded in different orders", async () => {
    const dir = tempDir();
    const files = [2019, 2020].map((y) => write(dir, `o${y}.txt`, ouhai(y)));
    // the same office under its longer name
    files.push(write(dir, "o2021.txt", { agency: "温州市瓯海区人民政府办公室", year: 2021 }));
    files.push(write(dir, "c.txt", { agency: "朝阳市民政局", year: 2023 }));
    files.push(write(dir, "y.txt", { agency: "永嘉县民政局", year: 2022 }));
    const ids = [];
    for (const order of [files, [...files].reverse()]) {
      const { client } = await db();
      for (const f of order) await ingestPaths([f], { client });
      ids.push(
        await rows(client, "SELECT id, norm_name, region_code, first_year, last_year FROM agencies ORDER BY id"),
      );
    }
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0].map((a) => [a.region_code, a.first_year, a.last_year]).sort()).toEqual([
      ["2113", 2023, 2023],
      ["330304", 2019, 2021],
      ["330324", 2022, 2022],
    ]);
  });

  it("marks demo reports and agencies", async () => {
    const { client } = await db();
    const dir = tempDir();
    write(dir, "d.txt", ouhai(2023));
    write(dir, "real/r.txt", { agency: "朝阳市民政局", year: 2023 });
    await ingestPaths([join(dir, "d.txt")], { client, demo: true });
    await ingestPaths([join(dir, "real")], { client });
    expect(
      await rows(
        client,
        "SELECT a.name, a.is_demo AS a, r.is_demo AS r FROM reports r JOIN agencies a ON a.id = r.agency_id ORDER BY 1",
      ),
    ).toEqual([
      { name: "朝阳市民政局", a: 0, r: 0 },
      { name: "瓯海区人民政府办公室", a: 1, r: 1 },
    ]);
  });

  it("handles supersede and year chains inside one batch", async () => {
    const { client } = await db();
    const dir = tempDir();
    write(dir, "1.txt", ouhai(2023, applications(1, 3)));
    write(dir, "2.txt", ouhai(2022, applications(5, 0, 5)));
    write(dir, "3.txt", ouhai(2022, applications(5, 0, 3))); // corrects 2.txt: 3 carried forward, not 5
    const s = await ingestPaths([dir], { client });
    expect(s).toMatchObject({ added: 2, updated: 1 });
    expect(await rows(client, "SELECT source_name, status FROM reports ORDER BY source_name")).toEqual([
      { source_name: "1.txt", status: "active" },
      { source_name: "2.txt", status: "superseded" },
      { source_name: "3.txt", status: "active" },
    ]);
    expect(await count(client, "SELECT count(*) FROM findings WHERE rule = 'R5'")).toBe(0);
    expect(await count(client, "SELECT error_count FROM reports WHERE year = 2023")).toBe(0);
    expect(await integrityProblems(client)).toEqual([]);
  });
});

const AGENCIES = ["瓯海区人民政府办公室", "朝阳市民政局", "永嘉县民政局", "温州市瓯海区民政局"];

describe("ingestPaths with parser workers", () => {
  it("parses on worker threads and stores the same rows as inline parsing", async () => {
    const dir = tempDir();
    for (let i = 0; i < 20; i++) {
      const values = applications(i + 2, i % 3, (i + 1) % 3);
      write(dir, `w${i}.txt`, { agency: AGENCIES[i % 4], year: 2019 + Math.floor(i / 4), values });
    }
    write(dir, "bad.txt", "这不是一份报告\n");
    const results = [];
    for (const workers of [0, 2]) {
      const { client } = await db();
      const s = await ingestPaths([dir], { client, workers, batchSize: 7 });
      expect(s).toMatchObject({ added: 20, failed: 1 });
      expect(await integrityProblems(client)).toEqual([]);
      results.push({
        counts: await tableCounts(client),
        facts: await rows(client, "SELECT agency_id, year, apps_new, has_error FROM report_facts ORDER BY 1, 2"),
        findings: await rows(
          client,
          "SELECT r.source_name, f.rule, f.keys FROM findings f JOIN reports r ON r.id = f.report_id ORDER BY 1, 2, 3",
        ),
      });
    }
    expect(results[0].findings.length).toBeGreaterThan(0); // the chains break between some years
    expect(results[0]).toEqual(results[1]);
  });
});

describe("prepareItem", () => {
  it("stores a key once when the parser lists it as a value and as a blank, or as a blank twice", async () => {
    const { prepareItem } = await import("./prepare");
    const deps = await loadDefaultDeps();
    const parsed = await deps.parseDocument(
      new TextEncoder().encode(reportText(ouhai(2023, { ...applications(1), "review.total": null }))),
      "x.txt",
    );
    expect(parsed.value?.blanks).toEqual(["review.total"]);
    parsed.value!.blanks.push("apps.new.total", "review.total");
    const item = prepareItem({ path: "x.txt", bytes: new Uint8Array(), sha256: "ab" }, parsed, undefined, deps);
    if (!item.ok) throw new Error(item.error);
    const stored = JSON.parse(item.valuesJson) as [string, number | null, number | null][];
    const keys = stored.map(([k]) => k);
    expect(keys.length).toBe(new Set(keys).size);
    const byKey = new Map(stored.map(([k, v, line]) => [k, { v, line }]));
    expect(byKey.get("apps.new.total")).toEqual({ v: 1, line: expect.any(Number) });
    expect(byKey.get("review.total")?.v).toBeNull();
  });
});

describe("writeBatch", () => {
  it("stores every value under its key when some reports of a batch bring keys not stored yet", async () => {
    const { client } = await db();
    const deps = await loadDefaultDeps();
    const { prepareItem } = await import("./prepare");
    const { writeBatch } = await import("./write");
    const item = async (year: number, extraBlanks: string[] = []) => {
      const parsed = await deps.parseDocument(
        new TextEncoder().encode(reportText(ouhai(year, applications(year - 2000)))),
        `r${year}.txt`,
      );
      parsed.value!.blanks.push(...extraBlanks);
      const it = prepareItem(
        { path: `r${year}.txt`, bytes: new Uint8Array(), sha256: String(year).repeat(16) },
        parsed,
        undefined,
        deps,
      );
      if (!it.ok) throw new Error(it.error);
      return it;
    };
    const first = await item(2021); // a fresh database: every key is new
    await writeBatch(client, [{ item: first }], { deps, demo: false });
    const batch = [await item(2022), await item(2023, ["zz.new.one", "zz.new.two"]), await item(2024)];
    await writeBatch(
      client,
      batch.map((it) => ({ item: it })),
      { deps, demo: false },
    );
    const sorted = (rs: unknown[][]) => rs.map((r) => JSON.stringify(r)).sort();
    for (const it of [first, ...batch]) {
      const stored = await client.execute({
        sql:
          "SELECT k.key, v.value, v.line FROM report_values v JOIN value_keys k ON k.id = v.key_id JOIN reports r " +
          "ON r.id = v.report_id WHERE r.sha256 = ?",
        args: [it.sha256],
      });
      expect(sorted(stored.rows.map((r) => [r.key, r.value, r.line]))).toEqual(
        sorted(JSON.parse(it.valuesJson) as unknown[][]),
      );
    }
    const keys = new Set([first, ...batch].flatMap((it) => (JSON.parse(it.valuesJson) as [string][]).map(([k]) => k)));
    expect(await count(client, "SELECT count(*) FROM value_keys")).toBe(keys.size);
    expect(await integrityProblems(client)).toEqual([]);
  });
});
