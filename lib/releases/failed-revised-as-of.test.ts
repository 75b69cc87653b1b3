/**
 * /quality's 发布后被修改 (revised reports) and 解析失败 (failed files) sections as of a release, on a real temporary
 * libSQL file filled by the real ingest and the collector's failure store. Ingest A (a failing file, a URL failure
 * and one collected report replaced by another version) → pin → ingest B (a new failing file, a new revision, the
 * URL failure cleared, A's failing file retried under a new parser version and failing again in other words).
 * Pinned to A, both sections equal what A listed; unpinned, they show B.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { clearUrlFailure, recordUrlFailure } from "@/lib/collect/store";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import { ingestPaths } from "@/lib/ingest/ingest";
import type { ManifestEntry } from "@/lib/ingest/types";
import { newReleaseRun, type ReleaseRun } from "@/lib/releases/record";
import { applications, freshDb, removeTempDirs, reportText, tempDir, type ReportSpec } from "@/test/helpers/ingest";

const quality = await import("@/lib/queries/quality");
const revisions = await import("@/lib/queries/revisions");

const OUHAI = "瓯海区人民政府办公室";
const YONGJIA = "永嘉县民政局";
const BROKEN_URL = "http://127.0.0.1:9/nianbao/broken.pdf";
const BROKEN = "broken.pdf"; // its failure row is named after the URL's file

let seen = 0;
/** A folder of report files collected from the web (first_seen_at set, so a replacement counts as a revision). */
function collected(
  reports: ReportSpec[],
  failing: string[] = [],
): { dir: string; manifest: Map<string, ManifestEntry> } {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  const manifest = new Map<string, ManifestEntry>();
  reports.forEach((r, i) => {
    const path = join(dir, `${i}.txt`);
    writeFileSync(path, reportText(r));
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, ++seen)).toISOString();
    manifest.set(path, { provenance: { fetchedAt: at, httpLastModified: null, pagePublished: null, firstSeenAt: at } });
  });
  for (const name of failing) writeFileSync(join(dir, name), `这不是一份政府信息公开工作年度报告（${name}）。\n`);
  return { dir, manifest };
}

async function ingest(
  client: Client,
  folder: ReturnType<typeof collected>,
  parserVersion?: string,
  release?: ReleaseRun,
) {
  const deps = await loadDefaultDeps();
  await ingestPaths([folder.dir], {
    client,
    workers: 0,
    manifest: folder.manifest,
    deps: parserVersion ? { ...deps, parserVersion } : deps,
    release,
  });
}

/** Both sections as /quality reads them, as of `rel` (null = current). */
async function sections(rel: number | null) {
  const failed = await quality.getFailedFiles({ page: 1, rel });
  return {
    revised: await revisions.getRevisedReports({ region: "", rel }),
    failed: failed.rows.map((f) => [f.sourceName, f.error]),
  };
}

const latest = async (client: Client) =>
  Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0].id ?? 0);

