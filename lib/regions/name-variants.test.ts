import { describe, expect, it } from "vitest";
import { shortForms } from "./name-variants";
import { findMentions } from "./name-index";

describe("short forms", () => {
  it.each([
    ["瓯海区", "county", ["瓯海"]],
    ["楚雄彝族自治州", "city", ["楚雄州", "楚雄"]],
    ["博尔塔拉蒙古自治州", "city", ["博尔塔拉州", "博尔塔拉"]],
    ["峨边彝族自治县", "county", ["峨边县", "峨边"]],
    ["永兴傣族乡", "township", ["永兴乡"]],
    ["广西壮族自治区", "province", ["广西"]],
    ["新疆维吾尔自治区", "province", ["新疆"]],
    ["北京市", "province", ["北京"]],
    ["阿克苏地区", "city", ["阿克苏"]],
    ["浦东新区", "county", ["浦东"]],
  ] as const)("%s → %j", (name, level, forms) => {
    expect(shortForms(name, level)).toEqual(forms);
  });

  it("makes no one-character or everyday-word forms", () => {
    expect(shortForms("城区", "county")).toEqual([]);
    expect(shortForms("和县", "county")).toEqual([]);
    expect(shortForms("公安县", "county")).toEqual([]);
    expect(shortForms("城关镇", "township")).toEqual([]);
    expect(shortForms("繁荣街道", "township")).toEqual([]);
  });
});

describe("findMentions", () => {
  it("takes the longest name at each position, left to right", () => {
    expect(findMentions("朝阳市民政局").map((m) => m.text)).toEqual(["朝阳市"]);
    expect(findMentions("温州市瓯海区人民政府办公室").map((m) => m.text)).toEqual(["温州市", "瓯海区"]);
    expect(findMentions("小板桥街道办事处").map((m) => m.text)).toEqual(["小板桥街道"]);
  });

  it("finds no place in common department names", () => {
    const departments = [
      "公安局",
      "民政局",
      "人力资源和社会保障局",
      "自然资源和规划局",
      "住房和城乡建设局",
      "交通运输局",
      "农业农村局",
      "文化广电旅游体育局",
      "卫生健康委员会",
      "市场监督管理局",
      "乡村振兴局",
      "港口管理局",
      "供销合作社联合社",
      "人民政府办公室",
      "发展和改革委员会",
      "退役军人事务局",
      "政务服务管理局",
    ];
    for (const d of departments) expect(findMentions(d), d).toEqual([]);
  });
});
