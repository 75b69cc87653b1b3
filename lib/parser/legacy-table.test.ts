import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { legacyKeyOf, parseLegacyTable } from "./legacy-table";

const SEED = "fixtures/seeds/001_2280456dce613c96.txt";
const seedLines = readFileSync(SEED, "utf8").split("\n");
const expected = JSON.parse(readFileSync("fixtures/seeds/expected.json", "utf8"))["001_2280456dce613c96.txt"];

/** Chinese row name → our key (the names in expected.json are the printed labels; none is heading-scoped). */
function keyOfRow(name: string): string {
  const key = legacyKeyOf(name);
  expect(key, `label ${name}`).toBeDefined();
  return key!;
}

function parse(text: string) {
  const result = parseLegacyTable(text.split("\n"));
  expect(result.error).toBeUndefined();
  return result.value!;
}

describe("parseLegacyTable on seed 001", () => {
  const table = parse(seedLines.join("\n"));

  it("reads every non-zero row of the hand-read table", () => {
    for (const [name, value] of Object.entries(expected.legacy_rows_nonzero as Record<string, number>)) {
      expect(table.values[keyOfRow(name)], name).toBe(value);
    }
  });

  it("fills the core metrics: zero unless hand-read as non-zero", () => {
    const core = ["apps.new.total", "outcome.granted.total", "outcome.total.total", "review.total", "litigation.total"];
    for (const key of core) expect(table.values[key], key).toBe(expected.nonzero[key] ?? 0);
    expect(table.values["litigation.upheld"]).toBe(1);
  });

  it("tells review and litigation apart for the same words", () => {
    expect(table.values["legacy.litigation.upheld"]).toBe(1);
    expect(table.values["legacy.review.upheld"]).toBe(0);
    expect(table.values["legacy.litigation.corrected"]).toBe(0);
  });

  it("keeps the source line and raw row of each value", () => {
    const src = table.sources["legacy.training.trainees"];
    expect(seedLines[src.line - 1]).toBe(src.raw);
    expect(src.raw).toContain("接受培训人员数");
  });

  it("puts printed-blank cells in blanks, not in values", () => {
    expect(table.blanks).toContain("legacy.apps.heading");
    expect("legacy.apps.heading" in table.values).toBe(false);
  });
});

describe("parseLegacyTable layouts", () => {
  const rowsOf = (text: string) => text.split("\n").filter((l) => l.includes("|") && !l.includes("统 计"));
  const pipeRows = rowsOf(seedLines.join("\n"));
  /** "a | b | |" → ["a", "b", ""]: the cells of a seed row, the last empty piece after the closing "|" dropped. */
  const splitCells = (row: string) =>
    row
      .split("|")
      .map((c) => c.trim())
      .slice(0, -1);

  it("reads one cell per line the same as | rows", () => {
    const cells = pipeRows.flatMap(splitCells);
    const oneCell = parse(["政府信息公开情况统计表", "统计指标", "单位", "统计数", ...cells].join("\n"));
    const piped = parse(seedLines.join("\n"));
    expect(oneCell.values).toEqual(piped.values);
  });

  it("reads one cell per line each closed by ' |', an empty cell being a blank", () => {
    const cells = pipeRows.flatMap((row) => splitCells(row).map((c) => `${c} |`));
    const t = parse(["政府信息公开情况统计表", "统 计 指 标 |", "单位 |", "统计数 |", ...cells].join("\n"));
    expect(t.values).toEqual(parse(seedLines.join("\n")).values);
    expect(t.blanks).toEqual(["legacy.response.heading", "legacy.apps.heading"]);
  });

  it("reads a table flattened onto one line", () => {
    const glued = pipeRows.map((row) => splitCells(row).join("")).join(" ");
    const t = parse(["政府信息公开情况统计表", `统 计 指 标单位统计数 ${glued}`, "单位负责人: 审核人:"].join("\n"));
    expect(t.values).toEqual(parse(seedLines.join("\n")).values);
    expect(t.sources["legacy.training.trainees"].line).toBe(2);
  });

  it("reads tab-separated rows and labels wrapped over two lines", () => {
    const text = [
      "政府信息公开情况统计表",
      "统计指标\t单位\t统计数",
      "三、依申请公开情况",
      "(一)收到申请数",
      "件",
      "12",
      "(三)申请答复数\t件\t11",
      "2.同意公开答复数\t件\t9",
      "3.同意部分公开答复",
      "数",
      "件",
      "2",
    ].join("\n");
    const t = parse(text);
    expect(t.values["legacy.apps.received"]).toBe(12);
    expect(t.values["legacy.answers.partial"]).toBe(2);
    expect(t.values["outcome.granted.total"]).toBe(9);
    expect(t.sources["legacy.apps.received"]).toEqual({ line: 4, raw: "(一)收到申请数 | 件 | 12" });
  });

  it("reads a `|` row with a tab beside a bar as one cell, and leaves a blank part the total disputes blank", () => {
    const rows = (upheld: string) =>
      [
        "统计指标 | 单位 | 统计数",
        "五、行政诉讼数量 |\u3000件\u00a0|\u30003 |",
        `(一)维持具体行政行为或者驳回原告诉讼请求数 |  件  |${upheld}`,
        "(二)被依法纠错数\u3000| 件\u3000|\u30001\t|",
        "(三)其他情形数\t|\t件 |\u30000 |",
      ].join("\n");
    const tabbed = parse(rows("\t2  |"));
    expect(tabbed.values["legacy.litigation.upheld"]).toBe(2);
    expect(tabbed.values["litigation.upheld"]).toBe(2);
    // 3 cases, 1 corrected, 0 other: a blank 维持 is not "none", so its core figure is not 0.
    const blank = parse(rows("  |"));
    expect(blank.values["litigation.total"]).toBe(3);
    expect(blank.values["litigation.upheld"]).toBeUndefined();
    const plain = parse(
      [
        "统计指标 | 单位 | 统计数",
        "五、行政诉讼数量 | 件 | 1 |",
        "(一)维持具体行政行为或者驳回原告诉讼请求数 | 件 |  |",
        "(二)被依法纠错数 | 件 | 0 |",
        "(三)其他情形数 | 件 | 0 |",
      ].join("\n"),
    );
    expect(plain.values["litigation.total"]).toBe(1);
    expect(plain.values["litigation.upheld"]).toBeUndefined();
    // Where the printed parts already make the total, a blank part is 0 as before.
    const none = parse(rows("  |").replace("\u30003 |", "1 |"));
    expect(none.values["litigation.upheld"]).toBe(0);
  });

  it("takes the current-year column of a table with a cumulative column", () => {
    const text = [
      "统计指标 | 单位 | 本年度 | 2008年以来累计",
      "(一)收到申请数 | 件 | 7 | 130",
      "四、行政复议数量 | 件 | 1 | 9",
    ].join("\n");
    const t = parse(text);
    expect(t.values["legacy.apps.received"]).toBe(7);
    expect(t.values["review.total"]).toBe(1);
  });

  it("reads the current-year column when the header cells stand one per line", () => {
    const text = [
      "统计指标",
      "单位",
      "本年",
      "累计",
      "(一)收到申请数",
      "件",
      "5",
      "40",
      "(二)申请办结数",
      "件",
      "4",
      "38",
    ];
    const t = parse(text.join("\n"));
    expect(t.values["legacy.apps.received"]).toBe(5);
    expect(t.values["legacy.apps.closed"]).toBe(4);
  });

  it("names shared words by their heading", () => {
    expect(legacyKeyOf("(二)被依法纠错数", "review")).toBe("legacy.review.corrected");
    expect(legacyKeyOf("(二)被依法纠错数", "litigation")).toBe("legacy.litigation.corrected");
    expect(legacyKeyOf("(二)被依法纠错数")).toBeUndefined();
  });

  it("reads rows named by the 条例's article, the article's numbers and a time limit's being words of the label", () => {
    const text = [
      "附表 依申请公开情况 项目 单位 数量",
      "收到申请数 件 9",
      "其中:20个工作日内答复 件 8",
      "依据条例第二十一条第一项办理(属于公开范围) 件 5",
      "按第21条第2项答复(不予公开) 件 1",
      "依《政府信息公开条例》第22条答复(部分公开) 件 2",
      "依第21条第3项答复(信息不存在) 件 1",
      "行政复议数 件 0",
    ].join(" ");
    const { values } = parse(text);
    expect(values["apps.new.total"]).toBe(9);
    expect(values["outcome.granted.total"]).toBe(5);
    expect(values["outcome.denied.total"]).toBe(1);
    expect(values["outcome.partial.total"]).toBe(2);
    expect(values["review.total"]).toBe(0);
    expect(Object.values(values)).not.toContain(21);
    expect(Object.values(values)).not.toContain(20);
  });

  it("keeps unknown rows under a stable extra key and blanks under their keys", () => {
    const text = [
      "统计指标 | 单位 | 统计数",
      "(五)政务服务中心公开事项数 | 项 | 42",
      "(一)收到申请数 | 件 | —— |",
    ].join("\n");
    const a = parse(text);
    const b = parse(text);
    const extra = Object.keys(a.values).filter((k) => k.startsWith("legacy.extra."));
    expect(extra).toHaveLength(1);
    expect(a.values[extra[0]]).toBe(42);
    expect(Object.keys(b.values)).toEqual(Object.keys(a.values));
    expect(a.blanks).toContain("legacy.apps.received");
    expect(a.values["apps.new.total"]).toBe(0);
    expect(a.values["review.total"]).toBeUndefined();
  });

  it("reads a row whose empty value cell was dropped as a blank", () => {
    const t = parse(["统计指标 | 单位 | 统计数", "4.不同意公开答复数 | 件", "四、行政复议数量 | 件 | 2"].join("\n"));
    expect(t.blanks).toEqual(["legacy.answers.denied"]);
    expect(t.values["legacy.review.total"]).toBe(2);
  });

  it("converts 元 to 万元 for amounts and reports unreadable cells", () => {
    const text = [
      "统计指标 | 单位 | 统计数",
      "七、依申请公开信息收取的费用 | 元 | 2500",
      "六、举报投诉数量 | 件 | 若干",
    ].join("\n");
    const r = parseLegacyTable(text.split("\n"));
    expect(r.value!.values["legacy.fees.amount_wan"]).toBe(0.25);
    expect(r.issues.map((i) => i.rule)).toEqual(["P1"]);
    expect(r.issues[0].line).toBe(3);
  });

  it("returns an error, not a throw, when there is no table", () => {
    const r = parseLegacyTable(["本报告没有统计表以外的内容", "只有正文。"]);
    expect(r.value).toBeNull();
    expect(r.error).toBeTruthy();
    expect(parseLegacyTable([]).error).toBeTruthy();
  });
});

