/** Compare: agencies (or, with none chosen, the leading sub-regions) side by side over years for one metric. */
import type { Metadata } from "next";
import { CompareView } from "@/components/compare/compare-view";
import { PeerList } from "@/components/compare/peer-list";
import { EmptyState } from "@/components/empty-state";
import { AgencySearch } from "@/components/filters/agency-search";
import { FilterBar } from "@/components/filters/filter-bar";
import { metricLabel } from "@/lib/charts/ranking";
import { yearRange } from "@/lib/charts/time-axis";
import { getCompare } from "@/lib/queries/compare";
import { getAvailableYears } from "@/lib/queries/overview";
import { getRegionChoices } from "@/lib/queries/region-options";
import { buildHref, parseUrlState, selectionOf } from "@/lib/url-state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "对比" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const state = parseUrlState(await searchParams);
  const [years, regions, data] = await Promise.all([
    getAvailableYears(state.rel),
    getRegionChoices({ region: state.region }),
    getCompare({ selection: selectionOf(state), metric: state.metric, delta: state.delta }),
  ]);
  const axis = yearRange(
    [state.from ?? years[0], state.to ?? years.at(-1)].filter((y): y is number => y !== undefined),
  );
  const selected = data.kind === "agencies" ? data.entities : [];
  const empty = !data.entities.length
    ? state.agencies.length
      ? "所选机构在数据库中不存在（链接可能来自另一个数据库）。请用上方搜索框重新选择机构。"
      : "当前地区没有可对比的下级地区。请用上方搜索框选择要对比的机构。"
    : !data.points.length
      ? "所选机构在这些年份没有年报。请放宽年份范围。"
      : undefined;

  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">对比</h1>
      <p className="mb-3 text-sm text-slate-600">
        {data.kind === "agencies"
          ? "所选机构逐年对比。"
          : "未选择机构：显示当前地区排名靠前的下级地区。搜索并添加机构即可对比机构。"}
      </p>
      {data.fallback ? (
        <p className="mb-3 text-sm text-amber-800" role="note" data-testid="metric-fallback">
          指标“{metricLabel(data.fallback.requested)}”只能按机构逐年对比，地区汇总不支持该指标；下图显示“
          {metricLabel(data.metric)}”。请添加机构以查看该指标。
        </p>
      ) : null}
      <FilterBar regions={regions} years={years} resetHref={buildHref("/compare", { rel: state.rel })}>
        <AgencySearch selected={selected} label="添加机构" />
      </FilterBar>
      {!years.length ? (
        <EmptyState title="数据库中还没有年报">
          运行 <code>npm run ingest -- fixtures/seeds</code> 导入示例年报，然后刷新本页。
        </EmptyState>
      ) : (
        <CompareView
          entities={data.entities}
          points={data.points}
          years={axis}
          metric={data.metric}
          mode={state.chart}
          delta={state.delta}
          kind={data.kind}
          empty={empty}
        />
      )}
      <PeerList peers={data.peers} state={state} />
    </>
  );
}
