import { describe, expect, it } from "vitest";
import { agenciesSentence, agencyCount, countChange, countDelta, nameList, rateChange } from "./wording";

describe("bulletin wording", () => {
  it("writes none as 无 and one as 1家, never 0家", () => {
    expect(agencyCount(0)).toBe("无");
    expect(agencyCount(1)).toBe("1家");
    expect(agencyCount(12345)).toBe("12,345家");
  });

  it("uses the sentence for none, and N家机关… with the names otherwise", () => {
    const none = { what: "逾期发布年报", none: "未发现逾期发布年报的情况。" };
    expect(agenciesSentence({ ...none, names: [] })).toBe("未发现逾期发布年报的情况。");
    expect(agenciesSentence({ ...none, names: ["甲局"], details: ["逾期 3 天"] })).toBe(
      "1家机关逾期发布年报：甲局（逾期 3 天）。",
    );
    expect(agenciesSentence({ ...none, names: ["甲局", "乙局"] })).toBe("2家机关逾期发布年报：甲局、乙局。");
  });

  it("lists at most MAX_NAMES names and sums up the rest with the full count", () => {
    const names = Array.from({ length: 30 }, (_, i) => `机关${i}`);
    expect(nameList(names, 30, 2)).toBe("机关0、机关1等30家");
    expect(nameList(names.slice(0, 2), 57, 20)).toBe("机关0、机关1等57家");
    expect(nameList(["甲"], 1)).toBe("甲");
  });

  it("words year-on-year changes of counts and rates, flat and unknown ones too", () => {
    expect(countChange(110, 100)).toBe("较上年增长10.0%");
    expect(countChange(90, 100)).toBe("较上年减少10.0%");
    expect(countChange(5, 5)).toBe("与上年持平");
    expect(countChange(5, 0)).toBe("上年为零，本年5");
    expect(countChange(5, null)).toBe("上年无可比数据");
    expect(rateChange(0.52, 0.5)).toBe("较上年上升2.0个百分点");
    expect(rateChange(0.5, 0.52)).toBe("较上年下降2.0个百分点");
    expect(rateChange(0.5, 0.50004)).toBe("与上年持平");
    expect(countDelta(3, 1, "份")).toBe("较上年增加2份");
    expect(countDelta(1, 3)).toBe("较上年减少2家");
    expect(countDelta(1, null)).toBe("上年无可比数据");
  });
});
