import { getLatestReleaseId } from "@/lib/releases/read";
import { guarded } from "../../_shared/respond";

export const dynamic = "force-dynamic";

/** GET /api/releases/latest → `{ "latest": id }` (null: no release yet). Read by proxy.ts for ETags and pins. */
export async function GET() {
  return guarded(async () => {
    const id = await getLatestReleaseId();
    return Response.json({ latest: id || null }, { headers: { "cache-control": "no-store" } });
  });
}
