/**
 * Collect throughput against the loopback fixture site (test/collect-site.ts, without its faulty pages) with
 * no delay, beside plain ingest of the very files collect stored; then the politeness actually observed
 * with the default delay (request starts per second to the one host). Prints numbers; not a test.
 *   npx tsx bench/collect.ts [--reports 300] [--polite-reports 8]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openClient } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { collectTargets } from "@/lib/collect/collect";
import { DEFAULT_HTTP } from "@/lib/collect/http";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import { ingestPaths } from "@/lib/ingest/ingest";
import { CollectSite } from "@/test/collect-site";

const { values: args } = parseArgs({
  options: { reports: { type: "string", default: "300" }, "polite-reports": { type: "string", default: "8" } },
});

const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-collect-"));
const files = (d: string): string[] =>
  readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? files(join(d, e)) : [join(d, e)]));
const deps = await loadDefaultDeps();

async function collect(name: string, reports: number, delayMs: number) {
  const site = await new CollectSite({ extra: reports, faults: false }).start();
  const client = await openClient(`file:${join(dir, `${name}.db`)}`);
  await migrateDb(client);
  const starts: number[] = [];
  const t0 = performance.now();
  const summary = await collectTargets([{ url: site.columnUrl }], {
    client,
    http: { ...DEFAULT_HTTP, delayMs, onRequest: () => starts.push(performance.now()) },
    maxPages: 50,
    originalsDir: join(dir, `${name}-originals`),
    deps,
  });
  const seconds = (performance.now() - t0) / 1000;
  client.close();
  await site.stop();
  return { summary, seconds, starts };
}

try {
  const n = Number(args.reports);
  const fast = await collect("fast", n, 0);
  const { summary: s, seconds } = fast;
  console.log(
    `collect --delay-ms 0: ${s.pages} pages, ${s.reports} reports (added ${s.added}, failed ${s.failed}), ` +
      `${fast.starts.length} requests in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `  ${(s.pages / seconds).toFixed(1)} pages/s, ${(s.reports / seconds).toFixed(1)} reports/s, ` +
      `${(fast.starts.length / seconds).toFixed(1)} requests/s`,
  );

  const stored = files(join(dir, "fast-originals"));
  const client = await openClient(`file:${join(dir, "plain.db")}`);
  await migrateDb(client);
  const t1 = performance.now();
  const ingest = await ingestPaths(stored, { client });
  const ingestSeconds = (performance.now() - t1) / 1000;
  client.close();
  console.log(
    `ingest of the same ${stored.length} files: ${ingest.added} added in ${ingestSeconds.toFixed(1)} s, ` +
      `${(ingest.added / ingestSeconds).toFixed(1)} reports/s`,
  );

  const polite = await collect("polite", Number(args["polite-reports"]), DEFAULT_HTTP.delayMs);
  const gaps = polite.starts.slice(1).map((t, i) => t - polite.starts[i]);
  const span = (polite.starts.at(-1)! - polite.starts[0]) / 1000;
  let busiest = 0;
  for (const t of polite.starts)
    busiest = Math.max(busiest, polite.starts.filter((u) => u >= t && u < t + 1000).length);
  console.log(
    `default delay (${DEFAULT_HTTP.delayMs} ms), one host: ${polite.starts.length} requests over ${span.toFixed(1)} ` +
      `s = ${((polite.starts.length - 1) / span).toFixed(2)} requests/s; ` +
      `most in any 1 s window: ${busiest}; shortest gap between request starts ${Math.min(...gaps).toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
