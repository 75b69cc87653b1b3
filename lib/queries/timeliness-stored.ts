import "server-only";
/**
 * Timeliness of the current data from what ingest stores (db/schema.ts: report_timeliness, timeliness_agg, kept by
 * triggers): the status of every report is judged once when it is written, so a scope's counts are its
 * pre-aggregated rows plus a GROUP BY of the agencies that owe reports; 未发布 and 未到期 are counted here against
 * today, so they never go stale. The national read is ~400 + ~10,000 index rows however many reports there are.
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { deadlineFor } from "@/lib/timeliness/deadline";
import { judgeAbsence, judgeReport, type JudgedYear, type TimelinessStatus } from "@/lib/timeliness/judge";
import { countByPlace, countByYear, emptyCounts, type StatusCell } from "@/lib/timeliness/tally";
import { aggChildrenWhere, aggWhere, factsWhere } from "./filters";
import type { QualityScope } from "./quality";
import {
  agencyWhere,
  type NamedYear,
  placeColumn,
  placeName,
  placeNames,
  type ScopeCounts,
  yearBounds,
} from "./timeliness-scope";

/** The 条例 took effect in 2008: earlier years owe nothing (lib/template/deadlines.ts). */
const FIRST_DUE_YEAR = 2008;

interface Stored {
  scope: string;
  year: number;
  level: string;
  kind: string;
  onTime: number;
  late: number;
  undated: number;
}

const key = (place: string | null, year: number, level: string, kind: string) =>
  JSON.stringify([place, year, level, kind]);

/** Reported counts per place, year, level and kind: the sub-regions' rows, and the scope's own minus theirs (本级). */
function reportedCells(scope: string, own: Stored[], children: Stored[]): Map<string, Stored> {
  const childLength = scope === "" ? 2 : scope.length + 2;
  const by = new Map<string, Stored>();
  for (const r of own) by.set(key(null, r.year, r.level, r.kind), { ...r });
  for (const c of children) {
    if (c.scope.length !== childLength) continue; // a county under its province directly is the province's 本级
    by.set(key(c.scope, c.year, c.level, c.kind), c);
    const rest = by.get(key(null, c.year, c.level, c.kind));
    if (!rest) continue;
    rest.onTime -= c.onTime;
    rest.late -= c.late;
    rest.undated -= c.undated;
  }
  return by;
}

/**
 * Nationally every agency is grouped: through agencies_owed the GROUP BY reads the index alone (the planner, without
 * ANALYZE statistics, takes agencies_province and looks up every row: 2× the time). A region seeks it by itself.
 */
const owedIndex = (scope: QualityScope) =>
  scope.region === "" && !scope.level && !scope.kind ? sql`INDEXED BY agencies_owed` : sql``;

/** Counts per year and sub-region of the scope on `today`. */
export async function countStored(scope: QualityScope, today: string): Promise<ScopeCounts> {
  const years = await yearBounds(scope);
  if (!years) return { from: null, to: null, totals: emptyCounts(), byYear: [], byPlace: [] };
  const db = await getDb();
  const within = { ...scope, from: years.from, to: years.to };
  const columns = sql`scope, year, level, kind, on_time AS onTime, late, undated`;
  const place = placeColumn(scope.region);
  const [own, children, owing, names] = await Promise.all([
    db.all<Stored>(sql`SELECT ${columns} FROM timeliness_agg WHERE ${aggWhere(within)}`),
    scope.region.length >= 6
      ? Promise.resolve([])
      : db.all<Stored>(sql`SELECT ${columns} FROM timeliness_agg WHERE ${aggChildrenWhere(within)}`),
    db.all<{ place: string | null; level: string; kind: string; firstYear: number | null; n: number }>(sql`
      SELECT ${place} AS place, level, kind, first_year AS firstYear, COUNT(*) AS n FROM agencies ${owedIndex(scope)}
      WHERE ${agencyWhere(scope)} GROUP BY ${place}, level, kind, first_year`),
    placeNames(scope),
  ]);
  // Agency-years owed: every year from the agency's first report (a listed agency: every year) with a deadline.
  const owed = new Map<string, { place: string | null; year: number; level: string; kind: string; n: number }>();
  for (const g of owing) {
    for (let year = Math.max(years.from, g.firstYear ?? years.from); year <= years.to; year++) {
      if (!deadlineFor(year, g.kind, g.level)) continue;
      const k = key(g.place, year, g.level, g.kind);
      const o = owed.get(k) ?? { place: g.place, year, level: g.level, kind: g.kind, n: 0 };
      o.n += Number(g.n);
      owed.set(k, o);
    }
  }
  const reported = reportedCells(scope.region, own, children);
  const cells: StatusCell[] = [];
  for (const [k, r] of reported) {
    const p = JSON.parse(k)[0] as string | null;
    for (const [status, n] of [
      ["on_time", r.onTime],
      ["late", r.late],
      ["undated", r.undated],
    ] as const)
      if (n > 0) cells.push({ year: r.year, place: p, status, n });
  }
  for (const [k, o] of owed) {
    const r = reported.get(k);
    const absent = o.n - (r ? r.onTime + r.late + r.undated : 0);
    const status = judgeAbsence(o, today)?.status;
    if (absent > 0 && status) cells.push({ year: o.year, place: o.place, status, n: absent });
  }
  const totals = emptyCounts();
  for (const c of cells) totals[c.status] += c.n ?? 1;
  return {
    ...years,
    totals,
    byYear: countByYear(cells),
    byPlace: countByPlace(cells).map((c) => ({ ...c, name: placeName(names, c.place) })),
  };
}

