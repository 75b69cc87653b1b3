/**
 * Deltas for `agg_region_year`: a report adds (+1 report, +1 failing when it has an error, + each core
 * metric) to four scopes — '' (national), its province, city and county — and a superseded one subtracts
 * the same. Deltas are summed in memory per batch and applied with one upsert, in the batch's transaction.
 */
import type { Transaction } from "@libsql/client";
import { getTableColumns } from "drizzle-orm";
import { aggRegionYear, reportFacts } from "@/db/schema";
import { type CoreMetricColumn, METRIC_COLUMNS } from "@/lib/metrics";
import type { AgencyKind, AgencyLevel, Family } from "@/lib/parser/types";
import { type FieldsNamed, tableWriter, type WriteRow, writeRows } from "./sql-rows";

/** What a report contributes; the shape of a `report_facts` row. */
export interface FactsRow {
  reportId: number;
  agencyId: string;
  year: number;
  family: Family;
  level: AgencyLevel;
  kind: AgencyKind;
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
  level: AgencyLevel;
  kind: AgencyKind;
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

/** report_facts and agg_region_year are written whole: every column of the schema (sql-rows.ts WriteRow). */
export const FACTS_WRITER = tableWriter(reportFacts);
export const AGG_WRITER = tableWriter(aggRegionYear);

type MetricFields = FieldsNamed<typeof reportFacts, CoreMetricColumn>;

/** The schema property of each core metric column, in METRIC_COLUMNS order (both tables name them alike). */
const METRIC_FIELDS = METRIC_COLUMNS.map((column) => {
  const field = Object.entries(getTableColumns(reportFacts)).find(([, c]) => c.name === column)?.[0];
  if (!field) throw new Error(`report_facts has no column ${column} (lib/metrics.ts CORE_METRICS)`);
  return field as keyof MetricFields;
});

/** Every metric field present from the start: copies share one object shape (5x faster than adding keys). */
const NO_METRICS = Object.fromEntries(METRIC_FIELDS.map((field) => [field, null])) as MetricFields;

function metricFields(metrics: (number | null)[]): MetricFields {
  const out = { ...NO_METRICS };
  for (let i = 0; i < METRIC_FIELDS.length; i++) out[METRIC_FIELDS[i]] = metrics[i];
  return out;
}

/** The report_facts row of a report, made current by release `relFrom`. */
export function factsFields(f: FactsRow, relFrom: number): WriteRow<typeof reportFacts> {
  return {
    reportId: f.reportId,
    agencyId: f.agencyId,
    year: f.year,
    family: f.family,
    level: f.level,
    kind: f.kind,
    provinceCode: f.provinceCode,
    cityCode: f.cityCode,
    countyCode: f.countyCode,
    hasError: f.hasError,
    ...metricFields(f.metrics),
    relFrom,
  };
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
    const rows = this.changed().map(
      (d): WriteRow<typeof aggRegionYear> => ({
        scope: d.scope,
        parentScope: d.parentScope,
        year: d.year,
        level: d.level,
        kind: d.kind,
        reports: d.reports,
        failing: d.failing,
        ...metricFields(d.metrics),
        relFrom: rel,
      }),
    );
    const sets = [
      "reports = agg_region_year.reports + excluded.reports",
      "failing = agg_region_year.failing + excluded.failing",
      ...METRIC_COLUMNS.map(
        (c) =>
          `${c} = CASE WHEN excluded.${c} IS NULL THEN agg_region_year.${c} ELSE coalesce(agg_region_year.${c}, 0) + ` +
          `excluded.${c} END`,
      ),
    ];
    await writeRows(
      tx,
      "INSERT INTO",
      AGG_WRITER,
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
