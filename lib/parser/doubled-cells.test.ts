import { describe, expect, it } from "vitest";
import { SECTION3, SECTION3_TITLE, printedLabel } from "@/lib/template/modern";
import { doubledCellsOnce } from "./doubled-cells";
import { extractTemplateTables } from "./template-tables";

const FIGURES: Record<string, number[]> = {
  "apps.new": [9, 3, 0, 0, 1, 0],
  "apps.carried_over": [1, 0, 0, 0, 0, 0],
  "outcome.granted": [5, 2, 0, 0, 0, 0],
  "outcome.partial": [1, 0, 0, 0, 1, 0],
  "outcome.unable.not_held": [3, 1, 0, 0, 0, 0],
  "outcome.total": [9, 3, 0, 0, 1, 0],
  "apps.carried_forward": [1, 0, 0, 0, 0, 0],
};
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

/** A 2021 §三 and §四, each figure printed by `cell`. */
function page(cell: (n: number) => string): string {
  const rows = SECTION3["2021"]
    .map((row) => {
      const six = FIGURES[row.key] ?? [0, 0, 0, 0, 0, 0];
      return row.group ? printedLabel(row) : `${printedLabel(row)} ${[...six, sum(six)].map(cell).join(" ")}`;
    })
    .join(" ");
  const review = [2, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1].map(cell).join(" ");
  return (
    `${SECTION3_TITLE} 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 ${rows} ` +
    "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 " +
    "未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 " +
    `${review} 五、存在的主要问题及改进情况 无。`
  );
}

describe("tables whose every cell is printed twice (66 22 00 … 88)", () => {
  it("reads each doubled figure once, quoting the row as printed", () => {
    const text = page((n) => `${n}${n}`);
    const { value, issues } = extractTemplateTables(text, "2021");
    expect(value.values["apps.new.natural_person"]).toBe(9);
    expect(value.values["apps.new.total"]).toBe(13);
    expect(value.values["outcome.granted.total"]).toBe(7);
    expect(value.values["outcome.partial.total"]).toBe(2);
    expect(value.values["apps.carried_forward.total"]).toBe(1);
    expect(value.values["review.upheld"]).toBe(2);
    expect(value.values["review.total"]).toBe(3);
    expect(value.values["litigation_after_review.total"]).toBe(1);
    expect(value.sources["apps.new.total"].raw).toContain("99 33 00 00 11 00 1313");
    expect(issues.some((f) => f.message.includes("printed twice") && f.keys.includes("apps.new.total"))).toBe(true);
  });

  it("names the page's own doubled run in its note, and reads a doubled figure with its unit glued on once", () => {
    const text = page((n) => `${n}${n}`);
    const { issues } = extractTemplateTables(text, "2021");
    const note = issues.find((f) => f.message.includes("printed twice"));
    expect(note?.message).toContain('"99 33 00" for 9 3 0');
    expect(doubledCellsOnce(`${text} 政府集中采购 22 38.538.5万元`).text).toContain(" 2  38.5    万元");
  });

  it("leaves a table alone where one figure is printed once, or every figure is 00", () => {
    const plain = page((n) => String(n));
    expect(doubledCellsOnce(plain).text).toBe(plain);
    const padded = page((n) => String(n).padStart(2, "0"));
    expect(doubledCellsOnce(padded).text).toBe(padded);
    const zeros = page(() => "00");
    expect(doubledCellsOnce(zeros).text).toBe(zeros);
    // One row printed as on paper among doubled ones: not the page's way of printing, left as printed.
    const mixed = page((n) => `${n}${n}`).replace(
      "一、本年新收政府信息公开申请数量 99 33 00",
      "一、本年新收政府信息公开申请数量 9 3 0",
    );
    expect(doubledCellsOnce(mixed).text).toBe(mixed);
  });

  it("reads §三 once where one cell of it is printed once, and §四 as printed where §四 is not doubled", () => {
    const stray = page((n) => `${n}${n}`).replace("5.属于三类内部事务信息 00", "5.属于三类内部事务信息 0");
    const one = extractTemplateTables(stray, "2021").value.values;
    expect(one["apps.new.total"]).toBe(13);
    expect(one["outcome.denied.internal_affairs.natural_person"]).toBe(0);
    expect(one["review.total"]).toBe(3);
    const doubled = page((n) => `${n}${n}`);
    const plain = page(String);
    const s4at = (t: string) => t.indexOf("四、政府信息公开行政复议");
    const single = doubled.slice(0, s4at(doubled)) + plain.slice(s4at(plain));
    const s4 = extractTemplateTables(single, "2021").value.values;
    expect(s4["apps.new.total"]).toBe(13);
    expect(s4["review.upheld"]).toBe(2);
    expect(s4["review.total"]).toBe(3);
    expect(s4["litigation_after_review.total"]).toBe(1);
  });
});
