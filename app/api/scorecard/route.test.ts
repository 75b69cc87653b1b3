/**
 * GET /api/scorecard and its CSV exports against a libSQL file loaded through the real ingest: shapes, 400s, 304, CSV =
 * JSON.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDirs } from "@/test/helpers/ingest";
import { loadScorecardCorpus, SCORECARD_AGENCIES as A } from "@/test/scorecard-corpus";
import { GET as exportAgencies } from "../export/scorecard/route";
import { GET as exportRegions } from "../export/scorecard-regions/route";
import { GET } from "./route";

const req = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, "http://localhost"), { headers });
const W = "timely:0~complete:20~consistent:20~chained:10~original:10~plausible:10";

beforeAll(async () => {
  await loadScorecardCorpus();
}, 120_000);

afterAll(() => {
  delete process.env.DATABASE_URL;
  removeTempDirs();
});

function csvLines(bytes: Uint8Array): string[] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1).trim().split("\r\n");
}

describe("GET /api/scorecard", () => {
  it("returns the ranking with marks, the rollup, the weights and the method; the latest year by default", async () => {
    const res = await GET(req("/api/scorecard?region=3303"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      region: "3303",
      regionPath: ["浙江省", "温州市"],
      year: 2023,
      years: [2021, 2022, 2023],
    });
    expect(body.w).toBe("timely:30~complete:20~consistent:20~chained:10~original:10~plausible:10");
    expect(body.agencies[0]).toMatchObject({
      agencyName: A.model,
      rank: 1,
      score: 100,
      marks: { timely: { value: 1 } },
    });
    expect(body.agencies.at(-1)).toMatchObject({ agencyName: A.missing, status: "missing", score: 0 });
    expect(body.regions.map((r: { name: string }) => r.name)).toContain("龙湾区");
    expect(body.method.deadlines[0].source).toMatch(/第四十九条/);
    expect(body.method.sensitivity.threshold).toBe(3);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("re-ranks under the weights in w", async () => {
    const body = await (await GET(req(`/api/scorecard?region=3303&year=2023&w=${W}`))).json();
    const late = body.agencies.find((a: { agencyName: string }) => a.agencyName === A.late);
    expect(late.score).toBeCloseTo(83.33, 2);
    expect(body.weights.timely).toBe(0);
  });

  it("answers a repeated request with 304 while the data is unchanged", async () => {
    const first = await GET(req("/api/scorecard?region=3303&year=2023"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    const again = await GET(req("/api/scorecard?region=3303&year=2023", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    const other = await GET(req(`/api/scorecard?region=3303&year=2023&w=${W}`, { "if-none-match": etag }));
    expect(other.status).toBe(200);
  });

  it.each([
    ["w=timely:300", /权重 w/],
    ["w=speed:10", /权重 w/],
    ["year=20x3", /年度 year/],
    ["year=1990", /年度 year/],
    ["region=3", /region/],
    ["level=galaxy", /level/],
  ])("answers %s with 400 and a message", async (query, message) => {
    const res = await GET(req(`/api/scorecard?${query}`));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });

  it("answers 503 when the database cannot be read", async () => {
    const url = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "file:/etc/hostname/cannot-be-a-folder.db"; // a file where a folder should be
    try {
      expect((await GET(req("/api/scorecard?region=3303&year=2023"))).status).toBe(503);
    } finally {
      process.env.DATABASE_URL = url;
    }
  });
});

describe("GET /api/export/scorecard and /api/export/scorecard-regions", () => {
  it("exports every agency as CSV with the selection and weights stated, in the API's order and scores", async () => {
    const query = `region=3303&year=2023&w=${W}`;
    const api = await (await GET(req(`/api/scorecard?${query}`))).json();
    const res = await exportAgencies(req(`/api/export/scorecard?${query}`));
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = csvLines(new Uint8Array(await res.arrayBuffer()));
    expect(lines).toContain("# 年度: 2023年");
    expect(lines.find((l) => l.startsWith("# 权重"))).toContain(`w=${W}`);
    const rows = lines.filter((l) => !l.startsWith("#"));
    expect(rows[0].split(",").slice(0, 8)).toEqual([
      "名次",
      "机构",
      "机构ID",
      "层级",
      "类型",
      "状态",
      "发布日期",
      "得分",
    ]);
    expect(rows).toHaveLength(api.agencies.length + 1);
    api.agencies.forEach((a: { rank: number; agencyName: string; score: number }, i: number) => {
      const cells = rows[i + 1].split(",");
      expect([Number(cells[0]), cells[1], Number(cells[7])]).toEqual([a.rank, a.agencyName, a.score]);
    });
  });

  it("exports the sub-region rollup and rejects bad parameters", async () => {
    const lines = csvLines(
      new Uint8Array(
        await (await exportRegions(req("/api/export/scorecard-regions?region=3303&year=2023"))).arrayBuffer(),
      ),
    );
    const rows = lines.filter((l) => !l.startsWith("#"));
    expect(rows[0]).toMatch(/^地区,代码,机构数,已发布,缺报,按时发布（%）/);
    expect(rows.find((r) => r.startsWith("龙湾区,330303,1,0,1"))).toBeTruthy();
    expect((await exportAgencies(req("/api/export/scorecard?w=nope"))).status).toBe(400);
  });
});
