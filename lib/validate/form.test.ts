import { describe, expect, it } from "vitest";
import type { Family } from "@/lib/parser/types";
import type { ReportMeta } from "@/lib/parser/meta";
import { validateReport } from "./index";
import { consistentValues, metaFor } from "@/test/helpers/validate-values";

interface RunOpts {
  family?: Family;
  year?: number | null;
  values?: Record<string, number>;
  meta?: ReportMeta;
  blanks?: string[];
}

function run(opts: RunOpts) {
  const year = opts.year === undefined ? 2023 : opts.year;
  return validateReport({
    family: opts.family ?? "2021",
    year,
    values: opts.values ?? consistentValues(),
    blanks: opts.blanks ?? [],
    meta: opts.meta ?? metaFor(year ?? 2023),
    sources: { "apps.new.commercial": { line: 40, raw: "…" } },
  });
}

describe("R6 form", () => {
  it("flags negative counts and fractional counts, not fractional amounts or 本年增/减", () => {
    const values: Record<string, number> = {
      ...consistentValues(),
      "active.fees.amount_wan": 1.25,
      "active.licensing.change": -3,
    };
    expect(run({ values })).toEqual([]);
    values["apps.new.commercial"] = -1;
    values["review.pending"] = 0.5;
    const r6 = run({ values }).filter((f) => f.rule === "R6");
    expect(r6.map((f) => [f.keys[0], f.actual, f.line])).toEqual([
      ["apps.new.commercial", -1, 40],
      ["review.pending", 0.5, undefined],
    ]);
  });

  it("flags a title year that disagrees with the 统计期限 (error) and a body year (warning)", () => {
    const meta = metaFor(2023, { yearEvidence: { title: 2022, period: 2023, body: 2024 } });
    const r6 = run({ meta }).filter((f) => f.rule === "R6");
    expect(r6.map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ["error", 2023, 2022],
      ["warning", 2023, 2024],
    ]);
  });

  it("flags a report year no evidence supports, an unknown year, a template outside its years", () => {
    expect(run({ year: 2021, meta: metaFor(2023) }).map((f) => f.message)).toEqual(["报告年份 2021 与文中年份不符"]);
    expect(run({ year: null }).map((f) => f.message)).toEqual(["无法确定报告所属年份"]);
    expect(run({ year: 2020, meta: metaFor(2020) }).map((f) => f.keys)).toEqual([["family"]]);
    expect(run({ family: "2019", year: 2020, meta: metaFor(2020) })).toEqual([]);
  });

  it("says which of the table's blank cells the sentences gave a figure", () => {
    const values = consistentValues();
    delete values["outcome.partial.total"];
    const r6 = run({ values, blanks: ["apps.new.total", "outcome.partial.total"] }).filter((f) => f.rule === "R6");
    expect(r6.map((f) => [f.severity, f.keys])).toEqual([["info", ["apps.new.total", "outcome.partial.total"]]]);
    expect(r6[0].message).toContain("其中 1 个按正文填入:apps.new.total");
  });

  it("lists missing required cells once, per family", () => {
    const values = consistentValues();
    delete values["apps.new.total"];
    delete values["outcome.partial.total"];
    const r6 = run({ values }).filter((f) => f.rule === "R6");
    expect(r6).toHaveLength(1);
    expect(r6[0].keys).toEqual(["apps.new.total", "outcome.partial.total"]);
    const legacy = run({ family: "legacy", year: 2015, values: { "legacy.apps.received": 2 }, meta: metaFor(2015) });
    expect(legacy.map((f) => f.keys)).toEqual([["legacy.review.total", "legacy.litigation.total"]]);
  });
});

describe("N1 narrative vs table", () => {
  const withNarrative = (value: number) => metaFor(2023, { narrative: { appsReceived: { value, line: 12 } } });

  it("warns when the narrative's count differs from 本年新收", () => {
    const values = consistentValues();
    const table = values["apps.new.total"];
    const findings = run({ values, meta: withNarrative(table + 5) });
    expect(findings).toEqual([
      expect.objectContaining({ rule: "N1", severity: "warning", expected: table, actual: table + 5, line: 12 }),
    ]);
  });

  it("accepts the table figure, or the figure with carried-over applications", () => {
    const values = consistentValues();
    expect(run({ values, meta: withNarrative(values["apps.new.total"]) })).toEqual([]);
    const withCarried = values["apps.new.total"] + values["apps.carried_over.total"];
    expect(run({ values, meta: withNarrative(withCarried) })).toEqual([]);
  });
});
