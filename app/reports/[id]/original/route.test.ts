/**
 * The stored original of a collected report, served back: collect from the loopback fixture site into a real
 * libSQL file, then ask the route for the bytes (equal to what the site sent), and for a report that has none.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectTargets } from "@/lib/collect/collect";
import { DEFAULT_HTTP } from "@/lib/collect/http";
import { findOriginal } from "@/lib/collect/originals";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import { ingestPaths } from "@/lib/ingest/ingest";
import { AGENCY, CollectSite } from "@/test/collect-site";
import { freshDb, tempDir } from "@/test/helpers/ingest";
import { GET } from "./route";

let site: CollectSite;
let client: Client;
let dir: string;
const saved = { db: process.env.DATABASE_URL, originals: process.env.NIANBAO_ORIGINALS };

beforeAll(async () => {
  site = await new CollectSite({}).start();
  let url: string;
  ({ client, dir, url } = await freshDb(tempDir()));
  const deps = await loadDefaultDeps();
  const http = { ...DEFAULT_HTTP, delayMs: 0, timeoutMs: 500, backoffMs: 20, maxBytes: 200_000 };
  await collectTargets([{ url: site.columnUrl, agency: AGENCY, regionCode: "330304" }], {
    client,
    http,
    maxPages: 10,
    originalsDir: join(dir, "originals"),
    deps,
  });
  // One report ingested by hand: it has no original on disk.
  await ingestPaths([join("fixtures", "seeds")], { client, deps, workers: 0 });
  process.env.DATABASE_URL = url;
  process.env.NIANBAO_ORIGINALS = join(dir, "originals");
}, 120_000);

afterAll(async () => {
  process.env.DATABASE_URL = saved.db;
  process.env.NIANBAO_ORIGINALS = saved.originals;
  client.close();
  await site.stop();
});

const get = (id: string) =>
  GET(new NextRequest(`http://localhost/reports/${id}/original`), { params: Promise.resolve({ id }) });
const one = async (sql: string) => String((await client.execute(sql)).rows[0][0]);

describe("GET /reports/:id/original", () => {
  it("returns the bytes collect fetched, as a download with the site's file name", async () => {
    const id = await one(
      "SELECT public_id FROM reports WHERE source_name = 'P020240131512345678.pdf' AND status = 'active'",
    );
    const res = await get(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;.*P020240131512345678\.pdf/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(readFileSync(join("fixtures", "documents", "seed002.pdf")));
  });

  it("an HTML report page is a download too, never rendered on Nianbao's origin", async () => {
    const id = await one(
      "SELECT public_id FROM reports WHERE source_url LIKE '%.html' AND status = 'active' AND fetched_at IS NOT NULL " +
        "LIMIT 1",
    );
    const res = await get(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
  });

  it("a report ingested by hand has no original: 404 saying why, in Chinese and English", async () => {
    const id = await one("SELECT public_id FROM reports WHERE fetched_at IS NULL AND status = 'active' LIMIT 1");
    const res = await get(id);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).toContain("只有从网站抓取");
    expect(text).toContain("only collected reports");
  });

  it("an unknown or malformed id is a 404, and nothing outside the originals folder is reachable", async () => {
    expect((await get("0123456789abcdef")).status).toBe(404);
    expect((await get("..%2F..%2Fetc")).status).toBe(404);
    expect(findOriginal(join(dir, "originals"), "../../etc/passwd")).toBeNull();
  });
});
