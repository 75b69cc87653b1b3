import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { dashesTypedAsYi } from "./text-lines";

const FIELDS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];

/** A 2021 page whose zeros print as 一 (a dash typed with the input method's yi), cells parted by `sep`. */
function page(agency: string, sep: string, rows: [string, (number | "一")[]][], s4: (number | "一")[]): string {
  const line = (label: string, cells: (number | "一")[]) => [label, ...cells.map(String)].join(sep);
  return [
    `标题: ${agency}2023年政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `${agency}2023年政府信息公开工作年度报告`,
    "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "二、主动公开政府信息情况",
    line("信息内容", ["本年制发件数", "本年废止件数", "现行有效件数"] as never),
    line("行政规范性文件", [2, "一", 7]),
    line("行政许可", [14]),
    "三、收到和处理政府信息公开申请情况",
    line("申请人情况", ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"] as never),
    ...rows.map(([label, cells]) => line(label, cells)),
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼 未经复议直接起诉 复议后起诉",
    line("结果维持", ["结果纠正", "其他结果", "尚未审结", "总计"] as never),
    s4.map(String).join(sep),
    "五、存在的主要问题及改进情况",
    '表中"一"表示无数据。',
  ].join("\n");
}

const y = "一" as const;
const dashes = (n: number) => Array<"一">(n).fill(y);

const CASES: { agency: string; sep: string; rows: [string, (number | "一")[]][]; want: Record<string, number[]> }[] = [
  {
    agency: "平潭综合实验区教育局",
    sep: "\t",
    rows: [
      ["一、本年新收政府信息公开申请数量", [5, ...dashes(5), 5]],
      ["二、上年结转政府信息公开申请数量", dashes(7)],
      ["(一)予以公开", [2, ...dashes(5), 2]],
      ["1.本机关不掌握相关政府信息", [3, ...dashes(5), 3]],
      ["(七)总计", [5, ...dashes(5), 5]],
    ],
    want: { "apps.new": [5, 0, 0, 0, 0, 0, 5], "outcome.unable.not_held": [3, 0, 0, 0, 0, 0, 3] },
  },
  {
    agency: "平潭综合实验区民政局",
    sep: " | ",
    rows: [
      ["一、本年新收政府信息公开申请数量", [7, 2, y, y, 1, y, 10]],
      ["二、上年结转政府信息公开申请数量", dashes(7)],
      ["(一)予以公开", [6, 2, y, y, 1, y, 9]],
      ["1.信访举报投诉类申请", [1, ...dashes(5), 1]],
      ["(七)总计", [7, 2, y, y, 1, y, 10]],
    ],
    want: { "apps.new": [7, 2, 0, 0, 1, 0, 10], "outcome.rejected.petition": [1, 0, 0, 0, 0, 0, 1] },
  },
  {
    agency: "平潭综合实验区水利局",
    sep: " ",
    rows: [
      ["一、本年新收政府信息公开申请数量", [y, 4, y, y, y, y, 4]],
      ["二、上年结转政府信息公开申请数量", [1, ...dashes(5), 1]],
      ["(一)予以公开", [1, 3, y, y, y, y, 4]],
      ["2.没有现成信息需要另行制作", [y, 1, y, y, y, y, 1]],
      ["(七)总计", [1, 4, y, y, y, y, 5]],
    ],
    want: { "apps.new": [0, 4, 0, 0, 0, 0, 4], "apps.carried_over": [1, 0, 0, 0, 0, 0, 1] },
  },
];

describe("a page whose dashes are typed as 一 (表中“一”表示无数据)", () => {
  for (const c of CASES)
    it(`reads each 一 as a blank cell, never as 1 (${c.agency})`, () => {
      const r = parseText(page(c.agency, c.sep, c.rows, [1, y, y, y, 1, ...dashes(10)])).value!;
      for (const [key, cells] of Object.entries(c.want))
        FIELDS.forEach((f, i) => expect(r.values[`${key}.${f}`], `${key}.${f}`).toBe(cells[i]));
      expect(r.values["active.normative_docs.issued"]).toBe(2);
      expect(r.values["active.normative_docs.in_force"]).toBe(7);
      expect(r.values["active.normative_docs.repealed"]).not.toBe(7);
      expect(r.values["review.total"]).toBe(1);
    });

  it("leaves 一 alone where the page prints a 0 or writes its figures as words", () => {
    const zeros = `甲\t5\t一\t0\t一\t5\n${"乙\t一\t一\t一\t一\n".repeat(3)}`;
    expect(dashesTypedAsYi(zeros).text).toBe(zeros);
    const words = `甲\t五\t一\t一\t一\t六\n${"乙\t一\t一\t一\t一\n".repeat(3)}`;
    expect(dashesTypedAsYi(words).text).toBe(words);
    const few = "行政处罚\t一\n行政强制\t一\n";
    expect(dashesTypedAsYi(few).text).toBe(few);
  });
});
