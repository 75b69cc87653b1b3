/**
 * Every chart of the dashboard, once: its id (the `/api/export/{id}` path and, as `testId`, the e2e selector), the
 * view it is drawn on, its title (the card's heading, the CSV's `# 图表` line, the PNG's and the workbook sheet's
 * name), the builders that draw it and make its table, and how it exports. The chart card, the CSV route, the
 * workbook and the tests all read their titles and ids from here.
 *
 * The builders are named, not imported: importing them here would put every view's builders (and the map's, which
 * loads after the page) into every page's first-load JavaScript. The registry test checks each name against the
 * module's exports.
 */
import { formatYear } from "@/lib/format";
import { metricLabel } from "./ranking";
import { yearsText } from "./selection";

export type ChartView = "overview" | "compare" | "quality" | "agency" | "scorecard";

/** What a title may depend on; each chart reads the parts it needs. */
export interface TitleContext {
  metric: string;
  /** The one year a ranking or map shows. */
  year: number | null;
  rankMode: "region" | "agency";
  delta: boolean;
  from: number | null;
  to: number | null;
  /** How many bars a top-N chart draws. */
  count: number;
  /** The scorecard: sub-regions (true) or the top agencies. */
  byRegion: boolean;
}

export interface ChartEntry {
  id: string;
  /** The view it belongs to (its page's workbook)… */
  view: ChartView;
  /** …and other views that draw it too (their workbooks hold it as well). */
  alsoOn?: readonly ChartView[];
  /** The card's `data-testid`; its buttons are `${testId}-csv`, `-png`, `-xlsx`, its table `-table`. */
  testId: string;
  title: (ctx: TitleContext) => string;
  /** Its option builder and table builder in lib/charts, as `module.export`. */
  builder: { option: `${string}.${string}`; table: `${string}.${string}` };
  /**
   * "api": `/api/export/{id}` reads the data on the server (the page's parameters); "client": the card exports the
   * table it shows; a path: another route's CSV.
   */
  csv: "api" | "client" | `/api/${string}`;
  png: boolean;
  /** A sheet of the view's workbook (`/api/export/workbook?view=…`). */
  workbook: boolean;
}

const yearText = (year: number | null) => (year === null ? "无数据" : formatYear(year));

