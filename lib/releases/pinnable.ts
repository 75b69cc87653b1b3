/**
 * The pages and API routes whose reads honour `rel` (lib/releases/as-of.ts): the overview, compare, quality, agency
 * and report pages, /api/series, the chart exports and the workbooks of those views. Elsewhere (the scorecard, its
 * exports and workbook, the timeliness CSV and the bulletin) `rel` is not yet read: those answers show current data,
 * say so in the footer, are never cached as immutable, and offer no 固定到此版本.
 * Imports nothing, so the proxy, the navigation and the browser's copy-link button share it.
 */
const PAGES = /^\/(compare|quality|agencies\/[^/]+|reports\/[^/]+)?$/;
const API = /^\/api\/(series|export\/[a-z-]+)$/;
/** Exports under /api/export that read current data only. */
const CURRENT_ONLY = /^\/api\/export\/(bulletin|scorecard|scorecard-regions|timeliness)$/;
const WORKBOOK_VIEWS = new Set(["overview", "compare", "quality", "agency"]);

/** `view`: the workbook's `view=` parameter (its scorecard view reads current data). */
export function pinnablePath(pathname: string, view: string | null = null): boolean {
  if (pathname === "/api/export/workbook") return WORKBOOK_VIEWS.has(view ?? "");
  return PAGES.test(pathname) || (API.test(pathname) && !CURRENT_ONLY.test(pathname));
}
