/** One tab per year from the agency's first report to its last; a year without a report reads 未报送. */
import { buildHref } from "@/lib/url-state";
import Link from "next/link";
import { NO_REPORT } from "@/lib/charts/agency-series";

interface Props {
  agencyId: string;
  /** Years with an active report. */
  years: number[];
  selected: number;
  /** The pinned release (links stay on it). */
  rel?: number | null;
}

export function YearTabs({ agencyId, years, selected, rel = null }: Props) {
  if (!years.length) return null;
  const all: number[] = [];
  for (let y = Math.max(...years); y >= Math.min(...years); y--) all.push(y);
  const reported = new Set(years);
  return (
    <nav aria-label="年度" data-testid="agency-year-tabs">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200 text-sm">
        {all.map((y) =>
          reported.has(y) ? (
            <li key={y}>
              <Link
                href={buildHref(`/agencies/${encodeURIComponent(agencyId)}`, { year: y, rel })}
                scroll={false}
                aria-current={y === selected ? "page" : undefined}
                className={`-mb-px inline-block rounded-t border px-3 py-1 ${
                  y === selected
                    ? "border-slate-200 border-b-white bg-white font-semibold"
                    : "border-transparent text-blue-800 hover:bg-slate-100"
                }`}
                data-year={y}
              >
                {y}年
              </Link>
            </li>
          ) : (
            <li
              key={y}
              className="inline-block px-3 py-1 text-slate-500"
              title={`${y}年${NO_REPORT}`}
              data-year={y}
              data-missing="true"
            >
              {y}年 <span className="text-xs">{NO_REPORT}</span>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