const ENTRIES = [
  {
    id: "applicants",
    view: "overview",
    testId: "chart-applicants",
    title: () => "申请量趋势（按申请人类型）",
    builder: { option: "overview.buildApplicantTrend", table: "overview.yearColumnsTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "outcomes",
    view: "overview",
    testId: "chart-outcomes",
    title: () => "办理结果构成",
    builder: { option: "overview.buildOutcomeComposition", table: "overview.yearColumnsTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "review-litigation",
    view: "overview",
    testId: "chart-review-litigation",
    title: () => "行政复议与行政诉讼（按结果）",
    builder: { option: "overview.buildReviewLitigation", table: "overview.yearColumnsTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "coverage",
    view: "overview",
    testId: "chart-coverage",
    title: () => "提交年报与未通过校验",
    builder: { option: "coverage.buildCoverage", table: "coverage.coverageTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "map",
    view: "overview",
    testId: "chart-map",
    title: (c) => `各地区分布：${metricLabel(c.metric)}（${yearText(c.year)}）`,
    builder: { option: "region-map.buildRegionMap", table: "region-map-table.regionMapTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "ranking",
    view: "overview",
    testId: "chart-ranking",
    title: (c) =>
      `${c.rankMode === "region" ? "下级地区" : "机构"}排名：${metricLabel(c.metric)}（${yearText(c.year)}）`,
    builder: { option: "ranking.buildRanking", table: "ranking.rankingTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "compare",
    view: "compare",
    testId: "chart-compare",
    title: (c) => `${metricLabel(c.metric)}${c.delta ? "（较上年变化）" : ""}：${yearsText(c.from, c.to)}`,
    builder: { option: "compare.buildCompare", table: "compare.compareTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "quality-by-year",
    view: "quality",
    testId: "quality-by-year",
    title: () => "各年度未通过校验的报告",
    builder: { option: "coverage.buildCoverage", table: "coverage.coverageTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "quality-by-rule",
    view: "quality",
    testId: "quality-by-rule",
    title: () => "各规则未通过的报告数",
    builder: { option: "quality.buildFailingByRule", table: "quality.failingByRuleTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "quality-by-region",
    view: "quality",
    testId: "quality-by-region",
    title: () => "按下级地区：未通过校验的报告",
    builder: { option: "quality.buildFailingByRegion", table: "quality.failingByRegionTable" },
    csv: "api",
    png: true,
    workbook: true,
  },
  {
    id: "agency-series",
    view: "agency",
    testId: "agency-series",
    title: () => "申请与办理结果（历年）",
    builder: { option: "agency-series.buildAgencySeries", table: "agency-series.agencySeriesTable" },
    csv: "client",
    png: true,
    workbook: true,
  },
  {
    id: "scorecard",
    view: "scorecard",
    testId: "chart-scorecard",
    title: (c) => (c.byRegion ? "各下级地区平均得分" : `得分前 ${c.count} 名机构`),
    builder: { option: "scorecard.buildScoreBars", table: "scorecard.regionScoresTable" },
    csv: "/api/export/scorecard-regions",
    png: true,
    workbook: true,
  },
  {
    id: "timeliness-by-year",
    view: "quality",
    alsoOn: ["overview"],
    testId: "timeliness-by-year",
    title: () => "按时发布与缺报（按年度）",
    builder: { option: "timeliness.buildTimelinessByYear", table: "timeliness.timelinessByYearTable" },
    csv: "/api/export/timeliness",
    png: true,
    workbook: true,
  },
  {
    id: "timeliness-by-place",
    view: "quality",
    alsoOn: ["overview"],
    testId: "timeliness-by-place",
    title: () => "按时发布与缺报（按下级地区）",
    builder: { option: "timeliness.buildTimelinessByPlace", table: "timeliness.timelinessByPlaceTable" },
    csv: "/api/export/timeliness?table=regions",
    png: true,
    workbook: true,
  },
] as const satisfies readonly ChartEntry[];

export type ChartId = (typeof ENTRIES)[number]["id"];
/** The charts whose CSV the server makes from the page's parameters (`/api/export/{id}`). */
export type ApiChartId = Extract<(typeof ENTRIES)[number], { csv: "api" }>["id"];

export const CHARTS: readonly ChartEntry[] = ENTRIES;
const CHART_BY_ID = new Map<string, ChartEntry>(ENTRIES.map((e) => [e.id, e]));
export const API_CHART_IDS = ENTRIES.filter((e) => e.csv === "api").map((e) => e.id as ApiChartId);

const DEFAULT_CONTEXT: TitleContext = {
  metric: "",
  year: null,
  rankMode: "region",
  delta: false,
  from: null,
  to: null,
  count: 0,
  byRegion: false,
};

export function chartEntry(id: ChartId): ChartEntry {
  return CHART_BY_ID.get(id)!;
}

export function chartTitle(id: ChartId, context: Partial<TitleContext> = {}): string {
  return chartEntry(id).title({ ...DEFAULT_CONTEXT, ...context });
}

/** The charts a view draws, in the registry's order (its page's order). */
export function chartsOf(view: ChartView): ChartEntry[] {
  return CHARTS.filter((c) => c.view === view || c.alsoOn?.includes(view));
}

/** The view of a page path: its workbook is the charts that page draws. */
export function viewOfPath(pathname: string): ChartView | null {
  if (pathname === "/") return "overview";
  const top = pathname.split("/")[1];
  return top === "compare"
    ? "compare"
    : top === "quality"
      ? "quality"
      : top === "scorecard"
        ? "scorecard"
        : top === "agencies"
          ? "agency"
          : null;
}
