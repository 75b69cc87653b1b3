/**
 * Scores a parsed report against its truth record: which truth values the parser got wrong or
 * missed, which declared-blank cells it filled, and which metadata fields differ. Pure; used by the
 * round-trip test and bench/parse.ts.
 */
import type { ParsedReport } from "@/lib/parser/types";
import type { TruthRecord } from "./types";

export interface Comparison {
  /** Every truth value equal, and no declared-blank cell given a value. */
  valuesMatch: boolean;
  /** Truth keys whose parsed value differs or is missing. */
  wrongKeys: string[];
  /** Keys the truth declares blank but the parser gave a value. */
  filledBlanks: string[];
  /** Metadata fields that differ: family, year, published, agency.name, agency.kind, agency.level, region.code. */
  wrongMeta: string[];
  /** Per declared fault kind the parser can see on its own: did a finding (or the blanks list) show it? */
  detected: Partial<Record<"totals" | "narrative" | "blank", boolean>>;
  /** Consistency findings (R1–R4, legacy sums, N1) on a report that carries no such fault. */
  falseAlarms: string[];
}

const SUM_RULE = /^(R[1-4]|L\d)/;

const META_FIELDS = [
  "family",
  "year",
  "published",
  "agency.name",
  "agency.kind",
  "agency.level",
  "region.code",
] as const;

function metaOf(r: Pick<ParsedReport, "family" | "year" | "published" | "agency" | "region">): Record<string, unknown> {
  return {
    family: r.family,
    year: r.year,
    published: r.published,
    "agency.name": r.agency.name,
    "agency.kind": r.agency.kind,
    "agency.level": r.agency.level,
    "region.code": r.region?.code ?? null,
  };
}

export function compareWithTruth(truth: TruthRecord, parsed: ParsedReport): Comparison {
  const wrongKeys: string[] = [];
  for (const key in truth.values) {
    if (parsed.values[key] !== truth.values[key]) wrongKeys.push(key);
  }
  const blanks = truth.faults.filter((f) => f.kind === "blank").flatMap((f) => f.keys);
  const filledBlanks = blanks.filter((k) => k in parsed.values);
  const [want, got] = [metaOf(truth), metaOf(parsed)];
  const wrongMeta = META_FIELDS.filter((f) => want[f] !== got[f]);
  const kinds = new Set(truth.faults.map((f) => f.kind));
  const rules = parsed.findings.map((f) => f.rule);
  const detected: Comparison["detected"] = {};
  // In a glued one-line table a wrong total leaves no valid split, so "cell unreadable" (P…) is the signal.
  if (kinds.has("totals")) detected.totals = rules.some((r) => SUM_RULE.test(r) || r.startsWith("P"));
  if (kinds.has("narrative")) detected.narrative = rules.includes("N1");
  if (kinds.has("blank")) detected.blank = blanks.every((k) => parsed.blanks.includes(k));
  // P… findings (a cell unreadable, a glued run split more than one way) are honest warnings, not false claims.
  const falseAlarms = rules.filter(
    (r) => (SUM_RULE.test(r) && !kinds.has("totals")) || (r === "N1" && !kinds.has("narrative")),
  );
  return {
    valuesMatch: wrongKeys.length === 0 && filledBlanks.length === 0,
    wrongKeys,
    filledBlanks,
    wrongMeta,
    detected,
    falseAlarms,
  };
}

/** Accumulates comparisons into the figures bench/parse.ts prints. */
export class AccuracyTally {
  documents = 0;
  failed = 0;
  matched = 0;
  readonly byGroup = new Map<string, { matched: number; total: number }>();
  readonly keyMisses = new Map<string, number>();
  readonly metaMisses = new Map<string, number>();
  /** Fault kind → [detected, declared]. */
  readonly faults = new Map<string, [number, number]>();
  /** Rule → reports carrying no such fault that got the finding anyway. */
  readonly falseAlarms = new Map<string, number>();

  add(truth: TruthRecord, result: Comparison | null): void {
    this.documents++;
    const group = `${truth.layout} ${truth.family}${truth.traditional ? " 繁" : ""}`;
    const g = this.byGroup.get(group) ?? { matched: 0, total: 0 };
    g.total++;
    this.byGroup.set(group, g);
    if (!result) {
      this.failed++;
      return;
    }
    if (result.valuesMatch) {
      this.matched++;
      g.matched++;
    }
    for (const k of [...result.wrongKeys, ...result.filledBlanks])
      this.keyMisses.set(k, (this.keyMisses.get(k) ?? 0) + 1);
    for (const f of result.wrongMeta)
      this.metaMisses.set(`${f} (${truth.family})`, (this.metaMisses.get(`${f} (${truth.family})`) ?? 0) + 1);
    for (const [kind, hit] of Object.entries(result.detected)) {
      const [d, n] = this.faults.get(kind) ?? [0, 0];
      this.faults.set(kind, [d + (hit ? 1 : 0), n + 1]);
    }
    for (const rule of new Set(result.falseAlarms)) this.falseAlarms.set(rule, (this.falseAlarms.get(rule) ?? 0) + 1);
  }

  topKeys(n: number): [string, number][] {
    return [...this.keyMisses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
  }
}
