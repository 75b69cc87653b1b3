/**
 * Property: pages of one site number the §三 items differently (一、 / （一） / 1、 / 1. / （1）), at each level
 * on its own. Whatever the numbering, a table whose cells are printed apart reads exactly: every printed figure
 * of every row, the derived group sums, and nothing wrong.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { APPLICANTS, SECTION3, type TemplateRow } from "@/lib/template/modern";
import { parseText } from "./index";

const NUMERALS = "〇一二三四五六七八九十";
/** Item number of a row in a style: the template's level (一 / (一) / 1) and the number it stands for. */
const STYLES: ((n: number, cn: string) => string)[] = [
  (_n, cn) => `${cn}、`,
  (_n, cn) => `（${cn}）`,
  (n) => `${n}、`,
  (n) => `${n}.`,
  (n) => `（${n}）`,
  (n) => `${n}．`,
];

function number(row: TemplateRow, styles: number[]): string {
  const bare = row.prefix.replace(/[()]/g, "");
  const n = /^\d+$/.test(bare) ? Number(bare) : NUMERALS.indexOf(bare);
  const level = /^\d+$/.test(bare) ? 2 : row.prefix.startsWith("(") ? 1 : 0;
  return STYLES[styles[level]](n, NUMERALS[n]);
}

const rows = SECTION3["2021"];
const leaves = rows.filter((r) => !r.group && r.key.startsWith("outcome.") && r.key !== "outcome.total");

describe("§三 read whatever the item numbering", () => {
  it("reads every figure exactly", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: STYLES.length - 1 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: leaves.length, maxLength: leaves.length }),
        fc.integer({ min: 0, max: 9 }),
        (styles, outcomes, forward) => {
          // One applicant column holds the figures (natural persons); the sums R1–R3 hold by construction.
          const v: Record<string, number> = {};
          leaves.forEach((r, i) => {
            v[r.key] = outcomes[i];
          });
          v["outcome.total"] = outcomes.reduce((a, b) => a + b, 0);
          v["apps.carried_forward"] = forward;
          v["apps.carried_over"] = Math.min(forward, 3);
          v["apps.new"] = v["outcome.total"] + forward - v["apps.carried_over"];
          const table = rows
            .map((r) => {
              const label = `${number(r, styles)}${r.label}`;
              if (r.group) return label;
              const n = v[r.key];
              return `${label} ${n} 0 0 0 0 0 ${n}`;
            })
            .join(" ");
          const text =
            "平阳县司法局2022年政府信息公开工作年度报告\n本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n" +
            `三、收到和处理政府信息公开申请情况\n申请人情况 ${APPLICANTS.map((a) => a.label).join(" ")} ${table}\n` +
            "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n";
          const got = parseText(text).value;
          expect(got).toBeDefined();
          for (const [key, n] of Object.entries(v)) {
            expect(got?.values[`${key}.natural_person`], key).toBe(n);
            expect(got?.values[`${key}.total`], key).toBe(n);
          }
          expect(got?.values["outcome.rejected.total"]).toBe(
            leaves.filter((r) => r.key.startsWith("outcome.rejected.")).reduce((s, r) => s + v[r.key], 0),
          );
        },
      ),
      { numRuns: 60, seed: 8 },
    );
  });
});
