/**
 * Timeliness reads against a real libSQL file loaded through the real ingest (generated corpus and seeds), and the
 * stored timeliness (report_timeliness, timeliness_agg: migration 0011's view and triggers) against the judgement
 * it replaces (lib/timeliness over every agency and report, ./timeliness-judged.ts): on the ingested corpus they
 * must agree for every agency-year, in every scope, on any day; on hand-made rows for every year, kind, level and
 * kind of date, the SQL must judge as judgeReport does.
 */
import type { Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dashboardTestDb, rows } from "@/test/helpers/dashboard-db";
import { freshDb, removeTempDirs } from "@/test/helpers/ingest";
import { scorecardTable } from "@/lib/charts/scorecard";
import { DEFAULT_WEIGHTS } from "@/lib/scorecard/weights";
import { judgeReport, TIMELINESS_STATUSES, type TimelinessStatus } from "@/lib/timeliness/judge";

// The import guard of server modules; the reads below are the real ones against a real libSQL file.
vi.mock("server-only", () => ({}));

const { getTimeliness, getTimelinessList, LISTED_STATUSES } = await import("./timeliness");
const { countStored, listStored } = await import("./timeliness-stored");
const { judgeScope } = await import("./timeliness-judged");
const { getScorecard } = await import("./scorecard");

const NATIONAL = { region: "", from: null, to: null, level: null, kind: null };
const TODAY = "2030-01-01"; // every deadline of the corpus has passed
let client: Client;

beforeAll(async () => {
  ({ client } = await dashboardTestDb());
}, 180_000);

afterAll(() => {
  delete process.env.DATABASE_URL;
  removeTempDirs();
});

const sum = (c: Record<TimelinessStatus, number>) => TIMELINESS_STATUSES.reduce((a, s) => a + c[s], 0);

describe("timeliness of stored reports", () => {
  it("judges every active report once and owes each agency every year from its first", async () => {
    const s = await getTimeliness({ scope: NATIONAL, today: TODAY });
    const [{ lo, hi, n, dated }] = await rows<{ lo: number; hi: number; n: number; dated: number }>(
      client,
      `
      SELECT MIN(rf.year) AS lo, MAX(rf.year) AS hi, COUNT(*) AS n,
             SUM(COALESCE(r.published, r.page_published, r.first_seen_at) IS NOT NULL) AS dated
      FROM report_facts rf JOIN reports r ON r.id = rf.report_id`,
    );
    expect([s.from, s.to]).toEqual([lo, hi]);
    expect(s.totals.on_time + s.totals.late + s.totals.undated).toBe(n);
    expect(s.totals.on_time + s.totals.late).toBe(dated);
    const [{ owed }] = await rows<{ owed: number }>(
      client,
      `SELECT SUM(${hi} - MAX(first_year, ${lo}) + 1) AS owed FROM agencies`,
    );
    expect(sum(s.totals)).toBe(owed);
    expect(s.totals.missing).toBe(owed - n);
    expect(s.byYear.reduce((a, y) => a + sum(y), 0)).toBe(owed);
    expect(s.byPlace.reduce((a, p) => a + p.late + p.missing, 0)).toBe(s.totals.late + s.totals.missing);
  });

  it("lists late reports with their days and missing years, newest first", async () => {
    const late = await getTimelinessList({ scope: NATIONAL, statuses: ["late"], page: null, today: TODAY });
    const s = await getTimeliness({ scope: NATIONAL, today: TODAY });
    expect(late.total).toBe(s.totals.late);
    for (const r of late.rows) {
      expect(r.status).toBe("late");
      expect(r.date! > r.deadline).toBe(true);
      expect(r.daysLate).toBeGreaterThan(0);
      expect(r.publicId).toMatch(/^[0-9a-f]{16}$/);
    }
    const both = await getTimelinessList({ scope: NATIONAL, statuses: ["late", "missing"], page: 1, today: TODAY });
    expect(both.rows.map((r) => r.year)).toEqual([...both.rows.map((r) => r.year)].sort((a, b) => b - a));
  });

  it("does not call a year missing before its deadline, and counts an agency a collect list named", async () => {
    const early = await getTimeliness({ scope: NATIONAL, today: "2023-01-15" }); // the corpus's last year is 2022
    const late = await getTimeliness({ scope: NATIONAL, today: TODAY });
    const last = (s: typeof early) => s.byYear.at(-1)!;
    expect(last(early).missing).toBe(0);
    expect(last(early).not_due).toBe(last(late).missing);
    await client.execute(`INSERT INTO agencies (id, name, norm_name, kind, level, region_code, province_code, initials)
      VALUES ('listed-test', '测试县统计局', '测试县统计局', 'department', 'county', '33', '33', 'csxtjj')`);
    try {
      // A new report id moves the data version the reads are kept by: add nothing, so read with another day instead.
      const withListed = await getTimeliness({ scope: { ...NATIONAL, region: "33" }, today: "2030-01-02" });
      const listed = await getTimelinessList({
        scope: { ...NATIONAL, region: "33" },
        statuses: ["missing"],
        page: null,
        today: "2030-01-02",
      });
      const years = listed.rows.filter((r) => r.agencyId === "listed-test").map((r) => r.year);
      expect(years).toEqual(
        Array.from({ length: withListed.to! - withListed.from! + 1 }, (_, i) => withListed.to! - i),
      );
    } finally {
      await client.execute(`DELETE FROM agencies WHERE id = 'listed-test'`);
    }
  });
});

