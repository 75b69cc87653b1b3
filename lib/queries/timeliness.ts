import "server-only";
/**
 * Timeliness and coverage of a scope (/quality, Overview): every known agency's years judged by lib/timeliness,
 * as counts per year, counts per sub-region and the list of one or more statuses. An agency Nianbao knows is a
 * row of `agencies`: it has reports, or a collect list named it. Reads every agency and active report of the scope
 * and years once per data version and day (memoised, as the quality view's gap list is), through the agencies'
 * and facts' region indexes; rows only, no chart code.
 */
import { sql, type SQL } from "drizzle-orm";
import { databaseUrl, getDb } from "@/db/client";
import { beijingDate } from "@/lib/timeliness/deadline";
import {
  judgeAgencyYears,
  type JudgedYear,
  type KnownAgency,
  type KnownReport,
  type TimelinessStatus,
} from "@/lib/timeliness/judge";
import {
  countByPlace,
  countByYear,
  emptyCounts,
  listOf,
  type PlaceCounts,
  type StatusCounts,
  type YearCounts,
} from "@/lib/timeliness/tally";
import { factsWhere } from "./filters";
import { memoised } from "./memo";
import { dataVersion, type Page, type QualityScope } from "./quality";
import { MAX_PAGE, PAGE_SIZE } from "./quality-limits";

/** The statuses a list can show (on time is most of every year: counted, not listed). */
export const LISTED_STATUSES = ["late", "missing", "undated", "not_due"] as const satisfies readonly TimelinessStatus[];
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export interface TimelinessSummary {
  /** The years judged (the scope's, within the years the database holds); null when it holds none. */
  from: number | null;
  to: number | null;
  /** The Beijing date the judgement was made on (YYYY-MM-DD). */
  today: string;
  totals: StatusCounts;
  byYear: YearCounts[];
  /** Per sub-region of the scope (null code and name 本级: the scope's own agencies). */
  byPlace: (PlaceCounts & { name: string })[];
}

export interface TimelinessRow {
  agencyId: string;
  agencyName: string;
  placeName: string;
  year: number;
  status: TimelinessStatus;
  deadline: string;
  date: string | null;
  dateSource: JudgedYear["dateSource"];
  daysLate: number | null;
  publicId: string | null;
}

/** The agencies column holding the code of the scope's sub-regions. */
function placeColumn(region: string): SQL {
  return sql.raw(
    region === "" ? "province_code" : region.length === 2 ? "city_code" : region.length === 4 ? "county_code" : "NULL",
  );
}

function agencyWhere(scope: QualityScope): SQL {
  const parts: SQL[] = [];
  if (scope.region.length === 2) parts.push(sql`province_code = ${scope.region}`);
  if (scope.region.length === 4) parts.push(sql`city_code = ${scope.region}`);
  if (scope.region.length === 6) parts.push(sql`county_code = ${scope.region}`);
  if (scope.level) parts.push(sql`level = ${scope.level}`);
  if (scope.kind) parts.push(sql`kind = ${scope.kind}`);
  return parts.length ? sql.join(parts, sql` AND `) : sql`1`;
}

async function yearBounds(scope: QualityScope): Promise<{ from: number; to: number } | null> {
  const db = await getDb();
  const [row] = await db.all<{ lo: number | null; hi: number | null }>(
    sql`SELECT MIN(year) AS lo, MAX(year) AS hi FROM report_facts`,
  );
  if (row?.lo == null || row.hi == null) return null;
  const from = Math.max(scope.from ?? row.lo, row.lo);
  const to = Math.min(scope.to ?? row.hi, row.hi);
  return from <= to ? { from, to } : null;
}

/** What the memo keeps: the counts, and the rows a list can show (on-time rows, most of them, are only counted). */
interface Judged extends Omit<TimelinessSummary, "today"> {
  listed: JudgedYear[];
}

const todayInBeijing = () => beijingDate(new Date())!;
const placeName = (names: Map<string, string>, place: string | null) =>
  place === null ? "本级" : (names.get(place) ?? place);

