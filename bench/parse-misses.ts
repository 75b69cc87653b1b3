/**
 * The bench:parse corpus (1,000 agencies, seed 7, 2014–2024, 5 % faults) parsed file by file, listing every file
 * with a truth value read wrong: key=read/truth, F where a finding names the key. Diff two trees' outputs to see
 * what a parser change moved. Not a test.
 *   npx tsx bench/parse-misses.ts [--corpus DIR]   (generates DIR the first time; default /tmp/nianbao-parse-misses)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareWithTruth } from "@/lib/corpus/compare";
import { generateCorpus } from "@/lib/corpus/generate";
import type { TruthRecord } from "@/lib/corpus/types";
import { parseArgs } from "node:util";
import { parseDocument } from "@/lib/parser/index";

const { values: args } = parseArgs({ options: { corpus: { type: "string", default: "/tmp/nianbao-parse-misses" } } });
const dir = args.corpus;
if (!existsSync(join(dir, "truth.jsonl")))
  await generateCorpus({ agencies: 1000, seed: 7, fromYear: 2014, toYear: 2024, faultRate: 0.05, out: dir });
const truths = readFileSync(join(dir, "truth.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as TruthRecord);
for (const truth of truths) {
  const parsed = await parseDocument(readFileSync(join(dir, truth.file)), truth.file);
  if (!parsed.value) {
    console.log(truth.file, "FAILED");
    continue;
  }
  const c = compareWithTruth(truth, parsed.value);
  if (c.wrongKeys.length) {
    const named = new Set(parsed.value.findings.flatMap((f) => f.keys));
    console.log(
      truth.file,
      c.wrongKeys.map((k) => `${k}=${parsed.value!.values[k]}/${truth.values[k]}${named.has(k) ? "F" : ""}`).join(" "),
    );
  }
}
