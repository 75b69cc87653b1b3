import { describe, expect, it } from "vitest";
import { parseText } from "./index";

describe("N1 on the applications said once", () => {
  it("gives one N1 where the opening sentence and the legacy sentences state the same count against the table", () => {
    const page =
      "标题: 平潭县某某局2013年政府信息公开工作年度报告\n" +
      "==================== 正文 ====================\n" +
      "平潭县某某局2013年政府信息公开工作年度报告 三、依申请公开政府信息情况 2013年我局共受理政府信息公开申请6件," +
      "主要涉及林地审批,已全部答复,均同意公开。四、政府信息公开情况统计表 指标名称 单位 2013年 " +
      "主动公开信息数 条 40 受理政府信息公开申请总数 条 5 对申请的答复总数 条 5 同意公开答复数 条 5 " +
      "同意部分公开答复数 条 0 不予公开答复数 条 0 行政复议数 件 0 行政诉讼数 件 0\n";
    const findings = parseText(page).value?.findings ?? [];
    const n1 = findings.filter((f) => f.rule === "N1" && f.keys.includes("apps.new.total"));
    expect(n1).toHaveLength(1);
  });
});
