/**
 * The 示例数据 banner's read on a real temporary libSQL file: demo data ingested → shown; the demo corpus removed (a
 * release) → the very next read says so (no answer kept from before the removal). Pinned to a release, it says
 * whether that release held demo data, whatever came after.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { dropDemoData } from "@/lib/ingest/demo-data";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, reportText, tempDir, useFreshDbs } from "@/test/helpers/ingest";

const site = await import("@/lib/queries/site");

const newDb = useFreshDbs();

/** A fresh database that the queries read (DATABASE_URL). */
async function readDb(): Promise<Client> {
  const { client, url } = await newDb();
  process.env.DATABASE_URL = url;
  return client;
}

/** Ingests one 2022 report of `agency`, as demo data or real. */
async function ingestOne(client: Client, agency: string, demo: boolean): Promise<number> {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "report.txt"), reportText({ agency, year: 2022, values: applications(5) }));
  await ingestPaths([dir], { client, workers: 0, demo });
  return Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0].id);
}

describe("hasDemoData", () => {
  it("reads the removal of the demo corpus at once", async () => {
    const client = await readDb();
    await ingestOne(client, "永嘉县民政局", true);
    expect(await site.hasDemoData()).toBe(true);
    expect(await dropDemoData(client)).toBe(1);
    expect(await site.hasDemoData()).toBe(false);
  });

  it("as of a release: held demo data or not, before and after the demo corpus came and went", async () => {
    const client = await readDb();
    const real = await ingestOne(client, "瓯海区人民政府办公室", false);
    expect(await site.hasDemoData({ rel: real })).toBe(false);
    const demo = await ingestOne(client, "永嘉县民政局", true);
    expect(await site.hasDemoData()).toBe(true);
    expect(await dropDemoData(client)).toBe(1);
    const removed = demo + 1;
    expect([real, demo]).toEqual([real, real + 1]);
    expect(await site.hasDemoData()).toBe(false);
    // Each release as it was, read after all three: no demo, demo, no demo.
    expect(await site.hasDemoData({ rel: real })).toBe(false);
    expect(await site.hasDemoData({ rel: demo })).toBe(true);
    expect(await site.hasDemoData({ rel: removed })).toBe(false);
  });

  it("demo data stored before releases were kept is held by the baseline, after its removal too", async () => {
    const client = await readDb();
    const baseline = await ingestOne(client, "永嘉县民政局", true);
    // What migration 0008 leaves on a file written before releases: one baseline release naming that state.
    await client.execute("UPDATE releases SET kind = 'baseline'");
    expect(await site.hasDemoData({ rel: baseline })).toBe(true);
    expect(await dropDemoData(client)).toBe(1);
    expect(await site.hasDemoData({ rel: baseline })).toBe(true);
    expect(await site.hasDemoData({ rel: baseline + 1 })).toBe(false);
  });
});
