/**
 * §三 of the 2021 / 2019 templates: each row's cells are the tokens between its label and the next; rows
 * whose cells were not printed apart are read by the whole table's sums (resolve-ambiguity.ts).
 */
import { type CellToken, scanCells } from "./cells";
import {
  deletedColumns,
  type KeptColumns,
  MERGED,
  describeOrder,
  extraColumn,
  extraColumnCheck,
  type ExtraColumn,
  hasSubtotalColumn,
  lacksTotalColumn,
  readColumnOrder,
  reducedColumns,
  rowTotalCheck,
  SUBTOTAL_CHECK,
  toTemplateOrder,
  withoutSubtotal,
} from "./column-order";
import { reattachDetachedRows } from "./detached-rows";
import { emptyAsZero, printsZerosAsMarkers, printsZerosEmpty, readingsBySpaces } from "./empty-zeros";
import { fitCells, type Cell, type FitResult } from "./fit-cells";
import { anyOfRegex, findIn } from "./label-regex";
import { anyReading, sumCheck, type RowCheck } from "./glued-split";
import { APPLICANTS } from "@/lib/template/modern";
import { APPLICATION_CHANNELS } from "@/lib/template/legacy";
import { APPLICANT_COLUMNS, DERIVED_GROUPS, SECTION3_2019, SECTION3_2021, type LabelSpec } from "./labels";
import { resolveAmbiguities, resolvePreferred, type Ambiguity } from "./resolve-ambiguity";
import { labelsAroundCells, locateRows, type RowSegment } from "./rows";
import { beforeProse, statesAllZero } from "./table-regions";
import { rowKeys, type TableSink } from "./table-sink";
import { noteInferred, rowAt, storeRow, storeUndecided } from "./template-rows";
import { compactRaw } from "./text-lines";
import type { Family } from "./types";

/** R2 as a constraint for splitting glued digits: total = sum of the six applicant columns. */
const rowTotal = sumCheck([{ parts: [0, 1, 2, 3, 4, 5], total: 6 }]);

const SPACES = "by the spaces the empty cells left, and the column sums hold";

const OTHER_ITEMS_RE = anyOfRegex(["逾期不补正", "逾期未按收费"]);

/** Built once per spec (a row's label characters are fixed by the template). */
const LABEL_CHARS = new WeakMap<LabelSpec, ReadonlySet<string>>();
const WITH_APPLICANTS = new WeakMap<LabelSpec, ReadonlySet<string>>();
function labelChars(spec: LabelSpec): ReadonlySet<string> {
  let chars = LABEL_CHARS.get(spec);
  if (!chars) LABEL_CHARS.set(spec, (chars = new Set([...spec.cores.join(""), ...(spec.prefix ?? "")])));
  return chars;
}
/** The applicant headings' characters (自然人, 法人或其他组织, 商业企业 … 总计). */
const APPLICANT_CHARS = [...APPLICANTS.map((a) => a.label).join(""), ..."法人或其他组织"];
function withApplicants(spec: LabelSpec): ReadonlySet<string> {
  let chars = WITH_APPLICANTS.get(spec);
  if (!chars) WITH_APPLICANTS.set(spec, (chars = new Set([...labelChars(spec), ...APPLICANT_CHARS])));
  return chars;
}

interface PendingRow {
  seg: RowSegment;
  keys: string[];
  fit: FitResult;
}

/** The cells after each label, the last row cut where the table ends and detached rows given back. */
/** A group's 小计 row a page adds after its last item ("8.属于行政查询事项 0000000小计 2100003"): its own row. */
const SUBTOTAL_ROW = /小\s*计/;
/**
 * A sub-row a site adds under a row, after its figures ("…数量 4100005其中：网上申请 3100004二、…", "…数量 4100005
 * 上年同期数量 7000018 二、…", last year's figures): its own row.
 */
const SUB_ROW = /\d\s*(其\s*中\s*[:：]|(?:上年|去年)(?:度)?同期)/;
/** An item's number and the first character of its label ("1.", "2、", "（3）", "④"). */
const ITEM_FIRST = /^[\s|]*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）]|[①-⑩])\s*[\u4e00-\u9fff]/;
/** A row whose label is followed at once by its parts' sub-rows (其中：网上申请 …), with no figures of its own. */
const PARTS_ONLY = /^[\s|]*其\s*中\s*[:：]/;

/**
 * Where a row's cells end: at a 小计 row or a 其中： sub-row printed after it, or at the next label. Searched within
 * the row's own cells (a search from the row to the end of the page cost every row a scan of the rest of the page).
 */
function cellsEnd(text: string, seg: RowSegment): number {
  // A group whose first item's label the reader does not know ("（四）无法提供 1.不掌握 4 1 0 0 0 0 5 2.…"): the
  // figures after that label are the item's, not the group's; the group prints none of its own.
  if (seg.spec.group)
    return ITEM_FIRST.test(text.slice(seg.cellsFrom, Math.min(seg.cellsTo, seg.cellsFrom + 12)))
      ? seg.cellsFrom
      : seg.cellsTo;
  const cells = text.slice(seg.cellsFrom, seg.cellsTo);
  // "一、本年新收…数量 其中：网上申请 3 0 0 0 0 0 3 信函申请 …": the row prints no cells of its own, only its parts'.
  if (PARTS_ONLY.test(cells)) return seg.cellsFrom;
  const subtotal = cells.search(SUBTOTAL_ROW);
  const sub = SUB_ROW.exec(cells);
  const at = Math.min(...[subtotal, sub ? sub.index + sub[0].length - sub[1].length : -1].filter((i) => i >= 0));
  return Number.isFinite(at) ? seg.cellsFrom + at : seg.cellsTo;
}

/**
 * Empty bordered cells after a row's last figure and past its line's end: the next row's label columns (| | (二)…),
 * not this row's cells, which would pad it to width and read its figures by place from the left.
 */
function withoutNextRowsEmpties(text: string, tokens: CellToken[]): CellToken[] {
  const last = tokens.findLastIndex((t) => t.kind !== "empty");
  if (last < 0 || last === tokens.length - 1) return tokens;
  const lineEnd = text.indexOf("\n", tokens[last].pos);
  if (lineEnd < 0 || tokens[last + 1].pos < lineEnd) return tokens;
  const cut = tokens.findIndex((t, i) => i > last && t.pos > lineEnd);
  return cut < 0 ? tokens : tokens.slice(0, cut);
}

function rowTokens(text: string, segs: RowSegment[], rowSum: RowCheck, n: number) {
  const scanned = segs.map((seg) => withoutNextRowsEmpties(text, scanCells(text, seg.cellsFrom, cellsEnd(text, seg))));
  // The last row runs on into whatever follows the table.
  const last = segs.length - 1;
  // A table printed transposed has the applicant headings there, each before its line of figures: not prose.
  if (last >= 0) scanned[last] = beforeProse(text, scanned[last], segs[last].cellsTo, withApplicants(segs[last].spec));
  return reattachDetachedRows(
    text,
    scanned,
    segs.map((s) => s.spec.group === true),
    n,
    rowSum,
  );
}

/** A §三 cell of one applicant's column (apps.new.natural_person, outcome.denied.secret.commercial), not 总计's. */
const S3_APPLICANT_CELL = new RegExp(
  String.raw`^(?:apps|outcome)\..*\.(?:${APPLICANT_COLUMNS.filter((c) => c !== "total").join("|")})$`,
);

/** An applicant heading's words (自然人, 法人或其他组织, 商业企业 …): a header naming one heads columns by applicant. */
const APPLICANT_HEADING = new RegExp(
  [...APPLICANTS.filter((a) => a.key !== "other_org" && a.key !== "total").map((a) => a.label), "法人"].join("|"),
);

/** A channel's count after it (当面申请数 件 1), no other channel's word between (当面 网络 … are column headings). */
const CHANNEL_COUNTED = APPLICATION_CHANNELS.map(
  (c) => new RegExp(`${c}(?:(?!${APPLICATION_CHANNELS.join("|")})\\D){0,6}\\d`),
);

/**
 * A header heading its columns by the way applications came in (申请方式 当面申请 网络申请 信函申请 传真申请 电子邮件
 * 其他 总计), naming no applicant: the columns are not the template's applicants, so only 总计 is theirs. "rows"
 * where the channels are a table's rows, each with its count (指标名称 单位 数量 … 当面申请数 件 1 网络申请数 件 3): a
 * table of single counts, no column by applicant at all.
 */
function headsByChannel(header: string): "columns" | "rows" | null {
  const words = header.replace(/[\s|]+/g, "");
  if (APPLICANT_HEADING.test(words)) return null;
  const named = APPLICATION_CHANNELS.filter((c) => words.includes(c));
  if (named.length < 2) return null;
  const counted = CHANNEL_COUNTED.filter((re) => re.test(words));
  return counted.length >= 2 ? "rows" : "columns";
}

/**
 * The finding naming the applicant cells left blank under channels, worded for the way the page prints them. A table
 * of single counts names the rows whose count was read as their 总计 (a template row the table's own rows matched,
 * 同意部分公开答复数 as (二)部分公开), and only those: the others' counts were not read.
 */
function channelMessage(channels: "columns" | "rows", sink: TableSink): string {
  if (channels === "columns")
    return (
      "§三: the header heads its columns by the way applications came in (当面, 网络, 信函 …), not by applicant; only " +
      "the 总计 column is read"
    );
  const rows = [...new Set(sink.withheld.map((k) => k.slice(0, k.lastIndexOf("."))))];
  const read = rows.filter((row) => sink.valueOf(`${row}.total`) !== undefined);
  const head =
    "§三 is a table of single counts, the ways applications came in (当面, 网络, 信函 …) among its rows, with no " +
    "column by applicant: no applicant's cell is read";
  return read.length === 0 ? head : `${head}; the count printed for ${read.join(", ")} is read as that row's 总计`;
}

export function readApplications(
  text: string,
  family: Exclude<Family, "legacy">,
  range: [number, number],
  sink: TableSink,
): void {
  const heads: { channels: "columns" | "rows" | null } = { channels: null };
  readApplicationRows(text, family, range, sink, heads);
  // The sink withholds (applicant cells under channel columns) only where heads.channels is set, and for §三 alone.
  sink.withhold = null;
  if (heads.channels === null || sink.withheld.length === 0) return;
  sink.finding("P1", "warning", channelMessage(heads.channels, sink), [...sink.withheld], range[0]);
}

