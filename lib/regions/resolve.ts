/**
 * Agency name + report text → the administrative unit the agency belongs to.
 *
 * 1. The agency's own unit is the rightmost place name in its name that fits the place names before it
 *    (温州市瓯海区… → 瓯海区 under 温州市; a stray 综合保税区 after 苏州市 that is not under it is skipped).
 * 2. Repeated names (城关镇 ×88, 鼓楼区 ×4) are scored by how many of their ancestors the report's head and
 *    footer name (同江市人民政府主办, 永仁县人民政府门户网站); deeper ancestors weigh more.
 * 3. Still tied → the deepest common ancestor, or null when they share none. Never a guess.
 */
import { getRegion, regionPath, type RegionLevel, type RegionUnit } from "./divisions";
import { unitsNamedIn } from "./context";
import { findMentions, unitsNamed, withoutPunctuation, type Mention, type NameHit } from "./name-index";
import { GENERIC_NAMES } from "./name-variants";

export interface Resolution {
  unit: RegionUnit;
  /** Level of the unit the agency name points at; deeper than `unit` when only an ancestor is certain. */
  matchedLevel: RegionLevel;
  /** False when `unit` is the common ancestor of several equally likely units. */
  exact: boolean;
}

const MAX_NAME = 200;
const RENAMED_TOWNSHIP = /^(\p{Script=Han}{2,6}?)(乡|镇|街道)/u;
const TOWNSHIP_SUFFIXES = ["乡", "镇", "街道"];
const COUNTY_SUFFIX = /^[县区市旗]$/;

interface OwnMention {
  hits: NameHit[];
  /** Some earlier place in the name backs these hits. */
  supported: boolean;
  /** Offset just past the mention in the name. */
  end: number;
}
const ANCESTOR_WEIGHT: Record<RegionLevel, number> = { province: 1, city: 2, county: 4, township: 8 };
/** Township-level names outside 街道/乡/镇/苏木/地区 (综合保税区, 红旗农场) are too generic to trust alone. */
const STANDARD_TOWNSHIP = /(街道|乡|镇|苏木|地区)$/;

function ancestorsOf(unit: RegionUnit): RegionUnit[] {
  const out: RegionUnit[] = [];
  for (
    let p = unit.parentCode ? getRegion(unit.parentCode) : null;
    p;
    p = p.parentCode ? getRegion(p.parentCode) : null
  ) {
    out.push(p);
  }
  return out;
}

/** How many earlier mentions name this unit or one of its ancestors. */
function fitWithEarlier(hit: NameHit, earlier: Mention[]): number {
  return earlier.filter((m) => m.hits.some((h) => hit.unit.code.startsWith(h.unit.code))).length;
}

/**
 * Hits of the mention that names the agency's own unit: the rightmost mention with a unit under every
 * place named before it. A mention that contradicts an earlier one is a stray word or a unit of another
 * branch (洮北区…城南街道 where the only 城南街道 in 吉林 is elsewhere): skip it and take the one before.
 * When no mention fits all, the rightmost one's best-fitting hits are the answer.
 */
function pickOwnMention(mentions: Mention[]): OwnMention {
  let fallback: OwnMention | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const earlier = mentions.slice(0, i);
    const fits = mentions[i].hits.map((h) => fitWithEarlier(h, earlier));
    const best = Math.max(...fits);
    const end = mentions[i].start + mentions[i].text.length;
    const own = { hits: mentions[i].hits.filter((_, k) => fits[k] === best), supported: best > 0, end };
    if (best === earlier.length) return own;
    fallback ??= own;
  }
  return fallback ?? { hits: [], supported: false, end: 0 };
}

/**
 * A county stem followed by a county-type suffix is a county renamed since (洪泽县 → today's 洪泽区; 县 →
 * 区/市 is common): as good as a suffixed short form, and the suffix belongs to the mention.
 */
function withOldCountySuffix(name: string, own: OwnMention): OwnMention {
  const bareCounty = own.hits.length > 0 && own.hits.every((h) => h.form === "bare" && h.unit.level === "county");
  if (!bareCounty || !COUNTY_SUFFIX.test(name.charAt(own.end))) return own;
  return { ...own, hits: own.hits.map((h) => ({ unit: h.unit, form: "suffixed" })), end: own.end + 1 };
}

