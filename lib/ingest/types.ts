/**
 * Shapes shared by the ingest modules: what callers pass in, what they get back, and the parts of other
 * modules (parser, regions, validate) ingest depends on — injected so tests can run against fresh databases.
 */
import type { Client } from "@libsql/client";
import type { Finding, ParsedReport, Result } from "@/lib/parser/types";
import type { ReleaseRun } from "@/lib/releases/record";

export interface IngestDeps {
  parserVersion: string;
  parseDocument(bytes: Uint8Array, fileName: string): Promise<Result<ParsedReport>>;
  /** Stable agency id (and the normalised name it was derived from) for a name inside a region. */
  agencyIdentity(name: string, regionCode: string | null): { id: string; normName: string };
  pinyinInitials(name: string): string;
  /** The unit and its ancestors, province first ([] when unknown); without it codes are split by length. */
  regionPath?(code: string): { code: string; name: string }[];
  checkYearChain(prev: ChainReport, cur: ChainReport): Finding[];
}

export interface ChainReport {
  year: number;
  values: Record<string, number>;
}

/** One manifest row: every field but `path` overrides what the parser inferred. */
export interface ManifestEntry {
  agency?: string;
  regionCode?: string;
  year?: number;
  url?: string;
  /** Set by `npm run collect` for the bytes it fetched (no manifest CSV column). */
  provenance?: Provenance;
}

/** Where and when collected bytes came from (reports.fetched_at … first_seen_at); ISO times, dates as printed. */
export interface Provenance {
  fetchedAt: string;
  httpLastModified: string | null;
  /** The 发布日期 the report's web page states (YYYY-MM-DD). */
  pagePublished: string | null;
  firstSeenAt: string;
}

export interface IngestProgress {
  done: number;
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestOptions {
  client: Client;
  /** Absolute file path → override (see manifest.ts). */
  manifest?: Map<string, ManifestEntry>;
  demo?: boolean;
  deps?: IngestDeps;
  /** Reports written per transaction. */
  batchSize?: number;
  /**
   * Parser worker threads (0 = parse on the main thread). Default: 0 when `deps` is given (functions cannot
   * cross threads), else one per spare core.
   */
  workers?: number;
  onProgress?: (p: IngestProgress) => void;
  /** The release these writes belong to (a collect run passes one for all its batches); default: one per call. */
  release?: ReleaseRun;
}

export interface IngestSummary {
  added: number;
  /** New reports that superseded an earlier publication of the same agency and year. */
  updated: number;
  unchanged: number;
  failed: number;
  /** Findings stored this run, by rule (R1…R6, P…). */
  findingsByRule: Record<string, number>;
  failures: { file: string; error: string }[];
  elapsedMs: number;
  reportsPerSecond: number;
}