describe("a page that prints the same table for two years", () => {
  /** One-column 统计表 for `year`, with the figures this test varies. */
  function yearTable(year: number, apps: number, granted: number, denied: number, review: number): string {
    return (
      `${year}年度政府信息公开情况统计表 指标名称 计量单位 ${year}年度 主动公开文件数 条 40 ` +
      `受理政府信息公开申请总数 条 ${apps} 对申请的答复总数 条 ${apps} 其中:1.同意公开答复数 条 ${granted} ` +
      `2.同意部分公开答复数 条 0 3.不予公开答复数 条 ${denied} 行政复议数 件 ${review} 行政诉讼数 件 0`
    );
  }
  const intro = "某局2014年度政府信息公开工作年度报告 一、概述 办公室负责日常工作。 附表:";

  it.each([
    ["the previous year's first", `${intro} ${yearTable(2013, 5, 3, 2, 1)} ${yearTable(2014, 2, 2, 0, 0)}`],
    ["the previous year's last", `${intro} ${yearTable(2014, 2, 2, 0, 0)} ${yearTable(2013, 5, 3, 2, 1)}`],
  ])("reads the later year's table, %s, and none of the other's rows", (_, text) => {
    const table = parse(text);
    expect(table.values["apps.new.total"]).toBe(2);
    expect(table.values["outcome.granted.total"]).toBe(2);
    expect(table.values["outcome.denied.total"]).toBe(0);
    expect(table.values["review.total"]).toBe(0);
  });
});

describe("sentences beside the table that state other figures (N1)", () => {
  /** A page: a sentence line about answers and cases (line 3), then a one-column 统计表 on lines of its own. */
  function page(sentence: string, row: { granted: number; partial: number; denied: number; review: number }) {
    const total = row.granted + row.partial + row.denied;
    return [
      "某局2012年度政府信息公开工作年度报告",
      "一、概述:本局按《条例》要求做好政府信息公开工作。",
      sentence,
      "统计指标 | 单位 | 统计数",
      `(一)收到申请数 | 件 | ${total}`,
      `(二)对申请的答复数 | 件 | ${total}`,
      `1.同意公开答复数 | 件 | ${row.granted}`,
      `2.同意部分公开答复数 | 件 | ${row.partial}`,
      `3.不予公开答复数 | 件 | ${row.denied}`,
      `(三)行政复议数 | 件 | ${row.review}`,
      "(四)行政诉讼数 | 件 | 0",
      "(五)行政申诉、举报数 | 件 | 0",
    ];
  }
  const n1 = (lines: string[]) => parseLegacyTable(lines).issues.filter((i) => i.rule === "N1");

  it("names each key a sentence states otherwise, at the sentence's line, and keeps the table's figure", () => {
    const lines = page(
      "2012年共受理政府信息公开申请6件,其中同意公开4件,部分公开1件,不予公开1件。发生行政复议2件,行政诉讼1件。",
      { granted: 5, partial: 1, denied: 0, review: 0 },
    );
    const table = parseLegacyTable(lines).value!;
    expect(table.values["outcome.granted.total"]).toBe(5);
    expect(table.values["review.total"]).toBe(0);
    const found = n1(lines);
    expect(found.map((f) => [f.keys, f.expected, f.actual, f.line, f.severity])).toEqual([
      [["outcome.granted.total"], 5, 4, 3, "warning"],
      [["outcome.denied.total"], 0, 1, 3, "warning"],
      [["review.total"], 0, 2, 3, "warning"],
      [["litigation.total"], 0, 1, 3, "warning"],
    ]);
    expect(found[2].message).toContain("行政复议 2 件");
  });

  it("raises none where the sentences agree, or state no count", () => {
    const row = { granted: 3, partial: 2, denied: 1, review: 1 };
    const agree = "2012年共受理申请6件,其中同意公开3件,同意部分公开2件,不予公开1件。因政府信息公开申请行政复议1件。";
    expect(n1(page(agree, row))).toEqual([]);
    expect(n1(page("对未予公开的答复不服的,可以依法申请行政复议或提起行政诉讼。", row))).toEqual([]);
    const own =
      "我局作为被告的行政诉讼案件共7件,其中涉及政府信息公开的0件;被申请行政复议案件3件,均不涉及政府信息公开。";
    expect(n1(page(own, { ...row, review: 0 }))).toEqual([]);
  });
});

describe("row and column wordings of other county forms", () => {
  const ANSWERS = ["apps.new.total", "outcome.granted.total", "outcome.partial.total", "outcome.denied.total"];
  it.each([
    [
      "this year's column beside a signed 同比增减 column (+3, -2)",
      "指标名称 单位 本年数 同比增减 主动公开信息数 条 125 +31 受理政府信息公开申请总数 件 7 -2 对申请的答复总数 件 7 -2 " +
        "其中:同意公开答复数 件 5 +1 同意部分公开答复数 件 2 -1 不予公开答复数 件 0 -2 行政复议数 件 1 +1 行政诉讼数 件 0 0",
      { figures: [7, 5, 2, 0], review: 1, complaints: undefined },
    ],
    [
      "the 合计 column of a table printed per part of the agency (机关 | 下属单位 | 合计)",
      "指标名称 计量单位 局本级 下属事业单位 合计 主动公开信息数 条 37 90 127 收到申请数 件 3 4 7 对申请的答复数 件 3 4 7 " +
        "其中:同意公开答复数 件 2 2 4 同意部分公开答复数 件 1 1 2 不同意公开答复数 件 0 1 1 行政复议数 件 0 1 1",
      { figures: [7, 4, 2, 1], review: 1, complaints: undefined },
    ],
    [
      "rows counted in 件次",
      "项目 单位 数量 主动公开信息 条 52 政府信息公开申请受理数 件次 6 其中:同意公开 件次 4 部分公开 件次 1 " +
        "不予公开 件次 1 行政复议 件次 1 行政诉讼 件次 0 申诉、举报 件次 2",
      { figures: [6, 4, 1, 1], review: 1, complaints: 2 },
    ],
    [
      "columns headed by periods, the whole period first (2008年5月-2013年12月 | 2013年1-12月)",
      "指标名称 计量单位 2008年5月-2013年12月 2013年1-12月 主动公开信息数 条 412 58 受理依申请公开信息总数 条 15 4 " +
        "对申请的答复总数 条 15 4 其中:1、同意公开答复数 条 11 3 2、同意部分公开答复数 条 2 0 3、否决公开答复数 条 2 1 " +
        "行政复议数 件 1 0",
      { figures: [4, 3, 0, 1], review: 0, complaints: undefined },
    ],
    [
      "a 累计 column headed by its start (自2008年5月以来累计)",
      "指标名称 计量单位 2011年度 自2008年5月以来累计 主动公开信息数 条 73 240 受理依申请公开信息总数 条 5 9 " +
        "对申请的答复总数 条 5 9 其中:1、同意公开答复数 条 3 6 2、同意部分公开答复数 条 1 1 3、否决公开答复数 条 1 2 " +
        "行政复议数 件 1 1",
      { figures: [5, 3, 1, 1], review: 1, complaints: undefined },
    ],
  ])("reads %s", (_, rows, want) => {
    const t = parse(`附表:政府信息公开情况统计表 ${rows} 附件下载`);
    expect(ANSWERS.map((k) => t.values[k])).toEqual(want.figures);
    expect(t.values["review.total"]).toBe(want.review);
    expect(t.values["legacy.complaints"]).toBe(want.complaints);
  });

  it.each([
    ["维持原 / 撤销或变更原具体行政行为数", "维持原具体行政行为数", "撤销或变更原具体行政行为数"],
    ["行政复议决定维持数 / 撤销数", "行政复议决定维持数", "行政复议决定撤销数"],
  ])("reads the 复议 outcome rows worded %s", (_, upheld, corrected) => {
    const t = parse(
      "附表:政府信息公开情况统计表 指标名称 计量单位 年末统计 受理依申请公开信息总数 条 9 行政复议申请数 件 3 其中:" +
        `${upheld} 件 2 ${corrected} 件 1 行政诉讼数 件 0 附件下载`,
    );
    expect([t.values["review.total"], t.values["review.upheld"], t.values["review.corrected"]]).toEqual([3, 2, 1]);
  });
});

