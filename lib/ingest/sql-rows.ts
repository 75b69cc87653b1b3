/**
 * Multi-row INSERTs. Rows travel as ONE bound JSON argument expanded by `json_each` inside SQLite: measured
 * here (400k value rows) ~35% less CPU than a multi-row `VALUES (?,…),(?,…)` statement, mostly because a
 * statement with 32,000 placeholders is costly to prepare, and no host-parameter limit to chunk around.
 * (Multi-row VALUES itself was ~4× Drizzle's builder and ~300× one autocommitted statement per row.)
 */
import type { InValue, Transaction } from "@libsql/client";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { stringifyJson } from "./native-json";

const MAX_VARIABLES = 32_000;
/** Rows per statement: bounds the size of one JSON argument (reports carry their whole text). */
const ROWS_PER_STATEMENT = 5_000;

export type Row = InValue[];

/** A table's columns by schema property name (`publicId`), as Drizzle reads them back. */
type Fields<T extends SQLiteTable> = T["$inferSelect"];

/**
 * One row to write into `T`, named by the schema's property names: EVERY column except those the writer declares
 * it leaves to their SQL default (`Skip`). A column added to db/schema.ts is then a type error in each writer that
 * builds this object until it writes the column or says it skips it.
 */
export type WriteRow<T extends SQLiteTable, Skip extends keyof Fields<T> = never> = {
  [K in Exclude<keyof Fields<T>, Skip>]: Fields<T>[K];
};

/** The part of a write row whose SQL column names are `Name` (the core metric columns of lib/metrics.ts). */
export type FieldsNamed<T extends SQLiteTable, Name extends string> = {
  [K in keyof T["_"]["columns"] as T["_"]["columns"][K]["_"]["name"] extends Name ? K : never]: Fields<T>[K];
};

/** Writes named rows of one table through `insertRows`: the column list and each row's order come from the schema. */
export interface TableWriter<T extends SQLiteTable, Skip extends keyof Fields<T>> {
  /** The SQL table name. */
  readonly table: string;
  /** SQL column names written, in schema order. */
  readonly columns: readonly string[];
  /** Schema property names left to their SQL default, and their SQL column names. */
  readonly skipped: readonly Skip[];
  readonly skippedColumns: readonly string[];
  /** The positional row `insertRows` sends, in `columns` order. */
  row(fields: WriteRow<T, Skip>): Row;
}

export function tableWriter<T extends SQLiteTable, const Skip extends keyof Fields<T> & string = never>(
  table: T,
  skipped: readonly Skip[] = [],
): TableWriter<T, Skip> {
  const all = getTableColumns(table) as Record<string, { name: string }>;
  for (const s of skipped) if (!(s in all)) throw new Error(`${getTableName(table)} has no column ${s} to skip`);
  const keys = Object.keys(all).filter((k) => !(skipped as readonly string[]).includes(k));
  return {
    table: getTableName(table),
    columns: keys.map((k) => all[k].name),
    skipped,
    skippedColumns: skipped.map((k) => all[k].name),
    row: (fields) => {
      // A plain loop: ~3x faster than keys.map on a 37-column row (bench/write-rows.ts).
      const out: Row = new Array(keys.length);
      for (let i = 0; i < keys.length; i++) out[i] = (fields as Record<string, InValue | undefined>)[keys[i]] ?? null;
      return out;
    },
  };
}

/** One row's `INSERT … (columns) VALUES (?, …) tail`, its arguments `writer.row(fields)`. */
export function valuesSql<T extends SQLiteTable, Skip extends keyof Fields<T>>(
  verb: "INSERT INTO" | "INSERT OR IGNORE INTO",
  writer: TableWriter<T, Skip>,
  tail = "",
): string {
  const marks = writer.columns.map(() => "?").join(", ");
  return `${verb} ${writer.table} (${writer.columns.join(", ")}) VALUES (${marks}) ${tail}`.trimEnd();
}

/** `verb` (INSERT INTO, INSERT OR IGNORE INTO) the named rows into the writer's table; `tail` as in insertRows. */
export async function writeRows<T extends SQLiteTable, Skip extends keyof Fields<T>>(
  tx: Transaction,
  verb: "INSERT INTO" | "INSERT OR IGNORE INTO" | "INSERT OR REPLACE INTO",
  writer: TableWriter<T, Skip>,
  rows: WriteRow<T, Skip>[],
  tail = "",
): Promise<void> {
  await insertRows(tx, `${verb} ${writer.table}`, writer.columns, rows.map(writer.row), tail);
}

/** `INSERT <head> (cols) SELECT … FROM json_each(?) <tail>` for every chunk of rows. */
async function insertRows(
  tx: Transaction,
  head: string,
  columns: readonly string[],
  rows: Row[],
  tail = "",
): Promise<void> {
  if (rows.length === 0) return;
  const picks = columns.map((_, i) => `value->>${i}`).join(", ");
  // `WHERE true` lets an upsert clause follow a SELECT (SQLite's parsing-ambiguity rule).
  const sql = `${head} (${columns.join(", ")}) SELECT ${picks} FROM json_each(?) WHERE true ${tail}`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await tx.execute({ sql, args: [stringifyJson(chunk, jsonSafe)] });
  }
}

/** JSON has no bigint, NaN or Infinity: store those as text / NULL rather than failing the batch. */
function jsonSafe(_key: string, v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** Runs `SELECT … WHERE <column> IN (…)` over chunks of keys and concatenates the rows. */
export async function selectIn<T>(
  tx: Pick<Transaction, "execute">,
  sqlWithIn: (placeholders: string) => string,
  keys: InValue[],
): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < keys.length; start += MAX_VARIABLES) {
    const chunk = keys.slice(start, start + MAX_VARIABLES);
    const rs = await tx.execute({ sql: sqlWithIn(chunk.map(() => "?").join(",")), args: chunk });
    out.push(...(rs.rows as unknown as T[]));
  }
  return out;
}
