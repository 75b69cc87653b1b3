import { describe, expect, it } from "vitest";
import { blankCrawlResidue } from "./crawl-residue";
import { parseText } from "./index";

describe("blankCrawlResidue", () => {
  it("blanks Markdown bold markers around figures and headings, keeping positions", () => {
    const page = "**二、主动公开** 全年公开信息**61**条，受理申请**3**件。 (一)予以公开 **2** 0 0 0 0 0 **2**";
    const out = blankCrawlResidue(page);
    expect(out.length).toBe(page.length);
    expect(out).not.toContain("*");
    expect(out).toContain("受理申请  3  件");
    // A footnote's stars alone, no bold figure: left as printed.
    expect(blankCrawlResidue("总计 5* 0 5 注:*含转办 1 件")).toBe("总计 5* 0 5 注:*含转办 1 件");
  });

  it("blanks a screen reader's table announcements (第3行第2列) but not ordinary words", () => {
    const page = "表格 共3行4列 表格开始 第1行第1列 申请 第1行第2列 8 第2行第1列 答复 第2行第2列 7 表格结束";
    const out = blankCrawlResidue(page);
    expect(out.replace(/\s+/g, " ").trim()).toBe("申请 8 答复 7");
    expect(blankCrawlResidue("本局第1行政执法大队")).toBe("本局第1行政执法大队");
  });

  it("blanks escape sequences stored as text, underlines of a filled-in form and a script's undefined cells", () => {
    const esc = "规章\\t0\\t0\\n行政许可\\t4\\t1\\n行政处罚\\t9\\t0\\n总计\\t13\\t1\\n";
    expect(blankCrawlResidue(esc).replace(/\s+/g, " ").trim()).toBe("规章 0 0 行政许可 4 1 行政处罚 9 0 总计 13 1");
    const form = "受理申请____5____件，同意公开___4___件，不同意公开__1__件，收费______元";
    expect(blankCrawlResidue(form).replace(/\s+/g, "")).toBe(
      "受理申请5件,同意公开4件,不同意公开1件,收费元".replace(/,/g, "，"),
    );
    const js = "予以公开 2 undefined undefined NaN undefined 1 3";
    expect(blankCrawlResidue(js)).toBe("予以公开 2 -         -         -   -         1 3");
    expect(blankCrawlResidue("the value is undefined here")).toBe("the value is undefined here");
  });
});

describe("a 2021 page whose §三 cells carry a spreadsheet's percent format (2 shown as 200.00%)", () => {
  const row = (label: string, cells: string) => `${label} ${cells}`;
  const pct = (n: number[]) => n.map((v) => `${v * 100}.00%`).join(" ");
  const page = [
    "标题: 平潭综合实验区某中心2022年度政府信息公开工作年度报告",
    "==================== 正文 ====================",
    "平潭综合实验区某中心2022年度政府信息公开工作年度报告 一、总体情况 2022年,本中心共收到政府信息公开申请6件," +
      "其中自然人5件、法人1件;予以公开4件,无法提供2件。 三、收到和处理政府信息公开申请情况 申请人情况 自然人 " +
      "法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 " +
      row("一、本年新收政府信息公开申请数量", pct([5, 1, 0, 0, 0, 0, 6])) +
      " " +
      row("二、上年结转政府信息公开申请数量", pct([0, 0, 0, 0, 0, 0, 0])) +
      " 三、本年度办理结果 " +
      row("(一)予以公开", pct([3, 1, 0, 0, 0, 0, 4])) +
      " 五、存在的主要问题及改进情况 统计表单元格格式设置有误。",
  ].join("\n");

  it("reads no figure from a percentage: never 500 for 5", () => {
    const r = parseText(page).value!;
    for (const [key, v] of Object.entries(r.values))
      if (/^(?:apps|outcome)\./.test(key)) expect([0, 1, 4, 5, 6]).toContain(v);
    expect(r.values["apps.new.total"]).toBe(6);
    expect(r.findings.some((f) => f.rule === "P1" && /500\.00%/.test(f.message))).toBe(true);
  });
});

