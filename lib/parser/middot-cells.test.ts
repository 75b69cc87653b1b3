/**
 * A clerk's table whose cells a middle dot or a hyphen parts ("10·1·0·0·0·0·11", "(商业企业·科研机构·…)",
 * "4-0-0-0-0-0-4") reads as the cells it prints; and a §三 header that names the organisations inside
 * 法人或其他组织's heading ("法人或其他组织(商业企业、
 * 科研机构、…)") over rows of the template's seven figures reads those seven, not three.
 */
import { describe, expect, it } from "vitest";
import { blankCrawlResidue } from "./crawl-residue";
import { parseText } from "./index";

const S3_ROWS: [string, number][] = [
  ["一、本年新收政府信息公开申请数量", 0],
  ["二、上年结转政府信息公开申请数量", 1],
  ["三、本年度办理结果 (一)予以公开", 2],
  ["(二)部分公开(区分处理的,只计这一情形,不计其他情形)", 3],
  ["(三)不予公开 1.属于国家秘密", -1],
  ["2.其他法律行政法规禁止公开", -1],
  ["3.危及“三安全一稳定”", -1],
  ["4.保护第三方合法权益", -1],
  ["5.属于三类内部事务信息", -1],
  ["6.属于四类过程性信息", -1],
  ["7.属于行政执法案卷", -1],
  ["8.属于行政查询事项", -1],
  ["(四)无法提供 1.本机关不掌握相关政府信息", 4],
  ["2.没有现成信息需要另行制作", -1],
  ["3.补正后申请内容仍不明确", -1],
  ["(五)不予处理 1.信访举报投诉类申请", -1],
  ["2.重复申请", -1],
  ["3.要求提供公开出版物", -1],
  ["4.无正当理由大量反复申请", -1],
  ["5.要求行政机关确认或重新出具已获取信息", -1],
  ["(六)其他处理", -1],
  ["(七)总计", 5],
  ["四、结转下年度继续办理", 6],
];

interface Case {
  agency: string;
  year: number;
  dot: string;
  header: string[];
  /** 本年新收, 上年结转, 予以公开, 部分公开, 不掌握, 总计, 结转下年: each row's seven cells. */
  rows: number[][];
  review: number[];
}

function page(c: Case): string {
  const cells = (v: number[]) => v.join(c.dot);
  const zeros = [0, 0, 0, 0, 0, 0, 0];
  return [
    `${c.agency}${c.year}年政府信息公开工作年度报告`,
    `发布日期:${c.year + 1}-01-25 09:30`,
    `本报告所列数据的统计期限自${c.year}-01-01起至${c.year}-12-31止。`,
    "二、主动公开政府信息情况",
    "第二十条第(一)项:信息内容|本年制发件数|本年废止件数|现行有效件数",
    `规章 ${cells([0, 0, 0])}`,
    `行政规范性文件 ${cells([2, 1, 14])}`,
    "第二十条第(五)项:信息内容|本年处理决定数量",
    "行政许可 146",
    "三、收到和处理政府信息公开申请情况",
    ...c.header,
    ...S3_ROWS.map(([label, at]) => `${label} ${cells(at < 0 ? zeros : c.rows[at])}`),
    "四、政府信息公开行政复议、行政诉讼情况",
    `行政复议(结果维持${c.dot}结果纠正${c.dot}其他结果${c.dot}尚未审结${c.dot}总计);行政诉讼${c.dot}未经复议直接起诉` +
      `(结果维持${c.dot}结果纠正${c.dot}其他结果${c.dot}尚未审结${c.dot}总计);行政诉讼${c.dot}复议后起诉` +
      `(结果维持${c.dot}结果纠正${c.dot}其他结果${c.dot}尚未审结${c.dot}总计)`,
    cells(c.review),
    "五、存在的主要问题及改进情况",
    "无。",
  ].join("\n");
}

const row = (natural: number, orgs: number[]) => [natural, ...orgs, natural + orgs.reduce((a, b) => a + b, 0)];

