"use client";
/**
 * Mean score per sub-region of the scope, or (a county, which has none) the top of the agency ranking; the builder
 * runs here because its option holds tooltip functions.
 */
import { useMemo } from "react";
import { ChartCard } from "@/components/chart-card";
import {
  agencyBars,
  agencyScoresTable,
  buildScoreBars,
  MAX_AGENCY_BARS,
  regionBars,
  regionScoresTable,
} from "@/lib/charts/scorecard";
import { agencyHref } from "@/lib/agency-links";
import type { RegionRollup, ScoredAgency } from "@/lib/scorecard/types";

interface Props {
  regions: RegionRollup[];
  /**
   * The top of the ranking (the page passes MAX_AGENCY_BARS at most: the whole list would ride in the page payload).
   */
  agencies: ScoredAgency[];
  /** CSV of the sub-region table (the API export for the same selection). */
  csvHref: string;
}

export function ScorecardChart({ regions, agencies, csvHref }: Props) {
  const byRegion = regions.length > 1;
  const option = useMemo(
    () => buildScoreBars(byRegion ? regionBars(regions) : agencyBars(agencies)),
    [byRegion, regions, agencies],
  );
  const table = useMemo(
    () => (byRegion ? regionScoresTable(regions) : agencyScoresTable(agencies)),
    [byRegion, regions, agencies],
  );
  const bars = byRegion ? regions.length : Math.min(agencies.length, MAX_AGENCY_BARS);
  return (
    <ChartCard
      chart="scorecard"
      titleContext={{ byRegion, count: bars }}
      option={option}
      table={table}
      links={
        byRegion
          ? undefined
          : { column: 1, hrefs: agencies.slice(0, MAX_AGENCY_BARS).map((a) => agencyHref(a.agencyId)), toPage: true }
      }
      csvHref={byRegion ? csvHref : undefined}
      height={Math.max(160, Math.min(bars, 34) * 24 + 40)}
      empty={agencies.length ? undefined : "所选地区和年度没有报告，也没有缺报的机构。"}
      note={byRegion ? "悬停查看各指标的达标率（只计该指标适用的机构）；缺报机构计 0 分。" : "橙色：名次对权重敏感。"}
    />
  );
}