async function judgeScope(scope: QualityScope, today: string): Promise<Judged> {
  const years = await yearBounds(scope);
  if (!years) return { from: null, to: null, totals: emptyCounts(), byYear: [], byPlace: [], listed: [] };
  const db = await getDb();
  const place = placeColumn(scope.region);
  const [agencies, reports, names] = await Promise.all([
    db.all<KnownAgency>(sql`
      SELECT id, name, kind, level, ${place} AS place, first_year AS firstYear FROM agencies WHERE
      ${agencyWhere(scope)}`),
    db.all<KnownReport>(sql`
      SELECT rf.agency_id AS agencyId, rf.year, r.public_id AS publicId, r.published, r.page_published AS pagePublished,
             r.first_seen_at AS firstSeenAt
      FROM (SELECT report_id, agency_id, year FROM report_facts
            WHERE ${factsWhere({ ...scope, from: years.from, to: years.to, agencies: [] })}) rf
        JOIN reports r ON r.id = rf.report_id`),
    db.all<{ code: string; name: string }>(
      sql`SELECT code, name FROM regions WHERE ${
        scope.region === ""
          ? sql`level = 1`
          : sql`parent_code =
      ${scope.region}`
      }`,
    ),
  ]);
  // An agency whose first_year is unset but has reports (older databases) owes from its first report read here.
  const firstRead = new Map<string, number>();
  for (const r of reports) firstRead.set(r.agencyId, Math.min(firstRead.get(r.agencyId) ?? r.year, r.year));
  const known = agencies.map((a) => ({ ...a, firstYear: a.firstYear ?? firstRead.get(a.id) ?? null }));
  const rows = judgeAgencyYears({ agencies: known, reports, from: years.from, to: years.to, today });
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  const totals = emptyCounts();
  for (const r of rows) totals[r.status]++;
  return {
    ...years,
    totals,
    byYear: countByYear(rows),
    byPlace: countByPlace(rows).map((c) => ({ ...c, name: placeName(nameOf, c.place) })),
    listed: rows.filter((r) => r.status !== "on_time").map((r) => ({ ...r, place: placeName(nameOf, r.place) })),
  };
}

/** The judged rows of a scope, kept per data version and Beijing day (a deadline passing changes the answer). */
async function judged(scope: QualityScope, today: string): Promise<Judged> {
  const key = JSON.stringify([
    databaseUrl(),
    "timeliness",
    scope.region,
    scope.from,
    scope.to,
    scope.level,
    scope.kind,
    today,
  ]);
  return memoised(key, String(await dataVersion()), () => judgeScope(scope, today));
}

/** Counts per year and per sub-region of the scope. */
export async function getTimeliness(params: { scope: QualityScope; today?: string }): Promise<TimelinessSummary> {
  const today = params.today ?? todayInBeijing();
  const { listed: _, ...summary } = await judged(params.scope, today);
  return { ...summary, today };
}

/** The agency-years of these statuses (newest year first, then by sub-region), one page, or all (`page: null`, CSV). */
export async function getTimelinessList(params: {
  scope: QualityScope;
  statuses: readonly ListedStatus[];
  page: number | null;
  today?: string;
}): Promise<Page<TimelinessRow>> {
  const j = await judged(params.scope, params.today ?? todayInBeijing());
  const all = listOf(j.listed, params.statuses);
  const page = params.page === null ? 1 : Math.min(Math.max(1, Math.floor(params.page) || 1), MAX_PAGE);
  const slice = params.page === null ? all : all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const rows = slice.map((r) => ({
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    placeName: r.place ?? "本级",
    year: r.year,
    status: r.status,
    deadline: r.deadline,
    date: r.date,
    dateSource: r.dateSource,
    daysLate: r.daysLate,
    publicId: r.publicId,
  }));
  return { rows, page, hasNext: params.page !== null && page * PAGE_SIZE < all.length, total: all.length };
}
