import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/charts/csv";
import { API_CHART_IDS, chartTitle } from "@/lib/charts/registry";
import { describeSelection } from "@/lib/charts/selection";
import { getAgencies } from "@/lib/queries/agencies";
import { getRegionChoices } from "@/lib/queries/region-options";
import { parseStrict } from "@/lib/url-state";
import { badRequest, csvResponse, guarded } from "../../_shared/respond";
import { chartReaders, EXPORT_PARAMS } from "./tables";

export const dynamic = "force-dynamic";

/** GET /api/export/{chart}?<the page's parameters> → the chart's data as CSV (UTF-8 with BOM), titled as its card. */
export async function GET(request: NextRequest, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  const id = API_CHART_IDS.find((c) => c === chart);
  if (!id) return badRequest(`unknown chart ${JSON.stringify(chart.slice(0, 40))}; one of ${API_CHART_IDS.join(", ")}`);
  const parsed = parseStrict(request.nextUrl.searchParams, [...EXPORT_PARAMS]);
  if ("error" in parsed) return badRequest(parsed.error);
  const { state } = parsed;
  return guarded(async () => {
    const [{ table, context }, regions, agencies] = await Promise.all([
      chartReaders(state)[id](),
      getRegionChoices({ region: state.region }),
      getAgencies({ ids: state.agencies, rel: state.rel }),
    ]);
    const title = chartTitle(id, context);
    const header = describeSelection(
      { ...state, metric: context.metric },
      { regionPath: regions.path.map((r) => r.name), agencies: agencies.map((a) => a.name) },
      [["图表", title], ...(table.header ?? []), ["来源", "年报观察 nianbao"]],
    );
    return csvResponse(toCsv(table, header), `${title}.csv`);
  });
}
