/**
 * On time or late, as lib/timeliness judges it (the /quality and Overview timeliness counts read the same
 * judgement, so the scorecard and they never disagree): the stated 发布日期, else the collected page's, else the
 * date Nianbao first saw the report, against the legal deadline (lib/template/deadlines.ts).
 */
import { deadlineFor, dueText, type ReportDates } from "@/lib/timeliness/deadline";
import { judgeReport, type AgencyYear } from "@/lib/timeliness/judge";
import type { Mark } from "./types";

export { deadlineFor };

const BASIS = { stated: "", page: "，按网页发布日期", first_seen: "，按首次发现日期" } as const;

/** A report whose date is unknown is not scored (said in the cell). */
export function timelyMark(report: AgencyYear & ReportDates): Mark {
  const judged = judgeReport(report);
  if (!judged) return { value: null, text: "无法定期限" };
  const due = dueText(deadlineFor(report.year, report.kind, report.level)!);
  if (judged.status === "undated") return { value: null, text: `未注明发布日期（应${due}）` };
  const basis = BASIS[judged.dateSource!];
  if (judged.status === "on_time") return { value: 1, text: `按时（${judged.date}${basis}）` };
  return { value: 0, text: `逾期 ${judged.daysLate} 天（应${due}${basis}）` };
}