describe("the same table printed twice with no year in either header", () => {
  const table = (apps: number, review: number) =>
    `指标名称 计量单位 统计数 受理政府信息公开申请总数 件 ${apps} 对申请的答复总数 件 ${apps} ` +
    `其中:1.同意公开答复数 件 ${apps} 2.不予公开答复数 件 0 行政复议数 件 ${review} 行政诉讼数 件 0`;

  it("reads the one not titled as last year's, printed first or last", () => {
    for (const text of [
      `附表一:政府信息公开情况统计表 ${table(4, 0)} 附表二:上年度政府信息公开情况统计表(供对照) ${table(9, 2)}`,
      `附表一:上年度政府信息公开情况统计表(供对照) ${table(9, 2)} 附表二:政府信息公开情况统计表 ${table(4, 0)}`,
    ]) {
      const r = parseLegacyTable([text]);
      expect([r.value!.values["apps.new.total"], r.value!.values["review.total"]]).toEqual([4, 0]);
      expect(r.issues.filter((i) => i.rule === "P1")).toEqual([]);
    }
  });

  it("names every figure it reads when no title tells the years apart", () => {
    const r = parseLegacyTable([`附表一:统计表 ${table(4, 0)} 附表二:统计表 ${table(9, 2)} 附件下载`]);
    const named = new Set(r.issues.filter((i) => i.severity === "warning").flatMap((i) => i.keys));
    for (const key of ["apps.new.total", "outcome.granted.total", "review.total"]) {
      if (r.value!.values[key] !== undefined) expect(named.has(key), key).toBe(true);
    }
  });
});

describe("a page that lists the form's rows one per line instead of a table", () => {
  it("reads 'label(unit):value' lines, three or more of them", () => {
    const rows = "受理依申请公开信息总数(件):7 同意公开答复数(件):4 同意部分公开答复数(件):2 否决公开答复数(件):1";
    const page = `三、依申请公开情况 ${rows} 四、行政复议和行政诉讼情况 行政复议数(件):1`;
    const t = parse(page.split(" ").join("\n"));
    expect(
      ["apps.new.total", "outcome.granted.total", "outcome.partial.total", "outcome.denied.total"].map(
        (k) => t.values[k],
      ),
    ).toEqual([7, 4, 2, 1]);
    expect(t.values["review.total"]).toBe(1);
    expect(t.sources["apps.new.total"].line).toBe(2);
  });

  it("does not take one such line beside prose for a table", () => {
    // (the sentence reader may still take the count, as a sentence: not as the table's row)
    const r = parseLegacyTable(["全年主动公开信息52条。", "受理依申请公开信息总数(件):7"]);
    expect(r.value?.values["legacy.apps.received"]).toBeUndefined();
  });
});

describe("a table of totals only beside sentences that give the answers", () => {
  it("takes the answer kinds from the sentence, each with a finding naming its source", () => {
    const text =
      "三、依申请公开情况 2016年我局共收到政府信息公开申请7件,答复结果为:同意公开5件,同意部分公开1件,不予公开1件。" +
      "四、附表 指标名称 计量单位 2016年度 受理政府信息公开申请总数 件 7 对申请的答复总数 件 7 行政复议数 件 0 行政诉讼数 件 0";
    const r = parseLegacyTable([text]);
    const want = { "outcome.granted.total": 5, "outcome.partial.total": 1, "outcome.denied.total": 1 };
    for (const [key, value] of Object.entries(want)) {
      expect(r.value!.values[key], key).toBe(value);
      expect(
        r.issues.some((i) => i.rule === "P4" && i.keys.includes(key)),
        key,
      ).toBe(true);
    }
    expect(r.value!.values["apps.new.total"]).toBe(7);
  });
});

describe("applications received printed as parts before their 合计", () => {
  it("reads the 合计 row, not the first part, as the applications received", () => {
    const t = parse(
      "附表 指标名称 计量单位 年末统计 本机关直接受理申请数 件 4 上级机关转办申请数 件 2 合计受理申请数 件 6 " +
        "对申请的答复总数 件 6 其中:同意公开答复数 件 5 否决公开答复数 件 1 行政复议数 件 0",
    );
    expect(t.values["apps.new.total"]).toBe(6);
  });

  it("leaves the figure blank where only the parts are printed", () => {
    const t = parse(
      "附表 指标名称 计量单位 年末统计 本机关直接受理申请数 件 4 上级机关转办申请数 件 2 行政复议数 件 0",
    );
    expect(t.values["apps.new.total"]).toBeUndefined();
  });
});

describe("a row of every case or request with a 其中 sub-row for those over disclosure (or this year's new ones)", () => {
  it.each([
    ["年末统计", "行政复议数 件 3 其中:因政府信息公开申请的 件 1", "review.total", 1],
    ["2015年度 历年累计", "行政诉讼数 件 2 5 其中:涉及政府信息公开的 件 0 1", "litigation.total", 0],
    ["年末统计", "行政申诉、举报数 件 6 其中:涉及政府信息公开的 件 2", "legacy.complaints", 2],
    ["年末统计", "受理各类申请总数 件 9 其中:政府信息公开申请数 件 4", "apps.new.total", 4],
    ["年末统计", "受理政府信息公开申请总数 件 7 其中:本年新收申请数 件 5 上年结转申请数 件 2", "apps.new.total", 5],
  ])("reads the sub-row's figure (%s): %s", (columns, rows, key, want) => {
    const t = parse(`附表 指标名称 计量单位 ${columns} ${rows} 附件下载`);
    expect(t.values[key]).toBe(want);
  });
});

describe("申诉 and 举报 printed as rows of their own in a one-line table", () => {
  const HEAD = "附表 指标名称 计量单位 年末统计 受理依申请公开信息总数 件 3 行政复议数 件 0 行政诉讼数 件 0";
  it.each([
    ["行政申诉数 件 0 举报数 件 1", 1],
    ["行政申诉数 件 2 投诉、举报数 件 3", 5],
    ["举报数 件 4 申诉数 件 0", 4],
  ])("adds them up, with a note naming the key: %s", (rows, want) => {
    const r = parseLegacyTable(`${HEAD} ${rows} 附件下载`.split("\n"));
    expect(r.value?.values["legacy.complaints"]).toBe(want);
    expect(r.issues.some((i) => i.keys.includes("legacy.complaints"))).toBe(true);
  });

  it("names the key when one 申诉 row is printed twice with two figures", () => {
    const r = parseLegacyTable(`${HEAD} 行政申诉数 件 1 行政申诉数 件 2 附件下载`.split("\n"));
    expect(r.issues.some((i) => i.severity === "warning" && i.keys.includes("legacy.complaints"))).toBe(true);
  });
});

describe("a cell noted as not about disclosure", () => {
  it("leaves a row of two cells with such a note blank, naming the key (which cell it speaks of is unclear)", () => {
    const r = parseLegacyTable(
      [
        "附表 指标名称 计量单位 2016年度 历年累计 受理依申请公开信息总数 件 2 9 行政复议数 件 0 1",
        "行政申诉、举报数 件 1 3(不涉及政府信息公开) 附件下载",
      ]
        .join(" ")
        .split("\n"),
    );
    expect(r.value?.values["legacy.complaints"]).toBeUndefined();
    expect(r.issues.some((i) => i.severity === "warning" && i.keys.includes("legacy.complaints"))).toBe(true);
  });

  it.each(["(不涉及政府信息公开)", "（与政府信息公开无关）"])(
    "reads the form's figure as 0 and names the key with a warning: 1%s",
    (note) => {
      const r = parseLegacyTable(
        `附表 指标名称 计量单位 年末统计 受理依申请公开信息总数 件 2 行政复议数 件 0 行政申诉、举报数 件 1${note} 附件下载`.split(
          "\n",
        ),
      );
      expect(r.value?.values["legacy.complaints"]).toBe(0);
      expect(r.issues.some((i) => i.severity === "warning" && i.keys.includes("legacy.complaints"))).toBe(true);
      expect(r.value?.values["apps.new.total"]).toBe(2);
    },
  );
});