const REPORTED: readonly TimelinessStatus[] = ["late", "undated", "on_time"];
const ABSENT: readonly TimelinessStatus[] = ["missing", "not_due"];

/** The agency-years of these statuses (unordered: lib/timeliness/tally.ts listOf orders them). */
export async function listStored(
  scope: QualityScope,
  statuses: readonly TimelinessStatus[],
  today: string,
): Promise<NamedYear[]> {
  const years = await yearBounds(scope);
  if (!years) return [];
  const names = await placeNames(scope);
  const named = (r: JudgedYear): NamedYear => ({ ...r, place: placeName(names, r.place) });
  const reported = statuses.filter((s) => REPORTED.includes(s));
  const absent = statuses.filter((s) => ABSENT.includes(s));
  const [late, gaps] = await Promise.all([
    reported.length ? reportedRows(scope, years, reported) : [],
    absent.length ? absentRows(scope, years, today) : [],
  ]);
  return [...late, ...gaps.filter((r) => absent.includes(r.status))].map(named);
}

/** Reports of these statuses, judged again for their dates (a few thousand rows: the status picks them). */
async function reportedRows(
  scope: QualityScope,
  years: { from: number; to: number },
  statuses: readonly TimelinessStatus[],
): Promise<JudgedYear[]> {
  const db = await getDb();
  const rows = await db.all<{
    agencyId: string;
    agencyName: string;
    place: string | null;
    year: number;
    level: string;
    kind: string;
    publicId: string;
    published: string | null;
    pagePublished: string | null;
    firstSeenAt: string | null;
  }>(sql`
    SELECT t.agency_id AS agencyId, a.name AS agencyName, ${placeColumn(scope.region, "a.")} AS place, t.year,
           t.level, t.kind, r.public_id AS publicId, r.published, r.page_published AS pagePublished,
           r.first_seen_at AS firstSeenAt
    FROM (SELECT report_id, agency_id, year, level, kind FROM report_timeliness
          WHERE status IN (${sql.join(
            statuses.map((s) => sql`${s}`),
            sql`, `,
          )}) AND ${factsWhere({ ...scope, ...years, agencies: [] })}) t
      JOIN reports r ON r.id = t.report_id JOIN agencies a ON a.id = t.agency_id`);
  return rows.flatMap((r) => {
    const judged = judgeReport(r);
    return judged
      ? [
          {
            ...judged,
            agencyId: r.agencyId,
            agencyName: r.agencyName,
            place: r.place,
            year: r.year,
            publicId: r.publicId,
          },
        ]
      : [];
  });
}

/**
 * Agency-years without a report, judged against today. SQL finds them: only agencies with fewer reports than years
 * owed (one seek of facts_agency_year per agency of the scope) are crossed with their years.
 */
async function absentRows(
  scope: QualityScope,
  years: { from: number; to: number },
  today: string,
): Promise<JudgedYear[]> {
  const db = await getDb();
  const lo = Math.max(years.from, FIRST_DUE_YEAR);
  const hi = years.to;
  if (lo > hi) return [];
  const owedYears = JSON.stringify(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i));
  const rows = await db.all<{
    id: string;
    name: string;
    kind: string;
    level: string;
    place: string | null;
    year: number;
  }>(
    sql`
    WITH g AS (
      SELECT id, name, kind, level, place, start FROM (
        SELECT a.id, a.name, a.kind, a.level, ${placeColumn(scope.region, "a.")} AS place,
               max(${lo}, coalesce(a.first_year, ${lo})) AS start
        FROM agencies a WHERE ${agencyWhere(scope, "a.")})
      WHERE start <= ${hi} AND (SELECT COUNT(DISTINCT f.year) FROM report_facts f
        WHERE f.agency_id = id AND f.year BETWEEN start AND ${hi}) < ${hi} - start + 1)
    SELECT g.id, g.name, g.kind, g.level, g.place, y.value AS year FROM g JOIN json_each(${owedYears}) y
      ON y.value >= g.start
    WHERE NOT EXISTS (SELECT 1 FROM report_facts f WHERE f.agency_id = g.id AND f.year = y.value)`,
  );
  return rows.flatMap((r) => {
    const judged = judgeAbsence(r, today);
    return judged
      ? [{ ...judged, agencyId: r.id, agencyName: r.name, place: r.place, year: r.year, publicId: null }]
      : [];
  });
}
