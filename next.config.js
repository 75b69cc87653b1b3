/**
 * Headers for the paths proxy.ts does not run on (static chunks, images, favicon): pages and API responses get
 * their nonce CSP and the same headers from proxy.ts.
 */
const STATIC_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // libsql and resvg (the bulletin's chart images) ship native addons; keep them out of the server bundle.
  serverExternalPackages: ["@libsql/client", "libsql", "@resvg/resvg-js"],
  poweredByHeader: false,
  // A separate build folder lets a second build run beside a dev server (NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico"].map((source) => ({
      source,
      headers: STATIC_HEADERS,
    }));
  },
};

export default nextConfig;
