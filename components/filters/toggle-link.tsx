"use client";
/** A pressed/unpressed button that is a link to the same view with one URL parameter changed. */
import Link from "next/link";
import type { UrlState } from "@/lib/url-state";
import { buildHref } from "@/lib/url-state";
import { useUrlState } from "./use-url-state";

export function ToggleLink({
  patch,
  pressed,
  children,
  testId,
}: {
  patch: Partial<UrlState>;
  pressed: boolean;
  children: React.ReactNode;
  testId: string;
}) {
  const { state, pathname } = useUrlState();
  return (
    <Link
      href={buildHref(pathname, state, patch)}
      scroll={false}
      replace={false}
      className="btn"
      aria-pressed={pressed}
      role="button"
      data-testid={testId}
    >
      {children}
    </Link>
  );
}
