/**
 * Findings from the consistency rules (R1–R6, legacy L*, narrative N1) for an assembled report.
 */
import { validateReport } from "@/lib/validate";
import { LEGACY_CORE_MAP } from "@/lib/template/legacy";
import type { ReportMeta } from "./meta";
import type { Finding, ParsedReport } from "./types";

/** legacy key → the core keys built from it (a finding on 同意公开答复数 is also one on outcome.granted.total). */
const CORE_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [core, parts] of LEGACY_CORE_MAP) for (const p of parts) map.set(p, [...(map.get(p) ?? []), core]);
  return map;
})();

/** A legacy finding names the core figures its cells feed, so a chart of core metrics shows it too. */
export function withCoreKeys(finding: Finding): Finding {
  const cores = finding.keys.flatMap((k) => CORE_OF.get(k) ?? []).filter((k) => !finding.keys.includes(k));
  return cores.length === 0 ? finding : { ...finding, keys: [...finding.keys, ...new Set(cores)] };
}

/**
 * The rules' findings for `report`, less an N1 that says again what one of the reader's `issues` says (the legacy
 * sentences' N1 on the applications quotes the same count the opening sentence states).
 */
export function checkReport(report: ParsedReport, meta: ReportMeta, issues: readonly Finding[] = []): Finding[] {
  const said = (f: Finding) =>
    f.rule === "N1" &&
    issues.some((i) => i.rule === "N1" && i.actual === f.actual && f.keys.every((k) => i.keys.includes(k)));
  const findings = validateReport({
    family: report.family,
    year: report.year,
    values: report.values,
    blanks: report.blanks,
    meta,
    sources: report.sources,
  }).filter((f) => !said(f));
  return report.family === "legacy" ? findings.map(withCoreKeys) : findings;
}
