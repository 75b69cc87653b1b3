import { describe, expect, it } from "vitest";
import { templateKeys } from "@/lib/template-table";
import { flaggedKeys, printedKeysOf } from "./flagged";

const printed2021 = new Set(templateKeys("2021"));
const printed2019 = new Set(templateKeys("2019"));

describe("printedKeysOf", () => {
  it("keeps a printed key as it is", () => {
    expect(printedKeysOf("apps.new.total", printed2021)).toEqual(["apps.new.total"]);
  });
  it("spreads a group sum onto the printed items of its column", () => {
    const cells = printedKeysOf("outcome.denied.commercial", printed2021);
    expect(cells).toHaveLength(8);
    expect(cells.every((k) => k.startsWith("outcome.denied.") && k.endsWith(".commercial"))).toBe(true);
  });
  it("finds (六)其他处理 as three items in 2021 and as its own row in 2019", () => {
    expect(printedKeysOf("outcome.other.total", printed2021)).toEqual([
      "outcome.other.no_correction.total",
      "outcome.other.unpaid_fee.total",
      "outcome.other.misc.total",
    ]);
    expect(printedKeysOf("outcome.other.total", printed2019)).toEqual(["outcome.other.total"]);
  });
  it("splits litigation into direct suits and suits after review", () => {
    expect(printedKeysOf("litigation.corrected", printed2021)).toEqual([
      "litigation_direct.corrected",
      "litigation_after_review.corrected",
    ]);
  });
  it("leaves keys it cannot place (legacy rows) unchanged", () => {
    expect(printedKeysOf("legacy.apps.received", printed2021)).toEqual(["legacy.apps.received"]);
  });
});

describe("flaggedKeys", () => {
  it("collects each cell's rules once, in finding order", () => {
    const flagged = flaggedKeys(
      [
        { rule: "R1", keys: ["apps.new.total", "outcome.total.total"] },
        { rule: "R2", keys: ["apps.new.total"] },
        { rule: "R1", keys: ["apps.new.total"] },
      ],
      printed2021,
    );
    expect(flagged.get("apps.new.total")).toEqual(["R1", "R2"]);
    expect(flagged.get("outcome.total.total")).toEqual(["R1"]);
    expect(flagged.has("apps.carried_over.total")).toBe(false);
  });
});
