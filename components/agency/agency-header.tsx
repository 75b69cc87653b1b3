/** Agency name, its region path (each step opens the overview filtered to that region) and the 对比 link. */
import Link from "next/link";
import { CopyLinkButton } from "@/components/copy-link-button";
import type { AgencyProfile } from "@/lib/queries/agency";
import { kindLabel, levelLabel } from "@/lib/labels";
import { buildHref } from "@/lib/url-state";

/** `rel`: the pinned release (links stay on it). */
export function AgencyHeader({
  profile,
  years,
  rel = null,
}: {
  profile: AgencyProfile;
  years: number[];
  rel?: number | null;
}) {
  const { agency, regionPath } = profile;
  const span = years.length
    ? `${Math.min(...years)}–${Math.max(...years)}年，共${years.length}份现行报告`
    : "暂无现行报告";
  return (
    <header className="flex flex-col gap-2">
      <nav aria-label="所属地区" data-testid="agency-breadcrumb">
        <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
          <li>
            <Link href={buildHref("/", { rel })} className="text-blue-800 underline">
              全国
            </Link>
          </li>
          {regionPath.map((step) => (
            <li key={step.code} className="flex items-center gap-1">
              <span aria-hidden="true">›</span>
              <Link
                href={buildHref("/", { region: step.code, rel })}
                className="text-blue-800 underline"
                data-region={step.code}
              >
                {step.name}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold" data-testid="agency-name">
            {agency.name}
          </h1>
          <p className="text-sm text-slate-600">
            {levelLabel(agency.level)} · {kindLabel(agency.kind)} · {span}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <CopyLinkButton />
          <Link
            href={buildHref("/compare", { agencies: [agency.id], rel })}
            className="btn"
            data-testid="agency-compare-link"
          >
            对比
          </Link>
        </div>
      </div>
    </header>
  );
}