const CASES: Case[] = [
  {
    agency: "某市旅游与文化体育局",
    year: 2021,
    dot: "·",
    header: ["申请人情况:自然人|法人或其他组织(商业企业·科研机构·社会公益组织·法律服务机构·其他)|总计"],
    rows: [
      row(10, [1, 0, 0, 0, 0]),
      row(0, [0, 0, 0, 0, 0]),
      row(7, [1, 0, 0, 0, 0]),
      row(1, [0, 0, 0, 0, 0]),
      row(2, [0, 0, 0, 0, 0]),
      row(10, [1, 0, 0, 0, 0]),
      row(0, [0, 0, 0, 0, 0]),
    ],
    review: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  {
    agency: "某县卫生健康局",
    year: 2022,
    dot: "·",
    header: ["申请人情况", "自然人·法人或其他组织·总计", "商业企业·科研机构·社会公益组织·法律服务机构·其他"],
    rows: [
      row(23, [2, 0, 0, 1, 0]),
      row(3, [0, 0, 0, 0, 0]),
      row(14, [1, 0, 0, 1, 0]),
      row(5, [0, 0, 0, 0, 0]),
      row(4, [1, 0, 0, 0, 0]),
      row(23, [2, 0, 0, 1, 0]),
      row(3, [0, 0, 0, 0, 0]),
    ],
    review: [0, 2, 0, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  },
  {
    agency: "某区住房和城乡建设局",
    year: 2023,
    dot: "・",
    header: ["申请人情况:自然人・商业企业・科研机构・社会公益组织・法律服务机构・其他・总计"],
    rows: [
      row(104, [12, 0, 3, 0, 5]),
      row(7, [1, 0, 0, 0, 0]),
      row(61, [9, 0, 2, 0, 3]),
      row(18, [2, 0, 0, 0, 1]),
      row(25, [1, 0, 1, 0, 1]),
      row(104, [12, 0, 3, 0, 5]),
      row(7, [1, 0, 0, 0, 0]),
    ],
    review: [3, 1, 0, 1, 5, 2, 0, 0, 0, 2, 0, 1, 0, 0, 1],
  },
];

describe("a table whose cells a middle dot or a hyphen parts", () => {
  for (const c of CASES)
    it(`reads each row's seven cells and §四's fifteen (${c.agency}, ${c.dot})`, () => {
      const r = parseText(page(c)).value!;
      const keys = ["apps.new", "apps.carried_over", "outcome.granted", "outcome.partial"];
      keys.forEach((k, i) => {
        expect(r.values[`${k}.natural_person`], k).toBe(c.rows[i][0]);
        expect(r.values[`${k}.commercial`], k).toBe(c.rows[i][1]);
        expect(r.values[`${k}.total`], k).toBe(c.rows[i][6]);
      });
      expect(r.values["outcome.unable.not_held.total"]).toBe(c.rows[4][6]);
      expect(r.values["outcome.total.total"]).toBe(c.rows[5][6]);
      expect(r.values["apps.carried_forward.total"]).toBe(c.rows[6][6]);
      expect(r.values["review.upheld"]).toBe(c.review[0]);
      expect(r.values["review.total"]).toBe(c.review[4]);
      expect(r.values["litigation_direct.total"]).toBe(c.review[9]);
      expect(r.values["litigation_after_review.total"]).toBe(c.review[14]);
    });

  for (const c of CASES)
    it(`reads cells a hyphen parts, keeping the dates (${c.agency})`, () => {
      const r = parseText(page({ ...c, dot: "-" })).value!;
      expect(r.year).toBe(c.year);
      expect(r.published).toBe(`${c.year + 1}-01-25`);
      expect(r.values["apps.new.natural_person"]).toBe(c.rows[0][0]);
      expect(r.values["apps.new.total"]).toBe(c.rows[0][6]);
      expect(r.values["outcome.granted.total"]).toBe(c.rows[2][6]);
      expect(r.values["outcome.total.total"]).toBe(c.rows[5][6]);
      expect(r.values["review.corrected"]).toBe(c.review[1]);
      expect(r.values["litigation_direct.total"]).toBe(c.review[9]);
    });

  it("leaves a dot between two figures alone where the page parts no cells so (6·5 may be a decimal point)", () => {
    const text = "采购总金额 6·5 万元\n行政许可 12·3\n自然人·法人";
    expect(blankCrawlResidue(text)).toBe(text);
    const dates = "2021-01-01 至 2021-12-31 电话 0591-24365208 规章 1-0-3 文号 2021-3-1-2";
    expect(blankCrawlResidue(dates)).toBe(dates);
  });
});

describe("a §三 header naming the organisations inside 法人或其他组织's heading, over rows of seven", () => {
  for (const [i, c] of CASES.entries())
    it(`reads the seven cells, not three (${c.agency})`, () => {
      const header = [
        "申请人情况 自然人 法人或其他组织(商业企业、科研机构、社会公益组织、法律服务机构、其他) 总计",
        "申请人情况|自然人|法人或其他组织（商业企业 科研机构 社会公益组织 法律服务机构 其他）|总计",
        "申请人情况 自然人 法人或其他组织(含商业企业、科研机构、社会公益组织、法律服务机构及其他) 总计",
      ][i];
      const r = parseText(page({ ...c, dot: " ", header: [header] })).value!;
      expect(r.values["apps.new.natural_person"]).toBe(c.rows[0][0]);
      expect(r.values["apps.new.commercial"]).toBe(c.rows[0][1]);
      expect(r.values["apps.new.total"]).toBe(c.rows[0][6]);
      expect(r.values["outcome.granted.total"]).toBe(c.rows[2][6]);
    });
});