describe("the scorecard's 按时发布 and the timeliness view", () => {
  it("agree on every agency of a year: on time 1, late 0, undated not scored, missing 未发布", async () => {
    const s = await getTimeliness({ scope: NATIONAL });
    const year = s.to!;
    const card = await getScorecard({ scope: { region: "", level: null, kind: null }, year, weights: DEFAULT_WEIGHTS });
    const scope = { ...NATIONAL, from: year, to: year };
    const listed = await getTimelinessList({ scope, statuses: ["late", "missing", "undated", "not_due"], page: null });
    const status = new Map(listed.rows.map((r) => [r.agencyId, r.status]));
    const expected = { late: 0, undated: null, missing: null, not_due: undefined, on_time: 1 } as const;
    let compared = 0;
    for (const a of card.agencies) {
      const judged = status.get(a.agencyId) ?? "on_time";
      expect(judged, a.agencyName).not.toBe("not_due"); // the scorecard leaves a not-yet-due agency out
      expect(a.marks.timely.value, `${a.agencyName}: ${a.marks.timely.text}`).toBe(expected[judged]);
      expect(a.status === "missing", a.agencyName).toBe(judged === "missing");
      compared++;
    }
    const counts = (await getTimeliness({ scope })).totals;
    expect(compared).toBeGreaterThan(20);
    expect(compared).toBe(counts.on_time + counts.late + counts.undated + counts.missing);
  });

  it("ranks an agency a collect list named, with no report, last among the missing with 0 points", async () => {
    const year = (await getTimeliness({ scope: NATIONAL })).to!;
    await client.execute(`INSERT INTO agencies (id, name, norm_name, kind, level, region_code, province_code, initials)
      VALUES ('listed-card', '测试县审计局', '测试县审计局', 'department', 'county', '33', '33', 'csxsjj')`);
    try {
      // A scope no other test reads: the scorecard and the timeliness list are kept per scope and data version.
      const scope = { region: "33", level: "county", kind: "department" };
      const card = await getScorecard({ scope, year, weights: DEFAULT_WEIGHTS });
      const listed = card.agencies.find((a) => a.agencyId === "listed-card")!;
      expect(listed).toMatchObject({ status: "missing", neverPublished: true, score: 0, publicId: null });
      expect(listed.marks.timely.text).toBe("未发布");
      expect(listed.rank).toBe(Math.max(...card.agencies.map((a) => a.rank ?? 0)));
      expect(card.agencies.filter((a) => a.status === "published").every((a) => a.neverPublished === false)).toBe(true);
      const table = scorecardTable(card);
      const row = table.rows.find((r) => r[2] === "listed-card")!;
      expect(row[table.columns.indexOf("状态")]).toBe("缺报（名单所列，从未发布）");
    } finally {
      await client.execute(`DELETE FROM agencies WHERE id = 'listed-card'`);
    }
  });
});

const scopeOf = (region: string, extra: { level?: string; kind?: string; from?: number } = {}) => ({
  region,
  from: extra.from ?? null,
  to: null,
  level: extra.level ?? null,
  kind: extra.kind ?? null,
});

/** One line per agency-year, everything a list row shows, sorted: two readings agree when these are equal. */
const lines = (xs: { agencyId: string; year: number; status: string; place: string; deadline: string }[]) =>
  xs.map((r) => JSON.stringify(r)).sort();

