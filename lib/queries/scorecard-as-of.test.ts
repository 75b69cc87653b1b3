/**
 * The scorecard pinned to a release (`rel`), on a real temporary libSQL file filled by the real ingest: ingest A →
 * pin → ingest B, where B supersedes one report with other figures, brings the year before it (so the year chain
 * R5 now fails on the new version) and adds an agency. Pinned to A, the scorecard equals A's in every mark, rank
 * and narrative check; unpinned, it reads B at once (the first read after B is not served stale).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest";
import { DEFAULT_WEIGHTS } from "@/lib/scorecard/weights";
import { applications, freshDb, removeTempDirs, reportText, tempDir, type ReportSpec } from "@/test/helpers/ingest";

vi.mock("server-only", () => ({}));
const { getScorecard } = await import("./scorecard");

const OUHAI = "瓯海区人民政府办公室";
const YONGJIA = "永嘉县民政局";
const LUCHENG = "鹿城区民政局";
const ZHEJIANG = { region: "33", level: null, kind: null };

function folder(reports: ReportSpec[]): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  reports.forEach((r, i) => writeFileSync(join(dir, `${i}.txt`), reportText(r)));
  return dir;
}

const latest = async (client: Client) =>
  Number((await client.execute("SELECT max(id) AS id FROM releases")).rows[0].id ?? 0);
const card = (rel: number | null) => getScorecard({ scope: ZHEJIANG, year: 2023, weights: DEFAULT_WEIGHTS, rel });
const names = (c: Awaited<ReturnType<typeof card>>) => c.agencies.map((a) => a.agencyName).sort();

describe("the scorecard as of a release", () => {
  afterAll(() => {
    delete process.env.DATABASE_URL;
    removeTempDirs();
  });

  it("pinned to A after B superseded, rechecked and added reports, it equals A's scorecard", async () => {
    const { client, url } = await freshDb();
    process.env.DATABASE_URL = url;
    try {
      await ingestPaths(
        [
          folder([
            { agency: OUHAI, year: 2023, published: "2024-01-20", values: applications(10) },
            { agency: OUHAI, year: 2022, published: "2023-01-20", values: applications(7) },
            { agency: YONGJIA, year: 2023, published: "2024-01-10", values: applications(6, 2) },
          ]),
        ],
        { client, workers: 0 },
      );
      const relA = await latest(client);
      const atA = await card(null);
      expect(names(atA)).toEqual([OUHAI, YONGJIA].sort());
      expect(await card(relA)).toEqual(atA);

      await ingestPaths(
        [
          folder([
            // A later publication of 永嘉 2023 with other figures (supersedes A's) and its 2022 carrying 5 forward
            // where 2023 carried 0 over: R5 fails on the new version.
            { agency: YONGJIA, year: 2023, published: "2024-03-01", values: applications(9) },
            { agency: YONGJIA, year: 2022, published: "2023-01-10", values: applications(8, 0, 5) },
            { agency: LUCHENG, year: 2023, published: "2024-01-05", values: applications(4) },
          ]),
        ],
        { client, workers: 0 },
      );
      const relB = await latest(client);
      expect(relB).toBeGreaterThan(relA);
      const now = await card(null);
      expect(names(now)).toEqual([LUCHENG, OUHAI, YONGJIA].sort());
      const yongjia = now.agencies.find((a) => a.agencyName === YONGJIA)!;
      expect(yongjia.marks.chained.value).toBe(0);
      expect(yongjia.marks.timely.value).toBe(0); // 2024-03-01 is after a department's 1月31日

      const pinned = await card(relA);
      expect(pinned).toEqual(atA);
      expect(pinned).not.toEqual(now);
      const yongjiaA = pinned.agencies.find((a) => a.agencyName === YONGJIA)!;
      expect(yongjiaA.marks.timely.value).toBe(1);
      expect(yongjiaA.publicId).not.toBe(yongjia.publicId);
      expect(await card(relB)).toEqual(now); // the latest release pinned reads as the current data
    } finally {
      client.close();
    }
  });
});
