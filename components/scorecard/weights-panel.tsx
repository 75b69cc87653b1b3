"use client";
/** The scorecard's weights: one select per indicator (0–100 in steps of 5); every change is a new URL (`w`). */
import Link from "next/link";
import { useId } from "react";
import { useUrlState } from "@/components/filters/use-url-state";
import { buildHref } from "@/lib/url-state";
import {
  DEFAULT_WEIGHTS,
  INDICATOR_LABELS,
  INDICATORS,
  MAX_WEIGHT,
  sameWeights,
  type Indicator,
} from "@/lib/scorecard/weights";

const STEPS = Array.from({ length: MAX_WEIGHT / 5 + 1 }, (_, i) => i * 5);

function WeightSelect({
  indicator,
  value,
  onChange,
}: {
  indicator: Indicator;
  value: number;
  onChange: (v: number) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-slate-600">
        {INDICATOR_LABELS[indicator]}
      </label>
      <select
        id={id}
        className="field w-20"
        value={value}
        data-testid={`weight-${indicator}`}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {STEPS.includes(value) ? null : <option value={value}>{value}</option>}
        {STEPS.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}

export function WeightsPanel() {
  const { state, navigate, pending, pathname } = useUrlState();
  const w = state.w;
  const total = INDICATORS.reduce((s, k) => s + w[k], 0);
  return (
    <form
      className="card flex flex-col gap-2"
      aria-label="评分权重"
      aria-busy={pending}
      data-testid="weights-panel"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-wrap items-end gap-3">
        <fieldset className="flex flex-wrap items-end gap-2">
          <legend className="mb-1 text-sm font-semibold">权重（分）</legend>
          {INDICATORS.map((k) => (
            <WeightSelect key={k} indicator={k} value={w[k]} onChange={(v) => navigate({ w: { ...w, [k]: v } })} />
          ))}
        </fieldset>
        {sameWeights(w, DEFAULT_WEIGHTS) ? null : (
          <Link
            className="btn"
            href={buildHref(pathname, state, { w: DEFAULT_WEIGHTS })}
            scroll={false}
            data-testid="weights-reset"
          >
            恢复默认权重
          </Link>
        )}
      </div>
      <p className="text-xs text-slate-600">
        合计 {total} 分。得分 =
        适用指标的加权平均（0–100）：某项不适用（如无上年报告、未注明发布日期）时，其权重不计入分母；缺报为 0 分。
        权重全为 0 时按默认权重计算。
      </p>
    </form>
  );
}
