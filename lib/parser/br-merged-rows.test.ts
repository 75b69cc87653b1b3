import { describe, expect, it } from "vitest";
import { printedLabel, SECTION3 } from "@/lib/template/modern";
import { splitMergedRows } from "./br-merged-rows";
import { parseText } from "./index";

/** One §三 row of a converted page: its three label columns and its seven figures (none for a group heading). */
interface Row {
  labels: [string, string, string];
  key: string;
  cells: number[] | null;
}

/** The 2021 form's §三 rows in the page's three label columns, group headings beside their first item. */
function section3Rows(figures: Record<string, number[]>): Row[] {
  const rows: Row[] = [];
  let group = "";
  for (const t of SECTION3["2021"]) {
    const label = printedLabel(t);
    if (t.key === "results" || t.group) {
      group = label;
      continue;
    }
    const item = /^\d/.test(t.prefix);
    const labels: [string, string, string] = item ? ["", group, label] : group ? [group, label, ""] : [label, "", ""];
    group = "";
    rows.push({ labels, key: t.key, cells: figures[t.key] ?? [0, 0, 0, 0, 0, 0, 0] });
  }
  return rows;
}

/** Rows `at`, `at + 1`, … printed as one, each cell's parts joined by <br> (an empty part is left out). */
function merged(rows: Row[], at: number, n: number): string {
  const group = rows.slice(at, at + n);
  const cells = [0, 1, 2].map((c) => {
    const parts = group.map((r) => r.labels[c]);
    return parts.every((p) => p !== "") ? parts.join("<br>") : parts.filter((p) => p !== "").join("");
  });
  for (let v = 0; v < 7; v++) cells.push(group.map((r) => String(r.cells?.[v] ?? "")).join("<br>"));
  return `| ${cells.join(" | ")} |`;
}

const line = (r: Row): string => `| ${[...r.labels, ...(r.cells ?? []).map(String)].join(" | ")} |`;