function readApplicationRows(
  text: string,
  family: Exclude<Family, "legacy">,
  [from, to]: [number, number],
  sink: TableSink,
  heads: { channels: "columns" | "rows" | null },
): void {
  // A 2019 report may print §三 on the 2021 table (其他处理's three sub-items): the table's own rows decide.
  const specs = family === "2021" || findIn(OTHER_ITEMS_RE, text, from, to) ? SECTION3_2021 : SECTION3_2019;
  const ambiguous: (Ambiguity & PendingRow)[] = [];
  const inferred: (PendingRow & { cells: Cell[] })[] = [];
  if (splitByColumns(text, specs, from, to, sink)) return;
  const located = locateRows(text, specs, from, to);
  const fits = (a: number, b: number) =>
    readsAsRow(fitCells(scanCells(text, a, b), APPLICANT_COLUMNS.length, rowTotal));
  const { rejoined: around, foreign } = labelsAroundCells(text, located, specs, fits);
  if (around.length > 0) {
    const keys = around.flatMap((s) => rowKeys(s.spec.key, APPLICANT_COLUMNS));
    const message =
      "§三 prints a row's figures between the two halves of its label (5.属于三类 0 0 0 0 0 0 0 内部事务信息): read as " +
      "that row's";
    sink.finding("P2", "info", message, keys, around[0].labelStart);
  }
  const before = cellsBeforeLabels(text, located, from);
  const segs = before?.segs ?? located;
  const merged = mergedRows(text, segs);
  if (before) {
    const keys = segs.filter((s) => !s.spec.group).flatMap((s) => rowKeys(s.spec.key, APPLICANT_COLUMNS));
    const message =
      "§三 prints each row's cells before its label (the first run before 一、本年新收…, nothing after the last " +
      "row's label): each row is read from the run before its label";
    sink.finding("P2", "info", message, keys, segs[0].labelStart);
  } else {
    for (const block of blocksBeforeLabels(text, segs, from)) {
      const keys = block.flatMap((s) => rowKeys(s.spec.key, APPLICANT_COLUMNS));
      const message =
        `§三 prints the rows ${block.map((s) => s.spec.key).join(", ")} each after its figures (a run where the row ` +
        "before holds one already, none after the last label): each is read from the run before its label";
      sink.finding("P2", "warning", message, keys, block[0].labelStart);
    }
  }
  if (!segs.some((s) => !s.spec.group) && allZero(text, from, to, specs, sink)) return;
  if (totalsList(text, segs, sink)) return;
  if (labelledRows(text, segs, specs, sink)) return;
  if (totalsColumnOnly(text, segs, sink)) return;
  // Columns in the header's order when it is not the template's: read in that order, stored in the template's.
  const header = segs.length > 0 ? text.slice(from, before?.headerEnd ?? segs[0].labelStart) : "";
  if (SERIAL_COLUMN.test(header)) text = withoutSerials(text, segs, sink);
  heads.channels = headsByChannel(header);
  if (heads.channels) sink.withhold = (key) => S3_APPLICANT_CELL.test(key);
  const order = readColumnOrder(header);
  const subtotal = order === null && hasSubtotalColumn(header);
  // A column of the natural persons' part after 自然人 ("自然人 其中：台胞 法人或其他组织 …"): read, then left out.
  const within = order === null && !subtotal && hasWithinColumn(header);
  // 自然人 printed as two columns (自然人(本人) 自然人(委托代理)): read, 自然人 itself left blank.
  const split = order === null && !subtotal && !within && SPLIT_NATURAL.test(header.replace(/[\s|]+/g, ""));
  // A column for applicants the template does not count apart (港澳台及外国申请人, 其中：涉港澳台): read, then left out.
  const outside = order === null && !subtotal && !within && !split ? extraColumn(header) : null;
  const extra = subtotal || within || split || outside !== null;
  const reduced = order === null ? reducedColumns(header) : null;
  if (reduced && !printsTemplateRows(text, segs, reduced === "three" ? 3 : 1))
    return readReduced(text, segs, specs, reduced, sink);
  const kept = order === null ? deletedColumns(header) : null;
  if (kept && printedWidth(text, segs, kept.cells.length)) return readKeptColumns(text, segs, specs, kept, sink);
  const check = subtotal
    ? SUBTOTAL_CHECK
    : split
      ? EIGHT_CELLS_CHECK
      : within
        ? WITHIN_CHECK
        : outside
          ? extraColumnCheck(outside)
          : order
            ? rowTotalCheck(order)
            : rowTotal;
  const printedRows = rowTokens(text, segs, check, APPLICANT_COLUMNS.length + (extra ? 1 : 0));
  // A 上年同期 column after the template's: last year's figure for the row, printed apart after its cells.
  const sameTerm = order === null && !extra && SAME_TERM.test(header);
  // Each row printing this year's cells and then last year's, as a caption says ("每栏前为本年度、后为上年度").
  const caption = text.slice(Math.max(0, from - PAIRED_SPAN), segs.length > 0 ? segs[0].labelStart : from);
  const paired = order === null && !extra && !sameTerm ? pairedOrder(caption) : null;
  const yearRows = sameTerm
    ? printedRows.map(withoutSameTerm)
    : paired
      ? printedRows.map((r) => thisYears(r, paired))
      : printedRows;
  const shared = withoutShares(yearRows, header);
  const rows = shared ?? yearRows;
  if (shared) {
    const note = "§三: each row ends in its share of the total (占比, '60%'), a column after the counts; left out";
    sink.finding("P0", "info", note, [], from);
  }
  if (paired) {
    const which = paired === "first" ? "this year's first" : "last year's first";
    const note = `§三: each row prints this year's cells and last year's (${which}); last year's are left out`;
    sink.finding("P0", "info", note, [], from);
  }
  if (sameTerm)
    sink.finding(
      "P0",
      "info",
      "§三: the header prints a 上年同期 column after 总计; its figures are left out",
      [],
      from,
    );
  sink.zeroMarkers = printsZerosAsMarkers(rows);
  // No 总计 in the header: a row printing exactly six numbers is the six applicant cells, and no total.
  const noTotal = order === null && !extra && lacksTotalColumn(header);
  if (noTotal)
    sink.finding(
      "P0",
      "info",
      "§三: the header prints no 总计 column; rows of six numbers are read without a total",
      [],
      from,
    );
  if (within)
    sink.finding("P0", "info", "§三: the header prints a 其中 column after 自然人; rows are read without it", [], from);
  if (split) {
    const note =
      "§三: the header prints 自然人 as two columns (自然人(本人), 自然人(委托代理)); 自然人 itself is not read";
    sink.finding(
      "P0",
      "info",
      note,
      segs.filter((sg) => !sg.spec.group).map((sg) => `${sg.spec.key}.natural_person`),
      from,
    );
  }
  if (subtotal)
    sink.finding("P0", "info", "§三: the header prints a 小计 column after 其他; rows are read without it", [], from);
  if (outside) {
    const counted = outside.within
      ? "a part of 总计"
      : outside.afterTotal
        ? "after 总计, counted in it where a row's 总计 is more than the six"
        : "counted in 总计, so 总计 is more than the six";
    const note = `§三: the header prints a ${outside.heading} column (${counted}); rows are read without it`;
    sink.finding("P0", "info", note, [], from);
  }
  if (order)
    sink.finding(
      "P0",
      "info",
      `§三: columns printed in the order ${describeOrder(order)} (read by the header)`,
      [],
      from,
    );
  const zerosEmpty =
    !order &&
    !noTotal &&
    !extra &&
    printsZerosEmpty(
      rows,
      segs.map((s) => s.spec.group === true),
      APPLICANT_COLUMNS.length,
    );
  // Where the table prints its zeros as empty cells, a reading's empty cells are those zeros.
  const asPrinted = (cells: Cell[]): Cell[] => (zerosEmpty ? emptyAsZero(cells) : cells);
  const zeroRows: string[] = [];
  const unprinted: PendingRow[] = [];
  const misprinted: (PendingRow & { tokens: CellToken[] })[] = [];
  const contradicted: (PendingRow & { tokens: CellToken[] })[] = [];
  segs.forEach((seg, i) => {
    const all = rowKeys(seg.spec.key, APPLICANT_COLUMNS);
    // Figures after a lost row's number and first half ("2.重 3 0 0 0 0 0 3 复申请"): that row's, not this one's.
    if (foreign.includes(seg)) {
      const problem = { severity: "error" as const, message: FOREIGN_CELLS };
      return storeRow(text, seg, all, { cells: null, problem }, sink);
    }
    if (merged.has(seg)) {
      const problem = { severity: "error" as const, message: MERGED_ROWS };
      return storeRow(text, seg, all, { cells: null, problem }, sink);
    }
    if (zerosEmpty && !seg.spec.group && rows[i].length === 0) {
      zeroRows.push(...all);
      return all.forEach((k) => sink.put(k, { value: 0, pos: seg.labelStart }, ""));
    }
    // Without a 总计 column a row is six cells, never seven: glued digits that would add up as seven cells
    // with a total are still six cells, and only the columns' sums (R1, R3) can choose how they split.
    const keys = noTotal ? all.slice(0, -1) : all;
    // A row printing no figures at all waits: the table's column sums may show it holds nothing.
    if (!seg.spec.group && rows[i].every((t) => t.kind === "empty"))
      return unprinted.push({ seg, keys, fit: { cells: null } });
    // So does a row of dashes in a table that prints its zeros ("— — — — — — —" beside "0 0 0 0 0 0 0"): a dash
    // there may mean a cell left blank, so the row is 0 only where the sums prove it, otherwise blank as printed.
    if (!seg.spec.group && !sink.zeroMarkers && rows[i].every((t) => t.kind === "empty" || t.kind === "blank"))
      return unprinted.push({ seg, keys, fit: fitCells(rows[i], keys.length, check) });
    if (
      noTotal &&
      rows[i].filter((t) => t.kind === "num").length === keys.length &&
      rows[i].every((t) => t.kind === "num" || t.kind === "empty")
    ) {
      return storeRow(text, seg, keys, fitCells(rows[i], keys.length), sink);
    }
    const printedFit = fitCells(rows[i], keys.length + (extra ? 1 : 0), noTotal ? anyReading : check);
    // 总计 counting the column left out (港澳台及外国申请人 before it): R2 adds that cell to the six, as the row did.
    const outsideCell =
      outside && !outside.within && !printedFit.alternatives && countedInTotal(printedFit, outside)
        ? printedFit.cells?.[outside.at]
        : null;
    if (outsideCell?.value) sink.countsOutside(`${seg.spec.key}.total`, outsideCell.value);
    const fit = subtotal
      ? withoutSubtotal(printedFit)
      : split
        ? naturalUnread(printedFit)
        : within
          ? withoutColumn(printedFit, 1)
          : outside
            ? withoutColumn(printedFit, outside.at)
            : order
              ? toTemplateOrder(printedFit, order)
              : printedFit;
    // A glued row whose 总计 is not the sum of any split of its parts waits: the columns may give its parts.
    const columnsTell = !order && !noTotal && !extra;
    if (columnsTell && !fit.cells && fit.problem?.message.includes("have no reading where the sums hold"))
      return misprinted.push({ seg, keys, fit, tokens: rows[i] });
    // Glued digits read one per cell though the row's sum says otherwise: the columns check each cell.
    if (columnsTell && fit.cells && fit.problem?.message.includes("which the row's sum contradicts"))
      return contradicted.push({ seg, keys, fit, tokens: rows[i] });
    // Rows with several readings wait until the unambiguous rows are in: the columns decide.
    if (fit.alternatives) return ambiguous.push({ row: seg.spec.key, keys, alternatives: fit.alternatives, seg, fit });
    storeRow(text, seg, keys, fit.cells ? { ...fit, cells: asPrinted(fit.cells) } : fit, sink);
    if (fit.inferred && fit.cells) inferred.push({ seg, keys, fit, cells: fit.cells });
  });
  if (zeroRows.length > 0) {
    const why = "§三 prints its zeros as empty cells (no 0 is printed and every row ends in its sum)";
    sink.finding("P2", "info", `${why}: the rows that print no figures are read as 0`, zeroRows, from);
  }
  if (ambiguous.length > 0 || inferred.length > 0)
    resolveRows(text, segs, specs, rows, ambiguous, inferred, zerosEmpty, sink);
  // The outcomes before (七)总计 before the 本年新收 / 结转 rows: each row's columns come from the ones read before it.
  const rank = (key: string) => (key === "outcome.total" ? 1 : key.startsWith("apps.") ? 2 : 0);
  misprinted.sort((a, b) => rank(a.seg.spec.key) - rank(b.seg.spec.key));
  for (const row of misprinted) storeByColumns(text, row, segs, sink);
  // So are rows read against their sum: 本年新收 "9100010" is checked by (七)总计's columns, read first.
  contradicted.sort((a, b) => rank(a.seg.spec.key) - rank(b.seg.spec.key));
  for (const row of contradicted) storeConfirmed(text, row, segs, sink);
  storeUnprinted(text, unprinted, specs, sink);
  if (!noTotal && !extra) storeLeftOut(segs, specs, sink);
  if (noTotal) totalsBySum(segs, sink);
  restStatedZero(text, segs, specs, to, sink);
  if (!noTotal && !extra) settleUnprintedTotals(text, segs, sink);
  if (!noTotal && !extra && !segs.some((s) => s.spec.key === "outcome.total")) totalRowLeftOut(segs, sink);
}

