/**
 * The 2019 form's §二 as some provinces print it: rows the template lacks (行政给付, 行政裁决, 行政确认…) between
 * 行政许可 and 其他对外管理服务事项, one row per line, cells a space apart. Two such rows leave 行政许可's segment
 * with three lines of figures; each line is a row, never one number per line ("62 0 1676" is not 6201676).
 */
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { extractTemplateTables } from "./template-tables";

function page(rows: string[]): string {
  return normalizeText(
    [
      "某县某局2019年政府信息公开工作年度报告",
      "一、总体情况",
      "本局依法公开政府信息。",
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
      "规章 0 0 0",
      "规范性文件 3 3 41",
      "第二十条第（五）项",
      "信息内容 上一年项目数量 本年增/减 处理决定数量",
      ...rows,
      "第二十条第（六）项",
      "信息内容 上一年项目数量 本年增/减 处理决定数量",
      "行政处罚 57 -2 230",
      "行政强制 4 0 12",
      "第二十条第（八）项",
      "信息内容 上一年项目数量 本年增/减",
      "行政事业性收费 1 0",
      "三、收到和处理政府信息公开申请情况",
      "本年度未收到申请。",
    ].join("\n"),
  );
}
const read = (text: string) => extractTemplateTables(text, "2019");

const CASES: Array<{ name: string; rows: string[]; licensing: [number, number, number] }> = [
  {
    name: "行政给付 and 行政裁决",
    rows: ["行政许可 48 3 925", "行政给付 211 17 308", "行政裁决 104 12 66", "其他对外管理服务事项 2 0 5"],
    licensing: [48, 3, 925],
  },
  {
    name: "行政确认 and 行政奖励",
    rows: ["行政许可 130 4 2044", "行政确认 36 5 870", "行政奖励 9 1 14", "其他对外管理服务事项 0 0 0"],
    licensing: [130, 4, 2044],
  },
  {
    name: "行政征收 and 行政给付, small figures",
    rows: ["行政许可 7 0 63", "行政征收 12 0 41", "行政给付 25 2 118", "其他对外管理服务事项 1 1 2"],
    licensing: [7, 0, 63],
  },
  {
    name: "a negative change",
    rows: ["行政许可 88 -6 301", "行政确认 40 2 77", "行政奖励 5 0 3", "其他对外管理服务事项 0 0 0"],
    licensing: [88, -6, 301],
  },
  {
    name: "three extra rows",
    rows: ["行政许可 7 0 63", "行政征收 12 0 41", "行政给付 25 2 118", "行政裁决 3 0 9", "其他对外管理服务事项 1 1 2"],
    licensing: [7, 0, 63],
  },
];

describe("§二 (2019) with rows the template lacks after 行政许可", () => {
  for (const c of CASES) {
    it(`${c.name}: 行政许可 is never its lines glued; a figure read is the page's, the row named`, () => {
      const { value, issues } = read(page(c.rows));
      const v = value.values;
      const keys = ["prev_items", "change", "decisions"].map((f) => `active.licensing.${f}`);
      const named = issues.some((i) => keys.some((k) => i.keys?.includes(k)));
      keys.forEach((k, i) => {
        if (v[k] !== undefined && v[k] !== null) expect(v[k]).toBe(c.licensing[i]);
      });
      // Extra figures in the row's segment are reported: the reader sees the rows the template lacks.
      expect(named).toBe(true);
      expect(v["active.penalty.decisions"]).toBe(230);
    });
  }
});

/** The 本年增/减 cell in words: no change is 0 and the figures around it stay whole; 减少N is −N. */
describe("§二 (2019) with 本年增/减 printed in words", () => {
  const CHANGE_CASES: Array<[string, [number | null, number, number]]> = [
    ["行政许可 — 无变化 18", [null, 0, 18]],
    ["行政许可 64 持平 0", [64, 0, 0]],
    ["行政许可 / 不变 4705", [null, 0, 4705]],
    ["行政许可 57 无变化 26", [57, 0, 26]],
    ["行政许可 65 减少5 0", [65, -5, 0]],
    ["行政许可 31 增加12 980", [31, 12, 980]],
    ["| 行政许可 | 42 | 无变化 | 7429 |", [42, 0, 7429]],
  ];
  for (const [row, want] of CHANGE_CASES) {
    it(`"${row}"`, () => {
      const { value, issues } = read(page([row, "其他对外管理服务事项 0 0 0"]));
      const v = value.values;
      const got = ["prev_items", "change", "decisions"].map((f) => v[`active.licensing.${f}`] ?? null);
      expect(got).toEqual(want);
      expect(issues.filter((i) => i.keys?.some((k) => k.startsWith("active.licensing")))).toEqual([]);
    });
  }
});
