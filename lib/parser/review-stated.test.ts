import { describe, expect, it } from "vitest";
import { parseText } from "./index";

/**
 * A 2019/2021 report printing §三's table and telling §四 in a sentence (本年度未发生行政复议和行政诉讼): the
 * sentence's figures are read, each named, and no alarm says §四 has no figures.
 */
const NO_FIGURES = "§四: no review/litigation figures found";

function page(agency: string, year: number, n: number, s4: string): string {
  const cells = (v: number) => `${v} 0 0 0 0 0 ${v}`;
  return (
    `${agency}${year}年政府信息公开工作年度报告\n一、总体情况 ${year}年,${agency}认真落实政务公开工作。` +
    "二、主动公开政府信息情况 第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 " +
    "行政规范性文件 2 0 7 三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 " +
    `科研机构 社会公益组织 法律服务机构 其他 一、本年新收政府信息公开申请数量 ${cells(n)} ` +
    `二、上年结转政府信息公开申请数量 ${cells(0)} 三、本年度办理结果 (一)予以公开 ${cells(n)} ` +
    `(七)总计 ${cells(n)} 四、结转下年度继续办理 ${cells(0)} ` +
    `四、政府信息公开行政复议、行政诉讼情况 ${s4} 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 无。`
  );
}

const ZERO_SENTENCES: [string, number, string][] = [
  ["某市统计局", 2021, "本年度未发生因政府信息公开引起的行政复议和行政诉讼。"],
  ["某县某镇人民政府", 2022, "2022年,我镇未发生因政府信息公开申请引起的行政复议、行政诉讼案件。"],
  ["某区住房和城乡建设局", 2020, "2020年,本局未发生政府信息公开行政复议、行政诉讼,数量均为0件。"],
];

describe("§四 told in a sentence beside §三's table", () => {
  it.each(ZERO_SENTENCES)("%s %i: reads the 0s from the sentence, no alarm", (agency, year, s4) => {
    const r = parseText(page(agency, year, 3, s4)).value!;
    expect(r.values["apps.new.total"]).toBe(3);
    for (const key of ["review.total", "review.upheld", "litigation_direct.total", "litigation_after_review.pending"]) {
      expect(r.values[key], key).toBe(0);
      expect(
        r.findings.some((f) => f.rule === "P4" && f.keys.includes(key)),
        key,
      ).toBe(true);
    }
    expect(r.findings.map((f) => f.message)).not.toContain(NO_FIGURES);
  });

  it("reads a sentence's non-zero figures, no alarm; the cells it leaves open stay blank and named", () => {
    const s4 = "本年度被申请行政复议2件,其中结果维持1件,尚未审结1件;未发生行政诉讼。";
    const r = parseText(page("某市自然资源局", 2022, 4, s4)).value!;
    expect([r.values["review.total"], r.values["review.upheld"], r.values["review.pending"]]).toEqual([2, 1, 1]);
    expect(r.values["litigation_direct.total"]).toBe(0);
    expect(r.findings.map((f) => f.message)).not.toContain(NO_FIGURES);
  });

  it("still raises the alarm where §四 tells nothing", () => {
    const r = parseText(page("某县审计局", 2021, 2, "详见附图。")).value!;
    expect(r.values["review.total"]).toBeUndefined();
    expect(r.findings.map((f) => f.message)).toContain(NO_FIGURES);
  });
});
