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
