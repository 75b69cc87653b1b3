/**
 * As-of reads of the quality view and the agency page, on a real temporary libSQL file filled by the
 * real ingest. Ingest A → pin → ingest B, where B (a) supersedes one report with another figure and (b) brings the
 * year before a stored report, so the year chain (R5) rechecks that stored report in place: new findings, error
 * count and has_error. Pinned to A, every read returns exactly what it returned before B; unpinned, B.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, freshDb, removeTempDirs, reportText, tempDir, type ReportSpec } from "@/test/helpers/ingest";

const agency = await import("@/lib/queries/agency");
const quality = await import("@/lib/queries/quality");
const report = await import("@/lib/queries/report");

const OUHAI = "瓯海区人民政府办公室";
const YONGJIA = "永嘉县民政局";
const CHAOYANG = "朝阳市民政局";

function folder(reports: ReportSpec[]): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  reports.forEach((r, i) => writeFileSync(join(dir, `${i}.txt`), reportText(r)));
  return dir;
}

const scope = (region: string, rel: number | null) => ({ region, from: null, to: null, level: null, kind: null, rel });

/** Everything /quality and /agencies/[id] read for these agencies, as of `rel` (null = current). */
async function views(rel: number | null, ids: string[]) {
  const perAgency = await Promise.all(
    ids.map(async (id) => ({
      facts: await agency.getAgencyFacts({ id, rel }),
      reports: await agency.getAgencyReports({ id, rel }),
      findings: await agency.getAgencyFindings({ id, rel }),
      year2022: (await agency.getAgencyYearReport({ id, year: 2022, rel }))?.publicId ?? null,
    })),
  );
  const regions = await Promise.all(
    ["", "33"].map(async (region) => ({
      byYear: await quality.getQualityByYear({ scope: scope(region, rel) }),
      bySubRegion: await quality.getQualityBySubRegion({ scope: scope(region, rel) }),
      byRule: await quality.getQualityByRule({ scope: scope(region, rel) }),
      failing: await quality.getFailingReports({ scope: scope(region, rel), rule: null, page: 1 }),
      failingR5: await quality.getFailingReports({ scope: scope(region, rel), rule: "R5", page: 1 }),
      gaps: await quality.getReportingGaps({ scope: scope(region, rel), page: 1 }),
    })),
  );
  return { perAgency, regions };
}

const latest = async (client: Client) =>
  Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0].id ?? 0);

describe("quality and agency reads as of a release", () => {
  afterAll(removeTempDirs);

  it("a later ingest that supersedes a report and rechecks a stored one changes nothing pinned", async () => {
    const { client, url } = await freshDb();
    process.env.DATABASE_URL = url;
    try {
      await ingestAndCompare(client);
    } finally {
      client.close();
    }
  });
});

async function ingestAndCompare(client: Client): Promise<void> {
  await ingestPaths(
    [
      folder([
        { agency: OUHAI, year: 2023, values: applications(10, 2, 0) },
        { agency: YONGJIA, year: 2022, values: applications(6) },
        { agency: CHAOYANG, year: 2021, published: "2022-02-01", values: applications(3) },
      ]),
    ],
    { client, workers: 0 },
  );
  const relA = await latest(client);
  const ids = (await client.execute("SELECT id FROM agencies ORDER BY id")).rows.map((r) => String(r.id));
  const ouhai = String((await client.execute(`SELECT id FROM agencies WHERE name = '${OUHAI}'`)).rows[0].id);
  const atA = await views(null, ids);
  expect(await views(relA, ids)).toEqual(atA);
  const ouhai2023 = (await agency.getAgencyReports({ id: ouhai })).find((r) => r.year === 2023)!;
  const reportAtA = await report.getReport({ publicId: ouhai2023.publicId });
  expect(ouhai2023.errorCount).toBe(0);

  // B: 瓯海 2022 carries 5 forward, but its stored 2023 report carried 2 over (R5 on the stored report);
  // 永嘉 2022 republished with another figure (supersedes A's report).
  await ingestPaths(
    [
      folder([
        { agency: OUHAI, year: 2022, values: applications(8, 0, 5) },
        { agency: YONGJIA, year: 2022, published: "2023-03-01", values: applications(9) },
        // An earlier publication than the stored one: kept, superseded on arrival (never shown as active).
        { agency: CHAOYANG, year: 2021, published: "2022-01-15", values: applications(2) },
      ]),
    ],
    { client, workers: 0 },
  );
  const relB = await latest(client);
  expect(relB).toBeGreaterThan(relA);

  // The first current read after B reads B: the memoised rule and gap summaries are never served stale.
  const now = await views(null, ids);
  const nowOuhai = now.perAgency[ids.indexOf(ouhai)];
  expect(nowOuhai.facts.find((f) => f.year === 2023)!.failing).toBe(1);
  expect(nowOuhai.findings.some((f) => f.year === 2023 && f.rule === "R5")).toBe(true);
  expect(nowOuhai.reports.find((r) => r.year === 2023)!.errorCount).toBeGreaterThan(0);
  expect(now.regions[0].failingR5.rows.map((r) => r.publicId)).toEqual([ouhai2023.publicId]);
  expect(now.regions[0].byYear.find((y) => y.year === 2023)!.failing).toBe(1);
  const yongjia = now.perAgency.find((a) => a.reports.some((r) => r.status === "superseded"))!;
  expect(yongjia.reports.map((r) => r.status).sort()).toEqual(["active", "superseded"]);

  // Pinned to A: every read exactly as before B (the recheck's findings, counts and has_error included).
  const pinned = await views(relA, ids);
  expect(pinned).toEqual(atA);
  expect(pinned).not.toEqual(now);
  expect(await views(relB, ids)).toEqual(now);
  expect(await report.getReport({ publicId: ouhai2023.publicId, rel: relA })).toEqual(reportAtA);
  const reportNow = await report.getReport({ publicId: ouhai2023.publicId });
  expect(reportNow?.findings.some((f) => f.rule === "R5")).toBe(true);
}
