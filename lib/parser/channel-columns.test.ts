/**
 * A §三 table on the 2019 form whose columns are headed by the way applications came in (申请方式 当面申请 网络申请 信函申请
 * … 总计) instead of by applicant: no channel is an applicant, so only the 总计 column is read, the applicant cells are
 * left blank with a finding naming them (the sentences may state who applied).
 */
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const ROWS: [string, number[]][] = [
  ["一、本年新收政府信息公开申请数量", [4, 2, 1, 0, 0, 0]],
  ["二、上年结转政府信息公开申请数量", [0, 0, 0, 0, 0, 0]],
  ["三、本年度办理结果 (一)予以公开", [3, 1, 0, 0, 0, 0]],
  ["(二)部分公开(区分处理的,只计这一情形,不计其他情形)", [0, 1, 1, 0, 0, 0]],
  ["(三)不予公开 1.属于国家秘密", [0, 0, 0, 0, 0, 0]],
  ["2.其他法律行政法规禁止公开", [0, 0, 0, 0, 0, 0]],
  ["3.危及“三安全一稳定”", [0, 0, 0, 0, 0, 0]],
  ["4.保护第三方合法权益", [0, 0, 0, 0, 0, 0]],
  ["5.属于三类内部事务信息", [0, 0, 0, 0, 0, 0]],
  ["6.属于四类过程性信息", [0, 0, 0, 0, 0, 0]],
  ["7.属于行政执法案卷", [0, 0, 0, 0, 0, 0]],
  ["8.属于行政查询事项", [0, 0, 0, 0, 0, 0]],
  ["(四)无法提供 1.本机关不掌握相关政府信息", [1, 0, 0, 0, 0, 0]],
  ["2.没有现成信息需要另行制作", [0, 0, 0, 0, 0, 0]],
  ["3.补正后申请内容仍不明确", [0, 0, 0, 0, 0, 0]],
  ["(五)不予处理 1.信访举报投诉类申请", [0, 0, 0, 0, 0, 0]],
  ["2.重复申请", [0, 0, 0, 0, 0, 0]],
  ["3.要求提供公开出版物", [0, 0, 0, 0, 0, 0]],
  ["4.无正当理由大量反复申请", [0, 0, 0, 0, 0, 0]],
  ["5.要求行政机关确认或重新出具已获取信息", [0, 0, 0, 0, 0, 0]],
  ["(六)其他处理", [0, 0, 0, 0, 0, 0]],
  ["(七)总计", [4, 2, 1, 0, 0, 0]],
  ["四、结转下年度继续办理", [0, 0, 0, 0, 0, 0]],
];

function page(header: string, sep: string, said = "") {
  const rows = ROWS.map(([label, cells]) => {
    const all = [...cells, cells.reduce((a, b) => a + b, 0)];
    return [label, ...all].join(sep);
  }).join("\n");
  return (
    "某县市场监督管理局2020年政府信息公开工作年度报告\n本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n" +
    `一、总体情况\n2020年,我局全年收到政府信息公开申请7件${said}。\n` +
    `三、收到和处理政府信息公开申请情况\n${header}\n${rows}\n` +
    "四、政府信息公开行政复议、行政诉讼情况\n" +
    "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n" +
    "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n" +
    "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n无。\n"
  );
}

function parse(text: string) {
  const r = parseText(text).value!;
  const keys = r.findings.filter((f) => f.message.includes("not by applicant")).flatMap((f) => f.keys);
  return { values: r.values, keys };
}

describe("§三 columns headed by the way applications came in", () => {
  it("reads only the 总计 column under 申请方式 当面申请 网络申请 信函申请 …", () => {
    const { values, keys } = parse(page("申请方式 当面申请 网络申请 信函申请 传真申请 电子邮件 其他 总计", " "));
    expect(values["apps.new.total"]).toBe(7);
    expect(values["outcome.granted.total"]).toBe(4);
    expect(values["outcome.partial.total"]).toBe(2);
    expect(values["outcome.total.total"]).toBe(7);
    expect(values["apps.new.natural_person"]).toBeUndefined();
    expect(values["outcome.granted.natural_person"]).toBeUndefined();
    expect(keys).toEqual(expect.arrayContaining(["apps.new.natural_person", "outcome.granted.natural_person"]));
  });

  it("does so with the channels in another order and wording, cells between bars", () => {
    const { values, keys } = parse(page("| 项目 | 网上申请 | 当面 | 信函 | 传真 | 电子邮件 | 其他 | 总计 |", " | "));
    expect(values["apps.new.total"]).toBe(7);
    expect(values["apps.new.natural_person"]).toBeUndefined();
    expect(keys).toContain("apps.new.natural_person");
  });

  it("takes who applied from a sentence that states it", () => {
    const text = page(
      "申请方式 当面申请 网络申请 信函申请 传真申请 电子邮件 其他 总计",
      " ",
      ",其中自然人申请6件,法人申请1件",
    );
    expect(parse(text).values["apps.new.natural_person"]).toBe(6);
  });

  it("still reads the applicant columns under the template's header", () => {
    const header = "申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计";
    const { values, keys } = parse(page(header, " "));
    expect(values["apps.new.natural_person"]).toBe(4);
    expect(keys).toEqual([]);
  });
});

