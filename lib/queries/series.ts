import "server-only";
/** One metric per entity (agency or region) and year: the data of the compare view and /api/series. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { noValueReason, noValueText } from "@/lib/no-value";
import { isAggregatable, isValueMetric } from "@/lib/value-metrics";
import { activeReportsAsOf, aggFrom, factsFrom } from "@/lib/releases/as-of";
import { aggWhere, factsWhere, metricSelect, type Selection } from "./filters";

export interface SeriesPoint {
  /** Agency id or region code. */
  id: string;
  year: number;
  value: number | null;
  /** Rates only: the summed numerator and denominator behind `value`. */
  num: number | null;
  den: number | null;
  /** Keys read from report_values only, when value is null: why the report has no figure (lib/no-value.ts). */
  why?: string;
}

type Years = Pick<Selection, "from" | "to" | "rel">;

/**
 * Per agency and year. A missing (agency, year) means no report; value null means printed blank (or, for a
 * key read from report_values, a report that does not hold the key, e.g. a legacy-template year).
 * Core metrics and rates read report_facts; any other canonical key reads the stored figures.
 */
export async function getAgencySeries(args: { agencies: string[]; metric: string } & Years): Promise<SeriesPoint[]> {
  if (!args.agencies.length) return [];
  const db = await getDb();
  if (!isAggregatable(args.metric) && isValueMetric(args.metric)) return getAgencyValueSeries(args);
  const m = metricSelect(args.metric, false);
  const where = factsWhere({
    region: "",
    level: null,
    kind: null,
    agencies: args.agencies,
    from: args.from,
    to: args.to,
  });
  return db.all<SeriesPoint>(sql`
    SELECT agency_id AS id, year, ${m.value} AS value, ${m.num} AS num, ${m.den} AS den
    FROM ${factsFrom(args.rel)} WHERE ${where} ORDER BY agency_id, year`);
}

/** Per region (pre-aggregates) and year, within the level/kind filters. Core metrics and rates only. */
export async function getRegionSeries(
  args: { regions: string[]; metric: string } & Years & Pick<Selection, "level" | "kind">,
): Promise<SeriesPoint[]> {
  if (!args.regions.length) return [];
  const db = await getDb();
  const m = metricSelect(args.metric);
  const parts = args.regions.map(
    (region) => sql`SELECT scope AS id, year, ${m.value} AS value, ${m.num} AS num, ${m.den} AS den
      FROM ${aggFrom(args.rel)} WHERE ${aggWhere({ ...args, region })} GROUP BY year`,
  );
  return db.all<SeriesPoint>(sql`${sql.join(parts, sql` UNION ALL `)} ORDER BY 1, 2`);
}

/**
 * One stored figure per agency and year from report_values, active reports only. Bounded by the agencies
 * (at most MAX_AGENCIES) and their years: reports_agency_year finds the reports, the (report_id, key_id)
 * primary key the one figure of each.
 */
async function getAgencyValueSeries(args: { agencies: string[]; metric: string } & Years): Promise<SeriesPoint[]> {
  const db = await getDb();
  const parts = [
    sql`r.agency_id IN (${sql.join(
      args.agencies.map((id) => sql`${id}`),
      sql`, `,
    )})`,
    activeReportsAsOf(args.rel),
    sql`r.year IS NOT NULL`,
  ];
  if (args.from !== null) parts.push(sql`r.year >= ${args.from}`);
  if (args.to !== null) parts.push(sql`r.year <= ${args.to}`);
  type Row = SeriesPoint & { family: string | null; stored: number };
  const rows = await db.all<Row>(sql`
    SELECT r.agency_id AS id, r.year AS year, v.value AS value, NULL AS num, NULL AS den,
      r.family AS family, v.report_id IS NOT NULL AS stored
    FROM reports r
    LEFT JOIN report_values v ON v.report_id = r.id AND v.key_id = (SELECT id FROM value_keys WHERE key =
    ${args.metric})
    WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY r.agency_id, r.year`);
  return rows.map(({ family, stored, ...p }) =>
    p.value === null
      ? { ...p, why: noValueText(noValueReason(args.metric, family ?? "", stored === 1), family ?? "") }
      : p,
  );
}
