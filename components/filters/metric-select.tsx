"use client";
/**
 * Chooses the `metric` URL parameter: a core metric or rate (lib/metrics.ts) and, where the view reads
 * chosen agencies (`allKeys`), every canonical §三/§四 key grouped by its template row (lib/value-metrics.ts).
 */
import { useId } from "react";
import { CORE_METRICS, RATE_METRICS } from "@/lib/metrics";
import { isLegacyKey, summableMetric, valueMetricGroups, valueMetricLabel } from "@/lib/value-metrics";
import { useUrlState } from "./use-url-state";

const GROUPS = [
  { label: "比率", items: RATE_METRICS.map((m) => ({ key: m.key, label: m.label })) },
  { label: "申请与结果", items: CORE_METRICS.filter((m) => m.group === "apps" || m.group === "outcome") },
  { label: "申请人", items: CORE_METRICS.filter((m) => m.group === "applicant") },
  { label: "复议与诉讼", items: CORE_METRICS.filter((m) => m.group === "review" || m.group === "litigation") },
];

const VALUE_GROUPS = valueMetricGroups().map((g) => ({ label: `明细：${g.label}`, items: g.items }));

export function MetricSelect({ testId = "metric-select", allKeys = false }: { testId?: string; allKeys?: boolean }) {
  const { state, navigate } = useUrlState();
  const id = useId();
  // A view that cannot show a detail key draws the default metric instead; the selector says the same.
  const value = allKeys ? state.metric : summableMetric(state.metric);
  const groups = allKeys
    ? [
        ...GROUPS,
        ...VALUE_GROUPS,
        // A legacy.* key from a link has no fixed list: keep it selectable as it is.
        ...(isLegacyKey(state.metric)
          ? [{ label: "旧模板统计项", items: [{ key: state.metric, label: valueMetricLabel(state.metric)! }] }]
          : []),
      ]
    : GROUPS;
  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={id} className="text-xs text-slate-600">
        指标
      </label>
      <select
        id={id}
        className="field max-w-[min(26rem,70vw)]"
        value={value}
        data-testid={testId}
        onChange={(e) => navigate({ metric: e.target.value })}
      >
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.items.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}
