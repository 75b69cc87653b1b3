import { describe, expect, it } from "vitest";
import { scanCells, type CellToken } from "./cells";
import { fitCells } from "./fit-cells";
import { placeWholeRuns, splitGlued, sumCheck } from "./glued-split";

const rowTotal = (c: number[]): boolean => c[6] === c[0] + c[1] + c[2] + c[3] + c[4] + c[5];
const scan = (s: string): CellToken[] => scanCells(s, 0, s.length);
const values = (s: string, n = 7, check: ((c: number[]) => boolean) | null = rowTotal) =>
  fitCells(scan(s), n, check ?? undefined).cells?.map((c) => c.value) ?? null;

describe("scanCells", () => {
  it("reads numbers, blank markers and empty bordered cells", () => {
    const kinds = scan(" | 46 | - | 无 | | 1,234 | -3 |").map((t) => (t.kind === "num" ? t.value : t.kind));
    expect(kinds).toEqual([46, "blank", "blank", "empty", 1234, "blank", 3]);
    const tabs = scan("\t0\t\t5").map((t) => (t.kind === "num" ? t.value : t.kind));
    expect(tabs).toEqual([0, "empty", 5]);
  });

  it("reads a figure the same when the segment ends right after it and the text goes on (rev14)", () => {
    // The next label's number touches the figure ("1,2342.其他"): only the segment's own characters count.
    const nums = (s: string, from: number, to: number) =>
      scanCells(s, from, to).flatMap((t) => (t.kind === "num" ? [t.value] : []));
    expect(nums("总计 1,2342.其他", 3, 8)).toEqual([1234]);
    expect(nums("总计 3 1,2345|6", 3, 10)).toEqual([3, 1234]);
    expect(nums("总计 3 1,2345|6", 3, 11)).toEqual([3, 1, 2345]);
  });

  it("skips an article's page links printed inside a row (上一页 1 2 下一页 共2页)", () => {
    expect(values("0000000 上一页 1 2 下一页 共2页 ")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(values("2 1 0 0 0 0 3 首页 上一页 1 2 3 下一页 尾页")).toEqual([2, 1, 0, 0, 0, 0, 3]);
    // Figures after words that are not page links stay cells.
    expect(scan("上一年 1 2").filter((t) => t.kind === "num")).toHaveLength(2);
  });

  it("reads negative numbers only where the template has them (§二 本年增/减)", () => {
    const s = "| 120 | -3 | 4512 |";
    expect(scanCells(s, 0, s.length, { negative: true }).map((t) => t.kind === "num" && t.value)).toEqual([
      120, -3, 4512,
    ]);
  });

  it("reads blank markers glued to digits in a flattened row", () => {
    expect(values("-00000-")).toEqual([null, 0, 0, 0, 0, 0, null]);
    expect(values("00000-0")).toEqual([0, 0, 0, 0, 0, null, 0]);
    expect(values("00-000-")).toEqual([0, 0, null, 0, 0, 0, null]);
    // Two glued blanks look like one double dash.
    expect(values("000--00")).toEqual([0, 0, 0, null, null, 0, 0]);
  });

  it("reads a zero typed as 〇, ○ or 零 alone in its cell as a blank marker, not inside words or dates", () => {
    expect(values("4 1 〇 〇 ○ 零 5")).toEqual([4, 1, null, null, null, null, 5]);
    expect(scan("二〇二二年 〇件 零星").map((t) => t.kind)).toEqual([]);
  });

  it("does not take the year a next label starts with for a cell (…3000003四、结转2023|年度继续办理)", () => {
    const s = "3000003四、结转2023年度继续办理";
    expect(scanCells(s, 0, s.indexOf("年度")).map((t) => "raw" in t && t.raw)).toEqual(["3000003"]);
  });

  it("reads digits spread a space apart over a cell's width (Word's distributed alignment) by the row's sum", () => {
    expect(values("1 2 3 0 0 0 0 1 5")).toEqual([12, 3, 0, 0, 0, 0, 15]);
    // Every row of counts up to 99 spread this way: its own reading is among those the sum allows, never another.
    let seed = 7;
    const rand = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % k;
    };
    for (let i = 0; i < 300; i++) {
      const parts = Array.from({ length: 6 }, () => (rand(3) === 0 ? rand(99) : rand(3)));
      const row = [...parts, parts.reduce((a, b) => a + b, 0)];
      const spread = Array.from(row.join("")).join(" ");
      if (spread.length <= 13) continue;
      const fit = fitCells(scan(spread), 7, rowTotal);
      const readings = (fit.alternatives ?? (fit.cells ? [fit.cells] : [])).map((r) => r.map((c) => c.value));
      if (readings.length === 1) expect(readings[0], spread).toEqual(row);
      else expect(fit.problem, spread).toBeDefined();
    }
  });

  it("reads a 备注 column's 无 glued after the last figure as a remark, a 无 standing apart as a blank", () => {
    expect(scan("0000000无").map((t) => t.kind)).toEqual(["num"]);
    expect(scan("0 0 0 无 0 0 0").map((t) => t.kind)).toEqual(["num", "num", "num", "blank", "num", "num", "num"]);
  });

  it("reads figures parted by a unit or an enumeration mark (6件2件0件…, 11、2、0…), not a count in a sentence", () => {
    expect(values("6件2件0件0件0件0件8件")).toEqual([6, 2, 0, 0, 0, 0, 8]);
    expect(values("11、2、0、0、0、0、13")).toEqual([11, 2, 0, 0, 0, 0, 13]);
    expect(scan("全年共2件、其中公开1件。").map((t) => t.kind)).toEqual([]);
  });

  it("skips words, item numbers and numbers inside prose", () => {
    expect(scan("形,不计其他情形) 447 2.重复 共2件 增/减").map((t) => t.kind === "num" && t.value)).toEqual([447]);
  });

  it("treats a single space as weak and a border or two spaces as strong", () => {
    expect(scan("1 234  5|6").map((t) => t.sep)).toEqual(["strong", "weak", "strong", "strong"]);
  });
});

