/**
 * GET /api/releases and the release caching of proxy.ts, against a libSQL file loaded through the real ingest. The
 * proxy renders pinned answers through this same server on loopback: here a real HTTP server on 127.0.0.1 that hands
 * each request to the real route handlers (what `next start` does for these routes).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, freshDb, removeTempDirs, reportText, tempDir } from "@/test/helpers/ingest";
import { pinnablePath } from "@/lib/releases/http-cache";
import { proxy } from "@/proxy";
import ExcelJS from "exceljs";
import { GET as workbook } from "../export/workbook/route";
import { GET as series } from "../series/route";
import { GET as latest } from "./latest/route";
import { GET as releases } from "./route";

const OUHAI = "瓯海区人民政府办公室";
let server: Server;
let agency = "";

async function ingest(fresh: number, published: string) {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${published}.txt`),
    reportText({ agency: OUHAI, year: 2022, published, values: applications(fresh) }),
  );
  return ingestPaths([dir], { client, workers: 0 });
}
let client: Awaited<ReturnType<typeof freshDb>>["client"];

beforeAll(async () => {
  const db = await freshDb();
  client = db.client;
  process.env.DATABASE_URL = db.url;
  await ingest(10, "2023-01-20");
  agency = String((await client.execute("SELECT id FROM agencies")).rows[0].id);
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const routes: Record<string, (r: NextRequest) => Promise<Response> | Response> = {
      "/api/releases/latest": latest,
      "/api/series": series,
      "/api/export/workbook": workbook,
    };
    const handler = routes[url.pathname] ?? null;
    const answer = handler ? await handler(new NextRequest(url)) : new Response("not found", { status: 404 });
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  process.env.NIANBAO_SELF_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  client?.close();
  delete process.env.DATABASE_URL;
  delete process.env.NIANBAO_SELF_ORIGIN;
  removeTempDirs();
});

const req = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, "http://localhost"), { headers });

describe("GET /api/releases", () => {
  it("lists releases newest first with their counts; latest names the newest", async () => {
    await ingest(13, "2023-03-01"); // supersedes the first
    const body = await (await releases()).json();
    expect(body.latest).toBe(2);
    expect(body.releases.map((r: { id: number }) => r.id)).toEqual([2, 1]);
    expect(body.releases[0]).toMatchObject({
      kind: "ingest",
      counts: { added: 0, updated: 1, superseded: 1, removed: 0 },
    });
    expect(body.releases[1].counts).toEqual({ added: 1, updated: 0, superseded: 0, removed: 0 });
    expect(Date.parse(body.releases[0].time)).not.toBeNaN();
  });
});

describe("proxy: pinned answers cached and immutable, current ones with an ETag and 304", () => {
  it(
    "a pinned API answer is the release's figure, immutable, served again from the cache, and 304 to its " + "ETag",
    async () => {
      const path = `/api/series?agencies=${agency}&metric=apps.new.total&rel=1`;
      const first = await proxy(req(path));
      expect(first.status).toBe(200);
      expect(first.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect((await first.json()).points).toEqual([{ agency, year: 2022, value: 10 }]);
      expect(first.headers.get("x-nianbao-cache")).toMatch(/^miss/);
      const etag = first.headers.get("etag")!;
      const again = await proxy(req(path));
      expect(again.headers.get("x-nianbao-cache")).toMatch(/^hit; entries=1; bytes=\d+/);
      expect(again.headers.get("etag")).toBe(etag);
      const notModified = await proxy(req(path, { "if-none-match": etag }));
      expect(notModified.status).toBe(304);
      expect(await notModified.text()).toBe("");
    },
  );

  it("a pinned workbook (bytes, not text) comes from the cache as a valid .xlsx of the release", async () => {
    const path = `/api/export/workbook?view=agency&id=${agency}&rel=1`;
    for (const expected of ["miss", "hit"]) {
      const answer = await proxy(req(path));
      expect(answer.headers.get("x-nianbao-cache")).toMatch(new RegExp(`^${expected}`));
      expect(answer.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await answer.arrayBuffer());
      const sheet = book.worksheets[1];
      const cells = sheet
        .getSheetValues()
        .flat()
        .filter((v) => typeof v === "number");
      expect(cells).toContain(10);
      expect(cells).not.toContain(13);
    }
  });

  it("an unpinned request carries the latest release's ETag and is answered 304 when it matches", async () => {
    const path = `/api/series?agencies=${agency}&metric=apps.new.total`;
    const passed = await proxy(req(path));
    const etag = passed.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"r2-/);
    expect(passed.headers.get("x-middleware-next")).toBe("1"); // rendered as usual
    expect((await proxy(req(path, { "if-none-match": etag }))).status).toBe(304);
    expect((await proxy(req(path, { "if-none-match": 'W/"r1-x"' }))).headers.get("x-middleware-next")).toBe("1");
  });

  it("an unknown release (newer than the latest) is current data: not pinned, not cached", async () => {
    const res = await proxy(req(`/api/series?agencies=${agency}&metric=apps.new.total&rel=99`));
    expect(res.headers.get("cache-control") ?? "").not.toContain("immutable");
    expect(res.headers.get("etag")).toMatch(/^W\/"r2-/);
  });

  it("a page whose reads do not honour rel yet is never pinned: current data with the unpinned ETag", async () => {
    const res = await proxy(req("/agencies?rel=1"));
    expect(res.headers.get("etag")).toMatch(/^W\/"r2-/);
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(pinnablePath("/")).toBe(true);
    expect(pinnablePath("/compare")).toBe(true);
    expect(pinnablePath("/api/export/compare")).toBe(true);
    expect(pinnablePath("/quality")).toBe(true);
    expect(pinnablePath("/agencies/x")).toBe(true);
    expect(pinnablePath("/reports/0123456789abcdef")).toBe(true);
    expect(pinnablePath("/scorecard")).toBe(true);
    expect(pinnablePath("/api/scorecard")).toBe(true);
    expect(pinnablePath("/api/export/timeliness")).toBe(true);
    expect(pinnablePath("/api/export/bulletin")).toBe(true);
    expect(pinnablePath("/agencies")).toBe(false);
    expect(pinnablePath("/api/export/workbook", "quality")).toBe(true);
    expect(pinnablePath("/api/export/workbook", "scorecard")).toBe(true);
    expect(pinnablePath("/api/export/workbook", "nonsense")).toBe(false);
  });
});
