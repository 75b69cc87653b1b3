/** R5: this year's 上年结转 must equal the previous report's 结转下年度, column by column. */
import { APPLICANT_COLUMNS } from "@/lib/parser/labels";
import type { Finding } from "@/lib/parser/types";
import { COLUMN_LABELS } from "./rules";

export interface ChainReport {
  year: number;
  values: Record<string, number>;
}

export function checkYearChain(prev: ChainReport, cur: ChainReport): Finding[] {
  if (cur.year !== prev.year + 1) return [];
  const findings: Finding[] = [];
  for (const col of APPLICANT_COLUMNS) {
    const carriedOver = cur.values[`apps.carried_over.${col}`];
    const carriedForward = prev.values[`apps.carried_forward.${col}`];
    if (carriedOver === undefined || carriedForward === undefined || carriedOver === carriedForward) continue;
    findings.push({
      rule: "R5",
      severity: "error",
      message: `上年结转(${COLUMN_LABELS[col]})${carriedOver} 件,与 ${prev.year} 年报告结转下年度 ${carriedForward} 件不一致`,
      keys: [`apps.carried_over.${col}`],
      expected: carriedForward,
      actual: carriedOver,
    });
  }
  return findings;
}
