/**
 * Collect, for real: the fixture site (test/collect-site.ts) on loopback, the real parser and ingest, real
 * temporary libSQL files; the CLI as a child process killed by SIGKILL and run again.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openClient } from "@/db/client";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import { freshDb, integrityProblems, tempDir, useFreshDbs } from "@/test/helpers/ingest";
import { runCli, sleep } from "@/test/robustness/cli-process";
import { AGENCY, CollectSite, GBK_AGENCY } from "@/test/collect-site";
import { collectTargets, type CollectOptions, type CollectSummary } from "./collect";
import { DEFAULT_HTTP, USER_AGENT } from "./http";
import type { CollectTarget } from "./targets";

const newDb = useFreshDbs();
type Row = Record<string, unknown>;
async function rows(client: Client, sql: string): Promise<Row[]> {
  const rs = await client.execute(sql);
  return rs.rows.map((r) => Object.fromEntries(rs.columns.map((c, i) => [c, r[i]])));
}
const scalar = async (client: Client, sql: string) => Number((await client.execute(sql)).rows[0][0]);

const sites: CollectSite[] = [];
afterAll(() => Promise.all(sites.map((s) => s.stop())));
async function site(opts: ConstructorParameters<typeof CollectSite>[0] = {}): Promise<CollectSite> {
  const s = await new CollectSite(opts).start();
  sites.push(s);
  return s;
}

let deps: Awaited<ReturnType<typeof loadDefaultDeps>>;
beforeAll(async () => {
  deps = await loadDefaultDeps();
});

/** Fast and small bounds so the slow page times out and the 300 kB attachment is over the cap. */
function options(client: Client, dir: string, extra: Partial<CollectOptions> = {}): CollectOptions {
  return {
    client,
    http: { ...DEFAULT_HTTP, delayMs: 0, timeoutMs: 500, backoffMs: 20, maxBytes: 200_000 },
    maxPages: 10,
    originalsDir: join(dir, "originals"),
    deps,
    ...extra,
  };
}

const targets = (s: CollectSite): CollectTarget[] => [
  { url: s.columnUrl, agency: AGENCY, regionCode: "330304" },
  { url: s.gbkColumnUrl },
];

