/** Evaluates the sum rules of rules.ts against one report's values. */
import type { Family, Finding, ValueSource } from "@/lib/parser/types";
import { SUM_RULES, type SumRule } from "./rules";

/** Sums are compared with a tolerance: amounts may be decimals, counts are exact anyway. */
const EPSILON = 1e-6;

const RULES_BY_FAMILY = new Map<Family, SumRule[]>(
  (["2021", "2019", "legacy"] as const).map((f) => [f, SUM_RULES.filter((r) => r.families.includes(f))]),
);

function sum(values: Record<string, number>, keys: readonly string[]): number {
  let s = 0;
  for (const k of keys) s += values[k] ?? 0;
  return s;
}

/**
 * The parts a rule can be evaluated on, or null when it cannot: a blank cell or a missing figure means the
 * rule is not evaluated (that is not a violation; R6 reports missing required cells).
 */
function evaluableParts(rule: SumRule, values: Record<string, number>, blanks: ReadonlySet<string>): string[] | null {
  if (rule.unlessPresent?.some((k) => k in values)) return null;
  for (const k of rule.actual) if (!(k in values) || blanks.has(k)) return null;
  const parts: string[] = [];
  for (const k of rule.expected) {
    if (blanks.has(k)) return null;
    if (k in values) parts.push(k);
    else if (!rule.partsOptional) return null;
  }
  return parts.length > 0 ? parts : null;
}

export function checkSums(
  family: Family,
  values: Record<string, number>,
  blanks: ReadonlySet<string>,
  sources: Record<string, ValueSource> = {},
  rules: readonly SumRule[] = RULES_BY_FAMILY.get(family) ?? [],
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const parts = evaluableParts(rule, values, blanks);
    if (!parts) continue;
    const actual = sum(values, rule.actual);
    let expected = sum(values, parts);
    if (rule.countsOutside) for (const k of rule.actual) expected += sources[k]?.outside ?? 0;
    if (Math.abs(actual - expected) <= EPSILON) continue;
    const finding: Finding = {
      rule: rule.rule,
      severity: rule.severity,
      message: `${rule.title}(应为 ${expected},实际 ${actual})`,
      keys: [...rule.actual, ...parts],
      expected,
      actual,
    };
    const line = rule.actual.map((k) => sources[k]?.line).find((l) => l !== undefined);
    if (line !== undefined) finding.line = line;
    findings.push(finding);
  }
  return findings;
}
