import { describe, expect, it } from "vitest";
import { incompleteLegacy } from "./completeness";

const READ = { "legacy.apps.received": 4, "apps.new.total": 4, "legacy.answers.denied": 1 };
const TABLE = "指标名称 计量单位 2013年度 历年累计 受理政府信息公开申请总数 条 4 7 3.不予公开答复数 条 1 1";

describe("incompleteLegacy", () => {
  it("says a page that stops inside its 统计表, before 复议 and 诉讼, is incomplete, and keeps the figures", () => {
    for (const end of ["", " 附件下载", "\n附件下载\n", " 【打印本页】 【关闭窗口】"]) {
      const f = incompleteLegacy(TABLE + end, READ);
      expect(f?.severity).toBe("error");
      expect(f?.message).toContain("「不予公开答复数」");
      expect(f?.keys).toEqual(["legacy.review.total", "review.total", "legacy.litigation.total", "litigation.total"]);
    }
  });

  it("names only the rows nothing gave a figure for", () => {
    const f = incompleteLegacy(TABLE, { ...READ, "legacy.review.total": 0 });
    expect(f?.keys).toEqual(["legacy.litigation.total", "litigation.total"]);
    expect(incompleteLegacy(TABLE, { ...READ, "review.total": 0, "litigation.total": 0 })).toBeNull();
  });

  it("is silent where the page goes on after its last figure, or no legacy table was read", () => {
    expect(incompleteLegacy(`${TABLE} 平潭综合实验区文体广电局 二、主动公开情况 我局认真做好工作。`, READ)).toBeNull();
    expect(incompleteLegacy(TABLE, { "apps.new.total": 4 })).toBeNull();
  });
});
