/**
 * §三 row labels wrapped in a narrow label column, with something not the label's between the halves: a text grid's
 * cells ("4.保护第三方合│ 0 │ … │ 1 │" then "│法权益 │"), or, in a PDF's layout text, the group label of the
 * column before ("（三）不   4.保护第三方合" then "予公开     法权益   0 1 0 …"). Pages written out by hand by the
 * renderers below, at several column widths.
 */
import { describe, expect, it } from "vitest";
import { boxPage, COLUMNS, figures, GROUPS, layoutPage, pipePage, report } from "@/test/helpers/wrapped-grids";
import { parseText } from "./index";
import { firstHalfPattern, LabelMatcher } from "./label-regex";

const CASES = [
  {
    agency: "平潭综合实验区卫生健康委员会",
    items: {
      "outcome.granted": [3, 1],
      "outcome.partial": [1, 0],
      "outcome.denied.third_party": [0, 1],
      "outcome.unable.not_held": [2, 0],
      "outcome.rejected.petition": [1, 0],
      "outcome.other.no_correction": [1, 0],
    } as Record<string, [number, number]>,
    over: 0,
    forward: 0,
  },
  {
    agency: "平潭综合实验区教育局",
    items: {
      "outcome.granted": [5, 1],
      "outcome.denied.internal_affairs": [1, 0],
      "outcome.denied.process_info": [1, 0],
      "outcome.denied.enforcement_file": [2, 0],
      "outcome.unable.not_held": [3, 1],
      "outcome.rejected.publication": [1, 0],
      "outcome.rejected.excessive": [0, 2],
      "outcome.other.misc": [1, 0],
    } as Record<string, [number, number]>,
    over: 1,
    forward: 1,
  },
  {
    agency: "福清市自然资源和规划局",
    items: {
      "outcome.granted": [41, 6],
      "outcome.partial": [7, 2],
      "outcome.denied.three_safeties": [1, 0],
      "outcome.denied.third_party": [2, 1],
      "outcome.denied.process_info": [3, 0],
      "outcome.unable.not_held": [12, 1],
      "outcome.unable.unclear": [2, 0],
      "outcome.rejected.confirmation": [1, 1],
      "outcome.other.unpaid_fee": [1, 0],
      "outcome.other.no_correction": [4, 0],
    } as Record<string, [number, number]>,
    over: 5,
    forward: 3,
  },
];

const RENDERINGS = [
  { name: "layout text, group labels in the column before", page: layoutPage },
  { name: "box-drawing grid", page: boxPage },
  { name: "pipe grid", page: pipePage },
];

describe("§三 labels wrapped in a narrow column, the halves apart", () => {
  for (const { name, page } of RENDERINGS)
    CASES.forEach((c, n) => {
      const labelWidth = 5 + n;
      it(`${name}: ${c.agency}, labels wrapped every ${labelWidth} characters`, () => {
        const rows = figures(c.items, c.over, c.forward);
        const { value, error } = parseText(report(c.agency, page(rows, labelWidth, 3)));
        expect(error).toBeUndefined();
        const v = value!.values;
        for (const [key, cells] of Object.entries(rows))
          COLUMNS.forEach((col, i) => expect(v[`${key}.${col}`], `${key}.${col}`).toBe(cells[i]));
        for (const g of GROUPS) {
          const want = Object.entries(rows)
            .filter(([k]) => k.startsWith(`${g}.`))
            .reduce((s, [, cells]) => s + cells[6], 0);
          expect(v[`${g}.total`], `${g}.total`).toBe(want);
        }
        const warned = value!.findings.filter((f) => f.severity !== "info");
        expect(warned.map((f) => f.message)).toEqual([]);
      });
    });
});

describe("a label's first half alone", () => {
  it("is found with its item number, ending its line or cell, never as the whole label's stand-in", () => {
    const m = new LabelMatcher(
      { prefix: "4", prefixRequired: true, cores: ["保护第三方合法权益"] },
      firstHalfPattern("保护第三方合法权益")!,
    );
    const at = (text: string) => {
      const span = m.find(text, 0, text.length);
      return span && text.slice(span.start, span.end);
    };
    expect(at("（三）不   4.保护第三方合\n予公开  法权益 0 1 0 0 0 0 1")).toBe("4.保护第三方合");
    expect(at("│4.保护第三│ 2 │ 0 │")).toBe("4.保护第三");
    // No item number (a sentence's words), or words running on (not a wrapped cell), or too short to tell.
    expect(at("依法保护第三方合\n法权益")).toBeNull();
    expect(at("4.保护第三方的合法权益 1")).toBeNull();
    expect(at("4.保护第\n三方合法权益")).toBeNull();
    expect(firstHalfPattern("重复申请")).toBeNull();
  });
});
