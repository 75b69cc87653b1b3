import type { Metadata } from "next";
import { BulletinButton } from "@/components/bulletin-button";
import { EmptyState } from "@/components/empty-state";
import { FilterBar } from "@/components/filters/filter-bar";
import { Pager } from "@/components/quality/pager";
import { MethodNote } from "@/components/scorecard/method-note";
import { RankingTable } from "@/components/scorecard/ranking-table";
import { ScorecardChart } from "@/components/scorecard/scorecard-chart";
import { WeightsPanel } from "@/components/scorecard/weights-panel";
import { MAX_AGENCY_BARS } from "@/lib/charts/scorecard";
import { getAvailableYears } from "@/lib/queries/overview";
import { PAGE_SIZE } from "@/lib/queries/quality-limits";
import { getRegionChoices } from "@/lib/queries/region-options";
import { getScorecard } from "@/lib/queries/scorecard";
import { buildHref, parseUrlState, toSearchString } from "@/lib/url-state";

export const metadata: Metadata = { title: "年报质量评分" };
export const dynamic = "force-dynamic";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The report-quality scorecard of a region and year: per agency and per sub-region, with weights in the URL. A pinned
 * link (`rel`) scores the reports, findings, 缺报 and narrative texts of that release (lib/queries/scorecard.ts).
 */
export default async function ScorecardPage({ searchParams }: Props) {
  const state = parseUrlState(await searchParams);
  const scope = { region: state.region, level: state.level, kind: state.kind };
  const { rel } = state;
  // The year the URL names (or the last of a range carried from another view); else the latest with data.
  const named = state.year ?? state.to;
  const years = getAvailableYears(rel);
  const card =
    named !== null
      ? getScorecard({ scope, year: named, weights: state.w, rel })
      : years.then((ys) => (ys.length ? getScorecard({ scope, year: ys.at(-1)!, weights: state.w, rel }) : null));
  const [regions, allYears, scorecard] = await Promise.all([getRegionChoices({ region: state.region }), years, card]);
  const place = regions.path.map((r) => r.name).join(" · ") || "全国";
  const query = toSearchString({
    region: state.region,
    level: state.level,
    kind: state.kind,
    year: scorecard?.year ?? null,
    w: state.w,
    rel,
  });
  const pages = scorecard ? Math.max(1, Math.ceil(scorecard.agencies.length / PAGE_SIZE)) : 1;
  const page = Math.min(state.page, pages);
  const rows = scorecard?.agencies.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) ?? [];
  const published = scorecard?.agencies.filter((a) => a.status === "published").length ?? 0;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-lg font-semibold">年报质量评分</h1>
      <FilterBar
        regions={regions}
        years={allYears}
        resetHref={buildHref("/scorecard", { rel })}
        singleYear={{ value: named }}
      />
      {!scorecard ? (
        <EmptyState title="数据库中还没有年报">导入年报后刷新本页。</EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600" data-testid="scorecard-scope">
            范围：{place} · {scorecard.year}年度报告 · {scorecard.agencies.length} 家机关（已发布 {published}，缺报{" "}
            {scorecard.agencies.length - published}）
          </p>
          <WeightsPanel />
          <ScorecardChart
            regions={scorecard.regions}
            agencies={scorecard.agencies.slice(0, MAX_AGENCY_BARS)}
            csvHref={`/api/export/scorecard-regions?${query}`}
          />
          <section className="card" aria-label="机构排名">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-base font-semibold">机构排名</h2>
              <div className="flex gap-2 text-sm">
                <a className="btn" href={`/api/export/scorecard?${query}`} download data-testid="scorecard-csv">
                  导出 CSV
                </a>
                <a className="btn" href={`/api/scorecard?${query}`} data-testid="scorecard-json">
                  JSON
                </a>
                <BulletinButton region={state.region} year={scorecard.year} rel={rel} />
              </div>
            </div>
            <p className="mb-2 text-xs text-slate-600">
              名次相同表示得分相同。“敏感”：任一权重 ±10 分时名次变动超过 {scorecard.threshold} 位。
            </p>
            <RankingTable rows={rows} rel={rel} />
            <Pager
              page={page}
              hasNext={page < pages}
              total={scorecard.agencies.length}
              hrefOf={(p) => buildHref("/scorecard", state, { page: p })}
              testId="scorecard-pager"
            />
          </section>
          <MethodNote threshold={scorecard.threshold} />
        </>
      )}
    </div>
  );
}
