import type { NextRequest } from "next/server";

/**
 * The address the user reached us by, for absolute links in exported files (behind a proxy, its forwarded host):
 * Next's nextUrl names the host the server is bound to (`next start -H 127.0.0.1` gives http://localhost:PORT).
 */
export function originOf(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0].trim();
  const proto = forwarded === "https" || forwarded === "http" ? forwarded : request.nextUrl.protocol.replace(/:$/, "");
  return host && /^[\w.:[\]-]+$/.test(host) ? `${proto}://${host}` : request.nextUrl.origin;
}