const MERGED_ROWS =
  "printed with the next or last row under one label joined by 及/和 (一、本年新收及上年结转…数量 3 3 1 0 0 0 7): " +
  "its figures are the two rows' sums, so neither row is read";
/** What joins two row labels printed as one ("本年新收及上年结转…"): a conjunction and nothing else. */
const JOINED = /^\s*(?:以及|及|和|与|暨|、|并)\s*$/;

/** Rows whose label is joined to the next row's by a conjunction alone, both: one printed row of two rows' sums. */
function mergedRows(text: string, segs: RowSegment[]): Set<RowSegment> {
  const merged = new Set<RowSegment>();
  for (let i = 0; i + 1 < segs.length; i++) {
    const [a, b] = [segs[i], segs[i + 1]];
    if (a.spec.group || b.spec.group || b.labelStart - a.cellsFrom > 4) continue;
    if (JOINED.test(text.slice(a.cellsFrom, b.labelStart))) merged.add(a).add(b);
  }
  return merged;
}

const FOREIGN_CELLS =
  "the figures after the label follow another row's item number and the first half of its label (a label printed " +
  "around its figures, not found); not read as this row's";

/** A run of figures that reads as one row (R2 holds, in one way or several). */
const readsAsRow = (fit: FitResult): boolean =>
  (fit.alternatives?.length ?? 0) > 0 || (fit.cells !== null && !fit.problem);

/** The run of figures a header ends in, right before the first row's label ("…法律服务机构 其他 112 9 0 1 3 2 127"). */
const LEAD_RUN = /[\u4e00-\u9fff）)]([\s|]*\d[\d\s|]*)$/;
/** How many rows a table must print for its layout to be told apart. */
const MIN_SHIFTED_ROWS = 6;

/** Where the run of figures a header ends in starts, where it reads as a row; null where it ends in words. */
function leadRun(text: string, segs: RowSegment[], from: number): number | null {
  if (segs.length === 0) return null;
  const lead = LEAD_RUN.exec(text.slice(from, segs[0].labelStart));
  if (!lead) return null;
  const leadFrom = from + lead.index + lead[0].length - lead[1].length;
  return isRun(scanCells(text, leadFrom, segs[0].labelStart)) ? leadFrom : null;
}

/**
 * §三 printed with each row's cells before its label ("…其他 112 9 0 1 3 2 127 一、本年新收…数量 6 1 0 0 0 0 7 二、上年
 * 结转…数量 …"; a PDF whose labels sit below their figures, a crawl of a table whose label column comes last): the
 * header ends in a full row of figures (R2 holds over it) and the last row's label is followed by none. Each row's
 * cells are then the run before its label (before the group label printed right ahead of it), not the one after,
 * which belongs to the next row. Otherwise null, and the rows read as usual.
 */
function cellsBeforeLabels(
  text: string,
  segs: RowSegment[],
  from: number,
): { segs: RowSegment[]; headerEnd: number } | null {
  const items = segs.filter((s) => !s.spec.group);
  if (items.length < MIN_SHIFTED_ROWS) return null;
  const leadFrom = leadRun(text, segs, from);
  if (leadFrom === null) return null;
  const last = items[items.length - 1];
  const tail = beforeProse(text, scanCells(text, last.cellsFrom, last.cellsTo), last.cellsTo, labelChars(last.spec));
  if (tail.some((t) => t.kind === "num")) return null;
  let prevEnd = leadFrom;
  const shifted = segs.map((seg, i) => {
    if (seg.spec.group) return { ...seg, cellsTo: seg.cellsFrom };
    // Group labels printed right ahead of this row's label: its figures are before them.
    let start = seg.labelStart;
    for (let k = i - 1; k >= 0 && segs[k].spec.group && text.slice(segs[k].cellsFrom, start).trim() === ""; k--)
      start = segs[k].labelStart;
    const row = { ...seg, cellsFrom: prevEnd, cellsTo: start };
    prevEnd = seg.cellsFrom;
    return row;
  });
  return { segs: shifted, headerEnd: leadFrom };
}

/**
 * Figures that read as one row's run, a digit printed for every cell (fewer would need empty cells placed: a
 * sentence's count, "…3件", is no run) and nothing else.
 */
function isRun(tokens: CellToken[]): boolean {
  let digits = 0;
  for (const t of tokens) {
    if (t.kind === "num") digits += t.raw.length;
    else if (t.kind !== "empty") return false;
  }
  return digits >= APPLICANT_COLUMNS.length && readsAsRow(fitCells(tokens, APPLICANT_COLUMNS.length, rowTotal));
}

const DIGIT = /\d/;
/** A row's cells starting with a figure ("…继续办理 0000000", "…继续办理 | 1 | 0"). */
const FIGURE_FIRST = /^[\s|:：]*\d/;
const FIGURE_SPAN = 16;

/** A glued run's digits from `d` on, or up to `d`, as a token of their own. */
const part = (t: CellToken & { kind: "num" }, a: number, b: number): CellToken => {
  const raw = t.raw.slice(a, b);
  return { ...t, raw, value: Number(raw), pos: t.pos + a };
};

/**
 * Where a row's figures hold two rows' runs ("0000000 123010218", "0000000123010218"), the one place the second
 * starts where both read as a row; null where they read as one row, or two in several ways.
 */
function secondRun(tokens: CellToken[]): number | null {
  const nums = tokens.filter((t): t is CellToken & { kind: "num" } => t.kind === "num");
  if (nums.length === 0 || nums.length !== tokens.filter((t) => t.kind !== "empty").length) return null;
  const cuts = new Set<number>();
  // Two places found already: no one place, whatever the rest gives.
  for (let i = 0; i < nums.length && cuts.size < 2; i++) {
    const t = nums[i];
    if (i > 0 && isRun(nums.slice(0, i)) && isRun(nums.slice(i))) cuts.add(t.pos);
    if (!/^\d+$/.test(t.raw)) continue;
    for (let d = 1; d < t.raw.length && cuts.size < 2; d++) {
      const left = [...nums.slice(0, i), part(t, 0, d)];
      const right = [part(t, d, t.raw.length), ...nums.slice(i + 1)];
      if (isRun(left) && isRun(right)) cuts.add(t.pos + d);
    }
  }
  return cuts.size === 1 ? [...cuts][0] : null;
}

/**
 * Rows of §三 printed each after its figures while the rows around them print theirs after their labels
 * ("（三）不予公开 0000000 1.属于国家秘密0000000 … 8.属于行政查询事项（四）无法提供…", "三、本年度办理结果130000013（一）予以
 * 公开0000000（二）部分公开…（三）…", "3.其他 0000000123010218 （七）总计1000001 四、结转下年度继续办理"): a heading that
 * carries no figures holds a run, or a row holds two; then each row holds one, up to a row that holds none. The rows
 * from the one after the extra run to the one holding none are each read from the run before their label. Only
 * where every run between reads as one row and the extra run is told apart in one way. Returns each block so read.
 */
function blocksBeforeLabels(text: string, segs: RowSegment[], from: number): RowSegment[][] {
  const last = segs.length - 1;
  if (last < 0) return [];
  const scan = (i: number) => {
    const scanned = scanCells(text, segs[i].cellsFrom, segs[i].cellsTo);
    return i === last ? beforeProse(text, scanned, segs[i].cellsTo, labelChars(segs[i].spec)) : scanned;
  };
  // Cheap test first: a row printing no figures (no digit at all before the next label; the last row's run may
  // run on into prose).
  const bareBefore = segs.some((s, i) => i < last && !s.spec.group && !DIGIT.test(text.slice(s.cellsFrom, s.cellsTo)));
  // The last row's run right after its label (the usual page) settles it without a scan.
  if (!bareBefore && FIGURE_FIRST.test(text.slice(segs[last].cellsFrom, segs[last].cellsFrom + FIGURE_SPAN))) return [];
  const lastScan = scan(last);
  if (!bareBefore && (segs[last].spec.group || lastScan.some((t) => t.kind === "num"))) return [];
  const tokens = segs.map((_, i) => (i === last ? lastScan : scan(i)));
  const has = (i: number) => tokens[i].some((t) => t.kind === "num");
  const reads = (i: number) => readsAsRow(fitCells(tokens[i], APPLICANT_COLUMNS.length, rowTotal));
  const blocks: RowSegment[][] = [];
  // The header ending in a run (一、本年新收's, its label after it) starts a block as a row holding two would.
  const lead = leadRun(text, segs, from);
  // A heading holding a run (not a subtotal: a row further on holds none), or a row holding two.
  const extraRun = (a: number): number | null => {
    if (a < 0) return lead;
    if (!has(a)) return null;
    if (segs[a].spec.group) return isRun(tokens[a]) ? tokens[a][0].pos : null;
    return reads(a) ? null : secondRun(tokens[a]);
  };
  for (let a = lead === null ? 0 : -1; a < last; a++) {
    const cut = extraRun(a);
    if (cut === null) continue;
    let z = a + 1;
    while (z <= last && (segs[z].spec.group ? !has(z) : isRun(tokens[z]))) z++;
    if (z > last || segs[z].spec.group || has(z)) continue;
    // a .. z: the extra run starts at `cut`; each row from a + 1 to z takes the run before its label.
    const block: RowSegment[] = [];
    let runFrom = cut;
    if (a >= 0) segs[a] = { ...segs[a], cellsTo: cut };
    for (let i = a + 1; i <= z; i++) {
      const seg = segs[i];
      if (seg.spec.group) continue;
      let labelFrom = seg.labelStart;
      for (let k = i - 1; k > a && segs[k].spec.group; k--) labelFrom = segs[k].labelStart;
      const own = tokens[i].filter((t) => t.kind === "num");
      segs[i] = { ...seg, cellsFrom: runFrom, cellsTo: labelFrom };
      block.push(segs[i]);
      runFrom = own.length > 0 ? own[0].pos : seg.cellsTo;
    }
    for (let k = a + 1; k < z; k++) if (segs[k].spec.group) segs[k] = { ...segs[k], cellsTo: segs[k].cellsFrom };
    blocks.push(block);
    a = z;
  }
  return blocks;
}

/**
 * A §三 whose （七）总计 row the clerk deleted ("…3.其他0000000四、结转下年度继续办理…"): each of its cells is the sum of
 * the outcome rows above it (R3), where 本年新收 + 上年结转 − 结转下年度 gives the same in every column (R1); named by
 * an info finding. Otherwise the row stays blank.
 */
function totalRowLeftOut(segs: RowSegment[], sink: TableSink): void {
  const items = segs.map((s) => s.spec).filter(isOutcomeItem);
  if (items.length === 0) return;
  const get = (r: string, col: string) => sink.valueOf(`${r}.${col}`) ?? Number.NaN;
  // (六)其他处理 counts where it was printed as one row; otherwise its sub-items do.
  const rows = items.filter((s) => !(s.group && Number.isNaN(get(s.key, "total")))).map((s) => s.key);
  const sums = APPLICANT_COLUMNS.map((col) => rows.reduce((n, r) => n + get(r, col), 0));
  const balance = APPLICANT_COLUMNS.map(
    (col) => get("apps.new", col) + get("apps.carried_over", col) - get("apps.carried_forward", col),
  );
  if (!sums.every((v, i) => Number.isInteger(v) && v === balance[i])) return;
  const keys = APPLICANT_COLUMNS.map((col) => `outcome.total.${col}`);
  const pos = segs.find((s) => s.spec.key === "apps.carried_forward")?.labelStart ?? segs[segs.length - 1].labelStart;
  keys.forEach((key, i) =>
    sink.put(key, { value: sums[i], pos }, "（七）总计 not printed: the sum of the outcome rows"),
  );
  const message =
    "outcome.total: the table prints no （七）总计 row; read as the sum of the outcome rows (R3), which 本年新收 + " +
    "上年结转 − 结转下年度 gives too (R1)";
  sink.finding("P2", "info", message, keys, pos);
}

