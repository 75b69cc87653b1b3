/** The definitions the workbook's 说明 sheet states for the rates and shares its sheets hold, from lib/metrics. */
import { CORE_METRICS, MIN_RATE_DENOMINATOR, RATE_BY_KEY, type RateMetric } from "@/lib/metrics";
import type { ChartTable } from "@/lib/charts/types";
import { rateFormula, wordsAlgebra } from "@/lib/rate-formula";

const labelOf = (column: string) => CORE_METRICS.find((m) => m.column === column)?.label ?? column;

/** 实质公开率 = （予以公开 + 部分公开） ÷ 办理结果总计 (lib/rate-formula.ts in words), summed over the selection first. */
export function rateDefinition(rate: RateMetric): string {
  const formula = rateFormula(rate, wordsAlgebra(labelOf)).value;
  return `${formula}；分子、分母先按所选范围合计再相除，分母不足${MIN_RATE_DENOMINATOR}件时标注“不足${MIN_RATE_DENOMINATOR}件”。`;
}

const SHARE = "未通过比例";

/** Every rate a sheet uses: the metric when it is one, the failing share, the change against the previous year. */
export function definitionsFor(metrics: string[], tables: ChartTable[], delta: boolean): [string, string][] {
  const out: [string, string][] = [];
  for (const key of new Set(metrics)) {
    const rate = RATE_BY_KEY.get(key);
    if (rate) out.push([rate.label, rateDefinition(rate)]);
  }
  if (tables.some((t) => t.columns.includes(SHARE)))
    out.push([SHARE, "未通过校验（勾稽关系 R1–R6 不成立）的报告数 ÷ 提交的报告数。"]);
  if (delta)
    out.push(["较上年变化", "计数为与上年相比的相对变化（%）；比率为与上年之差（百分点，表中以百分比显示）。"]);
  return out;
}
