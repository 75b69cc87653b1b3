import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/test/shared-samples";
import { describeAgency } from "./index";

const root = join(__dirname, "../..");
const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });

interface SeedExpectation {
  agency: string;
  agency_kind: string;
  region: string[];
}

const seeds = Object.entries(
  JSON.parse(readFileSync(join(root, "fixtures/seeds/expected.json"), "utf8")) as Record<
    string,
    SeedExpectation | string
  >,
).filter((e): e is [string, SeedExpectation] => typeof e[1] === "object");

const seedText = (file: string) => toSimplified(readFileSync(join(root, "fixtures/seeds", file), "utf8"));
const pathOf = (name: string, text = "") => describeAgency(name, text).region?.path ?? null;

describe("describeAgency on the seeds", () => {
  it.each(seeds)("%s resolves to its expected path and kind", (file, e) => {
    const { agency, region } = describeAgency(toSimplified(e.agency), seedText(file));
    expect(region?.path).toEqual(e.region);
    expect(agency.kind).toBe(e.agency_kind);
    expect(region?.code).toHaveLength({ 1: 2, 2: 4, 3: 6, 4: 9 }[e.region.length] ?? 0);
  });

  it("finds a street by the site footer when the name carries no county (同江市人民政府主办)", () => {
    expect(pathOf("繁荣街道", seedText("000_145dcace6dc924f1.txt"))).toEqual([
      "黑龙江省",
      "佳木斯市",
      "同江市",
      "繁荣街道",
    ]);
    expect(pathOf("繁荣街道", "")).toBeNull();
  });
});

const PDFS = sharedDir("samples/pdf");

describe.skipIf(!PDFS)("describeAgency on the agencies of the real PDFs in ../shared/samples/pdf", () => {
  type Pdfs = Record<string, { agency?: string }>;
  const pdfs: Pdfs = PDFS ? JSON.parse(readFileSync(join(PDFS, "expected.json"), "utf8")) : {};
  const expected: Record<string, string[]> = {
    "huaian-city-2024.pdf": ["江苏省", "淮安市"],
    "hongze-district-2023.pdf": ["江苏省", "淮安市", "洪泽区"],
    "hongze-district-2024.pdf": ["江苏省", "淮安市", "洪泽区"],
  };
  it.each(Object.entries(expected))("%s", (file, path) => {
    const name = pdfs[file]?.agency ?? "";
    expect(pathOf(name)).toEqual(path);
    expect(describeAgency(name, "").agency).toMatchObject({
      kind: "government",
      level: path.length === 2 ? "city" : "county",
    });
  });
});

describe("repeated names are settled by the text, or not at all", () => {
  it("城关镇 (88 of them) by its county in the text", () => {
    expect(pathOf("城关镇人民政府", "舒城县人民政府主办")).toEqual(["安徽省", "六安市", "舒城县", "城关镇"]);
    expect(pathOf("城关镇人民政府", "尤溪县城关镇2023年报告")).toEqual(["福建省", "三明市", "尤溪县", "城关镇"]);
    expect(pathOf("城关镇人民政府", "")).toBeNull();
  });

  it("城关镇 with only a city in the text → that city (several 城关镇 under it)", () => {
    expect(describeAgency("城关镇人民政府", "安徽省六安市").region).toEqual({
      code: "3415",
      path: ["安徽省", "六安市"],
    });
    expect(describeAgency("城关镇人民政府", "安徽省六安市").agency.level).toBe("township");
  });

  it.each([
    ["南京市", ["江苏省", "南京市", "鼓楼区"]],
    ["福州市鼓楼区政务公开", ["福建省", "福州市", "鼓楼区"]],
    ["徐州", ["江苏省", "徐州市", "鼓楼区"]],
    ["开封市人民政府", ["河南省", "开封市", "鼓楼区"]],
  ])("鼓楼区 with %s in the text", (text, path) => {
    expect(pathOf("鼓楼区人民政府", text)).toEqual(path);
  });

  it("鼓楼区 with no context is unknown; with only 江苏 it is 江苏省 (南京 and 徐州 tie)", () => {
    expect(pathOf("鼓楼区人民政府", "本机关2023年度报告")).toBeNull();
    expect(pathOf("鼓楼区人民政府", "江苏省")).toEqual(["江苏省"]);
  });

  it("朝阳区 in 北京 vs 长春, and 朝阳市 / 朝阳县 kept apart", () => {
    expect(pathOf("朝阳区人民政府", "北京市朝阳区人民政府主办")).toEqual(["北京市", "朝阳区"]);
    expect(pathOf("朝阳区人民政府", "长春市朝阳区")).toEqual(["吉林省", "长春市", "朝阳区"]);
    expect(pathOf("朝阳区人民政府", "")).toBeNull();
    expect(pathOf("北京市朝阳区人民政府")).toEqual(["北京市", "朝阳区"]);
    expect(pathOf("朝阳县人民政府")).toEqual(["辽宁省", "朝阳市", "朝阳县"]);
  });

  it("a later name that contradicts an earlier one is not taken (白城市洮北区城南街道 ≠ 白山市's 城南街道)", () => {
    expect(pathOf("白城市洮北区城南街道办事处")).toEqual(["吉林省", "白城市", "洮北区"]);
    expect(pathOf("洮北区（工业园区）城南街道")).toEqual(["吉林省", "白城市", "洮北区", "（工业园区）城南街道"]);
  });

  it("prefixes in the name decide before the text does", () => {
    expect(pathOf("吉林省长春市朝阳区人民政府", "北京")).toEqual(["吉林省", "长春市", "朝阳区"]);
    expect(pathOf("温州市瓯海区人民政府办公室")).toEqual(["浙江省", "温州市", "瓯海区"]);
  });
});