describe("collect from a fixture site", () => {
  let s: CollectSite;
  let client: Client;
  let dir: string;
  let url: string;
  let first: CollectSummary;

  beforeAll(async () => {
    s = await site();
    // kept open for the whole describe (newDb closes after each test)
    ({ client, dir, url } = await freshDb(tempDir()));
    first = await collectTargets(targets(s), options(client, dir));
  });
  afterAll(() => client.close());

  it("stores every report of the column and the GBK site, and nothing else", async () => {
    const active = await rows(
      client,
      "SELECT a.name, r.year FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.status = 'active' ORDER BY " +
        "a.name, r.year DESC",
    );
    expect(active).toEqual(
      [...CollectSite.MAIN_YEARS.map((year) => ({ name: AGENCY, year })), { name: GBK_AGENCY, year: 2023 }].sort(
        (a, b) => (a.name === b.name ? b.year - a.year : a.name < b.name ? -1 : 1),
      ),
    );
    expect(first).toMatchObject({ reports: 6, added: 6, updated: 0, unchanged: 0, failed: 5 });
    expect(await integrityProblems(client)).toEqual([]);
  });

  it(
    "reads titles, not URLs: the notice in the column is never fetched; the report linked twice is fetched " + "once",
    () => {
      expect(s.requestsTo("t20240301_7")).toEqual([]);
      expect(s.requestsTo("t20240131_88.html")).toHaveLength(1);
      expect(s.requestsTo("P020240131512345678.pdf")).toHaveLength(1);
    },
  );

  it("is polite: names Nianbao and its version, asks robots.txt first, and never fetches what it disallows", () => {
    const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
    expect(USER_AGENT).toContain(`Nianbao/${version}`);
    expect(new Set(s.requests.map((r) => r.userAgent))).toEqual(new Set([USER_AGENT]));
    for (const host of new Set(s.requests.map((r) => r.host)))
      expect(s.requests.find((r) => r.host === host)!.path).toBe("/robots.txt");
    expect(s.requestsTo("/private/")).toEqual([]);
  });

  it(
    "retries a 500 and gets the report; keeps each failure with its URL and a reason in English and " + "Chinese",
    async () => {
      expect(s.requestsTo("t20200120_5.html")).toHaveLength(2);
      const failed = await rows(
        client,
        "SELECT source_url, error, error_zh FROM reports WHERE status = 'failed' ORDER BY source_url",
      );
      const byUrl = Object.fromEntries(
        failed.map((f) => [new URL(String(f.source_url)).pathname, [f.error, f.error_zh]]),
      );
      expect(Object.keys(byUrl).sort()).toEqual(
        [
          "/private/2018.html",
          "/xxgk/ndbg/201801/P020180120000001.pdf",
          "/xxgk/ndbg/202101/t20210125_4.html",
          "/xxgk/ndbg/202201/t20220125_3.html",
          "/xxgk/ndbg/loop-a.html",
        ].sort(),
      );
      expect(byUrl["/private/2018.html"][1]).toMatch(/robots\.txt/);
      expect(byUrl["/xxgk/ndbg/202201/t20220125_3.html"][0]).toMatch(/HTTP 404/);
      expect(byUrl["/xxgk/ndbg/202101/t20210125_4.html"][1]).toMatch(/超时/);
      expect(byUrl["/xxgk/ndbg/201801/P020180120000001.pdf"][1]).toMatch(/大小上限/);
      expect(byUrl["/xxgk/ndbg/loop-a.html"][1]).toMatch(/循环/);
      // The oversized attachment was cut off, not downloaded whole; the slow page was tried three times.
      expect(s.requestsTo("t20210125_4.html")).toHaveLength(3);
    },
  );

  it("keeps provenance and the original bytes", async () => {
    const [pdf] = await rows(
      client,
      "SELECT source_url, source_name, fetched_at, http_last_modified, page_published, first_seen_at, sha256 FROM " +
        "reports WHERE year = 2023 AND source_name LIKE '%.pdf'",
    );
    expect(pdf).toMatchObject({
      source_url: `${s.main}/xxgk/ndbg/202401/P020240131512345678.pdf`,
      source_name: "P020240131512345678.pdf",
      http_last_modified: "Wed, 31 Jan 2024 08:00:00 GMT",
      page_published: "2024-01-31",
    });
    expect(Date.parse(String(pdf.fetched_at))).toBeGreaterThan(0);
    expect(pdf.first_seen_at).toBe(pdf.fetched_at);
    const original = join(
      dir,
      "originals",
      new URL(s.main).host.replace(/:/g, "_"),
      String(pdf.sha256).slice(0, 16),
      "P020240131512345678.pdf",
    );
    expect(readFileSync(original)).toEqual(readFileSync(join("fixtures", "documents", "seed002.pdf")));
    // 301 and <meta http-equiv="refresh"> were followed; the GBK page was read as GBK.
    const moved = await rows(
      client,
      "SELECT source_url, page_published FROM reports WHERE year IN (2016, 2022) AND status = 'active' ORDER BY year",
    );
    expect(moved.map((m) => m.page_published)).toEqual(["2017-01-26", "2023-01-30"]);
    const [gbk] = await rows(
      client,
      "SELECT raw_text FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.name = '温州市鹿城区民政局'",
    );
    expect(String(gbk.raw_text)).toContain("温州市鹿城区民政局2023年政府信息公开工作年度报告");
  });

  it("collecting again asks conditionally, stores nothing twice, and reports the same failures", async () => {
    const before = await rows(client, "SELECT id, sha256, status FROM reports ORDER BY id");
    const sent = s.requests.length;
    const again = await collectTargets(targets(s), options(client, dir));
    expect(again).toMatchObject({ reports: 6, added: 0, updated: 0, unchanged: 6, failed: 5 });
    expect(await rows(client, "SELECT id, sha256, status FROM reports ORDER BY id")).toEqual(before);
    const second = s.requests.slice(sent);
    const stored = second.filter((r) =>
      /P020240131512345678\.pdf|P020230130334455\.txt|t20250120_101\.html/.test(r.path),
    );
    expect(stored).toHaveLength(3);
    expect(stored.every((r) => r.conditional)).toBe(true);
  });

  it("a report changed on the site after publication becomes exactly one new version", async () => {
    s.edit2022();
    const changed = await collectTargets(targets(s), options(client, dir));
    expect(changed).toMatchObject({ added: 0, updated: 1, unchanged: 5 });
    const versions = await rows(
      client,
      `SELECT r.status, r.first_seen_at, v.value FROM reports r
      JOIN report_values v ON v.report_id = r.id JOIN value_keys k ON k.id = v.key_id
      WHERE r.year = 2022 AND k.key = 'apps.new.total' ORDER BY r.id`,
    );
    expect(versions.map((v) => [v.status, v.value])).toEqual([
      ["superseded", 6],
      ["active", 7],
    ]);
    expect(String(versions[1].first_seen_at) > String(versions[0].first_seen_at)).toBe(true);
    expect(await integrityProblems(client)).toEqual([]);
  });

  it(
    "the report page's 发布后被修改 and /quality's list read that change: when it was noticed and the figures old → " +
      "new",
    async () => {
      process.env.DATABASE_URL = url;
      try {
        const { getRevisedReports, getRevisionOf } = await import("@/lib/queries/revisions");
        const revised = await getRevisedReports({ region: "3303" });
        expect(revised.map((r) => [r.agencyName, r.year])).toEqual([[AGENCY, 2022]]);
        const [active] = await rows(
          client,
          `SELECT id, first_seen_at FROM reports WHERE public_id = '${revised[0].publicId}'`,
        );
        const revision = (await getRevisionOf({ reportId: Number(active.id) }))!;
        expect(revision.later.firstSeenAt).toBe(active.first_seen_at);
        expect(revision.changes).toContainEqual({ key: "apps.new.total", before: 6, after: 7 });
        expect(revision.changes.every((c) => c.before !== c.after)).toBe(true);
        expect(await getRevisedReports({ region: "11" })).toEqual([]);
      } finally {
        delete process.env.DATABASE_URL;
      }
    },
  );
});

