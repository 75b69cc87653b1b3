import { describe, expect, it } from "vitest";
import { gridAsCells } from "./legacy-grid";
import { parseLegacyTable } from "./legacy-table";

function values(text: string): Record<string, number> {
  return parseLegacyTable(text.split("\n")).value?.values ?? {};
}

describe("tables printed with box drawing or as CSV", () => {
  it("reads a box-drawn table, its rule lines blanked", () => {
    const text = [
      "三、依申请公开情况 本年度受理申请7件。",
      "附表：政府信息公开情况统计表",
      "┌────────────┬───┬────┐",
      "│指标名称　　　　　　│单位│本年度　│",
      "├────────────┼───┼────┤",
      "│主动公开政府信息数　│条　│57　　　│",
      "├────────────┼───┼────┤",
      "│受理申请总数　　　　│件　│7　　　 │",
      "├────────────┼───┼────┤",
      "│其中：同意公开　　　│件　│4　　　 │",
      "│　　　部分公开　　　│件　│1　　　 │",
      "│　　　不予公开　　　│件　│2　　　 │",
      "│行政复议　　　　　　│件　│0　　　 │",
      "│行政诉讼　　　　　　│件　│1　　　 │",
      "│举报投诉　　　　　　│件　│3　　　 │",
      "└────────────┴───┴────┘",
    ].join("\n");
    const v = values(text);
    expect(v["apps.new.total"]).toBe(7);
    expect(v["outcome.granted.total"]).toBe(4);
    expect(v["outcome.denied.total"]).toBe(2);
    expect(v["litigation.total"]).toBe(1);
    expect(v["legacy.complaints"]).toBe(3);
  });

  it("reads a table exported as CSV, quoted labels included", () => {
    const text = [
      "附件：2016年政府信息公开统计表（CSV）",
      "指标名称,计量单位,2016年度,累计",
      "主动公开信息数,条,212,960",
      '"受理政府信息公开申请总数",件,12,40',
      "同意公开答复数,件,9,31",
      "同意部分公开答复数,件,1,4",
      "不予公开答复数,件,2,5",
      "行政复议数,件,1,1",
      "行政诉讼数,件,0,2",
      '"接受行政申诉、举报数",件,2,6',
    ].join("\n");
    const v = values(text);
    expect(v["apps.new.total"]).toBe(12);
    expect(v["outcome.partial.total"]).toBe(1);
    expect(v["review.total"]).toBe(1);
    expect(v["legacy.complaints"]).toBe(2);
  });

  it("leaves prose with commas and lines of other marks as they were", () => {
    const prose = "全年公开信息212条,其中工作动态80条,人事信息12条,其他120条\n受理申请12件,同意公开9件,不予公开2件";
    expect(gridAsCells(prose)).toBe(prose);
    const csv = '"1.当面申请数",件,3,7';
    expect(gridAsCells(csv)).toBe(" 1.当面申请数 |件|3|7");
    const box = "│受理申请总数│件│7│\n├──┼──┤";
    expect(gridAsCells(box)).toBe(`|受理申请总数|件|7|\n${" ".repeat(7)}`);
  });

  it("reads a table printed right to left (figures, unit, then the row's words), header and rows turned round", () => {
    const text = [
      "四、附表（数值在左）",
      "本年度 累计 计量单位 指标名称",
      "131 870 条 主动公开信息数",
      "14 52 件 受理政府信息公开申请数",
      "6 20 件 其中:1.当面申请",
      "8 32 件 2.网上申请",
      "14 52 件 申请答复数",
      "10 41 件 其中:1.同意公开",
      "3 6 件 2.部分公开",
      "1 5 件 3.不予公开",
      "0 3 件 行政复议数",
      "2 2 件 行政诉讼数",
      "局办公室 2017年1月20日",
    ].join("\n");
    const v = values(text);
    expect(v["apps.new.total"]).toBe(14);
    expect(v["outcome.granted.total"]).toBe(10);
    expect(v["outcome.partial.total"]).toBe(3);
    expect(v["outcome.denied.total"]).toBe(1);
    expect(v["review.total"]).toBe(0);
    expect(v["litigation.total"]).toBe(2);
    const turned = gridAsCells("2016年 单位 项目\n5 件 行政复议数\n说明");
    expect(turned).toBe("项目 单位 2016年\n行政复议数 件 5\n说明");
  });

  it("turns a right-to-left table flattened onto one line round, or blanks it where its rows cannot be told", () => {
    const row = (words: string) => `五、附表 本期 单位 指标名称 ${words} 填报单位:某镇党政办 2015年1月9日`;
    const read = row(
      "26 条 主动公开信息数 5 件 受理申请总数 3 件 其中:1.同意公开 1 件 2.部分公开 1 件 3.不予公开 1 件 行政复议",
    );
    const v = values(read);
    expect(v["apps.new.total"]).toBe(5);
    expect(v["outcome.denied.total"]).toBe(1);
    expect(v["review.total"]).toBe(1);
    // A row's words with a space inside (其中: 1.同意公开): where each row's figures end cannot be told.
    const unclear = row("26 条 主动公开信息数 5 件 受理申请总数 3 件 其中: 1.同意公开 1 件 2.部分公开 1 件 3.不予公开");
    const blank = values(unclear);
    expect(blank["apps.new.total"]).toBeUndefined();
    expect(blank["outcome.granted.total"]).toBeUndefined();
  });

  it("reads a table numbering its rows after the label (指标名称 栏次 单位 数值) without taking the numbers as figures", () => {
    const rows = [
      "填报单位:某区卫生局 指标名称 行次 计量单位 本年数",
      "主动公开政府信息数 1 条 64",
      "受理政府信息公开申请数 2 件 4",
      "其中:同意公开 3 件 2",
      "同意部分公开 4 件 1",
      "不予公开 5 件 1",
      "办结率 6 % 100",
      "行政复议数 7 件 0",
      "行政诉讼数 8 件 1",
      "勾稽关系:2=3+4+5,6=(3+4+5)/2×100",
    ];
    for (const text of [rows.join("\n"), rows.join(" ")]) {
      const v = values(text);
      expect(v["apps.new.total"], text).toBe(4);
      expect(v["outcome.granted.total"]).toBe(2);
      expect(v["outcome.partial.total"]).toBe(1);
      expect(v["outcome.denied.total"]).toBe(1);
      expect(v["review.total"]).toBe(0);
      expect(v["litigation.total"]).toBe(1);
      expect(Object.values(v)).not.toContain(3);
    }
    // Numbers that do not run 1, 2, 3 … after such a header are left as printed.
    const skipped = "指标名称 栏次 单位 数值 受理申请数 2 件 5 行政复议数 4 件 0";
    expect(gridAsCells(skipped)).toBe(skipped);
  });

  it("reads a table printing the unit after the figures, flattened or a row a line, with no warning", () => {
    const rows = [
      "项目 本年度 累计 计量单位",
      "主动公开信息数 58 301 条",
      "其中:1.网站公开数 51 260 条",
      "2.公开栏公开数 7 41 条",
      "受理申请总数 6 20 件",
      "其中:1.同意公开 4 15 件",
      "2.部分公开 1 3 件",
      "3.不予公开 1 2 件",
      "行政复议数 0 2 件",
      "行政诉讼数 1 1 件",
    ];
    for (const text of [rows.join("\n"), rows.join(" ")]) {
      const read = parseLegacyTable(text.split("\n"));
      const result = read.value;
      expect(
        read.issues.filter((f) => f.rule === "P1"),
        text,
      ).toEqual([]);
      expect(result?.values["apps.new.total"], text).toBe(6);
      expect(result?.values["outcome.partial.total"]).toBe(1);
      expect(result?.values["review.total"]).toBe(0);
      expect(result?.values["litigation.total"]).toBe(1);
    }
    expect(gridAsCells("项目 2016年度 单位 收到申请数 5 件")).toBe("项目 2016年度 单位 收到申请数 件 5");
  });

  it("reads a 考核自评表's notes without its criteria and scores", () => {
    const text =
      "附件:2013年度政府信息公开工作考核自评表 考核项目 考核内容 分值 自评得分 自评情况说明 " +
      "一、主动公开 及时公开政府信息 30 28 全年主动公开信息52条 " +
      "二、依申请公开 依法受理、按时答复 20 18 全年受理申请6件,其中同意公开5件,不予公开1件 " +
      "三、监督保障 无因政府信息公开引起的行政复议、行政诉讼 15 12 本年度发生行政复议1件,已维持原答复;未发生行政诉讼 " +
      "合计 100 88";
    const v = values(text);
    expect(v["apps.new.total"]).toBe(6);
    expect(v["outcome.denied.total"]).toBe(1);
    expect(v["review.total"]).toBe(1);
    expect(v["litigation.total"]).toBe(0);
  });

  it("reads a 自查表's answers: 否 as the question denied, 是 as the words after it", () => {
    const text =
      "2015年度政府信息公开自查表 序号 自查项目 自查内容 自查情况 1 主动公开 是否及时公开 是,全年公开信息41条 " +
      "2 依申请公开 是否按期答复 是,其中同意公开3件 3 复议诉讼 是否发生因政府信息公开引起的行政复议、行政诉讼 否 " +
      "4 其他 是否按时报送年报 是";
    const v = values(text);
    expect(v["review.total"]).toBe(0);
    expect(v["litigation.total"]).toBe(0);
    expect(gridAsCells("检查内容 检查情况 5 复议 是否发生行政复议 否")).toBe(
      `检查内容 检查情况${" ".repeat(6)}。未发生行政复议。 `,
    );
  });
});
