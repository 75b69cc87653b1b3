/** The headline figures of a selection: the latest year's value and its change against the year before. */
import { formatChange, formatCount, formatFull, rateView } from "@/lib/format";
import { RATE_BY_KEY } from "@/lib/metrics";
import { metricOf, type Totals } from "./rates";

export interface Headline {
  key: string;
  label: string;
  /** Big text: 1.2万 or 45.2%. */
  text: string;
  /** Full value / counts behind a rate. */
  detail: string;
  /** A rate over fewer than 10 cases (greyed). */
  small: boolean;
  change: string | null;
  year: number;
}

const HEADLINE_METRICS = ["apps.new.total", "rate.grant", "rate.review_correction", "rate.litigation_loss"] as const;

const LABELS: Record<(typeof HEADLINE_METRICS)[number], string> = {
  "apps.new.total": "本年新收申请",
  "rate.grant": "实质公开率",
  "rate.review_correction": "复议纠错率",
  "rate.litigation_loss": "诉讼败诉率",
};

/** Headlines for `year` (default: the latest year in rows); empty when rows are empty. */
export function buildHeadlines(rows: Totals[], year?: number): Headline[] {
  if (!rows.length) return [];
  const latest = year ?? Math.max(...rows.map((r) => r.year));
  const current = rows.find((r) => r.year === latest);
  const previous = rows.find((r) => r.year === latest - 1);
  return HEADLINE_METRICS.map((key) => {
    const now = current ? metricOf(current, key) : { value: null, num: null, den: null };
    const before = previous ? metricOf(previous, key) : null;
    if (!RATE_BY_KEY.has(key)) {
      return {
        key,
        label: LABELS[key],
        year: latest,
        small: false,
        text: formatCount(now.value),
        detail: `${formatFull(now.value)} 件`,
        change: formatChange(now.value, before?.value ?? null, "count"),
      };
    }
    const view = rateView(now.num, now.den);
    const change =
      view.small || !before || rateView(before.num, before.den).small
        ? null
        : formatChange(view.value, before.value, "rate");
    return {
      key,
      label: LABELS[key],
      year: latest,
      small: view.small,
      text: view.text,
      detail: view.denominator ? `${view.counts} 件` : "无案件",
      change,
    };
  });
}