describe("collect options", () => {
  it("--since leaves older reports unfetched; spacing per host is kept", async () => {
    const s = await site();
    const { client, dir } = await newDb();
    const starts: { host: string; at: number }[] = [];
    const opts = options(client, dir, { since: 2022 });
    opts.http = {
      ...opts.http,
      delayMs: 60,
      onRequest: (url) => starts.push({ host: url.host, at: performance.now() }),
    };
    const summary = await collectTargets([{ url: s.columnUrl, agency: AGENCY, regionCode: "330304" }], opts);
    expect(summary).toMatchObject({ reports: 3, added: 3, failed: 0 });
    expect(s.requestsTo("t20200120_5.html")).toEqual([]);
    // One host: never more than k + 1 request starts within k × --delay-ms, for every span of the run. A start the
    // event loop ran late (tens of ms at high load) shortens the gap after it; the queue's schedule does not move,
    // so spans, not single gaps, are what the delay guarantees (a single-gap bound of 55 ms failed at load 20: 49).
    const LAG_MS = 20;
    expect(starts.length).toBeGreaterThan(5);
    for (let i = 0; i < starts.length; i++) {
      for (let j = i + 1; j < starts.length; j++) {
        expect(starts[j].at - starts[i].at, `starts ${i}..${j}`).toBeGreaterThanOrEqual((j - i) * 60 - LAG_MS);
      }
    }
  });
});

/** Relative paths of every original kept under `dir` (and any .partial left by a kill). */
function originals(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

describe("collect CLI killed by SIGKILL", () => {
  it("a rerun after a kill at a random moment continues: nothing stored twice, nothing lost", async () => {
    const s = await site({ extra: 40 });
    const csv = join(tempDir("nianbao-collect-"), "targets.csv");
    (await import("node:fs")).writeFileSync(csv, `agency,region_code,url\n,,${s.columnUrl}\n`);
    const run = (dir: string) =>
      runCli(
        "lib/cli/collect.ts",
        ["--json", "--delay-ms", "5", "--timeout-ms", "1000", "--originals", join(dir, "originals"), csv],
        { url: `file:${join(dir, "c.db")}` },
      );
    const whole = tempDir("nianbao-collect-");
    const started = Date.now();
    const reference = await run(whole).done;
    const wholeRun = Date.now() - started;
    expect(reference.code, reference.stderr).toBe(1); // the fixture's failures
    const dir = tempDir("nianbao-collect-");
    const kills: string[] = [];
    for (const share of [0.3 + Math.random() * 0.2, 0.6 + Math.random() * 0.2]) {
      const { child, done } = run(dir);
      await Promise.race([sleep(share * wholeRun), done]);
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
      const r = await done;
      kills.push(r.signal === "SIGKILL" ? `killed at ${Math.round(share * 100)}%` : "had finished");
    }
    const rerun = await run(dir).done;
    expect(rerun.code, `${kills.join("; ")}\n${rerun.stderr}`).toBe(1);
    const a = await openClient(`file:${join(whole, "c.db")}`);
    const b = await openClient(`file:${join(dir, "c.db")}`);
    try {
      const reports = "SELECT sha256, status, source_url, year FROM reports ORDER BY sha256";
      expect(await rows(b, reports)).toEqual(await rows(a, reports));
      expect(await scalar(b, "SELECT count(*) - count(DISTINCT sha256) FROM reports")).toBe(0);
      expect(await rows(b, "SELECT url, kind, status FROM collect_urls ORDER BY url")).toEqual(
        await rows(a, "SELECT url, kind, status FROM collect_urls ORDER BY url"),
      );
      expect(await integrityProblems(b)).toEqual([]);
      const kept = originals(join(dir, "originals")).filter((p) => !p.endsWith(".partial"));
      expect(kept).toEqual(originals(join(whole, "originals")));
      console.info(`whole run ${wholeRun} ms; ${kills.join("; ")}`);
    } finally {
      a.close();
      b.close();
    }
  }, 240_000);
});
