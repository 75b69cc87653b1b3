import { getReleases } from "@/lib/releases/read";
import { guarded } from "../_shared/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/releases → every data release, newest first: `id` (the value of `rel=` in a pinned link), `time` (ISO,
 * UTC), `kind` (baseline | ingest | collect | demo | demo-removal), the counts of reports it added, updated (a new
 * version of an agency's year), superseded and removed, and the parser version. `latest` is the current release.
 */
export async function GET() {
  return guarded(async () => {
    const releases = await getReleases();
    return Response.json({
      latest: releases[0]?.id ?? null,
      releases: releases.map((r) => ({
        id: r.id,
        time: r.createdAt,
        kind: r.kind,
        counts: { added: r.added, updated: r.updated, superseded: r.superseded, removed: r.removed },
        parserVersion: r.parserVersion,
      })),
    });
  });
}
