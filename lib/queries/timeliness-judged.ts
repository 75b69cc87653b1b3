import "server-only";
/**
 * Timeliness judged from scratch: every agency and every active report of the scope read and judged by
 * lib/timeliness. Pinned views (`rel`) read this way, as of their release (timeliness_agg holds current data only;
 * a release never changes, so its answer is kept), and the stored statuses are tested against it
 * (lib/queries/timeliness.test.ts). Current views read the stored counts (./timeliness-stored.ts).
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { activeReportsAsOf, agencyNameAsOf, factsFrom, provenanceAsOf } from "@/lib/releases/as-of";
import { judgeAgencyYears, type JudgedYear, type KnownAgency, type KnownReport } from "@/lib/timeliness/judge";
import { countByPlace, countByYear, emptyCounts } from "@/lib/timeliness/tally";
import { factsWhere } from "./filters";
import type { QualityScope } from "./quality";
import * as shared from "./timeliness-scope";

/** Every agency-year of the scope, judged on `today` (YYYY-MM-DD, Beijing), with the counts. */
export async function judgeScope(
  scope: QualityScope,
  today: string,
): Promise<shared.ScopeCounts & { rows: shared.NamedYear[] }> {
  const years = await shared.yearBounds(scope);
  if (!years) return { from: null, to: null, totals: emptyCounts(), byYear: [], byPlace: [], rows: [] };
  const db = await getDb();
  const [agencies, reports, names] = await Promise.all([
    db.all<KnownAgency>(sql`
      SELECT id, ${agencyNameAsOf(scope.rel, "agencies")} AS name, kind, level,
             ${shared.placeColumn(scope.region)} AS place,
             first_year AS firstYear FROM agencies
      WHERE ${shared.agencyWhere(scope)}`),
    db.all<KnownReport>(sql`
      SELECT rf.agency_id AS agencyId, rf.year, r.public_id AS publicId, r.published,
             ${provenanceAsOf(scope.rel, "page_published")} AS pagePublished,
             ${provenanceAsOf(scope.rel, "first_seen_at")} AS firstSeenAt
      FROM (SELECT report_id, agency_id, year FROM ${factsFrom(scope.rel)}
            WHERE ${factsWhere({ ...scope, from: years.from, to: years.to, agencies: [] })}) rf
        JOIN reports r ON r.id = rf.report_id AND ${activeReportsAsOf(scope.rel)}`),
    shared.placeNames(scope),
  ]);
  // An agency whose first_year is unset but has reports (older databases) owes from its first report read here.
  const firstRead = new Map<string, number>();
  for (const r of reports) firstRead.set(r.agencyId, Math.min(firstRead.get(r.agencyId) ?? r.year, r.year));
  const known = agencies.map((a) => ({ ...a, firstYear: a.firstYear ?? firstRead.get(a.id) ?? null }));
  const judged: JudgedYear[] = judgeAgencyYears({ agencies: known, reports, from: years.from, to: years.to, today });
  const totals = emptyCounts();
  for (const r of judged) totals[r.status]++;
  return {
    ...years,
    totals,
    byYear: countByYear(judged),
    byPlace: countByPlace(judged).map((c) => ({ ...c, name: shared.placeName(names, c.place) })),
    rows: judged.map((r) => ({ ...r, place: shared.placeName(names, r.place) })),
  };
}
