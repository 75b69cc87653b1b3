/** N1: the narrative's count of applications received against the table (a warning: prose is loose). */
import type { ReportMeta } from "@/lib/parser/meta";
import type { Finding } from "@/lib/parser/types";

export function checkNarrative(values: Record<string, number>, meta: ReportMeta): Finding[] {
  const stated = meta.narrative.appsReceived;
  const table = values["apps.new.total"];
  if (!stated || table === undefined) return [];
  // Some reports count what they handled this year, carried-over applications included: not a contradiction.
  const withCarried = table + (values["apps.carried_over.total"] ?? 0);
  if (stated.value === table || stated.value === withCarried) return [];
  return [
    {
      rule: "N1",
      severity: "warning",
      message: `正文所述收到申请 ${stated.value} 件,与统计表本年新收 ${table} 件不一致`,
      keys: ["apps.new.total"],
      expected: table,
      actual: stated.value,
      line: stated.line,
    },
  ];
}
