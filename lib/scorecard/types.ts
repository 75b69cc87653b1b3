/**
 * What the scorecard reads (lib/queries/scorecard.ts fills these) and what it gives out. Pure types: the scoring in
 * lib/scorecard imports nothing from the data layer, and the data layer only these shapes from here.
 */
import type { Indicator, Weights } from "./weights";

/** The core figures the plausibility checks look at (report_facts columns; null = not printed). */
export interface Figures {
  appsNew: number | null;
  appsCarriedOver: number | null;
  appsCarriedForward: number | null;
  outcomeTotal: number | null;
  denied: number | null;
  partial: number | null;
  unable: number | null;
  rejected: number | null;
  reviewTotal: number | null;
  reviewCorrected: number | null;
  litTotal: number | null;
  litCorrected: number | null;
}

export interface AgencyPlace {
  agencyId: string;
  agencyName: string;
  level: string;
  kind: string;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
}

/** The active report of an agency in the scorecard's year, with what its indicators need. */
export interface ReportInput extends AgencyPlace {
  reportId: number;
  publicId: string;
  year: number;
  family: string;
  /** The 发布日期 the report states (YYYY-MM-DD), or null. */
  published: string | null;
  /** Collected reports: the 发布日期 of the web page, and when Nianbao first saw the bytes (lib/timeliness). */
  pagePublished?: string | null;
  firstSeenAt?: string | null;
  figures: Figures;
  /** Required cells (lib/validate/rules.ts REQUIRED_CELLS of its family) printed with a value. */
  requiredPresent: number;
  requiredTotal: number;
  /** Rules with an error finding, R5 left out (it is the chain indicator). */
  errorRules: string[];
  /** R5 error findings: 上年结转 differs from last year's 结转下年度. */
  chainErrors: number;
}

/** An earlier active report of an agency in scope (the two years before the scorecard's year). */
export interface PriorReport {
  agencyId: string;
  year: number;
  publicId: string;
  figures: Figures;
}

/** One agency's application count in one year, for the peer comparisons (every agency of the provinces in scope). */
export interface PeerFigure {
  agencyId: string;
  provinceCode: string | null;
  level: string;
  year: number;
  appsNew: number | null;
}

/**
 * An agency that owes the year's report and has none once the deadline passed (lib/timeliness, as /quality counts
 * 未发布): it published before, or a collect list names it and it never published (`neverPublished`).
 */
export interface MissingAgency extends AgencyPlace {
  neverPublished: boolean;
}

/** The narrative check of one report: its most similar other text, when one reaches the threshold. */
export interface NarrativeCheck {
  reportId: number;
  /** short: once the sentences most reports share are left out, too little text is left to judge. */
  status: "checked" | "short";
  similarity: number | null;
  twin: { publicId: string; agencyId: string; agencyName: string; year: number } | null;
}

export interface ScorecardInput {
  region: string;
  year: number;
  reports: ReportInput[];
  prior: PriorReport[];
  missing: MissingAgency[];
  narratives: NarrativeCheck[];
  /** The year's and the previous year's application counts of every agency in the provinces of the scope. */
  peers: PeerFigure[];
  /** Names of the scope's sub-regions, by code. */
  regionNames: Record<string, string>;
}

/** One indicator of one agency: value 0–1, or null when it does not apply (not scored). */
export interface Mark {
  value: number | null;
  /** Short Chinese text for the table cell ("逾期 12 天", "缺 3 项"). */
  text: string;
  /** A link target when the mark names another report (the narrative twin). */
  twin?: NarrativeCheck["twin"];
}

export interface ScoredAgency extends AgencyPlace {
  status: "published" | "missing";
  /** Missing, and no report of any year: an agency known only from a collect list (ranked with the missing). */
  neverPublished: boolean;
  publicId: string | null;
  published: string | null;
  marks: Record<Indicator, Mark>;
  /** 0–100; missing reports score 0; null when no weighted indicator applies. */
  score: number | null;
  /** Competition rank (ties share a rank: 1, 2, 2, 4); null when unscored. */
  rank: number | null;
  /** The largest rank change under any one weight ±10 points, and which change caused it. */
  shift: number;
  shiftBy: { indicator: Indicator; delta: number } | null;
  sensitive: boolean;
}

export interface RegionRollup {
  code: string;
  name: string;
  agencies: number;
  published: number;
  missing: number;
  /** Per indicator: agencies it applies to, and the mean value among them (0–1). */
  rates: Record<Indicator, { applicable: number; mean: number | null }>;
  meanScore: number | null;
}

export interface Scorecard {
  region: string;
  year: number;
  weights: Weights;
  /** A rank that moves by more than this many places under a ±10 change is 敏感. */
  threshold: number;
  agencies: ScoredAgency[];
  regions: RegionRollup[];
}
