/**
 * The parser's output types. `ParsedReport` is the in-memory form of the `parse` command's contract
 * (../shared/spec/PARSE-OUTPUT.md); the CLI serialises it, ingest stores it, nothing else reshapes it.
 */

/** The enumerations below are also the typed text columns of db/schema.ts (which imports them from here). */
export const FAMILIES = ["2021", "2019", "legacy"] as const;
export type Family = (typeof FAMILIES)[number];

export const AGENCY_KINDS = ["government", "government_office", "department", "street", "township", "other"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export const AGENCY_LEVELS = ["national", "province", "city", "county", "township"] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** R1…R6, L1… (legacy), N1 (narrative vs table), P… (parser could not read a cell). */
  rule: string;
  severity: Severity;
  message: string;
  keys: string[];
  expected?: number | null;
  actual?: number | null;
  /** 1-based line in the normalised text where the problem shows, when known. */
  line?: number;
}

export interface ValueSource {
  /** 1-based line number in the normalised document text. */
  line: number;
  /** The raw text of the row (or cell run) the value was read from. */
  raw: string;
  /**
   * A total that also counts a column the template does not keep apart (港澳台及外国申请人 before 总计): that column's
   * figure, which the row-sum rule (R2) adds to the template's parts.
   */
  outside?: number;
}

export interface Agency {
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
}

export interface RegionRef {
  /** National division code, 2–9 digits (2 province, 4 city, 6 county, 9 township). */
  code: string;
  /** Names from province down to the unit itself. */
  path: string[];
}

export interface ParsedReport {
  family: Family;
  year: number;
  /** YYYY-MM-DD or null. */
  published: string | null;
  agency: Agency;
  region: RegionRef | null;
  /** Canonical key → value. A blank cell is absent; a printed 0 is 0. */
  values: Record<string, number>;
  /** Keys whose cell was printed blank / "-" / "无" (kept apart from zeros). */
  blanks: string[];
  findings: Finding[];
  sources: Record<string, ValueSource>;
  /** The normalised (simplified, cleaned) text the line numbers refer to. */
  text: string;
}

/** Errors are values: a stage returns what it could make and what went wrong. */
export interface Result<T> {
  value: T | null;
  issues: Finding[];
  /** Set when the input cannot be read as a report at all: one clear sentence. */
  error?: string;
}

/** What a table stage extracts from the normalised lines. */
export interface TableValues {
  values: Record<string, number>;
  blanks: string[];
  sources: Record<string, ValueSource>;
}

/** A document turned into text: tables as one row per line, cells joined by " | ". */
export interface DocumentText {
  text: string;
  kind: "text" | "html" | "docx" | "doc" | "pdf";
  encoding: string;
}
