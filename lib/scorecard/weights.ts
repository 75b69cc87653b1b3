/**
 * The scorecard's indicators and their weights, and the `w` URL parameter that carries them
 * (`w=timely:30~complete:20~consistent:20~chained:10~original:10~plausible:10`). Pure; lib/url-state.ts reads it.
 */

export const INDICATORS = ["timely", "complete", "consistent", "chained", "original", "plausible"] as const;
export type Indicator = (typeof INDICATORS)[number];
export type Weights = Readonly<Record<Indicator, number>>;

export const DEFAULT_WEIGHTS: Weights = {
  timely: 30,
  complete: 20,
  consistent: 20,
  chained: 10,
  original: 10,
  plausible: 10,
};
export const MAX_WEIGHT = 100;

export const INDICATOR_LABELS: Record<Indicator, string> = {
  timely: "按时发布",
  complete: "表格完整",
  consistent: "数据勾稽",
  chained: "年度衔接",
  original: "表述原创",
  plausible: "数据合理",
};

const PART = /^([a-z]+):(\d{1,3})$/;

/**
 * `timely:30~complete:20…` → weights, or null when any part is malformed, names an unknown or repeated indicator,
 * is above MAX_WEIGHT, or every weight ends up 0. Indicators not named keep their default weight.
 */
export function parseWeights(raw: string): Weights | null {
  if (!raw || raw.length > 200) return null;
  const out: Record<Indicator, number> = { ...DEFAULT_WEIGHTS };
  const seen = new Set<string>();
  for (const part of raw.split("~")) {
    const m = PART.exec(part);
    if (!m || seen.has(m[1]) || !(INDICATORS as readonly string[]).includes(m[1])) return null;
    const value = Number(m[2]);
    if (value > MAX_WEIGHT) return null;
    seen.add(m[1]);
    out[m[1] as Indicator] = value;
  }
  return INDICATORS.some((k) => out[k] > 0) ? out : null;
}

/** Every indicator in a fixed order, so equal weights give equal links. */
export function formatWeights(w: Weights): string {
  return INDICATORS.map((k) => `${k}:${w[k]}`).join("~");
}

export function sameWeights(a: Weights, b: Weights): boolean {
  return INDICATORS.every((k) => a[k] === b[k]);
}

/** "按时发布 30 · 表格完整 20 …" for headers and notes. */
export function describeWeights(w: Weights): string {
  return INDICATORS.map((k) => `${INDICATOR_LABELS[k]} ${w[k]}`).join(" · ");
}
