/**
 * Counts printed in forms the sentence reader's wordings do not spell: financial numerals, letter-spaced PDF text,
 * slash lists of labels and counts, and answers as items of a numbered list. Each is rewritten to the plain form
 * (legacy-number-words.ts) and read as any sentence is; words that only look like counts are left alone.
 */
import { describe, expect, it } from "vitest";
import { readNarrativeCounts } from "./legacy-narrative";
import { parseText } from "./index";
import { plainCountLine } from "./legacy-number-words";
import { normalizeText } from "./normalize";

/** As the parser reads a page: its text normalized first (full-width stops, colons, slashes). */
const read = (lines: string[], year = 2014) =>
  Object.fromEntries(
    readNarrativeCounts(normalizeText(lines.join("\n")).split("\n"), () => false, true, year).map((f) => [
      f.key,
      f.value,
    ]),
  );

describe("financial (大写) numerals", () => {
  it("reads 叁件, 贰件, 壹件 as the counts they spell", () => {
    const got = read([
      "三、依申请公开情况。全年受理政府信息公开申请肆件，均由企业以网上方式提出。答复结果：同意公开贰件，同意部分公开壹件，不予公开壹件。",
      "四、复议诉讼情况。申请人不服，申请行政复议壹件，已撤回；提起行政诉讼零件。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 4,
      "outcome.granted.total": 2,
      "outcome.partial.total": 1,
      "outcome.denied.total": 1,
      "review.total": 1,
      "litigation.total": 0,
    });
  });

  it("spells tens and leaves words with the same characters alone", () => {
    expect(plainCountLine("主动公开信息叁拾陆条，其中规划信息拾贰条、人员壹名")).toBe(
      "主动公开信息36条，其中规划信息12条、人员1名",
    );
    for (const words of ["加强队伍建设，陆续公开", "一次性告知", "收到申请十余件", "壹号文件"])
      expect(plainCountLine(words)).toBe(words);
  });
});

describe("letter-spaced PDF text", () => {
  it("closes a prose line whose characters a PDF spaced apart, digits included", () => {
    const got = read([
      "三 、 依 申 请 公 开 情 况 本 年 度 共 受 理 申 请 1 2 件 ， 其 中 网 上 申 请 9 件 、 信 函 申 请 3 件 。 " +
        "答 复 情 况 ： 同 意 公 开 1 0 件 ， 不 予 公 开 2 件 。",
    ]);
    expect(got).toMatchObject({ "apps.new.total": 12, "outcome.granted.total": 10, "outcome.denied.total": 2 });
  });

  it("keeps a spaced table row (no stop or comma) and ordinary prose as they were", () => {
    const row = "同 意 公 开 3 1 0 2 0 0 1 1 0 4 2 1 0 0 3";
    expect(plainCountLine(row)).toBe(row);
    const prose = "全年受理申请 3 件，同意公开 2 件，不予公开 1 件。";
    expect(plainCountLine(prose)).toBe(prose);
  });
});

describe("slash lists of labels and counts", () => {
  it("pairs each label with its count", () => {
    const got = read([
      "三、依申请公开 申请情况（受理/办结/同意公开/部分公开/不予公开）：7／7／4／2／1件。",
      "四、复议诉讼 涉及信息公开的行政复议/行政诉讼/申诉：1/0/0件。",
    ]);
    expect(got).toMatchObject({
      "apps.new.total": 7,
      "outcome.granted.total": 4,
      "outcome.partial.total": 2,
      "outcome.denied.total": 1,
      "review.total": 1,
      "litigation.total": 0,
    });
  });

  it("leaves a list whose counts do not match its labels, dates and addresses alone", () => {
    for (const text of ["受理/办结：5/4/1件", "统计至2014/12/31", "详见 http://www.example.gov.cn/a/b:8080/1/2"])
      expect(plainCountLine(text)).toBe(text);
    expect(plainCountLine("主动公开(本年/累计):58/920条")).toBe("主动公开:本年58条,累计920条");
  });
});

describe("answers as items of a numbered list", () => {
  it("reads each answer, the items numbered (二), ②, 2. or 二、", () => {
    const expected = { "outcome.granted.total": 4, "outcome.partial.total": 2, "outcome.denied.total": 1 };
    for (const list of [
      "办理结果为：（一）同意公开四件；（二）同意部分公开两件；（三）不予公开一件，涉及商业秘密。",
      "办理结果为：①同意公开4件；②部分公开2件；③不予公开1件。",
      "办理结果为：1.同意公开4件；2.同意部分公开2件；3.不予公开1件。",
      "办理结果为：一、同意公开四件；二、部分公开两件；三、不予公开一件。",
    ])
      expect(read(["三、依申请公开情况", `全年共受理申请七件。${list}`])).toMatchObject(expected);
  });

  it("keeps a count before 、 in a list without units (同意公开2、部分公开1)", () => {
    expect(plainCountLine("其中同意公开2、部分公开1、不予公开0")).toBe("其中同意公开2、部分公开1、不予公开0");
  });
});

describe("prose that cites the omitted table's columns", () => {
  it("reads the answers told beside 统计表第三栏, which names a column and heads no table", () => {
    const page = [
      "某县水利局2016年政府信息公开工作年度报告",
      "一、概述 本报告附统计表一份。二、依申请公开情况 全年收到政府信息公开申请5件（统计表第二栏），均为当面申请。" +
        "答复情况见统计表第三栏：同意公开2件，同意部分公开2件，不予公开1件。" +
        "三、复议诉讼情况 本年度没有因信息公开提起的行政复议和行政诉讼。附件：2016年度政府信息公开情况统计表（略）",
    ].join("\n");
    const parsed = parseText(page);
    expect(parsed.value?.values).toMatchObject({
      "apps.new.total": 5,
      "outcome.granted.total": 2,
      "outcome.partial.total": 2,
      "outcome.denied.total": 1,
    });
  });
});

describe("applications counted in other words", () => {
  it("reads 申请件数 as 申请数, and 依申请公开 after 提出的 as the applications", () => {
    expect(read(["三、依申请公开情况 申请件数：6件，其中网上申请4件，信函申请2件。"])["apps.new.total"]).toBe(6);
    expect(read(["五、其他需要说明的事项 全年群众向我办提出的依申请公开合计3件，均已答复。"])["apps.new.total"]).toBe(
      3,
    );
    expect(plainCountLine("全年收到的依申请公开事项较多")).toBe("全年收到的依申请公开事项较多");
  });
});
