import "server-only";
/** Agency search (name or pinyin initials), agency summaries by id, and peers of an agency. */
import { sql } from "drizzle-orm";
import { agencyNameAsOf } from "@/lib/releases/as-of";
import { getDb } from "@/db/client";
import { getRegionNames } from "./region-options";

export interface AgencySummary {
  id: string;
  name: string;
  level: string;
  kind: string;
  /** Province, city, county names as far as known. */
  regionPath: string[];
  regionCode: string | null;
  /** Years with an active report, ascending. */
  years: number[];
}

interface AgencyBase {
  id: string;
  name: string;
  level: string;
  kind: string;
  region_code: string | null;
  province_code: string | null;
  city_code: string | null;
  county_code: string | null;
}

const BASE_COLUMNS = sql`id, name, level, kind, region_code, province_code, city_code, county_code`;

async function summarise(rows: AgencyBase[]): Promise<AgencySummary[]> {
  if (!rows.length) return [];
  const db = await getDb();
  const ids = sql.join(
    rows.map((r) => sql`${r.id}`),
    sql`, `,
  );
  const [names, yearRows] = await Promise.all([
    getRegionNames({
      codes: rows.flatMap((r) => [r.province_code, r.city_code, r.county_code].filter((c): c is string => !!c)),
    }),
    db.all<{ agency_id: string; year: number }>(
      sql`SELECT agency_id, year FROM report_facts WHERE agency_id IN (${ids}) ORDER BY year`,
    ),
  ]);
  const years = new Map<string, number[]>();
  for (const y of yearRows) years.set(y.agency_id, [...(years.get(y.agency_id) ?? []), y.year]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    level: r.level,
    kind: r.kind,
    regionCode: r.region_code,
    regionPath: [r.province_code, r.city_code, r.county_code].flatMap((c) =>
      c && names.has(c) ? [names.get(c)!] : [],
    ),
    years: [...new Set(years.get(r.id) ?? [])],
  }));
}

/** Escapes LIKE wildcards so `%` and `_` typed by a user match themselves. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Initials are stored lower-case ASCII; a query made of such characters is searched as initials. */
const INITIALS = /^[a-z0-9]+$/;

/**
 * Agencies whose pinyin initials start with `q` (`ohq` → 瓯海区…), or whose name contains `q`,
 * optionally within a region; names that start with `q` first. Initials are read as a range
 * (`initials >= q AND initials < q + U+FFFF`) so an index on agencies(initials) serves it.
 */
export async function searchAgencies(args: { q: string; region?: string; limit?: number }): Promise<AgencySummary[]> {
  const q = args.q.trim().slice(0, 40);
  if (!q) return [];
  const db = await getDb();
  const lower = q.toLowerCase();
  const match = INITIALS.test(lower)
    ? sql`(initials >= ${lower} AND initials < ${`${lower}\uffff`})`
    : sql`name LIKE ${`%${likeLiteral(q)}%`} ESCAPE '\\'`;
  const region = args.region ? sql` AND region_code LIKE ${`${likeLiteral(args.region)}%`} ESCAPE '\\'` : sql``;
  const rows = await db.all<AgencyBase>(sql`
    SELECT ${BASE_COLUMNS} FROM agencies WHERE ${match}${region}
    ORDER BY CASE WHEN name LIKE ${`${likeLiteral(q)}%`} ESCAPE '\\' THEN 0 ELSE 1 END, length(name), name
    LIMIT ${Math.min(Math.max(args.limit ?? 20, 1), 50)}`);
  return summarise(rows);
}

/** The agencies with these ids, in the given order (unknown ids are left out); named as of release `rel`. */
export async function getAgencies({ ids, rel }: { ids: string[]; rel?: number | null }): Promise<AgencySummary[]> {
  if (!ids.length) return [];
  const db = await getDb();
  const columns = sql`id, ${agencyNameAsOf(rel, "agencies")} AS name, level, kind, region_code, province_code,
    city_code, county_code`;
  const rows = await db.all<AgencyBase>(
    sql`SELECT ${columns} FROM agencies WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  const byId = new Map((await summarise(rows)).map((a) => [a.id, a]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/**
 * Peers of `agency`: the same level in the same province, nearest first (same county, then same city),
 * then the same kind; so a county with no peers still suggests its neighbours.
 */
export async function getPeers(args: {
  agency: AgencySummary;
  exclude: string[];
  limit?: number;
}): Promise<AgencySummary[]> {
  const { agency } = args;
  const code = agency.regionCode ?? "";
  if (code.length < 2) return [];
  const db = await getDb();
  const exclude = args.exclude.length
    ? sql` AND id NOT IN (${sql.join(
        args.exclude.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await db.all<AgencyBase>(sql`
    SELECT ${BASE_COLUMNS} FROM agencies
    WHERE province_code = ${code.slice(0, 2)} AND level = ${agency.level}${exclude}
    ORDER BY county_code IS ${code.length >= 6 ? code.slice(0, 6) : null} DESC, city_code IS
    ${code.length >= 4 ? code.slice(0, 4) : null} DESC,
      kind = ${agency.kind} DESC, last_year DESC, name
    LIMIT ${args.limit ?? 8}`);
  return summarise(rows);
}
