/**
 * The security headers of every page and API answer, defined once: proxy.ts sets them on what Next answers, and the
 * front server's cache hits (lib/releases/front-hit.ts) on what it answers itself. The CSP uses a fresh nonce per
 * response so Next's own inline bootstrap scripts run while any injected script does not ('strict-dynamic' lets the
 * nonce'd loader pull in the bundles). Styles allow 'unsafe-inline': ECharts writes inline style attributes and
 * style injection cannot run code.
 * Source: nextjs.org/docs/app/guides/content-security-policy (Next 16, 2026).
 */

/** 128 random bits, base64 (always 48 characters: the cached pages' byte layout relies on a fixed length). */
export function freshNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

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

const FIXED: ReadonlyArray<readonly [string, string]> = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Frame-Options", "DENY"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

/** This server's CSP for `nonce` (development also allows eval, for Next's dev tooling). */
export function cspFor(nonce: string): string {
  return buildCsp(nonce, process.env.NODE_ENV === "development");
}

/** Every security header of a response whose CSP nonce is `nonce`. */
export function securityHeaders(nonce: string): Array<[string, string]> {
  return [["Content-Security-Policy", cspFor(nonce)], ...FIXED.map(([k, v]): [string, string] => [k, v])];
}