describe("words inside a one-line table that are not cells", () => {
  const HEAD2 = "附表 指标名称 计量单位 2013年度 历年累计";
  const tail = (review: number) =>
    `行政复议数 件 ${review} ${review + 1} 行政诉讼数 件 0 0 行政申诉、举报数 件 0 0 附件下载`;

  it.each([
    ["说明:本表“受理依申请公开信息总数”含监督所受理的2件,“历年累计”自2008年起计。", 8, 5, 1],
    ["注:网上申请含邮件申请12件。", 14, 9, 3],
  ])("reads the rows after a note between them: %s", (note, apps, granted, review) => {
    const text =
      `${HEAD2} 受理依申请公开信息总数 条 ${apps} ${apps + 20} 其中:1、当面申请数 条 1 9 ${note} ` +
      `对申请的答复总数 条 ${apps} ${apps + 20} 其中:1、同意公开答复数 条 ${granted} ${granted + 15} ` +
      `2、同意部分公开答复数 条 ${apps - granted} 5 ${tail(review)}`;
    const r = parse(text);
    expect(r.values["apps.new.total"]).toBe(apps);
    expect(r.values["outcome.granted.total"]).toBe(granted);
    expect(r.values["outcome.partial.total"]).toBe(apps - granted);
    expect(r.values["review.total"]).toBe(review);
    expect(r.values["legacy.complaints"]).toBe(0);
  });

  it("does not read a 备注 column's numbers as cells", () => {
    const text =
      "附表 指标名称 计量单位 2013年度 历年累计 备注 主动公开信息数 条 51 143 受理依申请公开信息总数 条 13 27 " +
      "含网上申请2件 对申请的答复总数 条 13 27 其中:1、同意公开答复数 条 12 25 2、同意部分公开答复数 条 1 1 " +
      "3、否决公开答复数 条 0 1 2011年1件 行政复议数 件 2 2 行政诉讼数 件 0 0 行政申诉、举报数 件 0 0 附件下载";
    const r = parse(text);
    expect(r.values["apps.new.total"]).toBe(13);
    expect(r.values["outcome.denied.total"]).toBe(0);
    expect(r.values["review.total"]).toBe(2);
    expect(r.values["litigation.total"]).toBe(0);
    expect(r.values["legacy.complaints"]).toBe(0);
  });

  it.each(["①", "*", "※"])("reads a cell with a footnote mark glued to it: 3%s", (mark) => {
    const text =
      `${HEAD2} 受理依申请公开信息总数 条 3${mark} 5 对申请的答复总数 条 3 5 其中:1、同意公开答复数 条 2 4 ` +
      `2、同意部分公开答复数 条 0 0 3、否决公开答复数 条 1${mark} 1 ${tail(0)} 注:${mark}含信函申请1件。`;
    const r = parseLegacyTable(text.split("\n"));
    expect(r.value?.values["apps.new.total"]).toBe(3);
    expect(r.value?.values["outcome.denied.total"]).toBe(1);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("reads a short table headed 项目 本年 累计 with no unit column", () => {
    const r = parse(
      "见下表。 项目 本年 累计 主动公开 37 160 申请总数 12 17 同意公开 10 14 部分公开 2 3 不予公开 0 2 复议 0 1 诉讼 1 1 申诉 0 0",
    );
    expect(r.values["apps.new.total"]).toBe(12);
    expect(r.values["outcome.partial.total"]).toBe(2);
    expect(r.values["review.total"]).toBe(0);
    expect(r.values["litigation.total"]).toBe(1);
  });
});

describe("rows counting documents by their disclosure attribute (作为依申请公开信息数), not requests", () => {
  it.each(["作为依申请公开信息数", "列为依申请公开信息数"])("%s is not the applications received", (label) => {
    const t = parse(
      `附表 指标名称 计量单位 2013年度 政府信息总数 条 120 其中:1、主动公开信息数 条 90 2、${label} 条 25 ` +
        "3、不予公开信息数 条 5 受理依申请公开申请总数 件 4 对申请的答复总数 件 4 同意公开答复数 件 4 行政复议数 件 0 附件下载",
    );
    expect(t.values["apps.new.total"]).toBe(4);
    expect(t.values["outcome.granted.total"]).toBe(4);
  });
});

describe("applications carried over and into next year printed as rows of a one-line table", () => {
  it.each([
    ["上年结转申请数 件 2 本年新收申请数 件 7 合计 件 9", 7, 2],
    ["受理政府信息公开申请总数 件 6 其中:本年新收申请数 件 5 上年结转申请数 件 1", 5, 1],
    ["上年度结转申请数 件 3 本年受理申请数 件 11", 11, 3],
  ])("%s", (rows, apps, carried) => {
    const t = parse(
      `附表 指标名称 计量单位 年末统计 ${rows} 对申请的答复总数 件 ${apps} 结转下年度办理数 件 ${carried} ` +
        "行政复议数 件 0 行政诉讼数 件 0 附件下载",
    );
    expect(t.values["apps.new.total"]).toBe(apps);
    expect(t.values["apps.carried_over.total"]).toBe(carried);
    expect(t.values["apps.carried_forward.total"]).toBe(carried);
  });
});

describe("a case total printed blank or not printed beside its outcome rows", () => {
  it.each([
    [1, 0, 0],
    [2, 1, 3],
  ])("reads 行政复议数量 left blank as 维持 %i + 纠错 %i + 其他 %i, naming the key", (upheld, corrected, other) => {
    const r = parseLegacyTable(
      [
        "附表 统计指标 单位 统计数 (一)收到申请数 件 6 (三)申请答复数 件 6 2.同意公开答复数 件 6",
        `四、行政复议数量 件 (一)维持具体行政行为数 件 ${upheld} (二)被依法纠错数 件 ${corrected}`,
        `(三)其他情形数 件 ${other} 五、行政诉讼数量 件 0 六、举报投诉数量 件 0 附件下载`,
      ]
        .join(" ")
        .split("\n"),
    );
    expect(r.value?.values["review.total"]).toBe(upheld + corrected + other);
    expect(r.value?.values["review.upheld"]).toBe(upheld);
    expect(r.issues.some((i) => i.keys.includes("review.total"))).toBe(true);
  });

  it("reads 行政复议维持数 and 行政复议撤销数 printed with no total row", () => {
    const t = parse(
      "附表 指标名称 计量单位 年末统计 受理依申请公开信息总数 件 5 对申请的答复总数 件 5 " +
        "行政复议维持数 件 2 行政复议撤销数 件 1 行政诉讼数 件 0 行政申诉、举报数 件 0 附件下载",
    );
    expect([t.values["review.total"], t.values["review.upheld"], t.values["review.corrected"]]).toEqual([3, 2, 1]);
  });

  it("keeps one outcome row alone from making a total", () => {
    const t = parse("附表 指标名称 计量单位 年末统计 受理依申请公开信息总数 件 5 行政复议维持数 件 2 行政诉讼数 件 0");
    expect(t.values["review.total"]).toBeUndefined();
  });
});

describe("a township table with local row names and a 备注 column", () => {
  it("reads 其中:公开 under the answers and the rows after a remark", () => {
    const t = parse(
      "附表:统计表 项目 单位 数量 备注 主动公开信息 条 64 依申请公开受理数 件 7 其中2件转交区财政局办理 答复数 件 7 " +
        "其中:公开 件 4 部分公开 件 2 不公开 件 1 告知向区财政局申请 复议 件 1 诉讼 件 0 申诉举报 件 0 镇人民政府 2017年1月12日",
    );
    expect(t.values["apps.new.total"]).toBe(7);
    expect(t.values["outcome.granted.total"]).toBe(4);
    expect(t.values["outcome.denied.total"]).toBe(1);
    expect(t.values["review.total"]).toBe(1);
  });
});

describe("the national form and home-made tables glued or with empty cells", () => {
  it("reads a heading's first item number glued to it as that item's ordinal, not a value", () => {
    const t = parse(
      "统计表统计指标单位统计数一、主动公开情况(一)主动公开政府信息数条71(二)通过不同渠道和方式公开政府信息的情况" +
        "1.政府公报公开政府信息数条02.政府网站公开政府信息数条713.其他方式公开政府信息数条0三、依申请公开情况" +
        "(一)收到申请数件21.当面申请数件12.网络申请数件1(三)申请答复数件21.属于已主动公开范围数件12.同意公开答复数件1" +
        "3.同意部分公开答复数件04.不同意公开答复数件0四、行政复议数量件0五、行政诉讼数量件0六、举报投诉数量件0 附件下载",
    );
    expect(t.values["legacy.active.website"]).toBe(71);
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["review.total"]]).toEqual([
      2, 2, 0,
    ]);
  });

  it("reads 收到申请数 left blank as the sum of its channels, naming the key", () => {
    const r = parseLegacyTable([
      "附表 统计指标 单位 统计数 (一)收到申请数 件 1.当面申请数 件 2 2.网络申请数 件 3 (三)申请答复数 件 5 " +
        "2.同意公开答复数 件 5 四、行政复议数量 件 0 五、行政诉讼数量 件 0 附件下载",
    ]);
    expect(r.value?.values["apps.new.total"]).toBe(5);
    expect(r.issues.some((i) => i.keys.includes("apps.new.total"))).toBe(true);
  });

  it("reads a glued table after 附表: with no header row, naming each figure's column as a guess", () => {
    const r = parseLegacyTable([
      "全年受理申请2件。附表:主动公开信息数条3070受理依申请公开信息总数条25其中:1、当面申请数条25对申请的答复总数条25" +
        "其中:1、同意公开答复数条242、同意部分公开答复数条013、否决公开答复数条00行政复议数件00行政诉讼数件00" +
        "行政申诉、举报数件01 附件下载",
    ]);
    expect(r.value?.values["legacy.complaints"]).toBe(0);
    expect(r.value?.values["review.total"]).toBe(0);
    expect(r.issues.some((i) => i.severity === "warning" && i.keys.includes("legacy.complaints"))).toBe(true);
  });

  it("reads rows whose empty cell leaves only the unit before the next row's words", () => {
    const t = parse(
      "附表: 指标名称 计量单位 年末统计 主动公开信息数 条 9 其中:1.网站公开 条 9 2.政府公报公开 条 受理依申请公开信息总数 条 3 " +
        "对申请的答复总数 条 3 其中:1.同意公开答复数 条 3 2.同意部分公开答复数 条 3.否决公开答复总数 条 行政复议数 件 " +
        "行政诉讼数 件 1 附件下载",
    );
    expect(t.values["apps.new.total"]).toBe(3);
    expect([t.values["outcome.partial.total"], t.values["outcome.denied.total"]]).toEqual([0, 0]);
    expect(t.values["litigation.total"]).toBe(1);
  });
});

describe("a statistics list with dot leaders instead of a table", () => {
  it("reads three or more 'label……N件' items on one line", () => {
    const t = parse(
      "附:2014年度政府信息公开统计 受理政府信息公开申请总数……………7件 同意公开……………5件 同意部分公开………1件 " +
        "不予公开……………1件 行政复议……………1件 行政诉讼……………0件 行政申诉、举报……………2件",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["review.total"]]).toEqual([
      7, 5, 1,
    ]);
    expect(t.values["legacy.complaints"]).toBe(2);
  });

  it("does not take two leader lines beside prose for a list", () => {
    const r = parseLegacyTable(["目录 一、概述……………1 二、主动公开情况……………2", "全年受理申请3件。"]);
    expect(r.value?.values["legacy.apps.received"]).toBeUndefined();
  });
});

