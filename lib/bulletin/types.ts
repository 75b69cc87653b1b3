/** Shapes shared by the bulletin's reader, composer and writer (types and constants only). */
import type { Totals } from "@/lib/charts/rates";
import type { Scorecard } from "@/lib/scorecard/types";

export interface RuleFailures {
  rule: string;
  /** Active reports of the year failing the rule. */
  reports: number;
  /** The first page of them (agency names), newest first. */
  agencies: { name: string; publicId: string }[];
}

/** Which bulletin (GET /api/export/bulletin's parameters): a region, a year (null: the latest), maybe pinned. */
export interface BulletinRequest {
  region: string;
  year: number | null;
  /** A pinned release (`rel`); null or absent: current data. */
  rel?: number | null;
}

export interface BulletinData {
  region: string;
  /** 浙江省温州市, or 全国. */
  place: string;
  /** The bulletin's year: the one asked for, else the latest with data; null when the database has none. */
  year: number | null;
  /** Totals per year of the region up to the bulletin's year (charts and year-on-year change). */
  totals: Totals[];
  rules: RuleFailures[];
  scorecard: Scorecard | null;
  /** The release it is pinned to (`rel`): every figure as of that release, and its permalinks carry it. */
  rel?: number | null;
}

/** A bulletin with a year and a scorecard: what each section is written from. */
export type SectionData = BulletinData & { year: number; scorecard: Scorecard };

export interface ComposeOptions {
  /** The request's origin (https://host), for absolute permalinks. */
  origin: string;
  /** Chinese name of a consistency rule (R1 → 收支平衡…). */
  ruleLabel: (rule: string) => string;
  /** YYYY-MM-DD printed under the title. */
  date: string;
}

/** Charts span the text width of an A4 page with the official margins (156 mm ≈ 590 px at 96 dpi); PNGs at 2×. */
export const CHART_WIDTH = 580;
