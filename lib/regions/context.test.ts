import { describe, expect, it } from "vitest";
import { unitsNamedIn } from "./context";

describe("unitsNamedIn", () => {
  it("finds full names and safe short forms of the asked units only", () => {
    expect(unitsNamedIn("同江市人民政府主办", ["230881", "2308", "23"])).toEqual(new Set(["230881"]));
    expect(unitsNamedIn("浙江温州", ["33", "3303", "330304"])).toEqual(new Set(["33", "3303"]));
  });

  it("does not read a short form inside a longer name of another unit (朝阳 in 北京市朝阳区)", () => {
    expect(unitsNamedIn("北京市朝阳区", ["11", "110105", "2113"])).toEqual(new Set(["11", "110105"]));
    expect(unitsNamedIn("辽宁省朝阳市", ["21", "2113"])).toEqual(new Set(["21", "2113"]));
  });

  it("ignores bare county stems and generic names, which are ordinary words too", () => {
    // 会同县 / 通道县 (湖南) and 城区 (阳泉) must not be "named" by 会同有关部门, 公开通道, 城区道路.
    expect(unitsNamedIn("会同有关部门完善公开通道，城区道路", ["431225", "431230", "140302"])).toEqual(new Set());
  });

  it("looks only at the head and the tail of long texts", () => {
    const middle = "。".repeat(20_000);
    expect(unitsNamedIn(`${middle}瓯海区${middle}`, ["330304"])).toEqual(new Set());
    expect(unitsNamedIn(`瓯海区${middle}`, ["330304"])).toEqual(new Set(["330304"]));
    expect(unitsNamedIn(`${middle}瓯海区人民政府主办`, ["330304"])).toEqual(new Set(["330304"]));
  });
});
