import type { NextRequest } from "next/server";
import { DEADLINE_RULES } from "@/lib/template/deadlines";
import { TWIN_SIMILARITY } from "@/lib/scorecard/marks";
import { MIN_SHIFT, SHIFT_SHARE, WEIGHT_STEP } from "@/lib/scorecard/score";
import { formatWeights, INDICATOR_LABELS } from "@/lib/scorecard/weights";
import { badRequest, guarded } from "../_shared/respond";
import { cacheHeaders, notModified, parseScorecardRequest, readScorecard, scorecardEtag } from "../_shared/scorecard";

export const dynamic = "force-dynamic";

/**
 * GET /api/scorecard?region=33&year=2023&w=timely:30~complete:20~consistent:20~chained:10~original:10~plausible:10
 * [&level=county&kind=department] → the report-quality scorecard: per agency its marks (value 0–1 or null where an
 * indicator does not apply, and the reason), score, rank and the largest rank move under one weight ±10; per
 * sub-region the rates. `year` defaults to the latest with data; an invalid parameter is a 400.
 */
export async function GET(request: NextRequest) {
  const req = parseScorecardRequest(request.nextUrl.searchParams);
  if ("error" in req) return badRequest(req.error);
  return guarded(async () => {
    const etag = await scorecardEtag(req, "json");
    const unchanged = notModified(request, etag);
    if (unchanged) return unchanged;
    const { card, years, regionPath } = await readScorecard(req);
    return Response.json(
      {
        region: req.scope.region,
        regionPath,
        level: req.scope.level,
        kind: req.scope.kind,
        year: card?.year ?? null,
        years,
        weights: req.weights,
        w: formatWeights(req.weights),
        indicators: INDICATOR_LABELS,
        method: {
          score: "适用指标的加权平均（0–100）；不适用的指标不计入分母；缺报为 0 分。",
          sensitivity: {
            step: WEIGHT_STEP,
            threshold: card?.threshold ?? null,
            rule: `名次变动超过 max(${MIN_SHIFT}, 排名机构数 × ${SHIFT_SHARE}) 位为敏感`,
          },
          twinSimilarity: TWIN_SIMILARITY,
          deadlines: DEADLINE_RULES,
        },
        regions: card?.regions ?? [],
        agencies: card?.agencies ?? [],
      },
      { headers: cacheHeaders(etag) },
    );
  });
}
