/**
 * An excerpt that stops mid-report (a page cut off, a copy of the first pages) is still a report: its
 * figures are kept, and one finding says where the text stops and names what is missing, instead of a
 * table that silently has fewer rows.
 */
import { APPLICANT_COLUMNS, REVIEW_FIELDS, REVIEW_GROUPS, SECTION3_2019, SECTION3_2021 } from "./labels";
import type { Regions } from "./table-regions";
import type { Family, Finding, TableValues } from "./types";

const REVIEW_KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_FIELDS.map((f) => `${g}.${f}`));

export function incompleteReport(
  family: Exclude<Family, "legacy">,
  regions: Regions,
  table: TableValues,
): Finding | null {
  if (regions.continues) return null;
  // A row cut mid-label holds no figure: it is among the missing, not the last one read.
  const read = (k: string): boolean => k in table.values;
  const rows = (family === "2021" ? SECTION3_2021 : SECTION3_2019).filter((s) => !s.group);
  const lastRead = rows.reduce((at, s, i) => (APPLICANT_COLUMNS.some((c) => read(`${s.key}.${c}`)) ? i : at), -1);
  const missingRows = rows.slice(lastRead + 1);
  const missing = [...missingRows.flatMap((s) => APPLICANT_COLUMNS.map((c) => `${s.key}.${c}`)), ...REVIEW_KEYS].filter(
    (k) => !read(k),
  );
  if (missing.length === 0) return null;
  const where =
    lastRead >= 0
      ? `after the §三 row 「${rows[lastRead].cores[0]}」`
      : regions.review
        ? "in §四"
        : "before the §三 table";
  const parts = [
    ...(missingRows.length ? [`§三 from 「${missingRows[0].cores[0]}」 on (${missingRows.length} rows)`] : []),
    ...(REVIEW_KEYS.some((k) => !read(k)) ? ["§四 (行政复议、行政诉讼)"] : []),
  ];
  return {
    rule: "P0",
    severity: "error",
    message:
      `incomplete report: the text stops ${where}; missing ${parts.join(" and ")}. The figures read before it ` +
      `are kept.`,
    keys: missing,
  };
}

/** What may follow a page's last figure when the page ends inside its 统计表: link text and site chrome. */
const TRAILER =
  /^(?:\s|[|:：]|附件下载|相关附件|附件|扫一扫在手机打开当前页|【?(?:打印本页|关闭窗口|返回顶部|打印|关闭)】?)*$/;
/** The rows a legacy 统计表 ends with (复议, 诉讼), by their template keys and the core keys read from them. */
const LEGACY_TAIL: [string, string][] = [
  ["legacy.review.total", "review.total"],
  ["legacy.litigation.total", "litigation.total"],
];

/**
 * A legacy page whose text stops inside its 统计表 (the last figure, then only link text: "…不予公开答复数 条 1 1
 * 附件下载") before the 复议 / 诉讼 rows: the figures read are kept, and one error says the report is incomplete.
 * A table that ends with those rows, a page that goes on after its last figure, or one whose narrative states
 * those figures is not taken for an excerpt.
 */
export function incompleteLegacy(text: string, values: Record<string, number>): Finding | null {
  // The 统计表's first row, found in nearly every legacy table, spares listing the table's keys.
  if (!("legacy.apps.received" in values) && !Object.keys(values).some((k) => k.startsWith("legacy."))) return null;
  // A figure the narrative states (没有发生…行政复议、行政诉讼) is not missing.
  const missing = LEGACY_TAIL.filter((keys) => keys.every((k) => !(k in values)));
  if (missing.length === 0) return null;
  let end = text.length;
  while (end > 0 && !/\d/.test(text[end - 1])) end--;
  if (end === 0 || end < text.length - 200 || !TRAILER.test(text.slice(end))) return null;
  const row = /([\u3400-\u9fff、]{2,20})[\s条件个元|:]*[\d\s|]*$/.exec(text.slice(Math.max(0, end - 80), end))?.[1];
  return {
    rule: "P0",
    severity: "error",
    message:
      `incomplete report: the text stops inside the 统计表${row ? ` after the row 「${row}」` : ""}; missing ` +
      `${missing.map(([k]) => k).join(", ")}. The figures read before it are kept. ` +
      `(报告不完整：统计表在此中断，之前读到的数字已保留)`,
    keys: missing.flat(),
  };
}
