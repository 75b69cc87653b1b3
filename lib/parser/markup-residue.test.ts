import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";
import { blankMarkupResidue } from "./markup-residue";

describe("blankMarkupResidue", () => {
  it("blanks Word's settings line and mso- style blocks, keeping positions", () => {
    const text =
      "报告 Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable " +
      "{mso-style-name:普通表格; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; font-size:10.0pt;} 一、总体情况";
    const out = blankMarkupResidue(text);
    expect(out.length).toBe(text.length);
    expect(out.replace(/\s+/g, " ")).toBe("报告 一、总体情况");
  });

  it("blanks <br> and &nbsp; left inside table cells, and leaves plain text alone", () => {
    expect(blankMarkupResidue("| 5.要求行政机关确认或<br>重新出具已获取信息 | 1&nbsp;|").replace(/\s+/g, "")).toBe(
      "|5.要求行政机关确认或重新出具已获取信息|1|",
    );
    const plain = "font-weight:normal 的说明 {不是样式}";
    expect(blankMarkupResidue(plain)).toBe(plain);
  });

  it("blanks Word's list conditionals a crawler left without their comment marks, the ordinal beside its words", () => {
    const text = "其中：[if !supportLists]1、[endif]当面申请数 条 0 1 [if !supportLists](二)[endif]概述 [endif]";
    const out = blankMarkupResidue(text);
    expect(out.length).toBe(text.length);
    expect(out).toContain(" 1、当面申请数 条 0 1 ");
    expect(out).toContain(" (二)概述");
    expect(out.replace(/\s+/g, " ").trim()).toBe("其中： 1、当面申请数 条 0 1 (二)概述");
  });
});

/** A legacy 统计表 whose every list ordinal carries Word's conditionals ([if !supportLists]2、[endif]传真申请数). */
describe("a legacy 统计表 with Word's list conditionals around its ordinals", () => {
  const row = (n: number, label: string, unit: string, a: number, b: number) =>
    `[if !supportLists]${n}、[endif]${label} ${unit} ${a} ${b}`;
  it.each([
    ["平潭县海洋与渔业局", 2013, [1, 1, 0, 0], "[if !supportLists]"],
    ["平潭县城乡规划局", 2011, [5, 3, 1, 1], "[if !supportLineBreakNewLine]"],
    ["平潭县人口计生局", 2015, [2, 1, 1, 0], "[if !supportLists]"],
  ])("%s %i", async (agency, year, [apps, granted, partial, denied], mark) => {
    const table = [
      "指标名称 计量单位 本年度 历年累计 主动公开信息数 条 40 120 其中：",
      row(1, "网站公开", "条", 40, 120),
      row(2, "政府公报公开", "条", 0, 0),
      `受理依申请公开信息总数 条 ${apps} ${apps + 4} 其中：`,
      row(1, "当面申请数", "条", apps, apps + 4),
      row(2, "传真申请数", "条", 0, 0),
      `对申请的答复总数 条 ${apps} ${apps + 4} 其中：`,
      row(1, "同意公开答复数", "条", granted, granted + 3),
      row(2, "同意部分公开答复数", "条", partial, partial + 1),
      row(3, "否决公开答复数", "条", denied, denied),
      "行政复议数 件 0 1 行政诉讼数 件 0 0 行政申诉、举报数 件 0 0",
    ]
      .join(" ")
      .replaceAll("[if !supportLists]", mark);
    const page =
      `标题: ${agency}${year}年政府信息公开工作年度报告\n==================== 正文 ====================\n` +
      `${mark}一、[endif]概述 我局认真贯彻《条例》。 附件：${agency}政府信息公开情况统计表 ${table}\n`;
    const report = (await parseDocument(new TextEncoder().encode(page), "page.txt")).value!;
    expect({
      apps: report.values["apps.new.total"],
      granted: report.values["outcome.granted.total"],
      partial: report.values["outcome.partial.total"],
      denied: report.values["outcome.denied.total"],
      complaints: report.values["legacy.complaints"],
    }).toEqual({ apps, granted, partial, denied, complaints: 0 });
  });
});
