/**
 * `collectTargets`: 年报 columns on government websites → report files → the ingest pipeline.
 *
 * For each column: walk its list pages (pagination, at most `maxPages`), take the links whose title is an
 * annual report (of `since` or later), and for each: its detail page's attachments, likeliest first, until one
 * ingests as a report, else the page itself when its text is the report. Every URL is fetched once per run
 * (a loop or a report linked twice costs nothing), politely (http.ts), conditionally when fetched before.
 *
 * Resumable: a URL's state row (collect_urls) is written only after what it led to is stored, and ingest is
 * idempotent by content, so a rerun after a kill fetches again (mostly 304s) and stores nothing twice.
 */
import type { Client } from "@libsql/client";
import PQueue from "p-queue";
import { sha256Hex } from "@/lib/ingest/prepare";
import { chineseReason } from "@/lib/ingest/reasons";
import { collectReasonZh } from "./reasons";
import { htmlToText } from "@/lib/parser/read/html-to-text";
import type { IngestDeps, Provenance } from "@/lib/ingest/types";
import type { WriteContext } from "@/lib/ingest/write";
import { newReleaseRun } from "@/lib/releases/record";
import { readColumnPage, type ColumnPage, type ReportLink } from "./column";
import { readDetailPage, type DetailInfo } from "./detail";
import { decodePage, looksLikeHtml, readHtmlPage, type HtmlPage } from "./html-page";
import { FetchError, PoliteHttp, type Fetched, type HttpOptions } from "./http";
import { IngestQueue, type FileOutcome } from "./ingest-queue";
import {
  clearUrlFailure,
  getUrlState,
  putUrlState,
  recordUrlFailure,
  saveOriginal,
  touchReport,
  type UrlState,
} from "./store";
import type { CollectTarget } from "./targets";

export interface CollectOptions {
  client: Client;
  http: HttpOptions;
  /** Only reports whose title names this year or later. */
  since?: number;
  /** List pages read per column at most. */
  maxPages: number;
  originalsDir: string;
  /**
   * The parser, regions and checks (failure rows need its version); ingest itself loads its own unless `ingestDeps`.
   */
  deps: IngestDeps;
  /** Passed to ingest (tests); without it ingest parses in worker threads when a batch is large. */
  ingestDeps?: IngestDeps;
  onProgress?: (p: CollectProgress) => void;
  /** Each failure as it happens: the URL and its reason, in English and Chinese. */
  onFailure?: (url: string, error: string, errorZh: string) => void;
  /** Notes that are not failures (a column cut at the page cap). */
  onNote?: (line: string) => void;
}

export interface CollectProgress {
  done: number;
  total: number;
  pages: number;
  reports: number;
  failed: number;
  elapsedMs: number;
}

export interface CollectSummary {
  pages: number;
  reports: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  failures: { url: string; error: string }[];
  elapsedMs: number;
}

type Outcome = "ok" | "failed";

interface FetchedPage {
  res: Fetched;
  /** Null for a 304 (the page's info is in its state row) or bytes that are not HTML. */
  page: HtmlPage | null;
  html: string;
}

class Collector {
  private readonly http: PoliteHttp;
  private readonly ingest: IngestQueue;
  private readonly once = new Map<string, Promise<Outcome>>();
  private readonly ctx: WriteContext;
  private readonly started = performance.now();
  private readonly counts = { pages: 0, reports: 0, unchanged: 0, failed: 0, done: 0, total: 0 };
  readonly failures: { url: string; error: string }[] = [];

  constructor(private readonly opts: CollectOptions) {
    this.http = new PoliteHttp(opts.http);
    // One release for the whole run: every batch and failure record of the run shares it.
    this.ctx = { deps: opts.deps, demo: false, release: newReleaseRun("collect", opts.deps.parserVersion) };
    this.ingest = new IngestQueue(opts.client, (fn) => this.write(fn), opts.ingestDeps, this.ctx.release);
  }

  /** Every database write of the run, one at a time (see IngestQueue). Reads need no lane (WAL). */
  private readonly writes = new PQueue({ concurrency: 1 });
  private write<T>(fn: () => Promise<T>): Promise<T> {
    return this.writes.add(fn) as Promise<T>;
  }