describe("a glued two-column row with one cell left empty", () => {
  const text = (run: string, denied: string) =>
    "附表 指标名称 单位 2016年 历年累计 受理政府信息公开申请总数条47其中:1.当面申请数条132.网络申请数条34" +
    `对申请的答复总数条47其中:1.同意公开答复数条232.同意部分公开答复数条${run}3.不予公开答复数条${denied}` +
    "行政复议数条00行政诉讼数条00 附件下载";

  it("reads this year's figure the sums give, with a warning naming the key", () => {
    const r = parseLegacyTable([text("1", "14")]);
    expect(r.value?.values["outcome.partial.total"]).toBe(1);
    expect(r.issues.some((i) => i.severity === "warning" && i.keys.includes("outcome.partial.total"))).toBe(true);
  });

  it("leaves it blank where the sums put the number in the 累计 column", () => {
    const r = parseLegacyTable([text("1", "23")]);
    expect(r.value?.values["outcome.partial.total"]).toBeUndefined();
    expect(r.issues.some((i) => i.keys.includes("outcome.partial.total"))).toBe(true);
  });
});

describe("a header printing the year's column as part of the cumulative one (历年累计 其中:2015年度)", () => {
  it("reads the second column as this year's", () => {
    const t = parse(
      "附表:政府信息公开情况统计表 指 标 名 称 计量单位 历年累计 其中:2015年度 主动公开信息数 条 261 97 " +
        "受理政府信息公开申请总数 条 16 5 对申请的答复总数 条 16 5 其中:1.同意公开答复数 条 12 4 2.同意部分公开答复数 条 2 1 " +
        "3.不予公开答复数 条 2 0 行政复议数 件 3 1 行政诉讼数 件 0 0 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["review.total"]]).toEqual([
      5, 4, 1,
    ]);
  });
});

describe("the form's rows written as a list in the prose ('label:N件' between list marks)", () => {
  it.each([
    [
      "(一)收到申请数:7件,其中当面申请4件;(三)申请答复数:7件,其中属于已主动公开范围数:1件,同意公开答复数:4件," +
        "同意部分公开答复数:1件,不同意公开答复数:1件(涉及商业秘密)。(一)行政复议数量:2件;(二)行政诉讼数量:0件;(三)举报投诉数量:1件。",
      [7, 5, 1, 2],
    ],
    [
      "办理情况如下(申请数:9;答复数:9;同意公开:6;同意部分公开:2;不予公开:1)。(行政复议:2;行政诉讼:0;申诉举报:1)。",
      [9, 6, 1, 2],
    ],
  ])("%s", (prose, [apps, granted, denied, review]) => {
    const r = parseLegacyTable(["三、依申请公开情况", prose]);
    const v = r.value?.values ?? {};
    expect([v["apps.new.total"], v["outcome.granted.total"], v["outcome.denied.total"]]).toEqual([
      apps,
      granted,
      denied,
    ]);
    expect([v["review.total"], v["legacy.complaints"]]).toEqual([review, 1]);
  });

  it("leaves a count with a count in brackets after it to the sentences", () => {
    const r = parseLegacyTable(["收到申请数:5件(其中上年结转1件),同意公开:3件,不予公开:1件,其他:1件。"]);
    expect(r.value?.values["legacy.apps.received"]).toBeUndefined();
  });
});

describe("a heading's dash cell with its value glued to the first item's ordinal (…的情况——41.参加…)", () => {
  it("reads the heading's value and the group's one value column", () => {
    const t = parse(
      "统计表统计指标单位统计数一、主动公开情况——96(一)主动公开政府信息数条96二、回应解读情况————" +
        "(一)回应公众关注热点或重大舆情数次3(二)通过不同渠道和方式回应解读的情况——61.参加或举办新闻发布会总次数次1" +
        "其中:主要负责同志参加新闻发布会次数次02.政府网站在线访谈次数次0其中:主要负责同志参加政府网站在线访谈次数次03." +
        "政策解读稿件发布数篇54.微博微信回应事件数次0三、依申请公开情况————(一)收到申请数件31.当面申请数件22.网络申请数件1" +
        "(三)申请答复数件31.属于已主动公开范围数件02.同意公开答复数件23.同意部分公开答复数件04.不同意公开答复数件1" +
        "四、行政复议数量件0五、行政诉讼数量件0 附件下载",
    );
    expect(t.values["legacy.response.interpretations"]).toBe(5);
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.denied.total"]]).toEqual([
      3, 2, 1,
    ]);
  });
});

describe("a table giving the 复议 / 诉讼 totals beside sentences telling how the cases ended", () => {
  const table = (review: number, suits: number) =>
    "指标名称 计量单位 本年度 历年累计 受理依申请公开信息总数 条 6 20 对申请的答复总数 条 6 20 " +
    "其中:1、同意公开答复数 条 4 15 2、同意部分公开答复数 条 1 3 3、不予公开答复数 条 1 2 " +
    `行政复议数 件 ${review} ${review + 1} 行政诉讼数 件 ${suits} ${suits} 附件下载`;

  it("reads the results the sentences give where their total is the table's, the rest 0 by the sum", () => {
    const r = parseLegacyTable([
      "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
      "本年度,申请人不服我委答复申请行政复议1件,经复议维持我委原答复;未发生行政诉讼。",
      table(1, 0),
    ]);
    const v = r.value!.values;
    expect([v["review.total"], v["review.upheld"], v["review.corrected"], v["review.pending"]]).toEqual([1, 1, 0, 0]);
    expect(r.issues.some((i) => i.rule === "P4" && i.keys.includes("review.upheld"))).toBe(true);
  });

  it("reads a suit brought after the review, none brought directly, where the suits add up to the table's", () => {
    const v = parseLegacyTable([
      "五、行政复议和行政诉讼情况",
      "申请人不服我办答复,申请行政复议2件:1件经复议维持后,申请人又向人民法院提起行政诉讼,法院尚未判决;另1件复议机关尚未作出复议决定。",
      table(2, 1),
    ]).value!.values;
    expect(v["review.upheld"]).toBe(1);
    expect(v["review.pending"]).toBe(1);
    expect([v["litigation_after_review.total"], v["litigation_direct.total"]]).toEqual([1, 0]);
  });

  it("takes nothing from sentences counting other cases than the table's", () => {
    const v = parseLegacyTable(["五、行政复议和行政诉讼情况", "本年度申请行政复议1件,经复议维持原答复。", table(3, 0)])
      .value!.values;
    expect(v["review.total"]).toBe(3);
    expect(v["review.upheld"]).toBeUndefined();
    expect(v["review.corrected"]).toBeUndefined();
  });
});

describe("a table counting the applications beside sentences telling the answers", () => {
  const across =
    "依申请公开按月受理情况: 月份 1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月 合计 件数 1 0 0 2 0 0 0 1 0 0 1 0 5";
  it("reads a kind the sentences do not name as 0 where the named kinds add up to the table's count", () => {
    const r = parseLegacyTable(["三、依申请公开情况", `${across} 已全部答复,其中同意公开4件,不予公开1件。`]);
    const v = r.value!.values;
    expect([v["apps.new.total"], v["outcome.granted.total"], v["outcome.denied.total"]]).toEqual([5, 4, 1]);
    expect(v["outcome.partial.total"]).toBe(0);
    expect(r.issues.some((i) => i.keys.includes("outcome.partial.total"))).toBe(true);
  });

  it("leaves it blank where they do not", () => {
    const v = parseLegacyTable(["三、依申请公开情况", `${across} 已全部答复,其中同意公开3件,不予公开1件。`]).value!
      .values;
    expect(v["outcome.partial.total"]).toBeUndefined();
  });
});

describe("value columns of a department merged in the year, then the year's 合计", () => {
  it("reads the 全年合计 column where each part's column names its months", () => {
    const t = parse(
      "附表 指标名称 计量单位 原文化局(1-8月) 原体育局(1-8月) 文体局(9-12月) 全年合计 主动公开信息数 条 12 9 20 41 " +
        "受理依申请公开信息总数 条 2 1 1 4 对申请的答复总数 条 2 1 1 4 其中:1、同意公开答复数 条 1 1 1 3 " +
        "2、同意部分公开答复数 条 1 0 0 1 3、否决公开答复数 条 0 0 0 0 行政复议数 件 0 0 1 1 行政诉讼数 件 0 0 0 0 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["review.total"]]).toEqual([
      4, 3, 1,
    ]);
  });
});

describe("a table by year: a row per year under 年度, the figures across", () => {
  const page = [
    "附表:近三年政府信息公开情况 年度 主动公开信息(条) 受理申请(件) 同意公开(件) 同意部分公开(件) 不予公开(件) " +
      "行政复议(件) 行政诉讼(件) 2013年 40 3 2 1 0 1 0 2014年 52 5 3 1 1 0 0 2015年 47 4 4 0 0 0 1",
  ];
  it("reads the report's year's row", () => {
    const v = parseLegacyTable(page, page.join("\n"), 2014).value!.values;
    expect([v["apps.new.total"], v["outcome.granted.total"], v["outcome.denied.total"]]).toEqual([5, 3, 1]);
    expect([v["review.total"], v["litigation.total"]]).toEqual([0, 0]);
  });
  it("reads no row where the report's year has none", () => {
    const v = parseLegacyTable(page, page.join("\n"), 2016).value?.values ?? {};
    expect(v["apps.new.total"]).toBeUndefined();
  });
});

