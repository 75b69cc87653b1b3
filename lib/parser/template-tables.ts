/**
 * Stage 3 for families 2021 / 2019: normalised text → TableValues for §二 (active.*), §三 (apps/outcome)
 * and §四 (review/litigation). Rows are located by their labels (labels.ts); the cells of a row are the
 * tokens between its label and the next one.
 */
import { doubledCellsOnce } from "./doubled-cells";
import { blankSheetGrid, formulasAsSums } from "./sheet-grid";
import { type CellToken, scanCells } from "./cells";
import { incompleteReport } from "./completeness";
import { addDerivedSums } from "./derived-sums";
import { fitCells } from "./fit-cells";
import { SECTION2_2019, SECTION2_2021, type ActiveRowSpec } from "./labels";
import { blankMarkdownFurniture } from "./markdown-tables";
import { blankMarkupResidue } from "./markup-residue";
import { joinWrappedDigits } from "./wrapped-digits";
import { readApplications } from "./read-applications";
import { readReview } from "./read-review";
import { partOfYearRow } from "./part-of-year-rows";
import { locateRows, type RowSegment } from "./rows";
import { findRegions, type Regions, tablesElsewhere } from "./table-regions";
import { rowKeys, TableSink } from "./table-sink";
import { storeRow } from "./template-rows";
import {
  blankPageNumbers,
  blankTableNumbers,
  compactRaw,
  dashesTypedAsYi,
  LineIndex,
  onesTypedAsLetters,
  zerosTypedAsLetters,
} from "./text-lines";
import type { Family, Finding, TableValues } from "./types";

type TemplateFamily = Exclude<Family, "legacy">;

function readActive(text: string, family: TemplateFamily, [from, to]: [number, number], sink: TableSink): void {
  const specs: ActiveRowSpec[] = family === "2021" ? SECTION2_2021 : SECTION2_2019;
  for (const seg of locateRows(text, specs, from, to)) {
    const keys = rowKeys(seg.spec.key, seg.spec.fields);
    const tokens = scanCells(text, seg.cellsFrom, seg.cellsTo, { negative: family === "2019" });
    if (seg.spec.key === "active.procurement" && loneProcurement(text, seg, keys, tokens, sink)) continue;
    storeRow(text, seg, keys, fitCells(tokens, keys.length), sink);
  }
}

/** The unit printed after a figure ("1018703元", "82059.2090万元"), or the header's (采购总金额（元）). */
const UNIT_AFTER = /^\s*(万元|元)/;
const HEADER_UNIT = /金额\s*[（(]\s*(万元|元)\s*[）)]/;
const HEADER_SPAN = 80;

/**
 * 政府集中采购 printing one figure where the 2019 form has two (采购项目数量, 采购总金额): with 元 or 万元 after it, or
 * a decimal point (a count has none), it is the amount (元 → 万元 ÷ 10,000), the count not printed, P2 info; a bare
 * whole number could be either (and the amount in either unit), so both stay blank, P1 warning naming them.
 */
