/** DB test of the map read against a libSQL file loaded through the real ingest. */
import type { Client } from "@libsql/client";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardTestDb, rows } from "@/test/helpers/dashboard-db";
import type { Selection } from "./filters";
import { getRegionMap } from "./map";
import { getAvailableYears } from "./overview";

let client: Client;
let year: number;
const ALL: Selection = { region: "", from: null, to: null, level: null, kind: null, agencies: [] };

beforeAll(async () => {
  ({ client } = await dashboardTestDb());
  year = (await getAvailableYears()).at(-1)!;
}, 300_000);

describe("region map", () => {
  it("gives every province with reports in the year, with the sum of report_facts (no top-20 cut)", async () => {
    const map = await getRegionMap({ selection: ALL, metric: "apps.new.total", year });
    const expected = await rows<{ id: string; value: number | null }>(
      client,
      "SELECT province_code AS id, SUM(apps_new) AS value FROM report_facts WHERE year = ? AND province_code IS NOT " +
        "NULL GROUP BY 1 ORDER BY 1",
      [year],
    );
    expect(map.year).toBe(year);
    expect([...map.rows].map((r) => ({ id: r.id, value: r.value })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected,
    );
    expect(map.rows.every((r) => /^\d{2}$/.test(r.id) && r.name !== r.id)).toBe(true);
  });

  it("inside a province: its cities and the county-level units directly under it, by code", async () => {
    const [{ code }] = await rows<{ code: string }>(
      client,
      "SELECT province_code AS code FROM report_facts WHERE year = ? GROUP BY 1 ORDER BY COUNT(DISTINCT city_code) " +
        "DESC LIMIT 1",
      [year],
    );
    const map = await getRegionMap({ selection: { ...ALL, region: code }, metric: "apps.new.total", year });
    const expected = await rows<{ id: string }>(
      client,
      `SELECT COALESCE(city_code, county_code) AS id FROM report_facts WHERE year = ? AND province_code = ?
       AND COALESCE(city_code, county_code) IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [year, code],
    );
    expect(map.rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id));
    expect(map.rows.every((r) => r.id.startsWith(code))).toBe(true);
  });

  it("a rate carries its sample size: numerator and denominator summed, never averaged", async () => {
    const map = await getRegionMap({ selection: ALL, metric: "rate.grant", year });
    const expected = await rows<{ id: string; num: number; den: number }>(
      client,
      `SELECT province_code AS id, SUM(COALESCE(granted, 0) + COALESCE(partial, 0)) AS num, SUM(outcome_total) AS den
       FROM report_facts WHERE year = ? AND province_code IS NOT NULL AND outcome_total IS NOT NULL GROUP BY 1`,
      [year],
    );
    for (const e of expected) {
      const row = map.rows.find((r) => r.id === e.id)!;
      expect([row.num, row.den]).toEqual([e.num, e.den]);
      if (e.den > 0) expect(row.value).toBeCloseTo(e.num / e.den);
      else expect(row.value).toBeNull();
    }
  });

  it("each region carries the number of reports summed into it, for the small-sample guard", async () => {
    const map = await getRegionMap({ selection: ALL, metric: "apps.new.total", year });
    const expected = await rows<{ id: string; reports: number }>(
      client,
      "SELECT province_code AS id, COUNT(*) AS reports FROM report_facts " +
        "WHERE year = ? AND province_code IS NOT NULL GROUP BY 1",
      [year],
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const e of expected) expect(map.rows.find((r) => r.id === e.id)?.reports, e.id).toBe(e.reports);
  });

  it("chosen agencies are not a region: no rows", async () => {
    const [{ id }] = await rows<{ id: string }>(client, "SELECT agency_id AS id FROM report_facts LIMIT 1");
    expect(
      (await getRegionMap({ selection: { ...ALL, agencies: [id] }, metric: "apps.new.total", year })).rows,
    ).toEqual([]);
  });
});
