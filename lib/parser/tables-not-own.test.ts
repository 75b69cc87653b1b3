/**
 * Tables whose figures the page does not make the agency's own this year, and a table whose figures cannot be
 * placed by line: a legacy 统计表 saved column by column (names, then units, then values) is read by place or left
 * blank, never given a 0 its label alone does not print; a 2019/2021 page saying under §三 or §四 that it has no
 * data this year (本年度无相关数据) then printing a table with figures (the whole area's) has an N1 naming them.
 * Fixture text is hand-written.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const FORM = [
  ["主动公开政府信息数", "条"],
  ["其中：1．网站公开数", "条"],
  ["2．政府公报公开数", "条"],
  ["受理政府信息公开申请数", "件"],
  ["其中：1．当面申请数", "件"],
  ["2．网上申请数", "件"],
  ["3．信函申请数", "件"],
  ["对申请的答复数", "件"],
  ["其中：1．同意公开答复数", "件"],
  ["2．同意部分公开答复数", "件"],
  ["3．不同意公开答复数", "件"],
  ["行政复议数", "件"],
  ["行政诉讼数", "件"],
  ["行政申诉数", "件"],
] as const;

/** The form's values for `received` applications answered `granted` / `partial` / the rest denied. */
function figures(
  active: number,
  channels: [number, number, number],
  granted: number,
  partial: number,
  cases: number[],
) {
  const received = channels[0] + channels[1] + channels[2];
  const denied = received - granted - partial;
  return [active, active - 2, 2, received, ...channels, received, granted, partial, denied, ...cases];
}

function columnByColumn(agency: string, year: number, valueHeads: string[], columns: number[][]): string {
  const body = [
    "指标名称",
    ...FORM.map((r) => r[0]),
    "单位",
    ...FORM.map((r) => r[1]),
    ...columns.flatMap((c, i) => [...(valueHeads[i] ? [valueHeads[i]] : []), ...c.map(String)]),
  ];
  return [
    `标题: ${agency}${year}年度政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `${agency}${year}年度政府信息公开工作年度报告`,
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `附件：${year}年政府信息公开情况统计表`,
    ...body,
    "附件下载",
  ].join("\n");
}

describe("a legacy 统计表 saved column by column", () => {
  const cases = [
    { agency: "平潭县教育局", year: 2009, heads: ["统计数"], v: figures(150, [8, 0, 3], 3, 0, [0, 0, 1]) },
    { agency: "平潭县民政局", year: 2012, heads: ["2012年", "累计"], v: figures(87, [0, 3, 1], 1, 1, [1, 1, 0]) },
    { agency: "平潭县水利局", year: 2016, heads: ["本年"], v: figures(296, [3, 2, 1], 3, 2, [0, 1, 1]) },
  ];
  for (const { agency, year, heads, v } of cases) {
    it(`${agency} ${year}: reads each value at its row's place`, () => {
      const columns = heads.length === 2 ? [v, v.map((x) => x * 3 + 1)] : [v];
      const r = parseText(columnByColumn(agency, year, heads, columns)).value!;
      expect(r.values["apps.new.total"]).toBe(v[3]);
      expect([r.values["outcome.granted.total"], r.values["outcome.partial.total"]]).toEqual([v[8], v[9]]);
      expect(r.values["outcome.denied.total"]).toBe(v[10]);
      expect([r.values["review.total"], r.values["litigation.total"], r.values["legacy.complaints"]]).toEqual(
        v.slice(11),
      );
    });
  }

  it("gives no figure a 0 its label alone on a line does not print (no value header: left blank)", () => {
    const v = figures(163, [6, 2, 0], 2, 4, [2, 1, 0]);
    const r = parseText(columnByColumn("平潭县财政局", 2011, [], [v])).value!;
    const truth: Record<string, number> = {
      "apps.new.total": v[3],
      "outcome.granted.total": v[8],
      "outcome.partial.total": v[9],
      "outcome.total.total": v[7],
    };
    for (const [key, value] of Object.entries(truth)) expect([undefined, value]).toContain(r.values[key]);
  });
});

