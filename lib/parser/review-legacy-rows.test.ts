/**
 * §四 of a 2019/2020 report printed as the 2008–2018 form's rows (行政复议数量 件 1 (一)维持具体行政行为数 件 1 …
 * 行政诉讼数量 件 0 …): read as review.* and litigation.* (review-legacy-rows.ts), with a finding saying so.
 */
import { describe, expect, it } from "vitest";
import { SECTION3_PRINTED_LABELS } from "@/test/helpers/section3-labels";
import { parseText } from "./index";

const S3 = SECTION3_PRINTED_LABELS;

/** §三 with `n` applications from natural persons, all granted; §四 as given. */
function page(agency: string, year: number, n: number, s4: string) {
  const cells = (i: number) => (i === 0 || i === 2 || i === 21 ? `${n} 0 0 0 0 0 ${n}` : "0 0 0 0 0 0 0");
  const s3 = S3.map((label, i) => `${label} ${cells(i)}`).join("\n");
  const got = parseText(
    `标题: ${agency}${year}年政府信息公开工作年度报告\n发布时间: ${year + 1}-01-19 10:00\n` +
      `==================== 正文 ====================\n${agency}${year}年政府信息公开工作年度报告\n` +
      `一、总体情况\n${year}年，我局推进政府信息公开。\n三、收到和处理政府信息公开申请情况\n` +
      "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n" +
      `${s3}\n四、政府信息公开行政复议、行政诉讼情况\n${s4}\n五、存在的主要问题及改进情况\n无。\n`,
  );
  expect(got.error).toBeUndefined();
  return got.value!;
}

const KEYS = ["total", "upheld", "corrected", "other"].flatMap((f) => [`review.${f}`, `litigation.${f}`]);
const oldRows = (r: number[], l: number[], sep: string, unit = "件") =>
  [
    "指标名称 单位 数量",
    `行政复议数量 ${unit} ${r[0]}`,
    `（一）维持具体行政行为数 ${unit} ${r[1]}`,
    `（二）被依法纠错数 ${unit} ${r[2]}`,
    `（三）其他情形数 ${unit} ${r[3]}`,
    `行政诉讼数量 ${unit} ${l[0]}`,
    `（一）维持具体行政行为或者驳回原告诉讼请求数 ${unit} ${l[1]}`,
    `（二）被依法纠错数 ${unit} ${l[2]}`,
    `（三）其他情形数 ${unit} ${l[3]}`,
  ].join(sep);

describe("§四 printed as the old form's rows on a 2019 report", () => {
  it.each([
    ["平潭综合实验区农业农村局", 2019, [1, 1, 0, 0], [0, 0, 0, 0], " "],
    ["平潭综合实验区住房和城乡建设局", 2020, [3, 1, 1, 1], [2, 2, 0, 0], "\n"],
    ["平潭综合实验区公安局", 2019, [12, 9, 2, 1], [4, 3, 0, 1], " | "],
  ])("reads review and litigation: %s %i", (agency, year, review, suits, sep) => {
    const r = page(agency, year, 2, oldRows(review, suits, sep));
    expect(KEYS.map((k) => r.values[k])).toEqual(review.flatMap((v, i) => [v, suits[i]]));
    expect(r.values["review.pending"]).toBeUndefined();
    expect(r.findings.some((f) => f.rule === "P2" && f.keys.includes("litigation.total"))).toBe(true);
  });

  it("does not read the rows where a total is not the sum of its parts", () => {
    const r = page("平潭综合实验区林业局", 2019, 1, oldRows([2, 1, 0, 0], [0, 0, 0, 0], " "));
    expect(r.findings.some((f) => f.message.includes("2008–2018 form's rows"))).toBe(false);
  });
});
