import "server-only";
/**
 * What the yearly bulletin reports, read through the queries the pages use (no SQL of its own): the overview's
 * per-year totals, the quality view's failing reports by rule, and the scorecard (default weights) for timeliness,
 * missing reports and the ranking.
 */
import { getAvailableYears, getYearTotals } from "@/lib/queries/overview";
import { getFailingReports, getQualityByRule } from "@/lib/queries/quality";
import { getRegionChoices } from "@/lib/queries/region-options";
import { getScorecard } from "@/lib/queries/scorecard";
import { regionPath } from "@/lib/regions/divisions";
import { DEFAULT_WEIGHTS } from "@/lib/scorecard/weights";
import type { BulletinData, BulletinRequest, RuleFailures } from "./types";

const NATION = "全国";

/**
 * The region's name from the stored regions (those some report was placed in); a region nobody reported in from
 * the national division list (lib/regions), even when its province or city is stored; a code that is in neither
 * (no such region) by its code.
 */
function placeName(region: string, stored: { code: string; name: string }[]): string {
  if (region === "") return NATION;
  // The stored path stops at the last stored ancestor when the region itself was never stored.
  const path = stored.at(-1)?.code === region ? stored : regionPath(region);
  return path.length ? path.map((r) => r.name).join("") : `代码为${region}的地区`;
}

async function ruleFailures(region: string, year: number, rel: number | null): Promise<RuleFailures[]> {
  const scope = { region, from: year, to: year, level: null, kind: null, rel };
  const counts = (await getQualityByRule({ scope })).filter((r) => r.year === year);
  return Promise.all(
    counts.map(async (c) => {
      const page = await getFailingReports({ scope, rule: c.rule, page: 1 });
      return {
        rule: c.rule,
        reports: c.reports,
        agencies: page.rows.map((r) => ({ name: r.agencyName, publicId: r.publicId })),
      };
    }),
  );
}

export async function readBulletin({ region, year, rel = null }: BulletinRequest): Promise<BulletinData> {
  const [years, choices] = await Promise.all([getAvailableYears(rel), getRegionChoices({ region })]);
  const place = placeName(region, choices.path);
  const chosen = year ?? years.at(-1) ?? null;
  if (chosen === null) return { region, place, year: null, totals: [], rules: [], scorecard: null, rel };
  const selection = { region, from: null, to: chosen, level: null, kind: null, agencies: [], rel };
  const [totals, rules, scorecard] = await Promise.all([
    getYearTotals({ selection }),
    ruleFailures(region, chosen, rel),
    getScorecard({ scope: { region, level: null, kind: null }, year: chosen, weights: DEFAULT_WEIGHTS, rel }),
  ]);
  return { region, place, year: chosen, totals, rules, scorecard, rel };
}
