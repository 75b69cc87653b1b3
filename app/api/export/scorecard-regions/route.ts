import type { NextRequest } from "next/server";
import { regionScoresTable } from "@/lib/charts/scorecard";
import { scorecardCsv } from "../../_shared/scorecard";

export const dynamic = "force-dynamic";

/** GET /api/export/scorecard-regions?<the scorecard's parameters> → the sub-region rollup (the chart's table) as CSV. */
export async function GET(request: NextRequest) {
  return scorecardCsv(request, "年报质量评分（按下级地区）", (card) => regionScoresTable(card?.regions ?? []));
}