  async run(targets: CollectTarget[]): Promise<CollectSummary> {
    this.progress();
    await Promise.all(targets.map((t) => this.column(t)));
    const t = this.ingest.totals;
    return {
      pages: this.counts.pages,
      reports: this.counts.reports,
      added: t.added,
      updated: t.updated,
      unchanged: t.unchanged + this.counts.unchanged,
      failed: t.failed + this.counts.failed,
      failures: this.failures,
      elapsedMs: performance.now() - this.started,
    };
  }

  private progress(): void {
    const c = this.counts;
    this.opts.onProgress?.({
      done: c.done,
      total: c.total,
      pages: c.pages,
      reports: c.reports,
      failed: c.failed + this.ingest.totals.failed,
      elapsedMs: performance.now() - this.started,
    });
  }

  /** Runs `work` for a URL once per run; a second link to it (a duplicate or a loop) shares the first outcome. */
  private visit(url: string, work: () => Promise<Outcome>): Promise<Outcome> {
    let p = this.once.get(url);
    if (!p) {
      this.counts.total++;
      p = work().finally(() => {
        this.counts.done++;
        this.progress();
      });
      this.once.set(url, p);
    }
    return p;
  }

  private async fail(url: string, error: string): Promise<Outcome> {
    this.counts.failed++;
    this.failures.push({ url, error });
    this.opts.onFailure?.(url, error, collectReasonZh(error));
    await this.write(() => recordUrlFailure(this.opts.client, this.ctx, url, error));
    return "failed";
  }

  /** GET with the URL's validators; follows a <meta http-equiv="refresh"> like a redirect. */
  private async fetchPage(url: string, state: UrlState | null): Promise<FetchedPage> {
    let res = await this.http.get(url, state ? { etag: state.etag, lastModified: state.lastModified } : null);
    for (let hop = 0; ; hop++) {
      if (res.status === 304 || !looksLikeHtml(res.bytes, res.contentType)) return { res, page: null, html: "" };
      const html = decodePage(res.bytes, res.contentType);
      const page = readHtmlPage(html);
      if (!page.refresh) return { res, page, html };
      const target = new URL(page.refresh, res.url).href;
      if (target === res.url) return { res, page, html };
      if (hop >= this.opts.http.maxRedirects)
        throw new FetchError("redirects", `More than ${this.opts.http.maxRedirects} redirects from ${url}.`);
      res = await this.http.get(target);
    }
  }

  private async column(target: CollectTarget): Promise<void> {
    const queue = [target.url];
    const listed = new Set<string>();
    const reports = new Map<string, ReportLink>();
    while (queue.length > 0 && listed.size < this.opts.maxPages) {
      const url = queue.shift()!;
      if (listed.has(url)) continue;
      listed.add(url);
      const page = await this.listPage(url);
      if (!page) continue;
      const wanted = page.reports.filter((r) => !this.opts.since || r.year === null || r.year >= this.opts.since);
      for (const r of wanted) if (!reports.has(r.url)) reports.set(r.url, r);
      // Columns list the newest first: a page whose reports are all older than --since ends the walk.
      if (this.opts.since && page.reports.length > 0 && wanted.length === 0) break;
      for (const next of page.next) if (!listed.has(next)) queue.push(next);
    }
    if (queue.some((u) => !listed.has(u)))
      this.opts.onNote?.(
        `${target.url}: stopped after ${this.opts.maxPages} list pages (--max-pages); later pages not read`,
      );
    await Promise.all([...reports.values()].map((r) => this.visit(r.url, () => this.reportLink(r, target))));
  }

  /** One list page of a column → its report links and further pages (from its state row on a 304). */
  private async listPage(url: string): Promise<ColumnPage | null> {
    const state = await getUrlState(this.opts.client, url);
    let got: FetchedPage;
    try {
      got = await this.fetchPage(url, state);
    } catch (e) {
      await this.fail(url, e instanceof Error ? e.message : String(e));
      return null;
    }
    this.counts.pages++;
    await this.write(() => clearUrlFailure(this.opts.client, url, this.ctx.release ?? null));
    const { res, page } = got;
    if (res.status === 304 && state?.info) {
      await this.putState({ ...state, fetchedAt: res.fetchedAt });
      return JSON.parse(state.info) as ColumnPage;
    }
    if (!page) {
      await this.fail(
        url,
        `${url} is not a web page (${res.contentType || "no content type"}); give the address of the column's list ` +
          `page.`,
      );
      return null;
    }
    const info = readColumnPage(page, new URL(res.url));
    const sha = sha256Hex(res.bytes);
    await this.putState({
      url,
      kind: "list",
      status: "ok",
      etag: res.etag,
      lastModified: res.lastModified,
      sha256: sha,
      info: JSON.stringify(info),
      error: null,
      fetchedAt: res.fetchedAt,
      firstSeenAt: state?.sha256 === sha ? state.firstSeenAt : res.fetchedAt,
    });
    return info;
  }

