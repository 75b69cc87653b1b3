import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { normalizeText } from "./normalize";

const NNBSP = "\u202f";

/** A 2019-form page's §二, its rows as given, with a short §三 and §四 after it. */
function page(agency: string, rows: string[]): string {
  return [
    `标题: ${agency}2020年政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `${agency}2020年政府信息公开工作年度报告`,
    "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
    "规章 0 0 0",
    "规范性文件 2 2 9",
    "第二十条第（五）项",
    "信息内容 上一年项目数量 本年增/减 处理决定数量",
    ...rows,
    "三、收到和处理政府信息公开申请情况",
    "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
    "一、本年新收政府信息公开申请数量 3 1 0 0 0 0 4",
    "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
    "三、本年度办理结果",
    "（一）予以公开 3 1 0 0 0 0 4",
    "（七）总计 3 1 0 0 0 0 4",
    "四、结转下年度继续办理 0 0 0 0 0 0 0",
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼",
    "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
    "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
    "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    "五、存在的主要问题及改进情况",
    "无。",
  ].join("\n");
}

describe("figures grouped by a narrow no-break space, changes printed with a plus sign (2019 form §二)", () => {
  it("joins a figure's thousands groups set apart by U+202F, and only those", () => {
    expect(normalizeText(`行政许可 76 3 6${NNBSP}352`)).toBe("行政许可 76 3 6352");
    expect(normalizeText(`采购 14 1${NNBSP}036.52`)).toBe("采购 14 1036.52");
    // Not three digits after it: no thousands group.
    expect(normalizeText(`0${NNBSP}12 5${NNBSP}3`)).toBe(`0${NNBSP}12 5${NNBSP}3`);
  });

  const cases = [
    {
      agency: "平潭综合实验区市场监督管理局",
      rows: [`行政许可 76 +3 6${NNBSP}352`, `其他对外管理服务事项 12 0 18${NNBSP}430`],
      want: { prev: 76, change: 3, decisions: 6352, otherDecisions: 18430 },
    },
    {
      agency: "平潭综合实验区交通运输局",
      rows: [`行政许可 41 +12 1${NNBSP}204`, `其他对外管理服务事项 5 -1 2${NNBSP}007${NNBSP}311`],
      want: { prev: 41, change: 12, decisions: 1204, otherDecisions: 2007311 },
    },
    {
      agency: "平潭综合实验区农业农村局",
      rows: [`行政许可 9 | +1 | 12${NNBSP}000`, `其他对外管理服务事项 | 3 | +2 | 950`],
      want: { prev: 9, change: 1, decisions: 12000, otherDecisions: 950 },
    },
  ];
  for (const c of cases)
    it(`reads ${c.rows[0]}`, () => {
      const r = parseText(page(c.agency, c.rows)).value!;
      expect(r.values["active.licensing.prev_items"]).toBe(c.want.prev);
      expect(r.values["active.licensing.change"]).toBe(c.want.change);
      expect(r.values["active.licensing.decisions"]).toBe(c.want.decisions);
      expect(r.values["active.other_services.decisions"]).toBe(c.want.otherDecisions);
    });

  it("still reads a plus glued to a word as an unreadable cell", () => {
    const r = parseText(page("平潭综合实验区文旅局", ["行政许可 8 约+2 30", "其他对外管理服务事项 1 0 4"])).value!;
    expect(r.values["active.licensing.change"]).toBeUndefined();
  });
});
