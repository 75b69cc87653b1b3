import "server-only";
/**
 * Reads of the report-quality scorecard (/scorecard, /api/scorecard): for a region and a year, every agency's
 * active report with what its indicators need, its two earlier reports, the agencies that did not report, the peers'
 * application counts and the narrative twin check, read in parallel and scored by lib/scorecard (pure).
 */
import { sql, type SQL } from "drizzle-orm";
import { databaseUrl, getDb } from "@/db/client";
import { reportFacts } from "@/db/schema";
import { buildScorecard } from "@/lib/scorecard/build";
import type {
  Figures,
  MissingAgency,
  PeerFigure,
  PriorReport,
  ReportInput,
  Scorecard,
  ScorecardInput,
} from "@/lib/scorecard/types";
import type { Weights } from "@/lib/scorecard/weights";
import { agencyNameAsOf, factsFrom, findingsFrom, provenanceAsOf } from "@/lib/releases/as-of";
import { judgingDay } from "@/lib/releases/release-day";
import { REQUIRED_CELLS } from "@/lib/validate/rules";
import { factsWhere } from "./filters";
import { getNarrativeChecks } from "./narrative-twins";
import { memoised } from "./memo";
import { dataVersion, type QualityScope } from "./quality";
import { getMissingAgencyIds } from "./timeliness";

/** The scorecard's filters: a region and optionally a level and kind (one year, given apart). */
export type ScorecardScope = Pick<QualityScope, "region" | "level" | "kind">;

/** report_facts rows of the scope and years (unqualified columns: used inside a subquery of report_facts alone). */
const where = (scope: ScorecardScope, from: number, to: number): SQL =>
  factsWhere({ ...scope, from, to, agencies: [] });

const FIGURE_KEYS = [
  "appsNew",
  "appsCarriedOver",
  "appsCarriedForward",
  "outcomeTotal",
  "denied",
  "partial",
  "unable",
  "rejected",
  "reviewTotal",
  "reviewCorrected",
  "litTotal",
  "litCorrected",
] as const satisfies readonly (keyof Figures & keyof typeof reportFacts)[];
/** report_facts columns → Figures: the column names are the schema's (rf = report_facts). */
const FIGURES = sql.raw(FIGURE_KEYS.map((k) => `rf.${reportFacts[k].name} AS ${k}`).join(", "));

function figuresOf(row: Record<string, unknown>): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, row[k] === null ? null : Number(row[k])])) as unknown as Figures;
}

type Row = Record<string, unknown>;
/** A pinned release (`rel`, lib/releases/as-of.ts) or null for current data. */
type Rel = number | null;

/** value_keys ids of the required cells of modern and legacy reports (ids of keys never stored are absent). */
async function requiredKeyIds(): Promise<{ modern: number[]; legacy: number[] }> {
  const db = await getDb();
  const rows = await db.all<{ id: number; key: string }>(sql`
    SELECT id, key FROM value_keys WHERE key IN (SELECT value FROM
    json_each(${JSON.stringify([...REQUIRED_CELLS["2021"], ...REQUIRED_CELLS.legacy])}))`);
  const legacy = new Set(REQUIRED_CELLS.legacy);
  return {
    modern: rows.filter((r) => !legacy.has(r.key)).map((r) => r.id),
    legacy: rows.filter((r) => legacy.has(r.key)).map((r) => r.id),
  };
}

/** How many of these cells the report printed with a value: one primary-key seek per cell. */
function presentOf(keyIds: number[]): SQL {
  if (!keyIds.length) return sql`0`;
  const list = sql.raw(keyIds.map((id) => String(Math.trunc(id))).join(", ")); // integers read from value_keys
  return sql`(SELECT COUNT(*) FROM report_values v WHERE v.report_id = rf.report_id AND v.key_id IN (${list}) AND
  v.value IS NOT NULL)`;
}

async function reportInputs(scope: ScorecardScope, year: number, rel: Rel): Promise<ReportInput[]> {
  const db = await getDb();
  const ids = await requiredKeyIds();
  // A required cell is present when printed with a value (a blank cell is stored with value NULL, a missing one not at
  // all).
  const rows = await db.all<Row>(sql`
    SELECT rf.report_id AS reportId, r.public_id AS publicId, rf.agency_id AS agencyId,
           ${agencyNameAsOf(rel)} AS agencyName,
           rf.level, rf.kind, rf.province_code AS provinceCode, rf.city_code AS cityCode, rf.county_code AS countyCode,
           rf.year, rf.family, r.published, ${provenanceAsOf(rel, "page_published")} AS pagePublished,
           ${provenanceAsOf(rel, "first_seen_at")} AS firstSeenAt,
           ${FIGURES},
           CASE WHEN rf.family = 'legacy' THEN ${presentOf(ids.legacy)} ELSE ${presentOf(ids.modern)} END AS
           requiredPresent,
           (SELECT group_concat(rule, ',') FROM (SELECT DISTINCT rule FROM ${findingsFrom(rel, "f")}
              WHERE f.report_id = rf.report_id AND f.severity = 'error' AND f.rule != 'R5' ORDER BY rule)) AS
              errorRules,
           (SELECT COUNT(*) FROM ${findingsFrom(rel, "f")} WHERE f.report_id = rf.report_id AND f.severity = 'error'
           AND f.rule = 'R5') AS chainErrors
    FROM (SELECT * FROM ${factsFrom(rel)} WHERE ${where(scope, year, year)}) rf
      JOIN reports r ON r.id = rf.report_id JOIN agencies a ON a.id = rf.agency_id`);
  return rows.map((r) => ({
    reportId: Number(r.reportId),
    publicId: String(r.publicId),
    agencyId: String(r.agencyId),
    agencyName: String(r.agencyName),
    level: String(r.level),
    kind: String(r.kind),
    provinceCode: (r.provinceCode as string | null) ?? null,
    cityCode: (r.cityCode as string | null) ?? null,
    countyCode: (r.countyCode as string | null) ?? null,
    year: Number(r.year),
    family: String(r.family),
    published: (r.published as string | null) ?? null,
    pagePublished: (r.pagePublished as string | null) ?? null,
    firstSeenAt: (r.firstSeenAt as string | null) ?? null,
    figures: figuresOf(r),
    requiredPresent: Number(r.requiredPresent),
    requiredTotal: (REQUIRED_CELLS[r.family as keyof typeof REQUIRED_CELLS] ?? []).length,
    errorRules: r.errorRules ? String(r.errorRules).split(",") : [],
    chainErrors: Number(r.chainErrors),
  }));
}

