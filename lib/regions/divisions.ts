/**
 * The administrative division tree (province → city → county → township), built once from the compact
 * data file that scripts/build-regions.ts writes. Pure lookups after the first call.
 *
 * Paths skip placeholder groupings, so municipalities read ["北京市", "朝阳区"], province-administered
 * county-level cities ["河南省", "济源市"], and streets of cities without counties ["广东省", "东莞市", "东城街道"].
 * A unit's level comes from its code length (2 province, 4 city, 6 county, 9 township), not its depth.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type RegionLevel = "province" | "city" | "county" | "township";

export interface RegionUnit {
  code: string;
  name: string;
  level: RegionLevel;
  /** Nearest existing ancestor, null for provinces. */
  parentCode: string | null;
}

export interface PathStep {
  code: string;
  name: string;
}

interface Tree {
  units: Map<string, RegionUnit>;
  children: Map<string | null, RegionUnit[]> | null;
  byLevel: Record<RegionLevel, RegionUnit[]> | null;
}

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = { 2: "province", 4: "city", 6: "county", 9: "township" };
const PARENT_PREFIXES: Record<RegionLevel, number[]> = {
  province: [],
  city: [2],
  county: [4, 2],
  township: [6, 4, 2],
};

let tree: Tree | null = null;

const DATA_FILE = "./data/divisions.json";

/**
 * Reads the data file beside this module, or from the repo root when a bundler has moved the module
 * (Next.js server chunks). A file read keeps the 1 MB of names out of module graphs and JS bundles.
 */
function readUnits(): string[] {
  // Both paths are literal: a path computed at run time makes Next's bundler trace the whole project into the
  // server build (its warning for lib/bulletin's route, which names regions from here).
  const reads = [
    () => readFileSync(new URL("./data/divisions.json", import.meta.url), "utf8"),
    () => readFileSync(join(process.cwd(), "lib/regions/data/divisions.json"), "utf8"),
  ];
  for (const read of reads) {
    try {
      return (JSON.parse(read()) as { units: string[] }).units;
    } catch {
      // A bundler may rewrite import.meta.url to something that is not a file: try the next location.
    }
  }
  throw new Error(`regions: cannot read ${DATA_FILE} (run npx tsx scripts/build-regions.ts)`);
}

function digitPrefixLength(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

/** The longest existing code prefix: placeholder levels (市辖区) are absent from the data. */
function nearestParent(code: string, level: RegionLevel, units: Map<string, RegionUnit>): string | null {
  for (const n of PARENT_PREFIXES[level]) {
    const prefix = code.slice(0, n);
    if (units.has(prefix)) return prefix;
  }
  return null;
}

function buildTree(): Tree {
  const units = new Map<string, RegionUnit>();
  // Sorted by code, so every parent is already in `units` when its children arrive.
  for (const entry of readUnits()) {
    const codeLength = digitPrefixLength(entry);
    const level = LEVEL_BY_LENGTH[codeLength];
    if (!level) continue;
    const code = entry.slice(0, codeLength);
    units.set(code, { code, name: entry.slice(codeLength), level, parentCode: nearestParent(code, level, units) });
  }
  return { units, children: null, byLevel: null };
}

/** Children and per-level lists, grouped on first use (the resolver needs neither). */
function groupings(): { children: Map<string | null, RegionUnit[]>; byLevel: Record<RegionLevel, RegionUnit[]> } {
  const t = divisionTree();
  if (!t.children || !t.byLevel) {
    const children = new Map<string | null, RegionUnit[]>();
    const byLevel: Record<RegionLevel, RegionUnit[]> = { province: [], city: [], county: [], township: [] };
    for (const unit of t.units.values()) {
      byLevel[unit.level].push(unit);
      const siblings = children.get(unit.parentCode);
      if (siblings) siblings.push(unit);
      else children.set(unit.parentCode, [unit]);
    }
    t.children = children;
    t.byLevel = byLevel;
  }
  return { children: t.children, byLevel: t.byLevel };
}

/** The tree, built on first use (about 45,000 units). */
export function divisionTree(): Tree {
  tree ??= buildTree();
  return tree;
}

export function getRegion(code: string): RegionUnit | null {
  return divisionTree().units.get(code) ?? null;
}

/** Direct children in code order; provinces for null. Unknown code → []. */
export function childrenOf(code: string | null): RegionUnit[] {
  return groupings().children.get(code) ?? [];
}

export function regionLevel(code: string): RegionLevel | null {
  return getRegion(code)?.level ?? null;
}

/** Ancestors and the unit itself, province first. Unknown code → []. */
export function regionPath(code: string): PathStep[] {
  const steps: PathStep[] = [];
  for (let unit = getRegion(code); unit; unit = unit.parentCode ? getRegion(unit.parentCode) : null) {
    steps.push({ code: unit.code, name: unit.name });
  }
  return steps.reverse();
}

/** Every unit of one level, in code order (shared arrays: do not mutate). */
export function listUnits(level: RegionLevel): readonly RegionUnit[] {
  return groupings().byLevel[level];
}

/** Iterates units (all, or one level) with their paths of names, in code order. */
export function* allUnitsWithPaths(level?: RegionLevel): Generator<RegionUnit & { path: string[] }> {
  const units = level ? listUnits(level) : divisionTree().units.values();
  for (const unit of units) {
    yield { ...unit, path: regionPath(unit.code).map((s) => s.name) };
  }
}
