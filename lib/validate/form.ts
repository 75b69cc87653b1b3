/**
 * R6 form checks: non-negative counts, integers where counts, year evidence that agrees, and the cells
 * the family's table requires (REPORT-FORMATS.md "Consistency rules").
 */
import type { ReportMeta } from "@/lib/parser/meta";
import type { Family, Finding, ValueSource } from "@/lib/parser/types";
import { REQUIRED_CELLS, isCountKey, mayBeNegative } from "./rules";

/** Report years each template was in use (REPORT-FORMATS.md "Format families"). */
const FAMILY_YEARS: Record<Family, readonly [number, number]> = {
  legacy: [2008, 2018],
  "2019": [2019, 2020],
  "2021": [2021, 9999],
};

const MAX_LISTED = 8;

function r6(severity: Finding["severity"], message: string, keys: string[], extra: Partial<Finding> = {}): Finding {
  return { rule: "R6", severity, message, keys, ...extra };
}

function checkCells(values: Record<string, number>, sources: Record<string, ValueSource>): Finding[] {
  const out: Finding[] = [];
  for (const key in values) {
    const v = values[key];
    // Nearly every figure is a whole count of zero or more: nothing to say, nothing to build.
    if (Number.isInteger(v) && v >= 0) continue;
    const line = sources[key]?.line;
    const at = line === undefined ? {} : { line };
    if (!Number.isFinite(v)) out.push(r6("error", `数值无效:${key}`, [key], { actual: null, ...at }));
    else if (v < 0 && !mayBeNegative(key)) out.push(r6("error", `出现负数:${key} = ${v}`, [key], { actual: v, ...at }));
    else if (isCountKey(key) && !Number.isInteger(v)) {
      out.push(r6("error", `件数应为整数:${key} = ${v}`, [key], { actual: v, ...at }));
    }
  }
  return out;
}

function checkYears(family: Family, year: number | null, meta: ReportMeta): Finding[] {
  const out: Finding[] = [];
  const { title, period, body } = meta.yearEvidence;
  if (title && period && title !== period) {
    out.push(
      r6("error", `标题年份 ${title} 与统计期限 ${period} 不一致`, ["year"], { expected: period, actual: title }),
    );
  }
  const stated = period ?? title;
  if (body && stated && body !== stated) {
    out.push(
      r6("warning", `正文年份 ${body} 与${period ? "统计期限" : "标题"} ${stated} 不一致`, ["year"], {
        expected: stated,
        actual: body,
      }),
    );
  }
  if (year === null) {
    out.push(r6("warning", "无法确定报告所属年份", ["year"]));
    return out;
  }
  if (meta.yearEvidence.tableHeader === year && !title && !period && !body) {
    out.push(r6("warning", `报告年份 ${year} 只见于统计表表头,标题和正文未写明`, ["year"], { actual: year }));
  }
  if (meta.yearEvidence.dated === year && !title && !period && !body) {
    out.push(r6("warning", `报告年份 ${year} 由发布日期推定,标题和正文未写明年份`, ["year"], { actual: year }));
  }
  const evidence = [title, period, body].filter((y): y is number => y !== undefined);
  if (evidence.length > 0 && !evidence.includes(year)) {
    out.push(r6("warning", `报告年份 ${year} 与文中年份不符`, ["year"], { expected: evidence[0], actual: year }));
  }
  const [from, to] = FAMILY_YEARS[family];
  if (year < from || year > to) {
    out.push(r6("warning", `${year} 年度报告使用了 ${family === "legacy" ? "2008" : family} 版表格模板`, ["family"]));
  }
  return out;
}

function listed(keys: string[]): string {
  return keys.length > MAX_LISTED ? `${keys.slice(0, MAX_LISTED).join("、")} 等` : keys.join("、");
}

function checkRequired(family: Family, values: Record<string, number>, blanks: ReadonlySet<string>): Finding[] {
  const missing: string[] = [];
  const blank: string[] = [];
  for (const key of REQUIRED_CELLS[family]) {
    if (blanks.has(key)) blank.push(key);
    else if (!(key in values)) missing.push(key);
  }
  const out: Finding[] = [];
  if (missing.length > 0) {
    out.push(r6("warning", `缺少模板要求的单元格 ${missing.length} 个:${listed(missing)}`, missing));
  }
  // A cell the table left blank that the sentences state (P4/N2) shows their figure: the finding says so.
  const told = blank.filter((key) => key in values);
  const fromText = told.length > 0 ? `;其中 ${told.length} 个按正文填入:${listed(told)}` : "";
  if (blank.length > 0) {
    out.push(r6("info", `模板要求的单元格留空 ${blank.length} 个:${listed(blank)}${fromText}`, blank));
  }
  return out;
}

export function checkForm(input: {
  family: Family;
  year: number | null;
  values: Record<string, number>;
  blanks: ReadonlySet<string>;
  meta: ReportMeta;
  sources: Record<string, ValueSource>;
}): Finding[] {
  return [
    ...checkCells(input.values, input.sources),
    ...checkYears(input.family, input.year, input.meta),
    ...checkRequired(input.family, input.values, input.blanks),
  ];
}
