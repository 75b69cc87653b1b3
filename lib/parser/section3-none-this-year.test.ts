import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";

/**
 * A 2021-form page whose §三 says no application came this year (本年度未收到政府信息公开申请) and prints no table of
 * its own: the sentence's 0 is every applicant's too, and where it says none was carried over either, every result
 * and 结转下年度 is 0 (the form's 一+二 = 三+四). A table printed after it and introduced as last year's, the form's
 * note (本列数据的勾稽关系…) between the lead-in and the header, is not this year's.
 */
const S2 =
  "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 " +
  "行政规范性文件 1 0 3 第二十条第（五）项 信息内容 本年处理决定数量 行政许可 12 第二十条第（六）项 信息内容 " +
  "本年处理决定数量 行政处罚 3 行政强制 0 第二十条第（八）项 信息内容 本年收费金额（单位：万元） 行政事业性收费 0";
const S4 =
  "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 " +
  "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 " +
  "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0";

async function read(agency: string, year: number, s3: string) {
  const page =
    `标题: ${agency}${year}年政府信息公开工作年度报告\n==================== 正文 ====================\n` +
    `${agency}${year}年政府信息公开工作年度报告 一、总体情况 ${year}年，我单位认真贯彻落实《条例》。 ${S2} ` +
    `三、收到和处理政府信息公开申请情况 ${s3} ${S4} 五、存在的主要问题及改进情况 人员不足。 六、其他需要报告的事项 无。\n`;
  const got = await parseDocument(new TextEncoder().encode(page), "page.txt");
  expect(got.error).toBeUndefined();
  return got.value!;
}

/** Last year's §三 table as a crawler prints it: the note, the header, each row's seven cells. */
function lastYearsTable(apps: number, granted: number): string {
  const row = (n: number) => `${n} 0 0 0 0 0 ${n}`;
  const zero = row(0);
  return (
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业企业 " +
    `科研机构 社会公益组织 法律服务机构 其他 一、本年新收政府信息公开申请数量 ${row(apps)} ` +
    `二、上年结转政府信息公开申请数量 ${zero} 三、本年度办理结果 （一）予以公开 ${row(granted)} ` +
    `（二）部分公开（区分处理的，只计这一情形，不计其他情形） ${row(apps - granted)} （三）不予公开 1.属于国家秘密 ${zero} ` +
    `（四）无法提供 1.本机关不掌握相关政府信息 ${zero} （五）不予处理 1.信访举报投诉类申请 ${zero} ` +
    `（六）其他处理 3.其他 ${zero} （七）总计 ${row(apps)} 四、结转下年度继续办理 ${zero}`
  );
}

describe("§三 with no application this year, told in a sentence", () => {
  it.each([
    ["平潭县档案馆", 2022, "本年度未收到政府信息公开申请。"],
    ["平潭县气象局", 2021, "2021年，我局没有收到政府信息公开申请。"],
    ["平潭县图书馆", 2023, "本年度，我馆未收到公民、法人或其他组织提出的政府信息公开申请。"],
  ])("%s %i: every applicant's count is 0", async (agency, year, s3) => {
    const report = await read(agency, year, s3);
    expect(report.values["apps.new.total"]).toBe(0);
    expect(report.values["apps.new.natural_person"]).toBe(0);
    expect(report.values["apps.new.other_org"]).toBe(0);
    expect(report.values["apps.carried_over.total"]).toBeUndefined();
    expect(report.values["outcome.total.total"]).toBeUndefined();
  });

  it.each([
    ["平潭县科协", 2022, "本年度未收到政府信息公开申请，无上年结转申请。"],
    ["平潭县残联", 2024, "2024年，我会未收到政府信息公开申请，无上年结转申请。"],
    ["平潭县文联", 2021, "本年度我单位未收到政府信息公开申请，无上年结转申请，无结转下年度办理的申请。"],
  ])("%s %i: none carried over either, every result and 结转下年度 is 0", async (agency, year, s3) => {
    const report = await read(agency, year, s3);
    for (const key of [
      "apps.new.total",
      "apps.new.natural_person",
      "apps.carried_over.total",
      "outcome.granted.total",
      "outcome.partial.total",
      "outcome.denied.total",
      "outcome.total.total",
      "apps.carried_forward.total",
    ])
      expect([key, report.values[key]]).toEqual([key, 0]);
  });

  it.each([
    ["平潭县水务局", 2022, "本年度未收到政府信息公开申请。上年度（2021年）情况如下：", 5, 4],
    ["平潭县港务局", 2023, "本年度我局未收到政府信息公开申请，2022年度数据如下：", 3, 3],
    ["平潭县园林局", 2021, "本年度未收到政府信息公开申请。去年同期情况如下：", 8, 6],
  ])("%s %i: last year's table after the form's note is not read", async (agency, year, lead, apps, granted) => {
    const report = await read(agency, year, `${lead}${lastYearsTable(apps, granted)}`);
    expect(report.values["apps.new.total"]).toBe(0);
    expect(report.values["apps.new.natural_person"]).toBe(0);
    expect(report.values["outcome.granted.total"]).not.toBe(granted);
  });
});
