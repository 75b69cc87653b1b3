/** The scorecard read against a real libSQL file loaded through the real ingest (test/scorecard-corpus.ts). */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadScorecardCorpus, SCORECARD_AGENCIES as A } from "@/test/scorecard-corpus";
import { removeTempDirs } from "@/test/helpers/ingest";
import { DEFAULT_WEIGHTS, INDICATORS } from "@/lib/scorecard/weights";
import type { Scorecard } from "@/lib/scorecard/types";

// The import guard of server modules; the reads below are the real ones against a real libSQL file.
vi.mock("server-only", () => ({}));

const { getScorecard } = await import("./scorecard");
const { getReportingGaps } = await import("./quality");

const WENZHOU = { region: "3303", level: null, kind: null };
let card: Scorecard;
const find = (c: Scorecard, name: string) => c.agencies.find((a) => a.agencyName === name)!;
const agency = (name: string) => find(card, name);
const values = (name: string) => Object.fromEntries(INDICATORS.map((k) => [k, agency(name).marks[k].value]));

beforeAll(async () => {
  await loadScorecardCorpus();
  card = await getScorecard({ scope: WENZHOU, year: 2023, weights: DEFAULT_WEIGHTS });
}, 120_000);

afterAll(() => {
  delete process.env.DATABASE_URL;
  removeTempDirs();
});

describe("scorecard marks from stored reports", () => {
  it("scores the model report full marks on everything that applies", () => {
    expect(values(A.model)).toEqual({
      timely: 1,
      complete: 1,
      consistent: 1,
      chained: 1,
      original: null,
      plausible: 1,
    });
    expect(agency(A.model)).toMatchObject({ rank: 1, score: 100, status: "published" });
  });

  it("judges the deadline by kind: a department by 1月31日, a government by 3月31日, both published 3月10日", () => {
    expect(agency(A.late).marks.timely).toEqual({ value: 0, text: "逾期 39 天（应1月31日前）" });
    expect(agency(A.government).marks.timely.value).toBe(1);
  });

  it("reads R5 as not chained, a blank required cell as incomplete, and no previous report as not applicable", () => {
    expect(agency(A.late).marks.chained).toMatchObject({ value: 0 });
    expect(agency(A.twinA).marks.complete).toMatchObject({ value: 61 / 62, text: "缺 1/62 项" });
    expect(agency(A.twinA).marks.chained).toMatchObject({ value: null, text: "无上年报告" });
  });

  it("lists an agency that reported before and not this year as missing, as /quality's gaps do", async () => {
    const missing = agency(A.missing);
    expect(missing).toMatchObject({ status: "missing", score: 0, rank: card.agencies.length, publicId: null });
    const gaps = await getReportingGaps({ scope: { ...WENZHOU, from: 2023, to: 2023 }, page: 1 });
    expect(gaps.rows.map((g) => g.agencyName)).toEqual([A.missing]);
  });

  it("flags a 90 % drop against growing peers and corrected reviews with nothing refused", () => {
    expect(agency(A.drop).marks.plausible).toEqual({
      value: 0,
      text: "申请量较上年降 98%（200→5 件；同级中位数 +18%）",
    });
    expect(agency(A.government).marks.plausible.text).toMatch(/^复议、诉讼被纠错 1 件/);
    expect(agency(A.model).marks.plausible.value).toBe(1);
  });

  it("judges plausibility against the same peers whatever region the view selects", async () => {
    const yongjia = await getScorecard({
      scope: { ...WENZHOU, region: "330324" },
      year: 2023,
      weights: DEFAULT_WEIGHTS,
    });
    expect(find(yongjia, A.drop).marks.plausible).toEqual(agency(A.drop).marks.plausible);
  });

  it(
    "finds the near-duplicate narrative of another agency and of the agency's own previous year, with the " + "twin",
    () => {
      expect(agency(A.twinA).marks.original).toMatchObject({ value: 0, twin: { agencyName: A.twinB, year: 2023 } });
      expect(agency(A.twinB).marks.original).toMatchObject({ value: 0, twin: { agencyName: A.twinA, year: 2023 } });
      expect(agency(A.selfCopy).marks.original).toMatchObject({
        value: 0,
        twin: { agencyName: A.selfCopy, year: 2022 },
      });
      // Reports whose text is only the template's stock sentences are not judged.
      expect(agency(A.model).marks.original).toEqual({ value: null, text: "正文多为通用表述" });
    },
  );
});

describe("scorecard ranking, weights and scope", () => {
  it("ranks ties together, missing last, and states the sensitivity threshold", () => {
    expect(card.agencies.map((a) => a.rank)).toEqual([1, 2, 3, 3, 3, 6, 7, 8]);
    expect(card.threshold).toBe(3);
    expect(card.agencies.every((a) => a.shift <= 2 && !a.sensitive)).toBe(true);
  });

  it("re-ranks under other weights: without timeliness the late department climbs", async () => {
    const noTime = await getScorecard({ scope: WENZHOU, year: 2023, weights: { ...DEFAULT_WEIGHTS, timely: 0 } });
    expect(find(noTime, A.late).score).toBeCloseTo(83.33, 2);
    expect(find(noTime, A.late).rank!).toBeLessThan(agency(A.late).rank!);
  });

  it("rolls up per county of the city, and compares narratives beyond the selected region", async () => {
    expect(card.regions.map((r) => [r.name, r.agencies, r.missing])).toEqual([
      ["瓯海区", 3, 0],
      ["永嘉县", 2, 0],
      ["鹿城区", 2, 0],
      ["龙湾区", 1, 1],
    ]);
    const ouhai = await getScorecard({ scope: { ...WENZHOU, region: "330304" }, year: 2023, weights: DEFAULT_WEIGHTS });
    expect(ouhai.agencies.map((a) => a.agencyName).sort()).toEqual([A.model, A.government, A.twinA].sort());
    expect(ouhai.regions).toEqual([]);
    expect(find(ouhai, A.twinA).marks.original.twin?.agencyName).toBe(A.twinB);
  });

  it("filters by kind, and scores another year with its own missing list", async () => {
    const governments = await getScorecard({
      scope: { ...WENZHOU, kind: "government" },
      year: 2023,
      weights: DEFAULT_WEIGHTS,
    });
    expect(governments.agencies.map((a) => a.agencyName)).toEqual([A.government]);
    const y2022 = await getScorecard({ scope: WENZHOU, year: 2022, weights: DEFAULT_WEIGHTS });
    expect(y2022.agencies.filter((a) => a.status === "missing")).toEqual([]);
    expect(find(y2022, A.missing).status).toBe("published");
    // Gaps run to the latest year in the database: a year after it has no reports and nobody counted missing.
    expect((await getScorecard({ scope: WENZHOU, year: 2030, weights: DEFAULT_WEIGHTS })).agencies).toEqual([]);
  });
});
