/**
 * robots.txt per origin (robots-parser), fetched once per run through the same polite queue as everything
 * else. RFC 9309 §2.3.1: a 4xx robots.txt means no rules; a robots.txt that cannot be fetched (5xx, timeout,
 * network) means the whole site is off limits for this run, and every URL of it fails saying so.
 */
import robotsParser from "robots-parser";
import type { Fetched } from "./http";
import { ROBOTS_TOKEN } from "./user-agent";

type Robot = ReturnType<typeof robotsParser>;
type FetchRobots = (url: URL) => Promise<Fetched | { location: string }>;

/** Redirects a robots.txt may take (RFC 9309 asks crawlers to follow at least five). */
const ROBOTS_REDIRECTS = 5;

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Robot | "all" | "none">>();
  private readonly settled = new Map<string, Robot | "all" | "none">();

  constructor(private readonly fetchRobots: FetchRobots) {}

  async allows(url: URL): Promise<boolean> {
    const robot = await this.load(url.origin);
    if (robot === "all") return true;
    if (robot === "none") return false;
    return robot.isAllowed(url.href, ROBOTS_TOKEN) !== false;
  }

  /** Crawl-delay for Nianbao (ms), once robots.txt of the URL's origin is loaded; 0 when none. */
  crawlDelayMs(url: URL): number {
    const robot = this.settled.get(url.origin);
    if (!robot || typeof robot === "string") return 0;
    const seconds = robot.getCrawlDelay(ROBOTS_TOKEN);
    return typeof seconds === "number" && Number.isFinite(seconds) ? Math.min(seconds, 60) * 1000 : 0;
  }

  private load(origin: string): Promise<Robot | "all" | "none"> {
    let p = this.byOrigin.get(origin);
    if (!p) {
      p = this.fetchRules(origin).then((r) => {
        this.settled.set(origin, r);
        return r;
      });
      this.byOrigin.set(origin, p);
    }
    return p;
  }

  private async fetchRules(origin: string): Promise<Robot | "all" | "none"> {
    let url = new URL("/robots.txt", origin);
    for (let hop = 0; hop <= ROBOTS_REDIRECTS; hop++) {
      let res: Fetched | { location: string };
      try {
        res = await this.fetchRobots(url);
      } catch (e) {
        const status = (e as { status?: number }).status;
        return status !== undefined && status >= 400 && status < 500 ? "all" : "none";
      }
      if ("location" in res) {
        url = new URL(res.location, url);
        continue;
      }
      return robotsParser(url.href, new TextDecoder().decode(res.bytes));
    }
    return "all"; // RFC 9309: more redirects than that → treat as unavailable (4xx)
  }
}
