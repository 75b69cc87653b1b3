import { describe, expect, it } from "vitest";
import { templateKeys } from "./template-table";
import { familyHasKey, noValueReason, noValueText } from "./no-value";

describe("why a report has no figure for a key", () => {
  it("a printed cell of the family, a derived group sum and a legacy row belong to their families only", () => {
    const key2021 = templateKeys("2021").find((k) => !templateKeys("2019").includes(k))!;
    expect(key2021).toBeTruthy();
    expect(familyHasKey("2021", key2021)).toBe(true);
    expect(familyHasKey("2019", key2021)).toBe(false);
    expect(familyHasKey("legacy", "outcome.unable.not_held.total")).toBe(false);
    expect(familyHasKey("2021", "outcome.unable.not_held.total")).toBe(true);
    expect(familyHasKey("2021", "outcome.denied.natural_person")).toBe(true); // derived from (三)1–8
    expect(familyHasKey("2021", "outcome.nonsense.natural_person")).toBe(false);
    expect(familyHasKey("legacy", "legacy.applications.total")).toBe(true);
    expect(familyHasKey("2021", "legacy.applications.total")).toBe(false);
  });

  it("blank when stored empty, not in the family, or not read — each in words", () => {
    expect(noValueReason("outcome.unable.not_held.total", "2021", true)).toBe("blank");
    expect(noValueReason("outcome.unable.not_held.total", "legacy", false)).toBe("not_in_family");
    expect(noValueReason("outcome.unable.not_held.total", "2021", false)).toBe("not_read");
    expect(noValueText("blank", "2021")).toBe("空白");
    expect(noValueText("not_in_family", "legacy")).toBe("无此项（旧版模板）");
    expect(noValueText("not_in_family", "2019")).toBe("无此项（2019版模板）");
    expect(noValueText("not_read", "2021")).toBe("未读到");
  });
});
