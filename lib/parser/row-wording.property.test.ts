/**
 * Property over the held-out probes (fixtures/probes/heldout/): §三's head and tail rows reworded the ways a
 * report words them itself (本年度新收, 上一年结转, 结转至下年度, (七)合计, 部分公开 without its note). Every figure
 * the page read exactly still reads exactly, and no figure is ever wrong without a finding naming it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { probePages } from "@/test/helpers/probe-pages";
import { parseText } from "./index";

const PAGES = probePages("heldout");

/** Each row's template wording (as a pattern over either bracket width) and the wordings reports use instead. */
const REWORDINGS: readonly [RegExp, readonly string[]][] = [
  [/本年新收政府信息公开申请数量/, ["本年度新收政府信息公开申请数量"]],
  [
    /上年结转政府信息公开申请数量/,
    ["上年度结转政府信息公开申请数量", "上一年结转政府信息公开申请数量", "上一年度结转"],
  ],
  [/结转下年度继续办理/, ["结转下一年度继续办理", "结转至下年度继续办理", "结转到下一年度继续办理"]],
  [/([（(]七[）)])总计/, ["$1合计"]],
  [/([（(]二[）)]部分公开)[（(]区分处理的，只计这一情形，不计其他情形[）)]/, ["$1"]],
];

describe("held-out probes with §三's rows in a report's own wording", () => {
  it("read every figure they read before, and nothing wrong without a finding", () => {
    fc.assert(
      fc.property(
        fc.nat(PAGES.length - 1),
        fc.array(fc.nat(2), { minLength: REWORDINGS.length, maxLength: REWORDINGS.length }),
        fc.subarray(
          REWORDINGS.map((_, i) => i),
          { minLength: 1 },
        ),
        (p, choice, which) => {
          const page = PAGES[p];
          let text = page.text;
          for (const i of which) {
            const [pattern, wordings] = REWORDINGS[i];
            text = text.replace(pattern, wordings[choice[i] % wordings.length]);
          }
          const report = parseText(text).value;
          expect(report, page.file).not.toBeNull();
          const named = new Set(report?.findings.flatMap((f) => f.keys));
          for (const [key, printed] of Object.entries(page.values)) {
            const got = report?.values[key];
            if (got === printed) continue;
            const where = `${page.file} [${which.join(", ")}] ${key}: read ${got}, printed ${printed}`;
            if (got !== undefined && !named.has(key)) expect.fail(`${where}, no finding`);
            if (page.read[key] === printed) expect.fail(`${where}, read exactly before`);
          }
        },
      ),
      { numRuns: 150, seed: 20261206 },
    );
  });
});
