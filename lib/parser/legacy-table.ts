/**
 * Legacy family (2008–2018): the 政府信息公开情况统计表 → `legacy.*` values plus the core metrics.
 * Every row is kept: known labels get the names of legacy-labels.ts, unknown ones a stable `legacy.extra.*` key.
 */
import { findLegacyTableStart, readLegacyRows, type LegacyRow } from "./legacy-cells";
import {
  LEGACY_AMOUNT_UNITS,
  LEGACY_CORE_MAP,
  LEGACY_HEADING_CONTEXTS,
  contextOfKey,
  lookupLegacyKey,
  type LegacyContext,
} from "./legacy-labels";
import type { Finding, Result, TableValues } from "./types";

const ORDINALS = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\(\d+\)|\d+[.、]|[①-⑳])/;
const TOP_HEADING = /^[一二三四五六七八九十]+、/;

function compactLabel(label: string): string {
  return label.includes(" ") || label.includes("\t") ? label.replace(/\s+/g, "") : label;
}

/** Label without spaces, ordinals, a leading 其中: or a trailing colon (input is normalised: ASCII brackets). */
export function cleanLegacyLabel(label: string): string {
  let t = compactLabel(label).replace(ORDINALS, "");
  if (t.startsWith("其中")) t = t.slice(2).replace(/^[:,，、]/, "").replace(ORDINALS, "");
  return /[:;,。]$/.test(t) ? t.replace(/[:;,。]+$/, "") : t;
}

/** FNV-1a, base36: a short stable name for a row the label table does not know. */
function hashLabel(label: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The `legacy.*` key of a printed row label ("(一)收到申请数"), under a heading context when the words are shared. */
export function legacyKeyOf(label: string, context: LegacyContext = "none"): string | undefined {
  return lookupLegacyKey(context, cleanLegacyLabel(label));
}

function headingContext(label: string): LegacyContext | null {
  const found = LEGACY_HEADING_CONTEXTS.find(([word]) => label.includes(word));
  return found ? found[1] : null;
}

/** Prose that slipped into the table region is not a row. */
function looksLikeProse(label: string): boolean {
  return label.length === 0 || label.length > 60 || /[。;！？!?]/.test(label) || /,.*,/.test(label);
}

interface KeyedRow {
  key: string;
  row: LegacyRow;
}

function keyRows(rows: LegacyRow[]): KeyedRow[] {
  const out: KeyedRow[] = [];
  let context: LegacyContext = "none";
  for (const row of rows) {
    const label = cleanLegacyLabel(row.label);
    if (TOP_HEADING.test(compactLabel(row.label))) context = headingContext(label) ?? context;
    const known: string | undefined =
      lookupLegacyKey(context, label) ??
      (label.includes("(") ? lookupLegacyKey(context, label.replace(/\([^)]*\)/g, "")) : undefined);
    if (known) {
      context = contextOfKey(known) ?? context;
      out.push({ key: known, row });
      continue;
    }
    if (looksLikeProse(label) || row.value === undefined) continue;
    const suffix = row.unit && LEGACY_AMOUNT_UNITS.has(row.unit) ? "_amount_wan" : row.unit === "%" ? "_pct" : "";
    out.push({ key: `legacy.extra.${context}_${hashLabel(label)}${suffix}`, row });
  }
  return out;
}

/** The table being built; `blankSet` mirrors `blanks` for constant-time lookups. */
interface Building extends TableValues {
  blankSet: Set<string>;
}

function store(table: Building, issues: Finding[], { key, row }: KeyedRow): void {
  if (key in table.values || table.blankSet.has(key)) {
    const again = table.values[key];
    if (row.value !== undefined && row.value !== null && again !== undefined && again !== row.value) {
      issues.push({
        rule: "P2",
        severity: "warning",
        message: `统计表中同一指标出现两次且数值不同,取第一次:${row.label}`,
        keys: [key],
        expected: again,
        actual: row.value,
        line: row.line,
      });
    }
    return;
  }
  if (row.unreadable !== undefined) {
    issues.push({
      rule: "P1",
      severity: "warning",
      message: `无法识别的数值「${row.unreadable}」:${row.label}`,
      keys: [key],
      line: row.line,
    });
    return;
  }
  if (row.value === null || row.value === undefined) {
    table.blanks.push(key);
    table.blankSet.add(key);
    return;
  }
  // Amounts are stored in 万元; a table printing 元 is converted.
  const value = key.endsWith("amount_wan") && row.unit === "元" ? row.value / 10000 : row.value;
  table.values[key] = value;
  table.sources[key] = { line: row.line, raw: row.raw };
}

/**
 * Core metrics (REPORT-FORMATS.md): each core key is the sum of the legacy rows that are printed. When every
 * row behind it is printed blank the core figure is 0: the legacy form left cells blank for "none", and core
 * metrics must compare across years (the legacy keys themselves stay in `blanks`).
 */
function addCoreMetrics(table: Building): void {
  for (const [core, parts] of LEGACY_CORE_MAP) {
    const printed = parts.filter((p) => p in table.values);
    if (printed.length === 0) {
      if (parts.some((p) => table.blankSet.has(p))) table.values[core] = 0;
      continue;
    }
    table.values[core] = printed.reduce((sum, p) => sum + table.values[p], 0);
    const first = table.sources[printed[0]];
    if (first) table.sources[core] = first;
  }
}

export function parseLegacyTable(lines: string[]): Result<TableValues> {
  const start = findLegacyTableStart(lines);
  if (start < 0) return { value: null, issues: [], error: "未找到政府信息公开情况统计表" };
  const keyed = keyRows(readLegacyRows(lines, start));
  if (keyed.length === 0) return { value: null, issues: [], error: "统计表中没有可识别的行" };
  const table: Building = { values: {}, blanks: [], sources: {}, blankSet: new Set() };
  const issues: Finding[] = [];
  for (const entry of keyed) store(table, issues, entry);
  addCoreMetrics(table);
  const { values, blanks, sources } = table;
  return { value: { values, blanks, sources }, issues };
}