  /** A report link of a column: a detail page (its attachments or its own text) or a file linked directly. */
  private async reportLink(link: ReportLink, target: CollectTarget): Promise<Outcome> {
    const state = await getUrlState(this.opts.client, link.url);
    let got: FetchedPage;
    try {
      got = await this.fetchPage(link.url, state);
    } catch (e) {
      return this.fail(link.url, e instanceof Error ? e.message : String(e));
    }
    await this.write(() => clearUrlFailure(this.opts.client, link.url, this.ctx.release ?? null));
    const { res, page, html } = got;
    if (res.status === 304 && state?.kind === "page" && state.info) {
      this.counts.pages++;
      return this.detail(link.url, res, JSON.parse(state.info) as DetailInfo, state, target);
    }
    if (res.status === 304 && state?.kind === "file") return this.unchangedFile(link.url, res, state, null);
    if (!page) return this.file(link.url, res, state, target, null);
    this.counts.pages++;
    const info = readDetailPage(page, html, new URL(res.url));
    return this.detail(link.url, res, info, state, target, html);
  }

  private async detail(
    url: string,
    res: Fetched,
    info: DetailInfo,
    state: UrlState | null,
    target: CollectTarget,
    html?: string,
  ): Promise<Outcome> {
    for (const att of info.attachments) {
      const outcome = await this.visit(att, () => this.attachment(att, info, target));
      if (outcome === "ok") return this.savePage(url, res, info, state, "ok", null);
    }
    if (!info.isReport) {
      if (info.attachments.length > 0)
        return this.savePage(url, res, info, state, "failed", "no attachment is a report");
      return this.fail(url, `${url} names an annual report but holds neither its text nor an attachment.`);
    }
    // The page itself is the report. Its bytes change with every visit counter, so its TEXT decides whether it changed.
    const textSha =
      html === undefined ? (state?.sha256 ?? null) : sha256Hex(new TextEncoder().encode(htmlToText(html)));
    const known =
      state?.kind === "page" && state.sha256 === textSha
        ? (JSON.parse(state.info ?? "{}") as { reportSha?: string }).reportSha
        : undefined;
    if (known || html === undefined) {
      if (state?.status === "failed") return this.failedAgain(url, state.error ?? "");
      this.counts.unchanged++;
      this.counts.reports++;
      if (known)
        await this.write(() =>
          touchReport(
            this.opts.client,
            known,
            url,
            this.provenance(res, info, state?.firstSeenAt ?? res.fetchedAt),
            this.ctx.release ?? null,
          ),
        );
      return this.savePage(url, res, info, state, "ok", null, known);
    }
    const sha = sha256Hex(res.bytes);
    const path = saveOriginal(this.opts.originalsDir, new URL(res.url), res.bytes, sha, true);
    const outcome = this.ingested(
      url,
      await this.ingest.add(path, {
        agency: target.agency,
        regionCode: target.regionCode,
        url,
        provenance: this.provenance(res, info, res.fetchedAt),
      }),
    );
    return this.savePage(
      url,
      res,
      info,
      { ...(state ?? this.blank(url, res)), sha256: textSha, firstSeenAt: res.fetchedAt },
      outcome.ok ? "ok" : "failed",
      outcome.error ?? null,
      sha,
    );
  }

  private putState(s: UrlState): Promise<void> {
    return this.write(() => putUrlState(this.opts.client, s));
  }

  private blank(url: string, res: Fetched): UrlState {
    return {
      url,
      kind: "page",
      status: "ok",
      etag: null,
      lastModified: null,
      sha256: null,
      info: null,
      error: null,
      fetchedAt: res.fetchedAt,
      firstSeenAt: res.fetchedAt,
    };
  }

