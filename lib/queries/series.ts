import "server-only";
/** One metric per entity (agency or region) and year: the data of the compare view and /api/series. */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { aggWhere, factsWhere, metricSelect, type Selection } from "./filters";

export interface SeriesPoint {
  /** Agency id or region code. */
  id: string;
  year: number;
  value: number | null;
  /** Rates only: the summed numerator and denominator behind `value`. */
  num: number | null;
  den: number | null;
}

type Years = Pick<Selection, "from" | "to">;

/** Per agency and year. A missing (agency, year) means no report; value null means printed blank. */
export async function getAgencySeries(args: { agencies: string[]; metric: string } & Years): Promise<SeriesPoint[]> {
  if (!args.agencies.length) return [];
  const db = await getDb();
  const m = metricSelect(args.metric, false);
  const where = factsWhere({ region: "", level: null, kind: null, agencies: args.agencies, from: args.from, to: args.to });
  return db.all<SeriesPoint>(sql`
    SELECT agency_id AS id, year, ${m.value} AS value, ${m.num} AS num, ${m.den} AS den
    FROM report_facts WHERE ${where} ORDER BY agency_id, year`);
}

/** Per region (pre-aggregates) and year, within the level/kind filters. */
export async function getRegionSeries(
  args: { regions: string[]; metric: string } & Years & Pick<Selection, "level" | "kind">,
): Promise<SeriesPoint[]> {
  if (!args.regions.length) return [];
  const db = await getDb();
  const m = metricSelect(args.metric);
  const parts = args.regions.map(
    (region) => sql`SELECT scope AS id, year, ${m.value} AS value, ${m.num} AS num, ${m.den} AS den
      FROM agg_region_year WHERE ${aggWhere({ ...args, region })} GROUP BY year`,
  );
  return db.all<SeriesPoint>(sql`${sql.join(parts, sql` UNION ALL `)} ORDER BY 1, 2`);
}
