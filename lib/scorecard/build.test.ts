import { describe, expect, it } from "vitest";
import { buildScorecard } from "./build";
import { medianWithout, peerGroups, peerKey, plausibleMark } from "./plausible";
import { deadlineFor, timelyMark } from "./timely";
import type { Figures, PeerFigure, PriorReport, ReportInput, ScorecardInput } from "./types";
import { DEFAULT_WEIGHTS } from "./weights";

const FIGURES: Figures = {
  appsNew: 20,
  appsCarriedOver: 0,
  appsCarriedForward: 0,
  outcomeTotal: 20,
  denied: 2,
  partial: 1,
  unable: 0,
  rejected: 0,
  reviewTotal: 0,
  reviewCorrected: 0,
  litTotal: 0,
  litCorrected: 0,
};

let next = 1;
function report(over: Omit<Partial<ReportInput>, "figures"> & { figures?: Partial<Figures> } = {}): ReportInput {
  const id = next++;
  return {
    reportId: id,
    publicId: `p${id}`,
    agencyId: `a${id}`,
    agencyName: `机关${id}`,
    level: "county",
    kind: "department",
    provinceCode: "33",
    cityCode: "3303",
    countyCode: "330304",
    year: 2023,
    family: "2021",
    published: "2024-01-10",
    requiredPresent: 62,
    requiredTotal: 62,
    errorRules: [],
    chainErrors: 0,
    ...over,
    figures: { ...FIGURES, ...over.figures },
  };
}
const prior = (r: ReportInput, year: number, figures: Partial<Figures>): PriorReport => ({
  agencyId: r.agencyId,
  year,
  publicId: `${r.publicId}-${year}`,
  figures: { ...FIGURES, ...figures },
});

describe("deadlines", () => {
  it("uses 第四十九条 from the 2019 reports on: departments 1月31日, governments 3月31日; before, 3月31日 for all", () => {
    expect(deadlineFor(2023, "department", "county")?.date).toBe("2024-01-31");
    expect(deadlineFor(2023, "government_office", "city")?.date).toBe("2024-01-31");
    expect(deadlineFor(2023, "government", "county")?.date).toBe("2024-03-31");
    expect(deadlineFor(2023, "department", "township")?.date).toBe("2024-03-31");
    expect(deadlineFor(2019, "department", "province")?.rule.source).toMatch(/第四十九条第一款/);
    expect(deadlineFor(2018, "department", "province")).toMatchObject({
      date: "2019-03-31",
      rule: { source: expect.stringMatching(/2007年.*第三十一条/) },
    });
    expect(deadlineFor(2005, "department", "county")).toBeNull();
  });

  it("marks on time, days late, and an unstated date as not scored", () => {
    const base = { year: 2023, kind: "department", level: "county" };
    expect(timelyMark({ ...base, published: "2024-01-31" }).value).toBe(1);
    expect(timelyMark({ ...base, published: "2024-02-01" })).toEqual({ value: 0, text: "逾期 1 天（应1月31日前）" });
    expect(timelyMark({ ...base, published: null })).toEqual({ value: null, text: "未注明发布日期（应1月31日前）" });
    expect(timelyMark({ ...base, year: 2018, published: "2019-03-30" }).value).toBe(1);
    // Collected reports without a stated date: the page's date, else first seen (lib/timeliness decides, as on
    // /quality).
    expect(timelyMark({ ...base, published: null, pagePublished: "2024-01-20" })).toEqual({
      value: 1,
      text: "按时（2024-01-20，按网页发布日期）",
    });
    expect(timelyMark({ ...base, published: null, firstSeenAt: "2024-02-02T01:00:00Z" })).toEqual({
      value: 0,
      text: "逾期 2 天（应1月31日前，按首次发现日期）",
    });
  });
});

