/** Chinese labels of agency levels and kinds (the values are PARSE-OUTPUT.md's) and of template families. */
import type { AgencyKind, AgencyLevel } from "./parser/types";
import { LEGACY_YEARS } from "./template/legacy";
import { MODERN_TEMPLATES } from "./template/modern";

export const LEVEL_LABELS: Record<AgencyLevel, string> = {
  national: "国家级",
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇级",
};

export const KIND_LABELS: Record<AgencyKind, string> = {
  government: "人民政府",
  government_office: "政府办公室/办公厅",
  department: "政府部门",
  street: "街道办事处",
  township: "乡镇",
  other: "其他",
};

export function levelLabel(level: string): string {
  return LEVEL_LABELS[level as AgencyLevel] ?? level;
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as AgencyKind] ?? kind;
}

export const FAMILY_LABELS: Record<string, string> = {
  "2021": `2021版模板（${MODERN_TEMPLATES["2021"].source}）`,
  "2019": `2019版模板（${MODERN_TEMPLATES["2019"].source}）`,
  legacy: `旧版统计表（${LEGACY_YEARS[0]}–${LEGACY_YEARS[1]}）`,
};

export const FAMILY_SHORT: Record<string, string> = { "2021": "2021版", "2019": "2019版", legacy: "旧版" };
