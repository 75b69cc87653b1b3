/**
 * Progress on stderr: a bar with count, rate and ETA on a terminal; otherwise a plain line every few
 * seconds (logs and CI). stdout stays free for the summary / `--json` line.
 */
import cliProgress from "cli-progress";
import type { IngestProgress, IngestSummary } from "./types";

const PLAIN_EVERY_MS = 5_000;

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(): void;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          "ingest [{bar}] {value}/{total} | {rate} reports/s | ETA {eta_formatted} | +{added} ~{updated} " +
          "={unchanged} !{failed}",
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        const payload = {
          rate: rate(p).toFixed(0),
          added: p.added,
          updated: p.updated,
          unchanged: p.unchanged,
          failed: p.failed,
        };
        if (!started) bar.start(p.total, p.done, payload);
        else bar.update(p.done, payload);
        started = true;
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(p) {
      if (p.done !== p.total && p.elapsedMs - last < PLAIN_EVERY_MS) return;
      last = p.elapsedMs;
      stream.write(`ingest: ${p.done}/${p.total} files, ${rate(p).toFixed(0)} reports/s\n`);
    },
    stop: () => undefined,
  };
}

function rate(p: IngestProgress): number {
  return p.done / Math.max(p.elapsedMs / 1000, 1e-3);
}

export function formatSummary(s: IngestSummary): string {
  const rules = Object.entries(s.findingsByRule)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([r, n]) => `${r} ${n}`)
    .join(", ");
  const lines = [
    `added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed}`,
    `findings by rule: ${rules || "none"}`,
    `time ${(s.elapsedMs / 1000).toFixed(1)} s, ${s.reportsPerSecond.toFixed(0)} reports/s`,
  ];
  for (const f of s.failures.slice(0, 20)) lines.push(`failed: ${f.file}: ${f.error}`);
  if (s.failures.length > 20) lines.push(`… and ${s.failures.length - 20} more failures`);
  return lines.join("\n");
}