/** A row's words followed by its one count ("本年新收政府信息公开申请数量：4件；", "予以公开2件，"), nothing else. */
const LISTED = /^\s*[:：]?\s*(\d{1,5})\s*件\s*[;；,，。、]?\s*(?:[一二三四五六七八九十]、)?\s*$/;

/**
 * §三 written as a list of its rows' totals ("本年新收…数量：4件；上年结转…：1件；本年度办理结果：予以公开2件，部分公开1件，
 * 不予公开0件，…总计4件；结转下年度继续办理：1件。"): each row's (or group's) count is its 总计; the applicant columns
 * are not printed. Only where every row found is such an item and they are at least four. P0 info.
 */
function totalsList(text: string, segs: RowSegment[], sink: TableSink): boolean {
  const items = segs;
  const counts = items.map((s) => LISTED.exec(text.slice(s.cellsFrom, s.cellsTo)));
  const rows = items.filter(
    (s, i) => counts[i] || (s.spec.group && /^[\s:：]*$/.test(text.slice(s.cellsFrom, s.cellsTo))),
  );
  if (rows.length !== items.length || counts.filter(Boolean).length < 4) return false;
  items.forEach((seg, i) => {
    const m = counts[i];
    if (!m) return;
    const pos = seg.cellsFrom + m[0].indexOf(m[1]);
    sink.put(`${seg.spec.key}.total`, { value: Number(m[1]), pos }, compactRaw(text, seg.labelStart, seg.cellsTo));
  });
  const message = "§三 is printed as a list of each row's count (本年新收…：4件；…): read as the rows' totals";
  sink.finding("P0", "info", message, [], items[0].labelStart);
  return true;
}

/** The caption of a table's second half ("（表二，接表一）", "续表", "接上表"), and how far past it its header runs. */
const CONTINUED_CAPTION = /接\s*(?:上\s*)?表|续\s*表/g;
const HALF_HEADER_SPAN = 120;
/** "法人或其他组织": the organisations' heading, whose 其他 is not the 其他 column. */
const ORGS_HEADING = /法\s*人\s*或\s*其\s*他\s*组\s*织/g;

/** The template's columns a half's header prints (自然人 … 总计), in the template's order. */
function halfColumns(header: string): number[] {
  const words = header.replace(ORGS_HEADING, "").replace(/\s+/g, "");
  return APPLICANTS.flatMap((a, k) => (words.includes(a.label) ? [k] : []));
}

/** The words of §三's first row: printed twice in §三, its rows may be printed twice, each time with some columns. */
const FIRST_ROW_WORDS = "本年新收";

/**
 * §三 printed in two passes with no caption: a PDF converter prints the columns that fit the page for every row, the
 * page break, then the header again over the other columns and every row again. Where the second pass starts (the
 * line after the first pass's last row, 结转下年度继续办理), or null.
 */
function rowsAgainAt(text: string, specs: LabelSpec[], from: number, to: number): number | null {
  const once = text.indexOf(FIRST_ROW_WORDS, from);
  if (once < 0 || once >= to) return null;
  const twice = text.indexOf(FIRST_ROW_WORDS, once + FIRST_ROW_WORDS.length);
  if (twice < 0 || twice >= to) return null;
  const first = locateRows(text, specs, from, twice);
  const last = first.at(-1);
  if (first[0]?.spec.key !== specs[0].key || last?.spec.key !== specs[specs.length - 1].key) return null;
  const lineEnd = text.indexOf("\n", last.cellsFrom);
  if (lineEnd < 0 || lineEnd >= twice) return null;
  return locateRows(text, specs.slice(0, 1), lineEnd, to).length === 1 ? lineEnd + 1 : null;
}

/**
 * §三 printed as two tables side by side, the second captioned as continuing the first ("（表一）申请人情况 自然人 法人或
 * 其他组织 商业企业 科研机构 一、本年新收… 11 2 0 … （表二，接表一）申请人情况 法人或其他组织 总计 社会公益组织 法律服务机构
 * 其他 一、本年新收… 0 1 0 14 …"): each half's rows print the cells of its header's columns, and the two headers
 * together print the seven, each once. A row is read where both halves print one figure per column and its 总计 is the
 * sum of the six (R2); otherwise it is left blank, named.
 */
function splitByColumns(text: string, specs: LabelSpec[], from: number, to: number, sink: TableSink): boolean {
  const caption = findIn(CONTINUED_CAPTION, text, from, to);
  const again = caption ? null : rowsAgainAt(text, specs, from, to);
  if (!caption && again === null) return false;
  const halves: [number, number][] = caption
    ? [
        [from, caption.start],
        [caption.end, to],
      ]
    : [
        [from, again ?? to],
        [again ?? to, to],
      ];
  const read = halves.map(([a, b], k) => {
    const segs = locateRows(text, specs, a, b);
    const first = segs[0]?.labelStart ?? b;
    // The second half's header right after its caption, or after the page break (a layout's spaces not counted).
    const header = caption ? first - a : text.slice(a, first).replace(/\s+/g, "").length;
    const near = k === 0 || header <= HALF_HEADER_SPAN;
    return { segs, cols: near ? halfColumns(text.slice(a, first)) : [] };
  });
  const [one, two] = read.map((h) => h.cols);
  if (one.length === 0 || two.length === 0 || one.length + two.length !== APPLICANTS.length) return false;
  if (new Set([...one, ...two]).size !== APPLICANTS.length) return false;
  const cells = new Map<string, (Cell | null)[]>();
  read.forEach(({ segs, cols }) => {
    for (const seg of segs) {
      if (seg.spec.group && !isOutcomeItem(seg.spec)) continue;
      const tokens = scanCells(text, seg.cellsFrom, cellsEnd(text, seg)).filter((t) => t.kind !== "empty");
      // A group's own row ((六)其他处理 over its three items) prints nothing: its items hold the figures.
      if (seg.spec.group && tokens.length === 0) continue;
      const row = cells.get(seg.spec.key) ?? Array.from({ length: APPLICANTS.length }, () => null);
      const whole = tokens.length === cols.length && tokens.every((t) => t.kind === "num" && /^\d{1,5}$/.test(t.raw));
      cols.forEach((c, k) => {
        const t = tokens[k];
        row[c] = whole && t.kind === "num" ? { value: t.value, pos: t.pos } : null;
      });
      cells.set(seg.spec.key, row);
    }
  });
  if (cells.size < MIN_TOTALS) return false;
  const open: string[] = [];
  for (const [row, got] of cells) {
    const keys = rowKeys(row, APPLICANT_COLUMNS);
    const values = got.map((c) => c?.value ?? Number.NaN);
    const adds = values.slice(0, -1).reduce((n, v) => n + v, 0) === values[values.length - 1];
    const raw = got.every((c) => c !== null) ? compactRaw(text, got[0]?.pos ?? 0, (got.at(-1)?.pos ?? 0) + 8) : "";
    keys.forEach((key, k) => {
      const cell = got[k];
      sink.put(key, adds && cell ? cell : { value: null, pos: cell?.pos ?? 0 }, raw);
    });
    if (!adds) open.push(...keys);
  }
  const message =
    `§三 is printed as two tables, the second continuing the first with the other columns ` +
    `(${one.map((c) => APPLICANTS[c].label).join("、")} | ${two.map((c) => APPLICANTS[c].label).join("、")}): ` +
    "each row joined from both halves where its 总计 is the sum of its six";
  sink.finding("P2", "info", message, [], from);
  if (open.length > 0)
    sink.finding("P1", "warning", "§三: rows whose two halves do not add up to their 总计 are left blank", open, from);
  sink.columnPasses = true;
  return true;
}

/** A count printed alone in its row: one whole figure, no glued run. */
const LONE_FIGURE = /^(?:0|[1-9]\d{0,4})$/;
/** The rows R1 needs, each printing its figure for the class to hold. */
const R1_ROWS = ["apps.new", "apps.carried_over", "outcome.total", "apps.carried_forward"];
/** Fewest rows printing a figure. */
const MIN_TOTALS = 4;

/**
 * §三 with only its 总计 column filled ("一、本年新收…数量 1 二、上年结转…数量 0 …（一）予以公开 1 … 1.属于国家秘密 2.其他…
 * （七）总计 1 四、结转下年度继续办理 0"): the applicant cells were left empty and the crawl dropped them, so each row
 * prints one figure or none. Each figure is its row's 总计 (a figure in an applicant cell, the others empty, totals
 * the same); a row totalling 0 is 0 in every cell, the applicant cells of the others are blank. The rows printing
 * nothing are 0 where the outcomes printed add up to (七)总计 (R3; counts are never negative). Only where no row
 * prints two figures, R1's four rows print theirs and R1 holds, and the outcomes printed add up to (七)总计.
 */
function totalsColumnOnly(text: string, segs: RowSegment[], sink: TableSink): boolean {
  const figures = new Map<RowSegment, number>();
  const at = new Map<RowSegment, number>();
  const last = segs.length - 1;
  for (let i = 0; i <= last; i++) {
    const seg = segs[i];
    const scanned = scanCells(text, seg.cellsFrom, cellsEnd(text, seg));
    const tokens = (i === last ? beforeProse(text, scanned, seg.cellsTo, labelChars(seg.spec)) : scanned).filter(
      (t) => t.kind !== "empty",
    );
    if (tokens.length === 0) continue;
    const t = tokens[0];
    if (
      tokens.length > 1 ||
      t.kind !== "num" ||
      !LONE_FIGURE.test(t.raw) ||
      (seg.spec.group && !isOutcomeItem(seg.spec))
    )
      return false;
    figures.set(seg, t.value);
    at.set(seg, t.pos);
  }
  if (figures.size < MIN_TOTALS) return false;
  const total = (key: string) => [...figures].find(([s]) => s.spec.key === key)?.[1];
  const [added, before, done, after] = R1_ROWS.map(total);
  if (added === undefined || before === undefined || done === undefined || after === undefined) return false;
  if (added + before !== done + after) return false;
  const outcomes = [...figures].filter(([s]) => isOutcomeItem(s.spec)).reduce((n, [, v]) => n + v, 0);
  if (outcomes !== done) return false;
  const read: string[] = [];
  for (const seg of segs) {
    if (seg.spec.group && !isOutcomeItem(seg.spec)) continue;
    const value = figures.get(seg);
    const pos = at.get(seg) ?? seg.labelStart;
    const raw = compactRaw(text, seg.labelStart, seg.cellsTo);
    // A group printing nothing ((六)其他处理 over its items) is its items' sum, added later: not 0 here.
    if (value === undefined && (seg.spec.group || !isOutcomeItem(seg.spec))) continue;
    for (const col of APPLICANT_COLUMNS) {
      const key = `${seg.spec.key}.${col}`;
      const cell = { value: col === "total" || !value ? (value ?? 0) : null, pos };
      if (cell.value !== null) read.push(key);
      sink.put(key, cell, raw);
    }
  }
  const message =
    "§三 prints one figure in each row that prints any, its applicant cells empty: read as the row's 总计 (R1 " +
    "holds over them), a row totalling 0 or printing nothing (the outcomes printed add up to (七)总计) as 0 in " +
    "every cell, the other applicant cells left blank";
  sink.finding("P2", "warning", message, read, segs[0].labelStart);
  return true;
}

