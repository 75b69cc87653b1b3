import "server-only";
/**
 * Timeliness and coverage of a scope (/quality, Overview): every known agency's years judged by lib/timeliness,
 * as counts per year, counts per sub-region and the list of one or more statuses. An agency Nianbao knows is a
 * row of `agencies`: it has reports, or a collect list named it. Current data reads the statuses ingest stored
 * (./timeliness-stored.ts: pre-aggregated counts, no read of every report); a pinned release (`rel`) is judged
 * from its reports (./timeliness-judged.ts). Kept per data version and Beijing day; rows only, no chart code.
 */
import { databaseUrl } from "@/db/client";
import { beijingDate } from "@/lib/timeliness/deadline";
import type { JudgedYear, TimelinessStatus } from "@/lib/timeliness/judge";
import { listOf, type PlaceCounts, type StatusCounts, type YearCounts } from "@/lib/timeliness/tally";
import { memoised } from "./memo";
import { dataVersion, type Page, type QualityScope } from "./quality";
import { MAX_PAGE, PAGE_SIZE } from "./quality-limits";
import { judgeScope } from "./timeliness-judged";
import type { NamedYear, ScopeCounts } from "./timeliness-scope";
import { countStored, listStored } from "./timeliness-stored";

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

const todayInBeijing = () => beijingDate(new Date())!;

/** Memo key of a read of the scope on a day (a deadline passing changes the answer). */
const memoKey = (question: string, scope: QualityScope, today: string, extra: unknown = null) =>
  JSON.stringify([
    databaseUrl(),
    question,
    scope.region,
    scope.from,
    scope.to,
    scope.level,
    scope.kind,
    scope.rel ?? null,
    today,
    extra,
  ]);

/** A pinned release, judged whole once (its reports never change): counts and every listable row. */
function pinned(scope: QualityScope, today: string): Promise<ScopeCounts & { rows: NamedYear[] }> {
  return memoised(memoKey("timeliness-judged", scope, today), String(scope.rel), async () => {
    const { rows, ...counts } = await judgeScope(scope, today);
    return { ...counts, rows: rows.filter((r) => r.status !== "on_time") };
  });
}

async function counted(scope: QualityScope, today: string): Promise<ScopeCounts> {
  if (scope.rel != null) return pinned(scope, today);
  return memoised(memoKey("timeliness", scope, today), String(await dataVersion()), () => countStored(scope, today));
}

async function listed(scope: QualityScope, statuses: readonly ListedStatus[], today: string): Promise<NamedYear[]> {
  if (scope.rel != null) return listOf((await pinned(scope, today)).rows, statuses);
  const wanted = [...new Set(statuses)].sort();
  return memoised(memoKey("timeliness-list", scope, today, wanted), String(await dataVersion()), async () =>
    listOf(await listStored(scope, wanted, today), wanted),
  );
}

/** Agencies of the scope whose report of `year` is 未发布 on `today` (the scorecard ranks them with score 0). */
export async function getMissingAgencyIds(params: {
  scope: Pick<QualityScope, "region" | "level" | "kind" | "rel">;
  year: number;
  today?: string;
}): Promise<string[]> {
  const scope = { ...params.scope, from: params.year, to: params.year };
  return (await listed(scope, ["missing"], params.today ?? todayInBeijing())).map((r) => r.agencyId);
}

/** Counts per year and per sub-region of the scope. */
export async function getTimeliness(params: { scope: QualityScope; today?: string }): Promise<TimelinessSummary> {
  const today = params.today ?? todayInBeijing();
  const { from, to, totals, byYear, byPlace } = await counted(params.scope, today);
  return { from, to, totals, byYear, byPlace, today };
}

/** The agency-years of these statuses (newest year first, then by sub-region), one page, or all (`page: null`, CSV). */
export async function getTimelinessList(params: {
  scope: QualityScope;
  statuses: readonly ListedStatus[];
  page: number | null;
  today?: string;
}): Promise<Page<TimelinessRow>> {
  const all = await listed(params.scope, params.statuses, params.today ?? todayInBeijing());
  const page = params.page === null ? 1 : Math.min(Math.max(1, Math.floor(params.page) || 1), MAX_PAGE);
  const slice = params.page === null ? all : all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const rows = slice.map((r) => ({
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    placeName: r.place,
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
