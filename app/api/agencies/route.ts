import type { NextRequest } from "next/server";
import { searchAgencies } from "@/lib/queries/agencies";
import { parseStrict } from "@/lib/url-state";
import { badRequest, guarded } from "../_shared/respond";

export const dynamic = "force-dynamic";

/** GET /api/agencies?q=瓯海[&region=3303] → { agencies: [{ id, name, level, kind, regionPath, years }] } */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const q = params.get("q")?.trim() ?? "";
  if (!q) return badRequest("missing parameter q (agency name or pinyin initials)");
  if (q.length > 40) return badRequest("parameter q is longer than 40 characters");
  const parsed = parseStrict(params, ["region"]);
  if ("error" in parsed) return badRequest(parsed.error);
  return guarded(async () => {
    const agencies = await searchAgencies({ q, region: parsed.state.region || undefined });
    return Response.json({ agencies });
  });
}
