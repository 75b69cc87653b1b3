/**
 * Releases and as-of reads on real temporary libSQL files filled by the real ingest: ingest A → pin →
 * ingest B (one figure changed, one report superseded) → the pinned reads return exactly what the unpinned reads
 * returned before B, the unpinned ones B; a run of unchanged files makes no release; as-of across demo removal.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropDemoData } from "@/lib/ingest/demo-data";
import { ingestPaths } from "@/lib/ingest/ingest";
import type { Selection } from "@/lib/queries/filters";
import { applications, freshDb, removeTempDirs, reportText, tempDir, type ReportSpec } from "@/test/helpers/ingest";

const { getAvailableYears, getRanking, getYearTotals } = await import("@/lib/queries/overview");
const { getAgencySeries, getRegionSeries } = await import("@/lib/queries/series");
const { getReleases } = await import("./read");

const OUHAI = "瓯海区人民政府办公室";
const CHAOYANG = "朝阳市民政局";
const YONGJIA = "永嘉县民政局";

let n = 0;
function folder(reports: ReportSpec[]): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  reports.forEach((r) => writeFileSync(join(dir, `${n++}.txt`), reportText(r)));
  return dir;
}

const NATION: Selection = { region: "", from: null, to: null, level: null, kind: null, agencies: [] };
const ZHEJIANG: Selection = { ...NATION, region: "33" };

/** Everything the views read, for one selection and release (null = current). */
async function snapshot(_client: Client, rel: number | null, agencyIds: string[]) {
  return {
    years: await getAvailableYears(rel),
    nation: await getYearTotals({ selection: { ...NATION, rel } }),
    zhejiang: await getYearTotals({ selection: { ...ZHEJIANG, rel } }),
    provinces: (
      await getRanking({ selection: { ...NATION, rel }, metric: "apps.new.total", year: 2022, mode: "region" })
    ).rows,
    agencies: (
      await getRanking({ selection: { ...ZHEJIANG, rel }, metric: "apps.new.total", year: 2022, mode: "agency" })
    ).rows,
    agencyTotals: await getYearTotals({ selection: { ...NATION, agencies: agencyIds, rel } }),
    series: await getAgencySeries({ agencies: agencyIds, metric: "apps.new.total", from: null, to: null, rel }),
    values: await getAgencySeries({
      agencies: agencyIds,
      metric: "outcome.granted.natural_person",
      from: null,
      to: null,
      rel,
    }),
    regions: await getRegionSeries({
      regions: ["33", "3303"],
      metric: "apps.new.total",
      from: null,
      to: null,
      level: null,
      kind: null,
      rel,
    }),
  };
}

const latest = async (client: Client) =>
  Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0].id ?? 0);
const releaseCount = async (client: Client) =>
  Number((await client.execute("SELECT count(*) AS n FROM releases")).rows[0].n);

