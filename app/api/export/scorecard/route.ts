import type { NextRequest } from "next/server";
import { scorecardTable } from "@/lib/charts/scorecard";
import { scorecardCsv } from "../../_shared/scorecard";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/scorecard?<the scorecard's parameters> → every agency's marks, score and rank as CSV (UTF-8 with
 * BOM).
 */
export async function GET(request: NextRequest) {
  return scorecardCsv(request, "年报质量评分", (card) => (card ? scorecardTable(card) : { columns: [], rows: [] }));
}
