/**
 * The national division list (2023 codes) per level, from lib/regions (the same tree the parser
 * resolves against, so truth paths and parsed paths use one reading of the data). Paths are built
 * only for the units a corpus draws: building all 45,000 up front was most of the generator's start-up.
 */
import { listUnits, regionPath, type RegionLevel } from "@/lib/regions/divisions";

export type UnitLevel = RegionLevel;

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  /** Names from the province down to this unit (placeholder groupings like 市辖区 left out). */
  path: string[];
}

export function unitsOf(level: UnitLevel): readonly { code: string; name: string }[] {
  return listUnits(level);
}

export function withPath(unit: { code: string; name: string }, level: UnitLevel): Unit {
  return { code: unit.code, name: unit.name, level, path: regionPath(unit.code).map((s) => s.name) };
}
