/**
 * npm run ingest -- PATH... [--manifest file.csv] [--json] [--demo] [--keep-demo] [--workers N]
 * Loading real reports (without --demo) removes the generated demo corpus unless --keep-demo is given.
 * Exit status: 0 when nothing failed in this run, 1 when any file failed, 2 on bad usage, 3 when the database
 * cannot be opened or written at all (read-only file or folder, disk full, I/O error): the run stops at the first
 * such write with one line; what it stored is kept whole and rerunning the same command finishes the job.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { databaseUrl, openClient } from "../../db/client";
import { migrateDb } from "../../db/migrate";
import { REPORT_EXTENSIONS } from "../ingest/files";
import { ingestPaths, IngestStopped } from "../ingest/ingest";
import { dropDemoData, hasDemoData } from "../ingest/demo-data";
import { readManifest } from "../ingest/manifest";
import { formatSummary, progressReporter } from "../ingest/progress";

const USAGE =
  "usage: npm run ingest -- PATH... [--manifest file.csv] [--json] [--demo] [--keep-demo] [--workers N (parser " +
  "threads, 0 = inline)]";

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/** The --json summary line: exactly this shape (with spaces), as scripts and the e2e setup read it. */
function jsonSummary(s: { added: number; updated: number; unchanged: number; failed: number }): void {
  process.stdout.write(
    `{"added": ${s.added}, "updated": ${s.updated}, "unchanged": ${s.unchanged}, "failed": ${s.failed}}\n`,
  );
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        manifest: { type: "string" },
        json: { type: "boolean" },
        demo: { type: "boolean" },
        "keep-demo": { type: "boolean" },
        workers: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.positionals.length === 0) usage("no PATH given");
  const workers = args.values.workers === undefined ? undefined : Number(args.values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 16))
    usage("--workers must be a whole number from 0 to 16");
  const manifest = args.values.manifest
    ? await readManifest(args.values.manifest).catch((e: Error) => usage(e.message))
    : undefined;
  for (const path of manifest?.keys() ?? []) {
    if (!existsSync(path)) process.stderr.write(`manifest: ${path} does not exist; its row overrides nothing\n`);
  }
  const client = await openClient();
  try {
    await migrateDb(client);
    const progress = progressReporter();
    const summary = await ingestPaths(args.positionals, {
      client,
      manifest,
      workers,
      demo: args.values.demo,
      onProgress: progress.update,
    }).finally(() => progress.stop());
    process.stderr.write(`${databaseUrl()}\n${formatSummary(summary)}\n`);
    if (summary.added + summary.updated + summary.unchanged + summary.failed === 0) {
      process.stderr.write(
        `no report files found in ${args.positionals.join(" ")} (looked for ${[...REPORT_EXTENSIONS].join(" ")})\n`,
      );
    }
    const realAdded = !args.values.demo && summary.added + summary.updated > 0;
    if (realAdded && !args.values["keep-demo"] && (await hasDemoData(client))) {
      const dropped = await dropDemoData(client);
      process.stderr.write(
        `real reports loaded: removed the ${dropped} generated demo reports (示例数据已移除; --keep-demo keeps them)\n`,
      );
    }
    if (args.values.json) jsonSummary(summary);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    client.close();
  }
}

/** An error that stops the whole run (the database cannot be opened, migrated or written): one clear line, no stack. */
function stopped(e: unknown): number {
  // --json promises the summary as the last line of standard output, also when the run stops early.
  if (process.argv.includes("--json"))
    jsonSummary(e instanceof IngestStopped ? e.summary : { added: 0, updated: 0, unchanged: 0, failed: 0 });
  const why = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  if (e instanceof IngestStopped) {
    const { added, updated, unchanged, failed } = e.summary;
    process.stderr.write(
      `ingest stopped: the database ${databaseUrl()} can no longer be written (${why}). ` +
        `This run stored ${added + updated} reports (${unchanged} unchanged, ${failed} failed) before it stopped; ` +
        `they are kept whole. ` +
        `Free space or fix permissions, then run the same command again to finish.\n` +
        `入库中止：数据库无法写入（磁盘已满或只读）。已写入的报告完整保留，处理后重新运行同一命令即可继续。\n`,
    );
    return 3;
  }
  if (!/SQLITE_|database|EACCES|EROFS|ENOSPC/i.test(why)) {
    process.stderr.write(`ingest stopped: ${why}\n`);
    return 1;
  }
  process.stderr.write(
    `ingest stopped: the database ${databaseUrl()} could not be opened or written (${why}). Check that the file and ` +
      `its folder are writable and the disk has space; reports already stored are kept whole.\n`,
  );
  return 3;
}

process.exitCode = await main().catch(stopped);