/** "自然人3件", "总计：4件": a figure after its column's heading, with 件. */
const LABELLED_CELL = /(自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计)\s*[:：]?\s*(\d{1,5})\s*件/g;
/** "各类申请人均为0件", "各项均为0件", or a bare "0件" after the label: every cell of the row (or group) is 0. */
const ALL_NIL = /^[\s:：,，]*(?:(?:各类申请人|各项)\s*(?:均|都)\s*为\s*)?0\s*件\s*[;；,，。、]?\s*$/;

/**
 * §三 written out in words, each row's figures after their column's heading ("一、本年新收…数量：自然人3件，…其他1件，
 * 总计4件。…（三）不予公开：各项均为0件；…"): each row's printed columns; where its 总计 is the sum of those printed,
 * the others are 0 (R2), named; "均为0件" makes every cell of the row, or of a group's items, 0. Only where at least
 * two rows print figures after column headings.
 */
function labelledRows(text: string, segs: RowSegment[], specs: LabelSpec[], sink: TableSink): boolean {
  const bodies = segs.map((s) => text.slice(s.cellsFrom, s.cellsTo));
  if (bodies.filter((b) => /(?:自然人|商业企业|其他)\s*[:：]?\s*\d{1,5}\s*件/.test(b)).length < 2) return false;
  sink.finding(
    "P0",
    "info",
    "§三 is written out in words: each figure read after its column's heading",
    [],
    segs[0].labelStart,
  );
  const zeros: string[] = [];
  const cols = APPLICANT_COLUMNS;
  segs.forEach((seg, i) => {
    const body = bodies[i];
    const raw = compactRaw(text, seg.labelStart, seg.cellsTo);
    const pos = seg.cellsFrom;
    if (ALL_NIL.test(body)) {
      const rows = seg.spec.group ? specs.filter((s) => !s.group && s.key.startsWith(`${seg.spec.key}.`)) : [seg.spec];
      for (const r of rows) for (const col of cols) sink.put(`${r.key}.${col}`, { value: 0, pos }, raw);
      return;
    }
    if (seg.spec.group) return;
    const found = new Map<string, number>();
    for (const m of body.matchAll(LABELLED_CELL)) {
      const col = cols[APPLICANTS.findIndex((a) => a.label === m[1])];
      if (col && !found.has(col)) found.set(col, Number(m[2]));
    }
    for (const [col, value] of found) sink.put(`${seg.spec.key}.${col}`, { value, pos }, raw);
    const total = found.get("total");
    const parts = cols.slice(0, -1).filter((c) => found.has(c));
    if (total === undefined || parts.reduce((n, c) => n + (found.get(c) ?? 0), 0) !== total) return;
    for (const col of cols.slice(0, -1))
      if (!found.has(col)) {
        sink.put(`${seg.spec.key}.${col}`, { value: 0, pos }, raw);
        zeros.push(`${seg.spec.key}.${col}`);
      }
  });
  if (zeros.length > 0) {
    const message = "§三 in words: a column a row does not name is 0 where its 总计 is the sum of those it names (R2)";
    sink.finding("P2", "info", message, zeros, segs[0].labelStart);
  }
  return true;
}

/**
 * §三 replaced by a sentence that every cell of its table is 0 ("…申请情况表中各项数据均为0。"), no row printed: every
 * cell of every row is 0, named by one P2 info.
 */
function allZero(text: string, from: number, to: number, specs: LabelSpec[], sink: TableSink): boolean {
  const said = statesAllZero(text, from, to);
  if (!said) return false;
  const keys = specs.filter((s) => !s.group).flatMap((s) => APPLICANT_COLUMNS.map((col) => `${s.key}.${col}`));
  const raw = compactRaw(text, said.start, said.end);
  for (const key of keys) sink.put(key, { value: 0, pos: said.start }, raw);
  const message = `§三 prints no table but says every figure of it is 0 ("${raw}"): every cell read as 0`;
  sink.finding("P2", "info", message, keys, said.start);
  return true;
}

/** "（其余各项均为0，未列出）": the rows a table leaves out are said to hold only zeros. */
const REST_ZERO =
  /其\s*余\s*(?:各\s*)?(?:项|栏|行)\s*(?:目|数据)?\s*(?:均|都|全部?)\s*为\s*[“"]?\s*[0０零](?![\d.．])/g;
const REST_SPAN = 300;

/**
 * A §三 printing only its rows with figures and saying the rest are all 0 after them: every template row not
 * printed is 0 in every column, named by one P2 info. Searched only right after the last row printed.
 */
function restStatedZero(text: string, segs: RowSegment[], specs: LabelSpec[], to: number, sink: TableSink): void {
  const last = segs.at(-1);
  if (!last) return;
  const said = findIn(REST_ZERO, text, last.cellsFrom, Math.min(to, last.cellsTo + REST_SPAN));
  if (!said) return;
  const printed = new Set(segs.map((s) => s.spec.key));
  const rows = specs.filter((s) => !s.group && !printed.has(s.key));
  const keys = rows.flatMap((s) => APPLICANT_COLUMNS.map((col) => `${s.key}.${col}`));
  const raw = compactRaw(text, said.start, said.end);
  const fresh = keys.filter((k) => sink.valueOf(k) === undefined);
  for (const key of fresh) sink.put(key, { value: 0, pos: said.start }, raw);
  if (fresh.length > 0)
    sink.finding(
      "P2",
      "info",
      `§三: the rows not printed are read as 0, as the table says ("${raw}")`,
      fresh,
      said.start,
    );
}

/**
 * A §三 printed without its 总计 column: each row's total is the sum of its six applicant cells (R2 is what the
 * 总计 column holds), where all six were read; one P2 info names every total so read.
 */
function totalsBySum(segs: RowSegment[], sink: TableSink): void {
  const cols = APPLICANT_COLUMNS.slice(0, -1);
  const keys: string[] = [];
  for (const seg of segs) {
    const row = seg.spec.key;
    if (seg.spec.group || sink.valueOf(`${row}.total`) !== undefined) continue;
    const parts = cols.map((col) => sink.valueOf(`${row}.${col}`));
    if (parts.some((v) => v === undefined)) continue;
    const sum = parts.reduce((n: number, v) => n + (v ?? 0), 0);
    sink.put(`${row}.total`, { value: sum, pos: seg.labelStart }, "总计 not printed: the sum of the row's cells");
    keys.push(`${row}.total`);
  }
  if (keys.length === 0) return;
  const message = "§三 prints no 总计 column: each row's total is read as the sum of its six applicant cells (R2)";
  sink.finding("P2", "info", message, keys, segs[0].labelStart);
}

const BALANCE_ROWS = ["apps.new", "apps.carried_over", "outcome.total", "apps.carried_forward"];

/**
 * An R1 row printed as one glued run a digit short, its 总计 left out ("一、本年新收…200000二、上年结转…"): the
 * total is the sum of its six cells where the balance over the other three rows' totals (本年新收 + 上年结转 = 总计 +
 * 结转下年度) gives the same figure; named by an info finding. Otherwise it stays blank, as does an empty cell
 * printed as one (between borders, on a line of its own).
 */
function settleUnprintedTotals(text: string, segs: RowSegment[], sink: TableSink): void {
  const total = (row: string) => sink.valueOf(`${row}.total`) ?? Number.NaN;
  for (const seg of segs) {
    const row = seg.spec.key;
    if (!BALANCE_ROWS.includes(row) || sink.valueOf(`${row}.total`) !== undefined) continue;
    // Only a glued run one digit short: an empty cell printed as such (a border, a line of its own) is left blank.
    const tokens = scanCells(text, seg.cellsFrom, seg.cellsTo);
    if (tokens.length !== 1 || tokens[0].kind !== "num") continue;
    const parts = APPLICANT_COLUMNS.slice(0, -1).map((col) => sink.valueOf(`${row}.${col}`));
    if (parts.some((v) => v === undefined)) continue;
    const sum = parts.reduce((n: number, v) => n + (v ?? 0), 0);
    const [added, over, handled, forward] = BALANCE_ROWS.map(total);
    const balance = {
      "apps.new": handled + forward - over,
      "apps.carried_over": handled + forward - added,
      "outcome.total": added + over - forward,
      "apps.carried_forward": added + over - handled,
    }[row];
    if (balance !== sum) continue;
    sink.settle(`${row}.total`, { value: sum, pos: seg.labelStart }, compactRaw(text, seg.labelStart, seg.cellsTo));
    const message =
      `${row}: the row prints no 总计 cell; read as ${sum}, the sum of its cells, as R1 over the other rows' ` +
      "totals gives too";
    sink.finding("P2", "info", message, [`${row}.total`], seg.labelStart);
  }
}

/** The header ends in a column for last year's figure of each row, after the template's columns. */
const SAME_TERM = /其他\s*(?:上年同期|去年同期|上年度同期)\s*$/;

/**
 * A row's tokens without the 上年同期 figure printed apart after its cells ("3100004 5", "3140010 36 3"): dropped
 * where the row has a reading without it (R2; the columns may choose among several) and none with it; a row whose
 * 上年同期 cell is empty reads with all its figures and keeps them.
 */
function withoutSameTerm(tokens: CellToken[]): CellToken[] {
  const nums = tokens.filter((t) => t.kind === "num");
  if (nums.length < 2) return tokens;
  const last = nums[nums.length - 1];
  const rest = tokens.filter((t) => t.pos < last.pos);
  const reads = (t: CellToken[]) => {
    const fit = fitCells(t, APPLICANT_COLUMNS.length, rowTotal);
    return (fit.alternatives?.length ?? 0) > 0 || (Boolean(fit.cells) && !fit.problem);
  };
  return reads(rest) && !reads(tokens) ? rest : tokens;
}

/** A header naming a column of shares (占比, 比例, 百分比). */
const SHARE_HEADER = /占\s*比|比\s*[例重]|百\s*分\s*比/;
/** A share as a percentage cell ("100%", "60%", "0.00%"; "62.50%62.50%" where every cell is printed twice). */
const SHARE_CELL = /^(\d{1,3}(?:\.\d+)?[%％])\1?$/;
const isPercent = (t: CellToken): boolean => t.kind === "bad" && /[%％]$/.test(t.raw);

/**
 * The row's last printed token where it is a share (≤ 100 %) and no other cell of the row is unreadable: a percent
 * cell, or, under a header naming the column, a figure with decimals after the row's counts ("… 8 62.50").
 */
function shareCell(tokens: CellToken[], named: boolean): CellToken | null {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i].kind === "empty") i--;
  const last = i >= 0 ? tokens[i] : undefined;
  if (!last || last.kind === "empty" || Number.parseFloat(last.raw) > 100) return null;
  const percent = last.kind === "bad" && SHARE_CELL.test(last.raw);
  const decimals =
    named &&
    last.kind === "num" &&
    last.raw.includes(".") &&
    tokens.filter((t) => t.kind === "num").length > APPLICANT_COLUMNS.length;
  if (!percent && !decimals) return null;
  for (let j = 0; j < i; j++) if (tokens[j].kind === "bad") return null;
  return last;
}

/**
 * Rows without a share column's cells ("… 3 60%", "… 5 100%", a 占比 column after 总计), or null where the table
 * prints none: each percent cell on the table ends its row, the other cells are counts, and the header names the
 * column or several rows print one. A table whose counts are themselves printed as percentages (a spreadsheet's
 * % format: "300.00% 100.00% …") has percent cells inside its rows and is left as it is (unreadable cells).
 */
