/**
 * describeAgency: the one call the parser makes per report. Kept apart from index.ts so importing it
 * does not load the pinyin and t2s dictionaries that identity.ts needs.
 */
import type { Agency, RegionRef } from "@/lib/parser/types";
import { agencyKind, agencyLevel } from "./classify";
import { regionPath } from "./divisions";
import { unitVariants } from "./name-index";
import { resolveRegion, type Resolution } from "./resolve";

const MAX_NAME = 200;

/**
 * The name without its (non-township) unit's name, so a unit named …镇 is not read as a township:
 * 景德镇人民政府 is a city government.
 */
function kindPart(name: string, resolution: Resolution | null): string {
  if (!resolution?.exact || resolution.unit.level === "township") return name;
  const own = unitVariants(resolution.unit.code)
    .filter((v) => name.includes(v))
    .sort((a, b) => b.length - a.length)[0];
  return own ? name.replace(own, "") : name;
}

/**
 * Classifies an agency and finds its unit. `agencyName` and `text` are expected in simplified Chinese
 * (the parser normalises first). The region is null when the name names no known unit or the
 * candidates share no ancestor — never a guess.
 */
export function describeAgency(agencyName: string, text: string): { agency: Agency; region: RegionRef | null } {
  const name = agencyName.trim();
  // Real agency names are < 60 characters; a runaway "name" is judged by its start only.
  const head = name.slice(0, MAX_NAME);
  // No name, no place to resolve: the text alone only ever disambiguates a name (and scanning it is slow).
  const resolution = head ? resolveRegion(head, text) : null;
  const kind = agencyKind(kindPart(head, resolution));
  const region = resolution
    ? { code: resolution.unit.code, path: regionPath(resolution.unit.code).map((s) => s.name) }
    : null;
  return { agency: { name, kind, level: agencyLevel(head, kind, resolution) }, region };
}
