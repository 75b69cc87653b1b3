import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";
import { extractTemplateTables } from "./template-tables";

const FIXTURE = join(__dirname, "../../fixtures/regressions/flat-review-zeros-empty-2023.txt");
const GROUPS = ["review", "litigation_direct", "litigation_after_review"];
const RESULTS = ["upheld", "corrected", "other", "pending", "total"];

describe("§四 printed with its zeros as empty cells, spaces collapsed", () => {
  const text = readFileSync(FIXTURE, "utf8");

  it("reads what every placement agrees on (each group's total) and names every cell", () => {
    const report = parseText(text).value!;
    expect(GROUPS.map((g) => report.values[`${g}.total`])).toEqual([10, 8, 39]);
    // Two parts in four cells (or three): where they stand is not printed, so those cells stay blank.
    expect(report.values["review.upheld"]).toBeUndefined();
    const named = new Set(report.findings.filter((f) => f.rule === "P2").flatMap((f) => f.keys));
    for (const g of GROUPS) for (const r of RESULTS) expect(named.has(`${g}.${r}`)).toBe(true);
  });

  it("reads all of a group that prints its four parts; which group printed nothing is not printed", () => {
    const full = parseText(text.replace("10 10 2 6 8 14 13 12 39", "1 2 3 4 10 5 5 14 13 12 39")).value!;
    expect(RESULTS.map((r) => full.values[`review.${r}`])).toEqual([1, 2, 3, 4, 10]);
    expect(full.values["litigation_direct.total"]).toBe(5);
    // Two groups printed: either could be the one that printed nothing, so nothing is read.
    const two = parseText(text.replace("10 10 2 6 8 14 13 12 39", "1 2 3 4 10 14 13 12 39")).value!;
    for (const g of GROUPS) for (const r of RESULTS) expect(two.values[`${g}.${r}`]).toBeUndefined();
  });
});

