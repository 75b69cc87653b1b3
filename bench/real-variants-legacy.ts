/**
 * A legacy (2008–2018 form) real sample with other figures, printed the way that sample prints its own: the same
 * unit glue (`条26` / `条 26`), the same ordinal glued after a run (`条26262、` = 26 | 26 then item 2), the same column
 * count (本年 only, or 本年 | 历年累计). Rows are found by the template's own labels (lib/template/legacy.ts), never
 * by the parser. The figures keep the table's sums: 收到申请数 = its channels, 答复总数 = its answer kinds and at most
 * the applications, 主动公开 = its channels, 复议/诉讼 = 维持 + 纠错 + 其他; the cumulative column is this year plus
 * an earlier years' table that keeps the same sums (so it is never smaller). Used by bench/real-variants.ts.
 */
import type { Rng } from "@/lib/corpus/random";
import { LEGACY_CORE_MAP, LEGACY_LABELS } from "@/lib/template/legacy";
import { applyEdits } from "./real-variants-tables";

/** A printed row: its key, and text[start, end) holding its cells (digits and whitespace). */
interface LegacyRun {
  key: string | null;
  start: number;
  end: number;
}

/** Label (spaces removed) → key, for labels that name one key whatever the heading. */
const BY_LABEL = (() => {
  const seen = new Map<string, Set<string>>();
  for (const l of LEGACY_LABELS)
    for (const w of l.labels) seen.set(w, (seen.get(w) ?? new Set()).add(l.key.replace(/\.heading$/, "")));
  return new Map([...seen].filter(([, keys]) => keys.size === 1).map(([w, keys]) => [w, [...keys][0]]));
})();

/** A run after a count unit: digits and spaces, less an item number glued to its end (`…2、`, `… 4.`). */
const ROW = /([^\d\s]{2,60}?)\s*[条件]([\d \t\u00a0\u3000]*\d)/g;

function findRuns(text: string): LegacyRun[] {
  const out: LegacyRun[] = [];
  for (const m of text.matchAll(ROW)) {
    let run = m[2];
    const after = text.slice(m.index + m[0].length);
    if (/^\s*[、.．]\s*[^\d\s]/.test(after)) run = run.replace(/\s*\d$/, "");
    if (!/\d/.test(run)) continue;
    const label = m[1].replace(/\s/g, "");
    // The longest tail of the text before the unit that is a label (header words may run into the first one).
    const tail = [...label].map((_, i) => label.slice(i)).find((t) => BY_LABEL.has(t));
    const start = m.index + m[0].length - m[2].length;
    out.push({ key: tail ? (BY_LABEL.get(tail) as string) : null, start, end: start + run.length });
  }
  return out;
}

/** A count as other agencies print them: often 0, mostly small, now and then in the hundreds. */
function count(rng: Rng): number {
  const r = rng.next();
  if (r < 0.25) return 0;
  if (r < 0.55) return rng.int(1, 9);
  if (r < 0.85) return rng.int(10, 99);
  return rng.int(100, 999);
}

function split(rng: Rng, n: number, parts: number): number[] {
  const out = Array.from({ length: parts }, () => 0);
  let left = n;
  while (left > 0 && parts > 0) {
    const take = rng.chance(0.5) ? left : rng.int(1, left);
    out[rng.int(0, parts - 1)] += take;
    left -= take;
  }
  return out;
}

const GROUPS: [string, RegExp][] = [
  ["legacy.active.total", /^legacy\.active\.(website|gazette|weibo|wechat|other_channels)$/],
  ["legacy.apps.received", /^legacy\.apps\.received\./],
  ["legacy.answers.total", /^legacy\.answers\.(?!total)/],
  ["legacy.review.total", /^legacy\.review\.(?!total)/],
  ["legacy.litigation.total", /^legacy\.litigation\.(?!total)/],
];

/** One column's figures for the printed keys, keeping every group's sum and answers ≤ applications. */
function column(rng: Rng, keys: string[]): Record<string, number> {
  const v: Record<string, number> = {};
  const has = (k: string) => keys.includes(k);
  for (const [total, part] of GROUPS) {
    const parts = keys.filter((k) => part.test(k));
    let n = count(rng);
    if (total === "legacy.answers.total" && has("legacy.apps.received")) {
      const received = v["legacy.apps.received"];
      n = received - (rng.chance(0.7) ? 0 : rng.int(0, received));
    }
    if (has(total) || parts.length) {
      const shares = split(rng, n, parts.length);
      parts.forEach((k, i) => {
        v[k] = shares[i];
      });
      v[total] = parts.length ? shares.reduce((a, b) => a + b, 0) : n;
    }
  }
  for (const k of keys) v[k] ??= count(rng);
  return v;
}

export interface LegacyRenumbered {
  text: string;
  truth: Record<string, number>;
}

/** New figures for every legacy row the template names, or null where the sample prints no such table. */
export function renumberLegacy(rng: Rng, text: string): LegacyRenumbered | null {
  const runs = findRuns(text);
  const known = runs.filter((r) => r.key);
  if (known.length < 4) return null;
  // Two columns where the table's header names the cumulative one before its first row.
  const before = text.slice(Math.max(0, known[0].start - 80), known[0].start);
  const cells = /累计/.test(before) ? 2 : 1;
  const keys = [...new Set(known.map((r) => r.key as string))];
  const year = column(rng, keys);
  const earlier = rng.chance(0.3) ? Object.fromEntries(keys.map((k) => [k, 0])) : column(rng, keys);
  const edits = known.map((r) => {
    const raw = text.slice(r.start, r.end);
    const lead = /^\s*/.exec(raw)?.[0] ?? "";
    const trail = /\s*$/.exec(raw.slice(lead.length))?.[0] ?? "";
    const gaps = raw.slice(lead.length, raw.length - trail.length).match(/\s+/g) ?? [];
    const sep = gaps.length === cells - 1 && cells > 1 ? gaps[0] : "";
    const k = r.key as string;
    const printed = cells === 1 ? [year[k]] : [year[k], year[k] + earlier[k]];
    return { start: r.start, end: r.end, text: lead + printed.join(sep) + trail };
  });
  const truth: Record<string, number> = {};
  for (const k of keys) truth[k] = year[k];
  for (const [core, parts] of LEGACY_CORE_MAP) {
    const printed = parts.filter((p) => p in truth);
    if (printed.length) truth[core] = printed.reduce((s, p) => s + truth[p], 0);
  }
  return { text: applyEdits(text, edits), truth };
}
