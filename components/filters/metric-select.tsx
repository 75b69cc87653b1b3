"use client";
/** Chooses the `metric` URL parameter: any canonical core metric or rate (lib/metrics.ts). */
import { useId } from "react";
import { CORE_METRICS, RATE_METRICS } from "@/lib/metrics";
import { useUrlState } from "./use-url-state";

const GROUPS = [
  { label: "比率", items: RATE_METRICS.map((m) => ({ key: m.key, label: m.label })) },
  { label: "申请与结果", items: CORE_METRICS.filter((m) => m.group === "apps" || m.group === "outcome") },
  { label: "申请人", items: CORE_METRICS.filter((m) => m.group === "applicant") },
  { label: "复议与诉讼", items: CORE_METRICS.filter((m) => m.group === "review" || m.group === "litigation") },
];

export function MetricSelect({ testId = "metric-select" }: { testId?: string }) {
  const { state, navigate } = useUrlState();
  const id = useId();
  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={id} className="text-xs text-slate-600">指标</label>
      <select id={id} className="field max-w-48" value={state.metric} data-testid={testId}
        onChange={(e) => navigate({ metric: e.target.value })}>
        {GROUPS.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.items.map((m) => (
              <option key={m.key} value={m.key}>{m.label}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}
