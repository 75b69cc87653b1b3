/**
 * npm run collect -- [--json] [--since YEAR] [--delay-ms N] [--max-pages N] [--timeout-ms N] [--max-mb N]
 *                    [--originals DIR] TARGET...
 * TARGET: a 年报 column URL, or a CSV file of `agency,region_code,url` rows. Exit statuses as ingest: 0 nothing
 * failed, 1 something failed (each failure is one line on stderr and a row on /quality), 2 bad usage,
 * 3 the database cannot be opened or written.
 */
import { parseArgs } from "node:util";
import { databaseUrl, openClient } from "../../db/client";
import { migrateDb } from "../../db/migrate";
import { collectTargets, type CollectSummary } from "../collect/collect";
import { DEFAULT_HTTP } from "../collect/http";
import { registerListedAgencies } from "../collect/listed";
import { collectProgress, formatCollectSummary } from "../collect/progress";
import { defaultOriginalsDir } from "../collect/store";
import { readTargets } from "../collect/targets";
import { loadDefaultDeps } from "../ingest/deps";
import { dropDemoData, hasDemoData } from "../ingest/demo-data";
import { IngestStopped } from "../ingest/ingest";

const USAGE =
  "usage: npm run collect -- [--json] [--since YEAR] [--delay-ms N (default 1000)] [--max-pages N (list pages per " +
  "column, default 50)] " +
  "[--timeout-ms N (default 30000)] [--max-mb N (per file, default 50)] [--originals DIR] TARGET... (column URL or " +
  "CSV agency,region_code,url)";

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function whole(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) usage(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** The --json line: exactly this shape (with spaces), like ingest's. */
function jsonSummary(
  s: Pick<CollectSummary, "pages" | "reports" | "added" | "updated" | "unchanged" | "failed">,
): void {
  process.stdout.write(
    `{"pages": ${s.pages}, "reports": ${s.reports}, "added": ${s.added}, "updated": ${s.updated}, "unchanged": ` +
      `${s.unchanged}, "failed": ${s.failed}}\n`,
  );
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        since: { type: "string" },
        "delay-ms": { type: "string" },
        "max-pages": { type: "string" },
        "timeout-ms": { type: "string" },
        "max-mb": { type: "string" },
        originals: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.positionals.length === 0) usage("no TARGET given");
  const since = whole(v.since, "--since", 1990, 2100);
  const delayMs = whole(v["delay-ms"], "--delay-ms", 0, 600_000) ?? DEFAULT_HTTP.delayMs;
  const maxPages = whole(v["max-pages"], "--max-pages", 1, 10_000) ?? 50;
  const timeoutMs = whole(v["timeout-ms"], "--timeout-ms", 100, 600_000) ?? DEFAULT_HTTP.timeoutMs;
  const maxMb = whole(v["max-mb"], "--max-mb", 1, 1024);
  const targets = await readTargets(args.positionals).catch((e: Error) => usage(e.message));
  const client = await openClient();
  try {
    await migrateDb(client);
    const deps = await loadDefaultDeps();
    // Listed agencies are known before their columns are read: one without a report of a year counts as 未发布.
    const listed = await registerListedAgencies(client, targets, deps);
    if (listed) process.stderr.write(`${listed} listed agencies registered (名单中的机关已登记)\n`);
    const progress = collectProgress();
    const summary = await collectTargets(targets, {
      client,
      http: {
        ...DEFAULT_HTTP,
        delayMs,
        timeoutMs,
        maxBytes: maxMb ? maxMb * 1024 * 1024 : DEFAULT_HTTP.maxBytes,
        backoffMs: Math.min(DEFAULT_HTTP.backoffMs, Math.max(delayMs, 200)),
      },
      since,
      maxPages,
      originalsDir: v.originals ?? defaultOriginalsDir(databaseUrl()),
      deps,
      onProgress: progress.update,
      onFailure: (url, error, zh) => process.stderr.write(`failed: ${url}: ${error} ${zh}\n`),
      onNote: (line) => process.stderr.write(`note: ${line}\n`),
    }).finally(() => progress.stop());
    process.stderr.write(`${databaseUrl()}\n${formatCollectSummary(summary)}\n`);
    if (summary.added + summary.updated > 0 && (await hasDemoData(client))) {
      const dropped = await dropDemoData(client);
      process.stderr.write(`real reports loaded: removed the ${dropped} generated demo reports (示例数据已移除)\n`);
    }
    if (v.json) jsonSummary(summary);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    client.close();
  }
}

function stopped(e: unknown): number {
  if (process.argv.includes("--json"))
    jsonSummary({ pages: 0, reports: 0, added: 0, updated: 0, unchanged: 0, failed: 0 });
  const why = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  if (e instanceof IngestStopped || /SQLITE_|database|EACCES|EROFS|ENOSPC/i.test(why)) {
    process.stderr.write(
      `collect stopped: the database ${databaseUrl()} cannot be written (${why}). What was stored is kept whole; fix ` +
        `the cause and run the same command to continue.\n` +
        `抓取中止：数据库无法写入。已保存的报告完整保留，处理后重新运行同一命令即可继续。\n`,
    );
    return 3;
  }
  process.stderr.write(`collect stopped: ${why}\n`);
  return 1;
}

process.exitCode = await main().catch(stopped);
