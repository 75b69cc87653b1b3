import "server-only";
/** The choices of the region cascade (省 → 市 → 县) for a selected code, from the stored regions. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export interface RegionOption {
  code: string;
  name: string;
}

export interface RegionChoices {
  /** The selected region and its ancestors, province first (empty for national). */
  path: RegionOption[];
  provinces: RegionOption[];
  /** Cities of the selected province (empty when none is selected). */
  cities: RegionOption[];
  counties: RegionOption[];
}

async function childrenOf(parent: string | null): Promise<RegionOption[]> {
  const db = await getDb();
  const where = parent === null ? sql`level = 1` : sql`parent_code = ${parent}`;
  return db.all<RegionOption>(sql`SELECT code, name FROM regions WHERE ${where} ORDER BY code`);
}

export async function getRegionChoices({ region }: { region: string }): Promise<RegionChoices> {
  const db = await getDb();
  const codes = [region.slice(0, 2), region.slice(0, 4), region.slice(0, 6)].filter(
    (c, i) => c.length === (i + 1) * 2 && c.length <= region.length,
  );
  const [path, provinces, cities, counties] = await Promise.all([
    codes.length
      ? db.all<RegionOption>(
          sql`SELECT code, name FROM regions WHERE code IN (${sql.join(
            codes.map((c) => sql`${c}`),
            sql`, `,
          )}) ORDER BY length(code)`,
        )
      : Promise.resolve([]),
    childrenOf(null),
    region.length >= 2 ? childrenOf(region.slice(0, 2)) : Promise.resolve([]),
    region.length >= 4 ? childrenOf(region.slice(0, 4)) : Promise.resolve([]),
  ]);
  return { path, provinces, cities, counties };
}

/** Names of regions by code (for region paths of agencies). */
export async function getRegionNames({ codes }: { codes: string[] }): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (!unique.length) return new Map();
  const db = await getDb();
  const rows = await db.all<RegionOption>(
    sql`SELECT code, name FROM regions WHERE code IN (${sql.join(
      unique.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}