  private async savePage(
    url: string,
    res: Fetched,
    info: DetailInfo,
    state: UrlState | null,
    status: Outcome,
    error: string | null,
    reportSha?: string,
  ): Promise<Outcome> {
    const prior = state ?? this.blank(url, res);
    await this.putState({
      ...prior,
      kind: "page",
      status,
      error,
      info: JSON.stringify({ ...info, reportSha }),
      etag: res.status === 304 ? prior.etag : res.etag,
      lastModified: res.status === 304 ? prior.lastModified : res.lastModified,
      fetchedAt: res.fetchedAt,
    });
    return status;
  }

  private async attachment(url: string, info: DetailInfo, target: CollectTarget): Promise<Outcome> {
    const state = await getUrlState(this.opts.client, url);
    let res: Fetched;
    try {
      res = await this.http.get(url, state ? { etag: state.etag, lastModified: state.lastModified } : null);
    } catch (e) {
      return this.fail(url, e instanceof Error ? e.message : String(e));
    }
    await this.write(() => clearUrlFailure(this.opts.client, url, this.ctx.release ?? null));
    if (res.status === 304 && state) return this.unchangedFile(url, res, state, info);
    return this.file(url, res, state, target, info);
  }

  private provenance(res: Fetched, info: DetailInfo | null, firstSeenAt: string): Provenance {
    return {
      fetchedAt: res.fetchedAt,
      httpLastModified: res.lastModified,
      pagePublished: info?.published ?? null,
      firstSeenAt,
    };
  }

  /** Ingest stored the file as a report, or recorded it as failed (with its URL) and said why. */
  private ingested(url: string, outcome: FileOutcome): FileOutcome {
    if (outcome.ok) this.counts.reports++;
    else {
      this.failures.push({ url, error: outcome.error ?? "" });
      this.opts.onFailure?.(url, outcome.error ?? "", chineseReason(outcome.error ?? ""));
    }
    return outcome;
  }

  /** A URL whose bytes failed before and are the same now: failed again, with the reason stored then. */
  private failedAgain(url: string, error: string): Outcome {
    const zh = chineseReason(error);
    this.counts.failed++;
    this.failures.push({ url, error });
    this.opts.onFailure?.(url, error, zh);
    return "failed";
  }

  private async unchangedFile(url: string, res: Fetched, state: UrlState, info: DetailInfo | null): Promise<Outcome> {
    if (state.status === "failed") return this.failedAgain(url, state.error ?? "");
    this.counts.unchanged++;
    this.counts.reports++;
    const sha = state.sha256;
    if (sha)
      await this.write(() =>
        touchReport(
          this.opts.client,
          sha,
          url,
          this.provenance(res, info, state.firstSeenAt),
          this.ctx.release ?? null,
        ),
      );
    await this.putState({ ...state, fetchedAt: res.fetchedAt });
    return "ok";
  }

  /** Report bytes: stored on disk, ingested, and only then remembered for this URL. */
  private async file(
    url: string,
    res: Fetched,
    state: UrlState | null,
    target: CollectTarget,
    info: DetailInfo | null,
  ): Promise<Outcome> {
    const sha = sha256Hex(res.bytes);
    const validators = { etag: res.etag, lastModified: res.lastModified };
    if (state?.kind === "file" && state.sha256 === sha)
      return this.unchangedFile(url, res, { ...state, ...validators }, info);
    const path = saveOriginal(this.opts.originalsDir, new URL(res.url), res.bytes, sha, false);
    const outcome = this.ingested(
      url,
      await this.ingest.add(path, {
        agency: target.agency,
        regionCode: target.regionCode,
        url,
        provenance: this.provenance(res, info, res.fetchedAt),
      }),
    );
    await this.putState({
      url,
      kind: "file",
      status: outcome.ok ? "ok" : "failed",
      ...validators,
      sha256: sha,
      info: null,
      error: outcome.error ?? null,
      fetchedAt: res.fetchedAt,
      firstSeenAt: res.fetchedAt,
    });
    return outcome.ok ? "ok" : "failed";
  }
}

export function collectTargets(targets: CollectTarget[], opts: CollectOptions): Promise<CollectSummary> {
  return new Collector(opts).run(targets);
}
