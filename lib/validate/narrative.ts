/**
 * N1: what the page's sentences state against what its table prints (a warning: prose is loose). The table's
 * figure stays the one read; the finding names the key and the sentence's line, so a reader can judge.
 */
import type { ReportMeta } from "@/lib/parser/meta";
import type { Finding } from "@/lib/parser/types";

export function checkNarrative(values: Record<string, number>, meta: ReportMeta): Finding[] {
  const stated = meta.narrative.appsReceived;
  const table = values["apps.new.total"];
  if (!stated || table === undefined) return [];
  // Some reports count what they handled this year, carried-over applications included: not a contradiction.
  const withCarried = table + (values["apps.carried_over.total"] ?? 0);
  if (stated.value === table || stated.value === withCarried) return [];
  return [
    {
      rule: "N1",
      severity: "warning",
      message: `正文所述收到申请 ${stated.value} 件,与统计表本年新收 ${table} 件不一致`,
      keys: ["apps.new.total"],
      expected: table,
      actual: stated.value,
      line: stated.line,
    },
  ];
}

/** A count a sentence of the page states (the legacy sentence reader's), with the sentence as printed. */
export interface StatedCount {
  key: string;
  value: number;
  line: number;
  raw: string;
}

/** What a sentence calls each figure it may state beside a legacy table. */
const STATED_NAMES: Readonly<Record<string, string>> = {
  "apps.new.total": "收到申请",
  "outcome.granted.total": "同意公开答复",
  "outcome.partial.total": "同意部分公开答复",
  "outcome.denied.total": "不予公开答复",
  "review.total": "行政复议",
  "litigation.total": "行政诉讼",
  "legacy.complaints": "行政申诉、举报",
};

/**
 * A sentence counting the agency's cases of every kind and saying which of them concern disclosure
 * (行政诉讼案件共9件,其中涉及政府信息公开的0件; 被申请行政复议案件4件,均不涉及政府信息公开): its count is no
 * figure of the form's row, so it is not set against the table.
 */
const OTHER_CASES =
  /(?:不|未|均不|并不)涉及(?:政府)?信息公开|其中[^,，。]{0,8}(?:涉及|关于|有关|属于)[^,，。]{0,6}(?:政府)?信息公开/;

/** A count and its unit (3件, 2 起): matched once, compared as printed. */
const COUNT_WITH_UNIT = /(?<!\d)(\d+)\s*([件起宗条])/g;

/** Whether `text` states the count `n` with one of `units` after it. */
function statesCount(text: string, n: number, units: string): boolean {
  for (const m of text.matchAll(COUNT_WITH_UNIT)) if (m[1] === String(n) && units.includes(m[2])) return true;
  return false;
}

/** The value is the part said to concern disclosure (…,其中涉及政府信息公开的行政复议3件、行政诉讼0件): compared. */
function countedInPart(raw: string, value: number): boolean {
  return raw.includes("其中") && statesCount(raw.slice(raw.indexOf("其中") + 1), value, "件起宗");
}

/** The sentence counts `whole` before a 其中 telling its parts (共受理…3件,其中原卫生局受理1件,我局受理2件). */
function wholeBeforePart(raw: string, whole: number): boolean {
  const at = raw.indexOf("其中");
  return at > 0 && statesCount(raw.slice(0, at), whole, "件条");
}

/**
 * N1 for the applications, the answers and the 复议/诉讼/申诉 counts a legacy page states in sentences beside its
 * table (the applications as the legacy sentence reader reads them, in more wordings than checkNarrative's).
 * `agreeing` lists, per key, the table's figures a sentence may mean (the core figure, or one of the rows it adds
 * up: 同意公开 beside a printed 已主动公开 row); a stated count that is none of them is a disagreement.
 */
export function checkStatedCounts(
  values: Record<string, number>,
  stated: readonly StatedCount[],
  agreeing: (key: string) => readonly number[] = (key) => [values[key]],
): Finding[] {
  const out: Finding[] = [];
  for (const s of stated) {
    const name = STATED_NAMES[s.key];
    const table = values[s.key];
    if (!name || table === undefined || agreeing(s.key).includes(s.value)) continue;
    if (OTHER_CASES.test(s.raw) && !countedInPart(s.raw, s.value)) continue;
    // Some reports count what they handled this year, carried-over applications included: not a contradiction.
    if (s.key === "apps.new.total" && s.value === table + (values["apps.carried_over.total"] ?? 0)) continue;
    // 卫生系统共收到申请5件,其中局机关2件: the sentence's whole is the table's figure, the value read its own part.
    if (s.key === "apps.new.total" && wholeBeforePart(s.raw, table)) continue;
    out.push({
      rule: "N1",
      severity: "warning",
      message: `正文所述${name} ${s.value} 件,与统计表所列 ${table} 件不一致:「${s.raw}」`,
      keys: [s.key],
      expected: table,
      actual: s.value,
      line: s.line,
    });
  }
  return out;
}