describe("plausibility", () => {
  /** Peer figures of the year (and the year before when `prev` is given) for these reports. */
  const peersOf = (reports: ReportInput[], prev?: (r: ReportInput) => number | null): PeerFigure[] =>
    reports.flatMap((r) => [
      { agencyId: r.agencyId, provinceCode: r.provinceCode, level: r.level, year: 2023, appsNew: r.figures.appsNew },
      ...(prev
        ? [{ agencyId: r.agencyId, provinceCode: r.provinceCode, level: r.level, year: 2022, appsNew: prev(r) }]
        : []),
    ]);

  it("takes the median without the agency itself", () => {
    expect(medianWithout([0.05, 1, 1.2, 2], 0.05)).toEqual({ median: 1.2, count: 3 });
    expect(medianWithout([1, 3], null)).toEqual({ median: 2, count: 2 });
    expect(medianWithout([0.05], 0.05)).toEqual({ median: null, count: 0 });
  });

  it("a 90 % drop is flagged against peers that grew, not when the peers dropped as well", () => {
    const dropped = report({ figures: { appsNew: 2 } });
    const grew = [
      report({ figures: { appsNew: 50 } }),
      report({ figures: { appsNew: 45 } }),
      report({ figures: { appsNew: 41 } }),
    ];
    const fell = [
      report({ figures: { appsNew: 3 } }),
      report({ figures: { appsNew: 4 } }),
      report({ figures: { appsNew: 1 } }),
    ];
    const earlier = [prior(dropped, 2022, { appsNew: 40 }), undefined];
    const against = (others: ReportInput[]) =>
      peerGroups(
        peersOf([dropped, ...others], () => 40),
        2023,
      ).get(peerKey(dropped));
    expect(plausibleMark(dropped, earlier, against(grew)).text).toBe("申请量较上年降 95%（40→2 件；同级中位数 +13%）");
    expect(plausibleMark(dropped, earlier, against(fell)).value).toBe(1);
  });

  it("compares with the same level in the same province only, and says when there are too few peers", () => {
    const dropped = report({ figures: { appsNew: 1 } });
    const elsewhere = [report({ provinceCode: "32" }), report({ provinceCode: "32" }), report({ level: "city" })];
    const groups = peerGroups(
      peersOf([dropped, ...elsewhere], () => 40),
      2023,
    );
    expect(
      plausibleMark(dropped, [prior(dropped, 2022, { appsNew: 40 }), undefined], groups.get(peerKey(dropped))).text,
    ).toBe("申请量较上年降 98%（40→1 件；同级可比机关不足3家）");
  });

  it("flags all-zero tables three years running only where most peers had applications", () => {
    const zero = {
      appsNew: 0,
      appsCarriedOver: 0,
      outcomeTotal: 0,
      denied: 0,
      partial: 0,
      reviewTotal: 0,
      litTotal: 0,
    };
    const quiet = report({ figures: zero });
    const earlier = [prior(quiet, 2022, zero), prior(quiet, 2021, zero)];
    const busyPeers = peerGroups(peersOf([quiet, report(), report(), report()]), 2023).get(peerKey(quiet));
    expect(plausibleMark(quiet, earlier, busyPeers).text).toBe("连续3年统计表全为零（同级 100% 的机关有申请）");
    const quietPeers = peerGroups(
      peersOf([quiet, report({ figures: zero }), report({ figures: zero }), report({ figures: zero })]),
      2023,
    );
    expect(plausibleMark(quiet, earlier, quietPeers.get(peerKey(quiet))).value).toBe(1);
    expect(plausibleMark(quiet, [earlier[0], undefined], busyPeers).value).toBe(1);
  });

  it("flags corrected reviews when the agency refused nothing this year or last", () => {
    const corrected = report({ figures: { reviewCorrected: 1, reviewTotal: 1, denied: 0, partial: 0 } });
    const mark = plausibleMark(corrected, [prior(corrected, 2022, { denied: 0, partial: 0 }), undefined], undefined);
    expect(mark.text).toMatch(/^复议、诉讼被纠错 1 件，本年和上年却无/);
    expect(plausibleMark(corrected, [prior(corrected, 2022, { denied: 3 }), undefined], undefined).value).toBe(1);
  });
});

describe("buildScorecard", () => {
  it("gives each agency its marks, rank and sensitivity, and rolls up per county", () => {
    const good = report({ agencyName: "甲局" });
    const late = report({ agencyName: "乙局", published: "2024-03-01", countyCode: "330302" });
    const input: ScorecardInput = {
      region: "3303",
      year: 2023,
      reports: [late, good],
      prior: [],
      narratives: [],
      peers: [],
      missing: [
        {
          agencyId: "m",
          agencyName: "丙局",
          level: "county",
          kind: "department",
          provinceCode: "33",
          cityCode: "3303",
          countyCode: "330302",
          neverPublished: false,
        },
        {
          agencyId: "n",
          agencyName: "丁局",
          level: "county",
          kind: "department",
          provinceCode: "33",
          cityCode: "3303",
          countyCode: "330304",
          neverPublished: true,
        },
      ],
      regionNames: { "330304": "瓯海区", "330302": "鹿城区" },
    };
    const card = buildScorecard(input, DEFAULT_WEIGHTS);
    // No previous report and no narrative check: chained and original do not apply, so 乙局 has 50 of 80 points.
    expect(card.agencies.map((a) => [a.agencyName, a.rank, a.score, a.status])).toEqual([
      ["甲局", 1, 100, "published"],
      ["乙局", 2, 62.5, "published"],
      ["丙局", 3, 0, "missing"],
      // Listed by a collect CSV and never published: missing like 丙局, scored 0, tied last.
      ["丁局", 3, 0, "missing"],
    ]);
    expect(card.agencies[2].marks.timely).toEqual({ value: null, text: "未发布" });
    expect(card.agencies[3]).toMatchObject({ neverPublished: true, publicId: null });
    expect(card.agencies[3].marks.timely.text).toBe("未发布");
    expect(card.regions.map((r) => [r.name, r.agencies, r.published, r.missing, r.rates.timely])).toEqual([
      ["瓯海区", 2, 1, 1, { applicable: 1, mean: 1 }],
      ["鹿城区", 2, 1, 1, { applicable: 1, mean: 0 }],
    ]);
    expect(buildScorecard({ ...input, region: "330302" }, DEFAULT_WEIGHTS).regions).toEqual([]);
  });
});
