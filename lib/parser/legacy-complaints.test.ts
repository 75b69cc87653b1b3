/**
 * legacy.complaints is the form's one row of 申诉 and 举报 (REPORT-FORMATS.md): a table printing them as two rows of
 * this year's counts gives their sum, whatever the layout and order; 信访 counted with 举报 in a sentence is not the
 * row's figure. Fixture text is hand-written.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const page = (agency: string, year: number, body: string) =>
  `标题: ${agency}${year}年度政府信息公开工作年度报告\n==================== 正文 ====================\n` +
  `${agency}${year}年度政府信息公开工作年度报告\n` +
  `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。\n附表：政府信息公开情况统计表\n${body}\n`;

type Row = readonly [string, string, number];
const rowsWith = (received: number, complaints: readonly Row[]): Row[] => [
  ["主动公开信息数", "条", 45],
  ["受理依申请公开信息总数", "件", received],
  ["同意公开答复数", "件", received - 1],
  ["不同意公开答复数", "件", 1],
  ["行政复议数", "件", 0],
  ["行政诉讼数", "件", 0],
  ...complaints,
];

const layouts: Record<string, (rows: Row[]) => string> = {
  pipes: (rows) => ["指标名称 | 单位 | 统计数", ...rows.map((r) => r.join(" | "))].join("\n"),
  spaces: (rows) => ["指标名称 单位 统计数", ...rows.map((r) => r.join(" "))].join("\n"),
  tabs: (rows) => ["指标名称\t单位\t统计数", ...rows.map((r) => r.join("\t"))].join("\n"),
  "one line": (rows) => `指标名称 单位 统计数 ${rows.map((r) => r.join(" ")).join(" ")}`,
};

const read = (text: string) => {
  const r = parseText(text).value;
  const findings = (r?.findings ?? []).filter((f) => f.keys.includes("legacy.complaints"));
  return { value: r?.values["legacy.complaints"], findings };
};

describe("申诉 and 举报 printed as two rows of the 统计表", () => {
  const cases: { agency: string; year: number; rows: Row[]; sum: number }[] = [
    {
      agency: "平潭县某某局",
      year: 2012,
      rows: [
        ["行政申诉数", "件", 2],
        ["举报数", "件", 2],
      ],
      sum: 4,
    },
    {
      agency: "福清市卫生局",
      year: 2010,
      rows: [
        ["接受行政申诉数", "件", 3],
        ["接受举报投诉数", "件", 1],
      ],
      sum: 4,
    },
    {
      agency: "长乐区国土资源局",
      year: 2015,
      rows: [
        ["举报投诉数", "件", 1],
        ["行政申诉数", "件", 1],
      ],
      sum: 2,
    },
    {
      agency: "连江县教育局",
      year: 2017,
      rows: [
        ["行政申诉数", "件", 0],
        ["投诉数", "件", 5],
      ],
      sum: 5,
    },
    {
      agency: "繁昌区劳动局",
      year: 2008,
      rows: [
        ["接受举报数", "件", 2],
        ["接受行政申诉数", "件", 2],
      ],
      sum: 4,
    },
  ];
  for (const { agency, year, rows, sum } of cases) {
    for (const [name, layout] of Object.entries(layouts)) {
      it(`${agency} ${year}, ${name}: ${rows.map((r) => r[0]).join(" + ")} = ${sum}`, () => {
        const got = read(page(agency, year, layout(rowsWith(6, rows))));
        expect(got.value).toBe(sum);
      });
    }
  }

  it("adds no other table's 举报 row (来信来访情况表 after the signature), on lines or on one line", () => {
    const other =
      "平潭县某某局\n2013年1月24日\n来信来访情况表\n项目 单位 数量\n来信 件 331\n来访 批次 199\n举报 件 135";
    const rows: Row[] = [["行政申诉数", "件", 1]];
    for (const layout of [layouts.spaces, layouts["one line"]]) {
      const text = page("平潭县某某局", 2013, layout(rowsWith(5, rows))).replace(/\n$/, `\n${other}\n`);
      expect(read(text).value).toBe(1);
    }
  });

  it("keeps one 申诉、举报 row beside a 申诉 row apart (not summed: they overlap), with a finding", () => {
    const rows: Row[] = [
      ["行政申诉、举报数", "件", 3],
      ["行政申诉数", "件", 2],
    ];
    const got = read(page("平潭县某某局", 2013, layouts.pipes(rowsWith(5, rows))));
    expect(got.value === 3 || got.value === undefined).toBe(true);
    expect(got.findings.some((f) => f.severity === "warning")).toBe(true);
  });
});

const sentencePage = (year: number, sentence: string) =>
  `标题: 平潭县某某局${year}年度政府信息公开工作年度报告\n==================== 正文 ====================\n` +
  `平潭县某某局${year}年度政府信息公开工作年度报告\n本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。\n` +
  `三、依申请公开情况\n${year}年，我局共受理政府信息公开申请5件，其中同意公开4件，不予公开1件。\n` +
  `四、行政复议、行政诉讼和申诉情况\n${sentence}\n五、存在的问题\n无。\n`;

describe("信访 counted with 举报 in a sentence", () => {
  const petitions = [
    "2013年，我局未发生行政复议、行政诉讼案件，收到信访、举报3件。",
    "本年度未发生有关政府信息公开的行政复议、行政诉讼，受理来信来访及举报7件。",
    "全年未发生因政府信息公开引起的行政复议和行政诉讼，共收到群众来信、举报投诉12件。",
  ];
  for (const s of petitions) {
    it(`does not read 「${s}」 as the 申诉、举报 row`, () => {
      expect(read(sentencePage(2013, s)).value).toBeUndefined();
    });
  }

  it("still reads a 举报 count of its own beside a 信访 count", () => {
    const got = read(sentencePage(2014, "全年行政复议0件，行政诉讼0件，信访件3件，举报1件。"));
    expect(got.value).toBe(1);
  });
});
