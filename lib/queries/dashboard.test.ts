/** DB tests of the dashboard reads against a libSQL file loaded through the real ingest. */
import type { Client } from "@libsql/client";
import { beforeAll, describe, expect, it } from "vitest";
import { searchAgencies, getAgencies, getPeers } from "./agencies";
import { getCompare } from "./compare";
import { dashboardTestDb, rows } from "@/test/helpers/dashboard-db";
import type { Selection } from "./filters";
import { getAvailableYears, getRanking, getYearTotals } from "./overview";
import { getRegionChoices } from "./region-options";
import { getAgencySeries } from "./series";

let client: Client;
const ALL: Selection = { region: "", from: null, to: null, level: null, kind: null, agencies: [] };

beforeAll(async () => {
  ({ client } = await dashboardTestDb());
}, 300_000);

type YearSum = { year: number; n: number; apps: number | null; failing: number };

async function factsByYear(where: string, args: (string | number)[] = []): Promise<YearSum[]> {
  return rows<YearSum>(
    client,
    `SELECT year, COUNT(*) AS n, SUM(apps_new) AS apps, SUM(has_error) AS failing
    FROM report_facts WHERE ${where} GROUP BY year ORDER BY year`,
    args,
  );
}

function pick(t: { year: number; reports: number; apps_new: number | null; failing: number }[]): YearSum[] {
  return t.map((r) => ({ year: r.year, n: r.reports, apps: r.apps_new, failing: r.failing }));
}

describe("year totals", () => {
  it("national totals from the pre-aggregates equal sums over report_facts", async () => {
    const totals = await getYearTotals({ selection: ALL });
    expect(totals.length).toBeGreaterThan(3);
    expect(pick(totals)).toEqual(await factsByYear("1"));
  });

  it("a province with a level filter and a year range", async () => {
    const [{ code }] = await rows<{ code: string }>(
      client,
      "SELECT province_code AS code FROM report_facts GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1",
    );
    const totals = await getYearTotals({ selection: { ...ALL, region: code, level: "county", from: 2019, to: 2021 } });
    expect(pick(totals)).toEqual(
      await factsByYear("province_code = ? AND level = 'county' AND year BETWEEN 2019 AND 2021", [code]),
    );
    expect(totals.every((t) => t.year >= 2019 && t.year <= 2021)).toBe(true);
  });

  it("chosen agencies read their own reports", async () => {
    const ids = (
      await rows<{ id: string }>(
        client,
        "SELECT agency_id AS id FROM report_facts GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 2",
      )
    ).map((r) => r.id);
    const totals = await getYearTotals({ selection: { ...ALL, agencies: ids } });
    expect(pick(totals)).toEqual(await factsByYear("agency_id IN (?, ?)", ids));
  });

  it("a filter that excludes everything gives no rows", async () => {
    expect(await getYearTotals({ selection: { ...ALL, region: "99" } })).toEqual([]);
  });
});

