/**
 * The data of each chart as a table, read with the same queries as the pages, for the CSV export.
 * Chart ids are the `chart-…` test ids without the prefix.
 */
import { compareTable } from "@/lib/charts/compare";
import { coverageTable } from "@/lib/charts/coverage";
import {
  APPLICANT_COLUMNS, LITIGATION_COLUMNS, OUTCOME_COLUMNS, REVIEW_COLUMNS, yearColumnsTable,
} from "@/lib/charts/overview";
import { rankingTable } from "@/lib/charts/ranking";
import { regionMapTable } from "@/lib/charts/region-map-table";
import { yearRange } from "@/lib/charts/time-axis";
import type { ChartTable } from "@/lib/charts/types";
import { CORE_BY_KEY, type CoreMetricColumn } from "@/lib/metrics";
import { getCompare } from "@/lib/queries/compare";
import { getRegionMap } from "@/lib/queries/map";
import { getAvailableYears, getOverview } from "@/lib/queries/overview";
import { selectionOf, type UrlState } from "@/lib/url-state";

function total(key: string) {
  const m = CORE_BY_KEY.get(key)!;
  return { column: m.column as CoreMetricColumn, label: m.label };
}

async function overviewTable(chart: string, state: UrlState): Promise<ChartTable> {
  const selection = selectionOf(state);
  const { totals, ranking } = await getOverview({ selection, metric: state.metric, rank: state.rank });
  const lastYear: [string, string] = ["年份", ranking.year ? `${ranking.year}年（所选年份中的最后一年）` : "无数据"];
  switch (chart) {
    case "applicants":
      return yearColumnsTable(totals, [total("apps.new.total"), ...APPLICANT_COLUMNS]);
    case "outcomes":
      return yearColumnsTable(totals, [total("outcome.total.total"), ...OUTCOME_COLUMNS]);
    case "review-litigation":
      return yearColumnsTable(totals, [total("review.total"), ...REVIEW_COLUMNS, total("litigation.total"), ...LITIGATION_COLUMNS]);
    case "coverage":
      return coverageTable(totals);
    case "map": {
      // Every sub-region of the selected region, for the ranking's year.
      const map = await getRegionMap({ selection, metric: state.metric, year: ranking.year });
      return { ...regionMapTable(map.rows, state.metric), header: [["地图" + lastYear[0], lastYear[1]]] };
    }
    default:
      // The ranking is of one year (the last of the selection), whatever range the filters span.
      return { ...rankingTable(ranking.rows, state.metric), header: [["排名" + lastYear[0], lastYear[1]]] };
  }
}

async function compareChartTable(state: UrlState): Promise<ChartTable> {
  const years = await getAvailableYears();
  const data = await getCompare({ selection: selectionOf(state), metric: state.metric, delta: state.delta });
  const from = state.from ?? years[0] ?? 0;
  const to = state.to ?? years.at(-1) ?? 0;
  return compareTable({ ...data, years: yearRange([from, to]), metric: state.metric, delta: state.delta });
}

export const EXPORTABLE_CHARTS = ["applicants", "outcomes", "review-litigation", "coverage", "ranking", "map", "compare"] as const;

export async function chartTable(chart: (typeof EXPORTABLE_CHARTS)[number], state: UrlState): Promise<ChartTable> {
  return chart === "compare" ? compareChartTable(state) : overviewTable(chart, state);
}
