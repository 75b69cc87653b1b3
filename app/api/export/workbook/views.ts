/**
 * What each view's workbook holds: the page it comes from, the filters in words, and its charts' tables with their
 * registry titles. The overview, compare and quality charts are read as their CSV exports read them; the agency's
 * series and the scorecard are read as their pages read them.
 */
import { agencySeriesTable } from "@/lib/charts/agency-series";
import { chartsOf, chartTitle, type ChartId, type ChartView } from "@/lib/charts/registry";
import { agencyScoresTable, regionScoresTable, scorecardTable } from "@/lib/charts/scorecard";
import { timelinessByPlaceTable, timelinessByYearTable } from "@/lib/charts/timeliness";
import { describeSelection } from "@/lib/charts/selection";
import type { ChartTable } from "@/lib/charts/types";
import { kindLabel, levelLabel } from "@/lib/labels";
import { getAgencies } from "@/lib/queries/agencies";
import { agencyHref } from "@/lib/agency-links";
import { getAgency, getAgencyFacts } from "@/lib/queries/agency";
import { getRegionChoices } from "@/lib/queries/region-options";
import { getTimeliness } from "@/lib/queries/timeliness";
import { describeWeights, formatWeights } from "@/lib/scorecard/weights";
import { parseRel, parseStrict, toSearchString, type UrlState } from "@/lib/url-state";
import { summableMetric } from "@/lib/value-metrics";
import { judgingDay } from "@/lib/releases/release-day";
import { parseScorecardRequest, readScorecard } from "../../_shared/scorecard";
import { chartReaders, EXPORT_PARAMS, once, type ChartData } from "../[chart]/tables";

export interface ViewBook {
  name: string;
  /** Path and query of the page this is the data of. */
  href: string;
  filters: [string, string][];
  /** The metrics the sheets show (for the rate definitions) and whether they show changes on the previous year. */
  metrics: string[];
  delta: boolean;
  /** Definitions a view adds to the rates' (the scorecard's score). */
  definitions?: [string, string][];
  sheets: { title: string; table: ChartTable }[];
}

type Reader = (params: URLSearchParams) => Promise<ViewBook | { error: string } | null>;

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** Charts another route exports as CSV (timeliness), read as that route reads them. */
type OtherReaders = Partial<Record<ChartId, () => Promise<ChartData>>>;

function otherReaders(state: UrlState): OtherReaders {
  // Pinned (`rel`): the release's agency-years judged on the release's day, as the page's timeliness section.
  const { region, from, to, level, kind, rel } = state;
  const scope = { region, from, to, level, kind, rel };
  const timeliness = once(async () => getTimeliness({ scope, today: (await judgingDay(rel)).day }));
  const context = { metric: summableMetric(state.metric) };
  return {
    "timeliness-by-year": async () => ({ table: timelinessByYearTable((await timeliness()).byYear), context }),
    "timeliness-by-place": async () => ({ table: timelinessByPlaceTable((await timeliness()).byPlace), context }),
  };
}

/** Overview, compare and quality: every registered chart of the view that has rows for this selection. */
function selectionView(view: ChartView, name: string, path: string): Reader {
  return async (params) => {
    const parsed = parseStrict(params, [...EXPORT_PARAMS]);
    if ("error" in parsed) return parsed;
    const { state } = parsed;
    const readers: OtherReaders = { ...chartReaders(state), ...otherReaders(state) };
    const charts = chartsOf(view).filter((c) => c.workbook && readers[c.id as ChartId]);
    const [data, regions, agencies] = await Promise.all([
      Promise.all(charts.map((c) => readers[c.id as ChartId]!())),
      getRegionChoices({ region: state.region }),
      getAgencies({ ids: state.agencies, rel: state.rel }),
    ]);
    // A chart the page does not draw for this selection (no rows: the map of chosen agencies) has no sheet.
    const drawn = charts.map((c, i) => ({ id: c.id as ChartId, ...data[i] })).filter((d) => d.table.rows.length);
    const metric = drawn[0]?.context.metric ?? summableMetric(state.metric);
    const filters = describeSelection(
      { ...state, metric },
      { regionPath: regions.path.map((r) => r.name), agencies: agencies.map((a) => a.name) },
      drawn.flatMap((d) => d.table.header ?? []),
    );
    return {
      name,
      href: withQuery(path, toSearchString(state)),
      filters,
      metrics: drawn.map((d) => d.context.metric),
      delta: view === "compare" && state.delta,
      sheets: drawn.map((d) => ({ title: chartTitle(d.id, d.context), table: d.table })),
    };
  };
}

/** One agency's years (`id`: the agency id of /agencies/[id]); null for an unknown agency. */
const agencyView: Reader = async (params) => {
  const id = params.get("id") ?? "";
  const rel = parseRel(params.get("rel")); // pinned: the agency's years as of that release
  const [profile, facts] = await Promise.all([getAgency({ id, rel }), getAgencyFacts({ id, rel })]);
  if (!profile) return null;
  const { agency, regionPath } = profile;
  return {
    name: "机构",
    href: agencyHref(id, rel),
    metrics: [],
    delta: false,
    filters: [
      ["机构", agency.name],
      ["地区", regionPath.map((r) => r.name).join(" ") || "全国"],
      ["层级", agency.level ? levelLabel(agency.level) : "—"],
      ["类型", agency.kind ? kindLabel(agency.kind) : "—"],
    ],
    sheets: facts.length ? [{ title: chartTitle("agency-series"), table: agencySeriesTable(facts) }] : [],
  };
};

/** The scorecard of a region and year with the page's weights: its chart, then every agency's row. */
const scorecardView: Reader = async (params) => {
  const req = parseScorecardRequest(params);
  if ("error" in req) return req;
  const { card, regionPath } = await readScorecard(req);
  const { region, level, kind } = req.scope;
  const byRegion = (card?.regions.length ?? 0) > 1;
  const chart = card ? (byRegion ? regionScoresTable(card.regions) : agencyScoresTable(card.agencies)) : null;
  const parsed = parseStrict(params, []);
  return {
    name: "年报质量评分",
    definitions: [
      ["得分", `各指标按权重计分（${describeWeights(req.weights)}），缺报机构计 0 分；详见评分页的评分方法。`],
    ],
    href: withQuery("/scorecard", "state" in parsed ? toSearchString(parsed.state) : ""),
    metrics: [],
    delta: false,
    filters: [
      ["地区", regionPath.length ? `${regionPath.join(" ")}（${region}）` : region || "全国"],
      ["年度", card ? `${card.year}年` : "无数据"],
      ["层级", level ? levelLabel(level) : "全部"],
      ["类型", kind ? kindLabel(kind) : "全部"],
      ["权重", `${describeWeights(req.weights)}（w=${formatWeights(req.weights)}）`],
    ],
    sheets:
      card && chart
        ? [
            { title: chartTitle("scorecard", { byRegion, count: chart.rows.length }), table: chart },
            { title: "机构排名（全部）", table: scorecardTable(card) },
          ]
        : [],
  };
};

export const VIEW_BOOKS: Partial<Record<ChartView, Reader>> = {
  overview: selectionView("overview", "总览", "/"),
  compare: selectionView("compare", "对比", "/compare"),
  quality: selectionView("quality", "数据质量", "/quality"),
  agency: agencyView,
  scorecard: scorecardView,
};
