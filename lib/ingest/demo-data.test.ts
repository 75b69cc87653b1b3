/**
 * Removing the demo corpus once real reports arrive, and the aggregate rebuild it ends with, on real
 * temporary libSQL files filled by the real ingest (real parser, regions, validate).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { dropDemoData, hasDemoData, rebuildAggregates } from "./demo-data";
import { ingestPaths } from "./ingest";
import {
  aggMismatches,
  applications,
  integrityProblems,
  reportText,
  tempDir,
  type ReportSpec,
  useFreshDbs,
} from "@/test/helpers/ingest";

const freshTestDb = useFreshDbs();
async function db(): Promise<Client> {
  return (await freshTestDb()).client;
}

/** Writes each report into `dir` (one file each) and returns the folder. */
function folder(reports: ReportSpec[]): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  reports.forEach((r, i) => writeFileSync(join(dir, `${i}.txt`), reportText(r)));
  return dir;
}

async function rows(client: Client, sql: string): Promise<Record<string, unknown>[]> {
  return (await client.execute(sql)).rows.map((r) => ({ ...r }));
}

const OUHAI = "瓯海区人民政府办公室";
const CHAOYANG = "朝阳市民政局";
const YONGJIA = "永嘉县民政局";
const OUHAI_CIVIL = "温州市瓯海区民政局";

/** Per report, what readers see of it: status, its value and finding counts, and its facts. */
const REPORT_VIEW = `SELECT r.id, r.sha256, r.year, r.status, r.error_count,
  (SELECT count(*) FROM report_values v WHERE v.report_id = r.id) AS values_n,
  (SELECT count(*) FROM findings f WHERE f.report_id = r.id) AS findings_n,
  (SELECT apps_new FROM report_facts f WHERE f.report_id = r.id) AS apps_new
  FROM reports r WHERE r.is_demo = 0 ORDER BY r.id`;

describe("dropDemoData", () => {
  it("removes demo reports, their rows and demo-only agencies, and keeps the real ones whole", async () => {
    const client = await db();
    const demo = folder([
      { agency: OUHAI, year: 2022, values: applications(10, 0, 7) },
      { agency: OUHAI, year: 2023, values: applications(1, 9) }, // R5 against 2022: findings to remove
      { agency: CHAOYANG, year: 2023, values: { ...applications(4), "review.total": null } },
      { agency: YONGJIA, year: 2022, values: applications(6, 0, 2) }, // an agency that real reports share
    ]);
    const real = folder([
      { agency: YONGJIA, year: 2023, values: applications(3, 5) }, // carried over 5 ≠ demo 2022's 2: R5
      // R6: a finding to keep
      { agency: OUHAI_CIVIL, year: 2023, values: { ...applications(5), "review.total": null } },
    ]);
    expect(await ingestPaths([demo], { client, demo: true })).toMatchObject({ added: 4, failed: 0 });
    expect(await ingestPaths([real], { client })).toMatchObject({ added: 2, failed: 0 });
    const realBefore = await rows(client, REPORT_VIEW);
    expect(realBefore.reduce((n, r) => n + Number(r.findings_n), 0)).toBeGreaterThan(0);
    expect(
      await rows(
        client,
        "SELECT count(*) AS n FROM findings f JOIN reports r ON r.id = f.report_id WHERE r.is_demo = 1",
      ),
    ).not.toEqual([{ n: 0 }]);

    expect(await dropDemoData(client)).toBe(4);

    expect(await hasDemoData(client)).toBe(false);
    // 永嘉 2023's R5 findings were made against the demo 2022 report: with it gone they go too.
    const yongjia = realBefore.find((r) => r.year === 2023 && Number(r.error_count) > 0 && Number(r.apps_new) === 3)!;
    expect(Number(yongjia.error_count)).toBeGreaterThan(0);
    const expected = realBefore.map((r) => (r === yongjia ? { ...r, error_count: 0, findings_n: 0 } : r));
    expect(await rows(client, REPORT_VIEW)).toEqual(expected);
    const failing = expected.filter((r) => Number(r.error_count) > 0).length;
    expect(await rows(client, "SELECT count(*) AS n FROM report_facts WHERE has_error = 1")).toEqual([{ n: failing }]);
    for (const table of ["report_values", "findings", "report_facts"]) {
      const orphans = await rows(
        client,
        `SELECT count(*) AS n FROM ${table} WHERE report_id NOT IN (SELECT id FROM reports)`,
      );
      expect({ table, orphans }).toEqual({ table, orphans: [{ n: 0 }] });
    }
    expect(
      await rows(client, "SELECT name, region_code, is_demo, first_year, last_year FROM agencies ORDER BY region_code"),
    ).toEqual([
      { name: OUHAI_CIVIL, region_code: "330304", is_demo: 0, first_year: 2023, last_year: 2023 },
      { name: YONGJIA, region_code: "330324", is_demo: 0, first_year: 2023, last_year: 2023 },
    ]);
    expect(await aggMismatches(client)).toEqual([]);
    expect(await integrityProblems(client)).toEqual([]);
    expect(
      await rows(client, "SELECT year, reports, apps_new FROM agg_region_year WHERE scope = '' ORDER BY year"),
    ).toEqual([{ year: 2023, reports: 2, apps_new: 8 }]);
  });

  it("is a no-op without demo data", async () => {
    const client = await db();
    await ingestPaths([folder([{ agency: YONGJIA, year: 2023, values: applications(3) }])], { client });
    const before = await rows(client, "SELECT * FROM agg_region_year ORDER BY scope, year, level, kind");
    expect(await dropDemoData(client)).toBe(0);
    expect(await rows(client, "SELECT * FROM agg_region_year ORDER BY scope, year, level, kind")).toEqual(before);
    expect(await rows(client, "SELECT count(*) AS n FROM reports")).toEqual([{ n: 1 }]);
  });
});

