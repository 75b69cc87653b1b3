/** How many findings each year's report has, by rule, with a link to that year's tab. */
import Link from "next/link";
import type { AgencyFinding } from "@/lib/queries/agency";
import { buildHref } from "@/lib/url-state";

export function FindingsByYear({
  agencyId,
  findings,
  years,
  rel = null,
}: {
  agencyId: string;
  findings: AgencyFinding[];
  years: number[];
  /** The pinned release (links stay on it). */
  rel?: number | null;
}) {
  const byYear = new Map<number, AgencyFinding[]>();
  for (const f of findings) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f]);
  return (
    <ul className="flex flex-col gap-1 text-sm" data-testid="agency-findings-by-year">
      {[...years].reverse().map((y) => {
        const list = byYear.get(y) ?? [];
        const errors = list.filter((f) => f.severity === "error");
        const rules = [...new Set(list.map((f) => f.rule))].join("、");
        return (
          <li key={y} className="flex flex-wrap gap-2" data-year={y}>
            <Link
              href={buildHref(`/agencies/${encodeURIComponent(agencyId)}`, { year: y, rel })}
              className="w-14 text-blue-800 underline"
            >
              {y}年
            </Link>
            {list.length ? (
              <span>
                <span className={errors.length ? "text-red-800" : "text-amber-800"}>
                  {errors.length} 个错误，{list.length - errors.length} 个警告/提示
                </span>
                <span className="ml-1 text-slate-500">（{rules}）</span>
              </span>
            ) : (
              <span className="text-emerald-800">通过全部校验</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
