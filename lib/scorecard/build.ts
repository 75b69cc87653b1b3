/** Inputs read for a region and year → the scorecard: marks per agency, score, rank, sensitivity, sub-region rollup. */
import { chainedMark, completeMark, consistentMark, originalMark } from "./marks";
import { peerGroups, peerKey, plausibleMark } from "./plausible";
import { rollUp } from "./rollup";
import { rankWithSensitivity, shiftThreshold } from "./score";
import { timelyMark } from "./timely";
import type { Mark, MissingAgency, ReportInput, Scorecard, ScorecardInput, ScoredAgency } from "./types";
import { INDICATORS, type Indicator, type Weights } from "./weights";

const BY_NAME = new Intl.Collator("zh-CN");
const NOT_PUBLISHED: Mark = { value: null, text: "未发布" };

function marksOfReport(input: ScorecardInput): (r: ReportInput) => Record<Indicator, Mark> {
  const prior = new Map(input.prior.map((p) => [`${p.agencyId}\u0000${p.year}`, p]));
  const earlier = (agencyId: string, back: number) => prior.get(`${agencyId}\u0000${input.year - back}`);
  const narratives = new Map(input.narratives.map((n) => [n.reportId, n]));
  const groups = peerGroups(input.peers, input.year);
  return (r) => ({
    timely: timelyMark(r),
    complete: completeMark(r),
    consistent: consistentMark(r),
    chained: chainedMark(r, earlier(r.agencyId, 1)),
    original: originalMark(narratives.get(r.reportId)),
    plausible: plausibleMark(r, [earlier(r.agencyId, 1), earlier(r.agencyId, 2)], groups.get(peerKey(r))),
  });
}

function missingEntry(m: MissingAgency): Omit<ScoredAgency, "score" | "rank" | "shift" | "shiftBy" | "sensitive"> {
  // The agency's status says why (缺报, or 名单所列，从未发布): each indicator cell only says there is no report.
  const marks = Object.fromEntries(INDICATORS.map((k) => [k, NOT_PUBLISHED])) as Record<Indicator, Mark>;
  return { ...m, status: "missing", publicId: null, published: null, marks };
}

export function buildScorecard(input: ScorecardInput, weights: Weights): Scorecard {
  const marksOf = marksOfReport(input);
  const entries = [
    ...input.reports.map((r) => ({
      agencyId: r.agencyId,
      agencyName: r.agencyName,
      level: r.level,
      kind: r.kind,
      provinceCode: r.provinceCode,
      cityCode: r.cityCode,
      countyCode: r.countyCode,
      status: "published" as const,
      neverPublished: false,
      publicId: r.publicId,
      published: r.published,
      marks: marksOf(r),
    })),
    ...input.missing.map(missingEntry),
  ];
  const ranked = rankWithSensitivity(
    entries.map((e) => ({
      missing: e.status === "missing",
      values: Object.fromEntries(INDICATORS.map((k) => [k, e.marks[k].value])) as Record<Indicator, number | null>,
    })),
    weights,
  );
  const threshold = shiftThreshold(ranked.filter((r) => r.rank !== null).length);
  const agencies: ScoredAgency[] = entries
    .map((e, i) => ({ ...e, ...ranked[i], sensitive: ranked[i].shift > threshold }))
    .sort(
      (a, b) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        BY_NAME.compare(a.agencyName, b.agencyName) ||
        a.agencyId.localeCompare(b.agencyId),
    );
  return {
    region: input.region,
    year: input.year,
    weights,
    threshold,
    agencies,
    regions: rollUp(input.region, agencies, input.regionNames),
  };
}
