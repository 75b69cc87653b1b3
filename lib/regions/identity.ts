/**
 * Stable agency identity: the same office under different spellings (瓯海区人民政府办公室 /
 * 温州市瓯海区人民政府办公室, 繁荣街道 / 繁荣街道办事处) gets the same id in every database, because the id
 * is derived from the region code and a normalised name, never from insertion order.
 */
import { createHash } from "node:crypto";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { getRegion, regionPath } from "./divisions";
import { memo } from "./memo";
import { unitVariants, withoutPunctuation } from "./name-index";

let toSimplified: ((s: string) => string) | null = null;

function simplified(s: string): string {
  toSimplified ??= OpenCC.Converter({ from: "hk", to: "cn" });
  return toSimplified(s);
}

/** Spelling variants of the same office, applied after the region names are stripped. */
const SUFFIX_VARIANTS: Array<[RegExp, string]> = [
  [/街道办事处|街道办(?!公)/g, "街道"],
  [/^政府/, "人民政府"],
  [/人民政府办$/, "人民政府办公室"],
];

/** Removes the region path's names (any form, longest first) from the start, as often as they occur. */
function stripRegionPrefix(name: string, regionCode: string): string {
  const variants = regionPath(regionCode)
    .flatMap((s) => unitVariants(s.code))
    .sort((a, b) => b.length - a.length);
  let rest = name;
  for (let cut = true; cut; ) {
    const v = variants.find((x) => rest.startsWith(x));
    cut = v !== undefined;
    if (v) rest = rest.slice(v.length);
  }
  return rest;
}

/**
 * Bodies written before the place (中共温州市瓯海区委, 国家税务总局温州市瓯海区税务局): the place names
 * after them are stripped too, so 中共瓯海区委 and 中共温州市瓯海区委 are one agency.
 */
const ORG_PREFIXES: Array<[string, string]> = [
  ["中国共产党", "中共"],
  ["中共", "中共"],
  ["共青团", "共青团"],
  ["国家税务总局", "国家税务总局"],
];

export function normalizeAgencyName(name: string, regionCode: string | null): string {
  let n = withoutPunctuation(simplified(name));
  n = n.replace(SUFFIX_VARIANTS[0][0], SUFFIX_VARIANTS[0][1]);
  const unit = regionCode ? getRegion(regionCode) : null;
  if (!unit) return n;
  const [prefix, canonical] = ORG_PREFIXES.find(([p]) => n.startsWith(p)) ?? ["", ""];
  const rest = stripRegionPrefix(n.slice(prefix.length), unit.code);
  // The agency is the unit itself (繁荣街道, 繁荣街道办事处): name it by the unit's full name.
  if (rest === "") return canonical + unit.name;
  return canonical + SUFFIX_VARIANTS.slice(1).reduce((s, [re, to]) => s.replace(re, to), rest);
}

// t2s + pinyin cost ~0.1 ms a call; agencies repeat across reports, so both are memoised.
const identityOf = memo((key: string) => {
  const cut = key.indexOf("|");
  const regionCode = key.slice(0, cut);
  const normName = normalizeAgencyName(key.slice(cut + 1), regionCode || null);
  const id = createHash("sha256").update(`${regionCode}|${normName}`).digest("hex").slice(0, 12);
  return { id, normName };
});

/** id = first 12 hex of sha256(`${regionCode ?? ""}|${normName}`): derived, so equal in every database. */
export function agencyIdentity(name: string, regionCode: string | null): { id: string; normName: string } {
  return { ...identityOf(`${regionCode ?? ""}|${name}`) };
}

/** Initials for agency search: 瓯海区人民政府办公室 → "ohqrmzfbgs". Letters and digits pass through. */
export const pinyinInitials = memo((name: string): string =>
  pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, ""),
);
