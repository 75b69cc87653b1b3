/**
 * Collect's progress on stderr: on a terminal a bar over the URLs found so far (the total grows as list
 * pages reveal reports), with pages, reports, request rate and ETA; otherwise a plain line every few seconds.
 */
import cliProgress from "cli-progress";
import type { CollectProgress, CollectSummary } from "./collect";

const PLAIN_EVERY_MS = 5_000;

export function collectProgress(stream: NodeJS.WriteStream = process.stderr): {
  update(p: CollectProgress): void;
  stop(): void;
} {
  const rate = (p: CollectProgress) => (p.done / Math.max(p.elapsedMs / 1000, 1e-3)).toFixed(1);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          "collect [{bar}] {value}/{total} URLs | {pages} pages, {reports} reports | {rate} URLs/s | ETA " +
          "{eta_formatted} | !{failed}",
        hideCursor: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        const payload = { pages: p.pages, reports: p.reports, failed: p.failed, rate: rate(p) };
        if (!started) bar.start(Math.max(p.total, 1), p.done, payload);
        else {
          bar.setTotal(Math.max(p.total, 1));
          bar.update(p.done, payload);
        }
        started = true;
      },
      stop: () => bar.stop(),
    };
  }
  let last = -PLAIN_EVERY_MS;
  return {
    update(p) {
      if (p.elapsedMs - last < PLAIN_EVERY_MS) return;
      last = p.elapsedMs;
      stream.write(`collect: ${p.done}/${p.total} URLs, ${p.pages} pages, ${p.reports} reports, ${p.failed} failed\n`);
    },
    stop: () => undefined,
  };
}

export function formatCollectSummary(s: CollectSummary): string {
  const secs = s.elapsedMs / 1000;
  return [
    `pages ${s.pages}, reports ${s.reports}: added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, ` +
      `failed ${s.failed}`,
    `time ${secs.toFixed(1)} s, ${(s.pages / Math.max(secs, 1e-3)).toFixed(1)} pages/s, ` +
      `${(s.reports / Math.max(secs, 1e-3)).toFixed(1)} reports/s`,
  ].join("\n");
}