/**
 * A township renamed since the report (乡 → 镇 → 街道 happens every year; the data is 2023): the same
 * stem with another suffix, right after the agency's unit and under it (同江市繁荣乡 → 同江市繁荣街道).
 * Without a unit in the name, such a guess must be backed by the text (weak).
 */
function renamedTownship(name: string, own: OwnMention): OwnMention | null {
  if (own.hits.some((h) => h.unit.level === "township")) return null;
  const m = RENAMED_TOWNSHIP.exec(name.slice(own.end));
  if (!m) return null;
  const alternatives = TOWNSHIP_SUFFIXES.filter((s) => s !== m[2])
    .flatMap((s) => unitsNamed(m[1] + s))
    .filter((h) => own.hits.length === 0 || own.hits.some((p) => h.unit.code.startsWith(p.unit.code)))
    .map((h): NameHit => ({ unit: h.unit, form: "renamed" }));
  return alternatives.length > 0 ? { hits: alternatives, supported: own.hits.length > 0, end: own.end } : null;
}

/** Bare county stems (瓯海), generic names (城区) and odd township-level units need an ancestor named somewhere. */
function isWeak(hit: NameHit): boolean {
  if (hit.form === "renamed" || GENERIC_NAMES.has(hit.unit.name)) return true;
  if (hit.unit.level === "township") return !STANDARD_TOWNSHIP.test(hit.unit.name);
  return hit.form === "bare" && hit.unit.level === "county";
}

function commonAncestor(units: RegionUnit[]): RegionUnit | null {
  const paths = units.map((u) => regionPath(u.code));
  let common: string | null = null;
  for (let depth = 0; paths.every((p) => p[depth] && p[depth].code === paths[0][depth].code); depth++) {
    common = paths[0][depth].code;
  }
  return common ? getRegion(common) : null;
}

/** Keeps the candidates whose ancestors the context names best (all of them when it names none). */
function bestByContext(hits: NameHit[], text: string, supported: boolean): NameHit[] {
  const ancestors = hits.map((h) => ancestorsOf(h.unit));
  const named = unitsNamedIn(text, new Set(ancestors.flat().map((a) => a.code)));
  // Score: sum of the weights of the ancestors the text names.
  const scored = hits.map((h, k) => ({
    h,
    score: ancestors[k].reduce((sum, a) => sum + (named.has(a.code) ? ANCESTOR_WEIGHT[a.level] : 0), 0),
  }));
  const kept = supported ? scored : scored.filter((s) => !isWeak(s.h) || s.score > 0);
  const best = Math.max(0, ...kept.map((s) => s.score));
  const tied = kept.filter((s) => s.score === best).map((s) => s.h);
  // A name written exactly as a unit's official name beats another unit's short form (凉水河乡 vs
  // 凉水河蒙古族乡) when the text cannot tell them apart.
  const official = tied.filter((h) => h.form === "full");
  return official.length > 0 ? official : tied;
}

/** The own mention of names met before: an agency's reports of every year name it alike (read, never changed). */
const OWN_MENTIONS = new Map<string, OwnMention>();
const OWN_MENTIONS_MAX = 10_000;

function ownMention(name: string): OwnMention {
  let own = OWN_MENTIONS.get(name);
  if (own === undefined) {
    const mentioned = withOldCountySuffix(name, pickOwnMention(findMentions(name)));
    own = renamedTownship(name, mentioned) ?? mentioned;
    if (OWN_MENTIONS.size >= OWN_MENTIONS_MAX) OWN_MENTIONS.clear();
    OWN_MENTIONS.set(name, own);
  }
  return own;
}

export function resolveRegion(agencyName: string, text: string): Resolution | null {
  const name = withoutPunctuation(agencyName).slice(0, MAX_NAME);
  const own = ownMention(name);
  let hits = own.hits;
  if (hits.length > 1 || (hits.length === 1 && !own.supported && isWeak(hits[0]))) {
    hits = bestByContext(hits, text, own.supported);
  }
  if (hits.length === 0) return null;
  const units = [...new Map(hits.map((h) => [h.unit.code, h.unit])).values()];
  const levels = new Set(units.map((u) => u.level));
  const unit = units.length === 1 ? units[0] : commonAncestor(units);
  if (!unit) return null;
  const matchedLevel = levels.size === 1 ? units[0].level : unit.level;
  return { unit, matchedLevel, exact: units.length === 1 };
}
