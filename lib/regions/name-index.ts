/**
 * Name → units index over every full name and short form, and the scanner that finds place names in a
 * string. Built once, on first use, from the division tree.
 */
import { divisionTree, getRegion, type RegionUnit } from "./divisions";
import { memo } from "./memo";
import { GENERIC_NAMES, shortForms } from "./name-variants";

/**
 * How a unit was named: its full name, a short form with a suffix (楚雄州, 永兴乡), a bare stem (瓯海), or
 * (resolver only) an older township suffix (繁荣乡 for today's 繁荣街道).
 */
export type NameForm = "full" | "suffixed" | "bare" | "renamed";

export interface NameHit {
  unit: RegionUnit;
  form: NameForm;
}

export interface Mention {
  text: string;
  start: number;
  hits: NameHit[];
}

interface NameIndex {
  byName: Map<string, NameHit[]>;
  /** First two characters → bit set of the lengths of names starting with them. */
  lengthsByPrefix: Map<string, number>;
}

let index: NameIndex | null = null;

const PUNCTUATION = /[\s\p{P}\p{S}]/gu;
/** Cheap pre-check: almost every unit name is Han characters only. */
const NOT_HAN = /[^\u4e00-\u9fff]/;

/** The form names are compared in: no spaces, punctuation or symbols (全角 or not). */
export function withoutPunctuation(s: string): string {
  return s.replace(PUNCTUATION, "");
}

/** A short form is "bare" when it drops the unit-type suffix entirely (瓯海区 → 瓯海). */
function formOf(variant: string): NameForm {
  return /[省市州盟县区旗乡镇木]$/.test(variant) ? "suffixed" : "bare";
}

function buildIndex(): NameIndex {
  const byName = new Map<string, NameHit[]>();
  const add = (name: string, hit: NameHit): void => {
    const hits = byName.get(name);
    if (hits) hits.push(hit);
    else byName.set(name, [hit]);
  };
  for (const unit of divisionTree().units.values()) {
    add(unit.name, { unit, form: "full" });
    // Names are searched with punctuation removed: index （工业园区）城南街道 as 工业园区城南街道 too.
    if (NOT_HAN.test(unit.name)) add(withoutPunctuation(unit.name), { unit, form: "full" });
    for (const v of shortForms(unit.name, unit.level)) add(v, { unit, form: formOf(v) });
  }
  // Bit n set ⇔ some name of length n starts with these two characters (names are < 32 characters).
  const lengthsByPrefix = new Map<string, number>();
  for (const name of byName.keys()) {
    const key = name.slice(0, 2);
    lengthsByPrefix.set(key, (lengthsByPrefix.get(key) ?? 0) | (1 << Math.min(name.length, 31)));
  }
  return { byName, lengthsByPrefix };
}

function nameIndex(): NameIndex {
  index ??= buildIndex();
  return index;
}

/** Full name and short forms of a unit (empty for an unknown code). */
export const unitVariants = memo((code) => {
  const unit = getRegion(code);
  if (!unit) return [];
  const plain = withoutPunctuation(unit.name);
  return [unit.name, ...(plain === unit.name ? [] : [plain]), ...shortForms(unit.name, unit.level)];
});

/**
 * Forms of a unit that count as evidence when found in report text: generic names (城区) and bare county
 * stems (瓯海, 会同) are left out because they also occur as ordinary words.
 */
export const contextVariants = memo((code) => {
  const unit = getRegion(code);
  return unitVariants(code).filter(
    (v) => !GENERIC_NAMES.has(v) && !(unit?.level === "county" && v !== unit.name && formOf(v) === "bare"),
  );
});

/** Units written exactly `name` (full or short). */
export function unitsNamed(name: string): NameHit[] {
  return nameIndex().byName.get(name) ?? [];
}

function longestNameAt(s: string, i: number, lengthBits: number, byName: Map<string, NameHit[]>): number {
  for (let n = Math.min(31, s.length - i); n >= 2; n--) {
    if (lengthBits & (1 << n) && byName.has(s.slice(i, i + n))) return n;
  }
  return 0;
}

/** Units named by the longest place name starting at `s[i]` (empty when none starts there). */
export function longestMentionAt(s: string, i: number): Mention | null {
  const { byName, lengthsByPrefix } = nameIndex();
  const length = longestNameAt(s, i, lengthsByPrefix.get(s.slice(i, i + 2)) ?? 0, byName);
  if (length === 0) return null;
  const text = s.slice(i, i + length);
  return { text, start: i, hits: byName.get(text) ?? [] };
}

/**
 * Place names in `s`, left to right, longest match first and non-overlapping
 * (朝阳市民政局 → 朝阳市, not 朝阳; 小板桥街道办事处 → 小板桥街道).
 */
export function findMentions(s: string): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < s.length - 1; ) {
    const mention = longestMentionAt(s, i);
    if (mention) mentions.push(mention);
    i += mention ? mention.text.length : 1;
  }
  return mentions;
}
