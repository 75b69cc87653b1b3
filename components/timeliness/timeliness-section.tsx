/**
 * 按时发布与缺报 of the page's selection: the counts, the charts per year and per sub-region, and (on /quality) the
 * list. A server component that starts its own reads, so the pages it sits on only place it (in <Suspense>).
 * A pinned page (`rel`) shows the release's agency-years judged on the day of that release, so it never changes.
 */
import Link from "next/link";
import { getTimeliness, getTimelinessList, type ListedStatus } from "@/lib/queries/timeliness";
import { judgingDay } from "@/lib/releases/release-day";
import { PROBLEM_STATUSES } from "@/lib/timeliness/tally";
import { buildHref, toSearchString, type UrlState } from "@/lib/url-state";
import { TimelinessByPlace, TimelinessByYear } from "./timeliness-charts";
import { TimelinessList } from "./timeliness-list";
import { TimelinessSummaryFigures } from "./timeliness-summary";

interface Props {
  state: UrlState;
  /** /quality: the list too; the Overview links to it. */
  full?: boolean;
}

export async function TimelinessSection({ state, full = false }: Props) {
  const { region, from, to, level, kind, rel } = state;
  const scope = { region, from, to, level, kind, rel };
  const statuses: readonly ListedStatus[] = state.timely ? [state.timely] : (PROBLEM_STATUSES as ListedStatus[]);
  const { day: today } = await judgingDay(rel);
  const [summary, list] = await Promise.all([
    getTimeliness({ scope, today }),
    full ? getTimelinessList({ scope, statuses, page: state.tpage, today }) : null,
  ]);
  const query = toSearchString({ ...scope, timely: state.timely });
  const csv = (table: string) => `/api/export/timeliness?table=${table}${query ? `&${query}` : ""}`;
  const listHref = (patch: Partial<UrlState>) => `${buildHref("/quality", state, patch)}#timeliness`;
  return (
    <section
      className={`flex flex-col gap-3 ${full ? "" : "mt-4"}`}
      id="timeliness"
      aria-labelledby="timeliness-title"
      data-testid="timeliness"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="timeliness-title" className="text-base font-semibold">
          按时发布与缺报
        </h2>
        {full ? null : (
          <Link
            className="text-sm text-blue-800 underline"
            href={listHref({ timely: null, tpage: 1 })}
            data-testid="timeliness-more"
          >
            逾期与未发布名单 →
          </Link>
        )}
      </div>
      <div className="card">
        <TimelinessSummaryFigures
          summary={summary}
          hrefOf={(s) => (s === "on_time" ? null : listHref({ timely: s, tpage: 1 }))}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <TimelinessByYear rows={summary.byYear} csvHref={csv("years")} />
        {state.region.length < 6 ? <TimelinessByPlace rows={summary.byPlace} csvHref={csv("regions")} /> : null}
      </div>
      {list ? (
        <div className="card">
          <TimelinessList list={list} status={state.timely} hrefOf={listHref} csvHref={csv("list")} />
        </div>
      ) : null}
    </section>
  );
}
