"use client";
/**
 * Main navigation; carries the current selection (region, years, level, kind) from view to view, and a pinned
 * release (`rel`) to the views that read it (lib/releases/pinnable.ts).
 */
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { pinnablePath } from "@/lib/releases/pinnable";
import { parseUrlState, toSearchString } from "@/lib/url-state";

export const NAV_ITEMS = [
  { href: "/", label: "总览" },
  { href: "/compare", label: "对比" },
  { href: "/quality", label: "质量" },
  { href: "/scorecard", label: "评分" },
] as const;

export function SiteNav() {
  const pathname = usePathname();
  const state = parseUrlState(useSearchParams());
  const keep = { region: state.region, from: state.from, to: state.to, level: state.level, kind: state.kind };
  return <NavLinks pathname={pathname} query={toSearchString(keep)} rel={state.rel} />;
}

/** `query` (the selection to carry over) is a string so the server can render the fallback too. */
export function NavLinks({ pathname, query, rel = null }: { pathname: string; query: string; rel?: number | null }) {
  return (
    <nav aria-label="主导航" className="flex gap-1">
      {NAV_ITEMS.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        const pinned = rel !== null && pinnablePath(item.href) ? `rel=${rel}` : "";
        const search = [query, pinned].filter(Boolean).join("&");
        return (
          <Link
            key={item.href}
            href={search ? `${item.href}?${search}` : item.href}
            aria-current={current ? "page" : undefined}
            className={`rounded px-3 py-1.5 text-sm ${current ? "bg-white/20 font-semibold" : "hover:bg-white/10"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
