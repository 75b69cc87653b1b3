/**
 * What kind of agency a name denotes, and at which administrative level it sits. Rules are data, tried
 * in order: the first pattern that matches the end of the name wins (…人民政府办公室 before …人民政府).
 */
import type { AgencyKind, AgencyLevel } from "@/lib/parser/types";
import { withoutPunctuation } from "./name-index";
import type { Resolution } from "./resolve";

const KIND_RULES: Array<[AgencyKind, RegExp]> = [
  // 地区行政公署 / 盟行政公署 are the governments of 地区 and 盟 (prefecture level), their 办公室 the office.
  ["government_office", /(政府办公室|政府办公厅|政府办|办公厅|行政公署办公室|行署办公室)$/],
  ["street", /(街道|街道办事处|街道办|街道工作委员会|地区办事处)$/],
  ["township", /(乡|镇|苏木)(人民政府|政府)?$/],
  ["government", /(人民政府|政府|国务院|行政公署|行署)$/],
  ["department", /(局|委员会|委|办公室|办|中心|厅|部|署|院|所|站|处|馆|室|会|队|社|管委会|总队|支队|大队)$/],
];

/** Central bodies: no region, no local level cue, and a national name (国务院…, 国家…局, …部, 海关总署). */
const NATIONAL = /^(国务院|中华人民共和国|国家|中国|中央|最高)|(部|总署|总局)$/;

const LEVEL_CUES: Array<[AgencyLevel, RegExp]> = [
  ["township", /(街道|乡|镇|苏木)/],
  ["county", /(县|区|旗)/],
  ["city", /(市|州|盟|地区)/],
  ["province", /(省|自治区)/],
];
const NOT_CUES =
  /(市场|市民|城市|都市|超市|社区|园区|开发区|保税区|景区|区域|城乡|乡村|县域|州际|省级|市级|县级|区级|镇级|乡级)/g;

export function agencyKind(name: string): AgencyKind {
  const n = withoutPunctuation(name);
  return KIND_RULES.find(([, re]) => re.test(n))?.[0] ?? "other";
}

export function agencyLevel(name: string, kind: AgencyKind, region: Resolution | null): AgencyLevel {
  if (kind === "street" || kind === "township") return "township";
  if (region) return region.matchedLevel;
  const n = withoutPunctuation(name);
  const plain = n.replace(NOT_CUES, "");
  const cue = LEVEL_CUES.find(([, re]) => re.test(plain))?.[0];
  if (cue) return cue;
  if (NATIONAL.test(n)) return "national";
  // Nothing to go on: county is by far the most common level of reporting bodies, so a wrong default
  // blends in there instead of inflating the few national ones. The null region marks it as unknown.
  return "county";
}
