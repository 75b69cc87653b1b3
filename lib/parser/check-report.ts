/**
 * Findings from the consistency rules (R1–R6). Temporary stand-in until `validateReport` from
 * `@/lib/validate` lands (helper H3); the parser's own P1/P2 findings come from the table stage.
 */
import type { ReportMeta } from "./meta";
import type { Finding, ParsedReport } from "./types";

export function checkReport(_report: ParsedReport, _meta: ReportMeta): Finding[] {
  return [];
}