/** A converted 2021 page whose §三 rows starting at each of `merges` are printed `n` to a line. */
function page(opts: {
  agency: string;
  figures: Record<string, number[]>;
  merges: number[];
  n: number;
  section4: string[];
  active?: string[];
}): string {
  const rows = section3Rows(opts.figures);
  const table: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (opts.merges.includes(i)) {
      table.push(merged(rows, i, opts.n));
      i += opts.n - 1;
    } else table.push(line(rows[i]));
  }
  return [
    `标题: ${opts.agency}2023年政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `${opts.agency}2023年政府信息公开工作年度报告`,
    "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "一、总体情况",
    "全年依法做好政府信息公开工作。",
    "二、主动公开政府信息情况",
    "| 第二十条第（一）项 | | | |",
    "|---|---|---|---|",
    "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
    "| 规章 | 0 | 0 | 0 |",
    "| 行政规范性文件 | 1 | 0 | 4 |",
    "| 第二十条第（五）项 | | | |",
    "| 信息内容 | 本年处理决定数量 | | |",
    ...(opts.active ?? ["| 行政许可 | 52 | | |"]),
    "三、收到和处理政府信息公开申请情况",
    "| | | | 申请人情况 | | | | | | |",
    "|---|---|---|---|---|---|---|---|---|---|",
    "| | | | 自然人 | 法人或其他组织 | | | | | 总计 |",
    "| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |",
    ...table,
    "四、政府信息公开行政复议、行政诉讼情况",
    ...opts.section4,
    "五、存在的主要问题及改进情况",
    "公开内容的及时性有待提高。",
  ].join("\n");
}

const S4_TOP = [
  "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  "| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
];
const WORDS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
/** §四 printed as on paper: the fifteen result words, then the fifteen figures. */
const plain4 = (v: number[]): string[] => [
  ...S4_TOP,
  `| ${[...WORDS, ...WORDS, ...WORDS].join(" | ")} |`,
  `| ${v.join(" | ")} |`,
];
/** §四 whose suit figures the converter put under their words (结果维持<br>1), the review figures in the row after. */
const underWords4 = (v: number[]): string[] => [
  ...S4_TOP,
  `| ${[...WORDS, ...[...WORDS, ...WORDS].map((w, i) => `${w}<br>${v[5 + i]}`)].join(" | ")} |`,
  `| ${[...v.slice(0, 5), ...Array(10).fill("")].join(" | ")} |`,
];

const FIGURES_A: Record<string, number[]> = {
  "apps.new": [9, 2, 0, 0, 1, 0, 12],
  "outcome.granted": [4, 1, 0, 0, 0, 0, 5],
  "outcome.partial": [1, 0, 0, 0, 0, 0, 1],
  "outcome.denied.third_party": [1, 0, 0, 0, 0, 0, 1],
  "outcome.unable.not_held": [2, 1, 0, 0, 0, 0, 3],
  "outcome.rejected.duplicate": [1, 0, 0, 0, 0, 0, 1],
  "outcome.other.misc": [0, 0, 0, 0, 1, 0, 1],
  "outcome.total": [9, 2, 0, 0, 1, 0, 12],
};
const FIGURES_B: Record<string, number[]> = {
  "apps.new": [23, 4, 0, 1, 0, 2, 30],
  "apps.carried_over": [2, 0, 0, 0, 0, 0, 2],
  "outcome.granted": [11, 3, 0, 0, 0, 1, 15],
  "outcome.partial": [3, 0, 0, 0, 0, 0, 3],
  "outcome.denied.state_secret": [1, 0, 0, 0, 0, 0, 1],
  "outcome.unable.not_held": [6, 1, 0, 1, 0, 1, 9],
  "outcome.unable.needs_creation": [2, 0, 0, 0, 0, 0, 2],
  "outcome.total": [23, 4, 0, 1, 0, 2, 30],
  "apps.carried_forward": [2, 0, 0, 0, 0, 0, 2],
};

const read = (text: string) => parseText(text).value!;
const s4Keys = ["review", "litigation_direct", "litigation_after_review"].flatMap((g) =>
  ["upheld", "corrected", "other", "pending", "total"].map((f) => `${g}.${f}`),
);
const FIELDS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];

function expectSection3(values: Record<string, number>, figures: Record<string, number[]>): void {
  for (const r of section3Rows(figures))
    FIELDS.forEach((f, i) => expect(values[`${r.key}.${f}`], `${r.key}.${f}`).toBe(r.cells?.[i]));
}

describe("splitMergedRows", () => {
  it("writes a line of <br>-merged rows as its rows on the same line, keeping positions", () => {
    const text = "前言\n| 一、本年新收<br>二、上年结转 | | 9<br>0 | 2<br />0 | 11<br>0 |\n结语";
    const out = splitMergedRows(text);
    expect(out.length).toBe(text.length);
    expect(out.split("\n")[1].trimEnd()).toBe("|一、本年新收||9|2|11| |二、上年结转||0|0|0|");
  });

  it("leaves alone a header whose words wrap with <br>, and a lone figure beside merged ones", () => {
    const header = "| 指 标 名 称 | 计量<br>单位 | 2013<br>年度 | 历年<br>累计 |";
    expect(splitMergedRows(header)).toBe(header);
    const lone = "| 一、本年新收<br>二、上年结转 | 9<br>0 | 2<br>0 | 11 |";
    expect(splitMergedRows(lone)).toBe(lone);
  });
});

describe("a 2021 page whose converter merged table rows with <br>", () => {
  it("reads §三 rows merged two to a line, from the first row on", () => {
    const text = page({
      agency: "平潭综合实验区住房和城乡建设局",
      figures: FIGURES_A,
      merges: [0, 2, 4, 9, 13],
      n: 2,
      section4: plain4([0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
    });
    const r = read(text);
    expectSection3(r.values, FIGURES_A);
    expect(r.values["litigation_direct.total"]).toBe(1);
  });

  it("reads §三 rows merged three to a line, and §二 rows merged in one cell pair", () => {
    const text = page({
      agency: "平潭综合实验区教育局",
      figures: FIGURES_B,
      merges: [1, 5, 12, 16],
      n: 3,
      section4: plain4([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      active: ["| 行政许可 | 317 | | |", "| 第二十条第（六）项 | | | |", "| 行政处罚<br>行政强制 | 45<br>3 | | |"],
    });
    const r = read(text);
    expectSection3(r.values, FIGURES_B);
    expect(r.values["active.licensing.decisions"]).toBe(317);
    expect(r.values["active.penalty.decisions"]).toBe(45);
    expect(r.values["active.coercion.decisions"]).toBe(3);
  });

  it("reads a §四 whose suit figures stand under their words and the review figures in the row after", () => {
    const cases = [
      { agency: "平潭综合实验区公安局", s4: [2, 1, 0, 0, 3, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1], figures: FIGURES_A },
      { agency: "平潭综合实验区自然资源局", s4: [0, 0, 0, 0, 0, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0], figures: FIGURES_B },
      { agency: "平潭综合实验区市场监管局", s4: [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 3, 0, 0, 1, 4], figures: FIGURES_A },
    ];
    for (const c of cases) {
      const r = read(page({ agency: c.agency, figures: c.figures, merges: [0], n: 2, section4: underWords4(c.s4) }));
      s4Keys.forEach((k, i) => expect(r.values[k], `${c.agency} ${k}`).toBe(c.s4[i]));
    }
  });

  it("leaves §四 blank, naming its keys, where the row after does not fill the other columns", () => {
    const rows = [
      // The suit columns of the row after printed as dashes: no complementary row.
      (v: number[]) => [
        ...underWords4(v).slice(0, -1),
        `| ${[...v.slice(0, 5), ...Array(10).fill("-")].join(" | ")} |`,
      ],
      // No row after: the review figures lost.
      (v: number[]) => underWords4(v).slice(0, -1),
      // The review figures in the row after, but shifted under the suit columns.
      (v: number[]) => [...underWords4(v).slice(0, -1), `| | | | | | ${v.slice(0, 5).join(" | ")} | | | | | |`],
    ];
    const v = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0];
    for (const [i, s4] of rows.entries()) {
      const r = read(
        page({ agency: `平潭综合实验区第${i + 1}局`, figures: FIGURES_B, merges: [], n: 2, section4: s4(v) }),
      );
      for (const k of s4Keys) {
        const named = r.findings.some((f) => f.keys.includes(k) && f.severity !== "info");
        expect(r.values[k] === undefined || r.values[k] === v[s4Keys.indexOf(k)] || named, `${i} ${k}`).toBe(true);
      }
      expect(
        r.findings.some((f) => /do not line up/.test(f.message)),
        `${i}`,
      ).toBe(true);
    }
  });

  it("reads a §四 whose header rows hold empty cells between their words (tabs and borders), as printed", () => {
    const v = [1, 3, 1, 5, 10, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1];
    const s4 = [
      "行政复议\t|\t行政诉讼\t|\t|\t|\t|",
      "结果维持\t|\t结果\t|\t其他\t|\t尚未\t|\t总计\t|\t未经复议直接起诉\t|\t复议后起诉\t|\t||||||||",
      "结果\t|\t结果\t|\t其他\t|\t尚未\t|\t总计\t|\t结果\t|\t结果\t|\t其他\t|\t尚未\t|\t总计\t|\t|||||",
      `${v.join("\t|\t")}\t|`,
    ];
    const r = read(page({ agency: "平潭综合实验区金融局", figures: FIGURES_A, merges: [], n: 2, section4: s4 }));
    s4Keys.forEach((k, i) => expect(r.values[k], k).toBe(v[i]));
  });
});
