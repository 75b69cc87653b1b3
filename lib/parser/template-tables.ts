/**
 * Stage 3 for families 2021 / 2019: normalised text → TableValues for §二 (active.*), §三 (apps/outcome)
 * and §四 (review/litigation). Rows are located by their labels (labels.ts); the cells of a row are the
 * tokens between its label and the next one.
 */
import { scanCells } from "./cells";
import { incompleteReport } from "./completeness";
import { addDerivedSums } from "./derived-sums";
import { fitCells } from "./fit-cells";
import { SECTION2_2019, SECTION2_2021, type ActiveRowSpec } from "./labels";
import { blankMarkdownFurniture } from "./markdown-tables";
import { blankMarkupResidue } from "./markup-residue";
import { readApplications } from "./read-applications";
import { readReview } from "./read-review";
import { locateRows } from "./rows";
import { findRegions } from "./table-regions";
import { TableSink } from "./table-sink";
import { storeRow } from "./template-rows";
import { blankPageNumbers, LineIndex } from "./text-lines";
import type { Family, Finding, TableValues } from "./types";

type TemplateFamily = Exclude<Family, "legacy">;

function readActive(text: string, family: TemplateFamily, [from, to]: [number, number], sink: TableSink): void {
  const specs: ActiveRowSpec[] = family === "2021" ? SECTION2_2021 : SECTION2_2019;
  for (const seg of locateRows(text, specs, from, to)) {
    const keys = seg.spec.fields.map((f) => `${seg.spec.key}.${f}`);
    const tokens = scanCells(text, seg.cellsFrom, seg.cellsTo, { negative: family === "2019" });
    storeRow(text, seg, keys, fitCells(tokens, keys.length), sink);
  }
}

export function extractTemplateTables(
  normalized: string,
  family: TemplateFamily,
): { value: TableValues; issues: Finding[] } {
  const text = blankMarkdownFurniture(blankMarkupResidue(blankPageNumbers(normalized)));
  const sink = new TableSink(new LineIndex(text));
  const regions = findRegions(text);
  if (regions.active) readActive(text, family, regions.active, sink);
  readApplications(text, family, regions.applications, sink);
  // An excerpt that stops inside §四's run: nothing but spaces after the region, and no §五/§六 wording.
  const cutAtEnd = regions.review !== null && !regions.continues && text.slice(regions.review[1]).trim() === "";
  if (regions.review) readReview(text, regions.review, sink, { cutAtEnd });
  const table = sink.table;
  const cut = incompleteReport(family, regions, table);
  if (cut) sink.finding(cut.rule, cut.severity, cut.message, cut.keys, text.length - 1);
  return { value: addDerivedSums(table, family, sink.issues), issues: sink.issues };
}
