/** Timeliness reads against a real libSQL file loaded through the real ingest (generated corpus and seeds). */
import type { Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dashboardTestDb, rows } from "@/test/helpers/dashboard-db";
import { removeTempDirs } from "@/test/helpers/ingest";
import { DEFAULT_WEIGHTS } from "@/lib/scorecard/weights";
import { TIMELINESS_STATUSES, type TimelinessStatus } from "@/lib/timeliness/judge";

// The import guard of server modules; the reads below are the real ones against a real libSQL file.
vi.mock("server-only", () => ({}));

const { getTimeliness, getTimelinessList } = await import("./timeliness");
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
});
