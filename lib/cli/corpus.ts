/**
 * npm run corpus -- --agencies N --years 2014-2024 --seed S --out DIR [--fault-rate 0.05] [--jobs 1]
 * (--jobs: worker threads; the output is the same bytes for any number.)
 * Generates a synthetic corpus of report documents plus DIR/truth.jsonl (see lib/corpus/).
 */
import { parseArgs } from "node:util";
import { generateCorpus } from "@/lib/corpus/generate";

const USAGE =
  "usage: npm run corpus -- --agencies N --years 2014-2024 --seed S --out DIR [--fault-rate 0.05] [--jobs 1]";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        agencies: { type: "string", default: "200" },
        years: { type: "string", default: "2014-2024" },
        seed: { type: "string", default: "1" },
        out: { type: "string" },
        "fault-rate": { type: "string", default: "0.05" },
        // One thread by default: each worker pays ~1.5 s CPU of start-up (division tree, OpenCC), which
        // a shared 2-core machine does not win back for a few tens of thousands of documents.
        jobs: { type: "string", default: "1" },
      },
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
  const agencies = Number(parsed.agencies);
  const seed = Number(parsed.seed);
  const faultRate = Number(parsed["fault-rate"]);
  const jobs = Number(parsed.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail("--jobs must be a positive integer");
  const years = /^(\d{4})-(\d{4})$/.exec(parsed.years ?? "");
  if (!parsed.out) fail("--out is required");
  if (!Number.isInteger(agencies) || agencies < 1) fail("--agencies must be a positive integer");
  if (!Number.isInteger(seed)) fail("--seed must be an integer");
  if (!(faultRate >= 0 && faultRate <= 1)) fail("--fault-rate must be between 0 and 1");
  if (!years || Number(years[1]) > Number(years[2]) || Number(years[1]) < 2008)
    fail("--years must look like 2014-2024 (from 2008)");
  return { agencies, seed, faultRate, jobs, out: parsed.out, fromYear: Number(years[1]), toYear: Number(years[2]) };
}

const opts = parseOptions();
const started = performance.now();
let lastReport = 0;
const summary = await generateCorpus({
  ...opts,
  onProgress(documents, done) {
    const now = performance.now();
    if (process.stderr.isTTY && now - lastReport > 200) {
      lastReport = now;
      process.stderr.write(`\r${done}/${opts.agencies} agencies, ${documents} documents`);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
if (process.stderr.isTTY) process.stderr.write("\n");
process.stderr.write(
  `${summary.documents} documents (${summary.faulty} with faults) from ${summary.agencies} agencies, ` +
    `${(summary.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(summary.documents / seconds)} ` +
    `documents/s) → ${opts.out}\n`,
);
