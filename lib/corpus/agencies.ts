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
const LEVEL_WEIGHTS: [UnitLevel, number][] = [
  ["province", 3],
  ["city", 12],
  ["county", 35],
  ["township", 50],
];
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

/** What an agency is, decided before its name so a duplicate draw costs no path building. */
interface Role {
  kind: AgencyKind;
  department: (typeof DEPARTMENTS)[number] | null;
}

function chooseRole(unit: { name: string }, level: UnitLevel, rng: Rng): Role | null {
  if (level === "township") {
    if (unit.name.endsWith("街道")) return { kind: "street", department: null };
    if (/[镇乡]$/.test(unit.name)) return { kind: "township", department: null };
    return null; // 开发区, 农场…: no standard report title
  }
  const roll = rng.next();
  if (roll < 0.35) return { kind: "government", department: null };
  if (roll < 0.55) return { kind: "government_office", department: null };
  return { kind: "department", department: rng.pick(DEPARTMENTS) };
}

/** The name as reports print it; townships and counties sometimes put their parent in front. */
function agencyName(unit: Unit, role: Role, rng: Rng): string {
  const parent = unit.path[unit.path.length - 2] ?? "";
  if (role.kind === "street" || role.kind === "township") {
    const prefix = rng.chance(0.25) ? parent : "";
    if (role.kind === "township") return `${prefix}${unit.name}人民政府`;
    return prefix + (rng.chance(0.2) ? unit.name : `${unit.name}办事处`);
  }
  const name = role.department
    ? departmentName(unit, role.department.stem)
    : governmentName(unit, role.kind === "government_office");
  // 温州市瓯海区人民政府办公室 one year, 瓯海区人民政府办公室 the next: both occur.
  return unit.level === "county" && unit.path.length >= 3 && rng.chance(0.2) ? parent + name : name;
}

function volumeOf(unit: Unit, role: Role): number {
  const gov = GOV_VOLUME[unit.level] * (MUNICIPALITIES.has(unit.code.slice(0, 2)) ? 1.5 : 1);
  if (role.department) return role.department.volume * DEPT_SCALE[unit.level];
  return role.kind === "government_office" ? gov * 0.3 : gov;
}

const AGENCY_LEVEL: Record<UnitLevel, AgencyLevel> = {
  province: "province",
  city: "city",
  county: "county",
  township: "township",
};

/** Draws `count` distinct agencies; the same seed gives the same list. */
export function drawAgencies(count: number, seed: number): CorpusAgency[] {
  const lists = {
    province: unitsOf("province"),
    city: unitsOf("city"),
    county: unitsOf("county"),
    township: unitsOf("township"),
  };
  const rng = new Rng(seed, 1);
  const seen = new Set<string>();
  const out: CorpusAgency[] = [];
  const weights = LEVEL_WEIGHTS.map(([, w]) => w);
  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const level = LEVEL_WEIGHTS[rng.weighted(weights)][0];
    const raw = rng.pick(lists[level]);
    const role = chooseRole(raw, level, rng);
    if (!role) continue;
    const key = `${raw.code}|${role.kind}|${role.department?.stem ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const unit = withPath(raw, level);
    out.push({
      index: out.length,
      name: agencyName(unit, role, rng),
      kind: role.kind,
      level: AGENCY_LEVEL[level],
      region: { code: unit.code, path: unit.path },
      department: role.department?.stem ?? null,
      parents: unit.path.slice(0, -1),
      baseVolume: rng.logNormal(volumeOf(unit, role), LEVEL_SPREAD[level]),
      trend: 0.05 + 0.08 * rng.normal(),
    });
  }
  return out;
}
