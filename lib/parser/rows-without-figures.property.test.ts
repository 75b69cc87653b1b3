/**
 * Property: a 2021 §三 table (figures drawn so that every row total and the column sums hold) printed the way
 * one site flattens it (each row's cells glued or spaced, runs touching the next label), with some rows'
 * figures left out altogether: the label runs straight into the next one. A row left out that held only zeros
 * reads 0 where the printed outcomes add up to 总计; any other figure reads as printed, or is blank, or a
 * finding names it — never a wrong number without a finding. The same tables glued with one row's 总计 misprinted
 * never read a wrong number without a finding either.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printedLabel, SECTION3 } from "@/lib/template/modern";
import { parseText } from "./index";
import type { ParsedReport } from "./types";
import { APPLICANT_COLUMNS } from "./labels";

const ROWS = SECTION3["2021"];
const ITEMS = ROWS.filter((r) => r.key.startsWith("outcome.") && r.key !== "outcome.total" && !r.group);
const PARTIES = APPLICANT_COLUMNS.length - 1;

interface Table {
  /** Row key → seven cells (six applicants and the total). */
  rows: Map<string, number[]>;
}

const withTotal = (cells: number[]): number[] => [...cells, cells.reduce((a, b) => a + b, 0)];

function buildTable(outcomes: [number, number[]][], carriedOver: number[]): Table {
  const rows = new Map<string, number[]>();
  for (const r of ITEMS) rows.set(r.key, withTotal(new Array(PARTIES).fill(0)));
  for (const [i, cells] of outcomes) rows.set(ITEMS[i % ITEMS.length].key, withTotal(cells));
  const total = Array.from({ length: PARTIES }, (_, c) => ITEMS.reduce((n, r) => n + (rows.get(r.key)?.[c] ?? 0), 0));
  const over = carriedOver.map((v, c) => Math.min(v, total[c]));
  rows.set("outcome.total", withTotal(total));
  rows.set("apps.carried_over", withTotal(over));
  rows.set("apps.carried_forward", withTotal(new Array(PARTIES).fill(0)));
  rows.set("apps.new", withTotal(total.map((t, c) => t - over[c])));
  return { rows };
}

function print(table: Table, glued: boolean, left: Set<string>): string {
  let body = "";
  for (const r of ROWS) {
    body += printedLabel(r);
    const cells = table.rows.get(r.key);
    if (r.group || !cells || left.has(r.key)) continue;
    body += (glued ? " " : " ") + cells.join(glued ? "" : " ") + (glued ? "" : " ");
  }
  return [
    "某镇2023年政府信息公开工作年度报告",
    `三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ${body}`,
    "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 " +
      "复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 000000000000000",
    "五、存在的主要问题及改进情况 无。",
  ].join("\n");
}

const cellsArb = fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 30 })), {
  minLength: PARTIES,
  maxLength: PARTIES,
});

/** Up to four outcome rows with figures, the rest 0. */
const outcomesArb = fc.array(fc.tuple(fc.nat(ITEMS.length - 1), cellsArb), { minLength: 1, maxLength: 4 });

/** The table's figures a report read wrong with no finding naming them (`also` adds a check per figure). */
function wrongUnnamed(table: Table, report: ParsedReport | null, also?: (row: string, got?: number) => void): void {
  const named = new Set(report?.findings.flatMap((f) => f.keys));
  for (const [row, cells] of table.rows)
    APPLICANT_COLUMNS.forEach((col, c) => {
      const key = `${row}.${col}`;
      const got = report?.values[key];
      if (got === cells[c]) return;
      also?.(row, got);
      if (got !== undefined && !named.has(key)) expect.fail(`${key} read ${got}, printed ${cells[c]}, no finding`);
    });
}

describe("§三 rows printed without figures", () => {
  it("read 0 where the column sums prove it; no figure is ever wrong without a finding", () => {
    fc.assert(
      fc.property(
        outcomesArb,
        cellsArb,
        fc.uniqueArray(fc.nat(ITEMS.length - 1), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (outcomes, carriedOver, dropped, glued) => {
          const table = buildTable(outcomes, carriedOver);
          const left = new Set(dropped.map((i) => ITEMS[i].key));
          const report = parseText(print(table, glued, left)).value;
          expect(report).not.toBeNull();
          // Where every printed row reads exactly, the sums prove a left-out row of zeros holds nothing.
          const printedExact = [...table.rows].every(
            ([row, cells]) =>
              left.has(row) || APPLICANT_COLUMNS.every((col, c) => report?.values[`${row}.${col}`] === cells[c]),
          );
          const zerosOnly = printedExact && [...left].every((k) => table.rows.get(k)?.every((v) => v === 0));
          wrongUnnamed(table, report, (row, got) => {
            if (left.has(row) && zerosOnly) expect.fail(`${row}: a row of zeros left out read ${got}, not 0`);
          });
        },
      ),
      { numRuns: 150, seed: 20261206 },
    );
  });
});

describe("§三 glued rows whose printed 总计 disagrees with their parts", () => {
  it("never read a wrong figure without a finding", () => {
    fc.assert(
      fc.property(
        outcomesArb,
        cellsArb,
        fc.nat(ITEMS.length + 2),
        fc.integer({ min: -9, max: 9 }).filter((d) => d !== 0),
        (outcomes, carriedOver, pick, delta) => {
          const table = buildTable(outcomes, carriedOver);
          const keys = [...table.rows.keys()];
          const row = table.rows.get(keys[pick % keys.length]) as number[];
          row[PARTIES] = Math.max(0, row[PARTIES] + delta);
          wrongUnnamed(table, parseText(print(table, true, new Set())).value);
        },
      ),
      { numRuns: 150, seed: 20261206 },
    );
  });
});
