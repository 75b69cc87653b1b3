import { describe, expect, it } from "vitest";
import { parseLegacyTable } from "./legacy-table";
import { normalizeText } from "./normalize";

/**
 * A 统计表 whose header row is printed at the end of the line that titles it or ends the prose before it, its rows
 * one per line (spaces or tabs) or one cell per line: the header still decides which column is this year's.
 */
function read(page: string) {
  const text = normalizeText(page);
  const result = parseLegacyTable(text.split("\n"), text, 2011);
  expect(result.error).toBeUndefined();
  return { values: result.value!.values, issues: result.issues };
}

const ROWS = [
  ["主动公开信息数", "条"],
  ["受理政府信息公开申请总数", "件"],
  ["对申请的答复总数", "件"],
  ["其中：1.同意公开答复数", "件"],
  ["2.同意部分公开答复数", "件"],
  ["3.不予公开答复数", "件"],
  ["行政复议数", "件"],
  ["行政诉讼数", "件"],
  ["接受行政申诉、举报数", "件"],
] as const;

/** Each row's figures by column; this year's column is the one named `pick` below. */
const FIGURES = [
  [212, 58, 270],
  [64, 19, 83],
  [64, 19, 83],
  [40, 12, 52],
  [9, 3, 12],
  [15, 4, 19],
  [6, 1, 7],
  [3, 2, 5],
  [11, 0, 11],
];

function rowsSpaced(sep: string, cols: number[]): string[] {
  return ROWS.map(([label, unit], i) => [label, unit, ...cols.map((c) => String(FIGURES[i][c]))].join(sep));
}

function expectColumn(values: Record<string, number>, col: number) {
  expect(values["legacy.active.total"]).toBe(FIGURES[0][col]);
  expect(values["legacy.apps.received"]).toBe(FIGURES[1][col]);
  expect(values["legacy.answers.granted"]).toBe(FIGURES[3][col]);
  expect(values["legacy.answers.denied"]).toBe(FIGURES[5][col]);
  expect(values["legacy.review.total"]).toBe(FIGURES[6][col]);
  expect(values["legacy.complaints"]).toBe(FIGURES[8][col]);
}

const PROSE =
  "某某镇2011年政府信息公开工作年度报告 本报告由概述、主动公开情况等部分组成,并附政府信息公开情况统计表。" +
  " 一、概述 2011年,我镇按照《条例》要求做好公开工作。 五、附表";

describe("legacy 统计表 header at the end of the title or prose line", () => {
  it("reads the year's column when 累计 comes first (rows on lines, spaces)", () => {
    const text = [`${PROSE} 指 标 名 称 计量 单位 累计数 2011年度`, ...rowsSpaced(" ", [2, 0])].join("\n");
    expectColumn(read(text).values, 0);
  });

  it("reads the year's column of tab-separated rows under 历年累计 | 2010年度 | 2011年度", () => {
    const header = `${PROSE} 项 目 计量单位\t历年累计\t2010年度\t2011年度`;
    const text = [header, ...rowsSpaced("\t", [2, 1, 0])].join("\n");
    expectColumn(read(text).values, 0);
  });

  it("reads the 全年 column of halves (上半年 下半年 全年) under a spaced label word", () => {
    const text = [`${PROSE} 统 计 指 标 单位 上半年 下半年 全年`, ...rowsSpaced(" ", [0, 1, 2])].join("\n");
    expectColumn(read(text).values, 2);
  });

  it("reads the 合计 column whose words follow one per line under a label-only header", () => {
    const cells = ROWS.flatMap(([label, unit], i) => [label, unit, ...[0, 1, 2].map((c) => String(FIGURES[i][c]))]);
    const text = [`${PROSE} 指 标 名 称 计量 单位`, "机关本级", "所属单位", "合计", ...cells].join("\n");
    expectColumn(read(text).values, 2);
  });

  it("reads a last cell with the attachment link after it, and a second identical copy raises no year doubt", () => {
    const rows = rowsSpaced("\t", [1, 0]);
    rows[rows.length - 1] += " 附件：2011年度政府信息公开统计表.xls";
    const copy = ROWS.flatMap(([label, unit], i) => [label, unit, String(FIGURES[i][1]), String(FIGURES[i][0])]);
    const text = [
      `${PROSE} 指标名称 单位\t上年数\t本年数`,
      ...rows,
      "指 标 名 称 单位",
      "上年数",
      "本年数",
      ...copy,
    ].join("\n");
    const { values, issues } = read(text);
    expectColumn(values, 0);
    expect(issues.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
  });
});

describe("legacy 统计表 累计 columns headed with years", () => {
  it("reads the year's column after '截至2011年底累计' (one line, flattened)", () => {
    const rows = ROWS.map(([label, unit], i) => `${label} ${unit} ${FIGURES[i][2]} ${FIGURES[i][0]}`).join(" ");
    const text = `${PROSE} 指 标 名 称 计量 单位 截至2011年底累计 2011年度 ${rows}`;
    expectColumn(read(text).values, 0);
  });

  it("reads no table figure from a single column '2008年至2011年累计' or '2004-2011年累计'", () => {
    for (const head of ["2008年至2011年累计", "2004-2011年累计", "2011年底累计"]) {
      const rows = ROWS.map(([label, unit], i) => `${label} ${unit} ${FIGURES[i][2]}`).join(" ");
      const text = normalizeText(`${PROSE} 指 标 名 称 计量 单位 ${head} ${rows}`);
      const values = parseLegacyTable(text.split("\n"), text, 2011).value?.values ?? {};
      expect(values["legacy.apps.received"], head).toBeUndefined();
      expect(values["legacy.review.total"], head).toBeUndefined();
    }
  });
});