const applicants = "自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |";
const row = (label: string, cells: number[]) => `${label} | ${cells.join(" | ")} |`;
const z = [0, 0, 0, 0, 0, 0, 0];

function areaPage(agency: string, year: number, none3: string, none4: string, apps: number): string {
  const c = [apps - 1, 1, 0, 0, 0, 0, apps];
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    "一、总体情况",
    `${year}年，${agency}认真贯彻落实《条例》。`,
    "三、收到和处理政府信息公开申请情况",
    none3,
    `申请人情况 | ${applicants}`,
    row("一、本年新收政府信息公开申请数量", c),
    row("二、上年结转政府信息公开申请数量", z),
    "三、本年度办理结果 |",
    row("(一)予以公开", c),
    row("(二)部分公开", z),
    row("(六)其他处理", z),
    row("(七)总计", c),
    row("四、结转下年度继续办理", z),
    "四、政府信息公开行政复议、行政诉讼情况",
    none4,
    "行政复议 | 行政诉讼 |",
    "1 | 2 | 0 | 0 | 3 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |",
    "五、存在的主要问题及改进情况",
    "一是公开内容还不够丰富。",
  ].join("\n");
}

const n1 = (text: string) =>
  (parseText(text).value?.findings ?? []).filter((f) => f.rule === "N1" && f.severity === "warning");

