import type { NextRequest } from "next/server";
import { getAgencies } from "@/lib/queries/agencies";
import { getAgencySeries } from "@/lib/queries/series";
import { metricLabel } from "@/lib/charts/ranking";
import { RATE_BY_KEY } from "@/lib/metrics";
import { parseStrict } from "@/lib/url-state";
import { isAggregatable } from "@/lib/value-metrics";
import { badRequest, guarded } from "../_shared/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/series?agencies=id1~id2&metric=rate.grant&from=2019&to=2023 → per agency and year the value,
 * and for rates the summed numerator and denominator. A year without a report has no point; value null is a
 * cell printed blank (or, for a detail key, a report whose template has no such cell).
 * `metric`: a core metric, a rate, or any canonical §三/§四 key (e.g. outcome.denied.state_secret.total,
 * litigation_direct.total) or legacy.* key; the latter are read from the stored figures (`source: "values"`).
 * `rel`: read as of that data release (GET /api/releases); the answer is then immutable and cached.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = parseStrict(params, ["agencies", "metric", "from", "to", "rel"]);
  if ("error" in parsed) return badRequest(parsed.error);
  const { agencies, metric, from, to, rel } = parsed.state;
  if (!agencies.length) return badRequest("missing parameter agencies (ids joined by ~)");
  return guarded(async () => {
    const [known, points] = await Promise.all([
      getAgencies({ ids: agencies, rel }),
      getAgencySeries({ agencies, metric, from, to, rel }),
    ]);
    const rate = RATE_BY_KEY.has(metric);
    return Response.json({
      metric,
      label: metricLabel(metric),
      rate,
      source: isAggregatable(metric) ? "facts" : "values",
      from,
      to,
      agencies: known.map((a) => ({ id: a.id, name: a.name, regionPath: a.regionPath })),
      unknown: agencies.filter((id) => !known.some((a) => a.id === id)),
      points: points.map((p) => ({
        agency: p.id,
        year: p.year,
        value: p.value,
        ...(rate ? { numerator: p.num, denominator: p.den } : {}),
      })),
    });
  });
}
