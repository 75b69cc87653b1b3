/** Judged agency-years → counts per year, counts per sub-region, and the list of one or more statuses. Pure. */
import { TIMELINESS_STATUSES, type JudgedYear, type TimelinessStatus } from "./judge";

export type StatusCounts = Record<TimelinessStatus, number>;

export const emptyCounts = (): StatusCounts =>
  Object.fromEntries(TIMELINESS_STATUSES.map((s) => [s, 0])) as StatusCounts;

export interface YearCounts extends StatusCounts {
  year: number;
}

export interface PlaceCounts extends StatusCounts {
  /** Sub-region code; null for the scope's own agencies (本级). */
  place: string | null;
}

/** `n` agency-years of one status, year and place (one when `n` is left out: a judged row). */
export interface StatusCell {
  year: number;
  place: string | null;
  status: TimelinessStatus;
  n?: number;
}

/** Counts per year, oldest first. */
export function countByYear(rows: readonly StatusCell[]): YearCounts[] {
  const by = new Map<number, YearCounts>();
  for (const r of rows) {
    const c = by.get(r.year) ?? { year: r.year, ...emptyCounts() };
    c[r.status] += r.n ?? 1;
    by.set(r.year, c);
  }
  return [...by.values()].sort((a, b) => a.year - b.year);
}

/** Counts per sub-region, most late and missing first. */
export function countByPlace(rows: readonly StatusCell[]): PlaceCounts[] {
  const by = new Map<string | null, PlaceCounts>();
  for (const r of rows) {
    const c = by.get(r.place) ?? { place: r.place, ...emptyCounts() };
    c[r.status] += r.n ?? 1;
    by.set(r.place, c);
  }
  return [...by.values()].sort(
    (a, b) => b.late + b.missing - (a.late + a.missing) || String(a.place).localeCompare(String(b.place)),
  );
}

/** The list's default: what a supervisor acts on. */
export const PROBLEM_STATUSES: readonly TimelinessStatus[] = ["late", "missing"];

const BY_NAME = new Intl.Collator("zh-CN");

/** The agency-years of these statuses: newest year first, then by sub-region, the latest first within it, then name. */
export function listOf<T extends JudgedYear>(rows: readonly T[], statuses: readonly TimelinessStatus[]): T[] {
  const wanted = new Set(statuses);
  return rows
    .filter((r) => wanted.has(r.status))
    .sort(
      (a, b) =>
        b.year - a.year ||
        String(a.place).localeCompare(String(b.place)) ||
        (b.daysLate ?? 0) - (a.daysLate ?? 0) ||
        BY_NAME.compare(a.agencyName, b.agencyName) ||
        a.agencyId.localeCompare(b.agencyId),
    );
}