describe("本年度无相关数据, then a table with figures (the whole area's)", () => {
  const cases = [
    [
      "某某区人民政府",
      2021,
      "本年度无相关数据。全区政府信息公开申请办理情况如下：",
      "本年度无相关数据。全区情况如下：",
    ],
    ["某某县人民政府", 2022, "本年度无相关数据。", "2022年本机关无此类情况。"],
    ["某某区住房和城乡建设局", 2023, "本年度我局无相关情况。以下为全区汇总数据：", "本年度无相关数据。"],
    // The agency named before the year (本机关本年度…), and other orders a clerk writes.
    ["某某区人民政府", 2022, "本年度无相关数据。", "本机关本年度无相关数据，全区汇总如下："],
    ["某某县人民政府", 2020, "我县2020年度暂无相关数据。", "本单位全年无此类情况。以下为全县汇总："],
    ["某某市人民政府", 2023, "本机关：本年度无相关数据。", "本机关2023年无相关数据（全市）。"],
    ["某某新区管理委员会", 2021, "2021年度，本机关无相关数据。", "我委本年度暂无相关情况，全区情况如下："],
  ] as const;
  for (const [agency, year, none3, none4] of cases) {
    it(`${agency} ${year}: every §三 and §四 figure read is named by an N1, or not read`, () => {
      const text = areaPage(agency, year, none3, none4, 12);
      const keys = new Set(n1(text).flatMap((f) => f.keys));
      const values = parseText(text).value?.values ?? {};
      const read = Object.keys(values).filter((k) => /^(?:apps|outcome|review|lit)/.test(k));
      // (A unit's page leaves the area's table unread; its own 无相关情况 is its 0.)
      expect(read.filter((k) => !keys.has(k) && values[k] !== 0)).toEqual([]);
      expect(read.length === 0 || keys.has("review.total") || keys.has("apps.new.total")).toBe(true);
    });
  }

  it("says nothing where the table under it prints none", () => {
    const page = areaPage("某某区人民政府", 2021, "本年度无相关数据。", "本年度无相关数据。", 0).replace(
      "1 | 2 | 0 | 0 | 3 | 0 | 0 | 0 | 1 | 1 |",
      "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    );
    expect(n1(page)).toEqual([]);
  });
});

describe("a legacy zone government's page: 依申请公开 无相关数据, then the whole area's 统计表", () => {
  const table = (apps: number) =>
    `指标名称 计量单位 年末统计\n主动公开信息数 条 586\n受理依申请公开信息总数 条 ${apps}\n` +
    `对申请的答复总数 条 ${apps}\n其中：1．同意公开答复数 条 ${apps - 1}\n2．同意部分公开答复数 条 1\n` +
    "3．否决公开答复总数 条 0\n行政复议数 件 2\n行政诉讼数 件 0\n行政申诉数 件 1";
  const cases = [
    ["临桂区人民政府", 2016, "本年度无相关数据", "附：全区政府信息公开情况统计表"],
    ["涪城区人民政府", 2015, "无相关数据。", "附表（全区）"],
    ["某某县人民政府", 2012, "本年度暂无相关情况。", "全县政府信息公开情况统计表"],
  ] as const;
  for (const [agency, year, none, title] of cases) {
    it(`${agency} ${year}: every figure read is named`, () => {
      const text = [
        `标题: ${agency}${year}年度政府信息公开工作年度报告`,
        "==================== 正文 ====================",
        `${agency}${year}年度政府信息公开工作年度报告`,
        `一、概述 ${year}年，本机关认真贯彻落实《条例》。`,
        `三、依申请公开政府信息情况 ${none}`,
        title,
        table(65),
      ].join("\n");
      const r = parseText(text).value!;
      const named = new Set(r.findings.filter((f) => f.severity === "warning").flatMap((f) => f.keys));
      const core = ["apps.new.total", "outcome.granted.total", "review.total", "legacy.complaints"];
      expect(core.filter((k) => k in r.values && !named.has(k))).toEqual([]);
    });
  }
});

describe("a department's page noting a table as the whole area's (注：上表为全区各部门汇总数据)", () => {
  const warned = (text: string) =>
    new Set((parseText(text).value?.findings ?? []).filter((f) => f.severity === "warning").flatMap((f) => f.keys));
  const modern = [
    ["某某区住房和城乡建设局", 2021, "（注：上表为全区各部门汇总数据）"],
    ["某某县教育局", 2022, "注：本表为全县汇总数据。"],
    ["某某市交通运输局", 2023, "说明：以上数据为全市各单位合计数。"],
  ] as const;
  for (const [agency, year, note] of modern) {
    it(`${agency} ${year}: every §三 and §四 figure read is named`, () => {
      const text = areaPage(agency, year, "", note, 12).replace("\n\n", "\n");
      const values = parseText(text).value?.values ?? {};
      const read = Object.keys(values).filter((k) => /^(?:apps|outcome|review|lit)/.test(k));
      const keys = warned(text);
      expect(read.length).toBeGreaterThan(0);
      expect(read.filter((k) => !keys.has(k))).toEqual([]);
    });
  }

  const legacy = [
    ["某某县林业局", 2013, "（注：本表为全县林业系统各单位汇总数据）"],
    ["某某区民政局", 2016, "备注：上表为全区汇总数。"],
    ["某某市审计局", 2011, "注：表中数据为全市各部门合计。"],
  ] as const;
  for (const [agency, year, note] of legacy) {
    it(`${agency} ${year} (统计表): every figure read is named`, () => {
      const text = [
        `标题: ${agency}${year}年度政府信息公开工作年度报告`,
        "==================== 正文 ====================",
        `${agency}${year}年度政府信息公开工作年度报告`,
        `一、概述 ${year}年，我局认真贯彻落实《条例》。`,
        "附表：政府信息公开情况统计表",
        "指标名称 计量单位 年末统计\n主动公开信息数 条 586\n受理依申请公开信息总数 条 65",
        "对申请的答复总数 条 65\n其中：1．同意公开答复数 条 64\n2．同意部分公开答复数 条 1",
        "3．否决公开答复总数 条 0\n行政复议数 件 2\n行政诉讼数 件 0\n行政申诉数 件 1",
        note,
      ].join("\n");
      const values = parseText(text).value?.values ?? {};
      const keys = warned(text);
      const core = ["apps.new.total", "outcome.granted.total", "review.total", "legacy.complaints"];
      expect(core.filter((k) => !(k in values) || !keys.has(k))).toEqual([]);
    });
  }

  it("says nothing on the area government's own page (its 全区 is its own)", () => {
    const text = areaPage("某某区人民政府", 2021, "", "（注：上表为全区各部门汇总数据）", 12);
    expect(warned(text).has("apps.new.total")).toBe(false);
  });
});
