/**
 * Runs once when the Next.js server starts: warms the memoised /quality summaries whenever the data version moves
 * (lib/queries/warm.ts), so no visitor waits for them after an ingest. NIANBAO_WARM_MS sets how often the server
 * asks (milliseconds; 0 turns it off). Not during `next build`, and not in the edge runtime (no database there).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { WARM_INTERVAL_MS, watchDataVersion } = await import("@/lib/queries/warm");
  const raw = process.env.NIANBAO_WARM_MS?.trim();
  const ms = raw ? Number(raw) : WARM_INTERVAL_MS;
  if (!Number.isFinite(ms) || ms <= 0) return;
  watchDataVersion(Math.max(ms, 250));
}
