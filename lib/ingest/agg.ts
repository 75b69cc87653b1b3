/**
 * Deltas for `agg_region_year`: a report adds (+1 report, +1 failing when it has an error, + each core
 * metric) to four scopes — '' (national), its province, city and county — and a superseded one subtracts
 * the same. Deltas are summed in memory per batch and applied with one upsert, in the batch's transaction.
 */
import type { Transaction } from "@libsql/client";
import { METRIC_COLUMNS } from "@/lib/metrics";
import { insertRows, type Row } from "./sql-rows";

/** What a report contributes; the shape of a `report_facts` row. */
export interface FactsRow {
  reportId: number;
  agencyId: string;
  year: number;
  family: string;
  level: string;
  kind: string;
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
  hasError: number;
  metrics: (number | null)[];
}

interface AggDelta {
  scope: string;
  parentScope: string | null;
  year: number;
  level: string;
  kind: string;
  reports: number;
  failing: number;
  metrics: (number | null)[];
}

export const FACT_COLUMNS = [
  "report_id",
  "agency_id",
  "year",
  "family",
  "level",
  "kind",
  "province_code",
  "city_code",
  "county_code",
  "has_error",
  ...METRIC_COLUMNS,
] as const;

export function factsToRow(f: FactsRow): Row {
  return [
    f.reportId,
    f.agencyId,
    f.year,
    f.family,
    f.level,
    f.kind,
    f.provinceCode,
    f.cityCode,
    f.countyCode,
    f.hasError,
    ...f.metrics,
  ];
}

/** The scopes a report counts in, each with its parent (the national scope has none). */
export function scopesOf(f: Pick<FactsRow, "provinceCode" | "cityCode" | "countyCode">): [string, string | null][] {
  const out: [string, string | null][] = [["", null]];
  if (f.provinceCode) out.push([f.provinceCode, ""]);
  if (f.cityCode) out.push([f.cityCode, f.provinceCode ?? ""]);
  // A county-level city directly under its province (仙桃 429004) has no city: its parent is the province.
  if (f.countyCode) out.push([f.countyCode, f.cityCode ?? f.provinceCode ?? ""]);
  return out;
}

export class AggDeltas {
  private readonly deltas = new Map<string, AggDelta>();
  /** Keys that received a subtraction: their rows may have dropped to zero reports. */
  private readonly shrunk = new Set<string>();

  private entry(scope: string, parentScope: string | null, f: FactsRow): AggDelta {
    const key = `${scope}\u0000${f.year}\u0000${f.level}\u0000${f.kind}`;
    let d = this.deltas.get(key);
    if (!d) {
      d = {
        scope,
        parentScope,
        year: f.year,
        level: f.level,
        kind: f.kind,
        reports: 0,
        failing: 0,
        metrics: METRIC_COLUMNS.map(() => null),
      };
      this.deltas.set(key, d);
    }
    return d;
  }

  /** sign +1 adds the report, -1 removes it. */
  addReport(f: FactsRow, sign: 1 | -1): void {
    for (const [scope, parent] of scopesOf(f)) {
      const d = this.entry(scope, parent, f);
      d.reports += sign;
      d.failing += sign * f.hasError;
      f.metrics.forEach((v, i) => {
        if (v !== null) d.metrics[i] = (d.metrics[i] ?? 0) + sign * v;
      });
      if (sign < 0) this.shrunk.add(`${scope}\u0000${f.year}\u0000${f.level}\u0000${f.kind}`);
    }
  }

  /** A stored report's error state changed (an R5 finding arrived or went). */
  addFailing(f: FactsRow, delta: number): void {
    if (delta === 0) return;
    for (const [scope, parent] of scopesOf(f)) this.entry(scope, parent, f).failing += delta;
  }

  private changed(): AggDelta[] {
    return [...this.deltas.values()].filter(
      (d) => d.reports !== 0 || d.failing !== 0 || d.metrics.some((v) => v !== null && v !== 0),
    );
  }

  /** The [scope, year, level, kind] of every row `apply` changes (their earlier versions go to history first). */
  keys(): [string, number, string, string][] {
    return this.changed().map((d) => [d.scope, d.year, d.level, d.kind]);
  }

  /** `rel`: the release making the change (rel_from of rows it creates). */
  async apply(tx: Transaction, rel = 0): Promise<void> {
    const rows: Row[] = this.changed().map((d) => [
      d.scope,
      d.parentScope,
      d.year,
      d.level,
      d.kind,
      d.reports,
      d.failing,
      ...d.metrics,
      rel,
    ]);
    const sets = [
      "reports = agg_region_year.reports + excluded.reports",
      "failing = agg_region_year.failing + excluded.failing",
      ...METRIC_COLUMNS.map(
        (c) =>
          `${c} = CASE WHEN excluded.${c} IS NULL THEN agg_region_year.${c} ELSE coalesce(agg_region_year.${c}, 0) + ` +
          `excluded.${c} END`,
      ),
    ];
    await insertRows(
      tx,
      "INSERT INTO agg_region_year",
      ["scope", "parent_scope", "year", "level", "kind", "reports", "failing", ...METRIC_COLUMNS, "rel_from"],
      rows,
      `ON CONFLICT(scope, year, level, kind) DO UPDATE SET ${sets.join(", ")}`,
    );
    for (const key of this.shrunk) {
      const [scope, year, level, kind] = key.split("\u0000");
      await tx.execute({
        sql: "DELETE FROM agg_region_year WHERE scope = ? AND year = ? AND level = ? AND kind = ? AND reports <= 0",
        args: [scope, Number(year), level, kind],
      });
    }
  }
}
