/**
 * Agency names and collected reports' provenance as of a release, on a real temporary libSQL file filled by the real
 * ingest and the collector's store: ingest A (瓯海区人民政府办公室, 2023, collected at T1) → pin → collect fetches
 * A's report again unchanged (T2) → ingest B (the same office's 2024 report, printed 温州市瓯海区人民政府办公室:
 * the agency is renamed). Pinned to A, the agency keeps its old name everywhere and the report its first fetch;
 * current and pinned to B, the new name and the second fetch.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { touchReport } from "@/lib/collect/store";
import { ingestPaths } from "@/lib/ingest/ingest";
import type { ManifestEntry } from "@/lib/ingest/types";
import { newReleaseRun } from "@/lib/releases/record";
import { applications, reportText, tempDir, useFreshDbs } from "@/test/helpers/ingest";

const agency = await import("@/lib/queries/agency");
const agencies = await import("@/lib/queries/agencies");
const report = await import("@/lib/queries/report");
const overview = await import("@/lib/queries/overview");
const timeliness = await import("@/lib/queries/timeliness");

const OLD = "瓯海区人民政府办公室";
const NEW = "温州市瓯海区人民政府办公室";
const T1 = "2026-01-01T00:00:01.000Z";
const T2 = "2026-02-01T00:00:02.000Z";
const newDb = useFreshDbs();

/** One collected report file of `name` for `year`, fetched at `fetchedAt`. */
async function ingestOne(client: Client, name: string, year: number, fetchedAt: string): Promise<number> {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${year}.txt`);
  writeFileSync(path, reportText({ agency: name, year, values: applications(year - 2000) }));
  const provenance = { fetchedAt, httpLastModified: null, pagePublished: null, firstSeenAt: fetchedAt };
  const manifest = new Map<string, ManifestEntry>([[path, { provenance }]]);
  await ingestPaths([dir], { client, workers: 0, manifest });
  return Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0].id);
}

describe("agency names and provenance as of a release", () => {
  it("a rename and a fetch after the release leave a link pinned to it as it was", async () => {
    const { client, url } = await newDb();
    process.env.DATABASE_URL = url;
    const relA = await ingestOne(client, OLD, 2023, T1);
    const [row] = (await client.execute("SELECT public_id, sha256, agency_id FROM reports")).rows;
    const [publicId, id] = [String(row.public_id), String(row.agency_id)];

    // Collect finds the 2023 file unchanged (a run that makes no release until B), then B renames the agency.
    const run = newReleaseRun("collect");
    const again = { fetchedAt: T2, httpLastModified: "Mon, 02 Feb 2026 00:00:00 GMT", pagePublished: "2024-01-10" };
    await touchReport(
      client,
      String(row.sha256),
      "http://127.0.0.1:9/ndbg/2023.html",
      { ...again, firstSeenAt: T2 },
      run,
    );
    const relB = await ingestOne(client, NEW, 2024, T2);
    expect(relB).toBe(relA + 1);
    expect((await client.execute("SELECT count(*) AS n FROM agencies")).rows[0].n).toBe(1);

    const names = async (rel: number | null) => ({
      agency: (await agency.getAgency({ id, rel }))?.agency.name,
      list: (await agencies.getAgencies({ ids: [id], rel })).map((a) => a.name),
      report: (await report.getReport({ publicId, rel }))?.agencyName,
      ranking: (
        await overview.getOverview({
          selection: { region: "330304", from: null, to: 2023, level: null, kind: null, agencies: [], rel },
          metric: "apps.new.total",
          rank: "agency",
        })
      ).ranking.rows.map((r) => r.name),
    });
    const provenance = async (rel: number | null) => {
      const r = (await report.getReport({ publicId, rel }))?.report;
      return [r?.fetchedAt, r?.httpLastModified, r?.sourceUrl];
    };

    expect(await names(null)).toEqual({ agency: NEW, list: [NEW], report: NEW, ranking: [NEW] });
    expect(await names(relB)).toEqual(await names(null));
    expect(await names(relA)).toEqual({ agency: OLD, list: [OLD], report: OLD, ranking: [OLD] });

    expect(await provenance(null)).toEqual([T2, again.httpLastModified, "http://127.0.0.1:9/ndbg/2023.html"]);
    expect(await provenance(relB)).toEqual(await provenance(null));
    expect(await provenance(relA)).toEqual([T1, null, null]);

    // The page's 发布日期 came with the second fetch: pinned to A the 2023 report is dated by its first sighting
    // (2026, late); since B by the page (on time, so not listed).
    const late = async (rel: number | null) =>
      (
        await timeliness.getTimelinessList({
          scope: { region: "330304", from: 2023, to: 2023, level: null, kind: null, rel },
          statuses: ["late"],
          page: null,
          today: "2026-06-01",
        })
      ).rows.map((r) => [r.agencyName, r.year, r.date]);
    expect(await late(relA)).toEqual([[OLD, 2023, T1.slice(0, 10)]]);
    expect(await late(relB)).toEqual([]);
    expect(await late(null)).toEqual([]);
  });
});