describe("ranking", () => {
  it("ranks provinces by summed applications, largest first", async () => {
    const year = (await getAvailableYears()).at(-1)!;
    const ranking = await getRanking({ selection: ALL, metric: "apps.new.total", year, mode: "region" });
    const expected = await rows<{ id: string; value: number }>(
      client,
      "SELECT province_code AS id, SUM(apps_new) AS value FROM report_facts WHERE year = ? AND province_code IS NOT " +
        "NULL GROUP BY 1",
      [year],
    );
    const byId = new Map(expected.map((e) => [e.id, e.value]));
    expect(ranking.rows.length).toBe(Math.min(20, expected.length));
    for (const r of ranking.rows) expect(r.value).toBe(byId.get(r.id));
    const values = ranking.rows.map((r) => r.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(ranking.rows.some((r) => /[省市区]$/.test(r.name))).toBe(true);
  });

  it("ranks agencies by a rate from their own counts, large denominators first", async () => {
    const year = (await getAvailableYears()).at(-1)!;
    const ranking = await getRanking({ selection: ALL, metric: "rate.grant", year, mode: "agency" });
    expect(ranking.rows.length).toBeGreaterThan(0);
    const firstSmall = ranking.rows.findIndex((r) => r.den !== null && r.den < 10);
    if (firstSmall >= 0) expect(ranking.rows.slice(firstSmall).every((r) => r.den === null || r.den < 10)).toBe(true);
    const [top] = ranking.rows;
    const [fact] = await rows<{ g: number; p: number; t: number }>(
      client,
      "SELECT granted AS g, partial AS p, outcome_total AS t FROM report_facts WHERE agency_id = ? AND year = ?",
      [top.id, year],
    );
    expect(top.num).toBe((fact.g ?? 0) + (fact.p ?? 0));
    expect(top.den).toBe(fact.t);
  });
});

describe("series and compare", () => {
  it("gives per agency and year the value, and for rates numerator and denominator", async () => {
    const [{ id }] = await rows<{ id: string }>(
      client,
      "SELECT agency_id AS id FROM report_facts GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1",
    );
    const points = await getAgencySeries({ agencies: [id], metric: "rate.review_correction", from: null, to: null });
    const facts = await rows<{ year: number; c: number | null; t: number | null; p: number | null }>(
      client,
      "SELECT year, review_corrected AS c, review_total AS t, review_pending AS p FROM report_facts WHERE agency_id " +
        "= ? ORDER BY year",
      [id],
    );
    expect(points.map((p) => p.year)).toEqual(facts.map((f) => f.year));
    points.forEach((p, i) => {
      const f = facts[i];
      if (f.t === null) return expect(p.den).toBeNull();
      expect(p.num).toBe(f.c ?? 0);
      expect(p.den).toBe(f.t - (f.p ?? 0));
      expect(p.value).toBe(p.den ? p.num! / p.den : null);
    });
  });

  it("compares sub-regions when no agency is chosen, and offers peers for agencies", async () => {
    const regions = await getCompare({ selection: { ...ALL, to: 2022 }, metric: "apps.new.total", delta: false });
    expect(regions.kind).toBe("regions");
    expect(regions.entities.length).toBeGreaterThan(1);
    expect(new Set(regions.points.map((p) => p.id)).size).toBe(regions.entities.length);
    const [{ id }] = await rows<{ id: string }>(
      client,
      `SELECT a.id FROM agencies a WHERE EXISTS (SELECT 1 FROM agencies b WHERE b.province_code = a.province_code
       AND b.level = a.level AND b.id <> a.id) AND a.province_code IS NOT NULL ORDER BY a.id LIMIT 1`,
    );
    const [agency] = await getAgencies({ ids: [id, "no-such-id"] });
    const peers = await getPeers({ agency, exclude: [id], limit: 50 });
    const expected = await rows<{ id: string; county: string | null }>(
      client,
      "SELECT id, county_code AS county FROM agencies WHERE province_code = ? AND level = ? AND id <> ?",
      [agency.regionCode!.slice(0, 2), agency.level, id],
    );
    expect(peers.map((p) => p.id).sort()).toEqual(expected.map((e) => e.id).sort());
    // Same county first.
    const county = agency.regionCode!.length >= 6 ? agency.regionCode!.slice(0, 6) : null;
    const sameCounty = peers.map((p) => (p.regionCode ?? "").startsWith(county ?? "-"));
    expect(sameCounty).toEqual([...sameCounty].sort((a, b) => Number(b) - Number(a)));
  });
});

describe("agency search and regions", () => {
  it("finds agencies by name and by pinyin initials, with region path and years", async () => {
    const byName = await searchAgencies({ q: "瓯海" });
    expect(byName.map((a) => a.name)).toContain("瓯海区人民政府办公室");
    const ohq = byName.find((a) => a.name === "瓯海区人民政府办公室")!;
    expect(ohq.regionPath).toEqual(["浙江省", "温州市", "瓯海区"]);
    expect(ohq.years.length).toBeGreaterThan(0);
    expect((await searchAgencies({ q: "ohqrm" })).map((a) => a.id)).toContain(ohq.id);
    expect(await searchAgencies({ q: "%" })).toEqual([]);
    expect(await searchAgencies({ q: "'; DROP TABLE agencies; --" })).toEqual([]);
  });

  it("lists the cascade choices of a county", async () => {
    const choices = await getRegionChoices({ region: "330304" });
    expect(choices.path.map((r) => r.name)).toEqual(["浙江省", "温州市", "瓯海区"]);
    expect(choices.provinces.some((p) => p.code === "33")).toBe(true);
    expect(choices.cities.some((c) => c.code === "3303")).toBe(true);
    expect(choices.counties.some((c) => c.code === "330304")).toBe(true);
  });
});
