import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  cellState,
  legacyRows,
  templateKeys,
  templateTables,
  type StoredValue,
  type TemplateCell,
  type TemplateTable,
} from "./template-table";

/** Lays the grid out as a browser would: returns the width of every row, throwing on overlapping spans. */
function rowWidths(rows: TemplateCell[][]): number[] {
  const taken = new Set<string>();
  const widths: number[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r}:${c}`)) c++;
      const rs = cell.kind === "label" ? (cell.rowSpan ?? 1) : 1;
      const cs = cell.kind === "label" ? (cell.colSpan ?? 1) : 1;
      for (let i = 0; i < rs; i++)
        for (let j = 0; j < cs; j++) {
          const slot = `${r + i}:${c + j}`;
          if (taken.has(slot)) throw new Error(`overlap at ${slot}`);
          taken.add(slot);
        }
      c += cs;
    }
    while (taken.has(`${r}:${c}`)) c++;
    widths.push(c);
  });
  return widths;
}

const table = (family: "2021" | "2019", id: TemplateTable["id"]) => templateTables(family).find((t) => t.id === id)!;

describe("templateTables", () => {
  it.each(["2021", "2019"] as const)("lays out a rectangular §三 and §四 for %s", (family) => {
    const apps = table(family, "apps");
    expect(new Set(rowWidths([...apps.head, ...apps.body]))).toEqual(new Set([10]));
    const review = table(family, "review");
    expect(new Set(rowWidths([...review.head, ...review.body]))).toEqual(new Set([15]));
  });

  it("prints (六)其他处理 as three rows in 2021 and one in 2019", () => {
    const k2021 = templateKeys("2021");
    const k2019 = templateKeys("2019");
    expect(k2021).toContain("outcome.other.misc.total");
    expect(k2021).not.toContain("outcome.other.total");
    expect(k2019).toContain("outcome.other.total");
    expect(k2019).not.toContain("outcome.other.misc.total");
    expect(k2021).toHaveLength(25 * 7 + 15);
    expect(k2019).toHaveLength(23 * 7 + 15);
    expect(new Set(k2021).size).toBe(k2021.length);
  });

  it("names every printed §三/§四 figure of the seed reports with a template key", () => {
    const expected = JSON.parse(readFileSync("fixtures/seeds/expected.json", "utf8"));
    const keys = new Set(templateKeys("2021"));
    const derived = /^(outcome\.(denied|unable|rejected|other)\.[a-z_]+$|litigation\.)/;
    let checked = 0;
    for (const report of Object.values<{ format?: string; nonzero?: Record<string, number> }>(expected)) {
      if (report.format !== "2021") continue;
      for (const key of Object.keys(report.nonzero ?? {})) {
        if (!/^(apps|outcome|review|litigation)/.test(key) || derived.test(key)) continue;
        expect(keys, key).toContain(key);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("keeps the template's reading order: new, carried over, outcomes, carried forward, review", () => {
    const keys = templateKeys("2021");
    const at = (k: string) => keys.indexOf(k);
    expect(at("apps.new.natural_person")).toBe(0);
    expect(at("apps.new.total")).toBe(6);
    expect(at("apps.carried_over.total")).toBeLessThan(at("outcome.granted.natural_person"));
    expect(at("outcome.total.total")).toBeLessThan(at("apps.carried_forward.natural_person"));
    expect(keys.slice(-15, -10)).toEqual([
      "review.upheld",
      "review.corrected",
      "review.other",
      "review.pending",
      "review.total",
    ]);
  });
});

describe("cellState", () => {
  const values = new Map<string, StoredValue>([
    ["a", { value: 0, line: 3 }],
    ["b", { value: null, line: 4 }],
  ]);
  it("tells a printed zero, a blank cell and a missing figure apart", () => {
    expect(cellState("a", values)).toEqual({ state: "value", value: 0, line: 3 });
    expect(cellState("b", values)).toEqual({ state: "blank", line: 4 });
    expect(cellState("c", values)).toEqual({ state: "absent" });
  });
});

describe("legacyRows", () => {
  const lines = readFileSync("fixtures/seeds/001_2280456dce613c96.txt", "utf8").split("\n");
  const lineOf = (label: string) => lines.findIndex((l) => l.startsWith(label)) + 1;
  const lineText = (n: number) => lines[n - 1];

  it("labels rows with the report's own text and unit, in print order", () => {
    const values = new Map<string, StoredValue>([
      ["legacy.litigation.total", { value: 1, line: lineOf("五、行政诉讼数量") }],
      ["legacy.apps.received", { value: 0, line: lineOf("(一)收到申请数") }],
      ["legacy.training.people", { value: 36, line: lineOf("(三)接受培训人员数") }],
      ["legacy.unplaced", { value: 2, line: null }],
      ["legacy.heading", { value: null, line: null }],
      ["legacy.blank_row", { value: null, line: lineOf("二、回应解读情况") }],
      ["apps.new.total", { value: 0, line: lineOf("(一)收到申请数") }],
    ]);
    const rows = legacyRows(values, lineText);
    expect(rows.map((r) => r.label)).toEqual([
      "二、回应解读情况",
      "(一)收到申请数",
      "五、行政诉讼数量",
      "(三)接受培训人员数",
      "unplaced",
    ]);
    expect(rows.map((r) => r.unit)).toEqual(["", "件", "件", "人次", ""]);
  });

  it("falls back to the key when the line is only numbers", () => {
    const rows = legacyRows(new Map([["legacy.x.y", { value: 5, line: 1 }]]), () => "5 | 6");
    expect(rows[0].label).toBe("x.y");
  });
});