describe("value cells printed in Chinese numerals", () => {
  it("reads 二十六, 一 and 零 in the cells, not an ordinal 二、 after them", () => {
    const t = parse(
      "统计表 指标名称 计量单位 数量 主动公开信息数 条 三十二 其中:1、网站公开 条 三十二 2、政府公报公开 条 零 " +
        "受理依申请公开信息总数 条 三 对申请的答复总数 条 三 其中:1、同意公开答复数 条 二 2、同意部分公开答复数 条 零 " +
        "3、否决公开答复数 条 一 行政复议数 件 零 行政诉讼数 件 零 附件下载",
    );
    expect(t.values["legacy.active.total"]).toBe(32);
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.denied.total"]]).toEqual([
      3, 2, 1,
    ]);
    expect(t.values["review.total"]).toBe(0);
  });
});

describe("a correction notice naming a cell of the table", () => {
  const table =
    "附表 指标名称 单位 2016年度 历年累计 主动公开文件数 条 88 301 受理政府信息公开申请总数 条 133 " +
    "其中:1.当面申请数 条 1 1 2.网络申请数 条 2 2 对申请的答复总数 条 3 3 其中:1.同意公开答复数 条 2 2 " +
    "2.同意部分公开答复数 条 0 0 3.不予公开答复数 条 1 1 行政复议数 件 0 0 行政诉讼数 件 0 0 附件下载";
  it("reads the right figure where the row prints the misprinted one ('13' in '133', 应为 '3')", () => {
    const r = parseLegacyTable([
      "更正说明:本局原发布的年度报告附表中,“受理政府信息公开申请总数”本年度数误填为“13”,应为“3”,特此更正。",
      table.replace("条 133", "条133"),
    ]);
    expect(r.value!.values["apps.new.total"]).toBe(3);
    expect(r.issues.some((i) => i.rule === "P4" && i.keys.includes("apps.new.total"))).toBe(true);
  });
  it("changes nothing where the row does not print the figure the notice names", () => {
    const r = parseLegacyTable([
      "更正说明:附表中“受理政府信息公开申请总数”误填为“15”,应为“5”,特此更正。",
      table.replace("条 133", "条33"),
    ]);
    expect(r.value!.values["apps.new.total"]).toBe(3);
  });
});

describe("a 备注 column whose remark, with no number, runs into the next row's ordinal", () => {
  it("reads the ordinal after the remark as the next row's, and that row's value", () => {
    const t = parse(
      "附表 指标名称 单位 2014年度 备注 受理政府信息公开申请总数 条 5 对申请的答复总数 条 5 其中:1.同意公开答复数 条 3 " +
        "2.同意部分公开答复数 条 1 涉及他人隐私 3.不予公开答复数 条 1 4.其他类型答复数 条 0 行政复议数 件 0 " +
        "行政诉讼数 件 0 附件下载",
    );
    expect([t.values["outcome.partial.total"], t.values["outcome.denied.total"]]).toEqual([1, 1]);
    expect(t.values["legacy.answers.other"] ?? 0).toBe(0);
  });
});

describe("who applied, told in the sentences beside a table", () => {
  const table =
    "附表 指标名称 单位 本年度 受理依申请公开信息总数 条 6 对申请的答复总数 条 6 其中:1、同意公开答复数 条 5 " +
    "2、同意部分公开答复数 条 0 3、否决公开答复数 条 1 行政复议数 件 0 行政诉讼数 件 0 附件下载";
  it("reads the citizens' applications where the sentences count the table's applications", () => {
    const v = parseLegacyTable(["三、依申请公开情况", "全年共受理申请6件,其中公民申请4件,法人申请2件。", table]).value!
      .values;
    expect(v["apps.new.natural_person"]).toBe(4);
  });
  it("reads nothing where the sentences count other applications", () => {
    const v = parseLegacyTable(["三、依申请公开情况", "全年共受理申请8件,其中公民申请4件,法人申请4件。", table]).value!
      .values;
    expect(v["apps.new.natural_person"]).toBeUndefined();
  });
});

describe("value columns for the periods of the year, then the whole year's", () => {
  it("reads the 全年 column after four quarters", () => {
    const t = parse(
      "附表 指标名称 单位 第一季度 第二季度 第三季度 第四季度 全年 主动公开信息数 条 10 12 9 14 45 " +
        "受理政府信息公开申请数 件 0 3 1 2 6 同意公开答复数 件 0 2 1 1 4 同意部分公开答复数 件 0 0 0 1 1 " +
        "不予公开答复数 件 0 1 0 0 1 行政复议数 件 0 0 1 0 1 行政诉讼数 件 0 0 0 0 0 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["review.total"]]).toEqual([
      6, 4, 1,
    ]);
  });
  it("reads the 合计 column after 上半年 and 下半年", () => {
    const t = parse(
      "附表 指标名称 计量单位 上半年 下半年 合计 受理依申请公开信息总数 条 2 3 5 对申请的答复总数 条 2 3 5 " +
        "其中:1、同意公开答复数 条 2 2 4 2、同意部分公开答复数 条 0 0 0 3、否决公开答复数 条 0 1 1 行政复议数 件 0 0 0 " +
        "行政诉讼数 件 0 0 0 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.denied.total"]]).toEqual([5, 1]);
  });
});

describe("more answers than applications in the table, last year's carried in told in the sentences", () => {
  const table =
    "附表 指标名称 单位 本年度 受理依申请公开信息总数 条 5 对申请的答复总数 条 6 其中:1、同意公开答复数 条 4 " +
    "2、同意部分公开答复数 条 1 3、否决公开答复数 条 1 行政复议数 件 0 行政诉讼数 件 0 附件下载";
  it("reads the carried-in applications where the sentences count the table's new ones", () => {
    const v = parseLegacyTable(["三、依申请公开情况", "2014年共收到申请5件,另有上年结转申请1件,已全部答复。", table])
      .value!.values;
    expect([v["apps.new.total"], v["apps.carried_over.total"]]).toEqual([5, 1]);
  });
  it("reads none where the sentences count other applications", () => {
    const v = parseLegacyTable(["三、依申请公开情况", "2014年共收到申请4件,另有上年结转申请2件,已全部答复。", table])
      .value!.values;
    expect(v["apps.carried_over.total"]).toBeUndefined();
  });
});

describe("a row label misprinted by one character", () => {
  const page = (review: string, extra = "") =>
    "附表 指标名称 计量单位 年末统计 主动公开信息数 条 40 受理依申请公开信息总数 条 3 对申请的答复总数 条 3 " +
    `其中:1、同意公开答复数 条 2 2、同意部分公开答复数 条 1 3、否决公开答复数 条 0 ${review} 件 2 ${extra}行政诉讼数 件 0 ` +
    "行政申诉、举报数 件 0 附件下载";
  it("reads 行政复义数 as 行政复议数, naming the key", () => {
    const r = parseLegacyTable([page("行政复义数")]);
    expect(r.value!.values["review.total"]).toBe(2);
    expect(r.issues.some((i) => i.rule === "P4" && i.keys.includes("review.total"))).toBe(true);
  });
  it("does not where the row it is near is printed as well", () => {
    const r = parseLegacyTable([page("行政复义数", "行政复议数 件 1 ")]);
    expect(r.value!.values["review.total"]).toBe(1);
  });
  it("does not where the character that differs tells rows apart (申请人数 is no 申请数)", () => {
    const r = parseLegacyTable([
      page("行政复议数").replace("对申请的答复总数 条 3", "对申请的答复总数 条 3 当面申请人数 人 2"),
    ]);
    expect(r.value!.values["legacy.apps.received.in_person"]).toBeUndefined();
  });
});

describe("a header of 本期 | 上年同期 | 增减 over rows without a unit column", () => {
  it("reads the 本期 column", () => {
    const t = parse(
      "附表(单位:件、条) 项目 本期 上年同期 增减 一、主动公开信息数 310 280 30 (一)政府网站公开数 310 280 30 " +
        "二、受理政府信息公开申请数 4 2 2 (一)当面申请 1 1 0 (二)网上申请 3 1 2 三、对申请的答复数 4 2 2 " +
        "(一)同意公开 3 1 2 (二)同意部分公开 0 1 -1 (三)不予公开 1 0 1 四、接受行政申诉、举报数 0 0 0 " +
        "五、行政复议数 1 0 1 六、行政诉讼数 0 0 0 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.denied.total"]]).toEqual([
      4, 3, 1,
    ]);
    expect(t.values["review.total"]).toBe(1);
  });
});

describe("a row label wrapped onto a line of its own", () => {
  it("joins the words left on the next line (同意部分公开答 / 复数)", () => {
    const r = parseLegacyTable([
      "统计表",
      "指标名称                 计量单位   2015年度   历年累计",
      "受理依申请公开信息总数      条         5          9",
      "对申请的答复总数            条         5          9",
      "  其中:1、同意公开答复数   条         3          6",
      "        2、同意部分公开答   条         1          2",
      "复数",
      "        3、不予以公开答复数 条         1          1",
      "行政复议数                  件         0          0",
      "行政诉讼数                  件         0          0",
    ]);
    const v = r.value!.values;
    expect([v["outcome.granted.total"], v["outcome.partial.total"], v["outcome.denied.total"]]).toEqual([3, 1, 1]);
  });
});

describe("a glued table whose 增减 column prints a dash glued after the figures", () => {
  it("reads the dash as that row's last cell ('条40—其中', '条30—2.')", () => {
    const t = parse(
      "附表指标名称计量单位2016年度2015年度增减(%)主动公开文件数条200100100受理依申请公开信息总数条50—其中:1.当面申请数条20—" +
        "2.网上申请数条30—对申请的答复总数条50—其中:1.同意公开答复数条30—2.同意部分公开答复数条10—3.不予公开答复数条10—" +
        "行政复议数件00—行政诉讼数件00— 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.denied.total"]]).toEqual([
      5, 3, 1,
    ]);
    expect(t.values["review.total"]).toBe(0);
  });
});

