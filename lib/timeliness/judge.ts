/**
 * Timeliness and coverage of one agency and year: published on time, late (by how many days), published without
 * a date anyone knows, missing (no report and the deadline has passed) or not yet due. Pure: `today` is given.
 * The scorecard's 按时发布 indicator (lib/scorecard/timely.ts) reads the same judgement.
 */
import { dayNumber, deadlineFor, publicationDate, type DateSource, type ReportDates } from "./deadline";

export const TIMELINESS_STATUSES = ["on_time", "late", "undated", "missing", "not_due"] as const;
export type TimelinessStatus = (typeof TIMELINESS_STATUSES)[number];

export const STATUS_LABELS: Record<TimelinessStatus, string> = {
  on_time: "按时",
  late: "逾期",
  undated: "日期不详",
  missing: "未发布",
  not_due: "未到期",
};

export interface Judgement {
  status: TimelinessStatus;
  /** YYYY-MM-DD. */
  deadline: string;
  /** The date the report counts as published (late and on time), YYYY-MM-DD. */
  date: string | null;
  dateSource: DateSource | null;
  /** Days after the deadline (late only). */
  daysLate: number | null;
}

export interface AgencyYear {
  year: number;
  kind: string;
  level: string;
}

/** A report of this agency and year: on time, late or undated; null for a year no deadline governs (before 2008). */
export function judgeReport(r: AgencyYear & ReportDates): Judgement | null {
  const deadline = deadlineFor(r.year, r.kind, r.level);
  if (!deadline) return null;
  const published = publicationDate(r);
  if (!published) return { status: "undated", deadline: deadline.date, date: null, dateSource: null, daysLate: null };
  const late = dayNumber(published.date)! - dayNumber(deadline.date)!;
  return {
    status: late > 0 ? "late" : "on_time",
    deadline: deadline.date,
    date: published.date,
    dateSource: published.source,
    daysLate: late > 0 ? late : null,
  };
}

/** No report of this agency and year: missing once the deadline has passed on `today` (YYYY-MM-DD, Beijing). */
export function judgeAbsence(r: AgencyYear, today: string): Judgement | null {
  const deadline = deadlineFor(r.year, r.kind, r.level);
  if (!deadline) return null;
  const status = dayNumber(today)! > dayNumber(deadline.date)! ? "missing" : "not_due";
  return { status, deadline: deadline.date, date: null, dateSource: null, daysLate: null };
}

/** An agency Nianbao knows: it has reports, or a collect list names it. */
export interface KnownAgency {
  id: string;
  name: string;
  kind: string;
  level: string;
  /** The code of the scope's sub-region it lies in (null: an agency of the scope's own level). */
  place: string | null;
  /** Year of its first report; null when it has none (listed only). */
  firstYear: number | null;
}

export interface KnownReport extends ReportDates {
  agencyId: string;
  year: number;
  publicId: string;
}

export interface JudgedYear extends Judgement {
  agencyId: string;
  agencyName: string;
  place: string | null;
  year: number;
  publicId: string | null;
}

/**
 * Every year from `from` to `to` of every agency, from its first report on (an agency does not owe reports for
 * the years before it first published; one only listed owes every year of the range).
 */
export function judgeAgencyYears(input: {
  agencies: KnownAgency[];
  reports: KnownReport[];
  from: number;
  to: number;
  today: string;
}): JudgedYear[] {
  const byKey = new Map(input.reports.map((r) => [`${r.agencyId}\u0000${r.year}`, r]));
  const out: JudgedYear[] = [];
  for (const a of input.agencies) {
    for (let year = Math.max(input.from, a.firstYear ?? input.from); year <= input.to; year++) {
      const report = byKey.get(`${a.id}\u0000${year}`);
      const at = { year, kind: a.kind, level: a.level };
      const judged = report ? judgeReport({ ...at, ...report }) : judgeAbsence(at, input.today);
      if (judged)
        out.push({
          ...judged,
          agencyId: a.id,
          agencyName: a.name,
          place: a.place,
          year,
          publicId: report?.publicId ?? null,
        });
    }
  }
  return out;
}
