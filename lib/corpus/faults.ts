/**
 * Real-world faults put into a chosen share of reports: a total that does not add up, a broken
 * carry-over chain, a missing year, blank cells, a narrative figure that contradicts the table.
 * Each is declared in the truth so checks can be scored against it.
 */
import type { Family } from "@/lib/parser/types";
import type { Values } from "./figures";
import { APPLICANTS } from "./labels";
import type { Rng } from "./random";
import type { Fault } from "./types";

export type FaultKind = Fault["kind"];

/** Faults a document of this family and position can carry. */
export function applicableFaults(family: Family, hasPrevModern: boolean, canSkip: boolean): FaultKind[] {
  const kinds: FaultKind[] = ["totals", "blank", "narrative"];
  if (family !== "legacy" && hasPrevModern) kinds.push("chain");
  if (canSkip) kinds.push("missing_year");
  return kinds;
}

const TOTAL_KEYS: Record<Family, string[]> = {
  "2021": [
    "apps.new.total",
    "outcome.total.total",
    "outcome.granted.total",
    "apps.carried_forward.total",
    "review.total",
  ],
  "2019": [
    "apps.new.total",
    "outcome.total.total",
    "outcome.granted.total",
    "apps.carried_forward.total",
    "review.total",
  ],
  legacy: ["legacy.answers.total", "legacy.review.total", "legacy.litigation.total"],
};

export function breakTotal(values: Values, family: Family, rng: Rng): Fault {
  const key = rng.pick(TOTAL_KEYS[family]);
  const delta = rng.pick([1, 1, 2, 3, 10]);
  const before = values[key];
  values[key] = before >= delta && rng.chance(0.5) ? before - delta : before + delta;
  return { kind: "totals", keys: [key], message: `${key} printed ${values[key]}, its parts sum to ${before}` };
}

/** A carry-over that differs from last year's carry-forward (shifted on one applicant column). */
export function breakChain(carried: number[], rng: Rng): { carried: number[]; fault: Fault } {
  const out = [...carried];
  const col = rng.chance(0.7) ? 0 : rng.int(1, 5);
  const delta = out[col] > 0 && rng.chance(0.5) ? -rng.int(1, out[col]) : rng.int(1, 4);
  out[col] += delta;
  const key = `apps.carried_over.${APPLICANTS[col]}`;
  return {
    carried: out,
    fault: {
      kind: "chain",
      keys: [key, "apps.carried_over.total"],
      message: `carry-over differs from last year's carry-forward by ${delta}`,
    },
  };
}

/** Keys whose cells the template prints (derived group sums are not printed, so never blanked). */
function printedZeroKeys(values: Values, family: Family): string[] {
  const groupSum = /^outcome\.(denied|unable|rejected|other)\.[a-z_]+$/;
  return Object.keys(values).filter((k) => {
    if (values[k] !== 0) return false;
    if (family === "legacy") return k.startsWith("legacy.");
    if (k.startsWith("active.") || k.startsWith("litigation.")) return false;
    // 2019 prints (六)其他处理 as a row of its own; 2021 derives it from three sub-items.
    return !groupSum.test(k) || (family === "2019" && k.startsWith("outcome.other."));
  });
}

/** Leaves some zero cells blank, as many real reports do; blank is absent in the values, not 0. */
export function blankCells(values: Values, family: Family, rng: Rng): Fault | null {
  const zeros = printedZeroKeys(values, family);
  if (zeros.length === 0) return null;
  const keys = new Set<string>();
  const n = rng.int(1, Math.min(6, zeros.length));
  while (keys.size < n) keys.add(rng.pick(zeros));
  for (const k of keys) delete values[k];
  return { kind: "blank", keys: [...keys].sort(), message: `${keys.size} cells printed blank` };
}

export function narrativeMismatch(stated: number, rng: Rng): { stated: number; fault: Fault } {
  const next = stated + rng.pick([1, 2, 5, 10]) * (stated > 10 && rng.chance(0.5) ? -1 : 1);
  return {
    stated: next,
    fault: { kind: "narrative", keys: ["apps.new.total"], message: `text says ${next} applications, table ${stated}` },
  };
}
