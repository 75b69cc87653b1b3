/**
 * A legacy 统计表 whose value columns are parts of the year with no column for the whole (2012年1-6月 | 2012年7-12月,
 * 上半年 | 下半年, 一季度 … 四季度, no 合计): no column is the year's figure, so none is read as it (the first half is
 * not the year); the cells are left blank, each key named. Hand-written, with | cells, spaces and tabs.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const ROWS: [string, string, number, number][] = [
  ["主动公开信息数", "条", 40, 35],
  ["受理依申请公开信息总数", "件", 5, 7],
  ["其中：1．当面申请数", "件", 2, 3],
  ["2．网上申请数", "件", 3, 4],
  ["对申请的答复总数", "件", 5, 7],
  ["其中：1．同意公开答复数", "件", 3, 4],
  ["2．同意部分公开答复数", "件", 1, 2],
  ["3．否决公开答复总数", "件", 1, 1],
  ["行政复议数", "件", 1, 0],
  ["行政诉讼数", "件", 0, 1],
  ["行政申诉数", "件", 0, 0],
];

const CASES: { heads: string[]; sep: string; quarters?: boolean }[] = [
  { heads: ["2012年1-6月", "2012年7-12月"], sep: " " },
  { heads: ["上半年", "下半年"], sep: " | " },
  { heads: ["一季度", "二季度", "三季度", "四季度"], sep: "\t", quarters: true },
  { heads: ["1-6月", "7-12月"], sep: "\t" },
];

function page({ heads, sep, quarters }: (typeof CASES)[number]): string {
  const cells = (a: number, b: number) => (quarters ? [a >> 1, a - (a >> 1), b >> 1, b - (b >> 1)] : [a, b]);
  return [
    "标题: 某某县某某局2012年度政府信息公开工作年度报告",
    "==================== 正文 ====================",
    "某某县某某局2012年度政府信息公开工作年度报告",
    "一、概述 2012年，我局认真贯彻落实《条例》。",
    "附表：政府信息公开情况统计表",
    ["指标名称", "计量单位", ...heads].join(sep),
    ...ROWS.map(([l, u, a, b]) => [l, u, ...cells(a, b)].join(sep)),
  ].join("\n");
}

describe("a legacy 统计表 printed for parts of the year, no 合计", () => {
  it.each(CASES)("$heads.0 …: no part read as the year", (c) => {
    const r = parseText(page(c)).value!;
    const named = new Set(r.findings.filter((f) => f.severity === "warning").flatMap((f) => f.keys));
    const year: Record<string, number> = {
      "apps.new.total": 12,
      "outcome.granted.total": 7,
      "outcome.partial.total": 3,
      "outcome.denied.total": 2,
      "review.total": 1,
      "litigation.total": 1,
    };
    for (const [k, v] of Object.entries(year)) if (k in r.values && r.values[k] !== v) expect(named).toContain(k);
  });
});