/** A 2019 report's §三 as the old 统计表's rows (指标名称 单位 数量), the ways applications came in among them. */
function singleCounts(agency: string, year: number, rows: [string, number][], sep: string) {
  const table = ["指标名称 单位 数量", ...rows.map(([label, n]) => [label, "件", n].join(sep))].join(sep);
  return (
    `${agency}${year}年政府信息公开工作年度报告\n本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。\n` +
    `一、总体情况\n${year}年,我局收到政府信息公开申请${rows[0][1]}件。\n二、主动公开政府信息情况\n` +
    "第二十条第(一)项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 0\n规范性文件 2 2 9\n" +
    "第二十条第(五)项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 3 0 12\n" +
    `三、收到和处理政府信息公开申请情况\n${year}年,具体情况见下表:${sep}${table}\n` +
    `四、政府信息公开行政复议、行政诉讼情况\n${year}年,我局未发生因政府信息公开引起的行政复议和行政诉讼。\n` +
    "五、存在的主要问题及改进情况\n无。\n"
  );
}

describe("§三 as a table of single counts, the ways applications came in among its rows", () => {
  const pages: [string, number, [string, number][], string][] = [
    [
      "某某区台湾事务局",
      2019,
      [
        ["受理政府信息公开申请总数", 4],
        ["其中:当面申请数", 1],
        ["网络申请数", 3],
        ["信函申请数", 0],
        ["对申请的答复总数", 4],
        ["其中:同意公开答复数", 3],
        ["同意部分公开答复数", 0],
        ["不予公开答复数", 1],
      ],
      " ",
    ],
    [
      "某某县林业局",
      2020,
      [
        ["受理政府信息公开申请总数", 9],
        ["其中:当面申请数", 2],
        ["网上申请数", 5],
        ["信函申请数", 1],
        ["电子邮件申请数", 1],
        ["对申请的答复总数", 9],
        ["其中:同意公开答复数", 6],
        ["同意部分公开答复数", 2],
        ["不予公开答复数", 1],
      ],
      "\n",
    ],
    [
      "某某镇人民政府",
      2019,
      [
        ["受理政府信息公开申请总数", 2],
        ["其中:当面申请数", 0],
        ["传真申请数", 1],
        ["网络申请数", 1],
        ["对申请的答复总数", 2],
        ["其中:同意公开答复数", 1],
        ["同意部分公开答复数", 1],
        ["不予公开答复数", 0],
      ],
      " | ",
    ],
  ];
  for (const [agency, year, rows, sep] of pages) {
    it(`${agency} ${year}: the finding says the page has no column by applicant, not that channels head them`, () => {
      const r = parseText(singleCounts(agency, year, rows, sep)).value!;
      const said = r.findings.filter((f) => f.message.includes("applications came in"));
      expect(said.length).toBeGreaterThan(0);
      for (const f of said) {
        expect(f.message).toContain("no column by applicant");
        expect(f.message).not.toContain("heads its columns");
      }
    });
    it(`${agency} ${year}: the finding names exactly the rows whose count was read as their 总计`, () => {
      const r = parseText(singleCounts(agency, year, rows, sep)).value!;
      const said = r.findings.find((f) => f.message.includes("applications came in"))!;
      const rowsOf = (keys: string[]) => new Set(keys.map((k) => k.slice(0, k.lastIndexOf("."))));
      for (const row of rowsOf(said.keys))
        expect(said.message.includes(row), row).toBe(r.values[`${row}.total`] !== undefined);
      expect(said.message).not.toContain("each row");
    });
  }
});
