/**
 * The core metrics every family fills (REPORT-FORMATS.md "Core metrics"), as stored in `report_facts` and
 * pre-aggregated in `agg_region_year`. One list, used by ingest (to fill the columns), queries (to sum them)
 * and the UI (labels). `column` is the SQL column name in both tables. Labels that restate a template row or
 * applicant column are read from lib/template/modern.ts.
 */
import { APPLICANTS, SECTION3 } from "./template/modern";

const applicant = (key: string): string => APPLICANTS.find((a) => a.key === key)!.label;
const outcome = (key: string): string => SECTION3["2021"].find((r) => r.key === key)!.label;

export interface CoreMetric {
  /** Canonical key (REPORT-FORMATS.md) – also the public `metric` URL value. */
  key: string;
  column: string;
  label: string;
  group: "apps" | "outcome" | "applicant" | "review" | "litigation";
}

export const CORE_METRICS = [
  { key: "apps.new.total", column: "apps_new", label: "本年新收申请", group: "apps" },
  { key: "apps.carried_over.total", column: "apps_carried_over", label: "上年结转", group: "apps" },
  { key: "apps.carried_forward.total", column: "apps_carried_forward", label: "结转下年度", group: "apps" },
  { key: "outcome.total.total", column: "outcome_total", label: "办理结果总计", group: "outcome" },
  { key: "outcome.granted.total", column: "granted", label: outcome("outcome.granted"), group: "outcome" },
  { key: "outcome.partial.total", column: "partial", label: outcome("outcome.partial"), group: "outcome" },
  { key: "outcome.denied.total", column: "denied", label: outcome("outcome.denied"), group: "outcome" },
  { key: "outcome.unable.total", column: "unable", label: outcome("outcome.unable"), group: "outcome" },
  { key: "outcome.rejected.total", column: "rejected", label: outcome("outcome.rejected"), group: "outcome" },
  { key: "outcome.other.total", column: "other_handling", label: outcome("outcome.other"), group: "outcome" },
  {
    key: "apps.new.natural_person",
    column: "app_natural_person",
    label: applicant("natural_person"),
    group: "applicant",
  },
  { key: "apps.new.commercial", column: "app_commercial", label: applicant("commercial"), group: "applicant" },
  { key: "apps.new.research", column: "app_research", label: applicant("research"), group: "applicant" },
  {
    key: "apps.new.public_interest",
    column: "app_public_interest",
    label: applicant("public_interest"),
    group: "applicant",
  },
  { key: "apps.new.legal_service", column: "app_legal_service", label: applicant("legal_service"), group: "applicant" },
  { key: "apps.new.other_org", column: "app_other_org", label: "其他组织", group: "applicant" },
  { key: "review.total", column: "review_total", label: "行政复议总计", group: "review" },
  { key: "review.upheld", column: "review_upheld", label: "复议维持", group: "review" },
  { key: "review.corrected", column: "review_corrected", label: "复议纠正", group: "review" },
  { key: "review.other", column: "review_other", label: "复议其他结果", group: "review" },
  { key: "review.pending", column: "review_pending", label: "复议尚未审结", group: "review" },
  { key: "litigation.total", column: "lit_total", label: "行政诉讼总计", group: "litigation" },
  { key: "litigation.upheld", column: "lit_upheld", label: "诉讼维持", group: "litigation" },
  { key: "litigation.corrected", column: "lit_corrected", label: "诉讼纠正", group: "litigation" },
  { key: "litigation.other", column: "lit_other", label: "诉讼其他结果", group: "litigation" },
  { key: "litigation.pending", column: "lit_pending", label: "诉讼尚未审结", group: "litigation" },
] as const satisfies readonly CoreMetric[];

export type CoreMetricColumn = (typeof CORE_METRICS)[number]["column"];

/** The core columns in CORE_METRICS order: report_facts, agg_region_year and their history tables (db/schema.ts). */
export const METRIC_COLUMNS: readonly CoreMetricColumn[] = CORE_METRICS.map((m) => m.column);

/** Derived rates: numerator and denominator are sums of core columns, never averages of rates (lib/rate-formula.ts). */
export interface RateMetric {
  key: string;
  label: string;
  numerator: readonly CoreMetricColumn[];
  /** Columns added, then `minus` columns subtracted. */
  denominator: readonly CoreMetricColumn[];
  minus?: readonly CoreMetricColumn[];
}

export const RATE_METRICS = [
  { key: "rate.grant", label: "实质公开率", numerator: ["granted", "partial"], denominator: ["outcome_total"] },
  { key: "rate.denial", label: "不予公开率", numerator: ["denied"], denominator: ["outcome_total"] },
  {
    key: "rate.review_correction",
    label: "复议纠错率",
    numerator: ["review_corrected"],
    denominator: ["review_total"],
    minus: ["review_pending"],
  },
  {
    key: "rate.litigation_loss",
    label: "诉讼败诉率",
    numerator: ["lit_corrected"],
    denominator: ["lit_total"],
    minus: ["lit_pending"],
  },
] as const satisfies readonly RateMetric[];

/** Below this many cases a rate is shown greyed with its counts. */
export const MIN_RATE_DENOMINATOR = 10;

/** The metric a view shows when the link names none, an invalid one, or one the view cannot sum (summableMetric). */
export const DEFAULT_METRIC = "apps.new.total";

/**
 * Per-year totals of a selection, as the queries return them: every core column (null: no figure), reports, failing.
 */
export type Totals = { year: number; reports: number; failing: number } & Record<CoreMetricColumn, number | null>;

export const CORE_BY_KEY = new Map<string, CoreMetric>(CORE_METRICS.map((m) => [m.key, m]));
export const RATE_BY_KEY = new Map<string, RateMetric>(RATE_METRICS.map((m) => [m.key, m]));
