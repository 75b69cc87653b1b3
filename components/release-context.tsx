"use client";
/**
 * Which data release the page shows, for the client parts that need it (复制链接's 固定到此版本, the 数据已更新
 * banner). Set once per page by the footer (components/release-footer.tsx), from the URL's `rel` and the database.
 */
import { createContext, useContext, type ReactNode } from "react";

export interface ReleaseShown {
  /** The release whose data the page shows (null: the database has no release yet). */
  id: number | null;
  /** True when the URL pins it (`rel=`); false for current data. */
  pinned: boolean;
}

const ReleaseContext = createContext<ReleaseShown>({ id: null, pinned: false });

export function ReleaseProvider({ value, children }: { value: ReleaseShown; children: ReactNode }) {
  return <ReleaseContext.Provider value={value}>{children}</ReleaseContext.Provider>;
}

export function useReleaseShown(): ReleaseShown {
  return useContext(ReleaseContext);
}

/** The page's address with `rel` set to `id`, or removed (null): the two links 复制链接 offers. */
export function withRel(href: string, id: number | null): string {
  const url = new URL(href);
  if (id === null) url.searchParams.delete("rel");
  else url.searchParams.set("rel", String(id));
  return url.toString().replace(/%7E/g, "~").replace(/%3A/g, ":");
}

/** The release a pinned page shows (links from it stay on it), or null on current data. */
export function usePinnedRel(): number | null {
  const { id, pinned } = useReleaseShown();
  return pinned ? id : null;
}
