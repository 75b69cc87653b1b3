/** §三 and §四 tables of the 2019/2021 templates as printed rows (header wording of seeds 002/003). */
import type { Family } from "@/lib/parser/types";
import { columnKeys, type Values } from "./figures";
import {
  APPS_CARRIED_OVER_LABEL,
  APPS_NEW_LABEL,
  CARRIED_FORWARD_LABEL,
  OUTCOME_LEAVES_2019,
  OUTCOME_LEAVES_2021,
  OUTCOME_TOTAL_LABEL,
  REVIEW_GROUPS,
  REVIEW_PARTS,
} from "./labels";
import type { TableRow } from "./types";

const cell = (values: Values, key: string): number | null => (key in values ? values[key] : null);

function columns(values: Values, row: string): (number | null)[] {
  return columnKeys(row).map((k) => cell(values, k));
}

export function applicationRows(values: Values, family: Family, spacedHeaders: boolean): TableRow[] {
  const leaves = family === "2021" ? OUTCOME_LEAVES_2021 : OUTCOME_LEAVES_2019;
  const sp = spacedHeaders ? " " : "";
  return [
    { labels: ["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况"], values: [] },
    { labels: ["自然人", "法人或其他组织", "总计"], values: [] },
    { labels: [`商业${sp}企业`, `科研${sp}机构`, "社会公益组织", "法律服务机构", "其他"], values: [] },
    { labels: [APPS_NEW_LABEL], values: columns(values, "apps.new") },
    { labels: [APPS_CARRIED_OVER_LABEL], values: columns(values, "apps.carried_over") },
    ...leaves.map((leaf) => ({
      labels: leaf.group ? [leaf.group, leaf.label] : [leaf.label],
      values: columns(values, leaf.key),
    })),
    { labels: [OUTCOME_TOTAL_LABEL], values: columns(values, "outcome.total") },
    { labels: [CARRIED_FORWARD_LABEL], values: columns(values, "apps.carried_forward") },
  ];
}

export function reviewRows(values: Values): TableRow[] {
  const parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  return [
    { labels: ["行政复议", "行政诉讼"], values: [] },
    { labels: [...parts, "未经复议直接起诉", "复议后起诉"], values: [] },
    { labels: [...parts, ...parts], values: [] },
    { labels: [], values: REVIEW_GROUPS.flatMap((g) => REVIEW_PARTS.map((p) => cell(values, `${g}.${p}`))) },
  ];
}
