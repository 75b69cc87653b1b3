/**
 * Paging through a list ordered by year (newest first) without walking or sorting every row: from the
 * per-year counts (kept in pre-aggregates), find the years that hold rows [offset, offset + limit) and
 * the offset inside the first of them. A query restricted to those years walks only what the page needs.
 */

export interface YearCount {
  year: number;
  n: number;
}

export interface PageWindow {
  /** Newest and oldest year the page touches. */
  to: number;
  from: number;
  /** Offset of the page's first row within the rows of year `to`. */
  offset: number;
  /** Rows in all years together. */
  total: number;
}

/** null when the page starts past the last row. */
export function pageWindow(counts: readonly YearCount[], offset: number, limit: number): PageWindow | null {
  const years = counts.filter((c) => c.n > 0).sort((a, b) => b.year - a.year);
  const total = years.reduce((sum, c) => sum + c.n, 0);
  if (offset >= total || limit <= 0) return null;
  let before = 0;
  let i = 0;
  while (before + years[i].n <= offset) before += years[i++].n;
  const to = years[i].year;
  let covered = before + years[i].n;
  while (covered < offset + limit && i + 1 < years.length) covered += years[++i].n;
  return { to, from: years[i].year, offset: offset - before, total };
}
