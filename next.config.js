/** @type {import('next').NextConfig} */
const nextConfig = {
  // libsql ships a native addon; keep it out of the server bundle.
  serverExternalPackages: ["@libsql/client", "libsql"],
  poweredByHeader: false,
  // A separate build folder lets a second build run beside a dev server (NEXT_DIST_DIR=.next-e2e).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
