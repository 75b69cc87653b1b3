/**
 * Score, rank and rank sensitivity. The score is the weighted mean of the indicators that apply to the agency
 * (weights of indicators that do not apply are left out of the denominator), on 0–100; a missing report scores 0.
 * Sensitivity: every weight is moved by ±10 points alone (floored at 0), the ranking is redone, and each agency's
 * largest move is kept, so a ranking that rests on one arbitrary weight says so.
 */
import { INDICATORS, MAX_WEIGHT, type Indicator, type Weights } from "./weights";

export const WEIGHT_STEP = 10;
/** 敏感 when the rank moves by more than max(MIN_SHIFT, SHIFT_SHARE of the ranked agencies) places. */
export const MIN_SHIFT = 3;
export const SHIFT_SHARE = 0.05;

export interface Scorable {
  /** Indicator values 0–1, null where not applicable. */
  values: Record<Indicator, number | null>;
  /** A missing report: score 0 whatever the weights. */
  missing: boolean;
}

export function scoreOf(item: Scorable, w: Weights): number | null {
  if (item.missing) return 0;
  let sum = 0;
  let weight = 0;
  for (const k of INDICATORS) {
    const v = item.values[k];
    if (v === null || w[k] === 0) continue;
    sum += w[k] * v;
    weight += w[k];
  }
  // Rounded to 0.01 so that float noise never splits a tie.
  return weight === 0 ? null : Math.round((sum / weight) * 10_000) / 100;
}

/** Competition ranks (1, 2, 2, 4) by score, highest first; null scores are unranked. */
export function ranksOf(scores: (number | null)[]): (number | null)[] {
  const sorted = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  sorted.forEach((s, i) => {
    if (!firstAt.has(s)) firstAt.set(s, i + 1);
  });
  return scores.map((s) => (s === null ? null : firstAt.get(s)!));
}

export function shiftThreshold(ranked: number): number {
  return Math.max(MIN_SHIFT, Math.ceil(ranked * SHIFT_SHARE));
}

/** The weights one step away from `w`: each indicator ±WEIGHT_STEP, within 0–MAX_WEIGHT, never all zero. */
export function perturbations(w: Weights): { indicator: Indicator; delta: number; weights: Weights }[] {
  const out: { indicator: Indicator; delta: number; weights: Weights }[] = [];
  for (const indicator of INDICATORS) {
    for (const delta of [WEIGHT_STEP, -WEIGHT_STEP]) {
      const value = Math.min(MAX_WEIGHT, Math.max(0, w[indicator] + delta));
      if (value === w[indicator]) continue;
      const weights = { ...w, [indicator]: value };
      if (INDICATORS.some((k) => weights[k] > 0)) out.push({ indicator, delta: value - w[indicator], weights });
    }
  }
  return out;
}

export interface Ranked {
  score: number | null;
  rank: number | null;
  shift: number;
  shiftBy: { indicator: Indicator; delta: number } | null;
}

/** Scores, ranks and each item's largest rank move under one weight change. */
export function rankWithSensitivity(items: Scorable[], w: Weights): Ranked[] {
  const scores = items.map((it) => scoreOf(it, w));
  const ranks = ranksOf(scores);
  const out: Ranked[] = scores.map((score, i) => ({ score, rank: ranks[i], shift: 0, shiftBy: null }));
  for (const p of perturbations(w)) {
    const moved = ranksOf(items.map((it) => scoreOf(it, p.weights)));
    moved.forEach((rank, i) => {
      const base = out[i].rank;
      if (rank === null || base === null) return;
      const shift = Math.abs(rank - base);
      if (shift > out[i].shift) {
        out[i].shift = shift;
        out[i].shiftBy = { indicator: p.indicator, delta: p.delta };
      }
    });
  }
  return out;
}
