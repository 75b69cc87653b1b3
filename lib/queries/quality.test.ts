import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadTestCorpus, OUHAI_NAME } from "@/test/helpers/test-corpus";

// The import guard of server modules; the reads below are the real ones against a real libSQL file.
vi.mock("server-only", () => ({}));

const quality = await import("./quality");
const { getDb } = await import("@/db/client");

const NATIONAL = { region: "", from: null, to: null, level: null, kind: null };

async function count(sqlText: string): Promise<number> {
  const db = await getDb();
  return Number((await db.$client.execute(sqlText)).rows[0].n);
}

beforeAll(async () => {
  process.env.DATABASE_URL = (await loadTestCorpus()).url;
});

afterAll(() => {
  delete process.env.DATABASE_URL;
});

describe("quality counts", () => {
  it("counts reports and failing reports per year as the stored reports say", async () => {
    const byYear = await quality.getQualityByYear({ scope: NATIONAL });
    expect(byYear.reduce((n, y) => n + y.reports, 0)).toBe(
      await count("SELECT COUNT(*) AS n FROM reports WHERE status = 'active'"),
    );
    expect(byYear.reduce((n, y) => n + y.failing, 0)).toBe(
      await count("SELECT COUNT(*) AS n FROM reports WHERE status = 'active' AND error_count > 0"),
    );
    expect(byYear.find((y) => y.year === 2023)!.failing).toBeGreaterThanOrEqual(1);
  });

  it("splits the national counts over provinces and names them", async () => {
    const provinces = await quality.getQualityBySubRegion({ scope: NATIONAL });
    const byYear = await quality.getQualityByYear({ scope: NATIONAL });
    expect(provinces.reduce((n, p) => n + p.reports, 0)).toBe(byYear.reduce((n, y) => n + y.reports, 0));
    expect(provinces.find((p) => p.code === "32")?.name).toBe("江苏省");
    expect(provinces[0].failing).toBeGreaterThanOrEqual(provinces[provinces.length - 1].failing);
  });

  it("counts failing reports per rule, within the region filter", async () => {
    const national = await quality.getQualityByRule({ scope: NATIONAL });
    expect(national).toContainEqual({ rule: "R4", year: 2023, reports: 1 });
    expect(await quality.getQualityByRule({ scope: { ...NATIONAL, region: "33" } })).toEqual([]);
  });
});

describe("failing reports list", () => {
  it("lists a failing report with its rules, filtered by rule and region", async () => {
    const all = await quality.getFailingReports({ scope: NATIONAL, rule: null, page: 1 });
    expect(all.rows).toHaveLength(1);
    expect(all).toMatchObject({ total: 1, hasNext: false });
    expect(all.rows[0]).toMatchObject({ year: 2023, rules: "R4", errorCount: 2 });
    expect((await quality.getFailingReports({ scope: NATIONAL, rule: "R4", page: 1 })).rows).toHaveLength(1);
    expect((await quality.getFailingReports({ scope: NATIONAL, rule: "R1", page: 1 })).rows).toHaveLength(0);
    expect(
      (await quality.getFailingReports({ scope: { ...NATIONAL, region: "3208" }, rule: null, page: 1 })).rows,
    ).toHaveLength(1);
    expect(
      (await quality.getFailingReports({ scope: { ...NATIONAL, region: "33" }, rule: null, page: 1 })).rows,
    ).toHaveLength(0);
  });

  it("answers an out-of-range page with an empty last page", async () => {
    const page = await quality.getFailingReports({ scope: NATIONAL, rule: null, page: 5 });
    expect(page).toEqual({ rows: [], page: 5, hasNext: false, total: 0 });
  });
});

describe("failed files", () => {
  it("lists a file that is not a report with its reason in both languages", async () => {
    const failed = await quality.getFailedFiles({ page: 1 });
    const file = failed.rows.find((f) => f.sourceName === "not-a-report.txt")!;
    expect(file.error).toBeTruthy();
    expect(file.errorZh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("reporting gaps", () => {
  it("finds a missing year between two reports and agencies silent since", async () => {
    const gaps = await quality.getReportingGaps({ scope: NATIONAL, page: 1 });
    const ouhai = gaps.rows.find((g) => g.agencyName === OUHAI_NAME)!;
    expect(ouhai).toMatchObject({ missing: [2022], resumed: true });
    const legacy = gaps.rows.find((g) => g.agencyName.includes("小板桥"))!;
    expect(legacy.missing).toEqual([2019, 2020, 2021, 2022, 2023]); // up to the latest year stored
    expect(legacy.resumed).toBe(false);
    expect(gaps.total).toBe(gaps.rows.length);
  });

  it("keeps only missing years inside the year filter and agencies inside the region", async () => {
    const gaps = await quality.getReportingGaps({ scope: { ...NATIONAL, region: "33", from: 2022 }, page: 1 });
    expect(gaps.rows.map((g) => [g.agencyName, g.missing])).toEqual([[OUHAI_NAME, [2022]]]);
    const yunnan = await quality.getReportingGaps({ scope: { ...NATIONAL, region: "53", to: 2020 }, page: 1 });
    expect(yunnan.rows.map((g) => g.missing)).toEqual([[2019, 2020]]);
    expect((await quality.getReportingGaps({ scope: { ...NATIONAL, to: 2018 }, page: 1 })).rows).toEqual([]);
  });
});
