/**
 * Polite HTTP for `npm run collect`: every request to a host waits its turn in that host's queue (one at a
 * time, at most one start per `delayMs`), names Nianbao in its User-Agent, obeys the host's robots.txt, and is
 * bounded (timeout, size cap, redirect hops). Transient failures (network, timeout, 5xx, 429) are retried with
 * exponential back-off; a retry waits in the host's queue again, so back-off never turns into a burst.
 *
 * Libraries (2025-06): p-queue (per-host queue with an interval cap) and p-retry (back-off with jitter) over
 * Node's own fetch, robots-parser for robots.txt. Crawlee's HttpCrawler was the alternative considered: its
 * @crawlee/http alone installs 133 packages / 38 MB, keeps its request queue in ./storage unless told not to,
 * re-queues failed requests without back-off, spaces requests per registrable domain rather than per host,
 * and fetches through got-scraping, whose default browser-like header generation we would have to switch off
 * to stay honest. Nianbao's database already is the crawl state (collect_urls), so what was needed was the
 * queue, the retries and robots.txt: three small, well-kept packages with five dependencies between them.
 */
import PQueue from "p-queue";
import pRetry from "p-retry";
import { RobotsCache } from "./robots";

export { USER_AGENT } from "./user-agent";
import { USER_AGENT } from "./user-agent";

export interface HttpOptions {
  /** Least time between two request starts to one host (ms). */
  delayMs: number;
  timeoutMs: number;
  maxBytes: number;
  /** Retries after the first try, for transient failures. */
  retries: number;
  /** First back-off wait (ms); doubles each retry, with jitter. */
  backoffMs: number;
  maxRedirects: number;
  /** Called once per request actually sent (robots.txt included): the politeness bench counts them. */
  onRequest?: (url: URL) => void;
}

export const DEFAULT_HTTP: HttpOptions = {
  delayMs: 1000,
  timeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  retries: 2,
  backoffMs: 2000,
  maxRedirects: 5,
};

/** Validators from an earlier fetch of the same URL: sent as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface Fetched {
  /** The URL the bytes came from, after redirects. */
  url: string;
  /** 304: the server says the bytes are the ones fetched before (`bytes` is empty). */
  status: 200 | 304;
  bytes: Uint8Array;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
}

export type FetchFailure = "http" | "timeout" | "too-large" | "robots" | "network" | "redirects" | "not-http";

/** A URL that could not be fetched; `message` is the one English line collect prints and stores. */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchFailure,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

