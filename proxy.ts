/**
 * Security headers on every page and API response. The CSP uses a fresh nonce per request so Next's own
 * inline bootstrap scripts run while any injected script does not ('strict-dynamic' lets the nonce'd
 * loader pull in the bundles). Styles allow 'unsafe-inline': ECharts writes inline style attributes and
 * style injection cannot run code.
 * Source: nextjs.org/docs/app/guides/content-security-policy (Next 16, 2026).
 */
import { NextResponse, type NextRequest } from "next/server";
import { decideCache, pinnablePath } from "@/lib/releases/http-cache";

export function buildCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildCsp(nonce, process.env.NODE_ENV === "development");
  // Pinned answers come from the release cache (with this nonce swapped in), unchanged ones as 304 (lib/releases/http-cache.ts).
  const cached = await decideCache(request, nonce);
  if ("respond" in cached) return secured(cached.respond, csp);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // The root layout's footer names the release shown (components/release-footer.tsx) but gets no search parameters.
  const rel = request.nextUrl.searchParams.get("rel") ?? "";
  const pinnable = pinnablePath(request.nextUrl.pathname, request.nextUrl.searchParams.get("view"));
  requestHeaders.set("x-nianbao-rel", pinnable ? rel : "");
  requestHeaders.set("x-nianbao-rel-unread", pinnable ? "" : rel);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(cached.pass)) response.headers.set(k, v);
  return secured(response, csp);
}

function secured<R extends Response>(response: R, csp: string): R {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