describe("demo and real reports of the same agency and year", () => {
  const STATUS =
    "SELECT is_demo, status, (SELECT apps_new FROM report_facts f WHERE f.report_id = r.id) AS apps_new FROM reports " +
    "r ORDER BY is_demo";

  it(
    "a demo report never replaces a real one, whichever comes first, and dropping the demo data keeps the real " +
      "one",
    async () => {
      const client = await db();
      // real first (as `npm run demo` loads the samples), then the demo corpus naming the same agency
      await ingestPaths([folder([{ agency: OUHAI, year: 2023, values: applications(21) }])], { client });
      expect(
        await ingestPaths([folder([{ agency: OUHAI, year: 2023, values: applications(47) }])], { client, demo: true }),
      ).toMatchObject({ added: 1, updated: 0 });
      expect(await rows(client, STATUS)).toEqual([
        { is_demo: 0, status: "active", apps_new: 21 },
        { is_demo: 1, status: "superseded", apps_new: null },
      ]);
      expect(await integrityProblems(client)).toEqual([]);
      expect(await dropDemoData(client)).toBe(1);
      expect(await rows(client, STATUS)).toEqual([{ is_demo: 0, status: "active", apps_new: 21 }]);
      expect(await integrityProblems(client)).toEqual([]);
    },
  );

  it("a real report replaces a demo one", async () => {
    const client = await db();
    await ingestPaths([folder([{ agency: OUHAI, year: 2023, values: applications(47) }])], { client, demo: true });
    expect(
      await ingestPaths([folder([{ agency: OUHAI, year: 2023, values: applications(21) }])], { client }),
    ).toMatchObject({ added: 0, updated: 1 });
    expect(await rows(client, STATUS)).toEqual([
      { is_demo: 0, status: "active", apps_new: 21 },
      { is_demo: 1, status: "superseded", apps_new: null },
    ]);
    expect(await integrityProblems(client)).toEqual([]);
  });

  it("dropping demo data brings back a real report that an older version let a demo report supersede", async () => {
    const client = await db();
    await ingestPaths(
      [
        folder([
          { agency: OUHAI, year: 2023, values: applications(21) },
          { agency: YONGJIA, year: 2023, values: applications(3) },
        ]),
      ],
      { client },
    );
    await ingestPaths([folder([{ agency: OUHAI, year: 2024, values: applications(47) }])], { client, demo: true });
    // What the old planner did: the demo report took over 瓯海 2023 (made by hand, as the code no longer does it).
    await client.batch(
      [
        "UPDATE reports SET year = 2023 WHERE is_demo = 1",
        "UPDATE report_facts SET year = 2023 WHERE report_id IN (SELECT id FROM reports WHERE is_demo = 1)",
        `UPDATE reports SET status = 'superseded', superseded_by = (SELECT id FROM reports WHERE is_demo = 1)
         WHERE is_demo = 0 AND agency_id = (SELECT agency_id FROM reports WHERE is_demo = 1)`,
        "DELETE FROM report_facts WHERE report_id IN (SELECT id FROM reports WHERE status = 'superseded')",
      ],
      "write",
    );
    expect(await dropDemoData(client)).toBe(1);
    expect(await rows(client, STATUS)).toEqual([
      { is_demo: 0, status: "active", apps_new: 21 },
      { is_demo: 0, status: "active", apps_new: 3 },
    ]);
    expect(
      await rows(
        client,
        "SELECT sum(reports) AS reports, sum(apps_new) AS apps_new FROM agg_region_year WHERE scope = '' AND year = " +
          "2023",
      ),
    ).toEqual([{ reports: 2, apps_new: 24 }]);
    expect(await aggMismatches(client)).toEqual([]);
    expect(await integrityProblems(client)).toEqual([]);
  });
});

describe("rebuildAggregates", () => {
  it("equals the incremental upkeep of a database built run by run, with a supersede and a broken chain", async () => {
    const client = await db();
    const runs: ReportSpec[][] = [
      [
        { agency: OUHAI, year: 2022, values: applications(10, 0, 7) },
        { agency: CHAOYANG, year: 2022, values: applications(2) },
      ],
      [
        { agency: OUHAI, year: 2023, values: applications(1, 9) },
        { agency: YONGJIA, year: 2023, values: applications(6) },
      ],
      // the corrected 2022 report: the chain to 2023 now holds, and 瓯海's figures change
      [
        { agency: OUHAI, year: 2022, values: applications(12, 0, 9) },
        { agency: OUHAI_CIVIL, year: 2021, values: applications(4) },
      ],
    ];
    for (const reports of runs) await ingestPaths([folder(reports)], { client });
    expect(await rows(client, "SELECT status, count(*) AS n FROM reports GROUP BY 1 ORDER BY 1")).toEqual([
      { status: "active", n: 5 },
      { status: "superseded", n: 1 },
    ]);
    // Every column but rel_from: the release that last changed a row is history a rebuild cannot know.
    const AGG = "SELECT * FROM agg_region_year ORDER BY scope, year, level, kind";
    const withoutRelease = (rs: Record<string, unknown>[]) => rs.map(({ rel_from: _, ...r }) => r);
    const incremental = await rows(client, AGG);
    expect(incremental.length).toBeGreaterThan(0);
    const tx = await client.transaction("write");
    try {
      await rebuildAggregates(tx);
      await tx.commit();
    } finally {
      tx.close();
    }
    expect(withoutRelease(await rows(client, AGG))).toEqual(withoutRelease(incremental));
    expect(await aggMismatches(client)).toEqual([]);
  });
});
