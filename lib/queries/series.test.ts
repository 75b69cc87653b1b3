/**
 * The per-agency series of a canonical key outside the core metrics, read from report_values of active
 * reports, against a temporary libSQL file loaded through the real parser and ingest; the core metrics keep
 * reading report_facts; views that sum regions fall back to the default metric.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, freshDb, removeTempDirs, reportText, tempDir, type ReportSpec } from "@/test/helpers/ingest";

// The import guard of server modules; the reads below are the real ones against a real libSQL file.
vi.mock("server-only", () => ({}));

const { getAgencySeries } = await import("./series");
const { getCompare } = await import("./compare");
const { getRanking } = await import("./overview");
const { GET: seriesGet } = await import("@/app/api/series/route");

const OUHAI = "瓯海区人民政府办公室";
const CHAOYANG = "朝阳市民政局";

/** Consistent §三 figures with `secret` of the handled applications denied as 国家秘密. */
function withSecret(fresh: number, secret: number): Record<string, number | null> {
  const v: Record<string, number | null> = applications(fresh);
  for (const col of ["natural_person", "total"]) {
    v[`outcome.granted.${col}`] = fresh - secret;
    v[`outcome.denied.state_secret.${col}`] = secret;
  }
  return v;
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  const dir = tempDir("nianbao-series-");
  const specs: ReportSpec[] = [
    {
      agency: OUHAI,
      year: 2021,
      values: {
        ...withSecret(5, 2),
        "outcome.denied.third_party.total": null,
        "litigation_direct.upheld": 1,
        "litigation_direct.total": 1,
        "litigation.upheld": 1,
        "litigation.total": 1,
      },
    },
    { agency: OUHAI, year: 2022, values: withSecret(7, 0) },
    { agency: CHAOYANG, year: 2021, values: withSecret(9, 4) },
  ];
  const files = specs.map((s, i) => {
    const path = join(dir, `${i}.txt`);
    writeFileSync(path, reportText(s));
    return path;
  });
  const { client, url } = await freshDb(dir);
  const summary = await ingestPaths(files, { client, workers: 0 });
  expect(summary.added).toBe(3);
  for (const name of [OUHAI, CHAOYANG]) {
    const r = await client.execute({ sql: "SELECT id FROM agencies WHERE name = ?", args: [name] });
    ids[name] = String(r.rows[0].id);
  }
  client.close();
  process.env.DATABASE_URL = url;
}, 120_000);

afterAll(() => {
  delete process.env.DATABASE_URL;
  removeTempDirs();
});

const byKey = (points: { id: string; year: number; value: number | null }[]) =>
  Object.fromEntries(points.map((p) => [`${p.id}@${p.year}`, p.value]));

