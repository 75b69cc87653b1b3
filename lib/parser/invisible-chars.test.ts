/**
 * Invisible format characters a site, crawler or converter writes into a page (soft hyphens every few characters,
 * zero-width spaces and joiners, word joiners, direction marks, a BOM mid-text, variation selectors) never part or
 * join a figure or a label: a page with them reads exactly as the page without them, in every family. Nor do the CJK
 * compatibility ideographs a PDF font gives for everyday characters (年 U+F98E, 不 U+F967, 行 U+FA08).
 */
import { describe, expect, it } from "vitest";
import { applications, reportText } from "@/test/helpers/ingest";
import { parseText } from "./index";

const INVISIBLES: Record<string, string> = {
  "soft hyphen": "\u00ad",
  "zero-width space": "\u200b",
  "zero-width non-joiner": "\u200c",
  "zero-width joiner": "\u200d",
  "left-to-right mark": "\u200e",
  "word joiner": "\u2060",
  "invisible separator": "\u2063",
  "BOM mid-text": "\ufeff",
  "variation selector": "\ufe0f",
  "combining grapheme joiner": "\u034f",
  "pop directional isolate": "\u2069",
};

/** `mark` after every `every` characters of each line (inside digit runs and labels alike). */
function sprinkle(text: string, mark: string, every: number): string {
  return text
    .split("\n")
    .map((line) => [...line].map((c, i) => ((i + 1) % every === 0 ? c + mark : c)).join(""))
    .join("\n");
}

/** A 2013–2018 zone form printed on one line, its cells glued (unit, 本年, 累计, the next row's ordinal). */
function gluedZoneForm(agency: string, year: number, f: number[]): string {
  const [active, apps, granted, partial, denied, review] = f;
  return (
    `${agency}${year}年度政府信息公开工作年度报告 一、概述 ${year}年,我局认真落实政府信息公开工作。 附表：` +
    `${agency}${year}年度政府信息公开情况统计表 指标名称 单位 ${year}年度 历年累计 一、主动公开情况 ` +
    `主动公开政府信息数条${active}${active + 340} 其中：网站公开数条${active}${active + 300}2.政府公报公开数条00 ` +
    `二、依申请公开情况 受理申请总数件${apps}${apps + 9} 其中：1.当面申请数件${apps}${apps + 9}2.网上申请数件00` +
    `3.信函申请数件00 对申请的答复总数件${apps}${apps + 9} 其中：1.属于已主动公开范围数件00` +
    `2.同意公开答复数件${granted}${granted + 9}3.同意部分公开答复数件${partial}${partial}` +
    `4.不同意公开答复数件${denied}${denied}5.不属于本行政机关公开数件00 三、行政复议数件${review}${review + 1} ` +
    "四、行政诉讼数件00 五、行政申诉、举报数件00"
  );
}

/** A 2008–2012 report without a table: its figures in sentences. */
function narrative(agency: string, year: number, f: number[]): string {
  const [active, apps, granted, partial, denied, review] = f;
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    "一、主动公开政府信息情况",
    `${year}年,我局主动公开政府信息${active}条。`,
    "二、依申请公开政府信息情况",
    `${year}年共受理政府信息公开申请${apps}件,其中同意公开的${granted}件,同意部分公开的${partial}件,` +
      `不同意公开的${denied}件。`,
    "三、因政府信息公开申请提起行政复议、行政诉讼情况",
    `${year}年,因政府信息公开申请被申请行政复议${review}件,未发生行政诉讼。`,
  ].join("\n");
}

const modern = (agency: string, year: number, fresh: number, over: number, forward: number): string =>
  reportText({ agency, year, values: applications(fresh, over, forward) });

const PAGES: Record<string, string> = {
  "glued zone form, 2014": gluedZoneForm("平潭综合实验区经济发展局", 2014, [187, 12, 8, 1, 3, 1]),
  "glued zone form, 2016": gluedZoneForm("某市交通运输局", 2016, [1024, 37, 29, 5, 3, 2]),
  "glued zone form, 2013": gluedZoneForm("某县水利局", 2013, [56, 4, 3, 0, 1, 0]),
  "sentences, 2010": narrative("某县民政局", 2010, [312, 15, 11, 2, 2, 1]),
  "sentences, 2009": narrative("某市统计局", 2009, [88, 6, 4, 1, 1, 0]),
  "sentences, 2011": narrative("某区审计局", 2011, [1205, 104, 97, 4, 3, 2]),
  "2021 template, 2022": modern("瓯海区人民政府办公室", 2022, 46, 5, 3),
  "2021 template, 2023": modern("瓯海区人民政府办公室", 2023, 118, 12, 9),
  "2021 template, 2024": modern("瓯海区人民政府办公室", 2024, 7, 0, 1),
};

describe("invisible format characters inside figures and labels", () => {
  for (const [name, page] of Object.entries(PAGES)) {
    it(`${name}: reads as the clean page with each mark every 3, 7 or 12 characters`, () => {
      const clean = parseText(page).value!;
      expect(Object.keys(clean.values).length).toBeGreaterThan(5);
      for (const [what, mark] of Object.entries(INVISIBLES)) {
        for (const every of [3, 7, 12]) {
          const got = parseText(sprinkle(page, mark, every));
          expect(got.error, `${what} every ${every}`).toBeUndefined();
          expect(got.value!.year, `${what} every ${every}`).toBe(clean.year);
          expect(got.value!.values, `${what} every ${every}`).toEqual(clean.values);
        }
      }
    });
  }

  it("a soft hyphen before 不 leaves 不同意公开 its own row (the 2014 page read 同意公开 as 不同意公开's figure)", () => {
    const page = gluedZoneForm("某市发展和改革局", 2014, [187, 12, 8, 1, 3, 1]).replace("不同意", "不\u00ad同意");
    const values = parseText(page).value!.values;
    expect(values["outcome.granted.total"]).toBe(8);
    expect(values["outcome.denied.total"]).toBe(3);
  });
});

/** Every character of the page that has a CJK compatibility ideograph written as that ideograph. */
function compatForms(text: string): string {
  const compat = new Map<string, string>();
  for (let code = 0xf900; code <= 0xfaff; code++) {
    const ch = String.fromCharCode(code);
    const unified = ch.normalize("NFKC");
    if (unified !== ch && !compat.has(unified)) compat.set(unified, ch);
  }
  return [...text].map((c) => compat.get(c) ?? c).join("");
}

describe("CJK compatibility ideographs a PDF gives for everyday characters", () => {
  for (const [name, page] of Object.entries(PAGES)) {
    it(`${name}: reads as the page with the unified characters`, () => {
      const printed = compatForms(page);
      expect(printed).not.toBe(page);
      expect(printed).toContain("\uf98e");
      const clean = parseText(page).value!;
      const got = parseText(printed);
      expect(got.error).toBeUndefined();
      expect(got.value!.year).toBe(clean.year);
      expect(got.value!.agency).toEqual(clean.agency);
      expect(got.value!.values).toEqual(clean.values);
    });
  }
});