describe("short forms and odd names", () => {
  it.each([
    ["楚雄州人民政府", ["云南省", "楚雄彝族自治州"]],
    ["楚雄市人民政府", ["云南省", "楚雄彝族自治州", "楚雄市"]],
    ["小板桥街道办事处", ["云南省", "昆明市", "官渡区", "小板桥街道"]],
    ["峨边县人民政府", ["四川省", "乐山市", "峨边彝族自治县"]],
    ["广西人民政府", ["广西壮族自治区"]],
    ["济源市人民政府", ["河南省", "济源市"]],
    ["东莞市东城街道办事处", ["广东省", "东莞市", "东城街道"]],
    ["荆州市公安局", ["湖北省", "荆州市"]],
    ["苏州市综合保税区管委会", ["江苏省", "苏州市"]],
  ])("%s", (name, path) => {
    expect(pathOf(name)).toEqual(path);
  });

  it("永兴乡 shortens both 永兴傣族乡 and 永兴傈僳族乡 (both in 云南): the county decides", () => {
    expect(pathOf("永兴乡人民政府", "永仁县")).toEqual(["云南省", "楚雄彝族自治州", "永仁县", "永兴傣族乡"]);
    expect(pathOf("永兴乡人民政府", "")).toEqual(["云南省"]);
  });

  it("an official full name beats another unit's short form when the text is silent", () => {
    // 凉水河乡 (河北 青龙) is also the short form of 凉水河蒙古族乡 (辽宁 北票).
    expect(pathOf("凉水河乡人民政府")).toEqual(["河北省", "秦皇岛市", "青龙满族自治县", "凉水河乡"]);
    expect(pathOf("凉水河乡人民政府", "辽宁省")).toHaveLength(4);
    expect(pathOf("凉水河乡人民政府", "辽宁省")?.[0]).toBe("辽宁省");
  });

  it("a township renamed since (乡 → 镇 → 街道) is found under the unit named before it", () => {
    expect(pathOf("同江市繁荣乡人民政府")).toEqual(["黑龙江省", "佳木斯市", "同江市", "繁荣街道"]);
    expect(pathOf("瓯海区娄桥镇人民政府")).toEqual(["浙江省", "温州市", "瓯海区", "娄桥街道"]);
    expect(pathOf("舒城县城关乡人民政府")).toEqual(["安徽省", "六安市", "舒城县", "城关镇"]);
    // Not a township at all: 住房和城乡建设局 has 乡 but no unit 住房和城镇.
    expect(pathOf("温州市瓯海区住房和城乡建设局")).toEqual(["浙江省", "温州市", "瓯海区"]);
  });

  it("a county under its old suffix (洪泽县, now 洪泽区) still resolves", () => {
    expect(pathOf("洪泽县人民政府")).toEqual(["江苏省", "淮安市", "洪泽区"]);
    expect(pathOf("洪泽县高良涧镇人民政府")).toEqual(["江苏省", "淮安市", "洪泽区", "高良涧街道"]);
  });

  it("a bare county stem needs its city somewhere", () => {
    expect(pathOf("瓯海经济开发区管委会", "")).toBeNull();
    expect(pathOf("瓯海经济开发区管委会", "温州市")).toEqual(["浙江省", "温州市", "瓯海区"]);
  });

  it.each(["某某局", "市场监督管理局", "本机关", "", "国务院办公厅", "区人民政府办公室", "中华人民共和国教育部"])(
    "no known unit in %j → null",
    (name) => {
      expect(describeAgency(name, "中华人民共和国政府信息公开条例 会同有关部门 公开通道").region).toBeNull();
    },
  );
});