describe("ingest A → pin → ingest B", () => {
  let client: Client;
  let agencyIds: string[];
  beforeAll(async () => {
    const db = await freshDb();
    client = db.client;
    process.env.DATABASE_URL = db.url;
  });
  afterAll(() => {
    client.close();
    removeTempDirs();
  });

  it("pinned reads keep A's figures; unpinned reads show B; unchanged files make no release", async () => {
    const a = folder([
      { agency: OUHAI, year: 2022, published: "2023-01-20", values: applications(10, 0, 2) },
      { agency: CHAOYANG, year: 2022, values: applications(4) },
      { agency: YONGJIA, year: 2022, values: applications(6) },
    ]);
    expect((await ingestPaths([a], { client, workers: 0 })).added).toBe(3);
    expect(await releaseCount(client)).toBe(1);
    const relA = await latest(client);
    agencyIds = (await client.execute("SELECT id FROM agencies ORDER BY id")).rows.map((r) => String(r.id));
    const seenAtA = await snapshot(client, null, agencyIds);
    expect(await snapshot(client, relA, agencyIds)).toEqual(seenAtA); // pinned to the latest = current

    // B: 瓯海 2022 republished with another figure (supersedes A's report), and a new year for 永嘉.
    const b = folder([
      { agency: OUHAI, year: 2022, published: "2023-03-01", values: applications(13, 0, 2) },
      { agency: YONGJIA, year: 2023, values: applications(5) },
    ]);
    const sb = await ingestPaths([b], { client, workers: 0 });
    expect([sb.added, sb.updated]).toEqual([1, 1]);
    const relB = await latest(client);
    expect(relB).toBeGreaterThan(relA);

    const pinned = await snapshot(client, relA, agencyIds);
    expect(pinned).toEqual(seenAtA);
    const now = await snapshot(client, null, agencyIds);
    expect(now).not.toEqual(seenAtA);
    expect(now.nation.find((t) => t.year === 2022)!.apps_new).toBe(13 + 4 + 6);
    expect(pinned.nation.find((t) => t.year === 2022)!.apps_new).toBe(10 + 4 + 6);
    expect(now.years).toEqual([2022, 2023]);
    expect(pinned.years).toEqual([2022]);
    expect(await snapshot(client, relB, agencyIds)).toEqual(now);

    const [rb] = await getReleases();
    expect(rb).toMatchObject({ id: relB, kind: "ingest", added: 1, updated: 1, superseded: 1, removed: 0 });

    // The same files again: nothing changes, no release.
    const again = await ingestPaths([a, b], { client, workers: 0 });
    expect(again.unchanged).toBe(5);
    expect(await latest(client)).toBe(relB);
    expect(await snapshot(client, relA, agencyIds)).toEqual(seenAtA);
  });
});

describe("as of a release across demo removal", () => {
  it("a link pinned while demo data was shown keeps it; later releases and current data do not", async () => {
    const db = await freshDb();
    const client = db.client;
    process.env.DATABASE_URL = db.url;
    try {
      await ingestPaths(
        [
          folder([
            { agency: CHAOYANG, year: 2021, values: applications(7) },
            { agency: YONGJIA, year: 2021, values: applications(3) },
          ]),
        ],
        { client, workers: 0, demo: true },
      );
      const relDemo = await latest(client);
      const ids = (await client.execute("SELECT id FROM agencies ORDER BY id")).rows.map((r) => String(r.id));
      const withDemo = await snapshot(client, null, ids);
      await ingestPaths([folder([{ agency: OUHAI, year: 2021, values: applications(2) }])], { client, workers: 0 });
      const relReal = await latest(client);
      expect(await dropDemoData(client)).toBe(2);
      const relRemoval = await latest(client);
      expect(relRemoval).toBe(relReal + 1);
      const [removal] = await getReleases();
      expect(removal).toMatchObject({ kind: "demo-removal", removed: 2 });

      // Every figure of facts and pre-aggregates stays; the demo documents themselves (their per-key report_values)
      // are deleted by the removal, so a detail key outside the core metrics reads nothing for them.
      const { values: demoValues, ...demoFigures } = withDemo;
      expect(demoValues.map((p) => p.value)).toEqual([7, 3]);
      const { values: pinnedValues, ...pinnedFigures } = await snapshot(client, relDemo, ids);
      expect(pinnedFigures).toEqual(demoFigures);
      expect(pinnedValues).toEqual([]);
      const beforeRemoval = await getYearTotals({ selection: { ...NATION, rel: relReal } });
      expect(beforeRemoval[0].apps_new).toBe(7 + 3 + 2);
      const current = await getYearTotals({ selection: NATION });
      expect(current[0].apps_new).toBe(2);
      expect(await getYearTotals({ selection: { ...NATION, rel: relRemoval } })).toEqual(current);
      // Dropping again removes nothing and makes no release.
      expect(await dropDemoData(client)).toBe(0);
      expect(await latest(client)).toBe(relRemoval);
    } finally {
      client.close();
    }
  });
});
