import { describe, expect, it } from "vitest";
import { CORE_BY_KEY, RATE_BY_KEY } from "./metrics";
import { templateKeys } from "./template-table";
import {
  VALUE_METRICS,
  isAggregatable,
  isLegacyKey,
  isValueMetric,
  valueMetricGroups,
  valueMetricLabel,
} from "./value-metrics";

describe("value metrics (canonical keys outside the core metrics)", () => {
  it("cover every §三/§四 key of the 2021 and 2019 templates that is not a core metric", () => {
    for (const key of [...templateKeys("2021"), ...templateKeys("2019")]) {
      expect(CORE_BY_KEY.has(key) || isValueMetric(key), key).toBe(true);
    }
    // The derived group sums the parser stores as well.
    for (const key of ["outcome.denied.commercial", "outcome.unable.natural_person", "outcome.rejected.other_org"]) {
      expect(isValueMetric(key), key).toBe(true);
    }
  });

  it("never repeat a core metric or rate, and list each key once", () => {
    const keys = VALUE_METRICS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => CORE_BY_KEY.has(k) || RATE_BY_KEY.has(k))).toEqual([]);
    expect(isAggregatable("apps.new.total")).toBe(true);
    expect(isAggregatable("rate.grant")).toBe(true);
    expect(isAggregatable("outcome.denied.state_secret.total")).toBe(false);
  });

  it("are labelled in Chinese from the template tables the report page draws", () => {
    expect(valueMetricLabel("outcome.denied.state_secret.total")).toBe("不予公开·属于国家秘密（总计）");
    expect(valueMetricLabel("outcome.partial.commercial")).toBe("部分公开（商业企业）");
    expect(valueMetricLabel("apps.new.other_org")).toBeUndefined(); // a core metric: labelled by lib/metrics.ts
    expect(valueMetricLabel("outcome.total.research")).toBe("办理结果总计（科研机构）");
    expect(valueMetricLabel("outcome.other.natural_person")).toBe("其他处理（自然人）"); // the 2019 single row
    expect(valueMetricLabel("litigation_direct.total")).toBe("行政诉讼·未经复议直接起诉·总计");
    expect(valueMetricLabel("litigation_after_review.corrected")).toBe("行政诉讼·复议后起诉·结果纠正");
    for (const m of VALUE_METRICS) expect(m.label, m.key).toMatch(/[\u4e00-\u9fff]/u);
  });

  it("group the selector by template row, in print order", () => {
    const groups = valueMetricGroups();
    const labels = groups.map((g) => g.label);
    expect(labels.indexOf("不予公开·属于国家秘密")).toBeLessThan(labels.indexOf("无法提供·本机关不掌握相关政府信息"));
    expect(groups.find((g) => g.label === "不予公开·属于国家秘密")!.items).toHaveLength(7);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(VALUE_METRICS.length);
  });

  it("accept legacy.* keys by pattern and nothing else", () => {
    expect(isLegacyKey("legacy.apps.received")).toBe(true);
    expect(isValueMetric("legacy.staff.part_time")).toBe(true);
    expect(valueMetricLabel("legacy.apps.received")).toContain("apps.received");
    for (const bad of [
      "legacy.",
      "legacy",
      "legacy.Apps",
      "outcome.denied.state_secret",
      "outcome.denied.bogus.total",
      "litigation_direct",
      "x".repeat(90),
    ]) {
      expect(isValueMetric(bad), bad).toBe(false);
    }
  });
});
