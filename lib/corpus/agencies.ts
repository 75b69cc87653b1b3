/**
 * Draws the corpus's agencies from the real division list at every level, named the way reports
 * name themselves (区人民政府办公室, 市民政局, XX镇人民政府, XX街道办事处), with a volume profile
 * (heavy-tailed by level and kind) and a trend.
 */
import type { AgencyKind, AgencyLevel } from "@/lib/parser/types";
import { unitsOf, withPath, type Unit, type UnitLevel } from "./divisions";
import { Rng } from "./random";
import type { CorpusAgency } from "./types";

/** Department stems with the median yearly volume of a city-level bureau. */
export const DEPARTMENTS: { stem: string; volume: number }[] = [
  { stem: "民政", volume: 12 },
  { stem: "公安", volume: 60 },
  { stem: "自然资源", volume: 80 },
  { stem: "教育", volume: 15 },
  { stem: "人力资源和社会保障", volume: 30 },
  { stem: "住房和城乡建设", volume: 40 },
  { stem: "生态环境", volume: 20 },
  { stem: "市场监督管理", volume: 25 },
];

const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);
const LEVEL_WEIGHTS: [UnitLevel, number][] = [["province", 3], ["city", 12], ["county", 35], ["township", 50]];
/** Median volume of a government at each level; offices and departments scale from it. */
const GOV_VOLUME: Record<UnitLevel, number> = { province: 400, city: 150, county: 25, township: 0.7 };
const LEVEL_SPREAD: Record<UnitLevel, number> = { province: 0.6, city: 0.8, county: 1.0, township: 1.1 };
const DEPT_SCALE: Record<UnitLevel, number> = { province: 3, city: 1, county: 0.2, township: 0 };

function departmentName(unit: Unit, stem: string): string {
  const province = unit.level === "province" && !MUNICIPALITIES.has(unit.code);
  if (stem === "市场监督管理") return `${unit.name}市场监督管理局`;
  if (province) return `${unit.name}${stem}厅`;
  return `${unit.name}${stem}局`;
}

function governmentName(unit: Unit, office: boolean): string {
  if (/(地区|盟)$/.test(unit.name)) return `${unit.name}行政公署${office ? "办公室" : ""}`;
  const officeWord = unit.level === "province" ? "办公厅" : "办公室";
  return `${unit.name}人民政府${office ? officeWord : ""}`;
}

function townshipAgency(unit: Unit, rng: Rng): { name: string; kind: AgencyKind } | null {
  const prefix = rng.chance(0.25) ? unit.path[unit.path.length - 2] ?? "" : "";
  if (unit.name.endsWith("街道")) {
    const name = rng.chance(0.2) ? unit.name : `${unit.name}办事处`;
    return { name: prefix + name, kind: "street" };
  }
  if (/[镇乡]$/.test(unit.name)) return { name: `${prefix}${unit.name}人民政府`, kind: "township" };
  return null; // 开发区, 农场…: no standard report title
}

interface Named {
  name: string;
  kind: AgencyKind;
  department: string | null;
  volume: number;
}

function nameAgency(unit: Unit, rng: Rng): Named | null {
  const gov = GOV_VOLUME[unit.level] * (MUNICIPALITIES.has(unit.code.slice(0, 2)) ? 1.5 : 1);
  if (unit.level === "township") {
    const t = townshipAgency(unit, rng);
    return t && { ...t, department: null, volume: gov };
  }
  const roll = rng.next();
  if (roll < 0.35) return { name: governmentName(unit, false), kind: "government", department: null, volume: gov };
  if (roll < 0.55) return { name: governmentName(unit, true), kind: "government_office", department: null, volume: gov * 0.3 };
  const dept = rng.pick(DEPARTMENTS);
  // A county office is sometimes named with its city in front (温州市瓯海区人民政府办公室 vs 瓯海区…).
  const name = departmentName(unit, dept.stem);
  return { name, kind: "department", department: dept.stem, volume: dept.volume * DEPT_SCALE[unit.level] };
}

function withCityPrefix(unit: Unit, name: string, rng: Rng): string {
  if (unit.level !== "county" || unit.path.length < 3 || !rng.chance(0.2)) return name;
  return unit.path[unit.path.length - 2] + name;
}

const AGENCY_LEVEL: Record<UnitLevel, AgencyLevel> = { province: "province", city: "city", county: "county", township: "township" };

/** Draws `count` distinct agencies; the same seed gives the same list. */
export function drawAgencies(count: number, seed: number): CorpusAgency[] {
  const lists = { province: unitsOf("province"), city: unitsOf("city"), county: unitsOf("county"), township: unitsOf("township") };
  const rng = new Rng(seed, 1);
  const seen = new Set<string>();
  const out: CorpusAgency[] = [];
  const weights = LEVEL_WEIGHTS.map(([, w]) => w);
  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const level = LEVEL_WEIGHTS[rng.weighted(weights)][0];
    const unit = withPath(rng.pick(lists[level]), level);
    const named = nameAgency(unit, rng);
    if (!named) continue;
    const key = `${unit.code}|${named.kind}|${named.department ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      index: out.length,
      name: withCityPrefix(unit, named.name, rng),
      kind: named.kind,
      level: AGENCY_LEVEL[level],
      region: { code: unit.code, path: unit.path },
      department: named.department,
      parents: unit.path.slice(0, -1),
      baseVolume: rng.logNormal(named.volume, LEVEL_SPREAD[level]),
      trend: 0.05 + 0.08 * rng.normal(),
    });
  }
  return out;
}
