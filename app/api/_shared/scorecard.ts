/**
 * The scorecard's requests, shared by GET /api/scorecard and its CSV exports: strict parameters (400 on an invalid
 * one), the year (given, else the selection's last year, else the latest with data), one read, the ETag of the JSON
 * and the CSV response. `rel` pins every read to a release (lib/releases/as-of.ts), the years offered included.
 */
import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/charts/csv";
import type { ChartTable } from "@/lib/charts/types";
import { getAvailableYears } from "@/lib/queries/overview";
import { dataVersion } from "@/lib/queries/quality";
import { getRegionChoices } from "@/lib/queries/region-options";
import { getScorecard, type ScorecardScope } from "@/lib/queries/scorecard";
import type { Scorecard } from "@/lib/scorecard/types";
import { describeWeights, formatWeights, type Weights } from "@/lib/scorecard/weights";
import { kindLabel, levelLabel } from "@/lib/labels";
import { parseStrict } from "@/lib/url-state";
import { badRequest, csvResponse, guarded } from "./respond";

export interface ScorecardRequest {
  scope: ScorecardScope;
  year: number | null;
  weights: Weights;
  /** A pinned release, or null for current data. */
  rel: number | null;
}

export function parseScorecardRequest(params: URLSearchParams): ScorecardRequest | { error: string } {
  const parsed = parseStrict(params, ["region", "year", "w", "level", "kind", "to", "rel"]);
  if ("error" in parsed) return parsed;
  const { region, level, kind, year, to, w, rel } = parsed.state;
  return { scope: { region, level, kind }, year: year ?? to, weights: w, rel };
}

/** A weak ETag of the data version and the normalised request: a repeated request is answered 304 unread. */
export async function scorecardEtag(req: ScorecardRequest, variant: string): Promise<string> {
  const key = [
    variant,
    await dataVersion(),
    req.scope.region,
    req.scope.level ?? "",
    req.scope.kind ?? "",
    req.year ?? "",
    formatWeights(req.weights),
    req.rel ?? "",
  ];
  return `W/"${key.join("|").replace(/[^\w|:~.-]/g, "_")}"`;
}

export function notModified(request: Request, etag: string): Response | null {
  return request.headers.get("if-none-match") === etag
    ? new Response(null, { status: 304, headers: cacheHeaders(etag) })
    : null;
}

/** Revalidated on every use (ingest may add reports at any time), but a 304 costs one indexed read. */
export function cacheHeaders(etag: string): Record<string, string> {
  return { ETag: etag, "Cache-Control": "private, no-cache" };
}

export interface ScorecardRead {
  card: Scorecard | null;
  years: number[];
  regionPath: string[];
}

export async function readScorecard(req: ScorecardRequest): Promise<ScorecardRead> {
  const [years, regions] = await Promise.all([
    getAvailableYears(req.rel),
    getRegionChoices({ region: req.scope.region }),
  ]);
  const year = req.year ?? years.at(-1) ?? null;
  const card =
    year === null ? null : await getScorecard({ scope: req.scope, year, weights: req.weights, rel: req.rel });
  return { card, years, regionPath: regions.path.map((r) => r.name) };
}

/** A scorecard export: one of its tables as CSV (UTF-8 with BOM) under header lines saying what was scored and how. */
export async function scorecardCsv(
  request: NextRequest,
  title: string,
  tableOf: (card: Scorecard | null) => ChartTable,
): Promise<Response> {
  const req = parseScorecardRequest(request.nextUrl.searchParams);
  if ("error" in req) return badRequest(req.error);
  return guarded(async () => {
    const read = await readScorecard(req);
    const name = `${title}${read.card ? read.card.year : ""}.csv`;
    return csvResponse(toCsv(tableOf(read.card), scorecardCsvHeader(req, read, title)), name);
  });
}

function scorecardCsvHeader(req: ScorecardRequest, read: ScorecardRead, table: string): [string, string][] {
  const { region, level, kind } = req.scope;
  return [
    ["表", table],
    ["地区", read.regionPath.length ? `${read.regionPath.join(" ")}（${region}）` : region || "全国"],
    ["年度", read.card ? `${read.card.year}年` : "无数据"],
    ["层级", level ? levelLabel(level) : "全部"],
    ["类型", kind ? kindLabel(kind) : "全部"],
    ["权重", `${describeWeights(req.weights)}（w=${formatWeights(req.weights)}）`],
    ["敏感", read.card ? `任一权重 ±10 分时名次变动超过 ${read.card.threshold} 位` : "—"],
    ...(req.rel !== null ? [["数据版本", `rel=${req.rel}`] as [string, string]] : []),
    ["来源", "年报观察 nianbao"],
  ];
}