function isTransient(e: unknown): boolean {
  if (!(e instanceof FetchError)) return true;
  if (e.kind === "http") return TRANSIENT_STATUS.has(e.status ?? 0);
  return e.kind === "timeout" || e.kind === "network";
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

export class PoliteHttp {
  private readonly queues = new Map<string, PQueue>();
  readonly robots: RobotsCache;

  constructor(readonly opts: HttpOptions) {
    this.robots = new RobotsCache((url) => this.fetchOnce(url, null, { robots: true }));
  }

  private queueOf(host: string, delayMs: number): PQueue {
    let q = this.queues.get(host);
    if (!q) {
      q = new PQueue({ concurrency: 1, intervalCap: 1, interval: delayMs, strict: delayMs > 0 });
      this.queues.set(host, q);
    }
    return q;
  }

  /**
   * GET `url` (robots.txt permitting), following up to `maxRedirects` redirects, retrying transient failures.
   * `validators` make it a conditional GET. Throws FetchError.
   */
  async get(url: string, validators: Validators | null = null): Promise<Fetched> {
    const start = parseHttpUrl(url);
    let current = start;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      if (!(await this.robots.allows(current))) {
        throw new FetchError("robots", `The site's robots.txt does not allow fetching ${current.href}.`);
      }
      seen.add(current.href);
      const res = await pRetry(() => this.fetchOnce(current, validators), {
        retries: this.opts.retries,
        factor: 2,
        minTimeout: this.opts.backoffMs,
        maxTimeout: Math.max(this.opts.backoffMs, 60_000),
        randomize: true,
        shouldRetry: ({ error }) => isTransient(error),
        // Retry-After (429/503) may ask for longer than our back-off: wait the difference, up to a minute.
        onFailedAttempt: async ({ error }) => {
          const extra = error instanceof FetchError ? Math.min(error.retryAfterMs ?? 0, 60_000) : 0;
          if (extra > 0) await new Promise((r) => setTimeout(r, extra));
        },
      });
      if ("location" in res) {
        if (hop >= this.opts.maxRedirects)
          throw new FetchError("redirects", `More than ${this.opts.maxRedirects} redirects from ${url}.`);
        const next = parseHttpUrl(res.location, current);
        if (seen.has(next.href))
          throw new FetchError("redirects", `${url} redirects in a loop (back to ${next.href}).`);
        current = next;
        continue;
      }
      return res;
    }
  }

  /** One request through the host's queue. Redirects come back as `{ location }`; errors throw. */
  private async fetchOnce(
    url: URL,
    validators: Validators | null,
    how: { robots?: boolean } = {},
  ): Promise<Fetched | { location: string }> {
    // robots.txt's Crawl-delay may ask for more room than --delay-ms; never less.
    const delay = how.robots ? this.opts.delayMs : Math.max(this.opts.delayMs, this.robots.crawlDelayMs(url));
    const queue = this.queueOf(url.host, delay);
    return (await queue.add(() => this.request(url, validators)))!;
  }

  private async request(url: URL, validators: Validators | null): Promise<Fetched | { location: string }> {
    const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: "text/html,application/pdf,*/*;q=0.8" };
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    const controller = new AbortController();
    const timer = lagAwareTimeout(() => controller.abort(), this.opts.timeoutMs);
    this.opts.onRequest?.(url);
    try {
      const res = await fetch(url, { headers, redirect: "manual", signal: controller.signal });
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        await res.body?.cancel();
        return { location };
      }
      const meta = {
        url: url.href,
        contentType: res.headers.get("content-type") ?? "",
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
        fetchedAt: new Date().toISOString(),
      };
      if (res.status === 304) return { ...meta, status: 304, bytes: new Uint8Array(0) };
      if (!res.ok) {
        await res.body?.cancel();
        const retryAfter = Number(res.headers.get("retry-after"));
        throw new FetchError(
          "http",
          `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""} from ${url.href}.`,
          res.status,
          Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
        );
      }
      return { ...meta, status: 200, bytes: await readCapped(res, this.opts.maxBytes, url, controller) };
    } catch (e) {
      if (e instanceof FetchError) throw e;
      if (controller.signal.aborted)
        throw new FetchError("timeout", `No complete answer from ${url.href} within ${this.opts.timeoutMs / 1000} s.`);
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new FetchError(
        "network",
        `Could not reach ${url.href} ` +
          `(${cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e))}).`,
      );
    } finally {
      timer.clear();
    }
  }
}

/** Late firings past this are our own event loop's fault (a report being parsed), not the server's. */
const LAG_MS = 100;

/**
 * A timeout that does not blame the server for time this process could not listen: when the timer fires late
 * because the event loop was busy (ingest parses on this thread), the answer may already be waiting unread,
 * so the request gets that lost time again (a few times at most) before it is given up.
 */
function lagAwareTimeout(onTimeout: () => void, ms: number): { clear(): void } {
  let due = performance.now() + ms;
  let graces = 3;
  let timer: NodeJS.Timeout;
  const fire = () => {
    const late = performance.now() - due;
    if (late > LAG_MS && graces-- > 0) {
      due = performance.now() + Math.min(late, ms);
      timer = setTimeout(fire, Math.min(late, ms));
      return;
    }
    onTimeout();
  };
  timer = setTimeout(fire, ms);
  return { clear: () => clearTimeout(timer) };
}

/** The body, refused (and the download stopped) as soon as it passes `max` bytes. */
async function readCapped(res: Response, max: number, url: URL, controller: AbortController): Promise<Uint8Array> {
  const tooLarge = () => new FetchError("too-large", `${url.href} is larger than the ${mb(max)} limit per file.`);
  if (Number(res.headers.get("content-length")) > max) {
    controller.abort();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
    size += r.value.byteLength;
    if (size > max) {
      controller.abort();
      throw tooLarge();
    }
    chunks.push(r.value);
  }
  return Buffer.concat(chunks);
}

function parseHttpUrl(href: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    throw new FetchError("not-http", `"${href.slice(0, 120)}" is not a web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError("not-http", `${url.href.slice(0, 120)} is not an http(s) address.`);
  url.hash = "";
  return url;
}
