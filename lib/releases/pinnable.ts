/**
 * The pages and API routes whose reads honour `rel` (lib/releases/as-of.ts): the overview, compare, quality,
 * scorecard, agency and report pages, /api/series, /api/scorecard, the exports under /api/export (chart CSVs,
 * timeliness, scorecard, bulletin) and the workbooks of those views. Any other path does not read `rel`: its answer
 * shows current data, says so in the footer, is never cached as immutable, and offers no 固定到此版本.
 * Imports nothing, so the proxy, the navigation and the browser's copy-link button share it.
 */
const PAGES = /^\/(compare|quality|scorecard|agencies\/[^/]+|reports\/[^/]+)?$/;
const API = /^\/api\/(series|scorecard|export\/[a-z-]+)$/;
const WORKBOOK_VIEWS = new Set(["overview", "compare", "quality", "agency", "scorecard"]);

/** `view`: the workbook's `view=` parameter (a view it does not know is not pinned). */
export function pinnablePath(pathname: string, view: string | null = null): boolean {
  if (pathname === "/api/export/workbook") return WORKBOOK_VIEWS.has(view ?? "");
  return PAGES.test(pathname) || API.test(pathname);
}