describe("a page converted to Markdown whose figures link to pages ([9](https://…/202401/t20240108_86502.htm))", () => {
  const link = (n: number, url: string) => `[${n}](${url})`;
  function page(agency: string, url: (i: number) => string, s3: number[][], licensing: number): string {
    const row = (label: string, v: number[], i: number) =>
      `| ${label} | ${v.map((x, k) => (x > 0 ? link(x, url(i * 10 + k)) : String(x))).join(" | ")} |`;
    return [
      `标题: ${agency}2023年政府信息公开工作年度报告`,
      "==================== 正文 ====================",
      `[首页](https://www.example.gov.cn/) > [政务公开](https://www.example.gov.cn/zwgk/) > 年报`,
      `${agency}2023年政府信息公开工作年度报告`,
      "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
      "二、主动公开政府信息情况",
      "| 信息内容 | 本年处理决定数量 |",
      "|---|---|",
      `| 行政许可 | ${link(licensing, "https://www.example.gov.cn/sgs/xzxk/?year=2023")} |`,
      "三、收到和处理政府信息公开申请情况",
      "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
      "|---|---|---|---|---|---|---|---|",
      row("一、本年新收政府信息公开申请数量", s3[0], 0),
      row("二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0], 1),
      "| 三、本年度办理结果 | | | | | | | |",
      row("（一）予以公开", s3[0], 2),
      row("（七）总计", s3[0], 3),
      row("四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, 0], 4),
      "四、政府信息公开行政复议、行政诉讼情况",
      "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
      "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | " +
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
      `| 0 | ${link(1, url(99))} | 0 | 0 | ${link(1, url(98))} | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`,
      "五、存在的主要问题及改进情况",
      "无。",
    ].join("\n");
  }
  const cases = [
    {
      agency: "平潭综合实验区综合执法局",
      url: (i: number) => `https://www.example.gov.cn/zwgk/ysqgk/blqk/202401/t20240108_${86500 + i}.htm`,
      s3: [[9, 0, 0, 0, 1, 0, 10]],
      licensing: 412,
    },
    {
      agency: "平潭综合实验区卫生健康局",
      url: (i: number) => `/zwgk/ysqgk/2311/${i}.html "办理明细"`,
      s3: [[4, 2, 0, 0, 0, 0, 6]],
      licensing: 37,
    },
    {
      agency: "平潭综合实验区城乡建设局",
      url: (i: number) => `http://203.0.113.7:8080/ysq/view?id=2024${i}&y=2023`,
      s3: [[15, 3, 1, 0, 0, 2, 21]],
      licensing: 1206,
    },
  ];
  for (const c of cases)
    it(`reads the linked figures, not the addresses (${c.agency})`, () => {
      const r = parseText(page(c.agency, c.url, c.s3, c.licensing)).value!;
      const fields = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org"];
      [...fields, "total"].forEach((f, i) => {
        expect(r.values[`apps.new.${f}`], f).toBe(c.s3[0][i]);
        expect(r.values[`outcome.granted.${f}`], f).toBe(c.s3[0][i]);
      });
      expect(r.values["active.licensing.decisions"]).toBe(c.licensing);
      expect(r.values["review.corrected"]).toBe(1);
      expect(r.values["review.total"]).toBe(1);
    });

  it("blanks a link's brackets and address in place, keeping its text", () => {
    const md = "| 一、本年新收 | [9](https://a.gov.cn/202401/t1.htm) | 0 |";
    const out = blankCrawlResidue(md);
    expect(out.length).toBe(md.length);
    expect(out.replace(/\s+/g, " ")).toBe("| 一、本年新收 | 9 | 0 |");
  });
});

describe("a mobile render whose glued digit runs became phone links ([92001012](tel:92001012))", () => {
  const tel = (run: string) => `[${run}](tel:${run})`;
  const cells = (v: number[]) => tel(v.join(""));
  const zeros = "0000000";
  function page(agency: string, phone: string, fresh: number[], granted: number[], absent: number[]): string {
    return [
      `${agency}2022年政府信息公开工作年度报告`,
      `本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。如有疑问请联系(电话:${tel(phone)},` +
        `邮箱:[gk@example.gov.cn](mailto:gk@example.gov.cn))。`,
      "**三、收到和处理政府信息公开申请情况**",
      "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他",
      `一、本年新收政府信息公开申请数量 ${cells(fresh)}`,
      `二、上年结转政府信息公开申请数量 ${tel(zeros)}`,
      `三、本年度办理结果 （一）予以公开 ${cells(granted)}`,
      `（二）部分公开（区分处理的，只计这一情形，不计其他情形） ${tel(zeros)}`,
      `（四）无法提供 1.本机关不掌握相关政府信息 ${cells(absent)} 2.没有现成信息需要另行制作 ${tel(zeros)}`,
      `（七）总计 ${cells(fresh)}`,
      `四、结转下年度继续办理 ${tel(zeros)}`,
      "**四、政府信息公开行政复议、行政诉讼情况**",
      "行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 " +
        "其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
      tel("010010000000000"),
      `主办:${agency} 备案号:闽ICP备${tel("12007681")}号`,
    ].join("\n");
  }
  const cases = [
    {
      agency: "平潭综合实验区交通与建设局",
      phone: "0591-24365208",
      fresh: [9, 2, 0, 0, 1, 0, 12],
      granted: [6, 2, 0, 0, 1, 0, 9],
      absent: [3, 0, 0, 0, 0, 0, 3],
    },
    {
      agency: "某市自然资源局",
      phone: "0591-87001234",
      fresh: [14, 0, 0, 0, 0, 3, 17],
      granted: [10, 0, 0, 0, 0, 1, 11],
      absent: [4, 0, 0, 0, 0, 2, 6],
    },
    {
      agency: "某县农业农村局",
      phone: "13900001111",
      fresh: [3, 1, 0, 0, 0, 0, 4],
      granted: [2, 1, 0, 0, 0, 0, 3],
      absent: [1, 0, 0, 0, 0, 0, 1],
    },
  ];
  for (const c of cases)
    it(`reads each run's cells, never a phone or ICP number (${c.agency})`, () => {
      const r = parseText(page(c.agency, c.phone, c.fresh, c.granted, c.absent)).value!;
      expect(r.values["apps.new.total"]).toBe(c.fresh[6]);
      expect(r.values["apps.new.natural_person"]).toBe(c.fresh[0]);
      expect(r.values["outcome.granted.total"]).toBe(c.granted[6]);
      expect(r.values["outcome.total.total"]).toBe(c.fresh[6]);
      expect(r.values["review.corrected"]).toBe(1);
      expect(r.values["review.total"]).toBe(1);
    });

  it("blanks a tel: or mailto: link's brackets and address in place, keeping its text", () => {
    const md = "数量 [2100003](tel:2100003) 邮箱 [a@b.cn](mailto:a@b.cn)";
    const out = blankCrawlResidue(md);
    expect(out.length).toBe(md.length);
    expect(out.replace(/\s+/g, " ")).toBe("数量 2100003 邮箱 a@b.cn ");
  });
});

describe("a PDF attachment's text printed as its blocks with their coordinates ((x0, y0, x1, y1, '…', n, 0))", () => {
  /** Label and figures as two blocks of one row, at the row's height. */
  function blocks(rows: [string, string][], x: number, top: number): string[] {
    return rows.flatMap(([label, cells], i) => {
      const y = (top + i * 19.15).toFixed(2);
      const y1 = (top + i * 19.15 + 15.2).toFixed(2);
      return [
        `(56.69, ${y}, ${x.toFixed(2)}, ${y1}, '${label}\\n', ${2 * i + 4}, 0)`,
        `(${(x + 10).toFixed(2)}, ${y}, 538.58, ${y1}, '${cells}\\n', ${2 * i + 5}, 0)`,
      ];
    });
  }
  function page(agency: string, x: number, top: number, s3: [string, string][], s4: string): string {
    return [
      `标题: ${agency}2022年政府信息公开工作年度报告`,
      "==================== 正文 ====================",
      `附件文字（按页输出文本块：x0, y0, x1, y1, 文本, 块序号, 块类型）`,
      "--- page 1 ---",
      `(170.10, 72.52, 425.18, 90.61, '${agency}\\n2022年政府信息公开工作年度报告\\n', 0, 0)`,
      "(56.69, 110.20, 538.58, 170.33, '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\\n', 1, 0)",
      "(56.69, 178.90, 300.44, 193.31, '三、收到和处理政府信息公开申请情况\\n', 2, 0)",
      `(${(x + 10).toFixed(2)}, 199.45, 538.58, 214.70, '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\\n', 3, 0)`,
      ...blocks(s3, x, top),
      "--- page 2 ---",
      "(56.69, 60.10, 300.44, 74.51, '四、政府信息公开行政复议、行政诉讼情况\\n', 0, 0)",
      "(56.69, 80.30, 538.58, 95.50, '行政复议 行政诉讼 未经复议直接起诉 复议后起诉\\n', 1, 0)",
      "(56.69, 99.45, 538.58, 114.65, '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 " +
        "结果维持 结果纠正 其他结果 尚未审结 总计\\n', 2, 0)",
      `(56.69, 118.60, 538.58, 133.80, '${s4}\\n', 3, 0)`,
      "(56.69, 140.10, 300.44, 154.51, '五、存在的主要问题及改进情况\\n', 4, 0)",
    ].join("\n");
  }
  const cases = [
    { agency: "平潭综合实验区农业农村局", x: 230, top: 220.1, n: [2, 1, 0, 0, 0, 0, 3], s4: [0, 0, 0, 0, 0] },
    { agency: "平潭综合实验区统计局", x: 212.5, top: 301.77, n: [14, 0, 2, 0, 0, 1, 17], s4: [1, 0, 0, 0, 1] },
    { agency: "平潭综合实验区林业局", x: 248.33, top: 405.2, n: [0, 6, 0, 0, 3, 0, 9], s4: [0, 1, 0, 1, 2] },
  ];
  for (const c of cases)
    it(`reads the blocks' text, never a coordinate or a block number (${c.agency})`, () => {
      const row = c.n.join(" ");
      const s3: [string, string][] = [
        ["一、本年新收政府信息公开申请数量", row],
        ["二、上年结转政府信息公开申请数量", "0 0 0 0 0 0 0"],
        ["（一）予以公开", row],
        ["（七）总计", row],
        ["四、结转下年度继续办理", "0 0 0 0 0 0 0"],
      ];
      const s4 = [...c.s4, ...Array(10).fill(0)].join(" ");
      const r = parseText(page(c.agency, c.x, c.top, s3, s4)).value!;
      const fields = [
        "natural_person",
        "commercial",
        "research",
        "public_interest",
        "legal_service",
        "other_org",
        "total",
      ];
      fields.forEach((f, i) => {
        expect(r.values[`apps.new.${f}`], f).toBe(c.n[i]);
        expect(r.values[`outcome.total.${f}`], f).toBe(c.n[i]);
      });
      expect(r.values["review.total"]).toBe(c.s4[4]);
      expect(r.values["litigation_direct.total"]).toBe(0);
    });

  it("blanks the coordinates in place and leaves an ordinary tuple in prose alone", () => {
    const line = "(160.00, 425.90, 538.58, 441.10, '14 0 96\\n', 16, 0)";
    const text = [line, line, line].join("\n");
    const out = blankCrawlResidue(text);
    expect(out.length).toBe(text.length);
    expect(out.replace(/\s+/g, " ").trim()).toBe("14 0 96 14 0 96 14 0 96");
    const prose = "坐标 (1, 2, 3, 4, 'a', 5, 0) 一处";
    expect(blankCrawlResidue(prose)).toBe(prose);
  });
});

describe("a Word file's tracked changes and comments as pandoc writes them", () => {
  const del = (v: number | string) => `[${v}]{.deletion author="办公室 林" date="2026-01-14T09:05:00Z"}`;
  const ins = (v: number | string) => `[${v}]{.insertion author="办公室 林" date="2026-01-14T09:05:00Z"}`;
  const note = (id: number, words: string, v: number) =>
    `[${words}]{.comment-start id="${id}" author="法制科 陈" date="2023-01-10T16:02:00Z"}${v}[]{.comment-end id="${id}"}`;
  function page(agency: string, newRow: string[], granted: string[], s4: string[]): string {
    const row = (label: string, cells: string[]) => `| ${label} | ${cells.join(" | ")} |`;
    return [
      `标题: ${agency}2024年政府信息公开工作年度报告`,
      "==================== 正文 ====================",
      `${agency}2024年政府信息公开工作年度报告`,
      `本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。全年新收申请${del(24)}${ins(25)}件。`,
      "三、收到和处理政府信息公开申请情况",
      "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
      "|---|---|---|---|---|---|---|---|",
      row("一、本年新收政府信息公开申请数量", newRow),
      row("二、上年结转政府信息公开申请数量", ["0", "0", "0", "0", "0", "0", "0"]),
      row("（一）予以公开", granted),
      row("（七）总计", granted),
      row("四、结转下年度继续办理", ["0", "0", "0", "0", "0", "0", "0"]),
      "四、政府信息公开行政复议、行政诉讼情况",
      "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
      "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | " +
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
      `| ${s4.join(" | ")} |`,
      "五、存在的主要问题及改进情况",
      "无。",
    ].join("\n");
  }
  const zeros = (n: number) => Array<string>(n).fill("0");
  const cases = [
    {
      agency: "平潭综合实验区住房和城乡建设局",
      newRow: [`${del(21)}${ins(22)}`, "3", "0", "0", "0", "0", `${del(24)}${ins(25)}`],
      granted: [`${del(21)}${ins(22)}`, "3", "0", "0", "0", "0", `${del(24)}${ins(25)}`],
      s4: [...zeros(5), "1", "0", "0", "0", "1", ...zeros(5)],
      want: { new: [22, 3, 25], review: 0, direct: 1 },
    },
    {
      agency: "平潭综合实验区综合执法局",
      newRow: ["11", "1", "0", "0", "0", "0", note(1, "系统内11件为自然人件数，企业1件系纸质申请，总计12件无误", 12)],
      granted: [note(2, "原填10件，复核后改为11件", 11), "1", "0", "0", "0", "0", "12"],
      s4: [
        ...zeros(5),
        note(3, "2022年8月一审判决驳回原告诉讼请求，计入“结果维持”；另1件系2021年案件", 1),
        "0",
        "0",
        "0",
        "1",
        ...zeros(5),
      ],
      want: { new: [11, 1, 12], review: 0, direct: 1 },
    },
    {
      agency: "平潭综合实验区商务局",
      newRow: [`${ins(7)}${del(6)}`, "0", "0", "0", "0", "0", `${ins(7)}${del(6)}`],
      granted: [`${ins(7)}${del(6)}`, "0", "0", "0", "0", "0", note(0, "含1件2023年12月28日申请", 7)],
      s4: [`${del(0)}${ins(1)}`, "0", "0", "0", `${del(0)}${ins(1)}`, ...zeros(10)],
      want: { new: [7, 0, 7], review: 1, direct: 0 },
    },
  ];
  for (const c of cases)
    it(`reads the inserted figures, never the deleted ones nor a comment's (${c.agency})`, () => {
      const r = parseText(page(c.agency, c.newRow, c.granted, c.s4)).value!;
      expect(r.values["apps.new.natural_person"]).toBe(c.want.new[0]);
      expect(r.values["apps.new.commercial"]).toBe(c.want.new[1]);
      expect(r.values["apps.new.total"]).toBe(c.want.new[2]);
      expect(r.values["outcome.granted.total"]).toBe(c.want.new[2]);
      expect(r.values["review.total"]).toBe(c.want.review);
      expect(r.values["litigation_direct.upheld"]).toBe(c.want.direct);
    });

  it("blanks the marks in place", () => {
    const text = `新收申请${del(24)}${ins(25)}件，${note(0, "请核对3件", 12)}`;
    const out = blankCrawlResidue(text);
    expect(out.length).toBe(text.length);
    expect(out.replace(/\s+/g, "")).toBe("新收申请25件，12");
  });
});

describe("Markdown's backslash escapes of a converted Word file (1\\. 属于国家秘密, \\-1)", () => {
  /** A 2019-form page as pandoc writes a Word file: each cell a paragraph, ordinals and signs escaped. */
  function page(agency: string, change: number, items: [string, number][]): string {
    const esc = (s: string) => s.replace(/^(\d+)\./, "$1\\.").replace(/^-/, "\\-");
    const cells = (label: string, v: (number | string)[]) => [label, ...v.map((x) => esc(String(x)))];
    return [
      `标题: ${agency}2020年政府信息公开工作年度报告`,
      "==================== 正文 ====================",
      `\\[附件\\] ${agency}2020年政府信息公开工作年度报告.docx`,
      "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
      "1\\. 主动公开。全年主动公开政府信息。",
      "2\\. 依申请公开。全年收到申请若干件。",
      "## 二、主动公开政府信息情况",
      ...["第二十条第（六）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      ...cells("行政处罚", [4, change, 9]),
      ...cells("行政强制", [0, 0, 0]),
      "## 三、收到和处理政府信息公开申请情况",
      ...["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
      ...cells("一、本年新收政府信息公开申请数量", [3, 0, 0, 0, 0, 0, 3]),
      ...cells("二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0, 0]),
      "三、本年度办理结果",
      ...cells("（一）予以公开", [1, 0, 0, 0, 0, 0, 1]),
      "（三）不予公开",
      ...items.flatMap(([label, n]) => cells(label, [n, 0, 0, 0, 0, 0, n])),
      ...cells("（七）总计", [3, 0, 0, 0, 0, 0, 3]),
      ...cells("四、结转下年度继续办理", [0, 0, 0, 0, 0, 0, 0]),
      "## 四、政府信息公开行政复议、行政诉讼情况",
      "## 五、存在的主要问题及改进情况",
      "无。",
    ].join("\n\n");
  }
  const cases: { agency: string; change: number; items: [string, number][] }[] = [
    { agency: "平潭综合实验区商务局", change: -1, items: [["1.属于国家秘密", 2]] },
    {
      agency: "平潭综合实验区财政局",
      change: -12,
      items: [
        ["3.危及“三安全一稳定”", 1],
        ["4.保护第三方合法权益", 1],
      ],
    },
    { agency: "平潭综合实验区文体局", change: 5, items: [["2.其他法律行政法规禁止公开", 2]] },
  ];
  for (const c of cases)
    it(`reads escaped signs and ordinals as printed (${c.agency})`, () => {
      const r = parseText(page(c.agency, c.change, c.items)).value!;
      expect(r.values["active.penalty.prev_items"]).toBe(4);
      expect(r.values["active.penalty.change"]).toBe(c.change);
      expect(r.values["active.penalty.decisions"]).toBe(9);
      for (const [label, n] of c.items) {
        const key = { 1: "state_secret", 2: "prohibited_by_law", 3: "three_safeties", 4: "third_party" }[label[0]];
        expect(r.values[`outcome.denied.${key}.total`], label).toBe(n);
      }
      expect(r.values["outcome.denied.total"]).toBe(2);
    });

  it("drops the backslash in place, a space after the word instead", () => {
    const text = "1\\. 属于\n\\-1\n\\[附件\\] 报告";
    const out = blankCrawlResidue(text);
    expect(out.length).toBe(text.length);
    expect(out.split("\n")).toEqual(["1.  属于", "-1 ", "[附件 ]  报告"]);
  });
});
