/**
 * Plausible: figures an evaluator would query, each judged against peers where a peer comparison is what makes the
 * figure odd. Peers are the agencies of the same level in the same province (national agencies: all national ones),
 * the agency itself left out, whatever region the view selects, so a report's mark does not change with the view.
 */
import type { Figures, Mark, PeerFigure, PriorReport, ReportInput } from "./types";

/** A drop to this share of last year's applications or less (a 90 % drop) … */
export const DROP_TO = 0.1;
/** … from at least this many applications (5 → 0 is not a signal) … */
export const DROP_MIN_BASE = 10;
/** … while the peers' median year-on-year ratio is at least this (their volume did not collapse too). */
const PEER_MEDIAN_FLOOR = 0.5;
/** All-zero tables this many years running, while at least this share of peers had applications. */
export const ZERO_YEARS = 3;
const PEER_SHARE_WITH_APPS = 0.5;
/** Fewer peers than this and no peer comparison is made. */
export const MIN_PEERS = 3;

export interface PeerGroup {
  /** Year-on-year ratios of application counts (base ≥ DROP_MIN_BASE), sorted. */
  ratios: number[];
  /** Agencies of the group with an application count, and how many of them had any. */
  withCount: number;
  withApps: number;
}

const refusals = (f: Figures) => (f.denied ?? 0) + (f.partial ?? 0) + (f.unable ?? 0) + (f.rejected ?? 0);
const allZero = (f: Figures) =>
  f.appsNew === 0 && !f.appsCarriedOver && !f.outcomeTotal && !f.reviewTotal && !f.litTotal;

function ratioOf(cur: Pick<Figures, "appsNew">, prev: Pick<Figures, "appsNew"> | undefined): number | null {
  if (!prev || prev.appsNew === null || cur.appsNew === null || prev.appsNew < DROP_MIN_BASE) return null;
  return cur.appsNew / prev.appsNew;
}

/** The peer group of an agency: its province and level. */
export function peerKey(place: { provinceCode: string | null; level: string }): string {
  return `${place.provinceCode ?? ""}|${place.level}`;
}

/** Peer groups from every agency's application count in the year and the year before. */
export function peerGroups(peers: PeerFigure[], year: number): Map<string, PeerGroup> {
  const byAgency = new Map<string, { key: string; cur?: number | null; prev?: number | null }>();
  for (const p of peers) {
    const entry = byAgency.get(p.agencyId) ?? { key: peerKey(p) };
    if (p.year === year) entry.cur = p.appsNew;
    else if (p.year === year - 1) entry.prev = p.appsNew;
    byAgency.set(p.agencyId, entry);
  }
  const groups = new Map<string, PeerGroup>();
  for (const { key, cur, prev } of byAgency.values()) {
    if (cur === undefined) continue; // no report this year: not a peer
    const g = groups.get(key) ?? { ratios: [], withCount: 0, withApps: 0 };
    const ratio = ratioOf({ appsNew: cur }, prev === undefined ? undefined : { appsNew: prev });
    if (ratio !== null) g.ratios.push(ratio);
    if (cur !== null) {
      g.withCount++;
      if (cur > 0) g.withApps++;
    }
    groups.set(key, g);
  }
  for (const g of groups.values()) g.ratios.sort((a, b) => a - b);
  return groups;
}

/** Median of a sorted list with one occurrence of `own` left out (null when `own` is null: nothing to leave out). */
export function medianWithout(sorted: number[], own: number | null): { median: number | null; count: number } {
  const skip = own === null ? -1 : sorted.indexOf(own);
  const n = sorted.length - (skip >= 0 ? 1 : 0);
  if (n <= 0) return { median: null, count: 0 };
  const at = (k: number) => sorted[skip >= 0 && k >= skip ? k + 1 : k];
  const median = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return { median, count: n };
}

const pct = (x: number) => `${x >= 0 ? "+" : "−"}${Math.round(Math.abs(x) * 100)}%`;

function dropFlag(r: ReportInput, prev: PriorReport | undefined, group: PeerGroup): string | null {
  const ratio = ratioOf(r.figures, prev?.figures);
  if (ratio === null || ratio > DROP_TO) return null;
  const peers = medianWithout(group.ratios, ratio);
  const counts = `${prev!.figures.appsNew}→${r.figures.appsNew} 件`;
  if (peers.count < MIN_PEERS)
    return `申请量较上年降 ${Math.round((1 - ratio) * 100)}%（${counts}；同级可比机关不足${MIN_PEERS}家）`;
  if (peers.median! < PEER_MEDIAN_FLOOR) return null;
  return `申请量较上年降 ${Math.round((1 - ratio) * 100)}%（${counts}；同级中位数 ${pct(peers.median! - 1)}）`;
}

function zeroFlag(r: ReportInput, earlier: (PriorReport | undefined)[], group: PeerGroup): string | null {
  if (!allZero(r.figures) || earlier.length < ZERO_YEARS - 1 || !earlier.every((p) => p && allZero(p.figures)))
    return null;
  // The agency itself (no applications) left out of the peers.
  const others = group.withCount - 1;
  if (others < MIN_PEERS || group.withApps / others < PEER_SHARE_WITH_APPS) return null;
  return `连续${ZERO_YEARS}年统计表全为零（同级 ${Math.round((group.withApps / others) * 100)}% 的机关有申请）`;
}

function correctedFlag(r: ReportInput, prev: PriorReport | undefined): string | null {
  const corrected = (r.figures.reviewCorrected ?? 0) + (r.figures.litCorrected ?? 0);
  if (corrected === 0 || refusals(r.figures) > 0 || (prev && refusals(prev.figures) > 0)) return null;
  return `复议、诉讼被纠错 ${corrected} 件，本年${prev ? "和上年" : ""}却无不予公开、部分公开、无法提供或不予处理的答复`;
}

/**
 * `earlier[0]` is the report of the year before, `earlier[1]` two years before (undefined where none). The checks:
 * a 90 % drop in applications where peers did not drop; all-zero tables three years running where most peers had
 * applications; reviews or suits decided against the agency while it refused nothing.
 */
export function plausibleMark(
  r: ReportInput,
  earlier: (PriorReport | undefined)[],
  group: PeerGroup | undefined,
): Mark {
  group ??= { ratios: [], withCount: 0, withApps: 0 };
  const flags = [dropFlag(r, earlier[0], group), zeroFlag(r, earlier, group), correctedFlag(r, earlier[0])].filter(
    (f): f is string => f !== null,
  );
  return flags.length ? { value: 0, text: flags.join("；") } : { value: 1, text: "未见异常" };
}
