import { describe, expect, it } from "vitest";
import { lacksTotalColumn, readColumnOrder, rowTotalCheck, toTemplateOrder } from "./column-order";

describe("readColumnOrder", () => {
  it("reads the template's header, flattened row by row or spaced out, as the template's order", () => {
    expect(
      readColumnOrder("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"),
    ).toBeNull();
    expect(
      readColumnOrder("申请人情况 自 然 人 法人或其他组织 总 计 商业 企业 科研 机构 社会公 益组织 法律服务机构 其 他"),
    ).toBeNull();
    expect(readColumnOrder("| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |")).toBeNull();
  });

  it("reads the group's heading retyped (法人或其它组织, 法人和其他组织, 法人 alone) as the template's", () => {
    for (const group of ["法人或其它组织", "法人和其他组织", "法人或者其他组织", "法人及其它组织", "法人"]) {
      expect(
        readColumnOrder(`申请人情况 自然人 ${group} 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他`),
      ).toBeNull();
      expect(
        readColumnOrder(`申请人情况 ${group} 自然人 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他`),
      ).toEqual([1, 2, 3, 4, 5, 0, 6]);
    }
  });

  it("follows a header that moves 总计 first or the natural person last", () => {
    expect(
      readColumnOrder("申请人情况 总计 自然人 法人或其他组织\n商业企业 科研机构 社会公益组织 法律服务机构 其他"),
    ).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(readColumnOrder("法人或其他组织商业企业科研机构社会公益组织法律服务机构其他自然人总计")).toEqual([
      1, 2, 3, 4, 5, 0, 6,
    ]);
    // Flattened row by row with the group heading first: the natural person follows the organisations.
    expect(readColumnOrder("申请人情况法人或其他组织自然人总计商业企业科研机构社会公益组织法律服务机构其他")).toEqual([
      1, 2, 3, 4, 5, 0, 6,
    ]);
    // Sub-headings in their own order inside the group.
    expect(readColumnOrder("自然人 法人或其他组织 总计 科研机构 商业企业 社会公益组织 法律服务机构 其他")).toEqual([
      0, 2, 1, 3, 4, 5, 6,
    ]);
  });

  it("reads a site's own words for the headings (个人/公民, 企业, 公益组织, 律所, 申请总数) where the template's are absent", () => {
    // The natural person after the organisations, under short words.
    expect(readColumnOrder("申请人情况 企业 科研机构 公益组织 律所 其他组织 个人 合计")).toEqual([1, 2, 3, 4, 5, 0, 6]);
    expect(
      readColumnOrder("申请人情况 法人或其他组织（商业企业 科研机构 社会公益组织 法律服务机构 其他） 公民 合计"),
    ).toEqual([1, 2, 3, 4, 5, 0, 6]);
    expect(readColumnOrder("申请人情况 申请总数 个人 企业 科研机构 公益组织 律师事务所 其他")).toEqual([
      6, 0, 1, 2, 3, 4, 5,
    ]);
    // In the template's order, or a word printed twice: the template's order.
    expect(readColumnOrder("申请人情况 个人 企业 科研机构 公益组织 律所 其他组织 合计")).toBeNull();
    expect(readColumnOrder("申请人情况 企业 科研机构 公益组织 律所 其他 个人 公民 合计")).toBeNull();
  });

  it("keeps the template's order when the header is incomplete, repeated or scattered through prose", () => {
    expect(
      readColumnOrder("申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他"),
    ).toBeNull();
    expect(readColumnOrder("总计 自然人 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他")).toBeNull();
    const prose = `本年度总计收到申请12件。${"其中来自各方面的情况说明较多。".repeat(4)}自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他`;
    expect(readColumnOrder(prose)).toBeNull();
  });
});

describe("rowTotalCheck and toTemplateOrder", () => {
  it("checks the total where it is printed and moves the cells into the template's order", () => {
    const order = [6, 0, 1, 2, 3, 4, 5];
    const check = rowTotalCheck(order);
    expect(check([5, 3, 2, 0, 0, 0, 0])).toBe(true);
    expect(check([3, 2, 0, 0, 0, 0, 5])).toBe(false);
    const cells = [5, 3, 2, 0, 0, 0, 0].map((value, pos) => ({ value, pos }));
    const fit = toTemplateOrder({ cells, alternatives: [cells] }, order);
    expect(fit.cells!.map((c) => c.value)).toEqual([3, 2, 0, 0, 0, 0, 5]);
    expect(fit.alternatives![0].map((c) => c.value)).toEqual([3, 2, 0, 0, 0, 0, 5]);
  });
});

describe("readColumnOrder on a PDF's two header lines", () => {
  it("reads the leaf row under a group heading printed above it as the template's order", () => {
    expect(
      readColumnOrder(
        "申请人情况\n法人或其他组织\n(本列数据的勾稽关系为:…)\n自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计",
      ),
    ).toBeNull();
  });
});

describe("lacksTotalColumn", () => {
  it("tells a header without 总计 from the template's", () => {
    expect(
      lacksTotalColumn("申请人情况\t自然人\t法人或其他组织\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"),
    ).toBe(true);
    expect(lacksTotalColumn("申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他")).toBe(
      false,
    );
    expect(lacksTotalColumn("本年度共收到申请7件")).toBe(false);
  });
  it("reads 总计 retitled (总数, 共计, 小计, 累计, 总和, 汇总, 申请总数) as a total column", () => {
    for (const word of ["申请总数", "总数", "共计", "小计", "累计", "总和", "汇总"]) {
      expect(
        lacksTotalColumn(`申请人情况 自然人 法人或其他组织 ${word} 商业企业 科研机构 社会公益组织 法律服务机构 其他`),
      ).toBe(false);
      expect(lacksTotalColumn(`申请人情况|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|${word}`)).toBe(
        false,
      );
    }
  });
  it("places the group's heading in words it does not know where that word stands", () => {
    // 单位 / 组织 / 法人等组织 for 法人或其他组织, flattened row by row: the group's sub-headings stand where it does.
    for (const group of ["单位", "组织", "法人等组织"]) {
      expect(
        readColumnOrder(`申请人情况 自然人 ${group} 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他`),
      ).toBeNull();
      expect(
        readColumnOrder(`申请人情况 总计 自然人 ${group} 商业企业 科研机构 社会公益组织 法律服务机构 其他`),
      ).toEqual([6, 0, 1, 2, 3, 4, 5]);
    }
  });
  it("reads a heading's bracketed note as no heading, though it repeats a heading's word", () => {
    const orgsFirst = [1, 2, 3, 4, 5, 0, 6];
    for (const header of [
      "申请人情况 法人或其他组织 企业（含个人独资企业） 科研机构 公益组织 律所 其他 个人 总计",
      "申请人情况 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他(含公民代理) 公民 总计",
      "申请人情况 法人或其它组织（含企业法人） 企业 科研机构 公益组织 律所 其他 自然人 总计",
      "申请人情况 法人或其他组织 企业 科研机构 公益组织 律所（律师事务所） 其他 个人 总计",
    ])
      expect(readColumnOrder(header)).toEqual(orgsFirst);
  });
  it("places a retitled 总计 printed first", () => {
    expect(readColumnOrder("申请人情况 共计 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他")).toEqual([
      6, 0, 1, 2, 3, 4, 5,
    ]);
  });
});
