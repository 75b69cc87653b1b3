import { describe, expect, it } from "vitest";
import { isSpaceCode } from "./meta-narrative";

describe("isSpaceCode", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });
});
