/**
 * describeAgency: the one call the parser makes per report. Kept apart from index.ts so importing it
 * does not load the pinyin and t2s dictionaries that identity.ts needs.
 */
import type { Agency, RegionRef } from "@/lib/parser/types";
import { agencyKind, agencyLevel } from "./classify";
import { regionPath } from "./divisions";
import { resolveRegion } from "./resolve";

const MAX_NAME = 200;

/**
 * Classifies an agency and finds its unit. `agencyName` and `text` are expected in simplified Chinese
 * (the parser normalises first). The region is null when the name names no known unit or the
 * candidates share no ancestor — never a guess.
 */
export function describeAgency(agencyName: string, text: string): { agency: Agency; region: RegionRef | null } {
  const name = agencyName.trim();
  // Real agency names are < 60 characters; a runaway "name" is judged by its start only.
  const head = name.slice(0, MAX_NAME);
  const resolution = resolveRegion(head, text);
  const kind = agencyKind(head);
  const region = resolution
    ? { code: resolution.unit.code, path: regionPath(resolution.unit.code).map((s) => s.name) }
    : null;
  return { agency: { name, kind, level: agencyLevel(head, kind, resolution) }, region };
}
