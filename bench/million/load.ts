/**
 * One bounded autocannon run against a loopback URL: latency percentiles from every response's own time
 * (autocannon's summary has no p95), request rate and errors (non-2xx, timeouts, socket errors).
 */
import autocannon from "autocannon";

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function summarise(times: number[], seconds: number, errors: number, non2xx: number): LoadResult {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    non2xx,
  };
}

export async function load(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  if (!new URL(url).hostname.match(/^(127\.0\.0\.1|localhost)$/)) throw new Error(`loopback only: ${url}`);
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    headers: opts.headers,
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  return summarise(times, opts.seconds, result.errors + result.timeouts, result.non2xx);
}
