/**
 * First-load JavaScript per page, gzip, from the build output in .next-bench (NEXT_DIST_DIR=.next-bench
 * npx next build). Method: a page's first load is the chunks the HTML lists as <script> — the root main files
 * of build-manifest.json (Next runtime, React, router, Turbopack runtime) plus the entry chunks of the root
 * layout and of the page from the page's client-reference manifest (`entryJSFiles`). Each distinct file is
 * gzipped (zlib level 6, what a typical server sends) and summed. Polyfills (nomodule, skipped by modern
 * browsers) and chunks imported after mount (ECharts) are not first load; they are listed apart.
 * With --base http://127.0.0.1:3400 the script also reads each page's served HTML and checks that the
 * <script src> set matches.
 *   npx tsx bench/bundle-size.ts [--dist .next-bench] [--base http://127.0.0.1:3400]
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const { values: args } = parseArgs({
  options: { dist: { type: "string", default: ".next-bench" }, base: { type: "string" } },
});
const dist = args.dist;
const LIMIT_KB = 250;

const PAGES: { route: string; manifestDir: string; sample: string }[] = [
  { route: "/", manifestDir: "", sample: "/" },
  { route: "/compare", manifestDir: "compare", sample: "/compare" },
  { route: "/quality", manifestDir: "quality", sample: "/quality" },
  { route: "/agencies/[id]", manifestDir: "agencies/[id]", sample: "" },
  { route: "/reports/[id]", manifestDir: "reports/[id]", sample: "" },
];

const gz = new Map<string, number>();
function gzipBytes(file: string): number {
  let n = gz.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(join(dist, file)), { level: 6 }).length;
    gz.set(file, n);
  }
  return n;
}

/** The page's client-reference manifest: a script that assigns globalThis.__RSC_MANIFEST[page]. */
function entryFiles(manifestDir: string): string[] {
  const path = join(dist, "server", "app", manifestDir, "page_client-reference-manifest.js");
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } =
    {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(path, "utf8"), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  const page = `[project]/app/${manifestDir ? `${manifestDir}/` : ""}page`;
  return [...(manifest.entryJSFiles["[project]/app/layout"] ?? []), ...(manifest.entryJSFiles[page] ?? [])];
}

async function servedScripts(path: string): Promise<Set<string>> {
  const html = await (await fetch(args.base + path)).text();
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(
    (m) => m[1].replace(/^\/_next\//, "").split("?")[0],
  );
  return new Set(srcs.filter((s) => s.endsWith(".js") && !build.polyfillFiles.includes(s))); // polyfills: nomodule
}

const build = JSON.parse(readFileSync(join(dist, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
  polyfillFiles: string[];
};
const allChunks = readdirSync(join(dist, "static", "chunks"))
  .filter((f) => f.endsWith(".js"))
  .map((f) => `static/chunks/${f}`);
const firstLoadAll = new Set<string>();
const rows: { route: string; files: number; kb: number; ok: boolean; check: string }[] = [];
for (const p of PAGES) {
  if (!existsSync(join(dist, "server", "app", p.manifestDir, "page_client-reference-manifest.js"))) continue;
  const files = [...new Set([...build.rootMainFiles, ...entryFiles(p.manifestDir)])].filter(
    (f) => !build.polyfillFiles.includes(f),
  );
  files.forEach((f) => firstLoadAll.add(f));
  const kb = files.reduce((s, f) => s + gzipBytes(f), 0) / 1024;
  let check = "";
  if (args.base && p.sample) {
    const served = await servedScripts(p.sample);
    const missing = [...served].filter((s) => !files.includes(s));
    check = missing.length ? `HTML also loads ${missing.join(", ")}` : `HTML <script>s: ${served.size}, all counted`;
  }
  rows.push({ route: p.route, files: files.length, kb, ok: kb <= LIMIT_KB, check });
}
for (const r of rows)
  console.log(
    `${r.route.padEnd(16)} ${String(r.files).padStart(2)} files  ${r.kb.toFixed(1).padStart(6)} KB gzip  ` +
      `${r.ok ? "≤" : ">"} ${LIMIT_KB} KB  ${r.check}`,
  );
const later = allChunks.filter((f) => !firstLoadAll.has(f) && !build.polyfillFiles.includes(f));
const laterKb = later.reduce((s, f) => s + gzipBytes(f), 0) / 1024;
const polyKb = build.polyfillFiles.reduce((s, f) => s + gzipBytes(f), 0) / 1024;
console.log(
  `not first load: ${later.length} chunks loaded on demand (ECharts and other dynamic imports) ${laterKb.toFixed(1)} ` +
    `KB gzip in total; polyfills (nomodule) ${polyKb.toFixed(1)} KB`,
);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
