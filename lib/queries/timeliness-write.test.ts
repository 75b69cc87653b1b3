/**
 * DB test: ingest's writer keeps the stored timeliness exact when one batch supersedes several stored reports at
 * once (the batch's report_facts rows go in one DELETE, lib/ingest/write.ts), their releases' history included.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { applications, freshDb, removeTempDirs, reportText, tempDir, type ReportSpec } from "@/test/helpers/ingest";

const AGENCIES = ["瓯海区人民政府办公室", "朝阳市民政局", "永嘉县民政局", "鹿城区人民政府办公室"];

let n = 0;
function folder(reports: ReportSpec[]): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  for (const r of reports) writeFileSync(join(dir, `${n++}.txt`), reportText(r));
  return dir;
}

async function rows(c: Client, sql: string): Promise<string[]> {
  return (await c.execute(sql)).rows.map((r) => JSON.stringify(Object.values(r))).sort();
}

/** Stored rows that differ from the judgement and from the per-scope sums of the stored rows (none expected). */
async function drift(c: Client): Promise<{ judged: string[]; agg: string[] }> {
  const stored = await rows(c, "SELECT * FROM report_timeliness");
  const judged = await rows(c, "SELECT * FROM report_timeliness_judged");
  const sums = "SUM(status = 'on_time'), SUM(status = 'late'), SUM(status = 'undated')";
  const scopes = ["''", "province_code", "city_code", "county_code"].map(
    (s) => `SELECT ${s}, year, level, kind, ${sums} FROM report_timeliness
      WHERE ${s} IS NOT NULL GROUP BY ${s}, year, level, kind`,
  );
  const expected = await rows(c, scopes.join(" UNION ALL "));
  const agg = await rows(c, "SELECT scope, year, level, kind, on_time, late, undated FROM timeliness_agg");
  const apart = (a: string[], b: string[]) => [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))];
  return { judged: apart(stored, judged), agg: apart(expected, agg) };
}

describe("a batch that supersedes several stored reports", () => {
  let client: Client;
  beforeAll(async () => {
    client = (await freshDb()).client;
  });
  afterAll(() => {
    client.close();
    removeTempDirs();
  });

  it("keeps report_timeliness and timeliness_agg exact and closes every superseded facts row", async () => {
    // A: every agency 2020–2022, on time, late or undated.
    const first: ReportSpec[] = AGENCIES.flatMap((agency, i) =>
      [2020, 2021, 2022].map((year) => ({
        agency,
        year,
        published: i % 3 === 2 ? undefined : `${year + 1}-0${1 + (i % 2) * 4}-20`,
        values: applications(3 + i),
      })),
    );
    expect((await ingestPaths([folder(first)], { client, workers: 0 })).added).toBe(12);
    expect(await drift(client)).toEqual({ judged: [], agg: [] });
    const before = await rows(client, "SELECT report_id, status FROM report_timeliness");

    // B: 2021 republished by every agency later, with other figures (on time → late, undated → late).
    const second = first
      .filter((r) => r.year === 2021)
      .map((r, i) => ({ ...r, published: `2022-0${6 + i}-30`, values: applications(20 + i) }));
    const b = await ingestPaths([folder(second)], { client, workers: 0 });
    expect([b.added, b.updated]).toEqual([0, 4]);

    expect(await drift(client)).toEqual({ judged: [], agg: [] });
    const after = await rows(client, "SELECT report_id, status FROM report_timeliness");
    expect(after).not.toEqual(before);
    expect(after.length).toBe(12);
    const superseded = await rows(client, "SELECT id FROM reports WHERE status = 'superseded'");
    expect(superseded.length).toBe(4);
    const closed = await rows(client, "SELECT report_id FROM report_facts_history WHERE rel_to IS NOT NULL");
    expect(closed).toEqual(superseded);
    const [{ left }] = (
      await client.execute(`SELECT COUNT(*) AS left FROM report_facts
        WHERE report_id IN (SELECT id FROM reports WHERE status = 'superseded')`)
    ).rows;
    expect(Number(left)).toBe(0);
  });
});
