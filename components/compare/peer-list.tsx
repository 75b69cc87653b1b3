/**
 * Peers of the first chosen agency (same level, same region): each name links to its agency page, ＋ adds it to the
 * comparison.
 */
import Link from "next/link";
import { agencyHref } from "@/lib/agency-links";
import type { AgencySummary } from "@/lib/queries/agencies";
import { buildHref, type UrlState } from "@/lib/url-state";

export function PeerList({ peers, state }: { peers: AgencySummary[]; state: UrlState }) {
  if (!peers.length) return null;
  return (
    <section className="card mt-4" aria-label="同级同地区的机构" data-testid="compare-peers">
      <h2 className="mb-2 text-base font-semibold">可加入对比的同级机构</h2>
      <ul className="flex flex-wrap gap-2">
        {peers.map((p) => (
          <li key={p.id} className="inline-flex items-center gap-1 rounded border border-slate-200 px-2 py-1 text-sm">
            <Link className="text-blue-800 underline" href={agencyHref(p.id, state.rel)}>
              {p.name}
            </Link>
            <span className="text-xs text-slate-500">{p.regionPath.at(-1) ?? ""}</span>
            <Link
              className="btn whitespace-nowrap px-2 py-0.5 text-xs"
              scroll={false}
              href={buildHref("/compare", state, { agencies: [...state.agencies, p.id] })}
            >
              ＋ 对比<span className="sr-only">：{p.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
