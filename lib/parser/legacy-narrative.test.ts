/**
 * The narrative's figures that choose between readings of a glued table run: this year's only. A count of last
 * year, of a comparison or of the years since the 《条例》 must not pick a reading.
 */
import { describe, expect, it } from "vitest";
import { statedNumbers, statedRowCounts } from "./legacy-narrative";

describe("statedRowCounts", () => {
  it("takes this year's count and leaves last year's, a comparison's and a longer period's", () => {
    const prose =
      "上年度,我局受理政府信息公开申请4件。自《条例》施行以来,累计受理政府信息公开申请31件。" +
      "2014年度,我局共受理政府信息公开申请14件,较2013年的9件增加5件,其中当面申请6件。";
    expect([...statedRowCounts(prose, "legacy.apps.received")]).toEqual([14]);
    expect([...statedRowCounts(prose, "legacy.apps.received.in_person")]).toEqual([6]);
  });

  it("reads a count in Chinese numerals and leaves a negated one", () => {
    const prose = "全年收到政府信息公开申请十二件,同意公开十件。未发生行政复议1件以上的情况";
    expect([...statedRowCounts(prose, "legacy.apps.received")]).toEqual([12]);
    expect([...statedRowCounts(prose, "legacy.answers.granted")]).toEqual([10]);
    expect([...statedRowCounts(prose, "legacy.review.total")]).toEqual([]);
  });
});

describe("statedNumbers", () => {
  it("keeps this year's and the cumulative figure apart and leaves last year's", () => {
    const got = statedNumbers(
      "上年主动公开政府信息120条。2016年主动公开政府信息130条,历年累计主动公开政府信息349条",
      "主动公开政府信息",
    );
    expect({ current: [...got.current], cumulative: [...got.cumulative] }).toEqual({
      current: [130],
      cumulative: [349],
    });
  });
});