describe("revised reports and failed files as of a release", () => {
  afterAll(removeTempDirs);

  it("a later ingest with a new failure and a new revision changes neither section pinned", async () => {
    const { client, url } = await freshDb();
    process.env.DATABASE_URL = url;
    try {
      await ingest(
        client,
        collected(
          [
            { agency: YONGJIA, year: 2022, values: applications(6) },
            { agency: OUHAI, year: 2023, values: applications(10) },
          ],
          ["bad-a.txt"],
        ),
      );
      // Recorded by a write that makes no release: it belongs to the next one, A (made by the ingest after it).
      await recordUrlFailure(client, { deps: await loadDefaultDeps(), demo: false }, BROKEN_URL, "HTTP 404");
      await ingest(client, collected([{ agency: YONGJIA, year: 2022, values: applications(7) }]));
      const relA = await latest(client);
      const atA = await sections(null);
      expect(atA.revised.map((r) => r.agencyName)).toEqual([YONGJIA]);
      expect(atA.failed.map(([name]) => name).sort()).toEqual(["bad-a.txt", BROKEN].sort());
      expect(await sections(relA)).toEqual(atA);

      // B: OUHAI replaced (a new revision), a new failing file, A's failing file retried by a new parser and failing
      // again, and the URL that failed works now.
      await ingest(
        client,
        collected([{ agency: OUHAI, year: 2023, values: applications(11) }], ["bad-a.txt", "bad-b.txt"]),
        "test-parser-2",
      );
      await clearUrlFailure(client, BROKEN_URL, null);
      const relB = await latest(client);
      expect(relB).toBeGreaterThan(relA);

      const now = await sections(null);
      expect(now.revised.map((r) => r.agencyName).sort()).toEqual([OUHAI, YONGJIA].sort());
      expect(now.failed.map(([name]) => name).sort()).toEqual(["bad-a.txt", "bad-b.txt"]);
      const history = await client.execute("SELECT source_name, rel_to FROM failed_files_history ORDER BY id");
      expect(history.rows.map((r) => [r.source_name, Number(r.rel_to)])).toEqual([
        ["bad-a.txt", relB],
        [BROKEN, relB + 1], // cleared after B by a write that made no release: the next release leaves it out
      ]);

      // Pinned to A: exactly what A listed (the new failure and revision left out, the cleared failure still there).
      const pinned = await sections(relA);
      expect(pinned).toEqual(atA);
      expect(pinned).not.toEqual(now);
      // Both of A's failures were cleared (replaced, or the URL works): listed, without a report page to link to.
      const cleared = (await quality.getFailedFiles({ page: 1, rel: relA })).rows.map((f) => [f.sourceName, f.retired]);
      expect(cleared.sort()).toEqual(
        [
          ["bad-a.txt", 1],
          [BROKEN, 1],
        ].sort(),
      );
      expect((await quality.getFailedFiles({ page: 1 })).rows.every((f) => f.retired === 0)).toBe(true);
      // Pinned to B: B's revisions; the URL failure was cleared only after B, so B still lists it.
      const atB = await sections(relB);
      expect(atB.revised).toEqual(now.revised);
      expect(atB.failed.map(([name]) => name).sort()).toEqual(["bad-a.txt", "bad-b.txt", BROKEN].sort());
    } finally {
      client.close();
    }
  });

  it("a URL failure cleared by a collect run leaves with that run's release, made before or after", async () => {
    const { client, url } = await freshDb();
    process.env.DATABASE_URL = url;
    try {
      const ctx = { deps: await loadDefaultDeps(), demo: false };
      const other = "http://127.0.0.1:9/nianbao/other.pdf";
      await recordUrlFailure(client, ctx, BROKEN_URL, "HTTP 404");
      await recordUrlFailure(client, ctx, other, "HTTP 500");
      await ingest(client, collected([{ agency: YONGJIA, year: 2022, values: applications(6) }]));
      const relA = await latest(client);

      // One collect run: clears one URL before its first change, stores a report (its release), clears the other.
      const run = newReleaseRun("collect", ctx.deps.parserVersion);
      await clearUrlFailure(client, other, run);
      await ingest(client, collected([{ agency: OUHAI, year: 2023, values: applications(10) }]), undefined, run);
      expect(run.id).toBe(relA + 1);
      await clearUrlFailure(client, BROKEN_URL, run);
      expect(await latest(client)).toBe(run.id);

      const history = await client.execute("SELECT source_url, rel_to FROM failed_files_history ORDER BY id");
      expect(history.rows.map((r) => [r.source_url, Number(r.rel_to)])).toEqual([
        [other, run.id],
        [BROKEN_URL, run.id],
      ]);
      // Pinned to A both failures are listed; pinned to the run's release (and current) neither is.
      expect((await sections(relA)).failed.length).toBe(2);
      expect((await sections(run.id)).failed).toEqual([]);
    } finally {
      client.close();
    }
  });
});
