/**
 * Metrics read from the stored figures (`report_values`) rather than the pre-aggregated core columns: every
 * canonical §三/§四 key of the 2021 and 2019 templates (REPORT-FORMATS.md) and, by pattern, `legacy.*` keys.
 * They are available per agency only (the compare view and /api/series with agencies); views that sum
 * regions (overview ranking, compare of regions) support the core metrics and rates only.
 *
 * Labels come from the template tables the report page draws (lib/template-table.ts), so a key reads the
 * same in the metric selector, chart titles and CSV headers as in the rebuilt §三/§四 table.
 */
import { CORE_BY_KEY, DEFAULT_METRIC, RATE_BY_KEY } from "./metrics";
import { DERIVED_GROUPS, SECTION3 } from "./template/modern";
import { APPLICANT_COLUMNS, templateTables, type LabelCell, type TemplateFamily } from "./template-table";

export interface ValueMetric {
  key: string;
  /** Full Chinese label, e.g. "不予公开·属于国家秘密（总计）". */
  label: string;
  /** The selector group: the template row (§三) or the review/litigation kind (§四). */
  group: string;
}

/** "(三)不予公开" → "不予公开", "一、本年新收…数量" → "本年新收…数量", "(二)部分公开(区分处理的,…)" → "部分公开". */
function plain(text: string): string {
  return text
    .replace(/^[(（][一二三四五六七八九十]+[)）]/u, "")
    .replace(/^[一二三四五六七八九十]+、/u, "")
    .replace(/^\d+\./u, "")
    .replace(/[(（][^)）]*[)）]$/u, "")
    .trim();
}

const COLUMN_LABELS: Record<string, string> = Object.fromEntries(
  APPLICANT_COLUMNS.map((c) => [c.suffix, c.suffix === "other_org" ? "其他组织" : c.label]),
);

/** The §三 rows of a family: row key → row label, in print order. */
function applicationRows(family: TemplateFamily, out: Map<string, string>): void {
  const table = templateTables(family).find((t) => t.id === "apps")!;
  let group = "";
  for (const row of table.body) {
    const labels = row.filter((c): c is LabelCell => c.kind === "label" && !c.text.startsWith("三、"));
    const first = row.find((c) => c.kind === "value");
    if (first?.kind !== "value" || !labels.length) continue;
    const item = labels.at(-1)!;
    if (labels.length > 1) group = plain(labels[0].text);
    else if (item.colSpan) group = ""; // a whole row (一、二、四) or a single outcome row ((一)(二)(七)) ends a group
    const rowKey = first.key.slice(0, first.key.lastIndexOf("."));
    const text = plain(item.text) === "总计" ? "办理结果总计" : plain(item.text);
    if (!out.has(rowKey)) out.set(rowKey, group ? `${group}·${text}` : text);
  }
}

/** §四: 15 cells; the group labels and result labels are the table's own header cells. */
function reviewMetrics(): ValueMetric[] {
  const table = templateTables("2021").find((t) => t.id === "review")!;
  const [top, middle] = table.head;
  const results = middle.slice(0, 5).map((c) => c.text);
  const groups = [top[0].text, `${top[1].text}·${middle[5].text}`, `${top[1].text}·${middle[6].text}`];
  const cells = table.body[0].filter((c) => c.kind === "value");
  // litigation.* (direct + after review) and review.* are core metrics; the two litigation kinds are not.
  return cells.map((c, i) => ({
    key: c.key,
    group: groups[Math.floor(i / 5)],
    label: `${groups[Math.floor(i / 5)]}·${results[i % 5]}`,
  }));
}

function buildValueMetrics(): ValueMetric[] {
  const rows = new Map<string, string>();
  applicationRows("2021", rows);
  applicationRows("2019", rows); // adds the 2019 single row (六)其他处理 = outcome.other
  // Derived group sums the parser stores (REPORT-FORMATS.md): 不予公开/无法提供/不予处理 合计, worded as the template.
  for (const key of DERIVED_GROUPS) {
    const label = SECTION3["2021"].find((row) => row.key === key)!.label;
    if (!rows.has(key)) rows.set(key, `${label}·合计`);
  }
  const out: ValueMetric[] = [];
  for (const [rowKey, rowLabel] of rows) {
    for (const c of APPLICANT_COLUMNS) {
      out.push({ key: `${rowKey}.${c.suffix}`, group: rowLabel, label: `${rowLabel}（${COLUMN_LABELS[c.suffix]}）` });
    }
  }
  out.push(...reviewMetrics());
  // The core metrics and rates keep their own fast path and labels.
  return out.filter((m) => !CORE_BY_KEY.has(m.key) && !RATE_BY_KEY.has(m.key));
}

/** Every canonical §三/§四 key that is not a core metric, in print order. */
export const VALUE_METRICS: readonly ValueMetric[] = buildValueMetrics();
const VALUE_METRIC_BY_KEY = new Map<string, ValueMetric>(VALUE_METRICS.map((m) => [m.key, m]));

/** `legacy.<snake_case path>` as the parser names legacy 统计表 rows; labels are the reports' own, so none here. */
const LEGACY_KEY = /^legacy(\.[a-z0-9_]{1,40}){1,4}$/;

export function isLegacyKey(key: string): boolean {
  return LEGACY_KEY.test(key);
}

/** A metric read from `report_values` (per agency only). */
export function isValueMetric(key: string): boolean {
  return VALUE_METRIC_BY_KEY.has(key) || isLegacyKey(key);
}

/** Whether views that sum regions (agg_region_year) can show this metric: core metrics and rates only. */
export function isAggregatable(key: string): boolean {
  return CORE_BY_KEY.has(key) || RATE_BY_KEY.has(key);
}

/**
 * The metric a view that sums regions or ranks agencies shows for the one asked for: the same one when it can be
 * summed, else the default (the view says so). Pages and their CSV/workbook exports both read it from here.
 */
export function summableMetric(metric: string): string {
  return isAggregatable(metric) ? metric : DEFAULT_METRIC;
}

/** The selector's extra groups, in print order. */
export function valueMetricGroups(): { label: string; items: ValueMetric[] }[] {
  const groups = new Map<string, ValueMetric[]>();
  for (const m of VALUE_METRICS) {
    if (!groups.has(m.group)) groups.set(m.group, []);
    groups.get(m.group)!.push(m);
  }
  return [...groups].map(([label, items]) => ({ label, items }));
}

export function valueMetricLabel(key: string): string | undefined {
  return (
    VALUE_METRIC_BY_KEY.get(key)?.label ??
    (isLegacyKey(key) ? `旧模板统计项 ${key.slice("legacy.".length)}` : undefined)
  );
}