/** The scope's active reports of the two years before `year` (R5 partner, year-on-year and zero-run checks). */
async function priorReports(scope: ScorecardScope, year: number, rel: Rel): Promise<PriorReport[]> {
  const db = await getDb();
  const rows = await db.all<Row>(sql`
    SELECT rf.agency_id AS agencyId, rf.year, r.public_id AS publicId, ${FIGURES}
    FROM (SELECT * FROM ${factsFrom(rel)} WHERE ${where(scope, year - 2, year - 1)}) rf JOIN reports r ON r.id =
    rf.report_id`);
  return rows.map((r) => ({
    agencyId: String(r.agencyId),
    year: Number(r.year),
    publicId: String(r.publicId),
    figures: figuresOf(r),
  }));
}

/**
 * Application counts of the year and the year before of every agency in the scope's province (all provinces for the
 * nation), level and kind filters left out: the peers the plausibility checks compare with.
 */
async function peerFigures(scope: ScorecardScope, year: number, rel: Rel): Promise<PeerFigure[]> {
  const db = await getDb();
  const province = scope.region.slice(0, 2);
  const peerWhere = factsWhere({ region: province, from: year - 1, to: year, level: null, kind: null, agencies: [] });
  return db.all<PeerFigure>(sql`
    SELECT agency_id AS agencyId, province_code AS provinceCode, level, year, apps_new AS appsNew
    FROM ${factsFrom(rel)} WHERE ${peerWhere}`);
}

/**
 * Agencies whose report of `year` is 未发布 as /quality counts it (lib/timeliness: owed from the first report, or
 * every year by an agency a collect list names; before the deadline the agency is left out, not yet due).
 */
async function missingAgencies(scope: ScorecardScope, year: number, today: string, rel: Rel): Promise<MissingAgency[]> {
  const ids = await getMissingAgencyIds({ scope: { ...scope, rel }, year, today });
  if (!ids.length) return [];
  const db = await getDb();
  const rows = await db.all<Omit<MissingAgency, "neverPublished"> & { neverPublished: number }>(sql`
    SELECT id AS agencyId, ${agencyNameAsOf(rel, "agencies")} AS agencyName, level, kind, province_code AS provinceCode,
           city_code AS cityCode,
           county_code AS countyCode, first_year IS NULL AS neverPublished
    FROM agencies WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return rows.map((a) => ({ ...a, neverPublished: a.neverPublished === 1 }));
}

/** Names of the scope's sub-regions by code (provinces of the nation, cities of a province, counties of a city). */
async function subRegionNames(region: string): Promise<Record<string, string>> {
  if (region.length >= 6) return {};
  const db = await getDb();
  const rows = await db.all<{ code: string; name: string }>(
    sql`SELECT code, name FROM regions WHERE ${region === "" ? sql`level = 1` : sql`parent_code = ${region}`}`,
  );
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}

/** Everything a scorecard reads, read in parallel. */
async function readInput(scope: ScorecardScope, year: number, today: string, rel: Rel): Promise<ScorecardInput> {
  const [reports, prior, missing, narratives, peers, regionNames] = await Promise.all([
    reportInputs(scope, year, rel),
    priorReports(scope, year, rel),
    missingAgencies(scope, year, today, rel),
    getNarrativeChecks({ scope, year, rel }),
    peerFigures(scope, year, rel),
    subRegionNames(scope.region),
  ]);
  return { region: scope.region, year, reports, prior, missing, narratives, peers, regionNames };
}

/**
 * The scorecard of a region and year under these weights: every agency's marks, score, rank and its sensitivity.
 * The reads are kept per data version (paging through the ranking or moving a weight only scores again: the reads
 * are two thirds of a national scorecard's 0.3 s). Pinned (`rel`): every input as of that release (reports,
 * findings, earlier years, peers, 缺报 and narrative twins), 缺报 judged on the release's day; kept for good.
 */
export async function getScorecard(params: {
  scope: ScorecardScope;
  year: number;
  weights: Weights;
  rel?: number | null;
}): Promise<Scorecard> {
  const { scope, year } = params;
  const { day: today, fixed } = await judgingDay(params.rel);
  // An id newer than the latest release reads current data (lib/url-state.ts): read and kept as current.
  const rel = fixed ? params.rel! : null;
  const version = rel === null ? String(await dataVersion()) : `rel ${rel}`;
  // The version is part of the key, so a new data version is read afresh, never served stale once (memo.ts): a
  // scorecard labelled with the latest release (footer, ETag, 数据已更新's comparison) shows that release's data.
  const key = JSON.stringify([
    databaseUrl(),
    "scorecard-input",
    scope.region,
    scope.level,
    scope.kind,
    year,
    today,
    version,
  ]);
  const input = await memoised(key, version, () => readInput(scope, year, today, rel));
  return buildScorecard(input, params.weights);
}
