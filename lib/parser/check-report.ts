/**
 * Findings from the consistency rules (R1–R6, legacy L*, narrative N1) for an assembled report.
 */
import { validateReport } from "@/lib/validate";
import type { ReportMeta } from "./meta";
import type { Finding, ParsedReport } from "./types";

export function checkReport(report: ParsedReport, meta: ReportMeta): Finding[] {
  return validateReport({
    family: report.family,
    year: report.year,
    values: report.values,
    blanks: report.blanks,
    meta,
    sources: report.sources,
  });
}
