/**
 * One metric column list and one rate formula: the schema's metric columns are CORE_METRICS', and the SQL rate
 * (metricSelect) gives what the TypeScript one (metricOf) gives, on the same rows of a real libSQL file.
 */
import { getTableColumns, is, sql, type SQL } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { drizzle } from "drizzle-orm/libsql";
import { afterAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { metricOf } from "@/lib/charts/rates";
import { Rng } from "@/lib/corpus/random";
import { METRIC_COLUMNS, RATE_METRICS, type Totals } from "@/lib/metrics";
import { freshDb, removeTempDirs } from "@/test/helpers/ingest";
import { metricSelect, sumAllColumns } from "./filters";

afterAll(removeTempDirs);

/** Groups of 3 reports share a year, for the summed comparison. */
const yearOf = (i: number) => 2000 + Math.floor(i / 3);

/** Every column of these tables that is not a metric: keys, places and release bookkeeping. */
const NOT_METRICS = new Set([
  "report_id",
  "agency_id",
  "year",
  "family",
  "level",
  "kind",
  "province_code",
  "city_code",
  "county_code",
  "has_error",
  "rel_from",
  "rel_to",
  "scope",
  "parent_scope",
  "reports",
  "failing",
]);

describe("the metric column list", () => {
  it("is CORE_METRICS' columns, in order, in every table that holds metrics (report_facts, agg_region_year, …)", () => {
    const tables = Object.values(schema as Record<string, unknown>).filter((t): t is SQLiteTable => is(t, SQLiteTable));
    const names = tables.map((t) => Object.values(getTableColumns(t)).map((c) => c.name));
    const holding = names.filter((n) => n.includes(METRIC_COLUMNS[0]));
    expect(holding.length).toBeGreaterThanOrEqual(2);
    for (const columns of holding) expect(columns.filter((n) => !NOT_METRICS.has(n))).toEqual(METRIC_COLUMNS);
  });
});

describe("the rate formula: SQL and TypeScript from one definition", () => {
  /** Random figures: blanks, zeros, small and large counts, sometimes more pending than total. */
  function randomRow(rng: Rng): Record<string, number | null> {
    const pick = () => {
      const r = rng.next();
      return r < 0.15 ? null : r < 0.3 ? 0 : r < 0.6 ? rng.int(1, 12) : rng.int(13, 5000);
    };
    return Object.fromEntries(METRIC_COLUMNS.map((c) => [c, pick()]));
  }

  it("metricSelect's value, num and den equal metricOf's, per report and summed over reports", async () => {
    const { client } = await freshDb();
    const db = drizzle(client);
    const rng = new Rng(11);
    const rows = Array.from({ length: 300 }, () => randomRow(rng));
    const columns = ["report_id", "agency_id", "year", "family", "level", "kind", ...METRIC_COLUMNS];
    for (const [i, r] of rows.entries()) {
      await client.execute({
        sql: `INSERT INTO report_facts (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        args: [i + 1, `a${i}`, yearOf(i), "2021", "county", "gov", ...METRIC_COLUMNS.map((c) => r[c])],
      });
    }
    const read = (q: SQL) => db.all<{ year: number; value: number | null; num: number | null; den: number | null }>(q);
    let compared = 0;
    for (const rate of RATE_METRICS) {
      const perRow = metricSelect(rate.key, false);
      const got =
        await read(sql`SELECT report_id AS year, ${perRow.value} AS value, ${perRow.num} AS num, ${perRow.den} AS den
        FROM report_facts ORDER BY report_id`);
      got.forEach((g, i) => {
        const want = metricOf({ year: 0, reports: 1, failing: 0, ...rows[i] } as Totals, rate.key);
        expect({ rate: rate.key, row: i, num: g.num, den: g.den }).toEqual({
          rate: rate.key,
          row: i,
          num: want.num,
          den: want.den,
        });
        if (want.value === null) expect(g.value).toBeNull();
        else expect(g.value).toBeCloseTo(want.value, 12);
        compared++;
      });
      // Summed: metricOf reads per-year totals of each column, so compare years whose reports all print the guard.
      const summed = metricSelect(rate.key);
      const sums = await read(sql`SELECT year, ${summed.value} AS value, ${summed.num} AS num, ${summed.den} AS den
        FROM report_facts GROUP BY year ORDER BY year`);
      const totals = await db.all<Totals>(sql`SELECT year, COUNT(*) AS reports, 0 AS failing, ${sumAllColumns()}
        FROM report_facts GROUP BY year ORDER BY year`);
      const guard = rate.denominator[0];
      const full = new Set(
        sums.map((s) => s.year).filter((y) => rows.every((r, i) => yearOf(i) !== y || r[guard] !== null)),
      );
      let years = 0;
      for (const [k, s] of sums.entries()) {
        if (!full.has(s.year)) continue;
        const want = metricOf(totals[k], rate.key);
        expect({ rate: rate.key, year: s.year, num: s.num, den: s.den }).toEqual({
          rate: rate.key,
          year: s.year,
          num: want.num,
          den: want.den,
        });
        if (want.value === null) expect(s.value).toBeNull();
        else expect(s.value).toBeCloseTo(want.value, 12);
        years++;
      }
      expect(years).toBeGreaterThan(10);
    }
    expect(compared).toBe(300 * RATE_METRICS.length);
    // The random rows reach every branch: blank guard, zero and negative denominators, and ordinary rates.
    const dens = rows.map((r) =>
      metricOf({ year: 0, reports: 1, failing: 0, ...r } as Totals, "rate.review_correction"),
    );
    expect(dens.some((d) => d.den === null)).toBe(true);
    expect(dens.some((d) => d.den !== null && d.den <= 0)).toBe(true);
    expect(dens.some((d) => d.value !== null)).toBe(true);
    client.close();
  });
});