describe("getAgencySeries for a canonical key outside the core metrics", () => {
  it("reads the stored figure per agency and year; a year without a report has no point", async () => {
    const points = await getAgencySeries({
      agencies: [ids[OUHAI], ids[CHAOYANG]],
      metric: "outcome.denied.state_secret.total",
      from: null,
      to: null,
    });
    expect(byKey(points)).toEqual({
      [`${ids[OUHAI]}@2021`]: 2,
      [`${ids[OUHAI]}@2022`]: 0,
      [`${ids[CHAOYANG]}@2021`]: 4,
    });
    expect(points.every((p) => p.num === null && p.den === null)).toBe(true);
  });

  it("keeps a blank cell (null) apart from 0 and from no report", async () => {
    const points = await getAgencySeries({
      agencies: [ids[OUHAI]],
      metric: "outcome.denied.third_party.total",
      from: null,
      to: null,
    });
    expect(byKey(points)).toEqual({ [`${ids[OUHAI]}@2021`]: null, [`${ids[OUHAI]}@2022`]: 0 });
  });

  it("says why a report has no figure: a blank cell, or a key its template family does not have", async () => {
    const blank = await getAgencySeries({
      agencies: [ids[OUHAI]],
      metric: "outcome.denied.third_party.total",
      from: 2021,
      to: 2021,
    });
    expect(blank.map((p) => [p.value, p.why])).toEqual([[null, "空白"]]);
    const legacy = await getAgencySeries({
      agencies: [ids[OUHAI]],
      metric: "legacy.applications.total",
      from: null,
      to: null,
    });
    expect(legacy.map((p) => [p.year, p.value, p.why])).toEqual([
      [2021, null, "无此项（2021版模板）"],
      [2022, null, "无此项（2021版模板）"],
    ]);
    const filled = await getAgencySeries({
      agencies: [ids[OUHAI]],
      metric: "outcome.denied.state_secret.total",
      from: null,
      to: null,
    });
    expect(filled.every((p) => p.why === undefined)).toBe(true);
  });

  it("reads §四 cells and applies the year range", async () => {
    const points = await getAgencySeries({
      agencies: [ids[OUHAI]],
      metric: "litigation_direct.total",
      from: 2021,
      to: 2021,
    });
    expect(byKey(points)).toEqual({ [`${ids[OUHAI]}@2021`]: 1 });
  });

  it("keeps the core metrics on report_facts with the same answers", async () => {
    const points = await getAgencySeries({
      agencies: [ids[OUHAI], ids[CHAOYANG]],
      metric: "apps.new.total",
      from: null,
      to: null,
    });
    expect(byKey(points)).toEqual({
      [`${ids[OUHAI]}@2021`]: 5,
      [`${ids[OUHAI]}@2022`]: 7,
      [`${ids[CHAOYANG]}@2021`]: 9,
    });
  });
});

describe("views over a canonical key outside the core metrics", () => {
  const selection = { region: "", from: null, to: null, level: null, kind: null, agencies: [] as string[] };

  it("compare of agencies draws the key itself", async () => {
    const data = await getCompare({
      selection: { ...selection, agencies: [ids[CHAOYANG]] },
      metric: "outcome.denied.state_secret.total",
      delta: false,
    });
    expect(data.metric).toBe("outcome.denied.state_secret.total");
    expect(data.fallback).toBeUndefined();
    expect(data.points.map((p) => p.value)).toEqual([4]);
  });

  it("compare of regions falls back to the default metric and says which key it replaced", async () => {
    const data = await getCompare({
      selection: { ...selection, region: "33" },
      metric: "outcome.denied.state_secret.total",
      delta: false,
    });
    expect(data.kind).toBe("regions");
    expect(data.metric).toBe("apps.new.total");
    expect(data.fallback).toEqual({ requested: "outcome.denied.state_secret.total" });
    const core = await getCompare({
      selection: { ...selection, region: "33" },
      metric: "apps.new.total",
      delta: false,
    });
    expect(data.points.length).toBeGreaterThan(0);
    expect(data.points).toEqual(core.points);
  });

  it("the ranking does not rank by it (no rows rather than another metric's rows)", async () => {
    const ranking = await getRanking({
      selection,
      metric: "outcome.denied.state_secret.total",
      year: 2021,
      mode: "agency",
    });
    expect(ranking.rows).toEqual([]);
  });
});

describe("GET /api/series with a canonical key", () => {
  const get = async (query: string) => seriesGet(new NextRequest(new URL(`/api/series?${query}`, "http://localhost")));

  it("returns the values with the key's Chinese label", async () => {
    const res = await get(`agencies=${ids[OUHAI]}~${ids[CHAOYANG]}&metric=outcome.denied.state_secret.total`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      metric: "outcome.denied.state_secret.total",
      label: "不予公开·属于国家秘密（总计）",
      rate: false,
      source: "values",
    });
    expect(body.points).toEqual(
      [
        { agency: ids[OUHAI], year: 2021, value: 2 },
        { agency: ids[OUHAI], year: 2022, value: 0 },
        { agency: ids[CHAOYANG], year: 2021, value: 4 },
      ].sort((a, b) => a.agency.localeCompare(b.agency) || a.year - b.year),
    );
  });

  it("still answers 400 for a key that is not canonical", async () => {
    const res = await get(`agencies=${ids[OUHAI]}&metric=outcome.denied.state_secret`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/metric/);
  });
});
