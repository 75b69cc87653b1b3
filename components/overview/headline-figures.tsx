/** The four headline figures of the selection with the change against the year before. */
import type { Headline } from "@/lib/charts/headline";
import { formatYear } from "@/lib/format";

const TEST_IDS: Record<string, string> = {
  "apps.new.total": "headline-apps",
  "rate.grant": "headline-grant-rate",
  "rate.review_correction": "headline-review-rate",
  "rate.litigation_loss": "headline-litigation-rate",
};

export function HeadlineFigures({ headlines }: { headlines: Headline[] }) {
  if (!headlines.length) return null;
  return (
    <section
      aria-label={`${formatYear(headlines[0].year)}主要指标`}
      className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4"
      data-testid="overview-headline"
    >
      {headlines.map((h) => (
        <div key={h.key} className="card" data-testid={TEST_IDS[h.key]}>
          <div className="text-xs text-slate-600">
            {formatYear(h.year)} {h.label}
          </div>
          <div
            className={`mt-1 text-2xl font-semibold tabular-nums ${h.small ? "muted-rate" : ""}`}
            title={h.small ? "案件不足10件，比率仅供参考" : undefined}
          >
            {h.text}
          </div>
          <div className="mt-1 text-xs text-slate-500 tabular-nums">
            {h.detail}
            {h.small && h.text !== "—" ? "（不足10件）" : ""}
          </div>
          <div className="mt-0.5 text-xs tabular-nums text-slate-600">较上年：{h.change ?? "—"}</div>
        </div>
      ))}
    </section>
  );
}
