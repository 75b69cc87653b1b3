/**
 * The agency's own count of applications (本年度共收到政府信息公开申请12件) beside a 2019/2021 §三 table whose 本年新收
 * says another number, with no words saying whose the table is: the figures may be another body's or another
 * year's, so the N1 finding names every figure of §三, on either form and however the page is flattened (a one-line
 * body with a menu's bar in it too). Where they agree, or the sentence counts something else (上年结转, 办结, another
 * year's, 信访), nothing is said. Fixture text is hand-written.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const applicants = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
type Cells = readonly number[];
const row = (label: string, cells: Cells) => `${label} | ${cells.join(" | ")} |`;
const zeros: Cells = [0, 0, 0, 0, 0, 0, 0];
const cells = (person: number, firm: number): Cells => [person, firm, 0, 0, 0, 0, person + firm];

/** A §三 table whose 本年新收 is `person + firm`, all granted, none carried either way. */
function section3(form: "2019" | "2021", person: number, firm: number): string {
  const denied = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => row(`${n}.不予公开第${n}项`, zeros));
  const other =
    form === "2021"
      ? [
          "(六)其他处理 |",
          row("1.申请人无正当理由逾期不补正", zeros),
          row("2.申请人逾期未缴纳费用", zeros),
          row("3.其他", zeros),
        ]
      : [row("(六)其他处理", zeros)];
  return [
    "三、收到和处理政府信息公开申请情况",
    `申请人情况 | ${applicants.join(" | ")} |`,
    row("一、本年新收政府信息公开申请数量", cells(person, firm)),
    row("二、上年结转政府信息公开申请数量", zeros),
    "三、本年度办理结果 |",
    row("(一)予以公开", cells(person, firm)),
    row("(二)部分公开", zeros),
    "(三)不予公开 |",
    ...denied.slice(0, 0),
    row("1.属于国家秘密", zeros),
    "(四)无法提供 |",
    row("1.本机关不掌握相关政府信息", zeros),
    "(五)不予处理 |",
    row("1.信访举报投诉类申请", zeros),
    ...other,
    row("(七)总计", cells(person, firm)),
    row("四、结转下年度继续办理", zeros),
  ].join("\n");
}

function page(form: "2019" | "2021", agency: string, year: number, opening: string, person: number, firm: number) {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    "一、总体情况",
    opening,
    section3(form, person, firm),
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 | 行政诉讼 |",
    "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    "五、存在的主要问题及改进情况",
    "一是公开内容还不够丰富。",
    agency,
  ].join("\n");
}

const n1Keys = (text: string) => {
  const r = parseText(text).value;
  return (r?.findings ?? []).filter((f) => f.rule === "N1").flatMap((f) => f.keys);
};

describe("an own count beside a disagreeing §三 table", () => {
  // all: the table counts more than twice the page's own count and ten or more beyond (a wider body's, 全区's).
  const cases = [
    { form: "2019", agency: "某某县人民政府办公室", year: 2019, s: "本年度共收到政府信息公开申请12件。", p: 15, f: 6 },
    {
      form: "2019",
      agency: "某某市自然资源局",
      year: 2020,
      s: "2020年，我局共受理政府信息公开申请3件，均按时答复。",
      p: 20,
      f: 10,
      all: true,
    },
    { form: "2021", agency: "某某区财政局", year: 2022, s: "本年度共收到政府信息公开申请7件。", p: 4, f: 0 },
    { form: "2021", agency: "某某镇人民政府", year: 2023, s: "全年共新收政府信息公开申请31件，办结31件。", p: 9, f: 4 },
    { form: "2019", agency: "某某区卫生健康局", year: 2020, s: "全年共受理政府信息公开申请6件。", p: 4, f: 1 },
    {
      form: "2021",
      agency: "某某县司法局",
      year: 2024,
      s: "本年度共收到政府信息公开申请2件。",
      p: 40,
      f: 18,
      all: true,
    },
  ] as const;
  for (const c of cases) {
    const { form, agency, year, s, p, f } = c;
    const all = "all" in c && c.all;
    it(`${form} form, ${agency} ${year}: names the 本年新收 row${all ? " and the table's other figures" : ""}`, () => {
      const keys = n1Keys(page(form, agency, year, s, p, f));
      expect(keys[0]).toBe("apps.new.total");
      expect(keys).toEqual(expect.arrayContaining(["apps.new.natural_person", "apps.new.commercial"]));
      const others = ["outcome.granted.total", "outcome.total.total", "apps.carried_forward.total"];
      if (all) expect(keys).toEqual(expect.arrayContaining(others));
      else expect(keys.filter((k) => !k.startsWith("apps.new."))).toEqual([]);
    });
  }

  it("reads 接到, every applicant named, and 新收 beside last year's carried over", () => {
    const said = [
      "全年共接到政府信息公开申请14件，办结率100%。",
      "收到公民、法人和其他组织提出的政府信息公开申请9件，办结率100%。",
    ];
    for (const s of said)
      expect(n1Keys(page("2021", "某某区应急管理局", 2023, s, 20, 3)), s).toContain("apps.new.total");
    // 新收 25 against a table of 21 new and 4 carried over: the new ones alone disagree.
    const carried = page("2021", "某某区林业局", 2022, "全年新收政府信息公开申请25件。", 20, 1).replace(
      "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "二、上年结转政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |",
    );
    expect(n1Keys(carried)).toContain("apps.new.total");
    // 收到 25 (received, carried ones among them) against the same table is no disagreement.
    expect(n1Keys(carried.replace("全年新收政府信息公开申请25件", "全年共收到政府信息公开申请25件"))).toEqual([]);
  });

  it("reads the count on a one-line body with a bar in it (a menu, a column's title)", () => {
    const flat = (text: string) => text.replace(/\n(?![^\n]*\|)/g, " ");
    const body = page("2021", "某某区市场监督管理局", 2023, "本年度共收到政府信息公开申请8件。", 1, 0);
    const oneLine = `首页 | 政务公开 | 年度报告 ${flat(body.split("\n").slice(0, 3).join("\n"))}\n${body
      .split("\n")
      .slice(3)
      .join("\n")}`;
    expect(n1Keys(oneLine)).toContain("apps.new.total");
    const sentence = "我局发布《我为群众办实事|食用农产品快检结果》系列文章。2023年共收到政府信息公开申请9件。";
    expect(n1Keys(page("2021", "某某区卫健局", 2023, sentence, 2, 1))).toContain("apps.new.total");
  });

  it("says nothing where the count agrees with the table, on either form", () => {
    expect(n1Keys(page("2019", "某某县教育局", 2020, "本年度共收到政府信息公开申请21件。", 15, 6))).toEqual([]);
    expect(n1Keys(page("2021", "某某区民政局", 2024, "2024年共受理政府信息公开申请5件。", 5, 0))).toEqual([]);
  });

  it("says nothing where the sentence counts another thing than this year's new applications", () => {
    const others = [
      "上年结转政府信息公开申请12件，均已办结。",
      "本年度共办结政府信息公开申请12件。",
      "2019年共收到政府信息公开申请12件，2020年工作平稳推进。",
      "全年共收到信访件12件，均已按期办结。",
    ];
    for (const s of others) expect(n1Keys(page("2019", "某某县住建局", 2020, s, 3, 1)), s).toEqual([]);
  });
});
