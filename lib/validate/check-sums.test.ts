import { describe, expect, it } from "vitest";
import { parseLegacyTable } from "@/lib/parser/legacy-table";
import { readFileSync } from "node:fs";
import { validateReport } from "./index";
import { consistentValues, metaFor } from "@/test/helpers/validate-values";

function run(values: Record<string, number>, blanks: string[] = []) {
  return validateReport({ family: "2021", year: 2023, values, blanks, meta: metaFor(2023) });
}

const rulesOf = (findings: { rule: string }[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe("R1–R4 on a 2021 report", () => {
  it("finds nothing in a report whose figures all agree", () => {
    expect(run(consistentValues())).toEqual([]);
  });

  it("R1: a column whose intake and outcome do not balance", () => {
    const v = consistentValues();
    v["apps.carried_forward.natural_person"] += 2;
    v["apps.carried_forward.total"] += 2;
    const findings = run(v);
    expect(rulesOf(findings)).toEqual(["R1"]);
    expect(findings.map((f) => f.keys[0])).toEqual(["outcome.total.natural_person", "outcome.total.total"]);
    expect(findings[0].actual! - findings[0].expected!).toBe(2);
  });

  it("R2: a row total that is not the sum of its columns", () => {
    const v = consistentValues();
    const before = v["apps.carried_over.total"];
    v["apps.carried_over.total"] = before + 5;
    const r2 = run(v).filter((f) => f.rule === "R2");
    expect(r2).toHaveLength(1);
    expect(r2[0]).toMatchObject({
      keys: expect.arrayContaining(["apps.carried_over.total"]),
      expected: before,
      actual: before + 5,
    });
  });

  it("R2 on (六)其他处理 only when it is printed as one row", () => {
    const v = consistentValues();
    v["outcome.other.total"] += 1; // derived from sub-items here: their own R2 rules stand for it
    expect(run(v).filter((f) => f.rule === "R2")).toEqual([]);
    for (const k of Object.keys(v)) if (/^outcome\.other\.(no_correction|unpaid_fee|misc)\./.test(k)) delete v[k];
    expect(
      run(v)
        .filter((f) => f.rule === "R2")
        .map((f) => f.keys[0]),
    ).toEqual(["outcome.other.total"]);
  });

  it("R3: outcome total not the sum of outcomes, per column", () => {
    const v = consistentValues();
    v["outcome.granted.commercial"] += 1;
    v["outcome.granted.total"] += 1;
    const findings = run(v);
    expect(rulesOf(findings)).toEqual(["R3"]);
    expect(findings.map((f) => f.keys[0])).toEqual(["outcome.total.commercial", "outcome.total.total"]);
  });

  it("R4: each §四 group, with the printed total as actual", () => {
    const v = consistentValues();
    v["litigation_direct.total"] = 9;
    const findings = run(v);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "R4",
        keys: expect.arrayContaining(["litigation_direct.total"]),
        expected: 4,
        actual: 9,
      }),
    ]);
  });

  it("does not evaluate a rule over blank or missing cells", () => {
    const v = consistentValues();
    v["review.total"] = 999;
    delete v["review.pending"];
    const missing = run(v);
    expect(missing.filter((f) => f.rule === "R4")).toEqual([]);
    expect(missing.find((f) => f.rule === "R6")?.keys).toEqual(["review.pending"]);
    const blank = run(v, ["review.pending"]);
    expect(blank.filter((f) => f.rule === "R4")).toEqual([]);
    expect(blank.find((f) => f.rule === "R6")).toMatchObject({ severity: "info", keys: ["review.pending"] });
  });

  it("points at the printed total's source line", () => {
    const v = consistentValues();
    v["review.total"] += 1;
    const findings = validateReport({
      family: "2019",
      year: 2020,
      values: v,
      blanks: [],
      meta: metaFor(2020),
      sources: { "review.total": { line: 77, raw: "…" } },
    });
    expect(findings).toEqual([expect.objectContaining({ rule: "R4", line: 77 })]);
  });
});

describe("legacy rules L1–L5", () => {
  const seed = readFileSync("fixtures/seeds/001_2280456dce613c96.txt", "utf8").split("\n");
  const legacy = (values: Record<string, number>, blanks: string[] = []) =>
    validateReport({ family: "legacy", year: 2018, values, blanks, meta: metaFor(2018) });

  it("finds nothing in seed 001's table", () => {
    const table = parseLegacyTable(seed).value!;
    expect(legacy(table.values, table.blanks)).toEqual([]);
  });

  it("L1–L5 fail when a printed total is not the sum of its printed parts", () => {
    const values: Record<string, number> = {
      "legacy.apps.received": 10,
      "legacy.apps.received.in_person": 3,
      "legacy.apps.received.online": 6,
      "legacy.apps.closed": 9,
      "legacy.apps.closed.on_time": 9,
      "legacy.apps.closed.extended": 1,
      "legacy.answers.total": 9,
      "legacy.answers.granted": 5,
      "legacy.answers.denied": 2,
      "legacy.review.total": 2,
      "legacy.review.upheld": 1,
      "legacy.litigation.total": 0,
      "legacy.litigation.upheld": 1,
      "legacy.litigation.corrected": 0,
    };
    const findings = legacy(values);
    expect(findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["L1", 7, 9],
      ["L2", 1, 2],
      ["L3", 1, 0],
      ["L4", 9, 10],
      ["L5", 10, 9],
    ]);
  });

  it("skips a legacy rule when no part is printed", () => {
    const values = { "legacy.apps.received": 4, "legacy.review.total": 0, "legacy.litigation.total": 0 };
    expect(legacy(values)).toEqual([]);
  });
});
