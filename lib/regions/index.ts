/**
 * Regions: agency name + report text → administrative unit, agency kind/level and stable identity;
 * plus tree lookups for the dashboard. Pure functions over the bundled 2023 division codes
 * (lib/regions/data/divisions.json, written by scripts/build-regions.ts).
 *
 * The parser should import "@/lib/regions/describe" directly: this barrel also loads pinyin-pro and
 * opencc-js (about 100 ms at start-up) for agencyIdentity and pinyinInitials.
 */
export { agencyKind, agencyLevel } from "./classify";
export { describeAgency } from "./describe";
export {
  allUnitsWithPaths,
  childrenOf,
  getRegion,
  listUnits,
  regionLevel,
  regionPath,
  type PathStep,
  type RegionLevel,
  type RegionUnit,
} from "./divisions";
export { agencyIdentity, normalizeAgencyName, pinyinInitials } from "./identity";
export { resolveRegion, type Resolution } from "./resolve";
