"use client";
/** The overview charts; options are built here in the browser from rows the server read. */
import { useMemo } from "react";
import { ChartCard } from "@/components/chart-card";
import { MetricSelect } from "@/components/filters/metric-select";
import { RegionMap } from "@/components/overview/region-map";
import { ToggleLink } from "@/components/filters/toggle-link";
import { buildCoverage, coverageTable } from "@/lib/charts/coverage";
import {
  buildApplicantTrend,
  buildOutcomeComposition,
  buildReviewLitigation,
  TABLE_COLUMNS,
  yearColumnsTable,
} from "@/lib/charts/overview";
import type { Totals } from "@/lib/charts/rates";
import { buildRanking, rankingTable, type RankItem } from "@/lib/charts/ranking";
import { agencyHref } from "@/lib/agency-links";
import { usePinnedRel } from "@/components/release-context";

interface Props {
  totals: Totals[];
  ranking: { mode: "region" | "agency"; year: number; rows: RankItem[] };
  /** Every sub-region of the selected region, for the map (the ranking's year). */
  map: { year: number; rows: RankItem[] };
  metric: string;
  percent: boolean;
  canRankRegions: boolean;
}

export function OverviewCharts({ totals, ranking, map, metric, percent, canRankRegions }: Props) {
  const rel = usePinnedRel();
  const applicants = useMemo(() => buildApplicantTrend(totals), [totals]);
  const outcomes = useMemo(() => buildOutcomeComposition(totals, percent), [totals, percent]);
  const reviews = useMemo(() => buildReviewLitigation(totals), [totals]);
  const coverage = useMemo(() => buildCoverage(totals), [totals]);
  const rank = useMemo(() => buildRanking(ranking.rows, metric, ranking.year), [ranking, metric]);
  const legacyNote = "虚线标出模板更替（2019版、2021版）；2019年前数据为旧模板按口径映射。";

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard
        chart="applicants"
        option={applicants}
        table={yearColumnsTable(totals, TABLE_COLUMNS.applicants)}
        note={legacyNote}
      />
      <ChartCard
        chart="outcomes"
        option={outcomes}
        table={yearColumnsTable(totals, TABLE_COLUMNS.outcomes)}
        actions={
          <ToggleLink patch={{ pct: !percent }} pressed={percent} testId="toggle-percent">
            按100%显示
          </ToggleLink>
        }
      />
      <ChartCard
        chart="review-litigation"
        option={reviews}
        table={yearColumnsTable(totals, TABLE_COLUMNS["review-litigation"])}
        note="左柱为行政复议，右柱为行政诉讼。"
      />
      <ChartCard
        chart="coverage"
        option={coverage}
        table={coverageTable(totals)}
        note="未通过校验：年报内勾稽关系（R1–R6）不成立。"
      />
      <div className="lg:col-span-2">
        <RegionMap rows={map.rows} year={map.year} metric={metric} />
      </div>
      <div className="lg:col-span-2">
        <ChartCard
          chart="ranking"
          titleContext={{ metric, year: ranking.year, rankMode: ranking.mode }}
          option={rank}
          height={Math.max(240, ranking.rows.length * 26 + 24)}
          table={rankingTable(ranking.rows, metric)}
          links={
            ranking.mode === "agency"
              ? { column: 1, hrefs: ranking.rows.map((r) => agencyHref(r.id, rel)), toPage: true }
              : undefined
          }
          empty={
            ranking.rows.length ? undefined : "所选截止年份没有可排名的下级地区或机构。请换一个截止年份或放宽筛选。"
          }
          note="比率按分子、分母合计计算；灰色表示案件不足10件。"
          actions={
            <>
              <MetricSelect testId="ranking-metric" />
              {canRankRegions ? (
                <>
                  <ToggleLink patch={{ rank: "auto" }} pressed={ranking.mode === "region"} testId="rank-regions">
                    地区
                  </ToggleLink>
                  <ToggleLink patch={{ rank: "agency" }} pressed={ranking.mode === "agency"} testId="rank-agencies">
                    机构
                  </ToggleLink>
                </>
              ) : null}
            </>
          }
        />
      </div>
    </div>
  );
}