function loneProcurement(text: string, seg: RowSegment, keys: string[], tokens: CellToken[], sink: TableSink): boolean {
  const printed = tokens.filter((t) => t.kind !== "empty");
  const t = printed[0];
  if (printed.length !== 1 || t.kind !== "num" || keys.length !== 2) return false;
  const end = t.pos + t.raw.length;
  const after = UNIT_AFTER.exec(text.slice(end, end + 4))?.[1];
  const header = HEADER_UNIT.exec(text.slice(Math.max(0, seg.labelStart - HEADER_SPAN), seg.labelStart))?.[1];
  const unit = after ?? (t.raw.includes(".") ? header : undefined);
  const [items, amount] = keys;
  if (!unit) {
    for (const k of keys) sink.put(k, { value: null, pos: seg.labelStart }, "");
    const message =
      `active.procurement: one figure printed, ${t.raw}, with no unit: 采购项目数量 or 采购总金额 (元 or 万元) is not ` +
      "told; left blank";
    sink.finding("P1", "warning", message, keys, seg.labelStart);
    return true;
  }
  const wan = unit === "元" ? Math.round(t.value * 100) / 1_000_000 : t.value;
  sink.put(amount, { value: wan, pos: t.pos }, compactRaw(text, seg.labelStart, Math.min(seg.cellsTo, end + 2)));
  sink.put(items, { value: null, pos: seg.labelStart }, "");
  const message =
    `active.procurement: one figure printed, ${t.raw}${after ?? ""}` +
    `${after ? "" : ` (the header's ${unit})`}: read as 采购总金额 (${wan} 万元), 采购项目数量 not printed`;
  sink.finding("P2", "info", message, keys, seg.labelStart);
  return true;
}

/** The keys a section's table gives (derived sums included), for a finding on a section printed twice. */
const SECTION_KEY = { applications: /^(?:apps|outcome)\./, review: /^(?:review|litigation)/, active: /^active\./ };

/** How much of a caption a finding quotes: its end names the year (表二:2023年度(本年度)情况). */
const CAPTION_SHOWN = 20;

/** A section printing more than one table: which one was read, or that none could be told to be this year's. */
function noteRepeated(regions: Regions, table: TableValues, sink: TableSink, at: number): void {
  for (const { section, captions, chosen } of regions.repeated) {
    // §三's rows printed again with the other columns, joined into one table: not two tables.
    if (section === "applications" && sink.columnPasses) continue;
    const keys = Object.keys(table.values).filter((k) => SECTION_KEY[section].test(k));
    const printed = captions.map((c) => `「${c.slice(-CAPTION_SHOWN) || "无标题"}」`).join("、");
    if (chosen !== null)
      sink.finding("P2", "info", `页面印有${captions.length}张表(${printed}),读取本年度的一张`, keys, at);
    else sink.finding("P2", "warning", `页面印有${captions.length}张表(${printed}),未标明哪一张是本年度的`, keys, at);
  }
}

/**
 * A section whose table the page prints again outside the part read (another agency's excerpt, last year's report,
 * a sample form, a corrected table): every key read from it named, the choice not being certain.
 */
function noteElsewhere(text: string, regions: Regions, table: TableValues, sink: TableSink): void {
  for (const section of tablesElsewhere(text, regions)) {
    const keys = Object.keys(table.values).filter((k) => SECTION_KEY[section].test(k));
    if (keys.length === 0) continue;
    const what = { applications: "申请情况表", review: "行政复议、行政诉讼情况表", active: "主动公开情况表" }[section];
    const message = `页面另印有一张${what}(节选、上年度、样表或更正),未能确定读取的一张是本单位本年度的`;
    const at =
      section === "applications"
        ? regions.applications[0]
        : section === "active"
          ? (regions.active?.[0] ?? 0)
          : (regions.review?.[0] ?? 0);
    sink.finding("P2", "warning", message, keys, at);
  }
}

/** §三 or §四 printing a row for each part of the year (上半年 3 0 0 …, 下半年 5 0 0 …): left blank, keys named. */
function unreadPartsOfYear(text: string, regions: Regions, sink: TableSink): void {
  for (const section of ["applications", "review"] as const) {
    const region = regions[section];
    const row = region && partOfYearRow(text, region, section);
    if (!row) continue;
    const keys = sink.unread((k) => SECTION_KEY[section].test(k));
    const what = section === "applications" ? "§三" : "§四";
    const message = `${what}按年内各时段分行印出(「${row}…」),该行不是全年的数;页面未说明哪一行是全年的,留空`;
    if (keys.length > 0) sink.finding("P2", "warning", message, keys, region[0]);
  }
}

/** The page's own first doubled figures and how each is read ("66 22 00" for 6 2 0), from the first one not 0. */
function doubledExample(printed: string, once: string, spans: [number, number][]): string {
  const first = Math.max(
    0,
    spans.findIndex(([a, b]) => /[1-9]/.test(printed.slice(a, b))),
  );
  const shown = spans.slice(first, first + 3);
  const as = (text: string) => shown.map(([a, b]) => text.slice(a, b).trim()).join(" ");
  return `"${as(printed)}" for ${as(once)}`;
}

export function extractTemplateTables(
  normalized: string,
  family: TemplateFamily,
  year: number | null = null,
): { value: TableValues; issues: Finding[]; printsReview: boolean } {
  const blanked = blankMarkdownFurniture(
    blankMarkupResidue(blankTableNumbers(blankPageNumbers(blankSheetGrid(joinWrappedDigits(normalized))))),
  );
  const { text: summed, spans: formulas } = formulasAsSums(blanked);
  const { text: once, spans: doubled } = doubledCellsOnce(summed);
  const { text: zeroed, spans: letterZeros } = zerosTypedAsLetters(once);
  const { text: oned, spans: letterOnes } = onesTypedAsLetters(zeroed);
  const { text, spans: yiDashes } = dashesTypedAsYi(oned);
  const sink = new TableSink(new LineIndex(text));
  const regions = findRegions(text, year);
  if (regions.active) readActive(text, family, regions.active, sink);
  readApplications(text, family, regions.applications, sink);
  // An excerpt that stops inside §四's run: nothing but spaces after the region, and no §五/§六 wording.
  const cutAtEnd = regions.review !== null && !regions.continues && text.slice(regions.review[1]).trim() === "";
  if (regions.review) readReview(text, regions.review, sink, { cutAtEnd });
  unreadPartsOfYear(text, regions, sink);
  const typedO = sink.keysWithin(letterZeros);
  if (typedO.length > 0)
    sink.finding(
      "P2",
      "info",
      'cells typed with the letter O for a zero ("O000O00") are read as 0',
      typedO,
      letterZeros[0][0],
    );
  sink.reprint(text, blanked, doubled.length > 0 ? [...formulas, ...doubled] : formulas);
  const twice = sink.keysWithin(doubled);
  if (twice.length > 0) {
    const example = doubledExample(summed, once, doubled);
    const message = `every cell of the tables is printed twice (${example}); each is read once`;
    sink.finding("P2", "info", message, twice, doubled[0][0]);
  }
  const byFormula = sink.keysWithin(formulas);
  if (byFormula.length > 0) {
    const message =
      "cells printed as their spreadsheet formula (=SUM(C6:H6)) are read as the sum it names over the figures " +
      "printed before it";
    sink.finding("P2", "info", message, byFormula, formulas[0][0]);
  }
  const typedL = sink.keysWithin(letterOnes);
  if (typedL.length > 0) {
    const message = 'cells typed with the letter l or I for a 1 ("l7", "2l", "l 0 0") are read as 1 (an OCR\'d scan)';
    sink.finding("P2", "info", message, typedL, letterOnes[0][0]);
  }
  const typedYi = sink.keysWithin(yiDashes);
  if (typedYi.length > 0) {
    const message =
      `cells typed with 一 for a dash (${yiDashes.length} of them, none a 0 or another numeral word) are read as ` +
      "blank cells, not as 1";
    sink.finding("P2", "info", message, typedYi, yiDashes[0][0]);
  }
  const table = sink.table;
  const cut = incompleteReport(family, regions, table);
  if (cut) sink.finding(cut.rule, cut.severity, cut.message, cut.keys, text.length - 1);
  const value = addDerivedSums(table, family, sink.issues);
  noteRepeated(regions, value, sink, regions.applications[0]);
  noteElsewhere(text, regions, value, sink);
  return { value, issues: sink.issues, printsReview: regions.review !== null };
}
