/**
 * The 示例数据 banner's read on a real temporary libSQL file: demo data ingested → shown; the demo corpus removed (a
 * release) → the very next read says so (no answer kept from before the removal).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dropDemoData } from "@/lib/ingest/demo-data";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, freshDb, removeTempDirs, reportText, tempDir } from "@/test/helpers/ingest";

const site = await import("@/lib/queries/site");

describe("hasDemoData", () => {
  afterAll(removeTempDirs);

  it("reads the removal of the demo corpus at once", async () => {
    const { client, url } = await freshDb();
    process.env.DATABASE_URL = url;
    try {
      const dir = tempDir();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "demo.txt"), reportText({ agency: "永嘉县民政局", year: 2022, values: applications(5) }));
      await ingestPaths([dir], { client, workers: 0, demo: true });
      expect(await site.hasDemoData()).toBe(true);
      expect(await dropDemoData(client)).toBe(1);
      expect(await site.hasDemoData()).toBe(false);
    } finally {
      client.close();
    }
  });
});
