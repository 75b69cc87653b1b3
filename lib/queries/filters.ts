import "server-only";
/**
 * Shared WHERE building for the dashboard reads. Every value is a bound parameter (drizzle's `sql`
 * template); identifiers only ever come from the constant lists in lib/metrics.ts.
 */
import { sql, type SQL } from "drizzle-orm";
import { CORE_BY_KEY, CORE_METRICS, METRIC_COLUMNS, RATE_BY_KEY, type CoreMetricColumn } from "@/lib/metrics";
import { rateFormula, type RateAlgebra } from "@/lib/rate-formula";

/** The part of the URL state that selects rows. */
export interface Selection {
  /** '' national, or a 2/4/6-digit division code. */
  region: string;
  from: number | null;
  to: number | null;
  level: string | null;
  kind: string | null;
  /** When non-empty the selection is these agencies (report_facts), not a region (agg_region_year). */
  agencies: string[];
  /** Pinned release (URL `rel`): read as of it (lib/releases/as-of.ts); missing or null = current data. */
  rel?: number | null;
}

function col(column: CoreMetricColumn): SQL {
  return sql.raw(column); // safe: constant list, never user input
}

function and(parts: SQL[]): SQL {
  return parts.length ? sql.join(parts, sql` AND `) : sql`1`;
}

function commonParts(sel: Pick<Selection, "from" | "to" | "level" | "kind">): SQL[] {
  const parts: SQL[] = [];
  // One year as an equality, so the (year, region) indexes seek on both columns instead of ranging on year.
  if (sel.from !== null && sel.from === sel.to) parts.push(sql`year = ${sel.from}`);
  else {
    if (sel.from !== null) parts.push(sql`year >= ${sel.from}`);
    if (sel.to !== null) parts.push(sql`year <= ${sel.to}`);
  }
  if (sel.level) parts.push(sql`level = ${sel.level}`);
  if (sel.kind) parts.push(sql`kind = ${sel.kind}`);
  return parts;
}

/** agg_region_year rows of one scope (and the year/level/kind filters). */
export function aggWhere(sel: Omit<Selection, "agencies">): SQL {
  return and([sql`scope = ${sel.region}`, ...commonParts(sel)]);
}

/** agg_region_year rows of the children of a scope. */
export function aggChildrenWhere(sel: Omit<Selection, "agencies">): SQL {
  return and([sql`parent_scope = ${sel.region}`, ...commonParts(sel)]);
}

/** The report_facts column holding a region code of this length. */
export function regionColumn(region: string): SQL | null {
  if (region.length === 2) return sql.raw("province_code");
  if (region.length === 4) return sql.raw("city_code");
  if (region.length === 6) return sql.raw("county_code");
  return null;
}

/** report_facts rows of the selection: the chosen agencies, or every agency of the region. */
export function factsWhere(sel: Selection): SQL {
  const parts = commonParts(sel);
  if (sel.agencies.length) {
    parts.unshift(
      sql`agency_id IN (${sql.join(
        sel.agencies.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  } else {
    const column = regionColumn(sel.region);
    if (column) parts.unshift(sql`${column} = ${sel.region}`);
  }
  return and(parts);
}

/** `SUM(col) AS col` for every core column, for per-year totals. */
export function sumAllColumns(): SQL {
  return sql.join(
    METRIC_COLUMNS.map((c) => sql`SUM(${col(c)}) AS ${col(c)}`),
    sql`, `,
  );
}

/** The rate formula (lib/rate-formula.ts) in SQL: per row, a CASE on the guard column; SUM over grouped rows. */
function sqlAlgebra(aggregate: boolean): RateAlgebra<SQL, SQL> {
  return {
    column: (c) => sql`COALESCE(${col(c)}, 0)`,
    add: (x, y) => sql`${x} + ${y}`,
    subtract: (x, y) => sql`(${x}) - (${y})`,
    total: (e, guard) => {
      const perRow = sql`CASE WHEN ${col(guard)} IS NULL THEN NULL ELSE ${e} END`;
      return aggregate ? sql`SUM(${perRow})` : perRow;
    },
    ratio: (num, den) => sql`CASE WHEN ${den} > 0 THEN CAST(${num} AS REAL) / ${den} END`,
  };
}

/**
 * The aggregate of a metric over grouped rows: `value` for a core metric; for a rate `num` and `den`
 * (value = num / den, computed from sums, never an average of rates). `aggregate: false` gives the
 * per-row expressions (one report per agency and year needs no GROUP BY).
 */
export function metricSelect(metric: string, aggregate = true): { value: SQL; num: SQL; den: SQL } {
  const rate = RATE_BY_KEY.get(metric);
  if (rate) return rateFormula(rate, sqlAlgebra(aggregate));
  const core = CORE_BY_KEY.get(metric) ?? CORE_METRICS[0];
  const column = col(core.column as CoreMetricColumn);
  return { value: aggregate ? sql`SUM(${column})` : column, num: sql`NULL`, den: sql`NULL` };
}
