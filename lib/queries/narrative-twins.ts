import "server-only";
/**
 * Near-duplicate narrative: which reports of a region and year read (almost) like another agency's report of the
 * same year, or like the agency's own report of the year before. Reports are compared with every active report of
 * the year in the database, not only those in the region.
 *
 * Cost: the signatures of a year need every active report text of that year (reports.raw_text) read and shingled
 * once; they are kept per process and data version (lib/queries/memo.ts), so later requests read only the memo.
 * Measured with bench/scorecard.ts on the demo corpus (≈ 2,000 reports a year): 0.8 s for the first request of a year
 * (two years signed), nothing after. At 1,000,000 reports (≈ 90,000 a year) that first request would take about half
 * a minute; the signatures should then be stored at ingest (a column of reports) and only the stock-sentence filter
 * kept per year.
 */
import { sql } from "drizzle-orm";
import { databaseUrl, getDb } from "@/db/client";
import { minhash, shingleHashes, similarity } from "@/lib/scorecard/minhash";
import { agencyNameAsOf, factsFrom } from "@/lib/releases/as-of";
import { boilerplateOf, narrativeSentences, ownNarrative } from "@/lib/scorecard/narrative";
import { buildTwinIndex, nearestOther, type TwinIndex } from "@/lib/scorecard/twins";
import type { NarrativeCheck } from "@/lib/scorecard/types";
import { memoised } from "./memo";
import { dataVersion } from "./quality";
import type { ScorecardScope } from "./scorecard";

/** Which report, of which agency: what a twin link needs and what the scope filter reads. */
interface ReportIdentity {
  id: number;
  publicId: string;
  agencyId: string;
  agencyName: string;
  level: string;
  kind: string;
}

interface SignedReport extends ReportIdentity {
  codes: (string | null)[];
  /** null: too little of its own text to judge. */
  sig: Uint32Array | null;
}

interface YearSignatures {
  reports: SignedReport[];
  byAgency: Map<string, SignedReport>;
  index: TwinIndex;
}

interface TextRow extends ReportIdentity {
  regionCode: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  rawText: string;
}

/** Names to mask in an agency's text: its own and every region above it (province, city, county, township). */
function namesOf(row: TextRow, regionNames: Map<string, string>): string[] {
  const code = row.regionCode ?? "";
  const prefixes = [2, 4, 6, 9].filter((n) => code.length >= n).map((n) => code.slice(0, n));
  return [row.agencyName, ...prefixes.map((c) => regionNames.get(c) ?? "")];
}

/** Pinned (`rel`): the reports of that release; a superseded report keeps its row and text, so it reads as then. */
async function computeYear(year: number, rel: number | null): Promise<YearSignatures> {
  const db = await getDb();
  const [rows, regions] = await Promise.all([
    db.all<TextRow>(sql`
      SELECT rf.report_id AS id, r.public_id AS publicId, rf.agency_id AS agencyId,
             ${agencyNameAsOf(rel)} AS agencyName,
      rf.level,
      rf.kind,
             a.region_code AS regionCode, rf.province_code AS provinceCode, rf.city_code AS cityCode,
             rf.county_code AS countyCode, r.raw_text AS rawText
      FROM ${factsFrom(rel, "rf")} JOIN reports r ON r.id = rf.report_id JOIN agencies a ON a.id = rf.agency_id
      WHERE rf.year = ${year}`),
    db.all<{ code: string; name: string }>(sql`SELECT code, name FROM regions`),
  ]);
  const regionNames = new Map(regions.map((r) => [r.code, r.name]));
  const sentences = rows.map((r) => narrativeSentences(r.rawText, namesOf(r, regionNames)));
  const boilerplate = boilerplateOf(sentences);
  const reports = rows.map((r, i): SignedReport => {
    const text = ownNarrative(sentences[i], boilerplate);
    return {
      id: r.id,
      publicId: r.publicId,
      agencyId: r.agencyId,
      agencyName: r.agencyName,
      level: r.level,
      kind: r.kind,
      codes: [r.provinceCode, r.cityCode, r.countyCode],
      sig: text === null ? null : minhash(shingleHashes(text)),
    };
  });
  const signed = reports.filter((r): r is SignedReport & { sig: Uint32Array } => r.sig !== null);
  return { reports, byAgency: new Map(reports.map((r) => [r.agencyId, r])), index: buildTwinIndex(signed) };
}

async function yearSignatures(year: number, rel: number | null): Promise<YearSignatures> {
  const version = rel === null ? String(await dataVersion()) : `rel ${rel}`; // a release never changes
  // Keyed by version: never served stale into a scorecard of the new version (getScorecard keys by it too).
  return memoised(JSON.stringify([databaseUrl(), "narrative-signatures", year, version]), version, () =>
    computeYear(year, rel),
  );
}

function inScope(r: SignedReport, scope: ScorecardScope): boolean {
  const region = scope.region;
  const code =
    region.length === 2 ? r.codes[0] : region.length === 4 ? r.codes[1] : region.length === 6 ? r.codes[2] : "";
  return code === region && (!scope.level || r.level === scope.level) && (!scope.kind || r.kind === scope.kind);
}

/**
 * The narrative check of every report of the scope and year: its most similar text, another agency's or its own of last
 * year.
 */
export async function getNarrativeChecks(params: {
  scope: ScorecardScope;
  year: number;
  rel?: number | null;
}): Promise<NarrativeCheck[]> {
  const rel = params.rel ?? null;
  const [current, previous] = await Promise.all([
    yearSignatures(params.year, rel),
    yearSignatures(params.year - 1, rel),
  ]);
  const byId = new Map(current.reports.map((r) => [r.id, r]));
  return current.reports
    .filter((r) => inScope(r, params.scope))
    .map((r): NarrativeCheck => {
      if (!r.sig) return { reportId: r.id, status: "short", similarity: null, twin: null };
      const other = nearestOther(current.index, { id: r.id, agencyId: r.agencyId, sig: r.sig });
      const own = previous.byAgency.get(r.agencyId);
      const ownSimilarity = own?.sig ? similarity(r.sig, own.sig) : -1;
      const best =
        other && other.similarity >= ownSimilarity
          ? { report: byId.get(other.id)!, similarity: other.similarity, year: params.year }
          : own?.sig
            ? { report: own, similarity: ownSimilarity, year: params.year - 1 }
            : null;
      if (!best) return { reportId: r.id, status: "checked", similarity: null, twin: null };
      const { report, year } = best;
      return {
        reportId: r.id,
        status: "checked",
        similarity: best.similarity,
        twin: { publicId: report.publicId, agencyId: report.agencyId, agencyName: report.agencyName, year },
      };
    });
}
