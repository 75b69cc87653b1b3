/**
 * A legacy 统计表 whose figures the page lost (an embedded object or image): its rows and units print, no cell a
 * figure. Its blanks say nothing, so no figure is read as 0; the counts the sentences state are read, each with a
 * finding. Hand-written: pipes, tabs, a dash under the headings.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const ROWS: [string, string][] = [
  ["主动公开信息数", "条"],
  ["其中：1．网站公开", "条"],
  ["受理依申请公开信息总数", "件"],
  ["其中：1．当面申请数", "件"],
  ["2．网上申请数", "件"],
  ["对申请的答复总数", "件"],
  ["其中：1．同意公开答复数", "件"],
  ["2．同意部分公开答复数", "件"],
  ["3．否决公开答复总数", "件"],
  ["行政复议数", "件"],
  ["行政诉讼数", "件"],
  ["行政申诉数", "件"],
];

const LAYOUTS: Record<string, () => string> = {
  pipes: () => `| 指标名称 | 计量单位 |\n${ROWS.map(([l, u]) => `| ${l} | ${u} |`).join("\n")}`,
  tabs: () => `指标\t单位\n一、主动公开情况\t——\n${ROWS.map(([l, u]) => `${l}\t${u}`).join("\n")}`,
  "empty cells": () => `| 指标 | 单位 | 本年 |\n${ROWS.map(([l, u]) => `| ${l} | ${u} | |`).join("\n")}`,
};

const CASES = [
  { agency: "某某区民政局", year: 2010, apps: 6, review: 1 },
  { agency: "某某县林业局", year: 2014, apps: 13, review: 2 },
  { agency: "某某市审计局", year: 2016, apps: 3, review: 0 },
];

describe("a legacy 统计表 printing its rows and units but no figure", () => {
  for (const [name, table] of Object.entries(LAYOUTS)) {
    it.each(CASES)(`${name}: $agency`, ({ agency, year, apps, review }) => {
      const page = [
        `标题: ${agency}${year}年度政府信息公开工作年度报告`,
        "==================== 正文 ====================",
        `${agency}${year}年度政府信息公开工作年度报告`,
        `一、概述 ${year}年，我局认真贯彻落实《条例》。`,
        `三、依申请公开政府信息情况 ${year}年，我局共收到政府信息公开申请${apps}件，均已按期答复。`,
        `五、因政府信息公开申请行政复议、提起行政诉讼的情况 本年度因政府信息公开申请行政复议${review}件。`,
        "附表：政府信息公开情况统计表",
        table(),
      ].join("\n");
      const r = parseText(page).value!;
      // Nothing printed in the answers' rows: no 0 read from them.
      for (const k of ["outcome.granted.total", "outcome.partial.total", "outcome.denied.total", "legacy.complaints"])
        expect(r.values[k]).toBeUndefined();
      expect([undefined, apps]).toContain(r.values["apps.new.total"]);
      expect([undefined, review]).toContain(r.values["review.total"]);
    });
  }
});
