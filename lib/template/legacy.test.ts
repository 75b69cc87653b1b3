/**
 * The legacy template is one definition: the printed form the corpus generator prints (LEGACY_FORM) uses only
 * words the parser's label table knows for the same key, the sum rules name known keys, and the module imports
 * nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  LEGACY_CORE_MAP,
  LEGACY_FORM,
  LEGACY_LABELS,
  LEGACY_SUM_RULES,
  contextOfKey,
  legacyCurrentColumn,
  legacyPrintedLabel,
  lookupLegacyKey,
} from "./legacy";

const KNOWN = new Set(LEGACY_LABELS.map((l) => l.key));

describe("legacy template", () => {
  it("prints every form row with words its key is read by", () => {
    for (const row of LEGACY_FORM.filter((r) => r.key !== null)) {
      const context = contextOfKey(row.key!) ?? "none";
      expect(lookupLegacyKey(context, row.label), legacyPrintedLabel(row)).toBe(row.key);
    }
  });

  it("names only known keys in its sums and core map", () => {
    const named = [
      ...LEGACY_SUM_RULES.flatMap((r) => [r.total, ...r.parts]),
      ...LEGACY_CORE_MAP.flatMap(([, parts]) => parts),
    ];
    expect(named.filter((k) => !KNOWN.has(k))).toEqual([]);
  });

  it("gives every form key once", () => {
    const keys = LEGACY_FORM.flatMap((r) => (r.key ? [r.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("reads other agencies' words for a row, with or without a count word, as that row only", () => {
    const cases: [string, string][] = [
      ["受理政府信息公开申请", "legacy.apps.received"],
      ["受理申请件数", "legacy.apps.received"],
      ["予以公开", "legacy.answers.granted"],
      ["全部公开数量", "legacy.answers.granted"],
      ["部分予以公开", "legacy.answers.partial"],
      ["不予以公开件数", "legacy.answers.denied"],
      ["非本机关掌握", "legacy.answers.not_this_agency"],
      ["政府信息不存在", "legacy.answers.not_exist"],
      ["复议", "legacy.review.total"],
      ["行政复议件数", "legacy.review.total"],
      ["诉讼数", "legacy.litigation.total"],
      ["投诉举报", "legacy.complaints"],
      ["收费金额", "legacy.fees.amount_wan"],
    ];
    for (const [label, key] of cases) expect(lookupLegacyKey("none", label), label).toBe(key);
  });

  it("reads a known row with any count word after it as that row or as none, never as another row", () => {
    for (const entry of LEGACY_LABELS) {
      const context = entry.context ?? contextOfKey(entry.key) ?? "none";
      for (const label of entry.labels) {
        for (const word of ["", "数", "数量", "件数", "总数", "总数量"]) {
          const key = lookupLegacyKey(context, `${label.replace(/数$/, "")}${word}`);
          if (key !== undefined) expect(key, `${label} + ${word}`).toBe(entry.key);
        }
      }
    }
  });

  it("reads no key for words that could mean more than one row", () => {
    // 公开 (主动 or 同意?), 其他 (which kind?), a charge count (收费数), 其他情形 outside 复议/诉讼.
    for (const label of ["公开数", "其他", "收费数", "其他情形件数", "数"]) {
      expect(lookupLegacyKey("none", label), label).toBeUndefined();
    }
    expect(lookupLegacyKey("review", "其他情形件数")).toBe("legacy.review.other");
    expect(lookupLegacyKey("litigation", "其他情形件数")).toBe("legacy.litigation.other");
  });

  it("takes this year's column from the header words", () => {
    expect(legacyCurrentColumn(["2012年度", "历年累计"])).toBe(0);
    expect(legacyCurrentColumn(["历年累计", "2014年度"])).toBe(1);
    expect(legacyCurrentColumn(["2014年", "2015年"])).toBe(1);
    expect(legacyCurrentColumn(["上年度", "本年度"])).toBe(1);
    expect(legacyCurrentColumn(["本年", "上年", "累计"])).toBe(0);
    expect(legacyCurrentColumn(["年末统计"])).toBe(0);
    expect(legacyCurrentColumn(["历年累计"])).toBe(-1);
  });

  it("imports nothing", () => {
    const source = readFileSync(join(__dirname, "legacy.ts"), "utf8");
    expect(source).not.toMatch(/^import /m);
  });
});
