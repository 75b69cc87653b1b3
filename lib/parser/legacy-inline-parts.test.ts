/**
 * A legacy 统计表 whose clerk folded a row's sub-rows into a bracket after the row's value ('收到申请数 件 8(其中当面申请
 * 3件,网络申请5件)', '行政诉讼数量 件 1(其中维持…1件,被依法纠错数0件,其他情形数0件)'): the parent's value and each
 * sub-row are read (legacy-inline-parts.ts), whether the table is flattened onto one line or has a line per row.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { unfoldInlineParts } from "./legacy-inline-parts";

const page = (agency: string, year: number, table: string) => {
  const got = parseText(
    `标题: ${agency}${year}年度政府信息公开工作年度报告\n发布时间: ${year + 1}-02-10 09:00\n` +
      `==================== 正文 ====================\n${agency}${year}年度政府信息公开工作年度报告 一、概述 ${year}年,` +
      `我局认真推进政府信息公开工作。 二、存在的问题 公开工作仍有不足。 三、政府信息公开情况统计表 ${table} 附件下载`,
  );
  expect(got.error).toBeUndefined();
  return got.value!;
};
const KEYS = [
  "apps.new.total",
  "outcome.granted.total",
  "outcome.partial.total",
  "outcome.denied.total",
  "outcome.unable.total",
  "review.total",
  "review.upheld",
  "review.corrected",
  "review.other",
  "litigation.total",
  "litigation.upheld",
  "litigation.corrected",
  "litigation.other",
];
const read = (values: Record<string, number>) => KEYS.map((k) => values[k]);

/** The national form of 2016 with brackets after five rows' values, its rows joined by `sep`. */
function nationalForm(sep: string, f: number[]): string {
  const [received, inPerson, online, letter, already, granted, partial, denied, secret, privacy, absent] = f;
  const [reviews, rUpheld, rCorrected, rOther, suits, sUpheld, sCorrected, sOther, staff, fullTime] = f.slice(11);
  return [
    "统计指标 单位 统计数",
    "一、主动公开情况",
    `(一)主动公开政府信息数 条 ${f[0] + 300}`,
    "三、依申请公开情况",
    `(一)收到申请数 件 ${received}(其中当面申请${inPerson}件,网络申请${online}件,信函申请${letter}件)`,
    `(二)申请办结数 件 ${received}(其中按时办结${received}件,延期办结0件)`,
    `(三)申请答复数 件 ${received}`,
    `1.属于已主动公开范围数 件 ${already}`,
    `2.同意公开答复数 件 ${granted}`,
    `3.同意部分公开答复数 件 ${partial}`,
    `4.不同意公开答复数 件 ${denied}(其中涉及国家秘密0件,涉及商业秘密${secret}件,涉及个人隐私${privacy}件,` +
      "危及国家安全、公共安全、经济安全和社会稳定0件,不是《条例》所指政府信息0件,法律法规规定的其他情形0件)",
    "5.不属于本行政机关公开数 件 0",
    `6.申请信息不存在数 件 ${absent}`,
    "7.告知作出更改补充数 件 0",
    "8.告知通过其他途径办理数 件 0",
    `四、行政复议数量 件 ${reviews}(其中维持具体行政行为数${rUpheld}件,被依法纠错数${rCorrected}件,其他情形数${rOther}件)`,
    `五、行政诉讼数量 件 ${suits}(其中维持具体行政行为或者驳回原告诉讼请求数${sUpheld}件,被依法纠错数${sCorrected}件,` +
      `其他情形数${sOther}件)`,
    "六、举报投诉数量 件 0",
    "八、机构建设和保障经费情况",
    `(三)从事政府信息公开工作人员数 人 ${staff}(其中专职${fullTime}人,兼职${staff - fullTime}人)`,
    "(三)接受培训人员数 人次 36",
  ].join(sep);
}

describe("a legacy 统计表 with sub-rows folded into a bracket after the row's value", () => {
  // received, in person, online, letter, already public, granted, partial, denied, secret, privacy, absent,
  // reviews, upheld, corrected, other, suits, upheld, corrected, other, staff, full-time
  const A = [9, 3, 5, 1, 2, 3, 1, 2, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 3, 0];
  const B = [17, 6, 10, 1, 4, 7, 2, 3, 2, 1, 1, 2, 1, 1, 0, 1, 0, 0, 1, 4, 1];
  const C = [25, 0, 24, 1, 5, 12, 3, 4, 3, 1, 1, 3, 2, 0, 1, 2, 1, 1, 0, 2, 2];

  it.each([
    ["flattened onto one line", " ", "平潭县交通运输局", 2016, A],
    ["a line per row", "\n", "闽侯县住房和城乡建设局", 2015, B],
    ["flattened, other figures", " ", "连江县市场监督管理局", 2017, C],
    ["a line per row, other figures", "\n", "罗源县自然资源局", 2014, C],
  ])("reads the rows and their bracketed parts: %s", (_, sep, agency, year, f) => {
    const r = page(agency, year, nationalForm(sep, f));
    const [received, , , , already, granted, partial, denied, , , absent] = f;
    expect(read(r.values)).toEqual([received, already + granted, partial, denied, absent, ...f.slice(11, 19)]);
    expect(r.values["legacy.apps.received.in_person"]).toBe(f[1]);
    expect(r.findings.filter((x) => x.rule === "L1" || x.rule === "P1")).toEqual([]);
  });

  it("writes out the parts as rows, on lines where the row had its own", () => {
    expect(unfoldInlineParts("a\n(一)收到申请数 件 8(其中当面申请3件,网络申请5件)\n(二)申请办结数 件 8")).toBe(
      "a\n(一)收到申请数 件 8\n其中:当面申请 件 3\n网络申请 件 5\n(二)申请办结数 件 8",
    );
    expect(unfoldInlineParts("统计数 收到申请数 5(其中当面申请2,网上申请3) 2.同意公开答复数 4")).toBe(
      "统计数 收到申请数 5 其中:当面申请 2 网上申请 3 2.同意公开答复数 4",
    );
  });

  it("leaves a bracket that is no list of parts, or comes before another column's figure", () => {
    const notes = [
      "收到申请数 件 8(其中含上年结转)\n",
      "收到申请数 件 8(其中当面申请3件,网络申请5件) 21\n",
      "我局共收到申请8件(其中当面申请3件,网络申请5件)。",
      "收到申请数 件 8(其中2015年12月31日前提交3件)\n",
      "收到申请数 件 8(其中上年12月结转3件)\n",
    ];
    for (const text of notes) expect(unfoldInlineParts(text)).toBe(text);
  });
});
