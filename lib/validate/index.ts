/**
 * Report → Finding[]: the template's consistency rules (R1–R4, legacy L1–L5), form checks (R6) and the
 * narrative check (N1). R5 needs the previous report and is run by ingest through `checkYearChain`.
 * Pure and cheap: it runs once per report in the ingest hot path.
 */
import type { ReportMeta } from "@/lib/parser/meta";
import type { Family, Finding, ValueSource } from "@/lib/parser/types";
import { checkSums } from "./check-sums";
import { checkForm } from "./form";
import { checkNarrative } from "./narrative";

export { checkYearChain, type ChainReport } from "./year-chain";
export { SUM_RULES, REQUIRED_CELLS, type SumRule } from "./rules";

export interface ValidateInput {
  family: Family;
  year: number | null;
  values: Record<string, number>;
  blanks: string[];
  meta: ReportMeta;
  sources?: Record<string, ValueSource>;
}

export function validateReport(input: ValidateInput): Finding[] {
  const blanks = new Set(input.blanks);
  const sources = input.sources ?? {};
  return [
    ...checkSums(input.family, input.values, blanks, sources),
    ...checkForm({ family: input.family, year: input.year, values: input.values, blanks, meta: input.meta, sources }),
    ...checkNarrative(input.values, input.meta, input.family),
  ];
}