function withoutShares(rows: CellToken[][], header: string): CellToken[][] | null {
  const named = SHARE_HEADER.test(header);
  if (!named && !rows.some((r) => r.some(isPercent))) return null;
  let shares = 0;
  const out: CellToken[][] = [];
  for (const r of rows) {
    const share = shareCell(r, named);
    if (!share && r.some(isPercent)) return null;
    if (share) shares++;
    out.push(share ? r.filter((t) => t !== share) : r);
  }
  return shares >= 2 || (named && shares > 0) ? out : null;
}

/** How far before the table's header a caption naming the two years' order is looked for. */
const PAIRED_SPAN = 120;
const THIS_FIRST = /前\s*为\s*本\s*年(?:度)?[^后]{0,6}后\s*为\s*上\s*年|本年(?:度)?在前[^上]{0,6}上年(?:度)?在后/;
const LAST_FIRST = /前\s*为\s*上\s*年(?:度)?[^后]{0,6}后\s*为\s*本\s*年|上年(?:度)?在前[^本]{0,6}本年(?:度)?在后/;

/** The order a caption states for the two years' cells in each row, or null where it states none. */
function pairedOrder(caption: string): "first" | "second" | null {
  if (THIS_FIRST.test(caption)) return "first";
  return LAST_FIRST.test(caption) ? "second" : null;
}

/**
 * This year's half of a row printing both years' cells ("3100004 2000002"): the tokens before (or after) the one
 * place where both halves read as a row (R2). A row with no such place, or several, keeps every token (and its
 * reading says so).
 */
function thisYears(tokens: CellToken[], which: "first" | "second"): CellToken[] {
  const printed = tokens.filter((t) => t.kind !== "empty");
  const reads = (t: CellToken[]) => {
    if (t.length === 0) return false;
    const fit = fitCells(t, APPLICANT_COLUMNS.length, rowTotal);
    return (fit.alternatives?.length ?? 0) > 0 || (Boolean(fit.cells) && !fit.problem);
  };
  const cuts: number[] = [];
  for (let k = 1; k < printed.length; k++) if (reads(printed.slice(0, k)) && reads(printed.slice(k))) cuts.push(k);
  if (cuts.length !== 1) return tokens;
  return which === "first" ? printed.slice(0, cuts[0]) : printed.slice(cuts[0]);
}

/** "自然人 其中：台胞 法人或其他组织": a column for a part of the natural persons printed right after 自然人. */
const WITHIN_COLUMN =
  /自然人\s*(?:[（(]\s*)?其\s*中\s*[:：]?\s*[\u4e00-\u9fff][\u4e00-\u9fff、（）()\d\s]{0,23}?(?:[）)]\s*)?\s*法人或其他组织/;
const hasWithinColumn = (header: string): boolean => WITHIN_COLUMN.test(header.replace(/[\s|]+/g, ""));

/** R2 over the eight cells of a row with that column: 总计 = 自然人 + the five organisations; the part ≤ 自然人. */
const WITHIN_CHECK: RowCheck = Object.assign(
  (c: number[]) => c[1] <= c[0] && c[7] === c[0] + c[2] + c[3] + c[4] + c[5] + c[6],
  { sums: [{ parts: [0, 2, 3, 4, 5, 6], total: 7 }] },
);

/** "自然人(本人) 自然人(委托代理) 法人或其他组织": the natural persons printed as two columns of their own. */
const SPLIT_NATURAL = /自然人[(（][^)）]{1,8}[)）]自然人[(（][^)）]{1,8}[)）]法人/;

/** R2 over eight cells: the last is the sum of the seven before it. */
const EIGHT_CELLS_CHECK: RowCheck = Object.assign(
  (c: number[]) => c[7] === c[0] + c[1] + c[2] + c[3] + c[4] + c[5] + c[6],
  { sums: [{ parts: [0, 1, 2, 3, 4, 5, 6], total: 7 }] },
);

/** A row's eight-cell reading with 自然人 in two columns: the template's seven cells, 自然人 blank. */
function naturalUnread(fit: FitResult): FitResult {
  const merge = (cells: Cell[]): Cell[] => [{ value: null, pos: cells[0].pos }, ...cells.slice(2)];
  if (fit.cells?.length !== APPLICANT_COLUMNS.length + 1) return fit;
  return {
    ...fit,
    cells: merge(fit.cells),
    ...(fit.alternatives ? { alternatives: fit.alternatives.map(merge) } : {}),
  };
}

/** A row's reading without the printed cell at `at` (the template's seven cells). */
function withoutColumn(fit: FitResult, at: number): FitResult {
  const drop = <T>(cells: T[]): T[] => cells.filter((_, p) => p !== at);
  if (fit.cells?.length !== APPLICANT_COLUMNS.length + 1) return fit;
  return { ...fit, cells: drop(fit.cells), ...(fit.alternatives ? { alternatives: fit.alternatives.map(drop) } : {}) };
}

/** A 序号 column: the header ends in 序号 and the first row's serial, 1, right before its label. */
const SERIAL_COLUMN = /序号\s*1\s*$/;

/**
 * The text with a 序号 column's serials blanked (same length, so every position holds): the flattened table
 * prints each row's serial before its label, right after the previous row's cells ("…数量20000022 二、上年结转…"
 * is 2000002 and the serial 2), so a row's run ends in the next row's serial. Where a row's run does not end in
 * it, nothing is blanked there and the row reads as printed.
 */
function withoutSerials(text: string, segs: RowSegment[], sink: TableSink): string {
  const rows = segs.filter((s) => !s.spec.group);
  let out = text;
  rows.slice(0, -1).forEach((seg, i) => {
    const m = /(\d+)\s*$/.exec(text.slice(seg.cellsFrom, seg.cellsTo));
    const serial = String(i + 2);
    if (!m?.[1].endsWith(serial) || m[1].length === serial.length) return;
    const at = seg.cellsFrom + m.index + m[1].length - serial.length;
    out = out.slice(0, at) + " ".repeat(serial.length) + out.slice(at + serial.length);
  });
  const note = "§三: the table prints a 序号 column; each row's serial is left out of its cells";
  sink.finding("P0", "info", note, [], rows[0]?.labelStart ?? 0);
  return out;
}

/** R2 over 自然人 / 法人或其他组织 / 总计. */
const THREE_TOTAL = sumCheck([{ parts: [0, 1], total: 2 }]);

/**
 * A §三 with fewer columns than the template: each row's one cell is its total, or its three cells are 自然人, the
 * organisations together (no key holds them) and 总计. A reading the row's sum leaves open stays blank, named.
 */
function readReduced(
  text: string,
  segs: RowSegment[],
  specs: LabelSpec[],
  kind: "total" | "three",
  sink: TableSink,
): void {
  const from = segs[0]?.labelStart ?? 0;
  const what =
    kind === "total" ? "总计 alone; each row's one cell is read as its total" : "自然人, 法人或其他组织 and 总计";
  sink.finding("P0", "info", `§三: the header prints ${what}`, [], from);
  const unprinted: PendingRow[] = [];
  const ambiguous: PendingRow[] = [];
  // The organisations' figures (one column, no key holds it), kept for the column sums.
  const orgValues = new Map<string, number>();
  const outer = (c: Cell[]) => [c[0], c[2]];
  segs.forEach((seg, i) => {
    if (seg.spec.group) return;
    const keys = (kind === "total" ? ["total"] : ["natural_person", "total"]).map((c) => `${seg.spec.key}.${c}`);
    const scanned = scanCells(text, seg.cellsFrom, seg.cellsTo);
    // The last row runs on into whatever follows the table.
    const tokens = i === segs.length - 1 ? beforeProse(text, scanned, seg.cellsTo, labelChars(seg.spec)) : scanned;
    if (tokens.every((t) => t.kind === "empty")) return unprinted.push({ seg, keys, fit: { cells: null } });
    if (kind === "total") return storeRow(text, seg, keys, fitCells(tokens, 1), sink);
    const fit = fitCells(tokens, 3, THREE_TOTAL);
    if (fit.alternatives) return ambiguous.push({ seg, keys, fit });
    storeRow(text, seg, keys, fit.cells ? { ...fit, cells: outer(fit.cells) } : fit, sink);
    const orgs = fit.cells?.[1].value;
    if (orgs !== undefined && orgs !== null) orgValues.set(`${seg.spec.key}.${APPLICANT_COLUMNS[1]}`, orgs);
  });
  // Rows read several ways: the table's column sums (R1, R3) choose, the organisations summed in one column.
  const expand = (c: Cell[]): Cell[] => [c[0], c[1], ...[0, 0, 0, 0].map((value) => ({ value, pos: c[0].pos })), c[2]];
  const amb = ambiguous.map((a) => ({
    row: a.seg.spec.key,
    keys: rowKeys(a.seg.spec.key, APPLICANT_COLUMNS),
    alternatives: (a.fit.alternatives ?? []).map(expand),
  }));
  const solved = amb.length > 0 ? resolveAmbiguities((k) => orgValues.get(k) ?? sink.valueOf(k), amb, specs) : null;
  ambiguous.forEach((a, i) => {
    const alternatives = a.fit.alternatives ?? [];
    const viable = solved?.viable[i] ?? [];
    if (viable.length === 1 && solved?.consistent) {
      storeRow(text, a.seg, a.keys, { cells: outer(alternatives[viable[0]]) }, sink);
      const message =
        `${a.seg.spec.key}: "${a.fit.printed}" reads several ways; the one under which the table's column sums ` +
        "(R1, R3) hold is read";
      return sink.finding("P2", "info", message, a.keys, a.seg.labelStart);
    }
    const readings = alternatives.map((r) => r.map((c) => c.value).join("|")).join(" or ");
    const message = `ambiguous: "${a.fit.printed}" reads several ways: ${readings}`;
    storeRow(text, a.seg, a.keys, { cells: null, problem: { severity: "warning", message } }, sink);
  });
  for (const row of unprinted) storeRow(text, row.seg, row.keys, row.fit, sink);
}

/**
 * A header that names the organisations inside 法人或其他组织's heading ("法人或其他组织(商业企业 科研机构 …)") but
 * rows that print the template's seven figures apart, most of them, and none the header's width: the table is the
 * template's, its header written so.
 */
function printsTemplateRows(text: string, segs: RowSegment[], width: number): boolean {
  const counts = segs
    .filter((s) => !s.spec.group)
    .map((s) => scanCells(text, s.cellsFrom, cellsEnd(text, s)).filter((t) => t.kind === "num").length);
  const full = counts.filter((n) => n === APPLICANT_COLUMNS.length).length;
  return !counts.includes(width) && full * 2 > counts.length;
}

/**
 * The rows print as many figures apart as the header has columns, and none prints the template's seven: a header
 * missing a sub-heading by a misprint, its rows still of seven, is not a table with columns deleted. Rows glued into
 * runs are the header's width where some row reads so by its sum (R2) and none as seven cells that add up.
 */
function printedWidth(text: string, segs: RowSegment[], width: number): boolean {
  const rows = segs
    .filter((s) => !s.spec.group)
    .map((s) => scanCells(text, s.cellsFrom, cellsEnd(text, s)).filter((t) => t.kind === "num"));
  const counts = rows.map((r) => r.length);
  if (counts.includes(APPLICANT_COLUMNS.length)) return false;
  if (counts.includes(width)) return true;
  const check = sumCheck([{ parts: [...Array(width - 1).keys()], total: width - 1 }]);
  // A reading of every cell (a run one digit short reads as seven with a cell left blank: not a row of seven).
  const full = (cells: Cell[]) => cells.every((c) => c.value !== null);
  const reads = (tokens: CellToken[], n: number, sum: RowCheck) => {
    const fit = fitCells(tokens, n, sum);
    return fit.alternatives ? fit.alternatives.some(full) : Boolean(fit.cells && !fit.problem && full(fit.cells));
  };
  const glued = rows.filter((r) => r.length === 1 && r[0].raw.length >= width);
  return glued.some((r) => reads(r, width, check)) && !glued.some((r) => reads(r, APPLICANT_COLUMNS.length, rowTotal));
}