async function scopesToCheck(): Promise<ReturnType<typeof scopeOf>[]> {
  const [{ p, c, k }] = await rows<{ p: string; c: string; k: string }>(
    client,
    `SELECT province_code AS p, city_code AS c, county_code AS k FROM report_facts
     WHERE county_code IS NOT NULL AND city_code IS NOT NULL GROUP BY county_code ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  return [
    scopeOf(""),
    scopeOf(p),
    scopeOf(c),
    scopeOf(k),
    scopeOf("", { kind: "department" }),
    scopeOf(p, { level: "county", from: 2019 }),
  ];
}

describe("stored timeliness on an ingested corpus", () => {
  it("stores one judged row per active report with a deadline, as judgeReport judges it", async () => {
    const reports = await rows<{
      id: number;
      year: number;
      kind: string;
      level: string;
      published: string | null;
      pagePublished: string | null;
      firstSeenAt: string | null;
      status: string | null;
      daysLate: number | null;
    }>(
      client,
      `SELECT f.report_id AS id, f.year, f.kind, f.level, r.published, r.page_published AS pagePublished,
              r.first_seen_at AS firstSeenAt, t.status, t.days_late AS daysLate
       FROM report_facts f JOIN reports r ON r.id = f.report_id
         LEFT JOIN report_timeliness t ON t.report_id = f.report_id`,
    );
    expect(reports.length).toBeGreaterThan(100);
    for (const r of reports) {
      const judged = judgeReport(r);
      expect([r.id, r.status, r.daysLate]).toEqual([r.id, judged?.status ?? null, judged?.daysLate ?? null]);
    }
    const statuses = new Set(reports.map((r) => r.status));
    expect(statuses).toContain("on_time");
    expect(statuses).toContain("undated");
    const [{ orphans }] = await rows<{ orphans: number }>(
      client,
      "SELECT COUNT(*) AS orphans FROM report_timeliness WHERE report_id NOT IN (SELECT report_id FROM report_facts)",
    );
    expect(orphans).toBe(0);
  });

  it("keeps timeliness_agg equal to report_timeliness summed per scope", async () => {
    expect(await aggDrift(client)).toEqual([]);
  });

  const seen = new Set<string>();
  for (const today of ["2030-01-01", "2023-02-15", "2022-06-30"]) {
    it(`counts and lists every agency-year as the full judgement does (today ${today})`, async () => {
      // An agency a collect list named, with no report: owes every year.
      await client.execute(`INSERT OR IGNORE INTO agencies (id, name, norm_name, kind, level,
        region_code, province_code, initials) VALUES ('listed-only', '测试县统计局', '测试县统计局', 'department',
        'county', '33', '33', 'csxtjj')`);
      for (const scope of await scopesToCheck()) {
        const full = await judgeScope(scope, today);
        const stored = await countStored(scope, today);
        const { rows: judged, ...counts } = full;
        expect(stored, JSON.stringify(scope)).toEqual(counts);
        const list = await listStored(scope, LISTED_STATUSES, today);
        expect(lines(list), JSON.stringify(scope)).toEqual(lines(judged.filter((r) => r.status !== "on_time")));
        for (const r of judged) seen.add(r.status);
      }
    });
  }

  it("judges a pinned release from its reports: the latest release reads as the current data", async () => {
    const [{ rel }] = await rows<{ rel: number }>(client, "SELECT MAX(id) AS rel FROM releases");
    expect(rel).toBeGreaterThan(0);
    for (const scope of await scopesToCheck()) {
      const current = await getTimeliness({ scope, today: "2030-01-03" });
      expect(await getTimeliness({ scope: { ...scope, rel }, today: "2030-01-03" })).toEqual(current);
      const list = { statuses: LISTED_STATUSES, page: null, today: "2030-01-03" };
      expect(await getTimelinessList({ scope: { ...scope, rel }, ...list })).toEqual(
        await getTimelinessList({ scope, ...list }),
      );
    }
  });

  it("compared every status a year can have", () => {
    expect([...seen].sort()).toEqual(["late", "missing", "not_due", "on_time", "undated"]);
  });
});

/** Differences between timeliness_agg and a GROUP BY of report_timeliness over the same scopes (none expected). */
async function aggDrift(c: Client): Promise<string[]> {
  const sums = "SUM(status = 'on_time') AS on_time, SUM(status = 'late') AS late, SUM(status = 'undated') AS undated";
  const expected = await rows<Record<string, string | number>>(
    c,
    `SELECT '' AS scope, year, level, kind, ${sums} FROM report_timeliness GROUP BY year, level, kind
     UNION ALL SELECT province_code, year, level, kind, ${sums} FROM report_timeliness
       WHERE province_code IS NOT NULL GROUP BY province_code, year, level, kind
     UNION ALL SELECT city_code, year, level, kind, ${sums} FROM report_timeliness
       WHERE city_code IS NOT NULL GROUP BY city_code, year, level, kind
     UNION ALL SELECT county_code, year, level, kind, ${sums} FROM report_timeliness
       WHERE county_code IS NOT NULL GROUP BY county_code, year, level, kind`,
  );
  const stored = await rows<Record<string, string | number>>(
    c,
    "SELECT scope, year, level, kind, on_time, late, undated FROM timeliness_agg",
  );
  const text = (xs: Record<string, string | number>[]) =>
    xs.map((r) => [r.scope, r.year, r.level, r.kind, r.on_time, r.late, r.undated].join("|")).sort();
  const a = new Set(text(expected));
  const b = new Set(text(stored));
  return [...[...a].filter((x) => !b.has(x)).map((x) => `missing ${x}`), ...[...b].filter((x) => !a.has(x))];
}

describe("the SQL judgement (migration 0011) and its triggers", () => {
  const KINDS = ["government", "government_office", "department", "street", "township", "other"];
  const LEVELS = ["national", "province", "city", "county", "township"];
  /** [published, page_published, first_seen_at]: every source of the date, and dates that are not dates. */
  const DATES: [string | null, string | null, string | null][] = [
    ["{Y}-01-31", null, null],
    ["{Y}-02-01", null, null],
    ["{Y}-03-31", "{Y}-01-01", null],
    ["{Y}-04-01 10:00", null, null],
    ["{Y}-02-30", "{Y}-03-15", null],
    ["未注明", null, "{Y}-03-31T16:00:00.000Z"],
    [null, null, "{Y}-03-31T15:59:00.000Z"],
    [null, "{Y}-13-01", "{P}-12-20T00:00:00Z"],
    [null, null, null],
  ];

  it("judges every year, kind, level and date as judgeReport does, and follows every change", async () => {
    const { client: c } = await freshDb();
    await c.execute(`INSERT INTO agencies (id, name, norm_name, kind, level, initials) VALUES ('a', '甲', '甲', 'other',
      'county', '')`);
    const expected = new Map<number, { status: string; daysLate: number | null } | null>();
    const writes: { sql: string; args: (string | number | null)[] }[] = [];
    let id = 0;
    for (const year of [2006, 2007, 2008, 2012, 2018, 2019, 2020, 2024])
      for (const kind of KINDS)
        for (const level of LEVELS)
          for (const [pub, page, seen] of DATES) {
            id++;
            const at = (d: string | null) => d?.replaceAll("{Y}", String(year + 1)).replaceAll("{P}", String(year));
            const dates = {
              published: at(pub) ?? null,
              pagePublished: at(page) ?? null,
              firstSeenAt: at(seen) ?? null,
            };
            const judged = judgeReport({ year, kind, level, ...dates });
            expected.set(id, judged && { status: judged.status, daysLate: judged.daysLate });
            writes.push({
              sql: `INSERT INTO reports (id, public_id, sha256, source_name, agency_id, year, published, page_published,
                    first_seen_at, parser_version, status, raw_text) VALUES (?, ?, ?, 'x', 'a', ?, ?, ?, ?, 't',
                    'active', '')`,
              args: [id, `p${id}`, `s${id}`, year, dates.published, dates.pagePublished, dates.firstSeenAt],
            });
            writes.push({
              sql: `INSERT INTO report_facts (report_id, agency_id, year, family, level, kind, province_code,
                    city_code, county_code) VALUES (?, 'a', ?, '2021', ?, ?, '33', ?, ?)`,
              args: [id, year, level, kind, id % 2 ? "3301" : null, id % 3 ? "330102" : null],
            });
          }
    await c.batch(writes, "write");
    const stored = async () =>
      new Map(
        (
          await rows<{ id: number; status: string; daysLate: number | null }>(
            c,
            "SELECT report_id AS id, status, days_late AS daysLate FROM report_timeliness",
          )
        ).map((r) => [r.id, { status: r.status, daysLate: r.daysLate }]),
      );
    let now = await stored();
    for (const [i, want] of expected) expect([i, now.get(i) ?? null]).toEqual([i, want]);
    expect(new Set([...now.values()].map((v) => v.status))).toEqual(new Set(["on_time", "late", "undated"]));
    expect(await aggDrift(c)).toEqual([]);

    // A date learnt later (collect's touchReport), a report superseded (its facts row goes), a region corrected.
    const undated = [...now].find(([, v]) => v.status === "undated")![0];
    const [{ year }] = await rows<{ year: number }>(c, "SELECT year FROM reports WHERE id = ?", [undated]);
    await c.execute({
      sql: "UPDATE reports SET page_published = ? WHERE id = ?",
      args: [`${year + 1}-09-01`, undated],
    });
    await c.execute({ sql: "DELETE FROM report_facts WHERE report_id = ?", args: [1000] });
    await c.execute("UPDATE report_facts SET county_code = '330106' WHERE report_id BETWEEN 2000 AND 2100");
    now = await stored();
    expect(now.get(undated)).toMatchObject({ status: "late" });
    expect(now.get(undated)!.daysLate).toBeGreaterThan(150);
    expect(now.has(1000)).toBe(false);
    expect(await aggDrift(c)).toEqual([]);
    await c.execute("DELETE FROM report_facts");
    expect(await rows(c, "SELECT * FROM timeliness_agg")).toEqual([]);
    c.close();
  }, 120_000);
});
