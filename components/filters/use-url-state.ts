"use client";
/** Client side of lib/url-state: the current state and a navigation that patches it (pushes history). */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useTransition } from "react";
import { buildHref, parseUrlState, type UrlState } from "@/lib/url-state";

export function useUrlState() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const state = useMemo(() => parseUrlState(params), [params]);
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (patch: Partial<UrlState>) => {
      startTransition(() => router.push(buildHref(pathname, state, patch), { scroll: false }));
    },
    [router, pathname, state],
  );
  return { state, navigate, pending, pathname };
}