/**
 * A §三 whose header dropped some organisations' columns or printed two as one: each row reads as the printed
 * columns, 总计 the sum of the others (R2); a column not printed is 0 where the row's total is the sum of its printed
 * cells (counts are never negative), named by one P2 info; the two columns of a merged cell stay blank. A row that
 * does not read so stays blank with its finding.
 */
function readKeptColumns(
  text: string,
  segs: RowSegment[],
  specs: LabelSpec[],
  kept: KeptColumns,
  sink: TableSink,
): void {
  const from = segs[0]?.labelStart ?? 0;
  const { cells: printed, merged } = kept;
  const deleted = [...APPLICANT_COLUMNS.keys()].filter((c) => !printed.includes(c) && !merged.includes(c));
  const words = deleted.map((c) => APPLICANTS[c].label).join("、");
  if (deleted.length > 0) sink.finding("P0", "info", `§三: the header prints no ${words} column`, [], from);
  if (merged.length > 0) {
    const both = merged.map((c) => APPLICANTS[c].label).join(" and ");
    sink.finding("P0", "info", `§三: the header prints ${both} as one column; neither is read`, [], from);
  }
  const check = sumCheck([{ parts: printed.slice(0, -1).map((_, p) => p), total: printed.length - 1 }]);
  const keyed = (fit: FitResult): FitResult =>
    fit.cells ? { ...fit, cells: fit.cells.filter((_, p) => printed[p] !== MERGED) } : fit;
  const zeros: string[] = [];
  const ambiguous: PendingRow[] = [];
  // A merged cell's figures, kept for the column sums (no key holds them).
  const mergedValues = new Map<string, number>();
  const store = (seg: RowSegment, keys: string[], cells: Cell[], fit: FitResult) => {
    storeRow(text, seg, keys, keyed({ ...fit, cells }), sink);
    const at = printed.indexOf(MERGED);
    const value = at >= 0 ? cells[at].value : null;
    if (value !== null) mergedValues.set(`${seg.spec.key}.${APPLICANT_COLUMNS[merged[0]]}`, value);
    for (const c of deleted) {
      const key = `${seg.spec.key}.${APPLICANT_COLUMNS[c]}`;
      sink.put(key, { value: 0, pos: cells[0].pos }, "column not printed");
      zeros.push(key);
    }
  };
  segs.forEach((seg, i) => {
    if (seg.spec.group) return;
    const scanned = scanCells(text, seg.cellsFrom, cellsEnd(text, seg));
    const tokens = i === segs.length - 1 ? beforeProse(text, scanned, seg.cellsTo, labelChars(seg.spec)) : scanned;
    const keys = printed.filter((c) => c !== MERGED).map((c) => `${seg.spec.key}.${APPLICANT_COLUMNS[c]}`);
    const fit = fitCells(tokens, printed.length, check);
    if (fit.alternatives) return ambiguous.push({ seg, keys, fit });
    if (!fit.cells || fit.problem) {
      const message = `ambiguous: "${fit.printed}" reads several ways where its total adds up`;
      const problem = fit.alternatives ? { severity: "warning" as const, message } : fit.problem;
      return storeRow(text, seg, keys, { cells: null, problem }, sink);
    }
    // Printed apart, a row whose total is not the sum of its cells reads as printed; the others stay open.
    if (!check(fit.cells.map((c) => c.value ?? Number.NaN))) {
      storeRow(text, seg, keys, keyed(fit), sink);
      const open = deleted.map((c) => `${seg.spec.key}.${APPLICANT_COLUMNS[c]}`);
      const message = `${seg.spec.key}: 总计 is not the sum of the printed cells; the columns not printed are left blank`;
      if (open.length > 0) sink.finding("P2", "warning", message, open, seg.labelStart);
      return;
    }
    store(seg, keys, fit.cells, fit);
  });
  // Rows read several ways: the table's column sums (R1, R3) over the rows read choose, or they stay blank.
  const expand = (cells: Cell[]): Cell[] =>
    APPLICANT_COLUMNS.map((_, c) => {
      const p = printed.indexOf(c === merged[0] ? MERGED : c);
      return p >= 0 ? cells[p] : { value: 0, pos: cells[0].pos };
    });
  const lookup = (key: string) => mergedValues.get(key) ?? sink.valueOf(key);
  const amb = ambiguous.map((a) => ({
    row: a.seg.spec.key,
    keys: rowKeys(a.seg.spec.key, APPLICANT_COLUMNS),
    alternatives: (a.fit.alternatives ?? []).map(expand),
  }));
  const solved = amb.length > 0 ? resolveAmbiguities(lookup, amb, specs) : null;
  ambiguous.forEach((a, i) => {
    const viable = solved?.viable[i] ?? [];
    const alternatives = a.fit.alternatives ?? [];
    if (viable.length === 1 && solved?.consistent) {
      store(a.seg, a.keys, alternatives[viable[0]], { cells: alternatives[viable[0]] });
      const message =
        `${a.seg.spec.key}: "${a.fit.printed}" reads several ways; the one under which the table's column sums ` +
        "(R1, R3) hold is read";
      return sink.finding("P2", "info", message, a.keys, a.seg.labelStart);
    }
    const message = `ambiguous: "${a.fit.printed}" reads several ways where its total adds up`;
    const problem = { severity: "warning" as const, message };
    storeRow(text, a.seg, a.keys, { cells: null, problem }, sink);
  });
  if (zeros.length > 0) {
    const message = `§三 prints no ${words} column: each row's 总计 is the sum of its printed cells, so those are 0 (R2)`;
    sink.finding("P2", "info", message, zeros, from);
  }
}

/** Rows with several readings and readings inferred from the sums: the whole table's sums choose among them. */
function resolveRows(
  text: string,
  segs: RowSegment[],
  specs: LabelSpec[],
  rows: ReturnType<typeof rowTokens>,
  ambiguous: (Ambiguity & PendingRow)[],
  inferred: (PendingRow & { cells: Cell[] })[],
  zerosEmpty: boolean,
  sink: TableSink,
): void {
  const asPrinted = (cells: Cell[]): Cell[] => (zerosEmpty ? emptyAsZero(cells) : cells);
  const groups = segs.map((s) => s.spec.group === true);
  // A table that kept a space for each empty cell places them by its spaces, where the column sums agree.
  const spaces = zerosEmpty ? readingsBySpaces(text, rows, groups, APPLICANT_COLUMNS.length) : null;
  const bySpaces =
    spaces &&
    resolvePreferred(
      (k) => sink.valueOf(k),
      ambiguous,
      specs,
      (a) => spaces[segs.indexOf(a.seg)],
    );
  const solved = bySpaces ?? resolveAmbiguities((k) => sink.valueOf(k), ambiguous, specs);
  const stated = statedNatural(text, segs[0]?.labelStart ?? 0);
  ambiguous.forEach((a, i) => {
    const viable = solved.viable[i].map((j) => a.alternatives[j]);
    // 本年新收 split several ways: the narrative's own count of natural persons keeps the readings that print it.
    const told = stated && a.row === "apps.new" ? byStatedNatural(viable, stated) : null;
    const picks = told ?? viable;
    if (told && stated) {
      const message =
        `apps.new: of the readings the table's sums leave, those with ${stated.natural} natural persons of ` +
        `${stated.total}, as the narrative says ("${stated.raw}"), are kept`;
      sink.finding("P2", "info", message, a.keys, a.seg.labelStart);
    }
    if (picks.length === 1) {
      inferred.push({ ...a, cells: picks[0] });
      return storeRow(text, a.seg, a.keys, { cells: asPrinted(picks[0]) }, sink);
    }
    const how = solved.exhausted ? "and the table is too ambiguous to decide" : "that fit the table's sums equally";
    const nameAll = a.fit.placed === true || !solved.consistent;
    storeUndecided(text, rowAt(a.seg, a.keys), picks, `"${a.fit.printed}" reads several ways ${how}`, nameAll, sink);
  });
  for (const row of inferred)
    noteInferred(
      rowAt(row.seg, row.keys),
      row.cells,
      row.fit,
      bySpaces ? SPACES : "by the row total",
      solved.consistent,
      sink,
    );
}

/**
 * The narrative's count of applications and of those from natural persons, before §三 ("收到政府信息公开申请12件，
 * 其中自然人申请11件", "…3件，均为自然人申请"), or null. Searched in the STATED_SPAN characters before the table.
 */
const STATED_SPAN = 3000;
const STATED_SPLIT =
  /申请\s*(\d{1,4})\s*件[,，;；]?\s*其中\s*(?:自然人|公民个人|个人|群众)(?:申请|提出)?\s*(\d{1,4})\s*件/g;
const STATED_ALL = /申请\s*(\d{1,4})\s*件[,，;；]?\s*(?:均|全部|都)\s*(?:为|是|由)\s*(?:自然人|公民个人|个人|群众)/g;

function statedNatural(text: string, before: number): { total: number; natural: number; raw: string } | null {
  const from = Math.max(0, before - STATED_SPAN);
  const found: { total: number; natural: number; raw: string }[] = [];
  for (const re of [STATED_SPLIT, STATED_ALL]) {
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < before; m = re.exec(text))
      found.push({ total: Number(m[1]), natural: Number(m[2] ?? m[1]), raw: m[0] });
  }
  // Told once, or told the same way each time; never two counts that disagree.
  const first = found[0];
  return first && found.every((f) => f.total === first.total && f.natural === first.natural) ? first : null;
}

/** The readings whose total is the stated one and whose 自然人 cell (empty read as 0) is the stated count, if any. */
function byStatedNatural(readings: Cell[][], stated: { total: number; natural: number }): Cell[][] | null {
  const last = APPLICANT_COLUMNS.length - 1;
  if (!readings.every((r) => r[last].value === stated.total)) return null;
  const kept = readings.filter((r) => (r[0].value ?? 0) === stated.natural);
  return kept.length > 0 && kept.length < readings.length ? kept : null;
}

/** R3's parts: the outcome rows that hold cells ((六)其他处理 printed as one row included). */
const isOutcomeItem = (s: LabelSpec): boolean =>
  s.key.startsWith("outcome.") && s.key !== "outcome.total" && (!s.group || s.key === "outcome.other");

/**
 * Why the rows that print no figures at all hold nothing, or null when the table's sums do not show it. Counts
 * are never negative: where the outcomes printed already add up to (七)总计 in every column, every outcome row
 * left empty is 0 (R3); where 本年新收 = 总计 + 结转下年度, an empty 上年结转 is 0, and where 本年新收 + 上年结转 =
 * 总计, an empty 结转下年度 is 0 (R1).
 */
function provenEmpty(rows: string[], specs: LabelSpec[], cols: readonly string[], sink: TableSink): string | null {
  const get = (row: string, col: string) => sink.valueOf(`${row}.${col}`);
  const empty = new Set(rows);
  const items = specs.filter(isOutcomeItem).map((s) => s.key);
  if (rows.every((r) => items.includes(r))) {
    const holds = cols.every((col) => {
      const total = get("outcome.total", col);
      const sum = items.filter((r) => !empty.has(r)).reduce((n, r) => n + (get(r, col) ?? 0), 0);
      return total !== undefined && sum === total;
    });
    return holds ? "the outcomes printed add up to (七)总计 in every column (R3)" : null;
  }
  if (rows.length !== 1) return null;
  const [row] = rows;
  const other = row === "apps.carried_over" ? "apps.carried_forward" : "apps.carried_over";
  if (row !== "apps.carried_over" && row !== "apps.carried_forward") return null;
  const holds = cols.every((col) => {
    const [added, total, rest] = [get("apps.new", col), get("outcome.total", col), get(other, col)];
    if (added === undefined || total === undefined || rest === undefined) return false;
    return row === "apps.carried_over" ? added === total + rest : added + rest === total;
  });
  return holds ? "本年新收 + 上年结转 = 总计 + 结转下年度 holds in every column without it (R1)" : null;
}

