/** Overview: filters, headline figures and the charts of a selection (region, years, level, kind, agencies). */
import Link from "next/link";
import { Suspense } from "react";
import { BulletinButton } from "@/components/bulletin-button";
import { AgencySearch } from "@/components/filters/agency-search";
import { FilterBar } from "@/components/filters/filter-bar";
import { HeadlineFigures } from "@/components/overview/headline-figures";
import { OverviewCharts } from "@/components/overview/overview-charts";
import { EmptyState } from "@/components/empty-state";
import { TimelinessSection } from "@/components/timeliness/timeliness-section";
import { buildHeadlines } from "@/lib/charts/headline";
import { describeSelection } from "@/lib/charts/selection";
import { getAgencies } from "@/lib/queries/agencies";
import { getRegionMap } from "@/lib/queries/map";
import { canSwitchRankMode, getAvailableYears, getOverview } from "@/lib/queries/overview";
import { getRegionChoices } from "@/lib/queries/region-options";
import { metricLabel } from "@/lib/charts/ranking";
import { buildHref, parseUrlState, selectionOf } from "@/lib/url-state";
import { summableMetric } from "@/lib/value-metrics";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const state = parseUrlState(await searchParams);
  const selection = selectionOf(state);
  // The ranking sums regions or ranks every agency: a canonical key outside the core metrics is read per chosen
  // agency only (compare view), so the ranking falls back to the default metric and says so.
  const metric = summableMetric(state.metric);
  // The map colours the ranking's year, which the totals decide: it starts as soon as they are read.
  const overviewAndMap = getOverview({ selection, metric, rank: state.rank }).then(
    async (o) => [o, await getRegionMap({ selection, metric, year: o.ranking.year })] as const,
  );
  const [years, regions, agencies, [overview, map]] = await Promise.all([
    getAvailableYears(state.rel),
    getRegionChoices({ region: state.region }),
    getAgencies({ ids: state.agencies, rel: state.rel }),
    overviewAndMap,
  ]);
  const headlines = buildHeadlines(overview.totals, state.to ?? undefined);
  const scope = describeSelection(state, {
    regionPath: regions.path.map((r) => r.name),
    agencies: agencies.map((a) => a.name),
  });

  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">总览</h1>
      <p className="mb-3 text-sm text-slate-600" data-testid="selection-summary">
        {scope
          .filter(([k]) => k !== "指标")
          .map(([k, v]) => `${k}：${v}`)
          .join(" · ")}
      </p>
      <FilterBar regions={regions} years={years} resetHref={buildHref("/", { rel: state.rel })}>
        <AgencySearch selected={agencies} />
      </FilterBar>
      {!years.length ? (
        <EmptyState title="数据库中还没有年报">
          运行 <code>npm run ingest -- fixtures/seeds</code> 导入示例年报，或导入自己收集的年报文件夹，然后刷新本页。
        </EmptyState>
      ) : !overview.totals.length ? (
        <EmptyState title="所选条件下没有年报">
          当前地区、年份、层级或类型的组合排除了所有年报。请放宽筛选条件，或{" "}
          <Link className="underline" href="/">
            清除筛选
          </Link>
          。
        </EmptyState>
      ) : (
        <>
          <HeadlineFigures headlines={headlines} />
          <div className="mb-3 flex justify-end">
            <BulletinButton region={state.region} year={overview.ranking.year} rel={state.rel} />
          </div>
          {metric !== state.metric ? (
            <p className="mb-3 text-sm text-slate-600" role="note" data-testid="metric-fallback">
              指标“{metricLabel(state.metric)}”只能按所选机构逐年查看，排名无法汇总；排名显示“{metricLabel(metric)}”。
              <Link className="underline" href={buildHref("/compare", state)}>
                在对比页查看该指标
              </Link>
            </p>
          ) : null}
          <OverviewCharts
            totals={overview.totals}
            ranking={overview.ranking}
            map={map}
            metric={metric}
            percent={state.pct}
            canRankRegions={canSwitchRankMode(selection)}
          />
          {state.agencies.length ? null : (
            <Suspense fallback={<p className="text-sm text-slate-500">正在统计按时发布情况…</p>}>
              <TimelinessSection state={state} />
            </Suspense>
          )}
        </>
      )}
    </>
  );
}
