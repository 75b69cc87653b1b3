/**
 * The pages and API routes whose reads honour `rel` (selectionOf → lib/releases/as-of.ts): the overview, compare,
 * /api/series and the chart exports. Elsewhere (quality, scorecard, agency and report pages) `rel` is not yet read:
 * those answers show current data, say so in the footer, are never cached as immutable, and offer no 固定到此版本.
 * Imports nothing, so the proxy and the browser's copy-link button share it.
 */
export function pinnablePath(pathname: string): boolean {
  return /^\/(compare)?$|^\/api\/(series|export\/[a-z-]+)$/.test(pathname);
}
