/**
 * The national division list (2023 codes) as units with their paths, per level, from lib/regions (the
 * same tree the parser resolves against, so truth paths and parsed paths use one reading of the data).
 */
import { allUnitsWithPaths, type RegionLevel } from "@/lib/regions/divisions";

export type UnitLevel = RegionLevel;

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  /** Names from the province down to this unit (placeholder groupings like 市辖区 left out). */
  path: string[];
}

export type Divisions = Record<UnitLevel, Unit[]>;

let cached: Divisions | null = null;

export function loadDivisions(): Divisions {
  if (cached) return cached;
  const byLevel = (level: UnitLevel): Unit[] =>
    [...allUnitsWithPaths(level)].map(({ code, name, path }) => ({ code, name, level, path }));
  cached = { province: byLevel("province"), city: byLevel("city"), county: byLevel("county"), township: byLevel("township") };
  return cached;
}
