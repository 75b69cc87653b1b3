/**
 * §二's table printed twice with other figures (another agency's report, or last year's, captured on the same page):
 * which one is this agency's this year is not certain, so every §二 key read is named, as §三's and §四's are.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const parse = (page: string) => {
  const r = parseText(page, { fileName: "page.txt" }).value;
  if (!r) throw new Error("not read as a report");
  return r;
};

function report(agency: string, year: number, s2: [number, number, number], apps: number): string {
  const [normative, licensing, penalty] = s2;
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    "一、总体情况",
    `${year}年，本机关依法做好政府信息公开工作。`,
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
    "规章 0 0 0",
    `规范性文件 ${normative} ${normative} ${normative + 20}`,
    "第二十条第（五）项",
    "信息内容 上一年项目数量 本年增/减 处理决定数量",
    `行政许可 12 0 ${licensing}`,
    "其他对外管理服务事项 0 0 0",
    "第二十条第（六）项",
    "信息内容 上一年项目数量 本年增/减 处理决定数量",
    `行政处罚 9 1 ${penalty}`,
    "行政强制 0 0 0",
    "第二十条第（八）项",
    "信息内容 上一年项目数量 本年增/减",
    "行政事业性收费 0 0",
    "三、收到和处理政府信息公开申请情况",
    `${year}年共收到政府信息公开申请${apps}件。`,
    "五、存在的主要问题及改进情况",
    "无。",
  ].join("\n");
}

const CASES: Array<{ name: string; page: string }> = [
  {
    name: "another agency's report before",
    page: `上一篇：\n${report("某市某区财政局", 2022, [2, 40, 226], 12)}\n本篇：\n${report("某市某区教育局", 2022, [3, 0, 696], 59)}`,
  },
  {
    name: "last year's report before",
    page: `${report("某县卫生健康局", 2021, [1, 54, 31], 4)}\n${report("某县卫生健康局", 2022, [4, 0, 57], 7)}`,
  },
  {
    name: "another agency's report after",
    page: `${report("某区市场监管局", 2023, [5, 812, 90], 30)}\n下一篇：\n${report("某区司法局", 2023, [0, 3, 14], 2)}`,
  },
];

describe("§二 printed twice with other figures", () => {
  for (const c of CASES) {
    it(`${c.name}: the §二 keys read are named`, () => {
      const r = parse(c.page);
      const named = new Set(r.findings.flatMap((f) => (f.severity === "info" ? [] : f.keys)));
      for (const k of ["active.licensing.decisions", "active.penalty.decisions"]) {
        expect(r.values[k]).toBeTypeOf("number");
        expect(named.has(k)).toBe(true);
      }
    });
  }
  it("the same §二 printed twice names nothing", () => {
    const once = report("某县农业农村局", 2022, [2, 17, 88], 5);
    const r = parse(`${once}\n附件：\n${once}`);
    expect(r.findings.filter((f) => f.keys.some((k) => k.startsWith("active.")))).toEqual([]);
    expect(r.values["active.penalty.decisions"]).toBe(88);
  });
});
