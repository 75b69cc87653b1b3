import "server-only";
/**
 * The Beijing date a view is judged on: today for current data; for a pinned release (`rel`) the day that release
 * was made, so deadlines passing later never change a pinned answer (timeliness, the scorecard's 缺报).
 */
import { beijingDate } from "@/lib/timeliness/deadline";
import { getRelease } from "./read";

export interface JudgingDay {
  /** YYYY-MM-DD, Beijing. */
  day: string;
  /** True when `rel` names a stored release: its answer never changes and may be kept for good. An id newer than
   * the latest release reads current data (lib/url-state.ts), which the next release may change. */
  fixed: boolean;
}

export async function judgingDay(rel: number | null | undefined): Promise<JudgingDay> {
  const release = rel == null ? null : await getRelease(rel);
  return { day: beijingDate(release?.createdAt ?? new Date())!, fixed: release !== null };
}
