import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/charts/csv";
import { describeSelection } from "@/lib/charts/selection";
import { getAgencies } from "@/lib/queries/agencies";
import { getRegionChoices } from "@/lib/queries/region-options";
import { parseStrict } from "@/lib/url-state";
import { badRequest, csvResponse, guarded } from "../../_shared/respond";
import { chartTable, EXPORTABLE_CHARTS } from "./tables";

export const dynamic = "force-dynamic";

const TITLES: Record<(typeof EXPORTABLE_CHARTS)[number], string> = {
  applicants: "申请量（按申请人类型）",
  outcomes: "办理结果构成",
  "review-litigation": "行政复议与行政诉讼",
  coverage: "提交年报与未通过校验",
  ranking: "排名",
  map: "各地区分布",
  compare: "对比",
};

/** GET /api/export/{chart}?<the page's parameters> → the chart's data as CSV (UTF-8 with BOM). */
export async function GET(request: NextRequest, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  const id = EXPORTABLE_CHARTS.find((c) => c === chart);
  if (!id) return badRequest(`unknown chart ${JSON.stringify(chart.slice(0, 40))}; one of ${EXPORTABLE_CHARTS.join(", ")}`);
  const parsed = parseStrict(request.nextUrl.searchParams, ["region", "from", "to", "level", "kind", "agencies", "metric"]);
  if ("error" in parsed) return badRequest(parsed.error);
  const { state } = parsed;
  return guarded(async () => {
    const [table, regions, agencies] = await Promise.all([
      chartTable(id, state),
      getRegionChoices({ region: state.region }),
      getAgencies({ ids: state.agencies }),
    ]);
    const header = describeSelection(
      state,
      { regionPath: regions.path.map((r) => r.name), agencies: agencies.map((a) => a.name) },
      [["图表", TITLES[id]], ...(table.header ?? []), ["来源", "年报观察 nianbao"]],
    );
    return csvResponse(toCsv(table, header), `${TITLES[id]}.csv`);
  });
}