describe("fitCells", () => {
  it("reads one cell per line with trailing borders", () => {
    expect(values("\n1 |\n0 |\n0 |\n0 |\n0 |\n0 |\n1 |\n||\n")).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it("merges a stray space inside a number using the row total", () => {
    expect(values("6 302 | 685 | 0 | 0 | 0 | 0 | 6 987")).toEqual([6302, 685, 0, 0, 0, 0, 6987]);
  });

  it("reads an empty bordered cell by position", () => {
    expect(values(" | 46 | | 0 | 0 | 0 | 0 | 46 | ||")).toEqual([46, null, 0, 0, 0, 0, 46]);
  });

  it("splits glued digits by the row total", () => {
    expect(values("465000051")).toEqual([46, 5, 0, 0, 0, 0, 51]);
    expect(fitCells(scan("465000051"), 7, rowTotal).problem).toBeUndefined();
  });

  it("splits a glued row whose total decides", () => {
    expect(values("640020470")).toEqual([64, 0, 0, 2, 0, 4, 70]);
  });

  it("warns when a glued split is ambiguous and picks deterministically", () => {
    // 22|0|24|0|0|0|46 and 2|20|24|0|0|0|46 both add up.
    const fit = fitCells(scan("2202400046"), 7, rowTotal);
    expect(fit.problem?.severity).toBe("warning");
    expect(fit.problem?.message).toMatch(/^ambiguous split/);
    expect(fitCells(scan("2202400046"), 7, rowTotal).cells).toEqual(fit.cells);
    const cells = fit.cells!.map((c) => c.value as number);
    expect(rowTotal(cells)).toBe(true);
    expect(cells.join("")).toBe("2202400046");
  });

  it("keeps a glued row's printed total when one digit per cell is the only reading", () => {
    expect(values("1000004")).toEqual([1, 0, 0, 0, 0, 0, 4]);
    expect(values("130000023")).toBeNull();
  });

  it("reads a missing last cell as blank, with a warning", () => {
    const fit = fitCells(scan("(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0"), 7, rowTotal);
    expect(fit.cells?.map((c) => c.value)).toEqual([0, 0, 0, 0, 0, 0, null]);
    expect(fit.problem?.severity).toBe("warning");
  });

  it("gives an error and no cells when nothing fits", () => {
    const fit = fitCells(scan("12345"), 7, rowTotal);
    expect(fit.cells).toBeNull();
    expect(fit.problem?.severity).toBe("error");
  });

  it("splits a forced run without a constraint but refuses a guess", () => {
    expect(values("000", 3, null)).toEqual([0, 0, 0]);
    expect(values("1954148", 3, null)).toBeNull();
  });

  it("reads digits a space apart inside one bordered cell as one number", () => {
    const fit = fitCells(scan("一、本年新收 | 4 6 | 5 | 0 | 0 | 0 | 0 | 5 1 | ||"), 7, rowTotal);
    expect(fit.cells?.map((c) => c.value)).toEqual([46, 5, 0, 0, 0, 0, 51]);
    expect(fit.problem).toBeUndefined();
    // The borders decide even when the printed total is wrong (the validator reports that).
    expect(values(" | 4 6 | 5 | 0 | 0 | 0 | 0 | 5 0 |")).toEqual([46, 5, 0, 0, 0, 0, 50]);
  });

  it("reads a negative count in a bordered cell as one unreadable cell, without shifting the row", () => {
    const fit = fitCells(scan(" | 46 | -5 | 0 | 0 | 0 | 0 | 51 | ||"), 7, rowTotal);
    expect(fit.cells?.map((c) => c.value)).toEqual([46, null, 0, 0, 0, 0, 51]);
    expect(fit.problem).toEqual({ severity: "warning", message: 'unreadable cell "-5" read as blank' });
    // In §二's 增/减 columns it is a number.
    const s = "| 120 | -3 | 4512 |";
    expect(fitCells(scanCells(s, 0, s.length, { negative: true }), 3).cells?.map((c) => c.value)).toEqual([
      120, -3, 4512,
    ]);
  });

  it("reads a figure with a footnote's stars as the cell where a note below starts with the same stars", () => {
    const kinds = (s: string) => scan(s).map((t) => (t.kind === "num" ? t.value : t.kind));
    expect(kinds("6 0 1 0 7* 注：*其中1件为撤回申请。")).toEqual([6, 0, 1, 0, 7]);
    expect(kinds("| 12 | 3** | 0 |\n说明：一是……。**另有2件转办。")).toEqual([12, 3, 0]);
    // No note with those stars, or stars that are not the note's: unreadable, as before.
    expect(kinds("6 0 1 0 7* 0 0")).toEqual([6, 0, 1, 0, "bad", 0, 0]);
    expect(kinds("4 2** 1 注：*见附件")).toEqual([4, "bad", 1]);
    expect(kinds("5*3 注：*说明")).toEqual(["bad"]);
  });

  it("reads a lone letter among a row's cells as an unreadable cell, not as nothing", () => {
    const kinds = (s: string) => scan(s).map((t) => (t.kind === "num" ? t.value : t.kind));
    expect(kinds("l 0 0 0 0 0 l")).toEqual(["bad", 0, 0, 0, 0, 0, "bad"]);
    expect(kinds("| 2 | ? | 0 |")).toEqual([2, "bad", 0]);
    // Words, and letters glued to a marker or to words, are no cells.
    expect(kinds("N/A 3 见 abc 1")).toEqual([3, 1]);
    // Thirteen zeros and two cells that cannot be read: those two stay blank, not zeros.
    expect(values("l 0 0 0 l 0 0 0 0 0 0 0 0 0 0", 15, null)).toEqual([null, 0, 0, 0, null, ...Array(10).fill(0)]);
  });

  it("does not read a row one piece short as a dropped last cell where a piece has a leading zero", () => {
    // Each "00" is two cells (a count has no leading zero): eight digits for seven cells, nothing read.
    expect(values("1 00 00 0 0 1")).toBeNull();
  });

  it("reports a number glued to junk as an unreadable cell and reads it as blank", () => {
    const fit = fitCells(scan(" | 46 | 5x | 0 | 0 | 0 | 0 | 51 |"), 7, rowTotal);
    expect(fit.cells?.map((c) => c.value)).toEqual([46, null, 0, 0, 0, 0, 51]);
    expect(fit.problem?.message).toBe('unreadable cell "5x" read as blank');
    expect(scan("| x5 | 5件 |").map((t) => (t.kind === "num" ? t.value : t.kind))).toEqual(["bad", 5]);
  });

  it("reads a count printed as a percentage (a spreadsheet's % format: 3 shown as 300.00%) as unreadable", () => {
    const kinds = (s: string) => scan(s).map((t) => (t.kind === "num" ? t.value : t.kind));
    expect(kinds(" 500.00% 0.00% 0.00% 0.00% 0.00% 0.00% 500.00%")).toEqual(Array(7).fill("bad"));
    expect(kinds("| 12％ | 0％ | 12 |")).toEqual(["bad", "bad", 12]);
    const fit = fitCells(scan(" 7 0 0 0 0 0 700%"), 7, rowTotal);
    expect(fit.cells?.map((c) => c.value)).toEqual([7, 0, 0, 0, 0, 0, null]);
    expect(fit.problem?.message).toBe('unreadable cell "700%" read as blank');
  });

  it("reads the first cells and warns when there are too many", () => {
    const fit = fitCells(scan("1 2 3 4"), 3);
    expect(fit.cells?.map((c) => c.value)).toEqual([1, 2, 3]);
    expect(fit.problem?.severity).toBe("warning");
  });
});

describe("splitGlued", () => {
  it("respects printed borders between runs", () => {
    expect(splitGlued(["46", "5", "0000", "51"], 7, rowTotal)?.cells).toEqual([46, 5, 0, 0, 0, 0, 51]);
  });

  it("gives up on runs that are too long instead of searching forever", () => {
    expect(splitGlued(["9".repeat(80)], 7, rowTotal)).toBeNull();
  });
});

describe("short flattened rows", () => {
  it("places the missing cells of a row whose empty cells left nothing behind", () => {
    const fit = fitCells(scan("3 3"), 7, rowTotal);
    const readings = fit.alternatives!.map((r) => r.map((c) => c.value));
    expect(readings).toHaveLength(6);
    for (const r of readings) expect(r[6]).toBe(3);
    expect(fit.inferred).toBe(true);
  });

  it("does not place gaps in a row that prints its blanks", () => {
    expect(values("000--00")).toEqual([0, 0, 0, null, null, 0, 0]);
  });

  it("leaves a glued run that reads too many ways unread", () => {
    expect(splitGlued(["1".repeat(30)], 7, () => true)?.incomplete).toBe(true);
  });
});

describe("splitGlued guided by the row's sums", () => {
  const r2 = sumCheck([{ parts: [0, 1, 2, 3, 4, 5], total: 6 }]);

  it("reads a long run of large cells that an unguided search gave up on", () => {
    // Nineteen digits, cells of up to four: only the total being the sum of the six before it prunes enough.
    const got = splitGlued(["2168131151944402417"], 7, r2);
    expect(got?.incomplete).toBe(false);
    for (const r of got!.all) expect(r2(r.map((v) => v ?? 0))).toBe(true);
    expect(got!.all.map((r) => r.join("")).every((s) => s === "2168131151944402417")).toBe(true);
  });

  it("finds the same readings as the unguided check", () => {
    const plain = (c: number[]): boolean => c[6] === c[0] + c[1] + c[2] + c[3] + c[4] + c[5];
    for (const run of ["2202400046", "465000051", "291000030", "12630102132"]) {
      expect(splitGlued([run], 7, r2)?.all).toEqual(splitGlued([run], 7, plain)?.all);
    }
  });
});

describe("placeWholeRuns: spaced rows whose zeros were printed as empty cells", () => {
  const r2 = sumCheck([{ parts: [0, 1, 2, 3, 4, 5], total: 6 }]);
  const review = sumCheck([0, 5, 10].map((g) => ({ parts: [g, g + 1, g + 2, g + 3], total: g + 4 })));

  it("keeps every printed number whole and places the empty cells where the sums allow", () => {
    const got = placeWholeRuns(["59", "1", "85", "145"], 7, r2);
    expect(got?.all).toHaveLength(20);
    for (const r of got!.all) {
      expect(r.filter((v) => v !== null)).toEqual([59, 1, 85, 145]);
      expect(r[6]).toBe(145);
    }
  });

  it("refuses runs that cannot be one cell, and rows with nothing to place", () => {
    expect(placeWholeRuns(["2", "0", "00002"], 7, r2)).toBeNull();
    expect(placeWholeRuns(["2600000", "26"], 7, r2)).toBeNull();
    expect(placeWholeRuns(["1", "1", "1", "1", "1", "1", "6"], 7, r2)).toBeNull();
    expect(placeWholeRuns(["5"], 7, r2)).toBeNull();
  });

  it("gives §四's fifteen cells readings in which every group adds up, never one digit per cell", () => {
    const got = placeWholeRuns(["10", "10", "2", "6", "8", "14", "13", "12", "39"], 15, review);
    expect(got?.all.length).toBeGreaterThan(1);
    for (const r of got!.all) expect(review(r.map((v) => v ?? 0))).toBe(true);
    // Fifteen digits for fifteen cells: read one per cell, its sums contradict it, and it says so.
    const fit = fitCells(scan("10 10 2 6 8 14 13 12 39"), 15, review);
    expect(fit.cells?.map((c) => c.value).join("")).not.toBe("101026814131239");
  });
});

describe("blank markers repeated for several cells", () => {
  it("reads a run of one marker as one blank per character, glued to digits or to words", () => {
    expect(values("1/////1")).toEqual([1, null, null, null, null, null, 1]);
    expect(values("92////11")).toEqual([9, 2, null, null, null, null, 11]);
    expect(values("3-----3")).toEqual([3, null, null, null, null, null, 3]);
    expect(values("///////")).toEqual([null, null, null, null, null, null, null]);
    // A number between slashes is a cell, not a number inside words.
    expect(values("12//1//13")).toEqual([12, null, null, 1, null, null, 13]);
    const kinds = scan("///行政").map((t) => t.kind);
    expect(kinds).toEqual(["blank"]);
  });

  it(
    "names the row when the only reading of its digits contradicts its total (the checks skip rows with " + "blanks)",
    () => {
      const fit = fitCells(scan("12//1/6"), 7, rowTotal);
      expect(fit.cells?.map((c) => c.value)).toEqual([1, 2, null, null, 1, null, 6]);
      expect(fit.problem?.message).toMatch(/contradicts/);
    },
  );
});

describe("fitCells: a number the crawler broke over two lines", () => {
  it("joins the figures at a line break where only that join makes the row's sum hold", () => {
    expect(values(" 20\n7 14 0 1 0 2 224")).toEqual([207, 14, 0, 1, 0, 2, 224]);
    const fit = fitCells(scan(" 4 0 0 0 0 1\n5 19"), 7, rowTotal);
    expect(fit.cells?.map((c) => c.value)).toEqual([4, 0, 0, 0, 0, 15, 19]);
    expect(fit.problem?.severity).toBe("warning");
  });

  it("reads the row blank, with an error, where no join (or more than one) makes the sum hold", () => {
    const none = fitCells(scan(" 4\n0 0 0 0 0 1 6"), 7, rowTotal);
    expect(none.cells).toBeNull();
    expect(none.problem?.severity).toBe("error");
    // 1|10 and 11|0 both hold: which is the cell is not known.
    expect(fitCells(scan(" 1\n1\n0 0 0 0 0 11"), 7, rowTotal).cells).toBeNull();
    // A line break after a word, not a digit, wraps no number: the row reads as before.
    expect(values(" 2 0 0 0 0 0 2 \n人")).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });
});

describe("fitCells: what a row it cannot read prints, in the finding", () => {
  it("says a row of no sum printed its cells glued together, quoting them, not that one cell was read", () => {
    const fit = fitCells(scan(" 4127 "), 3);
    expect(fit.cells).toBeNull();
    expect(fit.problem?.message).toContain('the row printed "4127" for its 3 cells, glued together or with cells');
    expect(fit.problem?.message).not.toContain("1 of 3");
  });

  it("quotes the cells where a row printed fewer than the template's", () => {
    expect(fitCells(scan(" 86 "), 3).problem?.message).toBe('1 of 3 cells could be read ("86")');
    expect(fitCells(scan("许可145 312其他"), 3).problem?.message).toContain('2 of 3 cells printed ("145 312")');
  });

  it("quotes cells the page printed touching as touching, and a label between two cells as an ellipsis", () => {
    // A signed 本年增/减 cell the reader joined to its sign, touching the cell before it, as printed.
    const num = (raw: string, pos: number): CellToken =>
      ({
        kind: "num",
        value: Number(raw),
        raw,
        pos,
        sep: "weak",
        cell: 0,
      }) as CellToken;
    const touching = fitCells([num("28", 4), num("-3412", 6)], 3).problem?.message ?? "";
    expect(touching).toContain('2 of 3 cells printed ("28-3412")');
    const text = "规章000规范性文件121212第";
    const across = fitCells(scanCells(text, 2, text.length - 1), 3).problem?.message ?? "";
    expect(across).toContain('printed "000 … 121212" for its 3 cells');
  });
});