/**
 * Rows whose label runs straight into the next one: 0 where the table's sums prove it (with a finding naming
 * every cell), otherwise blank with the error that no cells were found.
 */
function storeUnprinted(text: string, unprinted: PendingRow[], specs: LabelSpec[], sink: TableSink): void {
  if (unprinted.length === 0) return;
  const cols = APPLICANT_COLUMNS.filter((col) => unprinted[0].keys.includes(`${unprinted[0].seg.spec.key}.${col}`));
  const why = provenEmpty(
    unprinted.map((u) => u.seg.spec.key),
    specs,
    cols,
    sink,
  );
  for (const { seg, keys, fit } of unprinted) {
    if (!why) {
      storeRow(text, seg, keys, fit, sink);
      continue;
    }
    const raw = compactRaw(text, seg.labelStart, seg.cellsTo);
    keys.forEach((k) => sink.put(k, { value: 0, pos: seg.labelStart }, raw));
    // The group sums over the row (outcome.denied.* for 4.保护第三方合法权益) rest on the same proof.
    const group = DERIVED_GROUPS.find((g) => seg.spec.key.startsWith(`${g}.`));
    const named = group ? [...keys, ...cols.map((col) => `${group}.${col}`)] : keys;
    sink.finding("P2", "info", `${seg.spec.key}: the row prints no figures; read as 0: ${why}`, named, seg.labelStart);
  }
}

/**
 * Outcome rows whose label the page lost altogether ("4.保护第三方合法权益00000006.属于四类过程性信息…", 5. missing):
 * 0 where the outcomes printed add up to (七)总计 in every column (R3), named with their group's sums; otherwise
 * left unread.
 */
function storeLeftOut(segs: RowSegment[], specs: LabelSpec[], sink: TableSink): void {
  const located = new Set(segs.map((s) => s.spec.key));
  if (!located.has("outcome.total")) return;
  // A group printed as one row with its figures ((六)其他处理 2 1 0 0 0 0 3) holds its items: they are not missing.
  const held = (key: string) =>
    DERIVED_GROUPS.some((g) => key.startsWith(`${g}.`) && sink.valueOf(`${g}.total`) !== undefined);
  const missing = specs
    .filter((s) => !s.group && isOutcomeItem(s) && !located.has(s.key) && !held(s.key))
    .map((s) => s.key);
  if (missing.length === 0) return;
  const why = provenEmpty(missing, specs, APPLICANT_COLUMNS, sink);
  if (!why) return;
  const at = segs.find((s) => s.spec.key === "outcome.total")?.labelStart ?? 0;
  for (const row of missing) {
    const keys = APPLICANT_COLUMNS.map((col) => `${row}.${col}`);
    keys.forEach((k) => sink.put(k, { value: 0, pos: at }, "row not printed"));
    const group = DERIVED_GROUPS.find((g) => row.startsWith(`${g}.`));
    const named = group ? [...keys, ...APPLICANT_COLUMNS.map((col) => `${group}.${col}`)] : keys;
    sink.finding("P2", "info", `${row}: the page prints no such row; read as 0: ${why}`, named, at);
  }
}

/**
 * A row's six applicant cells as the table's columns give them, or null where a figure they need is not read:
 * an outcome row is (七)总计 less the other outcomes (R3), (七)总计 the sum of the outcomes, and 本年新收, 上年结转
 * and 结转下年度 what R1 leaves for them.
 */
function partsByColumns(row: string, segs: RowSegment[], sink: TableSink): number[] | null {
  const cols = APPLICANT_COLUMNS.slice(0, -1);
  const get = (r: string, col: string): number => sink.valueOf(`${r}.${col}`) ?? Number.NaN;
  // (六)其他处理 counts where it was printed as one row; otherwise its sub-items do.
  const items = segs
    .map((s) => s.spec)
    .filter((s) => isOutcomeItem(s) && !(s.group && Number.isNaN(get(s.key, "natural_person"))))
    .map((s) => s.key);
  const sum = (rows: string[], col: string): number => rows.reduce((n, r) => n + get(r, col), 0);
  const others = items.filter((r) => r !== row);
  const part = (col: string): number => {
    if (row === "outcome.total") return sum(items, col);
    if (items.includes(row)) return get("outcome.total", col) - sum(others, col);
    const [added, over, total, forward] = [
      "apps.new",
      "apps.carried_over",
      "outcome.total",
      "apps.carried_forward",
    ].map((r) => get(r, col));
    if (row === "apps.new") return total + forward - over;
    if (row === "apps.carried_over") return total + forward - added;
    return row === "apps.carried_forward" ? added + over - total : Number.NaN;
  };
  const parts = cols.map(part);
  return parts.every((v) => Number.isInteger(v) && v >= 0) ? parts : null;
}

/**
 * Whether `head` is `full` with one or more of its 0s left out, nothing else changed ("92000" of "920000").
 */
function zerosLeftOut(head: string, full: string): boolean {
  if (head.length >= full.length) return false;
  let i = 0;
  for (const c of full) {
    if (i < head.length && head[i] === c) i++;
    else if (c !== "0") return false;
  }
  return i === head.length;
}

/**
 * A glued run that is the parts the table's columns give with a 0 left out, then their sum of two digits or more
 * ("9200011": 9|2|0|0|0|0 printed "92000", then 11): those parts and that sum. Null otherwise.
 */
function zeroLeftOut(digits: string, parts: number[]): number[] | null {
  const sum = String(parts.reduce((n, v) => n + v, 0));
  if (sum.length < 2 || !/^\d+$/.test(digits) || !digits.endsWith(sum)) return null;
  return zerosLeftOut(digits.slice(0, -sum.length), parts.join("")) ? [...parts, Number(sum)] : null;
}

/** A glued row read as the parts the table's columns give with a 0 left out, then their sum (zeroLeftOut), named. */
function storeZeroLeftOut(
  text: string,
  { seg, keys }: PendingRow,
  digits: string,
  cells: number[],
  pos: number,
  sink: TableSink,
): void {
  const raw = compactRaw(text, seg.labelStart, seg.cellsTo);
  cells.forEach((value, i) => sink.put(keys[i], { value, pos }, raw));
  const note =
    `${seg.spec.key}: glued digits "${digits}" are the parts the table's columns give (R1, R3), ` +
    `${cells.slice(0, -1).join("|")} with a 0 left out, and then their sum ${cells[cells.length - 1]}: read so`;
  sink.finding("P2", "warning", note, keys, seg.labelStart);
}

/**
 * A glued row read one digit per cell though its sum contradicts it ("8200010" as 8|2|0|0|0|1|0): where the table's
 * columns give its six parts (R1, R3), the cells they confirm are kept and the others left unread, the total kept
 * as printed, every cell named; where they agree on all six, the row is kept with the warning, as before.
 * Where the run is those parts with a 0 left out and then their sum of two digits or more ("9200011": 9|2|0|0|0|0
 * printed "92000", then 11), the row is the parts and that sum, named. Without the columns, stored as read.
 */
function storeConfirmed(
  text: string,
  row: PendingRow & { tokens: CellToken[] },
  segs: RowSegment[],
  sink: TableSink,
): void {
  const { seg, keys, fit, tokens } = row;
  const parts = partsByColumns(seg.spec.key, segs, sink);
  if (!parts || !fit.cells || parts.every((v, i) => fit.cells?.[i].value === v))
    return storeRow(text, seg, keys, fit, sink);
  const raw = compactRaw(text, seg.labelStart, seg.cellsTo);
  const digits = tokens.map((t) => (t.kind === "num" ? t.raw : t.kind === "empty" ? "" : "_")).join("");
  const dropped = zeroLeftOut(digits, parts);
  if (dropped) return storeZeroLeftOut(text, row, digits, dropped, fit.cells[0].pos, sink);
  parts.forEach((v, i) => {
    if (fit.cells?.[i].value === v) sink.put(keys[i], fit.cells[i], raw);
  });
  // The total stays as printed (its last digit): a reader takes a misprinted 总计 as printed, and the warning says so.
  const total = fit.cells.length - 1;
  sink.put(keys[total], fit.cells[total], raw);
  const message =
    `${seg.spec.key}: ${fit.problem?.message ?? ""}; the table's columns give ${parts.join("|")} (R1, R3): ` +
    "the cells they do not confirm are left blank, the total kept as printed";
  sink.finding("P2", "warning", message, keys, seg.labelStart);
}

/**
 * A glued row with no split whose last cell is the sum of the others (its 总计 misprinted, "000240025" for
 * 0|0|0|24|0|0|25): read as the table's columns give its six parts, where its digits print exactly those parts
 * and then one more figure, the printed 总计, and every printed space falls between cells. Every cell is named,
 * the reading resting on the other rows. Otherwise the row stays blank with its error, as before.
 */
function storeByColumns(
  text: string,
  row: PendingRow & { tokens: CellToken[] },
  segs: RowSegment[],
  sink: TableSink,
): void {
  const { seg, keys, fit, tokens } = row;
  const runs = tokens.filter((t) => t.kind !== "empty").map((t) => (t.kind === "num" ? t.raw : ""));
  const parts = runs.every((r) => /^\d+$/.test(r)) ? partsByColumns(seg.spec.key, segs, sink) : null;
  const digits = runs.join("");
  const head = parts?.join("") ?? "";
  const total = digits.slice(head.length);
  const cuts = new Set(parts?.map((_, i) => parts.slice(0, i + 1).join("").length));
  let at = 0;
  const onCuts = runs.slice(0, -1).every((r) => cuts.has((at += r.length)));
  const pos = tokens.find((t) => t.kind === "num")?.pos ?? seg.labelStart;
  // One glued run, a 0 of its parts left out before a sum of two digits ("14100217"): no misprint, one 0 lost.
  const dropped = parts && runs.length === 1 ? zeroLeftOut(digits, parts) : null;
  if (dropped) return storeZeroLeftOut(text, row, digits, dropped, pos, sink);
  if (!parts || !digits.startsWith(head) || !/^(?:0|[1-9]\d{0,4})$/.test(total) || !onCuts)
    return storeRow(text, seg, keys, fit, sink);
  const cells = [...parts, Number(total)];
  const raw = compactRaw(text, seg.labelStart, seg.cellsTo);
  cells.forEach((value, i) => sink.put(keys[i], { value, pos }, raw));
  const message =
    `${seg.spec.key}: "${runs.join(" ")}" has no reading where 总计 is the sum of the other cells; read as ` +
    `${cells.join("|")} by the table's columns (R1, R3), its printed 总计 disagreeing`;
  sink.finding("P2", "warning", message, keys, seg.labelStart);
}

/** Whether a row's 总计 counts the column left out: always before 总计; after it, where 总计 is more than the six. */
function countedInTotal(fit: FitResult, outside: ExtraColumn): boolean {
  if (!outside.afterTotal) return true;
  const cells = fit.cells;
  if (!cells) return false;
  const six = cells.slice(0, APPLICANT_COLUMNS.length - 1).reduce((n, c) => n + (c.value ?? 0), 0);
  return cells[APPLICANT_COLUMNS.length - 1]?.value !== six;
}
