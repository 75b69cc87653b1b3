/**
 * The yearly bulletin's cost on a loaded database: read (the overview totals, the quality view's failing reports by
 * rule, the scorecard), compose, draw the charts (ECharts SSR SVG → resvg PNG) and write the DOCX, for one province
 * and for the nation: the first time (the scorecard's reads, narrative signatures and chart images not kept yet: what
 * a first download costs) and repeated (all three kept: a download again of unchanged data), as p50/p95 wall and CPU,
 * with the file's size and each stage's time in the first and the last run.
 *   npm run bench:bulletin -- --db file:/path/demo.db [--province 51] [--year 2024] [--runs 5] [--out DIR]
 * (`--conditions react-server` in the npm script lets the queries' `import "server-only"` load outside Next.)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { composeBulletin } from "@/lib/bulletin/compose";
import { readBulletin } from "@/lib/bulletin/read";
import { writeBulletinDocx } from "@/lib/bulletin/write-docx";
import { ruleLabel } from "@/lib/rule-labels";

const { values: args } = parseArgs({
  options: {
    db: { type: "string" },
    province: { type: "string", default: "51" },
    year: { type: "string" },
    runs: { type: "string", default: "5" },
    out: { type: "string" },
  },
});
if (args.db) process.env.DATABASE_URL = args.db;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

interface Run {
  ms: number;
  cpuMs: number;
  stages: { read: number; compose: number; write: number };
  bytes: number;
  blocks: number;
  title: string;
  docx: Buffer;
}

async function once(region: string, year: number | null): Promise<Run> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const data = await readBulletin({ region, year });
  const t1 = performance.now();
  const blocks = composeBulletin(data, { origin: "http://localhost:3000", ruleLabel, date: "2026-12-06" });
  const t2 = performance.now();
  const title = blocks[0].kind === "title" ? blocks[0].text : "";
  const docx = await writeBulletinDocx(blocks, { title });
  const t3 = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    ms: t3 - t0,
    cpuMs: (used.user + used.system) / 1000,
    stages: { read: t1 - t0, compose: t2 - t1, write: t3 - t2 },
    bytes: docx.length,
    blocks: blocks.length,
    title,
    docx,
  };
}

async function measure(label: string, region: string, year: number | null, runs: number): Promise<void> {
  const first = await once(region, year);
  const rest: Run[] = [];
  for (let i = 0; i < runs; i++) rest.push(await once(region, year));
  const last = rest.at(-1) ?? first;
  const ms = rest.map((r) => r.ms);
  const cpu = rest.map((r) => r.cpuMs);
  const stages = (r: Run) =>
    `read ${r.stages.read.toFixed(0)} ms, compose ${r.stages.compose.toFixed(0)} ms, charts + DOCX ` +
    `${r.stages.write.toFixed(0)} ms`;
  console.log(
    `${label}: ${last.title}\n` +
      `  first ${first.ms.toFixed(0)} ms (${first.cpuMs.toFixed(0)} ms CPU); then p50 ` +
      `${quantile(ms, 0.5).toFixed(0)} ms / p95 ${quantile(ms, 0.95).toFixed(0)} ms wall, ` +
      `p50 ${quantile(cpu, 0.5).toFixed(0)} ms CPU over ${runs} runs\n` +
      `  first run: ${stages(first)}; last run: ${stages(last)}\n` +
      `  ${(last.bytes / 1024).toFixed(0)} KB, ${last.blocks} blocks`,
  );
  if (args.out) {
    mkdirSync(args.out, { recursive: true });
    writeFileSync(join(args.out, `bulletin-${region || "national"}.docx`), last.docx);
  }
}

async function main() {
  const year = args.year ? Number(args.year) : null;
  const runs = Number(args.runs);
  await measure(`province ${args.province}`, args.province!, year, runs);
  await measure("national", "", year, runs);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
