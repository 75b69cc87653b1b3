/** Chinese names of the consistency rules (REPORT-FORMATS.md) and finding severities. */

const RULE_LABELS: Record<string, string> = {
  R1: "收支平衡（新收+结转=办理+结转下年）",
  R2: "行合计（总计=各类申请人之和）",
  R3: "办理结果合计",
  R4: "复议诉讼合计",
  R5: "年度衔接（上年结转=上年报告结转下年度）",
  R6: "格式（非负整数、年份一致、必填格）",
  N1: "正文与表格不一致",
};

/** `L…` legacy 统计表 checks, `P…` cells the parser could not read. */
export function ruleLabel(rule: string): string {
  if (RULE_LABELS[rule]) return RULE_LABELS[rule];
  if (rule.startsWith("L")) return "旧版统计表勾稽关系";
  if (rule.startsWith("P")) return "无法读取的单元格";
  if (rule.startsWith("N")) return "正文与表格不一致";
  return "其他检查";
}

const SEVERITY_LABELS: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };

export function severityLabel(severity: string): string {
  return SEVERITY_LABELS[severity] ?? severity;
}
