/**
 * Parser throughput and accuracy on a generated corpus. Prints numbers; not a test.
 *   npx tsx bench/parse.ts [--agencies 1000] [--seed 7] [--corpus DIR]
 * Without --corpus it generates one (2014–2024, 5% faults) into a temporary folder and removes it after.
 * Single core: documents are parsed one after another on the main thread.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { AccuracyTally, compareWithTruth } from "@/lib/corpus/compare";
import { generateCorpus } from "@/lib/corpus/generate";
import type { TruthRecord } from "@/lib/corpus/types";
import { parseDocument } from "@/lib/parser/index";

const { values: args } = parseArgs({
  options: {
    agencies: { type: "string", default: "1000" },
    seed: { type: "string", default: "7" },
    corpus: { type: "string" },
  },
});

async function corpusDir(): Promise<{ dir: string; temporary: boolean }> {
  if (args.corpus) return { dir: args.corpus, temporary: false };
  const dir = mkdtempSync(join(tmpdir(), "nianbao-bench-parse-"));
  const s = await generateCorpus({
    agencies: Number(args.agencies),
    seed: Number(args.seed),
    fromYear: 2014,
    toYear: 2024,
    faultRate: 0.05,
    out: dir,
  });
  console.log(
    `corpus: ${s.documents} documents, ${(s.bytes / 1e6).toFixed(1)} MB, ${s.agencies} agencies (seed ${args.seed})`,
  );
  return { dir, temporary: true };
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;

function printAccuracy(tally: AccuracyTally): void {
  console.log(
    `\naccuracy: ${tally.matched}/${tally.documents} documents with every truth value right ` +
      `(${pct(tally.matched, tally.documents)}); ${tally.failed} not read as reports`,
  );
  console.log("by layout and family:");
  for (const [group, g] of [...tally.byGroup].sort())
    console.log(`  ${group.padEnd(22)} ${pct(g.matched, g.total).padStart(6)}  (${g.matched}/${g.total})`);
  console.log("most missed keys (documents):");
  for (const [key, n] of tally.topKeys(15)) console.log(`  ${String(n).padStart(6)}  ${key}`);
  console.log(
    "declared faults the parser's findings show (totals: R1–R4, legacy sums or an unreadable-cell P finding; " +
      "narrative: N1; blank: the blanks list):",
  );
  for (const [kind, [d, n]] of [...tally.faults].sort())
    console.log(`  ${kind.padEnd(10)} ${pct(d, n).padStart(6)}  (${d}/${n})`);
  console.log("R1–R4 / legacy-sum / N1 findings on reports without that fault (false alarms, documents):");
  for (const [rule, n] of [...tally.falseAlarms].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(6)}  ${rule}`);
  console.log("metadata mismatches (documents):");
  for (const [field, n] of [...tally.metaMisses].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(6)}  ${field}`);
}

const { dir, temporary } = await corpusDir();
const truths = readFileSync(join(dir, "truth.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as TruthRecord);
const tally = new AccuracyTally();
let parseMs = 0;
// CPU inside parseDocument alone (the parser's own figure); the process figure below adds scoring and the loop.
let parseCpuMicros = 0;
let bytes = 0;
// Files are read before the timed loop, so the figure is the parser's (and scoring's) CPU; reading is printed on
// its own (0.4-0.6 s for the 10,889 files here, about 5 % of the old figure).
const readCpu = process.cpuUsage();
const files = truths.map((truth) => readFileSync(join(dir, truth.file)));
const readUsed = process.cpuUsage(readCpu);
const cpu = process.cpuUsage();
for (const [i, truth] of truths.entries()) {
  const file = files[i];
  bytes += file.length;
  const t = performance.now();
  const before = process.cpuUsage();
  const parsed = await parseDocument(file, truth.file);
  const spent = process.cpuUsage(before);
  parseCpuMicros += spent.user + spent.system;
  parseMs += performance.now() - t;
  tally.add(truth, parsed.value ? compareWithTruth(truth, parsed.value) : null);
}
const used = process.cpuUsage(cpu);
const seconds = parseMs / 1000;
console.log(
  `\nparse: ${truths.length} reports, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (time inside ` +
    `parseDocument)`,
);
const cpuSeconds = (used.user + used.system) / 1e6;
console.log(
  `       ${Math.round(truths.length / seconds)} reports/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s on one core ` +
    `(wall)`,
);
// On a shared machine wall time includes waiting for a core; CPU time is what the parser costs.
console.log(
  `       ${Math.round(truths.length / cpuSeconds)} reports per CPU-second (process CPU ${cpuSeconds.toFixed(2)} s, ` +
    `includes scoring; user ${(used.user / 1e6).toFixed(2)} s, system ${(used.system / 1e6).toFixed(2)} s)`,
);
const parseCpuSeconds = parseCpuMicros / 1e6;
console.log(
  `       ${Math.round(truths.length / parseCpuSeconds)} reports per CPU-second inside parseDocument ` +
    `(${parseCpuSeconds.toFixed(2)} s; the line above adds scoring, the loop and collection between calls)`,
);
const readSeconds = (readUsed.user + readUsed.system) / 1e6;
console.log(
  `       reading the ${truths.length} files beforehand: ${readSeconds.toFixed(2)} s CPU (not counted above)`,
);
console.log(`       peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
printAccuracy(tally);
if (temporary) rmSync(dir, { recursive: true, force: true });
