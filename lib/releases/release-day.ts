import "server-only";
/**
 * The Beijing date a view is judged on: today for current data; for a pinned release (`rel`) the day that release
 * was made, so deadlines passing later never change a pinned answer (timeliness, the scorecard's 缺报).
 */
import { beijingDate } from "@/lib/timeliness/deadline";
import { getRelease } from "./read";

export async function judgingDay(rel: number | null | undefined): Promise<string> {
  const release = rel == null ? null : await getRelease(rel);
  return beijingDate(release?.createdAt ?? new Date())!;
}
