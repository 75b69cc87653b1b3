/**
 * Why an agency's report of a year has no figure for a key, as the compare chart's tooltip and table
 * say it: the cell was printed blank, the report's template family has no such cell (a 2019-template or legacy
 * year asked for a 2021 detail row, a modern year for a legacy 统计表 row), or the cell exists but was not read.
 * A year without any report is NO_REPORT (lib/charts/values.ts), decided by the absence of the point itself.
 */
import { FAMILY_SHORT } from "./labels";
import { isTemplateFamily, templateKeys, type TemplateFamily } from "./template-table";
import { isLegacyKey } from "./value-metrics";

export type NoValueReason = "blank" | "not_in_family" | "not_read";

const keysOf = new Map<TemplateFamily, Set<string>>();
function familyKeys(family: TemplateFamily): Set<string> {
  if (!keysOf.has(family)) keysOf.set(family, new Set(templateKeys(family)));
  return keysOf.get(family)!;
}

/** Whether reports of `family` can hold `key`: a printed cell, or a group sum derived from printed cells. */
export function familyHasKey(family: string, key: string): boolean {
  if (isLegacyKey(key)) return family === "legacy";
  if (!isTemplateFamily(family)) return false;
  const keys = familyKeys(family);
  if (keys.has(key)) return true;
  // Derived group sums (outcome.denied.<applicant>): the family prints the group's sub-rows for that column.
  const cut = key.lastIndexOf(".");
  const row = key.slice(0, cut);
  const column = key.slice(cut);
  return [...keys].some((k) => k.startsWith(`${row}.`) && k.endsWith(column));
}

/** `stored`: the report holds the key with a blank value; otherwise the key is absent from the report. */
export function noValueReason(key: string, family: string, stored: boolean): NoValueReason {
  if (stored) return "blank";
  return familyHasKey(family, key) ? "not_read" : "not_in_family";
}

/** 空白 · 无此项（2019版模板） · 未读到 */
export function noValueText(reason: NoValueReason, family: string): string {
  if (reason === "blank") return "空白";
  if (reason === "not_read") return "未读到";
  return FAMILY_SHORT[family] ? `无此项（${FAMILY_SHORT[family]}模板）` : "无此项";
}
