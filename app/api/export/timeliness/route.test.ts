/**
 * GET /api/export/timeliness against a libSQL file loaded through the real ingest: the three tables agree, a pinned
 * release (rel) is read from its reports, bad input is a 400.
 */
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardTestDb } from "@/test/helpers/dashboard-db";
import { GET } from "./route";

let latestRelease = 0;
beforeAll(async () => {
  const { client } = await dashboardTestDb();
  latestRelease = Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0].id);
}, 300_000);

async function csv(query: string): Promise<{ header: string[]; rows: string[][] }> {
  const res = await GET(new NextRequest(new URL(`/api/export/timeliness?${query}`, "http://localhost")));
  expect(res.status).toBe(200);
  const lines = (await res.text())
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);
  const body = lines.filter((l) => !l.startsWith("# "));
  const [header, ...rows] = parse(body.join("\n")) as string[][];
  return { header: [...lines.filter((l) => l.startsWith("# ")), ...header], rows };
}

const column = (t: { header: string[]; rows: string[][] }, name: string) => {
  const i = t.header.filter((h) => !h.startsWith("# ")).indexOf(name);
  return t.rows.reduce((n, r) => n + Number(r[i]), 0);
};

describe("GET /api/export/timeliness", () => {
  it("counts per year and per sub-region sum alike, and the list holds every late and missing year", async () => {
    const years = await csv("table=years");
    const regions = await csv("table=regions");
    expect(years.header).toContain("# 图表: 按时发布与缺报（按年度）");
    for (const status of ["按时（个）", "逾期（个）", "未发布（个）", "合计"])
      expect(column(regions, status)).toBe(column(years, status));
    const late = await csv("table=list&timely=late");
    expect(late.rows.length).toBeGreaterThan(0);
    expect(late.rows.length).toBe(column(years, "逾期（个）"));
    expect(late.rows.every((r) => r[3] === "逾期" && Number(r[7]) > 0)).toBe(true);
    const problems = await csv("table=list");
    expect(problems.rows.length).toBe(column(years, "逾期（个）") + column(years, "未发布（个）"));
  });

  it("pinned (rel) to the latest release, every table reads as the current data; a bad rel is a 400", async () => {
    expect(latestRelease).toBeGreaterThan(0);
    for (const table of ["years", "regions", "list"]) {
      const pinned = await csv(`table=${table}&rel=${latestRelease}`);
      expect(pinned.rows.length).toBeGreaterThan(0);
      expect(pinned.rows).toEqual((await csv(`table=${table}`)).rows);
    }
  });

  it.each([
    ["rel=abc", /rel/],
    ["table=nope", /unknown table/],
    ["timely=on_time", /timely/],
    ["region=3x", /region/],
  ])("rejects %s", async (query, message) => {
    const res = await GET(new NextRequest(new URL(`/api/export/timeliness?${query}`, "http://localhost")));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });
});
