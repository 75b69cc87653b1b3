import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { joinWrappedDigits } from "./wrapped-digits";

/** Printed width: CJK and full-width characters take two columns. */
const width = (s: string): number => [...s].reduce((w, c) => w + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, w: number): string => s + " ".repeat(Math.max(1, w - width(s)));

/**
 * A §三 row as pdftotext -layout prints a table whose columns are one digit wide: each figure's first digit on the
 * row's line, the rest on the next line under it.
 */
function layoutRow(label: string, cells: number[]): string[] {
  const head = pad(`     ${label}`, 47);
  const first = cells
    .map((v) => pad(String(v)[0], 6))
    .join("")
    .trimEnd();
  const rest = cells
    .map((v) => pad(String(v).slice(1), 6))
    .join("")
    .trimEnd();
  return rest.trim() === "" ? [head + first] : [head + first, " ".repeat(width(head)) + rest];
}

const ROWS = [
  "一、本年新收政府信息公开申请数量",
  "二、上年结转政府信息公开申请数量",
  "（一）予以公开",
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "（七）总计",
  "四、结转下年度继续办理",
];
const KEYS = [
  "apps.new",
  "apps.carried_over",
  "outcome.granted",
  "outcome.partial",
  "outcome.total",
  "apps.carried_forward",
];
const FIELDS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];

function page(agency: string, figures: number[][]): string {
  return [
    `标题: ${agency}2023年政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `    ${agency}2023年政府信息公开工作年度报告`,
    "    本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "    三、收到和处理政府信息公开申请情况",
    "                                                              申请人情况",
    "                                                    法人或其他组织",
    "                                               自然  商业  科研  社会  法律  其他  总计",
    "                                               人    企业  机构  公益  服务",
    ...ROWS.flatMap((label, i) => layoutRow(label, figures[i])),
    "    四、政府信息公开行政复议、行政诉讼情况",
    "     结果    结果    其他    尚未            结果  结果  其他  尚未         结果  结果  其他  尚未",
    "     维持    纠正    结果    审结    总计    维持  纠正  结果  审结  总计   维持  纠正  结果  审结  总计",
    "      0       0       0       1       1       0     0     0     0     0      0     0     0     0     0",
    "    五、存在的主要问题及改进情况",
    "    无。",
  ].join("\n");
}

describe("a PDF's layout text whose narrow cells wrap a figure's last digits onto the next line", () => {
  const cases = [
    {
      agency: "平潭综合实验区行政审批局",
      figures: [
        [11, 3, 0, 0, 0, 0, 14],
        [1, 0, 0, 0, 0, 0, 1],
        [10, 3, 0, 0, 0, 0, 13],
        [1, 0, 0, 0, 0, 0, 1],
        [11, 3, 0, 0, 0, 0, 14],
        [1, 0, 0, 0, 0, 0, 1],
      ],
    },
    {
      agency: "平潭综合实验区人力资源局",
      figures: [
        [27, 12, 0, 1, 0, 3, 43],
        [0, 0, 0, 0, 0, 0, 0],
        [20, 10, 0, 1, 0, 2, 33],
        [7, 2, 0, 0, 0, 1, 10],
        [27, 12, 0, 1, 0, 3, 43],
        [0, 0, 0, 0, 0, 0, 0],
      ],
    },
    {
      agency: "平潭综合实验区税务局",
      figures: [
        [105, 8, 0, 0, 2, 0, 115],
        [3, 0, 0, 0, 0, 0, 3],
        [98, 8, 0, 0, 2, 0, 108],
        [10, 0, 0, 0, 0, 0, 10],
        [108, 8, 0, 0, 2, 0, 118],
        [0, 0, 0, 0, 0, 0, 0],
      ],
    },
  ];
  for (const c of cases)
    it(`joins the wrapped digits onto their figures (${c.agency})`, () => {
      const r = parseText(page(c.agency, c.figures)).value!;
      KEYS.forEach((key, i) =>
        FIELDS.forEach((f, k) => expect(r.values[`${key}.${f}`], `${key}.${f}`).toBe(c.figures[i][k])),
      );
    });

  it("keeps positions and leaves rows that add up, or digits under no figure, as printed", () => {
    const row = "     一、本年新收政府信息公开申请数量          1     3     0     0     0     0     1";
    const text = `${row}\n                                               1                                   4\n`;
    const out = joinWrappedDigits(text);
    expect(out.length).toBe(text.length);
    expect(out.split("\n")[0].replace(/\s+/g, " ").trim()).toBe("一、本年新收政府信息公开申请数量 11 3 0 0 0 0 14");
    // The digits under the figures would not make the row add up: another thing.
    const whole = "     一、本年新收政府信息公开申请数量          1     3     0     0     0     0     4";
    const after = `${whole}\n                                               1                                   4\n`;
    expect(joinWrappedDigits(after)).toBe(after);
    // Digits under no figure's column.
    const off = `${row}\n                                                  1                                 4\n`;
    expect(joinWrappedDigits(off)).toBe(off);
  });
});
