/**
 * The raw-SQL write path names its rows from db/schema.ts (tableWriter): every column of a table is written or
 * declared as left to its SQL default, the type checker refuses a row that misses a column, and the column lists
 * match the database the migrations build. Together: a column added to the schema and not written fails here or
 * in `tsc` (the @ts-expect-error lines below fail the type check if the writer stopped requiring every column).
 */
import { getTableColumns } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { regions, reports } from "@/db/schema";
import { LISTED_AGENCY } from "@/lib/collect/listed";
import { URLS } from "@/lib/collect/store";
import { removeTempDirs, useFreshDbs } from "@/test/helpers/ingest";
import { AGG_WRITER, FACT_COLUMNS } from "./agg";
import { tableWriter } from "./sql-rows";
import { BATCH_WRITERS } from "./write";

afterAll(removeTempDirs);
const fresh = useFreshDbs();

const WRITERS = [...BATCH_WRITERS, AGG_WRITER, URLS, LISTED_AGENCY];

describe("tableWriter", () => {
  it("writes every column of the schema in schema order, but the ones it declares skipped", () => {
    const w = tableWriter(reports, ["ingestedAt", "relTo"]);
    const all = Object.values(getTableColumns(reports)).map((c) => c.name);
    expect(w.columns).toEqual(all.filter((c) => c !== "ingested_at" && c !== "rel_to"));
    expect(w.table).toBe("reports");
  });

  it("puts each named field at its column's position", () => {
    const w = tableWriter(regions);
    expect(w.columns).toEqual(["code", "name", "level", "parent_code"]);
    expect(w.row({ parentCode: "33", level: 2, name: "杭州市", code: "3301" })).toEqual(["3301", "杭州市", 2, "33"]);
  });

  it("refuses to skip a column the table does not have", () => {
    expect(() => tableWriter(regions, ["population" as never])).toThrow(/regions has no column population/);
  });

  it("makes a row that misses a column, or names one the table lacks, a type error", () => {
    const w = tableWriter(regions);
    // @ts-expect-error parentCode is missing: a column added to the schema must be written or declared skipped
    const missing = w.row({ code: "33", name: "浙江省", level: 1 });
    // @ts-expect-error the table has no such column
    const extra = w.row({ code: "33", name: "浙江省", level: 1, parentCode: null, population: 1 });
    expect(missing).toEqual(["33", "浙江省", 1, null]);
    expect(extra).toEqual(["33", "浙江省", 1, null]);
  });
});

interface ColumnInfo {
  name: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

describe("the write path against the migrated database", () => {
  it("covers every column of every table it inserts into; what it skips may be left out", async () => {
    const { client } = await fresh();
    for (const w of WRITERS) {
      const rs = await client.execute(`SELECT name, "notnull", dflt_value, pk FROM pragma_table_info('${w.table}')`);
      const info = rs.rows as unknown as ColumnInfo[];
      const skipped = w.skippedColumns;
      expect([...w.columns, ...skipped].sort(), w.table).toEqual(info.map((c) => c.name).sort());
      for (const name of skipped) {
        const c = info.find((i) => i.name === name)!;
        // Left out of the INSERT: it must be nullable, defaulted, or the rowid.
        expect(c.notnull === 0 || c.dflt_value !== null || c.pk === 1, `${w.table}.${name}`).toBe(true);
      }
    }
  });

  it("lists report_facts' columns in table order for the copies that SELECT them (history, demo)", async () => {
    const { client } = await fresh();
    for (const table of ["report_facts", "report_facts_history"]) {
      const rs = await client.execute(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`);
      const names = rs.rows.map((r) => String(r.name)).filter((n) => n !== "rel_to");
      expect(names, table).toEqual([...FACT_COLUMNS, "rel_from"]);
    }
  });
});
