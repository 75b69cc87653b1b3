/**
 * §三 and §四 of a 2019/2021 report printed for parts of the year (上半年 / 下半年, 1-6月 / 7-12月, quarters), with or
 * without a 全年 / 合计: the first part is never read as the year's figure without a finding naming its key. Pages
 * hand-made (test/helpers/modern-pages.ts), as crawled text (spaces, | borders, tabs) and as HTML.
 */
import { describe, expect, it } from "vitest";
import * as P from "@/test/helpers/modern-pages";
import { scoreFigures } from "@/test/helpers/score-figures";
import { parseDocument, parseText } from "./index";
import { partOfYearRow } from "./part-of-year-rows";

type Figures = Record<string, P.Six>;

interface Year {
  family: P.Family;
  year: number;
  agency: string;
  parts: Figures[];
  whole: Figures;
}

/** A year of `family` split in parts, each part's §三 adding up; the year's figures are the parts' sums. */
function yearOf(family: P.Family, year: number, agency: string, parts: Record<string, P.Six>[]): Year {
  const tables = parts.map((p) => P.section3Figures(family, p));
  const whole: Figures = {};
  for (const k of Object.keys(tables[0]))
    whole[k] = tables[0][k].map((_, i) => tables.reduce((n, t) => n + t[k][i], 0)) as P.Six;
  return { family, year, agency, parts: tables, whole };
}

const YEARS: Year[] = [
  yearOf("2021", 2022, "某某市交通运输局", [
    { "outcome.granted": [4, 1, 0, 0, 1, 0], "outcome.unable.not_held": [2, 0, 0, 0, 0, 1] },
    { "outcome.granted": [6, 2, 0, 0, 0, 1], "outcome.denied.third_party": [1, 0, 0, 0, 0, 0] },
  ]),
  yearOf("2019", 2020, "某某县人民政府办公室", [
    { "outcome.partial": [1, 0, 0, 0, 0, 0], "outcome.rejected.duplicate": [2, 0, 0, 0, 0, 0] },
    { "outcome.granted": [9, 0, 1, 0, 0, 0], "outcome.other": [1, 0, 0, 0, 0, 0] },
  ]),
  yearOf("2021", 2023, "某某区市场监督管理局", [
    { "outcome.granted": [1, 0, 0, 0, 0, 0] },
    { "outcome.granted": [0, 3, 0, 0, 0, 0] },
    { "outcome.unable.needs_creation": [2, 0, 0, 0, 0, 0] },
    { "outcome.granted": [5, 0, 0, 0, 2, 0] },
  ]),
];
const PART_WORDS: Record<number, string[]> = {
  2: ["上半年", "下半年"],
  4: ["第一季度", "第二季度", "第三季度", "第四季度"],
};
const MONTHS = ["1-6月", "7-12月"];

/** §四 per part: four results each, totals added. */
const REVIEW_PARTS = [
  [...P.five(1, 0, 0, 0), ...P.five(0, 0, 0, 0), ...P.five(0, 0, 0, 0)],
  [...P.five(0, 1, 0, 1), ...P.five(0, 1, 0, 0), ...P.five(1, 0, 0, 0)],
];
const REVIEW_YEAR = REVIEW_PARTS[0].map((v, i) => v + REVIEW_PARTS[1][i]);

function expectNoneSilent(r: { values: Record<string, number>; findings: { keys: string[] }[] }, want: object) {
  const silent = scoreFigures(r, want as Record<string, number>).filter((f) => f.outcome === "silent");
  expect(silent).toEqual([]);
}

const rowsOf = (y: Year) => P.section3Rows(y.family);
const cells = (f: Figures, k: string) => P.seven(f[k]);

describe("§三 printed a row per part of the year under each row's label", () => {
  const layouts: { name: string; sep: string; words: (y: Year) => string[]; whole: boolean }[] = [
    { name: "上半年 / 下半年, spaces", sep: " ", words: (y) => PART_WORDS[y.parts.length] ?? MONTHS, whole: false },
    { name: "1-6月 / 7-12月 and 全年, | borders", sep: " | ", words: () => MONTHS, whole: true },
    { name: "上半年 / 下半年 and 合计, tabs", sep: "\t", words: () => PART_WORDS[2], whole: true },
  ];
  for (const y of YEARS.filter((t) => t.parts.length === 2))
    it.each(layouts)(`${y.agency} ${y.year}: $name`, ({ sep, words, whole }) => {
      const names = [...words(y), ...(whole ? [sep === "\t" ? "合计" : "全年"] : [])];
      const tables = [...y.parts, ...(whole ? [y.whole] : [])];
      const sec3 = rowsOf(y).flatMap(([k, label]) => [
        label,
        ...tables.map((t, i) => [names[i], ...cells(t, k)].join(sep)),
      ]);
      const sec4 = [...P.SECTION4_HEAD, REVIEW_YEAR.join(sep)];
      const r = parseText(P.page(y.agency, y.year, [...P.SECTION3_HEAD, ...sec3], sec4)).value!;
      const want = { ...P.section3Expected(y.whole), ...P.section4Expected(REVIEW_YEAR) };
      expectNoneSilent(r, want);
      expect(r.values["outcome.total.total"]).toBeUndefined();
      expect(r.values["apps.carried_forward.total"]).toBeUndefined();
      // §四, printed once for the year, is still read.
      expect(r.values["review.total"]).toBe(REVIEW_YEAR[4]);
      expect(r.findings.some((f) => f.keys.includes("apps.new.total") && f.message.includes(names[0]))).toBe(true);
    });
});

