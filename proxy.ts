/**
 * Security headers (lib/security-headers.ts: the CSP with a fresh nonce per request) on every page and API answer,
 * and the release caching of lib/releases/http-cache.ts. Loading this module also hands the pinned cache to the front
 * server (lib/releases/front-hit.ts), which answers cache hits without going through Next.
 */
import { NextResponse, type NextRequest } from "next/server";
import { registerFrontHit } from "@/lib/releases/front-hit";
import { decideCache, pinnablePath } from "@/lib/releases/http-cache";
import { cspFor, freshNonce, securityHeaders } from "@/lib/security-headers";

registerFrontHit();

export async function proxy(request: NextRequest) {
  const nonce = freshNonce();
  const security = securityHeaders(nonce);
  // Pinned answers come from the release cache (with this nonce swapped in), unchanged ones as 304 (lib/releases/http-cache.ts).
  const cached = await decideCache(request, nonce);
  if ("respond" in cached) return secured(cached.respond, security);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", cspFor(nonce));
  // The root layout's footer names the release shown (components/release-footer.tsx) but gets no search parameters.
  const rel = request.nextUrl.searchParams.get("rel") ?? "";
  const pinnable = pinnablePath(request.nextUrl.pathname, request.nextUrl.searchParams.get("view"));
  requestHeaders.set("x-nianbao-rel", pinnable ? rel : "");
  requestHeaders.set("x-nianbao-rel-unread", pinnable ? "" : rel);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(cached.pass)) response.headers.set(k, v);
  return secured(response, security);
}

function secured<R extends Response>(response: R, security: Array<[string, string]>): R {
  for (const [k, v] of security) response.headers.set(k, v);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
