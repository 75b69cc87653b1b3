/** On time or late: the stated 发布日期 against the legal deadline (lib/template/deadlines.ts). */
import { DEADLINE_RULES, type DeadlineRule } from "@/lib/template/deadlines";
import type { Mark } from "./types";

export interface Deadline {
  /** YYYY-MM-DD in the year after the report year. */
  date: string;
  rule: DeadlineRule;
}

const matches = (list: readonly string[] | null, value: string) => list === null || list.includes(value);

/** The deadline of a report of `year` by an agency of this kind and level; null before the 条例 (2008). */
export function deadlineFor(year: number, kind: string, level: string): Deadline | null {
  const rule = DEADLINE_RULES.find((r) => year >= r.years[0] && year <= r.years[1] && matches(r.kinds, kind) && matches(r.levels, level));
  if (!rule) return null;
  return { date: `${year + 1}-${String(rule.month).padStart(2, "0")}-${String(rule.day).padStart(2, "0")}`, rule };
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}

/**
 * Judged from the date the report itself states: a report that states none is not scored (said in the cell), since
 * the date it went online is not known yet.
 */
export function timelyMark(report: { year: number; kind: string; level: string; published: string | null }): Mark {
  const deadline = deadlineFor(report.year, report.kind, report.level);
  if (!deadline) return { value: null, text: "无法定期限" };
  const due = `${Number(deadline.date.slice(5, 7))}月${Number(deadline.date.slice(8, 10))}日前`;
  const published = report.published === null ? null : dayNumber(report.published);
  if (published === null) return { value: null, text: `未注明发布日期（应${due}）` };
  const late = published - dayNumber(deadline.date)!;
  if (late <= 0) return { value: 1, text: `按时（${report.published!.slice(0, 10)}）` };
  return { value: 0, text: `逾期 ${late} 天（应${due}）` };
}
