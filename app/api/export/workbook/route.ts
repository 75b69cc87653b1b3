import type { NextRequest } from "next/server";
import { chartsOf, chartTitle, type ApiChartId, type ChartView } from "@/lib/charts/registry";
import { describeSelection } from "@/lib/charts/selection";
import { getAgencies } from "@/lib/queries/agencies";
import { getDataDate } from "@/lib/queries/data-date";
import { getRegionChoices } from "@/lib/queries/region-options";
import { parseStrict, toSearchString } from "@/lib/url-state";
import { summableMetric } from "@/lib/value-metrics";
import { badRequest, guarded } from "../../_shared/respond";
import { chartReaders, EXPORT_PARAMS } from "../[chart]/tables";
import { buildWorkbook } from "./build";
import { definitionsFor } from "./definitions";

export const dynamic = "force-dynamic";

/** The views with a workbook: their page and their name in the 说明 sheet. */
const VIEWS: Partial<Record<ChartView, { path: string; name: string }>> = {
  overview: { path: "/", name: "总览" },
  compare: { path: "/compare", name: "对比" },
  quality: { path: "/quality", name: "数据质量" },
};

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET /api/export/workbook?view=overview|compare|quality&<the page's parameters> → every chart of that view as a
 * sheet of one .xlsx, after a 说明 sheet. `view` defaults to the overview.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const view = (params.get("view") || "overview") as ChartView;
  const page = VIEWS[view];
  if (!page) {
    const known = Object.keys(VIEWS).join(", ");
    return badRequest(`unknown view ${JSON.stringify(view.slice(0, 40))}; one of ${known} 未知的视图，可选：${known}`);
  }
  const parsed = parseStrict(params, [...EXPORT_PARAMS]);
  if ("error" in parsed) return badRequest(parsed.error);
  const { state } = parsed;
  return guarded(async () => {
    const readers = chartReaders(state);
    const charts = chartsOf(view).filter((c) => c.workbook && c.csv === "api");
    const [data, regions, agencies, date] = await Promise.all([
      Promise.all(charts.map((c) => readers[c.id as ApiChartId]())),
      getRegionChoices({ region: state.region }),
      getAgencies({ ids: state.agencies }),
      getDataDate(),
    ]);
    // A chart the page does not draw for this selection (no rows: the map of chosen agencies) has no sheet.
    const drawn = charts.map((c, i) => ({ id: c.id as ApiChartId, ...data[i] })).filter((d) => d.table.rows.length);
    const metric = drawn[0]?.context.metric ?? summableMetric(state.metric);
    const filters = describeSelection(
      { ...state, metric },
      { regionPath: regions.path.map((r) => r.name), agencies: agencies.map((a) => a.name) },
      drawn.flatMap((d) => d.table.header ?? []),
    );
    const query = toSearchString(state);
    const permalink = `${request.nextUrl.origin}${page.path}${query ? `?${query}` : ""}`;
    const body = await buildWorkbook({
      view: page.name,
      permalink,
      filters,
      definitions: definitionsFor(drawn.map((d) => d.context.metric), drawn.map((d) => d.table), view === "compare" && state.delta),
      dataDate: date.updatedAt
        ? `${date.updatedAt.slice(0, 10)} 更新（最新报告年度：${date.latestYear ?? "—"}年）`
        : "数据库中还没有年报",
      sheets: drawn.map((d) => ({ title: chartTitle(d.id, d.context), table: d.table })),
    });
    const filename = `年报观察-${page.name}-${new Date().toISOString().slice(0, 10)}.xlsx`;
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="nianbao.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "no-store",
      },
    });
  });
}
