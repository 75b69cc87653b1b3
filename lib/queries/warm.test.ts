/**
 * Warming on a real temporary libSQL file: the watcher computes the default /quality summaries for each new data
 * version by itself, before anyone asks. Shown by changing a stored fact behind the memo's back (no new release,
 * no new report: the data version stays): a warmed summary still answers what it computed, while a summary first
 * computed on request would read the change.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, freshDb, removeTempDirs, reportText, tempDir } from "@/test/helpers/ingest";

const quality = await import("@/lib/queries/quality");
const warm = await import("@/lib/queries/warm");

const AGENCY = "永嘉县民政局";
const SCOPE = { region: "", from: null, to: null, level: null, kind: null, rel: null };

async function ingestYears(client: Client, years: number[]): Promise<void> {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  for (const year of years) {
    writeFileSync(join(dir, `${year}.txt`), reportText({ agency: AGENCY, year, values: applications(year % 7) }));
  }
  await ingestPaths([dir], { client, workers: 0 });
}

/** The years the agency is listed as missing, as /quality's first page of 缺报 reads them. */
const missingYears = async () =>
  (await quality.getReportingGaps({ scope: SCOPE, page: 1 })).rows.flatMap((g) => g.missing);

/** Hides a year's fact row from every read without moving the data version. */
const hideYear = (client: Client, year: number) =>
  client.execute({ sql: "DELETE FROM report_facts WHERE year = ?", args: [year] });

describe("warming the /quality summaries when the data version moves", () => {
  afterAll(removeTempDirs);

  it("computes each new version's summaries before they are asked for", async () => {
    const { client, url } = await freshDb();
    process.env.DATABASE_URL = url;
    const warmed: string[] = [];
    let next: () => void = () => {};
    const stop = warm.watchDataVersion(30, (version) => {
      warmed.push(version);
      next();
    });
    const warmedOnce = () => new Promise<void>((r) => (next = r));
    try {
      await warmedOnce(); // the empty database, at start
      let waiting = warmedOnce();
      await ingestYears(client, [2020, 2022]);
      await waiting;
      await hideYear(client, 2022);
      // Warmed before the fact went: 2021 is still a gap between 2020 and 2022.
      expect(await missingYears()).toEqual([2021]);

      waiting = warmedOnce();
      await ingestYears(client, [2024]);
      await waiting;
      await hideYear(client, 2024);
      expect(await missingYears()).toEqual([2021, 2022, 2023]);
      expect(new Set(warmed).size).toBe(3);
      // Not warmed (a scope the watcher does not read): computed on request, it reads the facts as they are now.
      expect((await quality.getReportingGaps({ scope: { ...SCOPE, kind: "department" }, page: 1 })).rows).toEqual([]);
    } finally {
      stop();
      client.close();
    }
  });
});
