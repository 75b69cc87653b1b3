/**
 * 2019/2021 tables whose cells carry a note in brackets after the figure ('2（2023年12月受理）', '3（含转办1件）',
 * '0(无)', '2［注1］', '1（确认违法）'): the figure is the number before the bracket; the note's own digits are no
 * cells, and its words end no table (the last §三 row and §四 run on into the page's next words).
 */
import { describe, expect, it } from "vitest";
import { scanCells } from "./cells";
import { parseText } from "./index";

const FIELDS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];
type Cells = (number | string)[];

function page(agency: string, year: number, sep: string, flat: boolean, rows: [string, Cells][], s4: Cells): string {
  const line = (label: string, cells: Cells) => [label, ...cells.map(String)].join(sep);
  const body = [
    "三、收到和处理政府信息公开申请情况",
    line("申请人情况", ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]),
    ...rows.map(([label, cells]) => line(label, cells)),
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼 未经复议直接起诉 复议后起诉",
    line("结果维持", ["结果纠正", "其他结果", "尚未审结", "总计"]),
    s4.map(String).join(sep),
    "五、存在的主要问题及改进情况",
    "一是答复文书的说理有待加强；二是信息更新不够及时。",
  ];
  return [
    `标题: ${agency}${year}年政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    ...(flat ? [body.join(" ")] : body),
  ].join("\n");
}

const CASES: {
  agency: string;
  year: number;
  sep: string;
  flat: boolean;
  rows: [string, Cells][];
  s4: Cells;
  want: Record<string, number[]>;
}[] = [
  {
    agency: "平潭综合实验区综合执法局",
    year: 2024,
    sep: " ",
    flat: true,
    rows: [
      ["一、本年新收政府信息公开申请数量", [18, 2, 0, 0, 1, 0, 21]],
      ["二、上年结转政府信息公开申请数量", ["2（2023年12月受理）", 0, 0, 0, 0, 0, 2]],
      ["(一)予以公开", [5, 1, 0, 0, 0, 0, 6]],
      ["(七)总计", [19, 2, 0, 0, 1, 0, 22]],
      ["四、结转下年度继续办理", ["1（2024年12月受理）", 0, 0, 0, 0, 0, 1]],
    ],
    s4: [
      "2（含2023年申请1件）",
      0,
      1,
      1,
      "4（含上年度结转1件）",
      1,
      "1（确认违法）",
      0,
      "1（一审审理中）",
      3,
      0,
      0,
      0,
      0,
      0,
    ],
    want: {
      "apps.carried_over": [2, 0, 0, 0, 0, 0, 2],
      "apps.carried_forward": [1, 0, 0, 0, 0, 0, 1],
      review: [2, 0, 1, 1, 4],
      litigation_direct: [1, 1, 0, 1, 3],
    },
  },
  {
    agency: "平潭综合实验区商务局",
    year: 2022,
    sep: "  ",
    flat: false,
    rows: [
      ["一、本年新收政府信息公开申请数量", ["3（含转办 1 件）", "0(无)", 0, 0, "2［注 1］", 0, 5]],
      ["二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0]],
      ["(一)予以公开", ["3（含转办1件）", 0, 0, 0, 1, 0, 4]],
      ["(七)总计", [3, 0, 0, 0, 2, 0, 5]],
      ["四、结转下年度继续办理", [0, 0, 0, 0, "0【注2】", 0, "0（无）"]],
    ],
    s4: [0, 0, 0, "1［注2］", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    want: {
      "apps.new": [3, 0, 0, 0, 2, 0, 5],
      "apps.carried_forward": [0, 0, 0, 0, 0, 0, 0],
      review: [0, 0, 0, 1, 1],
    },
  },
  {
    agency: "平潭综合实验区卫生健康委员会",
    year: 2020,
    sep: "\t",
    flat: false,
    rows: [
      ["一、本年新收政府信息公开申请数量", [12, 3, 0, 1, 0, 0, 16]],
      ["二、上年结转政府信息公开申请数量", ["1（系上年申请、本年决定）", 0, 0, 0, 0, 0, 1]],
      ["(一)予以公开", [9, 2, 0, 1, 0, 0, 12]],
      ["(七)总计", [12, 3, 0, 1, 0, 0, 16]],
      ["四、结转下年度继续办理", ["1(含2020年12月31日受理1件)", 0, 0, 0, 0, 0, 1]],
    ],
    s4: ["1（维持）", 0, 0, 0, 1, 0, 0, 0, "1(一审中)", 1, 0, 0, 0, 0, 0],
    want: {
      "apps.carried_over": [1, 0, 0, 0, 0, 0, 1],
      "apps.carried_forward": [1, 0, 0, 0, 0, 0, 1],
      review: [1, 0, 0, 0, 1],
      litigation_direct: [0, 0, 0, 1, 1],
    },
  },
];

const S4 = ["upheld", "corrected", "other", "pending", "total"];

describe("cells with a note in brackets after the figure", () => {
  for (const c of CASES)
    it(`reads the figure before each note (${c.agency} ${c.year})`, () => {
      const res = parseText(page(c.agency, c.year, c.sep, c.flat, c.rows, c.s4));
      expect(res.error).toBeUndefined();
      const r = res.value!;
      for (const [key, cells] of Object.entries(c.want)) {
        const fields = cells.length === 5 ? S4 : FIELDS;
        fields.forEach((f, i) => expect(r.values[`${key}.${f}`], `${key}.${f}`).toBe(cells[i]));
      }
    });

  it("scans a note's digits as no cells, but a bracketed ordinal or a long remark stays as it was", () => {
    const raws = (s: string) => scanCells(s, 0, s.length).map((t) => ("raw" in t ? t.raw : ""));
    expect(raws(" 2(含 1 件) 0 [注3]1 5[注 1] 0")).toEqual(["2", "0", "1", "5", "0"]);
    // The next row's label glued to a figure: its ordinal is no note.
    expect(raws(" 0 0 2(二)部分公开")).toEqual(["0", "0", "2"]);
    // Not right after a figure, or over 24 characters: words, as before.
    expect(raws(" 2 (含 1 件) 0")).toEqual(["2", "1", "0"]);
  });
});

/**
 * A note that says the printed figure is not the real one ("0(实际3件)", "2（更正为3）", "1 (应为2)"): neither figure
 * is the cell's; it is left blank and named. A note that only breaks the figure down ("3（其中2件已办结）",
 * "5(含补正2件)") leaves the figure the cell's.
 */
const CORRECTED: {
  agency: string;
  year: number;
  sep: string;
  flat: boolean;
  rows: [string, Cells][];
  s4: Cells;
  blank: string[];
  want: Record<string, number>;
}[] = [
  {
    // The printed figures add up (2 + 3 = 5): the note's figures would too. Only the note tells.
    agency: "鄂州市华容区自然资源局",
    year: 2023,
    sep: " ",
    flat: true,
    rows: [
      ["一、本年新收政府信息公开申请数量", ["2(实际3件)", 3, 0, 0, 0, 0, "5(实际6件)"]],
      ["二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0]],
      ["(一)予以公开", ["2（其中1件已办结）", 3, 0, 0, 0, 0, 5]],
      ["(七)总计", [2, 3, 0, 0, 0, 0, 5]],
      ["四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, "0（更正为1）"]],
    ],
    s4: [1, 0, 0, 0, 1, "0 (应为1)", 0, 0, 0, 0, 0, 0, 0, 0, 0],
    blank: ["apps.new.natural_person", "apps.new.total", "apps.carried_forward.total", "litigation_direct.upheld"],
    want: {
      "apps.new.commercial": 3,
      "outcome.granted.natural_person": 2,
      "review.upheld": 1,
      "review.total": 1,
      "litigation_direct.total": 0,
    },
  },
  {
    agency: "宁波市北仑区市场监督管理局",
    year: 2021,
    sep: "  ",
    flat: false,
    rows: [
      ["一、本年新收政府信息公开申请数量", [7, "0 （修正为1）", 0, 0, 0, 0, 7]],
      ["二、上年结转政府信息公开申请数量", ["1［笔误，实为2］", 0, 0, 0, 0, 0, 1]],
      ["(一)予以公开", ["5(含补正2件)", 0, 0, 0, 0, 0, 5]],
      ["(七)总计", [8, 0, 0, 0, 0, 0, 8]],
      ["四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, 0]],
    ],
    s4: ["2【应是3】", 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    blank: ["apps.new.commercial", "apps.carried_over.natural_person", "review.upheld"],
    want: { "apps.new.natural_person": 7, "outcome.granted.natural_person": 5, "review.total": 2 },
  },
  {
    agency: "清远市清城区卫生健康局",
    year: 2020,
    sep: "\t",
    flat: false,
    rows: [
      ["一、本年新收政府信息公开申请数量", [4, 1, 0, 0, 0, "0(经核实为1件)", 5]],
      ["二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0]],
      ["(一)予以公开", [4, 1, 0, 0, 0, 0, 5]],
      ["(七)总计", [4, 1, 0, 0, 0, 0, 5]],
      ["四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, 0]],
    ],
    s4: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "1 (误填，应为0)", 0, 0, 0, 1],
    blank: ["apps.new.other_org", "litigation_after_review.upheld"],
    want: { "apps.new.total": 5, "apps.carried_forward.total": 0, "litigation_after_review.total": 1 },
  },
];

describe("a cell whose note says the figure is not the real one", () => {
  for (const c of CORRECTED)
    it(`leaves the cell blank and names it (${c.agency} ${c.year})`, () => {
      const res = parseText(page(c.agency, c.year, c.sep, c.flat, c.rows, c.s4));
      expect(res.error).toBeUndefined();
      const r = res.value!;
      const named = new Set(r.findings.filter((f) => f.severity !== "info").flatMap((f) => f.keys ?? []));
      for (const key of c.blank) {
        expect(r.values[key], key).toBeUndefined();
        expect(named.has(key), `${key} named`).toBe(true);
      }
      for (const [key, value] of Object.entries(c.want)) expect(r.values[key], key).toBe(value);
    });

  it("scans the figure and its correcting note as one unreadable cell, spaced or not", () => {
    const kinds = (s: string) => scanCells(s, 0, s.length).map((t) => `${t.kind}:${"raw" in t ? t.raw : ""}`);
    expect(kinds(" 0(实际3件) 2 0")).toEqual(["bad:0(实际3件)", "num:2", "num:0"]);
    expect(kinds(" 4 (更正为5) 1")).toEqual(["bad:4 (更正为5)", "num:1"]);
    expect(kinds(" 3(其中2件已办结) 1")).toEqual(["num:3", "num:1"]);
    // A bracket a space after the figure that corrects nothing reads as before.
    expect(kinds(" 3 (含补正2件) 1")).toEqual(["num:3", "num:1"]);
  });
});
