/**
 * What naming rows from the schema costs the write path (lib/ingest/sql-rows.ts tableWriter): building the
 * positional row of a report_facts record through factsFields + FACTS_WRITER.row, against the positional array
 * the write path built before (spelled out below as the baseline). CPU only, no database; prints ns per row.
 *   npx tsx bench/write-rows.ts [--rows 200000] [--runs 5]
 */
import { parseArgs } from "node:util";
import { FACTS_WRITER, type FactsRow, factsFields } from "@/lib/ingest/agg";
import { METRIC_COLUMNS } from "@/lib/metrics";

const { values: args } = parseArgs({
  options: { rows: { type: "string", default: "200000" }, runs: { type: "string", default: "5" } },
});
const n = Number(args.rows);

const facts: FactsRow[] = Array.from({ length: n }, (_, i) => ({
  reportId: i + 1,
  agencyId: `a${i % 2000}`,
  year: 2014 + (i % 11),
  family: i % 3 ? "2021" : "legacy",
  level: "county",
  kind: "department",
  provinceCode: "33",
  cityCode: "3301",
  countyCode: "330102",
  hasError: i % 7 === 0 ? 1 : 0,
  metrics: METRIC_COLUMNS.map((_, j) => (j % 5 === 4 ? null : (i * 31 + j) % 500)),
}));

/** The positional row as write.ts built it before the writers (FACT_COLUMNS order, then rel_from). */
function positional(f: FactsRow, rel: number): unknown[] {
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
    rel,
  ];
}

const named = (f: FactsRow, rel: number) => FACTS_WRITER.row(factsFields(f, rel));
const same = JSON.stringify(positional(facts[5], 3)) === JSON.stringify(named(facts[5], 3));
console.log(`${n} report_facts rows of ${FACTS_WRITER.columns.length} columns; same row both ways: ${same}`);

function nsPerRow(build: (f: FactsRow, rel: number) => unknown[]): number {
  let sink = 0;
  const t = process.cpuUsage();
  for (const f of facts) sink += build(f, 1).length;
  const used = process.cpuUsage(t);
  if (sink === 0) throw new Error("nothing built");
  return ((used.user + used.system) * 1000) / n;
}

const runs = Number(args.runs);
const results: Record<string, number[]> = { positional: [], named: [] };
for (let r = 0; r < runs; r++) {
  results.positional.push(nsPerRow(positional));
  results.named.push(nsPerRow(named));
}
for (const [name, xs] of Object.entries(results)) {
  const sorted = [...xs].sort((a, b) => a - b);
  const all = xs.map((x) => x.toFixed(0)).join(", ");
  console.log(`${name.padEnd(10)} median ${sorted[Math.floor(runs / 2)].toFixed(0)} ns/row (runs: ${all})`);
}
