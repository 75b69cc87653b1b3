import "server-only";
/**
 * What both timeliness reads share (lib/queries/timeliness.ts): the scope's agencies and sub-regions, the years the
 * database holds, and the names of the places rows are counted under.
 */
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { factsFrom } from "@/lib/releases/as-of";
import type { JudgedYear } from "@/lib/timeliness/judge";
import type { PlaceCounts, StatusCounts, YearCounts } from "@/lib/timeliness/tally";
import type { QualityScope } from "./quality";

/** The counts of a scope, and the rows a list can show (on-time rows, most of them, are only counted). */
export interface ScopeCounts {
  /** The years judged (the scope's, within the years the database holds); null when it holds none. */
  from: number | null;
  to: number | null;
  totals: StatusCounts;
  byYear: YearCounts[];
  /** Per sub-region of the scope (null code and name 本级: the scope's own agencies). */
  byPlace: (PlaceCounts & { name: string })[];
}

/** A judged agency-year whose `place` is the sub-region's name (本级 for the scope's own agencies). */
export type NamedYear = JudgedYear & { place: string };

/** The agencies column holding the code of the scope's sub-regions. */
export function placeColumn(region: string, alias = ""): SQL {
  const column =
    region === "" ? "province_code" : region.length === 2 ? "city_code" : region.length === 4 ? "county_code" : null;
  return sql.raw(column ? `${alias}${column}` : "NULL");
}

/** The scope's agencies (`alias`: a table alias with its dot, e.g. `a.`). */
export function agencyWhere(scope: QualityScope, alias = ""): SQL {
  const parts: SQL[] = [];
  const c = (name: string) => sql.raw(`${alias}${name}`);
  if (scope.region.length === 2) parts.push(sql`${c("province_code")} = ${scope.region}`);
  // Through the province too, so the read seeks agencies_owed (province, city, level, kind, first year).
  if (scope.region.length === 4)
    parts.push(sql`${c("province_code")} = ${scope.region.slice(0, 2)} AND ${c("city_code")} = ${scope.region}`);
  if (scope.region.length === 6) parts.push(sql`${c("county_code")} = ${scope.region}`);
  if (scope.level) parts.push(sql`${c("level")} = ${scope.level}`);
  if (scope.kind) parts.push(sql`${c("kind")} = ${scope.kind}`);
  return parts.length ? sql.join(parts, sql` AND `) : sql`1`;
}

/** The scope's years within those the database holds (as of release `rel` when pinned). */
export async function yearBounds(scope: QualityScope): Promise<{ from: number; to: number } | null> {
  const db = await getDb();
  const [row] = await db.all<{ lo: number | null; hi: number | null }>(
    sql`SELECT MIN(year) AS lo, MAX(year) AS hi FROM ${factsFrom(scope.rel)}`,
  );
  if (row?.lo == null || row.hi == null) return null;
  const from = Math.max(scope.from ?? row.lo, row.lo);
  const to = Math.min(scope.to ?? row.hi, row.hi);
  return from <= to ? { from, to } : null;
}

/** Names of the scope's sub-regions by code. */
export async function placeNames(scope: QualityScope): Promise<Map<string, string>> {
  const db = await getDb();
  const under = scope.region === "" ? sql`level = 1` : sql`parent_code = ${scope.region}`;
  const names = await db.all<{ code: string; name: string }>(sql`SELECT code, name FROM regions WHERE ${under}`);
  return new Map(names.map((n) => [n.code, n.name]));
}

export const placeName = (names: Map<string, string>, place: string | null) =>
  place === null ? "本级" : (names.get(place) ?? place);
