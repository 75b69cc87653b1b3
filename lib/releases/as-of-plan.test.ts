/**
 * As-of reads stay on indexes (at a million reports, about the cost of today's read): SQLite's EXPLAIN
 * QUERY PLAN of the pinned reads of the quality view, the agency page and the report page, on a real migrated
 * libSQL file, searches both arms of every as-of UNION ALL by an index and scans no table whole.
 */
import { sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { toDb } from "@/db/client";
import { aggWhere, factsWhere } from "@/lib/queries/filters";
import { useFreshDbs } from "@/test/helpers/ingest";
import { aggFrom, factFindingsFrom, factsFrom, findingsFrom, reportCountAsOf } from "./as-of";

const fresh = useFreshDbs();
const REL = 3;
const county = { region: "330329", from: 2023, to: 2023, level: null, kind: null, agencies: [] };
const countyWhere = factsWhere(county);

const READS: Record<string, SQL> = {
  "quality per year (pre-aggregates)": sql`SELECT year, SUM(reports), SUM(failing) FROM ${aggFrom(REL)}
    WHERE ${aggWhere(county)} GROUP BY year`,
  "failing reports of a county": sql`SELECT report_id FROM ${factsFrom(REL)}
    WHERE has_error = 1 AND ${factsWhere(county)}`,
  "error rules of a county (an aggregate over facts and findings)": sql`SELECT rule, year, COUNT(DISTINCT report_id)
    FROM ${factFindingsFrom(REL, "f.rule, rf.year, f.report_id", sql`f.severity = 'error' AND ${countyWhere}`, "e")}
    GROUP BY rule, year`,
  "an agency's years": sql`SELECT year FROM ${factsFrom(REL)} WHERE agency_id = ${"330329x"} ORDER BY year`,
  "an agency's findings": sql`SELECT f.rule FROM ${factsFrom(REL, "rf")} JOIN ${findingsFrom(REL, "f")}
    ON f.report_id = rf.report_id WHERE rf.agency_id = ${"330329x"}`,
  "a report's findings and counts": sql`SELECT (SELECT ${reportCountAsOf(REL, "error_count")} FROM reports r
    WHERE r.id = 7), id FROM ${findingsFrom(REL)} WHERE report_id = 7`,
};

describe("as-of reads use indexes", () => {
  for (const [name, query] of Object.entries(READS)) {
    it(name, async () => {
      const { client } = await fresh();
      const plan = await toDb(client).all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`);
      const details = plan.map((p) => p.detail);
      // A SCAN of a co-routine or materialised subquery (the as-of UNION ALL under its alias) reads no table.
      const subqueries = details.flatMap((d) => d.match(/^(?:CO-ROUTINE|MATERIALIZE) (\S+)/)?.[1] ?? []);
      const readsSubquery = (d: string) => subqueries.some((name) => d === `SCAN ${name}`);
      const tableReads = details.filter((d) => /^(SCAN|SEARCH) /.test(d) && !readsSubquery(d));
      expect(tableReads.length).toBeGreaterThan(0);
      for (const d of tableReads)
        expect(d, details.join("\n")).toMatch(/^SEARCH .* USING (COVERING )?INDEX|PRIMARY KEY/);
    });
  }
});
