import { describe, expect, it } from "vitest";
import { allUnitsWithPaths, childrenOf, getRegion, listUnits, regionLevel, regionPath } from "./divisions";

const names = (code: string) => regionPath(code).map((s) => s.name);

describe("division tree", () => {
  it("lists the 31 provinces for null", () => {
    const provinces = childrenOf(null);
    expect(provinces).toHaveLength(31);
    expect(provinces.map((p) => p.name)).toContain("浙江省");
    expect(provinces.every((p) => p.level === "province" && p.parentCode === null)).toBe(true);
  });

  it("reads paths province first, with codes", () => {
    expect(regionPath("330304")).toEqual([
      { code: "33", name: "浙江省" },
      { code: "3303", name: "温州市" },
      { code: "330304", name: "瓯海区" },
    ]);
    expect(names("532327204")).toEqual(["云南省", "楚雄彝族自治州", "永仁县", "永兴傣族乡"]);
  });

  it("skips placeholder groupings so paths read naturally", () => {
    expect(names("110105")).toEqual(["北京市", "朝阳区"]);
    expect(names("500229")).toEqual(["重庆市", "城口县"]);
    expect(names("419001")).toEqual(["河南省", "济源市"]);
    expect(names("441900003")).toEqual(["广东省", "东莞市", "东城街道"]);
    expect(getRegion("1101")).toBeNull();
    expect(childrenOf("11").map((c) => c.name)).toContain("朝阳区");
    expect(childrenOf("4419").map((c) => c.name)).toContain("东城街道");
  });

  it("gives levels by code length and nothing for unknown codes", () => {
    expect(regionLevel("33")).toBe("province");
    expect(regionLevel("3303")).toBe("city");
    expect(regionLevel("330304")).toBe("county");
    expect(regionLevel("230881001")).toBe("township");
    expect(regionLevel("999999")).toBeNull();
    expect(regionPath("999999")).toEqual([]);
    expect(childrenOf("999999")).toEqual([]);
  });

  it("lists units per level and iterates all with paths", () => {
    expect(listUnits("city").length).toBeGreaterThan(300);
    expect(listUnits("township").length).toBeGreaterThan(40000);
    let count = 0;
    let hongze: string[] | undefined;
    for (const u of allUnitsWithPaths()) {
      count++;
      if (u.code === "320813") hongze = u.path;
      expect(u.path.at(-1)).toBe(u.name);
    }
    expect(count).toBe(
      ["province", "city", "county", "township"].reduce((n, l) => n + listUnits(l as "city").length, 0),
    );
    expect(hongze).toEqual(["江苏省", "淮安市", "洪泽区"]);
  });
});
