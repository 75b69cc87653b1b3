/**
 * Which table cells each finding concerns. Findings name canonical keys; some are sums the template
 * never prints (`outcome.denied.total`, `litigation.total`), so those are spread onto the printed cells
 * they add up, which is where a reader looks for the mistake.
 */
const GROUP_SUM = /^outcome\.(denied|unable|rejected|other)\.([a-z_]+)$/;
const LITIGATION = /^litigation\.([a-z_]+)$/;

export interface FindingKeys {
  rule: string;
  keys: string[];
}

/** The printed keys a (possibly derived) key stands for, among `printed`. */
export function printedKeysOf(key: string, printed: ReadonlySet<string>): string[] {
  if (printed.has(key)) return [key];
  const group = GROUP_SUM.exec(key);
  if (group) {
    const [, name, column] = group;
    const prefix = `outcome.${name}.`;
    const suffix = `.${column}`;
    const parts = [...printed].filter((k) => k.startsWith(prefix) && k.endsWith(suffix) && k.split(".").length === 4);
    if (parts.length) return parts;
  }
  const lit = LITIGATION.exec(key);
  if (lit) return [`litigation_direct.${lit[1]}`, `litigation_after_review.${lit[1]}`].filter((k) => printed.has(k));
  return [key];
}

/** Printed key → the rules (deduplicated, in finding order) of the findings that concern it. */
export function flaggedKeys(findings: readonly FindingKeys[], printed: ReadonlySet<string>): Map<string, string[]> {
  const flagged = new Map<string, string[]>();
  for (const finding of findings) {
    for (const key of finding.keys) {
      for (const cell of printedKeysOf(key, printed)) {
        const rules = flagged.get(cell) ?? [];
        if (!rules.includes(finding.rule)) rules.push(finding.rule);
        flagged.set(cell, rules);
      }
    }
  }
  return flagged;
}
