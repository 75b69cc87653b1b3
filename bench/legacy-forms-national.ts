/**
 * The national 统计表 (LEGACY_FORM, lib/template/legacy.ts) flattened onto one line the way a page prints it:
 * item numbers, label, unit and values glued ("(一)收到申请数件2330 1.当面申请数件412…"), headings printed with
 * "——". Figures obey every LEGACY_SUM_RULES sum in each value column. Used by bench/legacy-forms-gen.ts.
 */
import type { Rng } from "@/lib/corpus/random";
import { LEGACY_FORM, LEGACY_PART_OF, LEGACY_SUM_RULES } from "@/lib/template/legacy";

export interface NationalTable {
  text: string;
  /** This year's figure of every printed keyed row. */
  current: Record<string, number>;
}

const AMOUNTS = /amount_wan$/;

/** Column figures for every keyed row: parts first, then each total as the sum of its parts. */
function drawColumns(rng: Rng, columns: number, big: boolean): Map<string, number[]> {
  const f = new Map<string, number[]>();
  const draw = () => (big ? rng.int(0, 300) : rng.chance(0.6) ? 0 : rng.int(1, 12));
  for (const row of LEGACY_FORM) {
    if (!row.key || row.unit === "——") continue;
    const cur = AMOUNTS.test(row.key) ? 0 : draw();
    f.set(row.key, columns === 1 ? [cur] : [cur, cur + (rng.chance(0.3) ? 0 : draw() * rng.int(1, 5))]);
  }
  for (const rule of LEGACY_SUM_RULES) {
    const parts = rule.parts.filter((p) => f.has(p));
    f.set(
      rule.total,
      f.get(rule.total)!.map((_, c) => parts.reduce((s, p) => s + f.get(p)![c], 0)),
    );
  }
  // 网站 / 公报 ≤ 主动公开: the total is at least every channel.
  for (const [part, whole] of LEGACY_PART_OF) {
    f.set(
      whole,
      f.get(whole)!.map((v, c) => Math.max(v, f.get(part)![c])),
    );
  }
  return f;
}

export function nationalTable(rng: Rng, year: number, columns: 1 | 2, big: boolean): NationalTable {
  const f = drawColumns(rng, columns, big);
  const head = columns === 1 ? ["统计指标", "单位", "统计数"] : ["统计指标", "单位", `${year}年度`, "历年累计"];
  const cells: string[] = [head.join("")];
  const current: Record<string, number> = {};
  for (const row of LEGACY_FORM) {
    const values = row.key ? f.get(row.key) : undefined;
    const label = `${row.prefix}${row.label}${row.note ?? ""}`;
    if (!values) {
      cells.push(`${label}${row.unit}${columns === 2 ? "——" : ""}`);
      continue;
    }
    current[row.key!] = values[0];
    cells.push(`${label}${row.unit}${values.join("")}`);
  }
  return { text: cells.join(""), current };
}
