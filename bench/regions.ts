/**
 * Region resolution cost: data load (budget 300 ms) and describeAgency per call (budget 0.2 ms; it runs per
 * report in ingest). Prints figures; each is the best of a few rounds, since the machine may be shared.
 *   npx tsx bench/regions.ts
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { normalizeText } from "@/lib/parser/normalize";

const seedDir = join(process.cwd(), "fixtures", "seeds");
const texts = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => normalizeText(readFileSync(join(seedDir, f), "utf8")));
const typical = [
  "同江市繁荣街道",
  "小板桥街道办事处",
  "瓯海区人民政府办公室",
  "朝阳市民政局",
  "永兴傣族乡人民政府",
  "淮安市人民政府",
  "淮安市洪泽区人民政府",
  "温州市瓯海区民政局",
];
const repeated = ["城关镇人民政府", "鼓楼区人民政府", "繁荣街道"];

const t0 = performance.now();
const { describeAgency } = await import("@/lib/regions/describe");
describeAgency("瓯海区人民政府办公室", "");
const loadMs = performance.now() - t0;

function bestPerCallUs(names: string[], rounds: number): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) names.forEach((n, i) => describeAgency(n, texts[i % texts.length]));
    best = Math.min(best, ((performance.now() - start) * 1000) / (rounds * names.length));
  }
  return best;
}

console.log(`regions data load + first call: ${loadMs.toFixed(0)} ms (budget 300 ms)`);
console.log(`describeAgency, typical names: ${bestPerCallUs(typical, 200).toFixed(1)} µs (budget 200 µs)`);
console.log(`describeAgency, repeated names (城关镇 ×88 …): ${bestPerCallUs(repeated, 50).toFixed(1)} µs`);