describe("a short home-made table: 项目 2014年 历年累计, the answers' kinds in a word", () => {
  it("reads the header with a bare year and 同意 / 部分同意 / 不同意 under the answers", () => {
    const t = parse(
      "附:2014年度政府信息公开情况统计表(单位:条、件) 项 目 2014年 历年累计 主动公开 120 300 依申请公开受理数 5 9 " +
        "其中:当面 2 3 网上 3 6 答复数 5 9 其中:同意 3 5 部分同意 1 2 不同意 1 2 其他 0 0 复议 0 0 诉讼 0 0 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.partial.total"]]).toEqual([
      5, 3, 1,
    ]);
    expect(t.values["outcome.denied.total"]).toBe(1);
  });
});

describe("the form flattened column by column under a letter-spaced 指 标 名 称, the 累计 values after the year's", () => {
  it("reads the year's column", () => {
    const names = [
      "受理依申请公开信息总数",
      "对申请的答复总数",
      "其中:1.同意公开答复数",
      "2.不予公开答复数",
      "行政复议数",
      "行政诉讼数",
    ];
    const r = parseLegacyTable([
      `附表 指 标 名 称 ${names.join(" ")} 计量单位 条 条 条 条 件 件 2015年度 5 5 4 1 1 0 历年累计 12 12 9 3 2 1 附件下载`,
    ]);
    const v = r.value!.values;
    expect([v["apps.new.total"], v["outcome.granted.total"], v["outcome.denied.total"], v["review.total"]]).toEqual([
      5, 4, 1, 1,
    ]);
    expect(v["litigation.total"]).toBe(0);
  });
});

describe("cells exported as zero-padded text in a spaced table", () => {
  it("reads '条 03 07' as 3 | 7", () => {
    const t = parse(
      "附表 指标名称 计量单位 2016年度 历年累计 主动公开文件数 条 120 300 受理政府信息公开申请总数 条 04 09 " +
        "其中:当面申请数 条 01 03 网上申请数 条 03 06 对申请的答复总数 条 04 09 其中:同意公开答复数 条 02 05 " +
        "同意部分公开答复数 条 01 01 不予公开答复数 条 01 03 行政复议数 件 00 01 行政诉讼数 件 00 00 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.denied.total"]]).toEqual([
      4, 2, 1,
    ]);
    expect(t.values["review.total"]).toBe(0);
  });
});

describe("the applications by channel with no total row", () => {
  const table = (channels: string) =>
    "统计表 指标名称 计量单位 2012年度 历年累计 主动公开信息数 条 30 70 " +
    `依申请公开方式:${channels} 答复情况:1、同意公开答复数 条 4 6 2、同意部分公开答复数 条 0 0 ` +
    "3、否决公开答复数 条 0 0 行政复议数 件 0 0 行政诉讼数 件 0 0 附件下载";
  it("reads their sum where 当面, 网上 and 信函 are printed, naming the key", () => {
    const r = parseLegacyTable([
      table("1、当面申请数 条 3 4 2、传真申请数 条 0 0 3、网上申请数 条 1 2 4、信函申请数 条 0 0"),
    ]);
    expect(r.value!.values["apps.new.total"]).toBe(4);
    expect(r.issues.some((i) => i.rule === "P4" && i.keys.includes("apps.new.total"))).toBe(true);
  });
  it("leaves it blank where a channel of the form is not printed", () => {
    const r = parseLegacyTable([table("1、当面申请数 条 3 4 2、网上申请数 条 1 2")]);
    expect(r.value!.values["apps.new.total"]).toBeUndefined();
  });
});

describe("a page cut off inside the answer rows, the answers told in the sentences", () => {
  const page = (sentence: string) => [
    `三、依申请公开情况 2014年共受理申请4件,${sentence}`,
    "附表 指标名称 计量单位 2014年度 历年累计 受理政府信息公开申请总数 条 4 9 其中:1.当面申请数 条 1 3 " +
      "2.网上申请数 条 3 6 对申请的答复总数 条 4 9 其中:1.同意公开答复数 条 3",
  ];
  it("reads the kinds the table does not print where the sentences agree with it and add up to its answers", () => {
    const v = parseLegacyTable(page("已按期答复:同意公开3件,不予公开1件。")).value!.values;
    expect([v["outcome.granted.total"], v["outcome.partial.total"], v["outcome.denied.total"]]).toEqual([3, 0, 1]);
  });
  it("reads none where the sentences count the granted ones otherwise", () => {
    const v = parseLegacyTable(page("已按期答复:同意公开2件,不予公开2件。")).value!.values;
    expect(v["outcome.denied.total"]).toBeUndefined();
  });
});

describe("notes in brackets inside a cell, '/' for none, the 申诉 row printed blank", () => {
  it("reads '条 1(网上) 2' as 1 | 2 and a '/' cell as none", () => {
    const t = parse(
      "统计表 指标名称 计量单位 2013年度 历年累计 主动公开信息数 条 30 80 受理依申请公开信息总数 条 2(当面) 4 " +
        "对申请的答复总数 条 2 4 其中:1、同意公开答复数 条 1(部分内容除外) 2 2、同意部分公开答复数 条 / 1 " +
        "3、否决公开答复数 条 1 1 行政复议数 件 / / 行政诉讼数 件 / / 行政申诉、举报数 件 / / 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.partial.total"]]).toEqual([
      2, 1, 0,
    ]);
    expect([t.values["review.total"], t.values["legacy.complaints"]]).toEqual([0, 0]);
  });

  it("names the 申诉 row's 0 read from a blank cell in a finding (a blank may be a cell left unfilled)", () => {
    const text =
      "统计表 指标名称 计量单位 2014年度 历年累计 受理依申请公开信息总数 条 3 9 对申请的答复总数 条 3 9 " +
      "其中:1、同意公开答复数 条 3 9 行政复议数 件 0 0 行政诉讼数 件 0 0 行政申诉、举报数 件 - - 附件下载";
    const r = parseLegacyTable(text.split("\n"));
    expect(r.value?.values["legacy.complaints"]).toBe(0);
    expect(r.issues.some((i) => i.keys.includes("legacy.complaints") && i.rule === "P2")).toBe(true);
  });
});

describe("a note with numbers in brackets in a row's label", () => {
  it("reads the row's cells, not the note's numbers (…总数(不含312件咨询) 条 6 9)", () => {
    const t = parse(
      "附表 指标名称 计量单位 2015年度 历年累计 主动公开文件数 条 80 200 受理政府信息公开申请总数(不含312件咨询) 条 6 9 " +
        "对申请的答复总数 条 6 9 其中:1.同意公开答复数(含已主动公开的2件) 条 4 6 2.同意部分公开答复数 条 1 2 " +
        "3.不予公开答复数(依《条例》第14条) 条 1 1 行政复议数(含撤回1件) 件 2 2 行政诉讼数 件 0 0 附件下载",
    );
    expect([t.values["apps.new.total"], t.values["outcome.granted.total"], t.values["outcome.denied.total"]]).toEqual([
      6, 4, 1,
    ]);
    expect(t.values["review.total"]).toBe(2);
  });
});

describe("value columns per applicant or per channel, then their 合计, after 项目", () => {
  const core = (v: Record<string, number>) =>
    ["apps.new.total", "outcome.granted.total", "outcome.partial.total", "outcome.denied.total"].map((k) => v[k]);
  it("reads the 合计 column of a table flattened onto one line", () => {
    const page = [
      "三、依申请公开情况 本年度受理申请共7件。分类统计如下: 依申请公开分类统计表(单位:件) 项目 公民 法人 其他组织 合计 " +
        "收到申请数 5 1 1 7 其中:当面申请 2 1 0 3 网上申请 3 0 1 4 同意公开答复数 3 1 0 4 同意部分公开答复数 1 0 1 2 " +
        "不予公开答复数 1 0 0 1 四、收费情况 未收费。",
    ];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([7, 4, 2, 1]);
  });
  it("reads the 合计 column of a channel cross-tab with labels without units", () => {
    const page = [
      "表:依申请公开办理情况 项目 当面 网上 信函 合计 收到申请 1 4 2 7 同意公开 1 2 1 4 部分公开 0 1 0 1 " +
        "不予公开 0 1 1 2 其他 0 0 0 0 五、行政复议情况 无。",
    ];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([7, 4, 1, 2]);
  });
  it("reads the sum of columns per kind of applicant printed with no 合计, a row per line", () => {
    const page = [
      "三、依申请公开情况",
      "项目 | 自然人 | 法人 | 其他组织",
      "收到申请数 | 4 | 3 | 0",
      "同意公开答复数 | 3 | 2 | 0",
      "同意部分公开答复数 | 1 | 0 | 0",
      "不予公开答复数 | 0 | 1 | 0",
      "四、收费情况 未收费。",
    ];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([7, 5, 1, 1]);
  });
  it("reads the 合计 column under 类别 instead of 项目, a row per line", () => {
    const page = [
      "三、依申请公开情况",
      "类别 公民 法人 其他组织 合计",
      "收到申请数 2 3 1 6",
      "同意公开答复数 1 2 1 4",
      "同意部分公开答复数 1 0 0 1",
      "不予公开答复数 0 1 0 1",
      "四、其他需要报告的事项",
    ];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([6, 4, 1, 1]);
  });
  it("reads the 合计 column of a table printed a row per line", () => {
    const page = [
      "三、依申请公开情况",
      "项目 公民 法人 其他组织 合计",
      "收到申请数 8 2 1 11",
      "同意公开答复数 5 1 1 7",
      "同意部分公开答复数 2 1 0 3",
      "不予公开答复数 1 0 0 1",
      "四、其他需要报告的事项",
    ];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([11, 7, 3, 1]);
  });
});

