import type { NextRequest } from "next/server";
import { chartTitle } from "@/lib/charts/registry";
import { regionScoresTable } from "@/lib/charts/scorecard";
import { scorecardCsv } from "../../_shared/scorecard";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/scorecard-regions?<the scorecard's parameters> → the sub-region rollup (the chart's table) as CSV.
 */
export async function GET(request: NextRequest) {
  // Titled as the chart card it is the CSV of (lib/charts/registry.ts).
  return scorecardCsv(request, chartTitle("scorecard", { byRegion: true }), (card) =>
    regionScoresTable(card?.regions ?? []),
  );
}
