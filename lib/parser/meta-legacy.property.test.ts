/** Any input: extractMeta and parseLegacyTable return values, never throw, and stay fast. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLegacyTable } from "./legacy-table";
import { extractMeta } from "./meta";
import { cpuMs } from "@/test/helpers/cpu-time";

// Tokens that drive the parsers' branches, mixed with arbitrary text.
const TOKENS = [
  "统计指标",
  "单位",
  "统计数",
  "累计",
  "本年",
  "|",
  "\t",
  " ",
  "——",
  "-",
  "无",
  "件",
  "万元",
  "元",
  "人次",
  "%",
  "一、",
  "(一)",
  "1.",
  "其中:",
  "收到申请数",
  "行政复议数量",
  "被依法纠错数",
  "其他情形数",
  "主动公开政府信息数",
  "2023",
  "年",
  "月",
  "日",
  "度",
  ",",
  "。",
  "报告",
  "政府信息公开",
  "人民政府",
  "现公布",
  "统计期限为",
  "填报单位(盖章):",
  "发布时间:",
  "全年共收到",
  "申请",
  "未收到",
  "受理",
  "代表",
  "0",
  "7",
  "12",
  "3.5",
  "-4",
  "(",
  ")",
  "《",
  "》",
];
const line = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 14 })
  .map((t) => t.join(""));
const doc = fc.array(line, { maxLength: 60 });

describe("parsers on arbitrary input", () => {
  it("never throw and return well-formed results", () => {
    fc.assert(
      fc.property(doc, (lines) => {
        const meta = extractMeta(lines);
        expect(meta.year === null || (meta.year >= 2000 && meta.year <= 2099)).toBe(true);
        const table = parseLegacyTable(lines);
        if (table.value) {
          for (const [key, v] of Object.entries(table.value.values)) {
            expect(Number.isFinite(v), key).toBe(true);
            expect(table.value.blanks).not.toContain(key);
          }
        } else expect(table.error).toBeTruthy();
      }),
      { numRuns: 400 },
    );
  });

  it("stay linear on long and pathological lines", () => {
    const long = ["统计指标 | 单位 | 统计数", ..."收到申请数 | 件 | 1|".repeat(2000).split("|"), "9".repeat(5000)];
    const prose = Array.from(
      { length: 3000 },
      (_, i) => `${i}年,全年共收到${"申".repeat(i % 50)}请${"1".repeat(i % 40)}件`,
    );
    const cpu = cpuMs();
    parseLegacyTable(long);
    extractMeta(long);
    extractMeta(prose);
    parseLegacyTable(prose);
    expect(cpu()).toBeLessThan(2000);
  });
});
