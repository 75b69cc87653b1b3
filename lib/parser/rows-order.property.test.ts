/**
 * Property over the held-out probes (fixtures/probes/heldout/, mw/, modern3/): §三's （七）总计 row moved to
 * where some reports print it, first among the 办理结果 rows (right after 三、本年度办理结果, or right before
 * （一）予以公开 when that heading is not printed). Every figure the page read exactly still reads exactly, and no
 * figure is ever wrong without a finding naming it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { probePages } from "@/test/helpers/probe-pages";
import { parseText } from "./index";

const PAGES = ["heldout", "mw", "modern3"].flatMap(probePages);

/** The 总计 row with its cells (up to the next label's characters, 件 in cells kept), printed once on the page. */
const TOTAL_ROW = /[（(]七[）)](?:总计|合计)(?:[^\u4e00-\u9fff（(]|件)*/g;
const FIRST_RESULT = [/三、\s*本年度办理结果/, /[（(]一[）)]\s*予以公开/];

/** The page with its 总计 row moved before the first result row, or null where the page has no single one. */
function totalFirst(text: string, where: number): string | null {
  const rows = [...text.matchAll(TOTAL_ROW)];
  if (rows.length !== 1 || rows[0].index === undefined) return null;
  const row = rows[0][0];
  const without = text.slice(0, rows[0].index) + text.slice(rows[0].index + row.length);
  const anchor = FIRST_RESULT[where].exec(without);
  if (!anchor || anchor.index > rows[0].index) return null;
  const at = where === 0 ? anchor.index + anchor[0].length : anchor.index;
  return without.slice(0, at) + row + without.slice(at);
}

describe("held-out probes with （七）总计 printed before the result rows", () => {
  it("moves the row on most pages (the property is not vacuous)", () => {
    const moved = PAGES.filter((p) => totalFirst(p.text, 0) !== null);
    expect(moved.length).toBeGreaterThan(PAGES.length / 2);
  });

  it("read every figure they read before, and nothing wrong without a finding", () => {
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.nat(1), (p, where) => {
        const page = PAGES[p];
        const text = totalFirst(page.text, where);
        if (text === null) return;
        const read = parseText(text).value;
        expect(read, page.file).not.toBeNull();
        const named = new Set(read?.findings.flatMap((f) => f.keys));
        const off = Object.keys(page.values).filter((k) => read?.values[k] !== page.values[k]);
        // Wrong without a finding naming it, or lost though the page as written read it exactly.
        const silent = off.filter((k) => read?.values[k] !== undefined && !named.has(k));
        const lost = off.filter((k) => page.read[k] === page.values[k]);
        expect({ file: page.file, where, silent, lost }).toEqual({ file: page.file, where, silent: [], lost: [] });
      }),
      { numRuns: 120 },
    );
  });
});