describe("§四 in a page's own layout", () => {
  const HEADER = `行政复议 行政诉讼 ${"结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3)}`;
  const section = (body: string, after = " 五、存在的主要问题及改进情况 无。") =>
    extractTemplateTables(`四、政府信息公开行政复议、行政诉讼情况 ${body}${after}`, "2021").value.values;
  const review = (v: Record<string, number>) => GROUPS.flatMap((g) => RESULTS.map((r) => v[`${g}.${r}`]));
  const WANT = [2, 1, 0, 1, 4, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1];

  it("leaves out a 合计 column printed after the three groups, spaced or glued", () => {
    // 2 1 0 1 4 | 0 0 1 0 1 | 1 0 0 0 1 and 合计 6: glued, sixteen digits read as sixteen cells by the sums.
    for (const join of [" ", ""]) {
      const v = section(`${HEADER}合 计 ${[...WANT, 6].join(join)}`);
      expect(review(v), join).toEqual(WANT);
    }
    // A 合计 of 16 glued: "...0 0 0 1 16" has no other reading once the 合计 must add up.
    const big = [3, 1, 0, 1, 5, 0, 0, 1, 0, 1, 9, 0, 0, 1, 10];
    expect(review(section(`${HEADER}合计 ${[...big, 16].join("")}`))).toEqual(big);
  });

  it("skips a caption's table number between the heading and the header", () => {
    const body = `表4 政府信息公开行政复议、行政诉讼情况（单位：件） ${HEADER}${WANT.join("")}`;
    expect(review(section(body))).toEqual(WANT);
  });

  it("reads figures typed after their own result words (结果维持2件，…)", () => {
    const group = (name: string, g: number) =>
      `${name}：${["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((w, i) => `${w}${WANT[g * 5 + i]}件`).join("，")}；`;
    const body = group("行政复议", 0) + group("行政诉讼（未经复议直接起诉）", 1) + group("行政诉讼（复议后起诉）", 2);
    expect(review(section(body))).toEqual(WANT);
  });

  it("reads a header that puts each group's 总计 first, spaced or glued", () => {
    const header = `行政复议 行政诉讼 ${"总计 结果维持 结果纠正 其他结果 尚未审结 ".repeat(3)}`;
    const printed = [0, 1, 2].flatMap((g) => [WANT[g * 5 + 4], ...WANT.slice(g * 5, g * 5 + 4)]);
    expect(review(section(header + printed.join(" ")))).toEqual(WANT);
    expect(review(section(header + printed.join("")))).toEqual(WANT);
  });

  it("reads five cells with a 0 among them that add up as one group as 行政复议, the litigation cells blank", () => {
    const { value, issues } = extractTemplateTables(
      `四、政府信息公开行政复议、行政诉讼情况 ${HEADER}0 1 0 0 1 五、存在的主要问题及改进情况 无。`,
      "2021",
    );
    expect(review(value.values)).toEqual([0, 1, 0, 0, 1, ...Array(10).fill(undefined)]);
    const named = new Set(issues.flatMap((f) => f.keys));
    for (const r of RESULTS) expect(named.has(`review.${r}`), r).toBe(true);
    // Five that do not add up, or all zeros, are not read as one group.
    expect(section(`${HEADER}1 1 0 0 1`)["review.total"]).toBeUndefined();
    const zeros = extractTemplateTables(`四、政府信息公开行政复议、行政诉讼情况 ${HEADER}0 0 0 0 0`, "2021").issues;
    expect(zeros.some((f) => f.message.includes("as one group"))).toBe(false);
  });

  it("reads the groups in the order the header prints them", () => {
    const fields = "结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3);
    const groups = (g: number[]) => g.flatMap((k) => WANT.slice(k * 5, k * 5 + 5));
    const swapped = `行政复议 行政诉讼 复议后起诉 未经复议直接起诉 ${fields}`;
    expect(review(section(swapped + groups([0, 2, 1]).join(" ")))).toEqual(WANT);
    const reviewLast = `行政诉讼 行政复议 未经复议直接起诉 复议后起诉 ${fields}`;
    expect(review(section(reviewLast + groups([1, 2, 0]).join("")))).toEqual(WANT);
    const reviewBetween = `行政诉讼 行政复议 行政诉讼 复议后起诉 未经复议直接起诉 ${fields}`;
    expect(review(section(reviewBetween + groups([2, 0, 1]).join(" ")))).toEqual(WANT);
    // The suit groups under short sub-headings.
    for (const [a, d] of [
      ["复议后起诉", "直接起诉"],
      ["经复议后起诉", "未经复议起诉"],
      ["复议后", "未经复议"],
    ]) {
      const short = `行政复议 行政诉讼 ${a} ${d} ${fields}`;
      expect(review(section(short + groups([0, 2, 1]).join(" "))), short).toEqual(WANT);
      const inOrder = `行政复议 行政诉讼 ${d} ${a} ${fields}`;
      expect(review(section(inOrder + WANT.join(" "))), inOrder).toEqual(WANT);
    }
  });

  it("reads groups and result words both out of the template's order, flat, once, or as labelled rows", () => {
    const groups = (g: number[]) => g.map((k) => WANT.slice(k * 5, k * 5 + 5));
    // Results printed as 其他 总计 纠正 未审结 维持: each printed group's cells in that order.
    const perm = [2, 4, 1, 3, 0];
    const permute = (cells: number[][]) => cells.flatMap((c) => perm.map((f) => c[f]));
    const long = perm.map((f) => ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"][f]).join(" ");
    const short = perm.map((f) => ["维持", "纠正", "其他", "未审结", "合计"][f]).join(" ");
    const suitsFirst = `行政诉讼 行政复议 复议后起诉 直接起诉 ${`${long} `.repeat(3)}`;
    expect(review(section(suitsFirst + permute(groups([2, 1, 0])).join(" ")))).toEqual(WANT);
    const once = `行政复议 行政诉讼 复议后起诉 未经复议直接起诉 ${short} `;
    expect(review(section(once + permute(groups([0, 2, 1])).join("\n")))).toEqual(WANT);
    // Rows labelled by their group under one header of result words.
    const names = ["行政复议", "未经复议直接起诉", "复议后起诉"];
    const rows = [1, 0, 2].map((g) => `${names[g]} ${permute(groups([g])).join(" ")}`).join(" ");
    expect(review(section(`${short} ${rows}`))).toEqual(WANT);
    // Suits first with no sub-heading to tell their order, results reordered: blank, named.
    const unread = section(`行政诉讼 行政复议 ${`${short} `.repeat(3)}${permute(groups([1, 2, 0])).join(" ")}`);
    expect(review(unread)).toEqual(Array(15).fill(undefined));
  });

  it("reads §四 printed transposed: the groups as columns, each result a row, both in any order", () => {
    // WANT by group (review, direct, after review) and result (upheld … total).
    const cell = (g: number, f: number) => WANT[g * 5 + f];
    const words = [
      ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
      ["维持", "纠正", "其他", "未审结", "合计"],
    ];
    const groupWords = ["行政复议", "未经复议直接起诉", "复议后起诉"];
    for (const groups of [
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ])
      for (const fields of [
        [0, 1, 2, 3, 4],
        [4, 1, 0, 3, 2],
      ])
        for (const w of words) {
          const head = `项目 ${groups.map((g) => groupWords[g]).join(" ")} `;
          const rows = fields.map((f) => `${w[f]} ${groups.map((g) => cell(g, f)).join(" ")}`).join(" ");
          expect(review(section(head + rows)), head + rows).toEqual(WANT);
        }
  });

  it("reads results under other sites' words (撤销, 驳回, 在审, 撤回, 未结案 …) in their printed order", () => {
    const perm = [3, 0, 1, 4, 2];
    const printed = [0, 1, 2].flatMap((g) => perm.map((f) => WANT[g * 5 + f]));
    const words = (w: string[]) => `${perm.map((f) => w[f]).join(" ")} `.repeat(3);
    for (const w of [
      ["驳回", "撤销", "撤回", "在审", "总数"],
      ["维持原行政行为", "确认违法或撤销", "终止", "未结案", "合计"],
      ["维持", "变更或撤销", "其他", "尚在审理", "小计"],
    ]) {
      const header = `行政复议 行政诉讼 未经复议直接起诉 复议后起诉 ${words(w)}`;
      expect(review(section(header + printed.join(" "))), w.join(" ")).toEqual(WANT);
    }
  });

  it("names the cells under a bare 驳回 column: 驳回诉讼请求 is 维持, 驳回起诉 is 其他, and the page says neither", () => {
    const named = (body: string) => {
      const { value, issues } = extractTemplateTables(
        `四、政府信息公开行政复议、行政诉讼情况 ${body} 五、存在的主要问题及改进情况 无。`,
        "2021",
      );
      const keys = issues.filter((f) => f.message.includes("驳回")).flatMap((f) => f.keys);
      return { values: review(value.values), keys: keys.sort() };
    };
    const top = "行政复议 行政诉讼 未经复议直接起诉 复议后起诉 ";
    // Read in the 维持 column, named where a group's 驳回 cell is not 0 (WANT: review 2, after review 1), with the
    // suits' sums.
    const suits = ["litigation.other", "litigation.upheld"];
    const want = [...suits, "litigation_after_review.other", "litigation_after_review.upheld"];
    want.push("review.other", "review.upheld");
    const bare = named(`${top}${"驳回 纠正 其他 未审结 合计 ".repeat(3)}${WANT.join(" ")}`);
    expect(bare).toEqual({ values: WANT, keys: want });
    const perm = [3, 0, 1, 4, 2];
    const printed = [0, 1, 2].flatMap((g) => perm.map((f) => WANT[g * 5 + f]));
    const words = ["驳 回", "撤销", "撤回", "在审", "总数"];
    const moved = named(`${top}${`${perm.map((f) => words[f]).join(" ")} `.repeat(3)}${printed.join(" ")}`);
    expect(moved).toEqual({ values: WANT, keys: want });
    const other = [0, 1, 0, 1, 2, 3, 0, 0, 0, 3, 0, 0, 1, 0, 1];
    const third = named(`${top}${"驳回 撤销 其他 审理中 小计 ".repeat(3)}${other.join(" ")}`);
    expect(third).toEqual({ values: other, keys: [...suits, "litigation_direct.other", "litigation_direct.upheld"] });
    // 驳回 cells all 0, or the column printed as 维持 and 驳回 together: nothing to name.
    const zero = [0, 1, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1];
    expect(named(`${top}${"驳回 纠正 其他 未审结 合计 ".repeat(3)}${zero.join(" ")}`).keys).toEqual([]);
    expect(named(`${top}${"维持或驳回 纠正 其他 未审结 合计 ".repeat(3)}${WANT.join(" ")}`)).toEqual({
      values: WANT,
      keys: [],
    });
  });

  it("reads the order of a header in short words (维持 纠正 … 合计, 直接起诉 / 经复议后起诉), or leaves it blank", () => {
    const groups = (g: number[]) => g.flatMap((k) => WANT.slice(k * 5, k * 5 + 5));
    const short = "维持 纠正 其他 未审结 合计 ".repeat(3);
    // Suits first, then the review: the top row and the short sub-headings tell the order.
    const suitsFirst = `行政诉讼 行政复议 直接起诉 经复议后起诉 ${short}`;
    expect(review(section(suitsFirst + groups([1, 2, 0]).join(" ")))).toEqual(WANT);
    const swapped = `行政复议 行政诉讼 复议后 未经复议 ${"结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(3)}`;
    expect(review(section(swapped + groups([0, 2, 1]).join(" ")))).toEqual(WANT);
    // Result columns reordered under a site's own words.
    const perm = [1, 0, 2, 3, 4];
    const own = ["维持原决定", "依法纠错", "其他情形", "正在审理", "小计"];
    const header = `行政复议 行政诉讼 未经复议起诉 复议后起诉 ${`${perm.map((f) => own[f]).join(" ")} `.repeat(3)}`;
    const printed = [0, 1, 2].flatMap((g) => perm.map((f) => WANT[g * 5 + f]));
    expect(review(section(header + printed.join(" ")))).toEqual(WANT);
    // Words that give no order (纠正 twice), or suits first with no sub-heading: blank, named.
    const { value, issues } = extractTemplateTables(
      `四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 ${"纠正 纠正 其他 未审结 合计 ".repeat(3)}` +
        `${WANT.join(" ")} 五、存在的主要问题及改进情况 无。`,
      "2021",
    );
    expect(review(value.values)).toEqual(Array(15).fill(undefined));
    expect(issues.some((f) => f.rule === "P2" && f.keys.includes("review.total"))).toBe(true);
    const noSub = section(`行政诉讼 行政复议 ${short}${groups([1, 2, 0]).join(" ")}`);
    expect(review(noSub)).toEqual(Array(15).fill(undefined));
    // A sentence before the header naming the suits is no heading: the template's header is read as printed.
    const told = `本年度被提起行政诉讼1件（未经复议直接起诉），未发生行政复议。${HEADER}${WANT.join(" ")}`;
    expect(review(section(told))).toEqual(WANT);
    const FIELDS = "结果维持 结果纠正 其他结果 尚未审结 总计 ";
    // A note naming the laws before the header (…提出。（《行政诉讼法》第四十六条）】情况 行政复议 …): no heading either.
    const noted =
      `行政复议【释义：对行政行为不服的，可申请复议。（《行政复议法》第九条）】、行政诉讼【释义：可向法院起诉。` +
      `（依据行政诉讼法第四十六条）】情况 行政复议 行政诉讼 ${FIELDS}未经复议直接起诉 复议后起诉 ${FIELDS.repeat(2)}` +
      WANT.join(" ");
    expect(review(section(noted))).toEqual(WANT);
  });

  it("reads §四 split into a review table and a suits table whose header swaps the two suit groups", () => {
    const fields = "结果维持 结果纠正 其他结果 尚未审结 总计";
    const g = (k: number) => WANT.slice(k * 5, k * 5 + 5).join(" ");
    const split =
      `（一）行政复议 ${fields} ${g(0)} （二）行政诉讼 复议后起诉 未经复议直接起诉 ${fields} ${fields} ` +
      `${g(2)} ${g(1)}`;
    expect(review(section(split))).toEqual(WANT);
    expect(review(section(split.replace("未经复议直接起诉", "直接起诉")))).toEqual(WANT);
    // The suits table in the template's order: read as printed.
    const inOrder = `表1 行政复议 ${fields} ${g(0)} 表2 行政诉讼 未经复议直接起诉 复议后起诉 ${fields} ${fields} ${g(1)} ${g(2)}`;
    expect(review(section(inOrder))).toEqual(WANT);
  });

  it("reads a run of zeros one or two off fifteen as fifteen zeros, named", () => {
    const { value, issues } = extractTemplateTables(
      `四、政府信息公开行政复议、行政诉讼情况 ${HEADER}0 00 0 0 0 000 0 00 0 00 0 五、存在的主要问题及改进情况 无。`,
      "2021",
    );
    expect(review(value.values)).toEqual(Array(15).fill(0));
    expect(issues.some((f) => f.keys.includes("review.total") && f.message.includes("only zeros"))).toBe(true);
    // Far off fifteen: not taken for the table's zeros.
    expect(section(`${HEADER}0 0 0 0 0 0 0 0`)["review.upheld"]).toBeUndefined();
  });

  it("reads §四 reduced to its three 总计 cells; a group totalling 0 has 0 in every result", () => {
    const totals = (a: number, b: number, c: number) =>
      section(`行政复议总计 ${a} 行政诉讼（未经复议直接起诉）总计 ${b} 行政诉讼（复议后起诉）总计 ${c}`);
    expect(review(totals(0, 0, 0))).toEqual(Array(15).fill(0));
    const some = review(totals(2, 0, 1));
    expect(some).toEqual([...Array(4).fill(undefined), 2, 0, 0, 0, 0, 0, ...Array(4).fill(undefined), 1]);
    // Each figure right after its group's name, no 总计: the same; a sum over the unprinted results is not read.
    const bare = section("行政复议 0 行政诉讼 未经复议直接起诉 1 复议后起诉 0");
    expect(review(bare)).toEqual([0, 0, 0, 0, 0, ...Array(4).fill(undefined), 1, 0, 0, 0, 0, 0]);
    expect([bare["litigation.total"], bare["litigation.upheld"]]).toEqual([1, undefined]);
  });

  it("reads a run the next paragraph's year is glued to, its heading lost", () => {
    const values = section(`${HEADER}${WANT.join("")}`, "2023年，我局政府信息公开工作取得一定成效。");
    expect(review(values)).toEqual(WANT);
  });

  it("reads the first group of a run the excerpt cuts off, where its split is certain", () => {
    const cut = (run: string) =>
      extractTemplateTables(`四、政府信息公开行政复议、行政诉讼情况 ${HEADER}${run}\n`, "2021");
    const { value, issues } = cut("0100100");
    expect(review(value.values)).toEqual([0, 1, 0, 0, 1, ...Array(10).fill(undefined)]);
    expect(issues.some((f) => f.keys.includes("review.total") && f.message.includes("ends inside"))).toBe(true);
    // "1010" splits 1|0|1|0 short of a fifth cell, or leaves a total open: nothing is read.
    expect(review(cut("1010").value.values).every((v) => v === undefined)).toBe(true);
    // A run followed by the report's next part is not cut: its readings stay undecided.
    expect(section(`${HEADER}0100100`)["review.corrected"]).toBeUndefined();
  });

  it("reads a group struck out as five markers beside printed figures as 0, named; a lone marker stays blank", () => {
    const { value, issues } = extractTemplateTables(
      `四、政府信息公开行政复议、行政诉讼情况 ${HEADER}1 0 0 0 1 — — — — — 2 1 0 0 3 五、存在的主要问题及改进情况 无。`,
      "2021",
    );
    expect(review(value.values)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1, 0, 0, 3]);
    expect(issues.some((f) => f.keys.includes("litigation_direct.total") && f.message.includes("markers"))).toBe(true);
    const lone = section(`${HEADER}1 0 0 0 1 0 0 / 0 0 0 0 0 0 0`);
    expect(lone["litigation_direct.other"]).toBeUndefined();
  });

  it("reads a header without 尚未审结: each group's four cells, 尚未审结 0 where the totals add up, named", () => {
    const FOUR = `行政复议 行政诉讼 ${"结果维持 结果纠正 其他结果 总计 ".repeat(3)}`;
    const { value, issues } = extractTemplateTables(
      `四、政府信息公开行政复议、行政诉讼情况 ${FOUR}2 1 0 3 0 1 1 2 0 0 0 0 五、存在的主要问题及改进情况 无。`,
      "2021",
    );
    expect(review(value.values)).toEqual([2, 1, 0, 0, 3, 0, 1, 1, 0, 2, 0, 0, 0, 0, 0]);
    expect(issues.some((f) => f.keys.includes("review.pending") && f.message.includes("尚未审结"))).toBe(true);
    // Glued, split by the totals; a group whose total is more than its printed results leaves 尚未审结 blank.
    expect(review(section(`${FOUR}210301120000`))).toEqual([2, 1, 0, 0, 3, 0, 1, 1, 0, 2, 0, 0, 0, 0, 0]);
    const short = section(`${FOUR}2 1 0 4 0 1 1 2 0 0 0 0`);
    expect([short["review.total"], short["review.pending"], short["litigation_direct.pending"]]).toEqual([
      4,
      undefined,
      0,
    ]);
  });

  it("reads ten cells under 行政复议 and one 行政诉讼 group; suits totalling 0 make both suit groups 0", () => {
    const TWO = `行政复议 行政诉讼 ${"结果维持 结果纠正 其他结果 尚未审结 总计 ".repeat(2)}`;
    const { value, issues } = extractTemplateTables(
      `四、政府信息公开行政复议、行政诉讼情况 ${TWO}2 0 1 0 3 0 0 0 0 0 五、存在的主要问题及改进情况 无。`,
      "2021",
    );
    expect(review(value.values)).toEqual([2, 0, 1, 0, 3, ...Array(10).fill(0)]);
    expect(issues.some((f) => f.keys.includes("litigation_direct.total") && f.message.includes("not split"))).toBe(
      true,
    );
    const some = section(`${TWO}2 0 1 0 3 1 0 0 1 2`);
    expect([some["litigation.total"], some["litigation.pending"], some["litigation_direct.total"]]).toEqual([
      2,
      1,
      undefined,
    ]);
  });

  it("reads each group under a site's own short words (复议情况：维持 纠正 其他 未审结 合计)", () => {
    const own = (g: string) => `${g}：维持 纠正 其他 未审结 合计`;
    const body = `${own("复议情况")} 0 1 0 0 1 ${own("诉讼情况（直接起诉）")} 2 0 0 0 2 ${own("诉讼情况（复议后起诉）")} 0 0 0 0 0`;
    expect(review(section(body))).toEqual([0, 1, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
  });

  it("keeps the readings of a §四 run that give the narrative's count of reviews and their ends", () => {
    const run = `${HEADER}11400150000000000`;
    // 11|4|0|0|15 or 1|14|0|0|15: the run alone reads two ways.
    expect(section(run)["review.upheld"]).toBeUndefined();
    const told = (words: string) =>
      extractTemplateTables(
        `一、总体情况 ${words} 四、政府信息公开行政复议、行政诉讼情况 ${run} 五、存在的主要问题 无。`,
        "2021",
      ).value.values;
    const v = told("全年被申请行政复议15件，其中维持11件、纠正4件；未发生行政诉讼。");
    expect([v["review.upheld"], v["review.corrected"], v["review.total"]]).toEqual([11, 4, 15]);
    // The ends named with their subject: 其中复议维持11件、被纠正4件.
    const named = told("因政府信息公开被申请行政复议15件，其中复议维持11件、被纠正4件。");
    expect([named["review.upheld"], named["review.corrected"]]).toEqual([11, 4]);
    // Told twice, differently: not taken.
    const twice = told("行政复议15件，其中维持11件。另，行政复议15件，其中维持1件。");
    expect(twice["review.upheld"]).toBeUndefined();
  });

  it("reads a figure printed with its unit (1件) as a cell", () => {
    expect(review(section(`${HEADER}1件 0 0 0 1件 ${"0 ".repeat(10)}`))).toEqual([1, 0, 0, 0, 1, ...Array(10).fill(0)]);
  });

  it("does not take the number of a §五 heading glued to the run for a cell", () => {
    expect(review(section(HEADER + WANT.join(""), "5.存在的主要问题及改进情况 无。"))).toEqual(WANT);
  });

  it("reads sixteen single-digit cells (a '00' is two) where each way of leaving one out that adds up agrees", () => {
    const want = [2, 0, 0, 0, 2, ...Array(10).fill(0)];
    expect(review(section(`${HEADER}2 0 00 2 0 0 0 00 0 0 0 0 0 0`))).toEqual(want);
    expect(review(section(`${HEADER}${[...want, 0].join(" ")}`))).toEqual(want);
    // A stray digit the sums cannot place ("1 0 00 1 1 …": 1|0|0|0|1 or 0|0|0|1|1): not read this way.
    const { issues } = extractTemplateTables(
      `四、政府信息公开行政复议、行政诉讼情况 ${HEADER}1 0 00 1 1 0 0 00 0 0 0 0 0 0 五、存在的主要问题 无。`,
      "2021",
    );
    expect(issues.some((f) => f.message.includes("sixteen"))).toBe(false);
  });

  it("reads sixteen digits with a glued piece not starting with 0 ('10 0 01') where nothing else adds up", () => {
    const want = [1, 0, 0, 0, 1, ...Array(10).fill(0)];
    expect(review(section(`${HEADER}10 0 01 0 0 0 0 00 0 0 0 00`))).toEqual(want);
    const two = [0, 0, 2, 0, 2, ...Array(10).fill(0)];
    expect(review(section(`${HEADER}0 0 20 20 0 0 0 0 00 0 0 0`))).toEqual(two);
    // A two-digit count the sums place is read whole, not as two digits.
    const ten = [10, 0, 0, 0, 10, ...Array(10).fill(0)];
    expect(review(section(`${HEADER}${ten.join(" ")}`))).toEqual(ten);
  });

  it("drops a row of column numbers (栏次 1 … 15) between the header and the figures", () => {
    const index = Array.from({ length: 15 }, (_, i) => i + 1).join(" ");
    expect(review(section(`${HEADER}栏次 ${index} ${WANT.join(" ")}`))).toEqual(WANT);
    expect(review(section(`${HEADER}列次：${index} ${WANT.join("")}`))).toEqual(WANT);
    // Without its word, a numbering run of fifteen still cannot be figures (1+2+3+4 is not 5).
    expect(review(section(`${HEADER}${index} ${WANT.join(" ")}`))).toEqual(WANT);
    // Typed as one run, alone or with the figures glued after it.
    const glued = index.replace(/ /g, "");
    expect(review(section(`${HEADER}栏次 ${glued} ${WANT.join(" ")}`))).toEqual(WANT);
    expect(review(section(`${HEADER}栏次${glued}${WANT.join("")}`))).toEqual(WANT);
    // A real run that happens to start 1 2 is read as figures.
    const real = [1, 2, 0, 0, 3, ...Array(10).fill(0)];
    expect(review(section(`${HEADER}${real.join(" ")}`))).toEqual(real);
  });
});

describe("§四's heading joined otherwise than with 、", () => {
  const WORDS = "结果维持 结果纠正 其他结果 尚未审结 总计";
  const HEADER = `行政复议 行政诉讼 ${WORDS} 未经复议直接起诉 复议后起诉 ${WORDS} ${WORDS}`;
  const CELLS = [0, 1, 0, 2, 3, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1];
  const read = (heading: string, join: string) => {
    const page = `${heading} ${HEADER} ${CELLS.join(join)} 五、存在的主要问题及改进情况 无。`;
    const v = extractTemplateTables(page, "2021").value.values;
    return GROUPS.flatMap((g) => RESULTS.map((r) => v[`${g}.${r}`]));
  };

  it("keeps the review group first: the heading's 行政诉讼情况 is no header word", () => {
    const headings = [
      "四、政府信息公开行政复议和行政诉讼情况",
      "四、政府信息公开行政复议及行政诉讼案件情况",
      "四、政府信息公开行政复议，行政诉讼情况",
      "四、政府信息公开行政复议 行政诉讼情况",
      "四、政府信息公开行政复议与提起行政诉讼情况",
    ];
    for (const heading of headings) for (const join of [" ", ""]) expect(read(heading, join), heading).toEqual(CELLS);
  });

  it("still reads a header that prints 行政诉讼 first after a heading of 行政复议 alone", () => {
    // The heading ends at 行政复议; the header's own 行政诉讼 (no 情况 after it) starts the table.
    const page = (words: string) => `四、政府信息公开行政复议 ${words} ${CELLS.join(" ")} 五、存在的主要问题 无。`;
    const swapped = `行政诉讼 行政复议 未经复议直接起诉 复议后起诉 ${WORDS} ${WORDS} ${WORDS}`;
    const v = extractTemplateTables(page(swapped), "2021").value.values;
    expect(v["review.total"]).toBe(1);
    expect(v["litigation_direct.total"]).toBe(3);
  });
});
