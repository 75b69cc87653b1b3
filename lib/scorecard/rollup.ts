/**
 * The scorecard rolled up per sub-region of the scope: provinces for the nation, cities in a province, counties in a
 * city.
 */
import type { AgencyPlace, RegionRollup, ScoredAgency } from "./types";
import { INDICATORS, type Indicator } from "./weights";

/**
 * The code of the sub-region an agency belongs to ("" = the scope's own level); null when the scope has none (a
 * county).
 */
function subRegionOf(region: string, place: AgencyPlace): string | null {
  if (region.length >= 6) return null;
  const code = region === "" ? place.provinceCode : region.length === 2 ? place.cityCode : place.countyCode;
  return code ?? "";
}

const OWN_LEVEL = (region: string) => (region === "" ? "中央及未定位" : "本级");

export function rollUp(region: string, agencies: ScoredAgency[], names: Record<string, string>): RegionRollup[] {
  const groups = new Map<string, ScoredAgency[]>();
  for (const a of agencies) {
    const code = subRegionOf(region, a);
    if (code === null) return [];
    const list = groups.get(code);
    if (list) list.push(a);
    else groups.set(code, [a]);
  }
  return [...groups.entries()]
    .map(([code, list]) => summarise(code, code ? (names[code] ?? code) : OWN_LEVEL(region), list))
    .sort((a, b) => (b.meanScore ?? -1) - (a.meanScore ?? -1) || a.code.localeCompare(b.code));
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

function summarise(code: string, name: string, list: ScoredAgency[]): RegionRollup {
  const published = list.filter((a) => a.status === "published");
  const rates = Object.fromEntries(
    INDICATORS.map((k) => {
      const values = published.map((a) => a.marks[k].value).filter((v): v is number => v !== null);
      return [k, { applicable: values.length, mean: mean(values) }];
    }),
  ) as Record<Indicator, { applicable: number; mean: number | null }>;
  const scores = list.map((a) => a.score).filter((s): s is number => s !== null);
  const meanScore = mean(scores);
  return {
    code,
    name,
    agencies: list.length,
    published: published.length,
    missing: list.length - published.length,
    rates,
    meanScore: meanScore === null ? null : Math.round(meanScore * 10) / 10,
  };
}
