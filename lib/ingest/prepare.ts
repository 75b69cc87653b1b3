/**
 * Turns one file's bytes and parse result into the rows ingest writes (pure: no I/O). A report that cannot
 * be stored as a report becomes a `FailedItem` with an English and a Chinese reason.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { CORE_METRICS } from "@/lib/metrics";
import type { AgencyKind, AgencyLevel, Family, Finding, ParsedReport, Result } from "@/lib/parser/types";
import { stringifyJson } from "./native-json";
import { chineseReason } from "./reasons";
import type { IngestDeps, ManifestEntry, Provenance } from "./types";

export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface RegionRow {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

export interface AgencyInfo {
  id: string;
  name: string;
  normName: string;
  kind: AgencyKind;
  level: AgencyLevel;
  regionCode: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  initials: string;
}

export interface ReportItem {
  ok: true;
  file: string;
  sha256: string;
  sourceUrl: string | null;
  provenance: Provenance | null;
  agency: AgencyInfo;
  year: number;
  family: Family;
  published: string | null;
  text: string;
  /** The carried-over/forward values only: what the R5 year chain compares (kept small: items cross threads). */
  values: Record<string, number>;
  /** Every value as a JSON array of [key, value|null, line|null] (blanks are null values), ready for SQL. */
  valuesJson: string;
  /** How many rows valuesJson holds (write.ts checks that each found its key in value_keys). */
  valueCount: number;
  findings: Finding[];
  /** Core metrics in CORE_METRICS order; null when the report has no value for one. */
  facts: (number | null)[];
  regions: RegionRow[];
}

export interface FailedItem {
  ok: false;
  file: string;
  sha256: string;
  error: string;
  errorZh: string;
  rawText: string;
  /** Where the bytes were fetched from (collect), so /quality can link the failure to its page. */
  sourceUrl?: string | null;
}

export type Item = ReportItem | FailedItem;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function failedItem(
  file: string,
  sha256: string,
  error: string,
  rawText = "",
  sourceUrl: string | null = null,
): FailedItem {
  return { ok: false, file, sha256, error, errorZh: chineseReason(error), rawText, sourceUrl };
}

/** Region prefixes of a division code: province (2), city (4), county (6), township (9). */
function regionPrefixes(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => code.length >= n).map((n) => code.slice(0, n));
}

const LEVEL_BY_LENGTH: Record<number, number> = { 2: 1, 4: 2, 6: 3, 9: 4 };

/**
 * The region rows of a unit, province first. The regions data knows the real ancestors (东莞's towns sit
 * directly under the city); without it the code is split by length and the parser's names zipped on.
 */
export function regionRows(code: string, names: string[], deps: Pick<IngestDeps, "regionPath">): RegionRow[] {
  const known = deps.regionPath?.(code) ?? [];
  const steps = known.length > 0 ? known : regionPrefixes(code).map((c, i) => ({ code: c, name: names[i] }));
  const rows: RegionRow[] = [];
  for (const s of steps) {
    if (!s.name || !LEVEL_BY_LENGTH[s.code.length]) continue;
    rows.push({
      code: s.code,
      name: s.name,
      level: LEVEL_BY_LENGTH[s.code.length],
      parentCode: rows.at(-1)?.code ?? null,
    });
  }
  return rows;
}

/** Province, city and county codes of a unit: from its real ancestors (a town of 东莞 has no county). */
function scopeCodes(code: string | null, deps: IngestDeps): [string | null, string | null, string | null] {
  if (!code) return [null, null, null];
  const known = deps.regionPath?.(code) ?? [];
  const codes = known.length > 0 ? known.map((s) => s.code) : regionPrefixes(code);
  const at = (len: number) => codes.find((c) => c.length === len) ?? null;
  return [at(2), at(4), at(6)];
}

