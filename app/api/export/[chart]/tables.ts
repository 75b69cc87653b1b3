/**
 * The data of every chart the API exports (registry `csv: "api"`), read with the same queries and the same metric
 * resolution as its page, as a table and what its registry title depends on. The CSV route reads one chart, the
 * workbook every chart of a view; readers of one view share their queries.
 */
import { compareTable } from "@/lib/charts/compare";
import { coverageTable } from "@/lib/charts/coverage";
import { TABLE_COLUMNS, yearColumnsTable } from "@/lib/charts/overview";
import { failingByRegionTable, failingByRuleTable } from "@/lib/charts/quality";
import { rankingTable } from "@/lib/charts/ranking";
import { regionMapTable } from "@/lib/charts/region-map-table";
import type { ApiChartId, TitleContext } from "@/lib/charts/registry";
import { yearRange } from "@/lib/charts/time-axis";
import type { ChartTable } from "@/lib/charts/types";
import { getCompare } from "@/lib/queries/compare";
import { getRegionMap } from "@/lib/queries/map";
import { getAvailableYears, getOverview, getYearTotals } from "@/lib/queries/overview";
import { getQualityByRule, getQualityBySubRegion, type QualityScope } from "@/lib/queries/quality";
import { selectionOf, type UrlState } from "@/lib/url-state";
import { summableMetric } from "@/lib/value-metrics";

/** The parameters a page's export link carries that change what a chart holds (checked strictly: 400 if invalid). */
export const EXPORT_PARAMS = ["region", "from", "to", "level", "kind", "agencies", "metric"] as const;

export interface ChartData {
  table: ChartTable;
  /** The metric the chart shows (the page's fallback applied) and whatever else its title names. */
  context: Partial<TitleContext> & { metric: string };
}

type Readers = Record<ApiChartId, () => Promise<ChartData>>;

/** One promise per read, started on first use: the workbook's six overview sheets run getOverview once. */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | null = null;
  return () => (started ??= read());
}

const yearHeader = (prefix: string, year: number): [string, string][] => [
  [`${prefix}年份`, year ? `${year}年（所选年份中的最后一年）` : "无数据"],
];

function overviewReaders(state: UrlState) {
  const selection = selectionOf(state);
  // Regions are summed: a key read per agency only falls back to the default metric, as on the page.
  const metric = summableMetric(state.metric);
  const overview = once(() => getOverview({ selection, metric, rank: state.rank }));
  const totals = async (columns: keyof typeof TABLE_COLUMNS) => ({
    table: yearColumnsTable((await overview()).totals, TABLE_COLUMNS[columns]),
    context: { metric },
  });
  return {
    applicants: () => totals("applicants"),
    outcomes: () => totals("outcomes"),
    "review-litigation": () => totals("review-litigation"),
    coverage: async () => ({ table: coverageTable((await overview()).totals), context: { metric } }),
    // The ranking and the map are of one year (the last of the selection), whatever range the filters span.
    ranking: async () => {
      const { ranking } = await overview();
      const table = { ...rankingTable(ranking.rows, metric), header: yearHeader("排名", ranking.year) };
      return { table, context: { metric, year: ranking.year || null, rankMode: ranking.mode } };
    },
    map: async () => {
      const { ranking } = await overview();
      const map = await getRegionMap({ selection, metric, year: ranking.year });
      const table = { ...regionMapTable(map.rows, metric), header: yearHeader("地图", ranking.year) };
      return { table, context: { metric, year: ranking.year || null } };
    },
  } satisfies Partial<Readers>;
}

function compareReaders(state: UrlState) {
  return {
    compare: async () => {
      const [years, data] = await Promise.all([
        getAvailableYears(),
        getCompare({ selection: selectionOf(state), metric: state.metric, delta: state.delta }),
      ]);
      const from = state.from ?? years[0] ?? 0;
      const to = state.to ?? years.at(-1) ?? 0;
      const table = compareTable({ ...data, years: yearRange([from, to]), metric: data.metric, delta: state.delta });
      return { table, context: { metric: data.metric, delta: state.delta, from, to } };
    },
  } satisfies Partial<Readers>;
}

function qualityReaders(state: UrlState) {
  const { region, from, to, level, kind, rel } = state;
  const scope: QualityScope = { region, from, to, level, kind, rel };
  const metric = summableMetric(state.metric);
  return {
    "quality-by-year": async () => ({
      table: coverageTable(await getYearTotals({ selection: { ...scope, agencies: [] } })),
      context: { metric },
    }),
    "quality-by-rule": async () => ({
      table: failingByRuleTable(await getQualityByRule({ scope })),
      context: { metric },
    }),
    // A county has no sub-regions: the page draws no such chart there, and the export is empty.
    "quality-by-region": async () => ({
      table: failingByRegionTable(state.region.length < 6 ? await getQualityBySubRegion({ scope }) : []),
      context: { metric },
    }),
  } satisfies Partial<Readers>;
}

/** Every exported chart's reader for one URL state; nothing is read until a reader is called. */
export function chartReaders(state: UrlState): Readers {
  return { ...overviewReaders(state), ...compareReaders(state), ...qualityReaders(state) };
}
