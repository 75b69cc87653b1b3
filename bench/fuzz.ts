/**
 * Long fuzz run of the parser and the document readers: npx tsx bench/fuzz.ts [--cases 100000] [--seed 1]
 * Mixed generators (mutated real reports, random bytes, token soup, HTML soup, truncated real documents
 * of every kind, adversarial lines). Prints cases/s, the slowest case (with its generator and index, to
 * reproduce it), peak RSS and value/error counts; exits 1 when any case throws or returns a malformed result.
 */
import { parseArgs } from "node:util";
import { Rng } from "@/lib/corpus/random";
import { parseDocument, parseText } from "@/lib/parser";
import type { Result } from "@/lib/parser/types";
import {
  adversarialLines,
  loadFixtures,
  mutated,
  outcomeOf,
  randomBytes,
  truncated,
  utf8,
} from "@/test/robustness/hostile-inputs";

const { documents, seeds } = loadFixtures();
const TOKENS = [
  "|",
  " | ",
  "\n",
  " ",
  "12",
  "0",
  "-",
  "合计",
  "本年新收",
  "（一）",
  "予以公开",
  "2023年",
  "政府信息公开",
  "年度报告",
  "<td>",
  "</tr>",
  "<table>",
  "&nbsp;",
  "\t",
  "\u3000",
  "三、",
  "收到和处理",
];
const ADVERSARIAL = Object.values(adversarialLines(4096));

type Case = () => Promise<Result<unknown>> | Result<unknown>;

/** Generators with their weights (out of 1000). Truncated documents are rarer: PDFs cost ~50 ms each. */
const GENERATORS: [name: string, weight: number, make: (rng: Rng) => Case][] = [
  [
    "mutated-report",
    400,
    (rng) => {
      const text = mutated(rng, seeds[rng.int(0, seeds.length - 1)]);
      return () => parseText(text);
    },
  ],
  [
    "random-bytes",
    250,
    (rng) => {
      const bytes = randomBytes(rng, 2048);
      return () => parseDocument(bytes, "x.bin");
    },
  ],
  [
    "token-soup",
    180,
    (rng) => {
      const text = Array.from({ length: rng.int(1, 600) }, () => TOKENS[rng.int(0, TOKENS.length - 1)]).join("");
      return () => parseDocument(utf8(text), "x.txt");
    },
  ],
  [
    "html-soup",
    100,
    (rng) => {
      const text =
        "<html><table>" +
        Array.from({ length: rng.int(1, 300) }, () => TOKENS[rng.int(0, TOKENS.length - 1)]).join("<td>");
      return () => parseDocument(utf8(text), "x.html");
    },
  ],
  [
    "adversarial-line",
    60,
    (rng) => {
      const line = ADVERSARIAL[rng.int(0, ADVERSARIAL.length - 1)].repeat(rng.int(1, 16));
      return () =>
        parseText(`某某区人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n${line}\n`);
    },
  ],
  [
    "truncated-document",
    10,
    (rng) => {
      const cut = truncated(rng, documents[rng.int(0, documents.length - 1)]);
      return () => parseDocument(cut, "cut");
    },
  ],
];

function pick(rng: Rng): (typeof GENERATORS)[number] {
  let r = rng.int(0, 999);
  for (const g of GENERATORS) if ((r -= g[1]) < 0) return g;
  return GENERATORS[0];
}

interface Tally {
  value: number;
  error: number;
  escaped: number;
  maxMs: number;
  totalMs: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { cases: { type: "string", default: "100000" }, seed: { type: "string", default: "1" } },
  });
  const cases = Number(values.cases);
  const seed = Number(values.seed);
  const tallies = new Map(
    GENERATORS.map(([name]) => [name, { value: 0, error: 0, escaped: 0, maxMs: 0, totalMs: 0 } as Tally]),
  );
  const escapes: string[] = [];
  let slowest = { ms: 0, what: "" };
  // Warm-up outside the figures: the first PDF loads pdfjs (seconds on a busy machine), which is not a per-case cost.
  for (const doc of documents) await parseDocument(doc, "warm-up");
  const t0 = performance.now();
  for (let i = 0; i < cases; i++) {
    // One stream per case: case i is reproduced from (seed, i) alone.
    const rng = new Rng(seed, i);
    const [name, , make] = pick(rng);
    const tally = tallies.get(name)!;
    const run = make(rng);
    const c0 = performance.now();
    try {
      tally[outcomeOf(await run())]++;
    } catch (e) {
      tally.escaped++;
      if (escapes.length < 20) escapes.push(`${name} case ${i}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const ms = performance.now() - c0;
    tally.maxMs = Math.max(tally.maxMs, ms);
    tally.totalMs += ms;
    if (ms > slowest.ms) slowest = { ms, what: `${name} case ${i}` };
    if ((i + 1) % 10_000 === 0)
      process.stderr.write(
        `fuzz: ${i + 1}/${cases} cases, ${((i + 1) / ((performance.now() - t0) / 1000)).toFixed(0)}/s\n`,
      );
  }
  const seconds = (performance.now() - t0) / 1000;
  const all = [...tallies.values()].reduce(
    (a, t) => ({ value: a.value + t.value, error: a.error + t.error, escaped: a.escaped + t.escaped }),
    { value: 0, error: 0, escaped: 0 },
  );
  console.log(
    `fuzz: ${cases} cases (seed ${seed}) in ${seconds.toFixed(1)} s = ${(cases / seconds).toFixed(0)} cases/s`,
  );
  console.log(`outcomes: ${all.value} values, ${all.error} errors, ${all.escaped} escaped`);
  console.log(
    `slowest case: ${slowest.ms.toFixed(0)} ms (${slowest.what}); peak RSS ` +
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  console.log("generator            cases   values   errors  escaped  max ms  mean ms");
  for (const [name, t] of tallies) {
    const n = t.value + t.error + t.escaped;
    console.log(
      `${name.padEnd(20)} ${String(n).padStart(6)} ${String(t.value).padStart(8)} ${String(t.error).padStart(8)} ` +
        `${String(t.escaped).padStart(8)} ${t.maxMs.toFixed(0).padStart(7)} ` +
        `${(t.totalMs / Math.max(n, 1)).toFixed(2).padStart(8)}`,
    );
  }
  for (const e of escapes) console.log(`ESCAPE ${e}`);
  return all.escaped > 0 ? 1 : 0;
}

process.exitCode = await main();
