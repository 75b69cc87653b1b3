import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/charts/csv";
import { describeSelection } from "@/lib/charts/selection";
import { timelinessByPlaceTable, timelinessByYearTable, timelinessListTable } from "@/lib/charts/timeliness";
import { getRegionChoices } from "@/lib/queries/region-options";
import { getTimeliness, getTimelinessList, type ListedStatus } from "@/lib/queries/timeliness";
import { judgingDay } from "@/lib/releases/release-day";
import { STATUS_LABELS } from "@/lib/timeliness/judge";
import { PROBLEM_STATUSES } from "@/lib/timeliness/tally";
import { parseStrict } from "@/lib/url-state";
import { badRequest, csvResponse, guarded } from "../../_shared/respond";

export const dynamic = "force-dynamic";

const TABLES = {
  years: "按时发布与缺报（按年度）",
  regions: "按时发布与缺报（按下级地区）",
  list: "逾期与未发布名单",
} as const;
type TableId = keyof typeof TABLES;

/**
 * GET /api/export/timeliness?table=years|regions|list&<the page's parameters> → the timeliness card's counts per
 * year, per sub-region, or the whole list of the `timely` status (default late and missing), as CSV. `rel` pins it to
 * a release (judged on that release's day), as the section it exports.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const table = (params.get("table") ?? "years") as TableId;
  if (!(table in TABLES))
    return badRequest(`unknown table ${JSON.stringify(table.slice(0, 40))}; one of ${Object.keys(TABLES).join(", ")}`);
  const parsed = parseStrict(params, ["region", "from", "to", "level", "kind", "timely", "rel"]);
  if ("error" in parsed) return badRequest(parsed.error);
  const { state } = parsed;
  const { region, from, to, level, kind, rel } = state;
  const scope = { region, from, to, level, kind, rel };
  return guarded(async () => {
    const statuses: readonly ListedStatus[] = state.timely ? [state.timely] : (PROBLEM_STATUSES as ListedStatus[]);
    const { day: today } = await judgingDay(rel);
    const [summary, list, regions] = await Promise.all([
      getTimeliness({ scope, today }),
      table === "list" ? getTimelinessList({ scope, statuses, page: null, today }) : null,
      getRegionChoices({ region: state.region }),
    ]);
    const data =
      table === "years"
        ? timelinessByYearTable(summary.byYear)
        : table === "regions"
          ? timelinessByPlaceTable(summary.byPlace)
          : timelinessListTable(list!.rows);
    const header = describeSelection(state, { regionPath: regions.path.map((r) => r.name), agencies: [] }, [
      ["图表", TABLES[table]],
      ...(table === "list" ? [["情况", statuses.map((s) => STATUS_LABELS[s]).join("、")] as [string, string]] : []),
      ["判定日期", `${summary.today}（北京时间；期限未到的年份计为未到期）`],
      ["来源", "年报观察 nianbao"],
    ]).filter(([k]) => k !== "指标"); // no metric: every agency-year counts once
    return csvResponse(toCsv(data, header), `${TABLES[table]}.csv`);
  });
}
