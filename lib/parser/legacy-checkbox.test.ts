import { describe, expect, it } from "vitest";
import { readCheckboxForm } from "./legacy-checkbox";
import { parseLegacyTable } from "./legacy-table";

const FORM = [
  "二、年度统计（在□内打√）",
  "(一)是否收到政府信息公开申请:■是(共 6 件) □否",
  "(二)答复:■同意公开(4件) □部分公开( 件) ■不予公开(1件) ■其他(1件)",
  "(三)是否发生因政府信息公开申请提起的行政复议:■是(1件) □否",
  "(四)是否发生因政府信息公开引起的行政诉讼:□是( 件) ■否",
  "(五)是否收到涉及政府信息公开的行政申诉、举报:□是( 件) ■否",
];

describe("a 统计表 filled in with check boxes", () => {
  it("reads each question ticked 是 with its count or 否 as 0, and each box's count", () => {
    const v = parseLegacyTable(FORM).value?.values ?? {};
    expect(v["apps.new.total"]).toBe(6);
    expect(v["outcome.granted.total"]).toBe(4);
    expect(v["outcome.partial.total"]).toBe(0);
    expect(v["outcome.denied.total"]).toBe(1);
    expect(v["review.total"]).toBe(1);
    expect(v["litigation.total"]).toBe(0);
    expect(v["legacy.complaints"]).toBe(0);
  });

  it("reads no count from a box ticked without one, nor from a question ticked both ways", () => {
    const rows = readCheckboxForm([
      "1.是否收到政府信息公开申请:■是( 件) □否",
      "2.是否发生因政府信息公开引起的行政复议:■是(1件) ■否",
      "3.答复:■同意公开( 件) □不予公开(2件) □其他( 件) □部分公开( 件)",
      "4.是否发生因政府信息公开引起的行政诉讼:□是( 件) ■否",
    ]);
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ["其他", 0],
      ["部分公开", 0],
      ["行政诉讼", 0],
    ]);
  });

  it("reads other marks, several questions on one line, and answers wrapped onto lines of their own", () => {
    const want = { 政府信息公开申请: 9, 同意公开: 7, 部分公开: 0, 不予公开: 2, 行政复议: 0, 行政诉讼: 1 };
    const forms = [
      // One line, √ for a tick and × for an empty box.
      [
        "附:年度情况调查表 一、是否收到政府信息公开申请:√是(共9件) ×否 二、答复情况:√同意公开(7件) ×部分公开( 件) " +
          "√不予公开(2件) 三、是否发生因政府信息公开引起的行政复议:×是( 件) √否 四、是否发生因政府信息公开引起的行政诉讼:" +
          "√是(1件) ×否",
      ],
      // ● / ○, each answer on its own line.
      [
        "1.是否收到政府信息公开申请:●是(共9件)",
        "○否",
        "2.答复情况:●同意公开(7件)",
        "○部分公开( 件)",
        "●不予公开(2件)",
        "3.是否发生因政府信息公开引起的行政复议:○是( 件)",
        "●否",
        "4.是否发生因政府信息公开引起的行政诉讼:●是(1件)",
        "○否",
      ],
      // Boxes drawn as brackets, an empty one wrapped over two lines.
      [
        "1.是否收到政府信息公开申请:[√]是(共9件) [ ]否",
        "2.答复情况:[√]同意公开(7件) [ ]部分公开( 件) [√]不予公开(2件)",
        "3.是否发生因政府信息公开引起的行政复议:[",
        "]是(",
        "件) [√]否",
        "4.是否发生因政府信息公开引起的行政诉讼:[√]是(1件) [ ]否",
      ],
    ];
    for (const lines of forms) {
      const rows = readCheckboxForm(lines);
      expect(Object.fromEntries(rows.map((r) => [r.label, r.value])), lines[0]).toEqual(want);
      const v = parseLegacyTable(lines).value?.values ?? {};
      expect(v["apps.new.total"], lines[0]).toBe(9);
      expect(v["litigation.total"], lines[0]).toBe(1);
    }
  });
});
