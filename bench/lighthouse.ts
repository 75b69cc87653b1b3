/**
 * Lighthouse 12.2.3 performance score of the overview and compare pages against `next start` (the .next-bench
 * build) on the scale database, with Debian's Chromium headless. Both Lighthouse presets: mobile (the default:
 * simulated slow 4G and 4× CPU slowdown) and desktop. Scores vary with the load of this shared 2-core machine,
 * so each page runs `--runs` times and the median is reported. Stops its server and browser at the end.
 *   npx tsx bench/lighthouse.ts [--db bench/out/million.db] [--port 3402] [--runs 3] [--running]
 */
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startServer } from "./million/server";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "bench/out/million.db" },
    port: { type: "string", default: "3402" },
    runs: { type: "string", default: "3" },
    running: { type: "boolean", default: false },
  },
});

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
const PAGES = ["/", "/compare"];
const TARGET = 90;

interface Audit {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

async function audit(port: number, url: string, desktop: boolean): Promise<Audit> {
  const result = await lighthouse(
    url,
    { port, onlyCategories: ["performance"], output: "json", logLevel: "error" },
    desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const a = result.lhr.audits;
  const num = (id: string) => Number(a[id]?.numericValue ?? NaN);
  return {
    score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
    fcp: num("first-contentful-paint"),
    lcp: num("largest-contentful-paint"),
    tbt: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
  };
}

function median(xs: Audit[]): Audit {
  const sorted = [...xs].sort((p, q) => p.score - q.score);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = await startServer({ db: args.db, port: args.port, running: args.running });
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
let low = false;
try {
  for (const path of PAGES) {
    await fetch(server.base + path).then((r) => r.arrayBuffer()); // warm the route once
    for (const desktop of [false, true]) {
      const runs: Audit[] = [];
      for (let i = 0; i < Number(args.runs); i++) runs.push(await audit(chrome.port, server.base + path, desktop));
      const m = median(runs);
      if (m.score < TARGET) low = true;
      console.log(
        `${path.padEnd(9)} ${desktop ? "desktop" : "mobile "} score ${m.score} (runs ` +
          `${runs.map((r) => r.score).join(", ")})  FCP ${m.fcp.toFixed(0)} ms  LCP ${m.lcp.toFixed(0)} ms  TBT ` +
          `${m.tbt.toFixed(0)} ms  CLS ${m.cls.toFixed(3)}`,
      );
    }
  }
} finally {
  chrome.kill();
  server.stop();
}
if (low) process.exitCode = 1;
