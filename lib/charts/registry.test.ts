/**
 * The registry against the code: every builder it names exists, ids and test ids are unique, every chart card in
 * the app is a registered chart, and every registered chart is drawn somewhere. (That the card's title equals its
 * CSV's is checked against the running server in e2e/chart-registry.spec.ts.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { API_CHART_IDS, CHARTS, chartTitle } from "./registry";

const REPO = resolve(import.meta.dirname, "../..");

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path, text: readFileSync(path, "utf8") };
    });
}

describe("chart registry", () => {
  it("names builders that exist in lib/charts", async () => {
    for (const { id, builder } of CHARTS) {
      for (const name of [builder.option, builder.table]) {
        const [module, fn] = name.split(".");
        const exports = (await import(`./${module}.ts`)) as Record<string, unknown>;
        expect(typeof exports[fn], `${id}: ${name}`).toBe("function");
      }
    }
  });

  it("has unique ids and test ids, and titles for any context", () => {
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
    expect(new Set(CHARTS.map((c) => c.testId)).size).toBe(CHARTS.length);
    for (const c of CHARTS) expect(chartTitle(c.id as never, { metric: "rate.grant", year: 2023 })).toMatch(/\S/);
    expect(chartTitle("ranking", { metric: "rate.grant", year: 2023, rankMode: "agency" })).toBe(
      "机构排名：实质公开率（2023年）",
    );
  });

  it("draws every chart card of the app through a registered id, and every registered chart somewhere", () => {
    const files = [...sources("components"), ...sources("app")];
    const cards = files.flatMap((f) =>
      [...f.text.matchAll(/<ChartCard\b([^>]*?)(?:\/>|>)/gs)].map((m) => ({ path: f.path, props: m[1] })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(10);
    const used = new Set<string>();
    for (const { path, props } of cards) {
      const id = /\bchart="([^"]+)"/.exec(props)?.[1];
      expect(id, `${path}: a ChartCard without a literal chart id`).toBeTruthy();
      expect(
        CHARTS.some((c) => c.id === id),
        `${path}: ${id} is not registered`,
      ).toBe(true);
      used.add(id!);
    }
    expect(CHARTS.map((c) => c.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("gives every chart the API exports a reader on the server", () => {
    const tables = readFileSync(join(REPO, "app/api/export/[chart]/tables.ts"), "utf8");
    for (const id of API_CHART_IDS) expect(tables, id).toMatch(new RegExp(`(^|\\s|")${id}"?: `, "m"));
  });
});
