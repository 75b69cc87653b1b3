/**
 * The legal deadline of a report (lib/template/deadlines.ts holds the rules and their source) and the date a
 * report counts as published. Pure.
 */
import { DEADLINE_RULES, type DeadlineRule } from "@/lib/template/deadlines";

export interface Deadline {
  /** YYYY-MM-DD in the year after the report year. */
  date: string;
  rule: DeadlineRule;
}

const matches = (list: readonly string[] | null, value: string) => list === null || list.includes(value);
const pad = (n: number) => String(n).padStart(2, "0");

/** The deadline of a report of `year` by an agency of this kind and level; null before the 条例 (2008). */
export function deadlineFor(year: number, kind: string, level: string): Deadline | null {
  const rule = DEADLINE_RULES.find(
    (r) => year >= r.years[0] && year <= r.years[1] && matches(r.kinds, kind) && matches(r.levels, level),
  );
  return rule ? { date: `${year + 1}-${pad(rule.month)}-${pad(rule.day)}`, rule } : null;
}

/** 1月31日前: how the UI states a deadline. */
export function dueText(deadline: Deadline): string {
  return `${deadline.rule.month}月${deadline.rule.day}日前`;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Deadlines are Beijing dates: an instant (first_seen_at, UTC) is read at UTC+8. */
const BEIJING_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a YYYY-MM-DD… date; null when it is not one. */
export function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  // 2024-02-30 is not a date: Date.UTC would roll it into March.
  return new Date(t).getUTCDate() === d && mo >= 1 && mo <= 12 ? t / DAY_MS : null;
}

/** The Beijing wall time of an instant as `YYYY-MM-DDTHH:MM:SS.sssZ` digits (UTC+8, no daylight saving). */
export function beijingIso(instant: Date | string): string | null {
  const t = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  return Number.isFinite(t) ? new Date(t + BEIJING_MS).toISOString() : null;
}

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function beijingDate(instant: Date | string): string | null {
  return beijingIso(instant)?.slice(0, 10) ?? null;
}

/** Where the date a report counts as published came from. */
export type DateSource = "stated" | "page" | "first_seen";

export interface ReportDates {
  /** The 发布日期 the report's own text states. */
  published: string | null;
  /** The 发布日期 the web page it was collected from states (npm run collect). */
  pagePublished?: string | null;
  /** When Nianbao first fetched these bytes (an instant, UTC): an upper bound on the publication date. */
  firstSeenAt?: string | null;
}

/** The stated 发布日期, else the page's, else the Beijing date Nianbao first saw it; null when none is known. */
export function publicationDate(r: ReportDates): { date: string; source: DateSource } | null {
  if (r.published && dayNumber(r.published) !== null) return { date: r.published.slice(0, 10), source: "stated" };
  if (r.pagePublished && dayNumber(r.pagePublished) !== null)
    return { date: r.pagePublished.slice(0, 10), source: "page" };
  const seen = r.firstSeenAt ? beijingDate(r.firstSeenAt) : null;
  return seen ? { date: seen, source: "first_seen" } : null;
}
