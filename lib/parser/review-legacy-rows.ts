/**
 * §四 of a report on the 2019/2021 form printed as the 2008–2018 form's rows, a clerk's old habit in the first years
 * (行政复议数量 件 1 (一)维持具体行政行为数 件 1 (二)被依法纠错数 件 0 (三)其他情形数 件 0 行政诉讼数量 件 0 (一)维持具体行政
 * 行为或者驳回原告诉讼请求数 件 0 …): its rows are read as review.* and litigation.*, in the form's order, where each
 * total is the sum of its three parts. The new form's 尚未审结 and its two kinds of suit are not printed: not read.
 */
import { LEGACY_FORM, LEGACY_UNITS } from "@/lib/template/legacy";
import type { TableSink } from "./table-sink";

/** The old form's §四 rows, in print order, with the key each gives on the new form. */
const ROWS = LEGACY_FORM.filter((r) => r.key && /^legacy\.(?:review|litigation)\./.test(r.key)).map((r) => ({
  label: r.label,
  key: (r.key ?? "").replace(/^legacy\./, ""),
}));

const UNIT = [...LEGACY_UNITS].filter((u) => /[\u4e00-\u9fff]/.test(u)).join("|");
const gapped = (w: string) => Array.from(w, (c) => c.replace(/[()]/g, "\\$&")).join("\\s*");
/** A row's label, its unit cell or none, its figure (not a digit of the next row's ordinal). */
const rowRe = (label: string) =>
  new RegExp(String.raw`${gapped(label)}[\s|:]*(?:(?:${UNIT})[\s|]*)?(\d{1,6})(?![\d.、])`, "y");
const ROW_RES = ROWS.map((r) => ({ ...r, re: rowRe(r.label) }));

/** The words before a row's label: an ordinal, 其中, borders and spaces. */
const BEFORE_LABEL =
  /[\s|]*(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、]|其中:?)?[\s|]*/y;

/** Reads §四's old rows into `sink`; false (nothing read) where the region does not print them all, in order. */
export function readLegacyReviewRows(text: string, [from, to]: [number, number], sink: TableSink): boolean {
  const region = text.slice(from, to);
  if (!region.includes("维持具体行政行为") || !region.includes("行政诉讼")) return false;
  const start = region.indexOf(ROWS[0].label.slice(0, 4));
  if (start < 0) return false;
  let at = start;
  const read: { key: string; value: number; pos: number; raw: string }[] = [];
  for (const { key, re } of ROW_RES) {
    BEFORE_LABEL.lastIndex = at;
    BEFORE_LABEL.exec(region);
    re.lastIndex = BEFORE_LABEL.lastIndex;
    const m = re.exec(region);
    if (!m) return false;
    read.push({ key, value: Number(m[1]), pos: from + m.index, raw: m[0].replace(/\s+/g, " ") });
    at = re.lastIndex;
  }
  const value = (k: string) => read.find((r) => r.key === k)?.value ?? Number.NaN;
  const sumsHold = ["review", "litigation"].every(
    (g) => value(`${g}.total`) === value(`${g}.upheld`) + value(`${g}.corrected`) + value(`${g}.other`),
  );
  if (!sumsHold) return false;
  for (const r of read) sink.put(r.key, { value: r.value, pos: r.pos }, r.raw);
  const message =
    "§四 printed as the 2008–2018 form's rows (行政复议数量, 维持具体行政行为数 …): read as the new form's totals and " +
    "results; 尚未审结 and the two kinds of suit are not printed";
  sink.finding(
    "P2",
    "info",
    message,
    read.map((r) => r.key),
    from + start,
  );
  return true;
}