describe("§四 printed a row per part of the year", () => {
  const variants = [
    { words: ["上半年", "下半年"], sep: " ", whole: null },
    { words: ["1-6月", "7-12月"], sep: " | ", whole: "全年" },
    { words: ["2021年1—6月", "2021年7—12月"], sep: "\t", whole: "合计" },
  ];
  it.each(variants)("$words.0 / $words.1 (whole: $whole)", ({ words, sep, whole }) => {
    const y = YEARS[0];
    const rows = REVIEW_PARTS.map((p, i) => [words[i], ...p].join(sep));
    if (whole) rows.push([whole, ...REVIEW_YEAR].join(sep));
    const sec3 = [...P.SECTION3_HEAD, ...rowsOf(y).map(([k, l]) => [l, ...cells(y.whole, k)].join(sep))];
    const r = parseText(P.page(y.agency, y.year, sec3, [...P.SECTION4_HEAD, ...rows])).value!;
    expectNoneSilent(r, { ...P.section3Expected(y.whole), ...P.section4Expected(REVIEW_YEAR) });
    expect(r.values["review.total"]).toBeUndefined();
    expect(r.findings.some((f) => f.keys.includes("litigation_direct.total"))).toBe(true);
    // §三, printed once for the year, is still read.
    expect(r.values["outcome.total.total"]).toBe(P.seven(y.whole["outcome.total"])[6]);
  });

  it("reads a row for the whole year (全年) as the year's; a run of months over the whole year is no part", () => {
    const y = YEARS[1];
    const sec3 = [...P.SECTION3_HEAD, ...rowsOf(y).map(([k, l]) => [l, ...cells(y.whole, k)].join(" "))];
    const r = parseText(P.page(y.agency, y.year, sec3, [...P.SECTION4_HEAD, `全年 ${REVIEW_YEAR.join(" ")}`])).value!;
    expect(r.values["review.total"]).toBe(REVIEW_YEAR[4]);
    expect(r.values["litigation_after_review.upheld"]).toBe(1);
    const row = (label: string) => `${label} ${REVIEW_YEAR.join(" ")}`;
    expect(partOfYearRow(row("1-12月"), [0, 60], "review")).toBeNull();
    expect(partOfYearRow(row("2020年1月至12月"), [0, 60], "review")).toBeNull();
    expect(partOfYearRow(row("7-12月"), [0, 60], "review")).toMatch(/^7-12月 \d/);
  });

  it("in HTML: the part rows as table rows", async () => {
    const y = YEARS[2];
    const s3 = [
      ["申请人情况@r3", "自然人@r2", "法人或其他组织@c5", "总计@r2"],
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
      ...rowsOf(y).map(([k, l]) => [l, ...cells(y.whole, k).map(String)]),
    ];
    const s4 = [
      ["时段@r3", "行政复议@c5", "行政诉讼@c10"],
      ["结果维持@r2", "结果纠正@r2", "其他结果@r2", "尚未审结@r2", "总计@r2", "未经复议直接起诉@c5", "复议后起诉@c5"],
      ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
      ...REVIEW_PARTS.map((p, i) => [PART_WORDS[2][i], ...p.map(String)]),
    ];
    const html = P.htmlPage(y.agency, y.year, [
      "三、收到和处理政府信息公开申请情况",
      s3,
      "四、政府信息公开行政复议、行政诉讼情况",
      s4,
      "五、存在的主要问题及改进情况",
      "无。",
    ]);
    const r = (await parseDocument(new TextEncoder().encode(html), "report.html")).value!;
    expectNoneSilent(r, { ...P.section3Expected(y.whole), ...P.section4Expected(REVIEW_YEAR) });
    expect(r.values["review.total"]).toBeUndefined();
    expect(r.values["apps.new.total"]).toBe(P.seven(y.whole["apps.new"])[6]);
  });
});

describe("§三 printed as a table per part of the year, or its columns per part: never the first part silently", () => {
  const head = P.SECTION3_HEAD;
  const shapes: { name: string; sec3: (y: Year, sep: string) => string[] }[] = [
    {
      name: "a table per part, captioned",
      sec3: (y, sep) =>
        y.parts.flatMap((t, i) => [
          `（${i + 1}）${(PART_WORDS[y.parts.length] ?? MONTHS)[i]}`,
          ...head,
          ...rowsOf(y).map(([k, l]) => [l, ...cells(t, k)].join(sep)),
        ]),
    },
    {
      name: "the parts' columns side by side, then the year's",
      sec3: (y, sep) => [
        `申请人情况 ${[...MONTHS, "合计"].join(" ")}`,
        ...head,
        ...head.slice(1),
        ...head.slice(1),
        ...rowsOf(y).map(([k, l]) =>
          [l, ...cells(y.parts[0], k), ...cells(y.parts[1], k), ...cells(y.whole, k)].join(sep),
        ),
      ],
    },
    {
      name: "totals only, a column per part and none for the year",
      sec3: (y, sep) => [
        ["项目", ...(PART_WORDS[y.parts.length] ?? MONTHS)].join(sep),
        ...rowsOf(y).map(([k, l]) => [l, ...y.parts.map((t) => cells(t, k)[6])].join(sep)),
      ],
    },
  ];
  for (const y of YEARS)
    it.each(shapes)(`${y.agency} ${y.year}: $name`, ({ sec3 }) => {
      for (const sep of [" ", " | "]) {
        const r = parseText(P.page(y.agency, y.year, sec3(y, sep), [...P.SECTION4_HEAD, REVIEW_YEAR.join(sep)])).value!;
        expectNoneSilent(r, { ...P.section3Expected(y.whole), ...P.section4Expected(REVIEW_YEAR) });
      }
    });
});
