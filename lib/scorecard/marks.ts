/** The indicators read straight from one report's stored checks: complete, consistent, chained, original. */
import type { Mark, NarrativeCheck, PriorReport, ReportInput } from "./types";

/** At or above this estimated Jaccard similarity of the narrative, the report is flagged with its twin. */
export const TWIN_SIMILARITY = 0.9;

/** Required cells (REQUIRED_CELLS of the family) printed with a value: the share present. */
export function completeMark(r: ReportInput): Mark {
  if (r.requiredTotal === 0) return { value: null, text: "无必填单元格" };
  const missing = r.requiredTotal - r.requiredPresent;
  return missing <= 0
    ? { value: 1, text: "完整" }
    : { value: r.requiredPresent / r.requiredTotal, text: `缺 ${missing}/${r.requiredTotal} 项` };
}

/** The template's sum and form rules (R1–R4, R6, legacy L1–L5) without an error. */
export function consistentMark(r: ReportInput): Mark {
  return r.errorRules.length === 0
    ? { value: 1, text: "通过" }
    : { value: 0, text: `未通过 ${r.errorRules.join("、")}` };
}

/** R5: this year's 上年结转 against last year's 结转下年度; applies when both reports print them. */
export function chainedMark(r: ReportInput, previous: PriorReport | undefined): Mark {
  if (!previous) return { value: null, text: "无上年报告" };
  if (r.figures.appsCarriedOver === null || previous.figures.appsCarriedForward === null)
    return { value: null, text: "无结转数据" };
  return r.chainErrors === 0 ? { value: 1, text: "衔接" } : { value: 0, text: `不衔接（${r.chainErrors} 列）` };
}

export function originalMark(check: NarrativeCheck | undefined): Mark {
  if (!check) return { value: null, text: "未比对" };
  if (check.status === "short") return { value: null, text: "正文多为通用表述" };
  const similarity = check.similarity ?? 0;
  if (!check.twin || similarity < TWIN_SIMILARITY) return { value: 1, text: "原创" };
  const { agencyName, year } = check.twin;
  return { value: 0, text: `与${agencyName} ${year}年报告相似 ${Math.round(similarity * 100)}%`, twin: check.twin };
}