function agencyInfo(parsed: ParsedReport, regionCode: string | null, deps: IngestDeps): AgencyInfo {
  const name = parsed.agency.name;
  const { id, normName } = deps.agencyIdentity(name, regionCode);
  const [provinceCode, cityCode, countyCode] = scopeCodes(regionCode, deps);
  return {
    id,
    name,
    normName,
    kind: parsed.agency.kind,
    level: parsed.agency.level,
    regionCode,
    provinceCode,
    cityCode,
    countyCode,
    initials: deps.pinyinInitials(name),
  };
}

/** The parser may report a stage issue both in `issues` and in `findings`; store it once. */
function mergeFindings(findings: Finding[], issues: Finding[]): Finding[] {
  const id = (f: Finding) => `${f.rule}\u0000${f.message}\u0000${f.line ?? ""}`;
  const seen = new Set(findings.map(id));
  return [...findings, ...issues.filter((f) => !seen.has(id(f)))];
}

type ValueRow = [key: string, value: number | null, line: number | null];

/**
 * Every value and blank as rows, and (same pass) the values the R5 year chain compares: 上年结转 and
 * 结转下年度, every column.
 */
function valueRows(parsed: ParsedReport): { rows: ValueRow[]; chain: Record<string, number> } {
  const rows: ValueRow[] = [];
  const chain: Record<string, number> = {};
  const { values, sources } = parsed;
  for (const key in values) {
    const value = values[key];
    rows.push([key, Number.isFinite(value) ? value : null, sources[key]?.line ?? null]);
    if (key.startsWith("apps.carried_")) chain[key] = value;
  }
  // A key is stored once (it is the primary key with the report): a value wins over a blank, and a blank
  // listed twice is one row.
  for (const key of new Set(parsed.blanks)) {
    if (key in values) continue;
    rows.push([key, null, sources[key]?.line ?? null]);
  }
  return { rows, chain };
}

/** Applies manifest overrides (agency name, region, year) on top of what the parser read. */
function applyManifest(parsed: ParsedReport, entry: ManifestEntry | undefined, deps: IngestDeps): ParsedReport {
  if (!entry) return parsed;
  const out = { ...parsed, agency: { ...parsed.agency } };
  if (entry.agency) out.agency.name = entry.agency;
  if (entry.year) out.year = entry.year;
  if (entry.regionCode) {
    const known = parsed.region?.code === entry.regionCode ? parsed.region.path : null;
    out.region = {
      code: entry.regionCode,
      path: known ?? deps.regionPath?.(entry.regionCode).map((s) => s.name) ?? [],
    };
  }
  return out;
}

export function prepareItem(
  file: SourceFile,
  result: Result<ParsedReport>,
  entry: ManifestEntry | undefined,
  deps: IngestDeps,
): Item {
  const url = entry?.url ?? null;
  if (!result.value)
    return failedItem(
      file.path,
      file.sha256,
      result.error ?? "The file could not be read as an annual report.",
      "",
      url,
    );
  const parsed = applyManifest(result.value, entry, deps);
  if (!parsed.agency.name.trim())
    return failedItem(file.path, file.sha256, "The report does not name its agency.", parsed.text, url);
  const regionCode = parsed.region?.code ?? null;
  const { rows, chain } = valueRows(parsed);
  return {
    ok: true,
    file: file.path,
    sha256: file.sha256,
    sourceUrl: url,
    provenance: entry?.provenance ?? null,
    agency: agencyInfo(parsed, regionCode, deps),
    year: parsed.year,
    family: parsed.family,
    published: parsed.published,
    text: parsed.text,
    values: chain,
    valuesJson: stringifyJson(rows),
    valueCount: rows.length,
    findings: mergeFindings(parsed.findings, result.issues),
    facts: CORE_METRICS.map((m) => (Number.isFinite(parsed.values[m.key]) ? parsed.values[m.key] : null)),
    regions: parsed.region ? regionRows(parsed.region.code, parsed.region.path, deps) : [],
  };
}

export function sourceName(path: string): string {
  return basename(path);
}
