/** The JSON and CSV API against a libSQL file loaded through the real ingest: shapes, 400s, CSV = API. */
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardTestDb, rows } from "@/test/helpers/dashboard-db";
import type { Client } from "@libsql/client";
import { GET as agenciesGet } from "./agencies/route";
import { GET as exportGet } from "./export/[chart]/route";
import { GET as seriesGet } from "./series/route";

let client: Client;
let ids: string[];

beforeAll(async () => {
  ({ client } = await dashboardTestDb());
  ids = (
    await rows<{ id: string }>(
      client,
      "SELECT agency_id AS id FROM report_facts GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 2",
    )
  ).map((r) => r.id);
}, 300_000);

const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));
const exportOf = (chart: string, query: string) =>
  exportGet(req(`/api/export/${chart}?${query}`), { params: Promise.resolve({ chart }) });

describe("GET /api/series", () => {
  it("returns per agency and year the value with numerator and denominator for rates", async () => {
    const res = await seriesGet(req(`/api/series?agencies=${ids.join("~")}&metric=rate.grant&from=2018&to=2022`));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.agencies.map((a: { id: string }) => a.id)).toEqual(ids);
    expect(body.points.length).toBeGreaterThan(0);
    for (const p of body.points) {
      expect(p.year).toBeGreaterThanOrEqual(2018);
      expect(p.year).toBeLessThanOrEqual(2022);
      if (p.denominator) expect(p.value).toBeCloseTo(p.numerator / p.denominator);
    }
  });

  it.each([
    ["agencies=x&metric=nope", /metric/],
    ["agencies=a~<b>", /agencies/],
    ["agencies=a&from=19x", /from/],
    ["metric=rate.grant", /missing parameter agencies/],
  ])("answers %s with 400 and a message", async (query, message) => {
    const res = await seriesGet(req(`/api/series?${query}`));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });
});

describe("GET /api/agencies", () => {
  it("finds by name and rejects a missing query", async () => {
    const res = await agenciesGet(req(`/api/agencies?q=${encodeURIComponent("瓯海")}`));
    const body = await res.json();
    expect(body.agencies[0]).toMatchObject({
      name: expect.stringContaining("瓯海"),
      regionPath: ["浙江省", "温州市", "瓯海区"],
    });
    expect((await agenciesGet(req("/api/agencies"))).status).toBe(400);
    expect((await agenciesGet(req("/api/agencies?q=x&region=abc"))).status).toBe(400);
  });
});

describe("GET /api/export/{chart}", () => {
  it("exports the compare data with a BOM, the selection, and the API's values", async () => {
    const query = `agencies=${ids.join("~")}&metric=apps.new.total&from=2018&to=2022`;
    const res = await exportOf("compare", query);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(csv).toContain("# 年份: 2018–2022年");
    expect(csv).toContain("# 指标: 本年新收申请（apps.new.total）");
    const api = await (await seriesGet(req(`/api/series?${query}`))).json();
    const table: string[][] = parse(csv, { bom: true, comment: "#", comment_no_infix: true });
    expect(table[0]).toEqual(["名称", "2018年（口径映射）", "2019年", "2020年", "2021年", "2022年"]);
    for (const [i, agency] of api.agencies.entries()) {
      const cells = table[i + 1];
      for (const p of api.points.filter((x: { agency: string }) => x.agency === agency.id)) {
        const cell = cells[1 + p.year - 2018];
        expect(cell.replace(/,/g, "")).toBe(p.value === null ? "空白" : String(p.value));
      }
    }
  });

  it("exports every overview chart and rejects unknown charts and bad parameters", async () => {
    for (const chart of ["applicants", "outcomes", "review-litigation", "coverage", "ranking", "map"]) {
      const res = await exportOf(chart, "metric=rate.grant");
      expect(res.status).toBe(200);
      expect((await res.text()).split("\r\n").length).toBeGreaterThan(8);
    }
    expect((await exportOf("pie", "")).status).toBe(400);
    expect((await exportOf("ranking", "region=xyz")).status).toBe(400);
  });
});
