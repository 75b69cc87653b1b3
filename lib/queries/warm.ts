import "server-only";
/**
 * Warming the memoised summaries of the current data (rule counts, reporting gaps, 按时发布与缺报) in the server
 * process, so that the first visitor of /quality (or of the Overview) after an ingest or collect run does not wait
 * for them. The ingest and collect commands are other processes: the server notices a new data version by asking
 * for it every few seconds (two primary-key lookups), then reads what the default /quality page reads, one read
 * after another so a visitor arriving meanwhile shares the computation (./memo.ts) instead of competing with it.
 */
import { judgingDay } from "@/lib/releases/release-day";
import { PROBLEM_STATUSES } from "@/lib/timeliness/tally";
import { parseUrlState } from "@/lib/url-state";
import { dataVersion, getQualityByRule, getReportingGaps, type QualityScope } from "./quality";
import { hasDemoData } from "./site";
import { getTimeliness, getTimelinessList, type ListedStatus } from "./timeliness";

/** How often the server asks for the data version (NIANBAO_WARM_MS; 0 turns warming off). */
export const WARM_INTERVAL_MS = 2_000;

/** Computes what the default /quality page reads from the memo, for the data version current now. */
export async function warmQuality(): Promise<void> {
  const { region, from, to, level, kind } = parseUrlState({});
  const scope: QualityScope = { region, from, to, level, kind, rel: null };
  const { day: today } = await judgingDay(null);
  await hasDemoData();
  await getQualityByRule({ scope });
  await getReportingGaps({ scope, page: 1 });
  await getTimeliness({ scope, today });
  await getTimelinessList({ scope, statuses: PROBLEM_STATUSES as ListedStatus[], page: 1, today });
}

/**
 * Asks for the data version every `intervalMs` and warms once per new version that held still for one interval
 * (a long ingest moves it with every batch it commits: warming then would only race the writer), and once per day
 * (the 按时发布 counts are read against the day's date). The first check at start counts as a move. Returns a stop
 * function. The timer never keeps the process alive; a failed check (the database unavailable) is tried again at
 * the next tick, and the pages report the problem themselves.
 */
export function watchDataVersion(intervalMs = WARM_INTERVAL_MS, onWarmed?: (version: string, ms: number) => void) {
  let seen: string | null = null;
  let warmed: string | null = null;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const version = `${await dataVersion()} ${(await judgingDay(null)).day}`;
      if (version !== seen)
        seen = version; // moved: warm when it holds still
      else if (version !== warmed) {
        const started = performance.now();
        await warmQuality();
        warmed = version;
        onWarmed?.(version, performance.now() - started);
      }
    } catch {
      // tried again at the next tick
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
