/** The counts of the timeliness card as figures; each links to its list on /quality (server component). */
import Link from "next/link";
import { STATUS_COLORS } from "@/lib/charts/timeliness";
import type { TimelinessSummary } from "@/lib/queries/timeliness";
import { STATUS_LABELS, TIMELINESS_STATUSES, type TimelinessStatus } from "@/lib/timeliness/judge";

interface Props {
  summary: TimelinessSummary;
  /** The list of a status (null for on time: counted, not listed). */
  hrefOf: (status: TimelinessStatus) => string | null;
}

export function TimelinessSummaryFigures({ summary, hrefOf }: Props) {
  const years =
    summary.from === null ? "" : summary.from === summary.to ? `${summary.from}年` : `${summary.from}–${summary.to}年`;
  return (
    <div data-testid="timeliness-summary">
      <p className="mb-2 text-xs text-slate-500">
        {years}，各机关每年一项（截至 {summary.today}
        ）。法定期限：县级以上政府部门次年1月31日前，本级政府次年3月31日前（《政府信息公开条例》第四十九条；2018年及以前为3月31日）。
      </p>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {TIMELINESS_STATUSES.map((s) => {
          const href = hrefOf(s);
          const body = (
            <>
              <span className="flex items-center gap-1 text-xs text-slate-600">
                <span
                  aria-hidden
                  className="inline-block h-2 w-2 rounded-full"
                  style={{ background: STATUS_COLORS[s] }}
                />
                {STATUS_LABELS[s]}
              </span>
              <span className="text-lg font-semibold tabular-nums">{summary.totals[s].toLocaleString("zh-CN")}</span>
            </>
          );
          return (
            <li key={s} className="rounded border border-slate-200 px-2 py-1" data-testid={`timeliness-count-${s}`}>
              {href ? (
                <Link href={href} className="flex flex-col hover:bg-slate-50">
                  {body}
                </Link>
              ) : (
                <span className="flex flex-col">{body}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