describe("a table of 累计 figures only (《条例》施行以来…累计数), no column of the year", () => {
  const prose =
    "三、依申请公开情况 今年共受理申请2件,均已答复,其中同意公开1件,不予公开1件。五、行政复议和行政诉讼 全年未发生相关行政复议、行政诉讼。";
  it("reads the year's figures from the sentences and a 累计 of 0 as none, in a flattened table", () => {
    const page = [
      prose,
      "附表:条例施行以来政府信息公开情况统计表 指标名称 计量单位 累计数 主动公开信息数 条 136 受理依申请公开信息总数 条 9 " +
        "对申请的答复总数 条 9 其中:1、同意公开答复数 条 6 2、同意部分公开答复数 条 0 3、否决公开答复数 条 3 " +
        "行政复议数 件 1 行政诉讼数 件 0 行政申诉数 件 0 附件下载",
    ];
    const v = parseLegacyTable(page).value!.values;
    expect([v["apps.new.total"], v["outcome.granted.total"], v["outcome.partial.total"]]).toEqual([2, 1, 0]);
    expect([v["outcome.denied.total"], v["review.total"], v["legacy.complaints"]]).toEqual([1, 0, 0]);
  });
  it("leaves a row blank that the sentences do not tell, in a table printed a row per line", () => {
    const page = [
      "三、依申请公开情况 本年度依申请公开工作正常开展。",
      "统计表",
      "指标名称 计量单位 历年累计",
      "受理依申请公开信息总数 条 14",
      "行政复议数 件 2",
      "行政申诉数 件 0",
    ];
    const v = parseLegacyTable(page).value!.values;
    expect([v["apps.new.total"], v["review.total"], v["legacy.complaints"]]).toEqual([undefined, undefined, 0]);
  });
});

describe("a table of another subject printed beside the 统计表 (村务公开 / 党务公开情况统计表)", () => {
  const gi =
    "指标名称 计量单位 年末统计 主动公开信息数 条 52 受理依申请公开信息总数 条 1 对申请的答复总数 条 1 " +
    "其中:1.同意公开答复数 条 1 2.同意部分公开答复数 条 0 3.否决公开答复总数 条 0 行政复议数 件 0 行政诉讼数 件 0 行政申诉数 件 0";
  const other =
    "指标名称 计量单位 年末统计 党务公开事项数 项 87 党员群众申请查阅事项总数 件 6 其中:1.当面申请数 件 5 2.书面申请数 件 1 " +
    "对申请的答复总数 件 6 其中:1.同意查阅数 件 5 2.不同意查阅数 件 1 群众投诉举报数 件 3";
  const core = (v: Record<string, number>) =>
    ["apps.new.total", "outcome.granted.total", "outcome.denied.total", "legacy.complaints"].map((k) => v[k]);
  it("reads the 统计表 where the other table follows it on the same line", () => {
    const page = [`附表1:某镇2012年政府信息公开情况统计表 ${gi} 附表2:某镇2012年党务公开情况统计表 ${other} 附件下载`];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([1, 1, 0, 0]);
  });
  it("reads the 统计表 of an agency whose name holds such a word (信访局…统计表)", () => {
    const page = [`附表:平潭县信访局2012年度统计表 ${gi} 附件下载`];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([1, 1, 0, 0]);
  });
  it("reads the 统计表 where the other table comes first", () => {
    const page = [`附表一:村务公开情况统计表 ${other}`, `附表二:政府信息公开情况统计表 ${gi} 附件下载`];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([1, 1, 0, 0]);
  });
  it("stops the 统计表 printed a row per line at the other table's title", () => {
    const page = [
      "政府信息公开情况统计表",
      "指标名称 计量单位 年末统计",
      "受理依申请公开信息总数 条 1",
      "同意公开答复数 条 1",
      "否决公开答复总数 条 0",
      "行政复议数 件 0",
      "村务公开情况统计表",
      "指标名称 计量单位 年末统计",
      "村民申请查阅村务事项总数 件 9",
      "同意查阅数 件 8",
      "不同意查阅数 件 1",
      "村民投诉举报数 件 2",
    ];
    expect(core(parseLegacyTable(page).value!.values)).toEqual([1, 1, 0, undefined]);
  });
});

describe("the answers' kinds in a small table in the prose, or opened by a heading in the first kind's cell", () => {
  const answers = (v: Record<string, number>) =>
    ["outcome.granted.total", "outcome.partial.total", "outcome.denied.total"].map((k) => v[k]);
  it("reads a '答复类型 件数' table written into the section's prose", () => {
    const page = [
      "三、依申请公开情况 本年度受理申请6件,均已办结,答复情况见下表: 答复类型 件数 同意公开 3 同意部分公开 1 " +
        "不予公开 2 合计 6 不予公开的均涉及商业秘密。四、行政复议情况 无。",
    ];
    expect(answers(parseLegacyTable(page).value!.values)).toEqual([3, 1, 2]);
  });
  it("reads '答复类型:公开' as the granted answers, the kinds after it under the answers", () => {
    const page = [
      "附表:政府信息公开工作情况表 项目 单位 数量 一、主动公开政府信息数 条 40 二、依申请公开情况 申请总数 件 5 " +
        "其中:已办结 件 5 答复类型:公开 件 3 部分公开 件 1 不公开 件 1 三、行政复议 件 0 四、行政诉讼 件 0 附件下载",
    ];
    const v = parseLegacyTable(page).value!.values;
    expect([v["apps.new.total"], ...answers(v)]).toEqual([5, 3, 1, 1]);
  });
});

describe("rows printing one number under 本年 | 累计, the sentences stating the year's figure", () => {
  const table = [
    "附表:政府信息公开情况统计表",
    "指标名称 计量单位 2014年度 历年累计",
    "主动公开信息数 条 88 301",
    "受理政府信息公开申请总数 条 3",
    "对申请的答复总数 条 3",
    "同意公开答复数 条 2",
    "同意部分公开答复数 条 0",
    "不予公开答复数 条 1",
    "行政复议数 件 0 0",
    "行政诉讼数 件 0 0",
  ];
  const answers = (v: Record<string, number>) =>
    ["apps.new.total", "outcome.granted.total", "outcome.denied.total", "outcome.partial.total"].map((k) => v[k]);
  it("reads the one number where the sentences state it", () => {
    const prose = "三、依申请公开情况 今年受理申请3件,同意公开2件,不予公开1件(涉及商业秘密)。";
    expect(answers(parseLegacyTable([prose, ...table]).value!.values)).toEqual([3, 2, 1, 0]);
  });
  it("does not where the sentences state none", () => {
    const prose = "三、依申请公开情况 依申请公开工作按规定办理。";
    expect(answers(parseLegacyTable([prose, ...table]).value!.values)).toEqual([undefined, undefined, undefined, 0]);
  });
});

describe("a table noting that a blank cell is none, its rows printing fewer numbers than 本年 | 累计", () => {
  it("reads a lone nonzero number as the 累计's and this year's as 0", () => {
    const page = [
      "统计表(注:表中空白处为零) 指标名称 计量单位 2016年度 历年累计 主动公开信息数 条 41 150 " +
        "受理政府信息公开申请总数 条 3 7 其中:1.当面申请数 条 2 2.网上申请数 条 3 5 对申请的答复总数 条 3 7 " +
        "其中:1.同意公开答复数 条 3 5 2.同意部分公开答复数 条 1 3.不予公开答复数 条 1 行政复议数 件 2 行政诉讼数 件 附件下载",
    ];
    const v = parseLegacyTable(page).value!.values;
    expect([v["apps.new.total"], v["outcome.granted.total"], v["outcome.partial.total"]]).toEqual([3, 3, 0]);
    expect([v["outcome.denied.total"], v["review.total"]]).toEqual([0, 0]);
  });
});

describe("a header naming last year's column before this year's, then a row whose words start like a column's", () => {
  it("reads 本年 standing apart after 上年 as this year's column, not the first row's words", () => {
    for (const header of ["项目 上年度 本年度", "名称 上年 本年"]) {
      const page = [
        "三、依申请公开情况 两年对比如下:",
        header,
        "受理申请数 6 4",
        "同意公开 5 3",
        "部分公开 1 0",
        "不予公开 0 1",
        "行政复议 2 0",
        "四、收费情况 无。",
      ];
      const v = parseLegacyTable(page, page.join("\n"), 2014).value!.values;
      expect([v["apps.new.total"], v["outcome.granted.total"], v["outcome.denied.total"]], header).toEqual([4, 3, 1]);
    }
  });
});

describe("a 行政复议 row's parts printed bare under it", () => {
  it("reads 维持, 纠错, 其他 and 尚未审结 after 行政复议数 as the review's parts, after 行政诉讼数 as the suit's", () => {
    const text = [
      "指标名称 单位 本年",
      "受理申请总数 件 5",
      "行政复议数 件 3",
      "其中:维持 件 2",
      "纠错 件 1",
      "其他 件 0",
      "行政诉讼数 件 2",
      "其中:维持 件 0",
      "纠错 件 0",
      "其他 件 1",
      "尚未审结 件 1",
    ].join("\n");
    const v = parse(text).values;
    expect(v["review.upheld"]).toBe(2);
    expect(v["review.corrected"]).toBe(1);
    expect(v["review.other"]).toBe(0);
    expect(v["litigation.other"]).toBe(1);
    expect(v["litigation.upheld"]).toBe(0);
    expect(v["litigation.pending"]).toBe(1);
  });
});
