/**
 * The late / missing / undated / not-yet-due years of the scope's agencies, one page, with the status chips (server).
 */
import Link from "next/link";
import { Pager } from "@/components/quality/pager";
import { DATE_SOURCE_LABELS } from "@/lib/charts/timeliness";
import type { Page } from "@/lib/queries/quality";
import type { ListedStatus, TimelinessRow } from "@/lib/queries/timeliness";
import { STATUS_LABELS } from "@/lib/timeliness/judge";
import { TIMELY_STATUSES, type UrlState } from "@/lib/url-state";

const ACTIVE_CHIP = "border-blue-700 bg-blue-700 text-white hover:bg-blue-800";

interface Props {
  list: Page<TimelinessRow>;
  status: UrlState["timely"];
  hrefOf: (patch: Partial<UrlState>) => string;
  csvHref: string;
}

function situation(r: TimelinessRow): string {
  if (r.status === "late") return `逾期 ${r.daysLate} 天`;
  return STATUS_LABELS[r.status];
}

export function TimelinessList({ list, status, hrefOf, csvHref }: Props) {
  const chips: [ListedStatus | null, string][] = [
    [null, "逾期和未发布"],
    ...TIMELY_STATUSES.map((s) => [s, STATUS_LABELS[s]] as [ListedStatus, string]),
  ];
  return (
    <div data-testid="timeliness-list">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <nav aria-label="按情况筛选" className="flex flex-wrap gap-1 text-sm">
          {chips.map(([s, label]) => (
            <Link
              key={label}
              className={`btn ${status === s ? ACTIVE_CHIP : ""}`}
              aria-current={status === s ? "true" : undefined}
              href={hrefOf({ timely: s, tpage: 1 })}
              scroll={false}
            >
              {label}
            </Link>
          ))}
        </nav>
        <a className="btn text-sm" href={csvHref} download data-testid="timeliness-list-csv">
          导出 CSV
        </a>
      </div>
      {list.rows.length === 0 ? (
        <p className="empty">所选范围内没有这类年份。</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="按时发布名单">
          <table className="min-w-full text-sm tabular-nums">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                {["年度", "地区", "机关", "情况", "法定期限", "发布日期"].map((c) => (
                  <th key={c} scope="col" className="whitespace-nowrap px-2 py-1 font-medium text-slate-700">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={`${r.agencyId}-${r.year}`} className="border-b border-slate-100" data-status={r.status}>
                  <td className="px-2 py-1">{r.year}</td>
                  <td className="whitespace-nowrap px-2 py-1">{r.placeName}</td>
                  <td className="min-w-[10rem] px-2 py-1">
                    <Link
                      className="text-blue-800 underline"
                      href={r.publicId ? `/reports/${r.publicId}` : `/agencies/${encodeURIComponent(r.agencyId)}`}
                    >
                      {r.agencyName}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-2 py-1">{situation(r)}</td>
                  <td className="whitespace-nowrap px-2 py-1">{r.deadline}</td>
                  <td
                    className="whitespace-nowrap px-2 py-1"
                    title={r.dateSource ? DATE_SOURCE_LABELS[r.dateSource] : undefined}
                  >
                    {r.date ?? "—"}
                    {r.dateSource && r.dateSource !== "stated" ? (
                      <span className="text-xs text-slate-500">（{DATE_SOURCE_LABELS[r.dateSource]}）</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={list.page}
        hasNext={list.hasNext}
        total={list.total}
        hrefOf={(tpage) => hrefOf({ tpage })}
        testId="timeliness-pager"
      />
    </div>
  );
}
