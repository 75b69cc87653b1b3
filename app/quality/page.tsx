import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { FilterBar } from "@/components/filters/filter-bar";
import { Pager } from "@/components/quality/pager";
import { TimelinessSection } from "@/components/timeliness/timeliness-section";
import { QualityCharts, RegionChart } from "@/components/quality/quality-charts";
import { FailedFileList, FailingList, GapList, RegionList, RevisedList } from "@/components/quality/quality-lists";
import { ruleLabel } from "@/lib/rule-labels";
import {
  getFailedFiles,
  getFailingReports,
  getQualityByRule,
  getQualityBySubRegion,
  getQualityByYear,
  getReportingGaps,
  type QualityScope,
} from "@/lib/queries/quality";
import { getYearTotals } from "@/lib/queries/overview";
import { getRevisedReports } from "@/lib/queries/revisions";
import { getRegionChoices } from "@/lib/queries/region-options";
import { buildHref, parseUrlState, type UrlState } from "@/lib/url-state";

export const metadata: Metadata = { title: "数据质量" };

const ACTIVE_CHIP = "border-blue-700 bg-blue-700 text-white hover:bg-blue-800";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function QualityPage({ searchParams }: Props) {
  const state = parseUrlState(await searchParams);
  const scope: QualityScope = {
    region: state.region,
    from: state.from,
    to: state.to,
    level: state.level,
    kind: state.kind,
    rel: state.rel, // a pinned link reads every figure as of its release (lib/releases/as-of.ts)
  };
  const [regions, allYears, totals, byRule, subRegions, failing, failed, gaps, revised] = await Promise.all([
    getRegionChoices({ region: state.region }),
    getQualityByYear({ scope: { region: "", from: null, to: null, level: null, kind: null, rel: state.rel } }),
    getYearTotals({ selection: { ...scope, agencies: [] } }),
    getQualityByRule({ scope }),
    state.region.length < 6 ? getQualityBySubRegion({ scope }) : Promise.resolve([]),
    getFailingReports({ scope, rule: state.rule, page: state.page }),
    getFailedFiles({ page: state.fpage, rel: state.rel }),
    getReportingGaps({ scope, page: state.gpage }),
    getRevisedReports({ region: state.region, rel: state.rel }),
  ]);
  const href = (patch: Partial<UrlState>) => buildHref("/quality", state, patch);
  const rules = [...new Set(byRule.map((r) => r.rule))].sort();
  const place = regions.path.map((r) => r.name).join(" · ") || "全国";

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-lg font-semibold">数据质量：勾稽校验与缺报</h1>
      <FilterBar
        regions={regions}
        years={allYears.map((y) => y.year)}
        resetHref={buildHref("/quality", { rel: state.rel })}
      />
      <p className="text-sm text-slate-600" data-testid="quality-scope">
        范围：{place}
        {state.from || state.to ? ` · ${state.from ?? "最早"}–${state.to ?? "最新"}年` : " · 全部年份"}
      </p>
      <QualityCharts totals={totals} byRule={byRule} />
      {state.region.length < 6 ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <RegionChart rows={subRegions} />
          <section className="card" aria-label="按地区">
            <h2 className="mb-2 text-base font-semibold">下级地区（点击进入）</h2>
            <RegionList rows={subRegions} hrefOf={(code) => href({ region: code, page: 1, gpage: 1 })} />
          </section>
        </div>
      ) : null}
      <section className="card" aria-label="未通过校验的报告">
        <h2 className="mb-2 text-base font-semibold">未通过校验的报告</h2>
        <nav aria-label="按规则筛选" className="mb-2 flex flex-wrap gap-1 text-sm" data-testid="quality-rule-filter">
          <Link
            className={`btn ${state.rule === null ? ACTIVE_CHIP : ""}`}
            aria-current={state.rule === null ? "true" : undefined}
            href={href({ rule: null, page: 1 })}
            scroll={false}
          >
            全部规则
          </Link>
          {[...new Set([...rules, ...(state.rule ? [state.rule] : [])])].map((rule) => (
            <Link
              key={rule}
              className={`btn ${state.rule === rule ? ACTIVE_CHIP : ""}`}
              aria-current={state.rule === rule ? "true" : undefined}
              href={href({ rule, page: 1 })}
              title={ruleLabel(rule)}
              scroll={false}
            >
              {rule}
            </Link>
          ))}
        </nav>
        <FailingList rows={failing.rows} rel={state.rel} />
        <Pager
          page={failing.page}
          hasNext={failing.hasNext}
          total={failing.total}
          hrefOf={(page) => href({ page })}
          testId="quality-failing-pager"
        />
      </section>
      <Suspense fallback={<p className="text-sm text-slate-500">正在统计按时发布情况…</p>}>
        <TimelinessSection state={state} full />
      </Suspense>
      <section className="card" aria-label="缺报">
        <h2 className="mb-1 text-base font-semibold">缺报：曾经报送、某年没有报告的机关</h2>
        <p className="mb-2 text-xs text-slate-500">自机关首次报送起，到库中最新年度为止，每个没有现行报告的年份。</p>
        <GapList rows={gaps.rows} rel={state.rel} />
        <Pager
          page={gaps.page}
          hasNext={gaps.hasNext}
          total={gaps.total}
          hrefOf={(gpage) => href({ gpage })}
          testId="quality-gaps-pager"
        />
      </section>
      <section className="card" aria-label="发布后被修改的报告">
        <h2 className="mb-1 text-base font-semibold">发布后被修改的报告</h2>
        <p className="mb-2 text-xs text-slate-500">
          再次抓取时，网站上同一机关同一年度的报告与先前抓取的不同（按地区、年度排列）。
        </p>
        <RevisedList rows={revised} rel={state.rel} />
      </section>
      <section className="card" aria-label="解析失败的文件">
        <h2 className="mb-2 text-base font-semibold">解析失败的文件</h2>
        <FailedFileList rows={failed.rows} rel={state.rel} />
        <Pager
          page={failed.page}
          hasNext={failed.hasNext}
          hrefOf={(fpage) => href({ fpage })}
          testId="quality-failed-pager"
        />
      </section>
    </div>
  );
}
