/**
 * §四 of the 2021 / 2019 templates: fifteen cells after the header words (review, direct litigation,
 * litigation after review; each upheld, corrected, other, pending, total), read as one run whose split
 * each group's total must confirm (R4).
 */
import { type CellToken, scanCells } from "./cells";
import { readLegacyReviewRows } from "./review-legacy-rows";
import { emptyAsZero, markersAsZero, placeBySpaces, printsZerosAsMarkers } from "./empty-zeros";
import { type Cell, fitCells } from "./fit-cells";
import { sumCheck } from "./glued-split";
import { findIn } from "./label-regex";
import { allCasesRow, blankAllCasesRow } from "./excerpts";
import { REVIEW_FIELDS, REVIEW_GROUPS, REVIEW_HEADER_WORDS } from "./labels";
import { beforeProse, statesAllZero } from "./table-regions";
import type { TableSink } from "./table-sink";
import { noteInferred, storeUndecided } from "./template-rows";
import { compactRaw } from "./text-lines";

const GROUP_SUMS = [0, 5, 10].map((g) => ({ parts: [g, g + 1, g + 2, g + 3], total: g + 4 }));
/** §四 prints no figures: the sentences may still tell them (index.ts addStatedCounts then drops this). */
export const NO_REVIEW_FIGURES = "§四: no review/litigation figures found";

/** R4 for each of the three §四 groups: total = upheld + corrected + other + pending. */
const reviewTotals = sumCheck(GROUP_SUMS);
/** R4 with one group left out, for a run printed with one group's total wrong. */
const allButOne = GROUP_SUMS.map((_, g) => sumCheck(GROUP_SUMS.filter((_, k) => k !== g)));

/**
 * A glued run with no reading where all three totals add up (a total wrong in print): the readings where the
 * two other groups add up, over each choice of the group that does not. Empty when there are none or too many.
 */
function oneGroupWrong(tokens: CellToken[]): Cell[][] {
  const readings: Cell[][] = [];
  for (const check of allButOne) {
    const fit = fitCells(tokens, KEYS.length, check);
    if (fit.problem?.message.startsWith("ambiguous:")) return [];
    if (fit.alternatives) readings.push(...fit.alternatives);
    else if (fit.cells && fit.inferred) readings.push(fit.cells);
  }
  return readings;
}

/**
 * A run whose empty cells each kept their space ("7   7  3   3 4    4"): the cells the spaces place, when
 * the spaces show empty cells a collapsed print would not and every group's total adds up under them.
 */
function bySpaces(text: string, tokens: CellToken[]): Cell[] | null {
  if (tokens.length >= KEYS.length) return null;
  const placed = placeBySpaces(text, tokens, KEYS.length, reviewTotals);
  return placed?.spaced ? placed.cells : null;
}

/** Readings of a run whose figures are whole cells, past which the run is left unread. */
const GROUP_READINGS_CAP = 4096;

/**
 * A spaced run whose zeros left nothing ("7 7 3 3 4 4"): each printed figure is one whole cell, each group that
 * prints anything ends in its total, and its other figures stand in some of its four result cells, in order.
 * Every reading of the run that way (empty cells read 0), or null when the figures are not such a run (a 0, a
 * glued run, a full row) or read too many ways.
 */
function wholeFigureGroups(tokens: CellToken[]): Cell[][] | null {
  const figures = tokens.filter((t) => t.kind !== "empty");
  if (figures.length === 0 || figures.length >= KEYS.length) return null;
  if (!figures.every((t) => t.kind === "num" && /^[1-9]\d{0,4}$/.test(t.raw))) return null;
  const cells: Cell[] = figures.map((t) => ({ value: t.kind === "num" ? t.value : null, pos: t.pos }));
  const pos = cells[0].pos;
  /** The ways one group's figures fill its five cells: parts in order among the four results, then the total. */
  const groupWays = (g: Cell[]): Cell[][] => {
    if (g.length === 0) return [Array.from({ length: 5 }, () => ({ value: 0, pos }))];
    const parts = g.slice(0, -1);
    const total = g[g.length - 1];
    if (g.length > 5 || g.length < 2 || parts.reduce((n, c) => n + (c.value ?? 0), 0) !== total.value) return [];
    const ways: Cell[][] = [];
    const place = (slot: number, next: number, acc: Cell[]): void => {
      if (slot === 4) {
        if (next === parts.length) ways.push([...acc, total]);
        return;
      }
      if (next < parts.length) place(slot + 1, next + 1, [...acc, parts[next]]);
      if (4 - slot > parts.length - next) place(slot + 1, next, [...acc, { value: 0, pos: total.pos }]);
    };
    place(0, 0, []);
    return ways;
  };
  const readings: Cell[][] = [];
  for (let i = 0; i <= cells.length; i++)
    for (let j = i; j <= cells.length; j++) {
      const [a, b, c] = [cells.slice(0, i), cells.slice(i, j), cells.slice(j)].map(groupWays);
      if (a.length * b.length * c.length + readings.length > GROUP_READINGS_CAP) return null;
      for (const x of a) for (const y of b) for (const z of c) readings.push([...x, ...y, ...z]);
    }
  return readings.length > 0 ? readings : null;
}

/**
 * Five whole figures, a 0 among them, the last the sum of the others and not 0 ("0 1 0 0 1"): one group's cells
 * with the other two groups' cells left empty. Printed zeros are cells here, not dropped, so the five fill one
 * group, and a table filled from the left fills the first, 行政复议. Null for any other run.
 */
function firstGroupOnly(tokens: CellToken[]): Cell[] | null {
  const figures = tokens.filter((t) => t.kind !== "empty");
  if (figures.length !== 5 || !figures.some((t) => t.kind === "num" && t.raw === "0")) return null;
  const cells: Cell[] = [];
  for (const t of figures) {
    if (t.kind !== "num" || !/^(?:0|[1-9]\d{0,4})$/.test(t.raw)) return null;
    cells.push({ value: t.value, pos: t.pos });
  }
  const [parts, total] = [cells.slice(0, 4), cells[4]];
  // All zeros stay with the readings: any group may be the one printed, and each reads 0 either way.
  return total.value !== 0 && parts.reduce((n, c) => n + (c.value ?? 0), 0) === total.value ? cells : null;
}

/**
 * A run of zeros alone, one or two more or fewer than fifteen ("0 00 0 0 0 000 0 00 0 00 0" with sixteen): however
 * it splits, every cell is 0. Not for a run far off fifteen, which may be something else.
 */
function allZeros(tokens: CellToken[]): boolean {
  const digits = tokens.map((t) => (t.kind === "num" ? t.raw : "x")).join("");
  return /^0+$/.test(digits) && Math.abs(digits.length - KEYS.length) <= 2;
}

/**
 * A group's name and its 总计 with the figure ("行政诉讼（未经复议直接起诉）总计 0", or the figure right after the name:
 * "行政复议 0 行政诉讼 未经复议直接起诉 1 复议后起诉 0"): §四 printing totals only.
 */
const GROUP_TOTAL = /(行政复议|未经复议直接起诉|复议后起诉)[）)]?\s*(?:总\s*计)?\s*[:：]?\s*(\d{1,5})(?!\d)/g;

/**
 * §四 reduced to its three 总计 cells, each after its group's name and nothing else printed: the totals are read, and
 * a total of 0 makes its group's four results 0 too (counts are never negative). P2 info naming every key.
 */
function totalsOnly(text: string, from: number, to: number, tokens: CellToken[], sink: TableSink): boolean {
  if (tokens.length !== 3) return false;
  const found = new Map<number, { value: number; pos: number }>();
  GROUP_TOTAL.lastIndex = from;
  for (let m = GROUP_TOTAL.exec(text); m && m.index < to; m = GROUP_TOTAL.exec(text)) {
    const group = ["行政复议", "未经复议直接起诉", "复议后起诉"].indexOf(m[1]);
    const pos = m.index + m[0].length - m[2].length;
    if (found.has(group) || !tokens.some((t) => t.pos === pos)) return false;
    found.set(group, { value: Number(m[2]), pos });
  }
  if (found.size !== 3) return false;
  const raw = compactRaw(text, tokens[0].pos, tokens[2].pos + 12);
  for (const [group, total] of found) {
    REVIEW_FIELDS.forEach((field, f) => {
      // A nonzero group's results are not printed: undecided, not blank (a sum over them would read short).
      if (f !== 4 && total.value !== 0) return;
      const value = f === 4 ? total.value : 0;
      sink.put(`${REVIEW_GROUPS[group]}.${field}`, { value, pos: total.pos }, raw);
    });
  }
  const message = "§四 prints each group's 总计 alone: totals read, a group totalling 0 has 0 in every result";
  sink.finding("P2", "info", message, KEYS, tokens[0].pos);
  return true;
}

// 合 of 合计, a site's own word for a group's 总计 ("复议情况：维持 纠正 其他 未审结 合计 0 1 0 0 1 诉讼情况…").
const REVIEW_CHARS: ReadonlySet<string> = new Set([...REVIEW_HEADER_WORDS, "合"]);
const KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_FIELDS.map((f) => `${g}.${f}`));

/** A group's five result words, in the template's order (upheld, corrected, other, pending, total). */
const FIELD_WORDS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const gapped = (w: string) => Array.from(w).join("\\s*");
const FIELD_RE = new RegExp(FIELD_WORDS.map(gapped).join("|"), "g");
const fieldOf = (word: string) => FIELD_WORDS.indexOf(word.replace(/\s/g, ""));
/** "结果维持0件，", "总计：2件；": a figure written after its own result word. */
const LABELLED_RE = new RegExp(`(${FIELD_WORDS.map(gapped).join("|")})\\s*[:：]?\\s*(\\d+)\\s*件?`, "g");

/**
 * §四 typed as words and figures in turn ("行政复议：结果维持0件，结果纠正0件，…总计0件；行政诉讼…"): one token per
 * figure, when the region holds exactly fifteen, each after its own result word in the template's order.
 */
function labelledCells(text: string, from: number, to: number): CellToken[] | null {
  const tokens: CellToken[] = [];
  LABELLED_RE.lastIndex = from;
  for (let m = LABELLED_RE.exec(text); m && m.index < to; m = LABELLED_RE.exec(text)) {
    if (fieldOf(m[1]) !== tokens.length % FIELD_WORDS.length) return null;
    const pos = m.index + m[0].indexOf(m[2], m[1].length);
    tokens.push({ kind: "num", value: Number(m[2]), raw: m[2], pos, sep: "strong", cell: tokens.length });
  }
  return tokens.length === KEYS.length ? tokens : null;
}

/**
 * Each result's words, the template's first, then a site's own shorter or other words ("维持 纠正 其他 未审结 合计",
 * "维持原决定 依法纠错 其他情形 正在审理 小计"): longer words first, so "其他结果" is not read as "其他".
 */
const FIELD_SYNONYMS = [
  ["结果维持", "维持原决定", "维持原行政行为", "维持", "驳回"],
  ["结果纠正", "依法纠错", "纠正", "纠错", "确认违法或撤销", "变更或撤销", "撤销"],
  ["其他结果", "其他情形", "其他", "撤回", "终止"],
  ["尚未审结", "正在审理", "尚在审理", "未审结", "审理中", "未结案", "在审", "未结"],
  ["总计", "合计", "小计", "总数"],
];
const SYNONYM_FIELD = new Map(FIELD_SYNONYMS.flatMap((ws, f) => ws.map((w) => [w, f] as const)));
const FIELD_ANY_RE = new RegExp(
  FIELD_SYNONYMS.flat()
    .sort((a, b) => b.length - a.length)
    .map(gapped)
    .join("|"),
  "g",
);
/**
 * Where the header's words start: after the last sentence before the first figure (a sentence telling the year's
 * suits, "被提起行政诉讼1件（未经复议直接起诉）。", names groups that are no headings).
 */
function headerStart(text: string, from: number, firstFigure: number): number {
  const cut = Math.max(text.lastIndexOf("。", firstFigure - 1), text.lastIndexOf("；", firstFigure - 1));
  return cut >= from ? cut + 1 : from;
}

/**
 * The header between its start and the first figure, read once per table: its result words as field indexes
 * (template or short) and its text without spaces. printedOrder, printedGroups, printedFields and unalignedHeader
 * all ask for the same header of the same page, so the last one read is kept.
 */
interface Header {
  fields: number[];
  compact: string;
}
let lastHeader: { text: string; from: number; firstFigure: number; header: Header } | null = null;
function readHeader(text: string, from: number, firstFigure: number): Header {
  const last = lastHeader;
  if (last && last.from === from && last.firstFigure === firstFigure && last.text === text) return last.header;
  const span = text.slice(headerStart(text, from, firstFigure), firstFigure);
  const fields = (span.match(FIELD_ANY_RE) ?? []).map((w) => SYNONYM_FIELD.get(w.replace(/\s/g, "")) ?? -1);
  const header = { fields, compact: span.replace(/\s+/g, "") };
  lastHeader = { text, from, firstFigure, header };
  return header;
}
const headerFields = (text: string, from: number, firstFigure: number): number[] =>
  readHeader(text, from, firstFigure).fields;

/**
 * The header's result words before the first figure, when a page reordered them ("总计 结果维持 结果纠正 …" in
 * every group, "纠正 维持 其他 未审结 合计"): for each printed cell, its place in the template's order. Null for the
 * template's own order.
 */
function printedOrder(text: string, from: number, firstFigure: number): number[] | null {
  const words = headerFields(text, from, firstFigure);
  if (words.length !== FIELD_WORDS.length && words.length !== KEYS.length) return null;
  const groups = Array.from({ length: 3 }, (_, g) =>
    words.length === KEYS.length ? words.slice(g * 5, g * 5 + 5) : words,
  );
  if (!groups.every((g) => new Set(g).size === FIELD_WORDS.length)) return null;
  const order = groups.flatMap((g, k) => g.map((field) => k * 5 + field));
  return order.every((at, i) => at === i) ? null : order;
}

const GROUP_WORDS = { review: "行政复议", litigation: "行政诉讼", direct: "未经复议直接起诉", after: "复议后起诉" };

/**
 * A header that prints §四's groups out of the template's order ("行政诉讼 行政复议 未经复议直接起诉 复议后起诉 …":
 * review last; "…复议后起诉 未经复议直接起诉…": the two litigation groups swapped; "行政诉讼 行政复议 行政诉讼": review
 * between them): for each printed cell, its place in the template's order. The top row's 行政复议 / 行政诉讼 words
 * place the review group, the sub-headings order the litigation groups. Null for the template's order, or where
 * a sub-heading is missing or printed twice, or the top row is not one 行政复议 among one or two 行政诉讼.
 */
function printedGroups(text: string, from: number, firstFigure: number): number[] | null {
  const s = readHeader(text, from, firstFigure).compact;
  const suits = [...s.matchAll(SUIT_ANY)];
  const directs = suits.filter((m) => !m[0].includes("后"));
  const afters = suits.filter((m) => m[0].includes("后"));
  const direct = directs.length === 1 ? (directs[0].index ?? -1) : -1;
  const after = afters.length === 1 ? (afters[0].index ?? -1) : -1;
  const top: string[] = s.match(TOP_WORDS) ?? [];
  const review = top.indexOf(GROUP_WORDS.review);
  if (direct < 0 || after < 0 || review < 0 || top.lastIndexOf(GROUP_WORDS.review) !== review) return null;
  if (top.length !== 2 && top.length !== 3) return null;
  // The review group's slot among the three: first, last, or between two 行政诉讼.
  const slot = review === 0 ? 0 : review === top.length - 1 ? 2 : 1;
  const groups = direct < after ? [1, 2] : [2, 1];
  groups.splice(slot, 0, 0);
  if (groups.every((g, k) => g === k)) return null;
  return groups.flatMap((g) => [0, 1, 2, 3, 4].map((f) => g * 5 + f));
}
/** The groups' top headings; a law's name (《行政复议法》, 行政诉讼法第…条 in a note) is no heading. */
const TOP_WORDS = /行政复议(?![法条])|行政诉讼(?![法条])/g;
/**
 * The suit groups' sub-headings, the template's and a site's shorter ones (直接起诉, 未经复议起诉, 未经复议; 经复议后起诉,
 * 复议后), spaces removed; a word with 后 is the suits after a review.
 */
const SUIT_ANY = /未经复议直接起诉|未经复议起诉|未经复议|直接起诉|经?复议后(?:起诉)?/g;
const SUIT_WORDS = new RegExp(
  ["未经复议直接起诉", "未经复议起诉", "未经复议", "直接起诉", "复议后起诉", "复议后"].map(gapped).join("|"),
  "g",
);

/**
 * §四 split into two tables, each with its own header (表1 行政复议情况 结果维持 … 总计 2 0 1 0 3 表2 行政诉讼情况 复议后起诉
 * 未经复议直接起诉 … 1 0 0 0 1 0 1 0 1 2): the groups' order told by the headers up to the figures after the last
 * litigation sub-heading, where the header before the first figure names neither.
 */
function splitGroups(text: string, from: number, to: number, tokens: CellToken[]): number[] | null {
  const first = tokens[0].pos;
  SUIT_WORDS.lastIndex = 0;
  if (SUIT_WORDS.test(text.slice(from, first))) return null;
  let last = -1;
  SUIT_WORDS.lastIndex = first;
  for (let m = SUIT_WORDS.exec(text); m && m.index < to; m = SUIT_WORDS.exec(text)) last = m.index + m[0].length;
  if (last < 0) return null;
  const next = tokens.find((t) => t.pos >= last);
  return next ? printedGroups(text, from, next.pos) : null;
}

/** The header's top row prints 行政诉讼 before 行政复议 (the groups are not in the template's order). */
function litigationFirst(text: string, from: number, firstFigure: number): boolean {
  const top: string[] = readHeader(text, from, firstFigure).compact.match(TOP_WORDS) ?? [];
  return top[0] === GROUP_WORDS.litigation && top.includes(GROUP_WORDS.review);
}

/** A group's name printed as its row's label (行政复议, a suit sub-heading; 行政诉讼 alone names no row). */
const ROW_LABEL = new RegExp(
  ["行政复议(?![法条])", "未经复议直接起诉", "未经复议起诉", "未经复议", "直接起诉", "经?复议后(?:起诉)?"].join("|"),
  "g",
);

/**
 * §四 printed as three labelled rows under one header of result words ("结果纠正 … 总计 未经复议直接起诉 0 2 1 0 3
 * 复议后起诉 0 1 0 0 1 行政复议 1 3 0 2 6"): the groups' order told by the row labels after the header's last result
 * word, each group named once and each label followed by figures before the next. Null for the template's order
 * or any other layout.
 */
function rowLabelGroups(text: string, from: number, to: number, tokens: CellToken[]): number[] | null {
  let start = -1;
  FIELD_ANY_RE.lastIndex = from;
  for (let m = FIELD_ANY_RE.exec(text); m && m.index < tokens[0].pos; m = FIELD_ANY_RE.exec(text))
    start = m.index + m[0].length;
  if (start < 0) return null;
  const labels: { group: number; at: number }[] = [];
  ROW_LABEL.lastIndex = start;
  for (let m = ROW_LABEL.exec(text); m && m.index < to; m = ROW_LABEL.exec(text)) {
    const group = m[0].startsWith("行政复议") ? 0 : m[0].includes("后") ? 2 : 1;
    labels.push({ group, at: m.index });
    if (labels.length > 3) return null;
  }
  if (labels.length !== 3 || new Set(labels.map((l) => l.group)).size !== 3) return null;
  if (tokens[0].pos < labels[0].at) return null;
  const bounds = [...labels.map((l) => l.at), to];
  for (let k = 0; k < 3; k++) if (!tokens.some((t) => t.pos > bounds[k] && t.pos < bounds[k + 1])) return null;
  if (labels.every((l, k) => l.group === k)) return null;
  return labels.flatMap((l) => [0, 1, 2, 3, 4].map((f) => l.group * 5 + f));
}

/**
 * A header whose order cannot be read, so the template's may not be assumed: five or fifteen result words (template
 * or short) out of the template's order that printedOrder could not align (a word twice), or a top row that puts
 * 行政诉讼 before 行政复议 without both suit sub-headings once. The reason, or null. (Other counts of words, as a
 * PDF's header read out of order, are left to the cells' sums.)
 */
function unalignedHeader(text: string, from: number, firstFigure: number): string | null {
  const words = headerFields(text, from, firstFigure);
  const inTemplateOrder = words.every((f, i) => f === i % FIELD_WORDS.length);
  const fullSet = words.length === FIELD_WORDS.length || words.length === KEYS.length;
  if (fullSet && !inTemplateOrder)
    return `the header's result words (${words.map((f) => FIELD_WORDS[f]).join(" ")}) align with no order of the cells`;
  const top: string[] = readHeader(text, from, firstFigure).compact.match(TOP_WORDS) ?? [];
  if (top[0] === GROUP_WORDS.litigation && top.includes(GROUP_WORDS.review))
    return "the header prints 行政诉讼 before 行政复议 but its suit sub-headings do not tell the groups' order";
  return null;
}

const describeGroups = (order: number[]): string =>
  [0, 5, 10].map((p) => Object.values(GROUP_WORDS)[[0, 2, 3][order[p] / 5]]).join("、");

/** The figures before a caption's number ("表4 政府信息公开行政复议…（单位：件） 行政复议 …"): dropped. */
function afterCaption(text: string, tokens: CellToken[], from: number, to: number): CellToken[] {
  FIELD_RE.lastIndex = from;
  const header = FIELD_RE.exec(text);
  if (!header || header.index >= to) return tokens;
  const before = tokens.filter((t) => t.pos < header.index).length;
  return before > 0 && before <= 2 && tokens.length > before ? tokens.slice(before) : tokens;
}

/**
 * A header that reorders both the groups and each group's result words ("行政诉讼 行政复议 未经复议直接起诉 复议后起诉
 * 结果纠正 结果维持 …"): printed cell i stands in the group the group order gives its printed group and in the field
 * the result order gives its printed place. Each order alone is for the cells with the other in the template's.
 */
function bothOrders(groupOrder: number[], fieldOrder: number[]): number[] {
  return fieldOrder.map((at, i) => groupOrder[i - (i % 5)] + (at % 5));
}

/** Cells read in a reordered header's order, put back in the template's. */
function toTemplateOrder(cells: Cell[], order: number[]): Cell[] {
  const out = [...cells];
  order.forEach((at, i) => {
    out[at] = cells[i];
  });
  return out;
}

/**
 * Where the §四 run ends when the next paragraph's year is glued to it, its heading lost ("…总计100010000000000
 * 2023年，我局…" printed as one run of digits before 年): the run's digits before the year's four. `to` otherwise.
 */
function beforeGluedYear(text: string, from: number, to: number): number {
  const m = findIn(RUN_BEFORE_YEAR, text, from, to);
  return m ? m.end : to;
}
const RUN_BEFORE_YEAR = /\d{5,}(?=(?:19|20)\d\d\s*年)/g;

/**
 * The 行政复议 group of a run the excerpt cuts off inside §四 ("…尚未审结总计0100100" and the page ends): the first
 * five cells where exactly one split of the run's first digits into five cells adds up (R4), cells never
 * spanning two printed tokens; null where none or several do, or the run is not digits alone.
 */
function cutFirstGroup(tokens: CellToken[]): Cell[] | null {
  if (tokens.length === 0 || !tokens.every((t) => t.kind === "num" && /^\d+$/.test(t.raw))) return null;
  const runs = tokens as Extract<CellToken, { kind: "num" }>[];
  const found: Cell[][] = [];
  const take = (run: number, at: number, cells: Cell[]): void => {
    if (found.length > 1) return;
    if (cells.length === 5) {
      const sum = cells.slice(0, 4).reduce((n, c) => n + (c.value ?? 0), 0);
      if (sum === cells[4].value) found.push(cells);
      return;
    }
    if (run >= runs.length) return;
    const raw = runs[run].raw;
    if (at >= raw.length) return take(run + 1, 0, cells);
    const most = raw[at] === "0" ? 1 : Math.min(5, raw.length - at);
    for (let k = 1; k <= most; k++)
      take(run, at + k, [...cells, { value: Number(raw.slice(at, at + k)), pos: runs[run].pos + at }]);
  };
  take(0, 0, []);
  return found.length === 1 ? found[0] : null;
}

const SINGLE_DIGITS = /^(?:\d|0\d+)$/;
const GLUED_DIGITS = /^\d{1,3}$/;

/**
 * A run of single-digit cells one digit longer than §四's fifteen, its glued pieces all starting with 0 ("1 0 00 1 0 0 0
 * 00 0 0 0 0 0 0": a count has no leading zero, so "00" is two cells, and sixteen digits remain): a stray digit. Read
 * where every way of leaving one digit out that makes each group's total add up gives the same fifteen cells, named.
 * `glued`: also where a piece does not start with 0 ("10 0 01 0 0 0 0 00 …"), tried only once no reading of the run
 * as printed adds up (a two-digit count read whole comes first).
 */
function oneDigitOver(text: string, tokens: CellToken[], sink: TableSink, glued = false): boolean {
  if (tokens.length === 0 || tokens.length > KEYS.length + 1) return false;
  const digits: Cell[] = [];
  for (const t of tokens) {
    if (t.kind !== "num" || !(glued ? GLUED_DIGITS : SINGLE_DIGITS).test(t.raw)) return false;
    for (let k = 0; k < t.raw.length; k++) digits.push({ value: Number(t.raw[k]), pos: t.pos + k });
  }
  // Zeros alone are allZeros' (any split of them reads 0).
  if (digits.length !== KEYS.length + 1 || digits.every((c) => c.value === 0)) return false;
  let reading: Cell[] | null = null;
  for (let d = 0; d < digits.length; d++) {
    const cells = digits.filter((_, k) => k !== d);
    if (!reviewTotals(cells.map((c) => c.value ?? 0))) continue;
    if (reading?.some((c, i) => c.value !== cells[i].value)) return false;
    reading ??= cells;
  }
  if (!reading) return false;
  const raw = compactRaw(text, tokens[0].pos, tokens[tokens.length - 1].pos + 12);
  reading.forEach((cell, i) => sink.put(KEYS[i], cell, raw));
  const printed = tokens.map((t) => ("raw" in t ? t.raw : "")).join(" ");
  const message =
    `§四: "${printed}" prints sixteen single-digit cells for fifteen (a count has no leading zero); every reading ` +
    "without one of them in which each group's total adds up is the same: read so";
  sink.finding("P2", "warning", message, KEYS, tokens[0].pos);
  return true;
}

/** The word a column-number row starts with ("栏次 1 2 3 … 15"), looked for just before its first number. */
const INDEX_WORD = /(?:栏\s*次|列\s*次|序\s*号)\s*[:：]?\s*$/;
/** How long a run of column numbers must be to be read as one without its word: no figures start 1 2 3 … 10. */
const INDEX_ALONE = 10;

/** A column-number row typed without spaces ("栏次123456789101112131415"): 1 to 15, 12 or 10 run together. */
const GLUED_INDEX = [15, 12, 10].map((k) => Array.from({ length: k }, (_, i) => i + 1).join(""));

/**
 * The header's row of column numbers before the figures ("栏次 1 2 3 … 15 0 0 0 …"): the leading whole tokens
 * 1, 2, 3, … (five or more after 栏次, ten or more without), dropped; typed as one run ("栏次123…1415"), that run, or
 * the figures glued after it kept. Such a run never adds up as §四's groups, so no reading of figures is lost.
 * The tokens as given when there is none.
 */
function afterIndexRow(text: string, tokens: CellToken[], sink: TableSink): CellToken[] {
  if (tokens.length === 0) return tokens;
  const said = INDEX_WORD.test(text.slice(Math.max(0, tokens[0].pos - 8), tokens[0].pos));
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (t.kind !== "num" || t.raw !== String(k + 1)) break;
    k++;
  }
  const first = tokens[0];
  const glued = first.kind === "num" && k < 5 ? GLUED_INDEX.find((run) => first.raw.startsWith(run)) : undefined;
  if (glued && first.kind === "num" && (said || (first.raw === glued && tokens.length > 1))) {
    const rest = first.raw.slice(glued.length);
    const after = { ...first, raw: rest, value: Number(rest), pos: first.pos + glued.length, sep: "strong" as const };
    const message = `§四: "${glued}" before the figures numbers the columns (栏次), not read as cells`;
    sink.finding("P0", "info", message, [], first.pos);
    return rest === "" ? tokens.slice(1) : [after, ...tokens.slice(1)];
  }
  if (k < 5 || (!said && k < INDEX_ALONE)) return tokens;
  const message = `§四: "1 … ${k}" before the figures numbers the columns (栏次), not read as cells`;
  sink.finding("P0", "info", message, [], tokens[0].pos);
  return tokens.slice(k);
}

/** A gap between two figures holding one result word alone, borders and spaces aside. */
const LONE_WORD_GAP = new RegExp(`^[\\s|]*(?:${FIELD_WORDS.map(gapped).join("|")})[\\s|]*$`);
/** Gaps of one result word each past which a run's figures stand among its header's words. */
const WORDS_AMONG = 3;

/**
 * A run whose figures stand one by one between the header's result words ("结果维持 1 结果纠正 0 其他结果 0 …": a
 * converter that put each figure in its header cell): the figures' columns are not the run's order. A quote of the
 * first such stretch, or null. (Fifteen words each with its own figure are labelledCells'; a transposed §四's rows,
 * readTransposed's; a header printed group by group puts several words between two figures.)
 */
function wordsAmongFigures(text: string, tokens: CellToken[]): string | null {
  // Figures only: an empty cell's borders beside a header word ("结果维持 | |") say nothing of the figures.
  const figures = tokens.filter((t) => t.kind === "num");
  let lone = 0;
  let first = -1;
  for (let i = 1; i < figures.length && lone < WORDS_AMONG; i++) {
    const a = figures[i - 1];
    const b = figures[i].pos;
    const end = a.pos + ("raw" in a ? a.raw.length : 0);
    if (b - end > 16 || !LONE_WORD_GAP.test(text.slice(end, b))) continue;
    if (lone++ === 0) first = a.pos;
  }
  return lone >= WORDS_AMONG ? compactRaw(text, first, first + 24) : null;
}

/** A transposed §四's row: a result's word and its three groups' cells ("结果维持 2 1 3"). */
const TRANSPOSED_ROW = new RegExp(
  `(${FIELD_SYNONYMS.flat()
    .sort((a, b) => b.length - a.length)
    .map(gapped)
    .join("|")})\\s*[:：]?\\s*(\\d{1,5})\\s+(\\d{1,5})\\s+(\\d{1,5})(?![\\d\\s]*\\d)`,
  "g",
);
/** The groups' words as a transposed header prints them, each a column ("项目 未经复议直接起诉 复议后起诉 行政复议"). */
const TRANSPOSED_GROUP = /(未经复议直接起诉|未经复议起诉|直接起诉)|(经?复议后起诉)|(行政复议)(?![、和及与]|行政诉讼)/g;
/** A transposed §四 spans about 120 characters; past this it is not one. */
const TRANSPOSED_SPAN = 400;

/**
 * §四 printed transposed: the groups as columns (项目 行政复议 未经复议直接起诉 复议后起诉, in any order) and each
 * result a row of three cells ("结果维持 2 1 3 结果纠正 0 0 1 … 总计 3 1 6"), results in any order. Read where the
 * header names the three groups once each and five rows name the five results once each; false otherwise.
 */
function readTransposed(text: string, from: number, to: number, sink: TableSink): boolean {
  // The region's first characters only: a search on to the end of the page would cost every report a scan.
  const region = text.slice(from, Math.min(to, from + TRANSPOSED_SPAN));
  const rows: { field: number; cells: { value: number; pos: number }[]; at: number }[] = [];
  for (const m of region.matchAll(TRANSPOSED_ROW)) {
    const field = SYNONYM_FIELD.get(m[1].replace(/\s/g, "")) ?? -1;
    let pos = (m.index ?? 0) + m[1].length;
    const cells = [m[2], m[3], m[4]].map((d) => {
      pos = region.indexOf(d, pos);
      const cell = { value: Number(d), pos: from + pos };
      pos += d.length;
      return cell;
    });
    rows.push({ field, cells, at: from + (m.index ?? 0) });
  }
  if (rows.length !== REVIEW_FIELDS.length || new Set(rows.map((r) => r.field)).size !== rows.length) return false;
  if (rows.some((r) => r.field < 0)) return false;
  // The header: the groups' words after the section's heading ("…行政复议、行政诉讼情况") and before the first row.
  const head = text.slice(from, rows[0].at);
  const cut = Math.max(head.lastIndexOf("情况"), head.lastIndexOf("项目"));
  const groups: number[] = [];
  for (const m of head.slice(Math.max(cut, 0)).matchAll(TRANSPOSED_GROUP)) groups.push(m[1] ? 1 : m[2] ? 2 : 0);
  if (groups.length !== 3 || new Set(groups).size !== 3) return false;
  const raw = compactRaw(text, rows[0].at, rows[rows.length - 1].cells[2].pos + 6);
  for (const row of rows)
    row.cells.forEach((cell, c) => sink.put(`${REVIEW_GROUPS[groups[c]]}.${REVIEW_FIELDS[row.field]}`, cell, raw));
  const message = `§四 printed transposed: the groups as columns (${describeGroups(groups)}), each result a row`;
  sink.finding("P0", "info", message, [], from);
  return true;
}

export function readReview(
  text: string,
  region: [number, number],
  sink: TableSink,
  opts: { cutAtEnd?: boolean } = {},
): void {
  // The old form's rows (行政复议数量 件 1 (一)维持具体行政行为数 件 1 …), a clerk's habit in the first years.
  if (readLegacyReviewRows(text, region, sink)) return;
  // All the agency's cases on a row, then a 其中 row of those about disclosure: the 其中 row is the report's §四.
  const found = allCasesRow(text, region[0]);
  const row = found && found.end <= region[1] ? found : null;
  const own = row ? blankAllCasesRow(text, row) : text;
  readReviewCells(own, region, sink, opts);
  noteBareReject(own, region, sink);
  if (row) {
    const message =
      `§四 prints all the cases on a row ("${row.allLabel}") and then those about disclosure ("${row.subLabel}"): ` +
      "the 其中 row is read, the all-cases row is not";
    sink.finding("P2", "info", message, KEYS, row.start);
  }
}

/**
 * A result column headed 驳回 alone (驳回 纠正 其他 未审结 合计): read as 结果维持, where it stands, but the page does not
 * say which 驳回 it counts: a 判决驳回诉讼请求 (驳回复议请求) upholds the answer, a 裁定驳回起诉 (驳回复议申请) ends the case
 * otherwise (其他结果). A column of 维持 and 驳回 together (维持或驳回), or 驳回 spelled out, says it.
 */
const BARE_REJECT =
  /(?<!维\s*持\s*[或、/]?\s*)驳\s*回(?![^。;；\d]{0,6}(?:请\s*求|起\s*诉|申\s*请)|\s*[或、/]\s*维\s*持)/g;
/** Other result words printed after the 驳回 heading, so the word is a header's, not a sentence's. */
const RESULT_WORDS_AFTER = /纠\s*正|纠\s*错|撤\s*销|其\s*他|审\s*结|审\s*理|在\s*审|合\s*计|总\s*计|小\s*计|总\s*数/;
const REJECT_HEADER_SPAN = 40;

/** The groups whose 驳回 cells hold a case, their 结果维持 and 其他结果 keys named by a finding. */
function noteBareReject(text: string, [from, to]: [number, number], sink: TableSink): void {
  const at = text.indexOf("驳", from);
  if (at < 0 || at >= to) return;
  BARE_REJECT.lastIndex = at;
  let m = BARE_REJECT.exec(text);
  while (m && m.index < to && !RESULT_WORDS_AFTER.test(text.slice(m.index + 2, m.index + REJECT_HEADER_SPAN)))
    m = BARE_REJECT.exec(text);
  if (!m || m.index >= to) return;
  const groups = REVIEW_GROUPS.filter((g) => (sink.valueOf(`${g}.upheld`) ?? 0) > 0);
  if (groups.length === 0) return;
  const message =
    "§四: a result column is headed 驳回 alone, read as 结果维持 (判决驳回诉讼请求); a 驳回起诉 or 驳回复议申请 " +
    "would be 其他结果, and the page does not say which";
  sink.finding(
    "P2",
    "warning",
    message,
    groups.flatMap((g) => [`${g}.upheld`, `${g}.other`]),
    m.index,
  );
}

function readReviewCells(
  text: string,
  [from, regionTo]: [number, number],
  sink: TableSink,
  opts: { cutAtEnd?: boolean },
): void {
  const to = beforeGluedYear(text, from, regionTo);
  if (readTransposed(text, from, to, sink)) return;
  const labelled = labelledCells(text, from, to);
  const scanned = labelled ?? afterCaption(text, scanCells(text, from, to), from, to);
  const tokens = afterIndexRow(text, beforeProse(text, scanned, to, REVIEW_CHARS), sink);
  const among = labelled ? null : wordsAmongFigures(text, tokens);
  if (among) {
    const message =
      `§四: figures printed between the header's result words ("${among}"), as a converter that put figures in the ` +
      "header's cells prints them: the header and the figures do not line up; left blank";
    return sink.finding("P2", "warning", message, KEYS, tokens[0].pos);
  }
  const groupOrder =
    tokens.length > 0
      ? (printedGroups(text, from, tokens[0].pos) ??
        splitGroups(text, from, to, tokens) ??
        rowLabelGroups(text, from, to, tokens))
      : null;
  const fieldOrder = tokens.length > 0 ? printedOrder(text, from, tokens[0].pos) : null;
  const order = fieldOrder && groupOrder ? bothOrders(groupOrder, fieldOrder) : (fieldOrder ?? groupOrder);
  const groupsNote =
    groupOrder && `§四: groups printed in the order ${describeGroups(groupOrder)} (read by the header)`;
  if (groupsNote) sink.finding("P0", "info", groupsNote, [], from);
  if (fieldOrder && !groupOrder && litigationFirst(text, from, tokens[0].pos)) {
    const message =
      "§四: the header reorders the result words and prints 行政诉讼 before 行政复议, but its groups' order " +
      "cannot be read; left blank";
    return sink.finding("P2", "warning", message, KEYS, tokens[0].pos);
  }
  if (order) return readReordered(text, tokens, order, sink);
  if (tokens.length > 0 && grandHeader(text.slice(Math.max(from, tokens[0].pos - HEADER_TAIL), tokens[0].pos)))
    return readWithGrandTotal(text, tokens, sink);
  if (tokens.length > 0 && oneSuitGroup(text, from, tokens[0].pos)) return readOneSuitGroup(text, tokens, sink);
  const unaligned = tokens.length > 0 ? unalignedHeader(text, from, tokens[0].pos) : null;
  if (unaligned) return sink.finding("P2", "warning", `§四: ${unaligned}; left blank`, KEYS, tokens[0].pos);
  if (totalsOnly(text, from, to, tokens, sink)) return;
  if (oneDigitOver(text, tokens, sink)) return;
  const fit = fitCells(tokens, KEYS.length, reviewTotals);
  // A header without a result column: its cells, where they do not read as the template's fifteen.
  const fewer = tokens.length > 0 ? printedFields(text, from, tokens[0].pos) : null;
  const printedCells = tokens.filter((t) => t.kind !== "empty").length;
  if (fewer && (printedCells === fewer.length * 3 || !fit.cells || fit.alternatives || fit.problem))
    return readFewerFields(text, tokens, fewer, sink);
  if (
    !fit.cells &&
    fit.problem?.message.includes("no reading where the sums hold") &&
    oneDigitOver(text, tokens, sink, true)
  )
    return;
  const start = fit.cells?.[0].pos ?? tokens[0]?.pos ?? from;
  const at = { name: "§四", keys: KEYS, from: start, to: start + (fit.printed?.length ?? 0) + 40 };
  const spaced = !fit.cells || fit.alternatives ? bySpaces(text, tokens) : null;
  if (spaced) {
    const message = "by the spaces the empty cells left, and each group's total adds up";
    const printed = fit.printed ?? spaced.flatMap((c) => (c.value === null ? [] : [c.value])).join(" ");
    noteInferred(at, spaced, { cells: spaced, placed: true, printed }, message, false, sink);
    const raw = compactRaw(text, spaced[0].pos, spaced[spaced.length - 1].pos + 12);
    return emptyAsZero(spaced).forEach((cell, i) => sink.put(KEYS[i], cell, raw));
  }
  const groups = !fit.cells || fit.alternatives ? wholeFigureGroups(tokens) : null;
  if (groups) {
    // What every reading agrees on (a group's total, a group that prints nothing); every cell is named.
    const printed = tokens.map((t) => ("raw" in t ? t.raw : "")).join(" ");
    const raw = compactRaw(text, groups[0][0].pos, tokens[tokens.length - 1].pos + 12);
    const open = KEYS.filter((key, i) => {
      const values = new Set(groups.map((r) => r[i].value));
      if (values.size === 1) sink.put(key, groups[0][i], raw);
      return values.size > 1;
    });
    const message =
      `§四: "${printed}" prints its zeros as empty cells; ${groups.length} placements add up in every group, ` +
      `${open.length} cells they disagree on are left blank`;
    return sink.finding("P2", "warning", message, KEYS, start);
  }
  const first = fit.alternatives ? firstGroupOnly(tokens) : null;
  if (first) {
    const raw = compactRaw(text, first[0].pos, first[4].pos + 12);
    first.forEach((cell, i) => sink.put(KEYS[i], cell, raw));
    const message =
      `§四: "${first.map((c) => c.value).join(" ")}" prints five cells that add up as one group: read as the first, ` +
      "行政复议; the 行政诉讼 cells print nothing and are left blank";
    return sink.finding("P2", "warning", message, KEYS, start);
  }
  if ((!fit.cells || fit.alternatives) && allZeros(tokens)) {
    const raw = compactRaw(text, tokens[0].pos, tokens[tokens.length - 1].pos + 12);
    KEYS.forEach((key) => sink.put(key, { value: 0, pos: tokens[0].pos }, raw));
    const message = `§四: "${fit.printed ?? ""}" prints only zeros, not fifteen of them; every split is 0, read as 0`;
    return sink.finding("P2", "info", message, KEYS, start);
  }
  const cut = opts.cutAtEnd && (!fit.cells || fit.alternatives) ? cutFirstGroup(tokens) : null;
  if (cut) {
    const raw = compactRaw(text, cut[0].pos, cut[4].pos + 12);
    cut.forEach((cell, i) => sink.put(KEYS[i], cell, raw));
    const message =
      `§四: the text ends inside the run ("${fit.printed ?? ""}"); its first five cells add up one way only, ` +
      "read as 行政复议; the 行政诉讼 cells are cut off";
    return sink.finding("P2", "warning", message, KEYS, start);
  }
  const misprinted = !fit.cells && fit.problem?.message.includes("no reading where the sums hold");
  const readings = misprinted ? oneGroupWrong(tokens) : [];
  if (readings.length > 0) {
    // Every cell is named: what the readings agree on rests on the other groups' totals alone.
    const run = fit.problem?.message.match(/"([^"]*)"/)?.[1];
    const why = `"${run}" has no reading where every group's total adds up; read with one group's total disagreeing`;
    return storeUndecided(text, at, readings, why, true, sink);
  }
  if (fit.alternatives) {
    // No other sum checks §四: even the cells its readings agree on rest on the group totals alone.
    const stated = statedReviews(text, from);
    const told = stated ? fit.alternatives.filter((r) => stated.every(([i, v]) => (r[i].value ?? 0) === v)) : [];
    const picks = told.length > 0 && told.length < fit.alternatives.length ? told : fit.alternatives;
    const said = picks === told && stated ? `, of which the narrative's (${STATED_NOTE}) are kept` : "";
    const why = `"${fit.printed}" reads several ways where each group's total adds up${said}`;
    return storeUndecided(text, at, picks, why, true, sink);
  }
  if (fit.problem)
    sink.finding(
      fit.problem.message.startsWith("ambiguous") ? "P2" : "P1",
      fit.problem.severity,
      `§四: ${fit.problem.message}`,
      KEYS,
      from,
    );
  if (!fit.cells) {
    // The sentence's own 0 may read as a token ("均为0 。"): nothing else may be printed.
    const said = statesAllZero(text, from, to);
    if (said && tokens.every((t) => t.pos >= said.start && t.pos < said.end)) {
      const raw = compactRaw(text, said.start, said.end);
      for (const key of KEYS) sink.put(key, { value: 0, pos: said.start }, raw);
      const message = `§四 prints no table but says every figure of it is 0 ("${raw}"): every cell read as 0`;
      return sink.finding("P2", "info", message, KEYS, said.start);
    }
    if (!fit.problem) sink.finding("P1", "error", NO_REVIEW_FIGURES, KEYS, from);
    return;
  }
  // No other sum involves §四: a split the group totals chose is always noted.
  if (fit.inferred) noteInferred(at, fit.cells, fit, "by each group's total", false, sink);
  const raw = compactRaw(text, fit.cells[0].pos, fit.cells[fit.cells.length - 1].pos + 12);
  // A dash printed for a zero is 0 where every group's total holds with it.
  const cells =
    fit.problem || !printsZerosAsMarkers([tokens]) ? fit.cells : markersAsZero(fit.cells, tokens, reviewTotals);
  const none = groupsOfMarkers(cells, tokens);
  none.forEach((cell, i) => sink.put(KEYS[i], cell, raw));
  const noneKeys = KEYS.filter((_, i) => cells[i].value === null && none[i].value === 0);
  if (noneKeys.length > 0) {
    const message = '§四: a group printed as five markers ("/ / / / /") beside printed zeros has none: read as 0';
    sink.finding("P2", "info", message, noneKeys, start);
  }
}

/**
 * A group whose five cells are each a marker ("/", "—") in a run that prints its other cells as figures
 * ("0 0 0 0 0 0 0 0 0 0 / / / / /"): the clerk struck the whole group out, it has no cases, and its cells are 0.
 * Only where the run is fifteen tokens, one per cell; a lone marker among figures stays blank.
 */
function groupsOfMarkers(cells: Cell[], tokens: CellToken[]): Cell[] {
  if (tokens.length !== KEYS.length || tokens.some((t) => t.kind !== "num" && t.kind !== "blank")) return cells;
  if (!tokens.some((t) => t.kind === "num")) return cells;
  const out = [...cells];
  for (const g of [0, 5, 10]) {
    const group = tokens.slice(g, g + 5);
    if (!group.every((t, k) => t.kind === "blank" && cells[g + k].value === null && cells[g + k].pos === t.pos))
      continue;
    for (let k = g; k < g + 5; k++) out[k] = { ...cells[k], value: 0 };
  }
  return out;
}

/**
 * A header that prints fewer result words than the template's five per group, the same ones in every group and
 * in the template's order ("结果维持 结果纠正 其他结果 总计", no 尚未审结): for each printed word, its field index.
 * Null where it prints all five, a word twice, no 总计, or different words per group.
 */
function printedFields(text: string, from: number, firstFigure: number): number[] | null {
  const words = headerFields(text, from, firstFigure);
  const per = words.length % 3 === 0 && words.length > 4 ? words.length / 3 : words.length;
  const group = words.slice(0, per);
  if (per < 2 || per >= FIELD_WORDS.length || group[per - 1] !== FIELD_WORDS.length - 1) return null;
  if (!group.every((f, i) => i === 0 || f > group[i - 1])) return null;
  if (per !== words.length && !words.every((f, i) => f === group[i % per])) return null;
  return group;
}

/**
 * §四 with fewer result columns than the template (the clerk deleted 尚未审结): read as the printed cells, each
 * group's total the sum of its printed results; a result column not printed is 0 where that sum holds (R4: the
 * total is every result together), named by a finding. A reading the totals leave open, or none, stays blank.
 */
function readFewerFields(text: string, tokens: CellToken[], fields: number[], sink: TableSink): void {
  const per = fields.length;
  const groups = [0, 1, 2].map((g) => ({
    parts: fields.slice(0, -1).map((_, k) => g * per + k),
    total: g * per + per - 1,
  }));
  const fit = fitCells(tokens, per * 3, sumCheck(groups));
  const start = tokens[0].pos;
  const missing = FIELD_WORDS.map((_, f) => f).filter((f) => !fields.includes(f));
  const missingKeys = REVIEW_GROUPS.flatMap((g) => missing.map((f) => `${g}.${REVIEW_FIELDS[f]}`));
  const words = missing.map((f) => FIELD_WORDS[f]).join("、");
  if (!fit.cells || fit.alternatives || fit.problem) {
    const why = fit.problem?.message ?? "several readings add up in every group";
    const message = `§四 prints no ${words} column and ${per * 3} cells: ${why}; left blank`;
    return sink.finding("P2", "warning", message, KEYS, start);
  }
  const cells = fit.cells;
  if (fit.inferred) {
    const at = { name: "§四", keys: KEYS, from: start, to: start + (fit.printed?.length ?? 0) + 40 };
    noteInferred(at, cells, fit, "by each group's total", false, sink);
  }
  const raw = compactRaw(text, cells[0].pos, cells[cells.length - 1].pos + 12);
  const open: string[] = [];
  REVIEW_GROUPS.forEach((g, k) => {
    const own = cells.slice(k * per, k * per + per);
    // Printed as whole cells, a group may not add up: its total is as printed, the column left out unknown.
    const adds = own[per - 1].value === own.slice(0, -1).reduce((n, c) => n + (c.value ?? Number.NaN), 0);
    REVIEW_FIELDS.forEach((field, f) => {
      const at = fields.indexOf(f);
      const key = `${g}.${field}`;
      // Not printed and not settled: undecided, not blank (a sum over it would read short).
      if (at < 0 && !adds) return open.push(key);
      sink.put(key, at >= 0 ? own[at] : { value: 0, pos: own[per - 1].pos }, raw);
    });
  });
  const message =
    `§四 prints no ${words} column: where a group's 总计 is the sum of the results printed, ${words} is 0 (R4)` +
    (open.length > 0 ? `; a group whose total is more than its results printed leaves it blank` : "");
  sink.finding("P2", open.length > 0 ? "warning" : "info", message, missingKeys, start);
}

/**
 * A header of two groups, 行政复议 and 行政诉讼 with five result words each, and no 未经复议直接起诉 / 复议后起诉: the
 * suits are not split by whether a review came first.
 */
function oneSuitGroup(text: string, from: number, firstFigure: number): boolean {
  const header = text.slice(from, firstFigure);
  if (/未\s*经\s*复\s*议|复\s*议\s*后\s*起\s*诉/.test(header)) return false;
  const words = (header.match(FIELD_RE) ?? []).map(fieldOf);
  return words.length === 10 && words.every((f, i) => f === i % 5) && /行\s*政\s*诉\s*讼/.test(header);
}

/**
 * §四 of ten cells, 行政复议 and 行政诉讼 (no split of the suits): review.* and litigation.* as printed, each group's
 * total adding up (R4). The two suit groups are 0 where the suits total 0 (counts are never negative), otherwise
 * blank; a finding names them.
 */
function readOneSuitGroup(text: string, tokens: CellToken[], sink: TableSink): void {
  const fit = fitCells(tokens, 10, sumCheck(GROUP_SUMS.slice(0, 2)));
  const start = tokens[0].pos;
  const suitKeys = ["litigation_direct", "litigation_after_review"].flatMap((g) =>
    REVIEW_FIELDS.map((f) => `${g}.${f}`),
  );
  const keys = [...REVIEW_FIELDS.map((f) => `review.${f}`), ...REVIEW_FIELDS.map((f) => `litigation.${f}`)];
  if (!fit.cells || fit.alternatives || fit.problem) {
    const why = fit.problem?.message ?? "several readings add up in both groups";
    return sink.finding("P2", "warning", `§四 of 行政复议 and 行政诉讼 alone (ten cells): ${why}`, [...KEYS], start);
  }
  const cells = fit.cells;
  if (fit.inferred)
    noteInferred({ name: "§四", keys, from: start, to: start + 40 }, cells, fit, "by each group's total", false, sink);
  const raw = compactRaw(text, cells[0].pos, cells[cells.length - 1].pos + 12);
  keys.forEach((key, i) => sink.put(key, cells[i], raw));
  const none = cells[9].value === 0;
  for (const key of suitKeys) sink.put(key, { value: none ? 0 : null, pos: cells[9].pos }, raw);
  const message =
    "§四 prints 行政复议 and one 行政诉讼 group, the suits not split into 未经复议直接起诉 and 复议后起诉: " +
    (none ? "the suits total 0, so both are 0" : "both are left blank");
  sink.finding("P2", none ? "info" : "warning", message, suitKeys, start);
}

/** How far before §四 the narrative's count of reviews is looked for. */
const STATED_REVIEW_SPAN = 4000;
const STATED_NOTE = "行政复议N件，其中(复议)维持A件、(被)纠正B件";
const STATED_REVIEW =
  /行政复议\s*(\d{1,4})\s*件[,，;；]?\s*其中\s*(?:复议)?(?:结果)?维持\s*(\d{1,4})\s*件(?:[、,，]\s*(?:被|结果)?纠正\s*(\d{1,4})\s*件)?/g;

/**
 * The narrative's count of reviews and their ends before §四 ("被申请行政复议13件，其中维持11件、纠正2件"): pairs of
 * (cell index, figure) for review.total, upheld and corrected, or null where it is not told, or told twice differently.
 */
function statedReviews(text: string, before: number): [number, number][] | null {
  const found: [number, number][][] = [];
  STATED_REVIEW.lastIndex = Math.max(0, before - STATED_REVIEW_SPAN);
  for (let m = STATED_REVIEW.exec(text); m && m.index < before; m = STATED_REVIEW.exec(text)) {
    const pairs: [number, number][] = [
      [4, Number(m[1])],
      [0, Number(m[2])],
    ];
    if (m[3] !== undefined) pairs.push([1, Number(m[3])]);
    found.push(pairs);
  }
  const first = found[0];
  const same = (a: [number, number][]) =>
    a.length === first.length && a.every(([i, v], k) => first[k][0] === i && first[k][1] === v);
  return first && found.every(same) ? first : null;
}

/**
 * A §四 whose header reorders each group's result words: read in the printed order with each group's total
 * checked where it is printed, then stored in the template's order. A reading the totals leave open is blank.
 */
function readReordered(text: string, tokens: CellToken[], order: number[], sink: TableSink): void {
  const printedAt = (templateIndex: number) => order.indexOf(templateIndex);
  const check = sumCheck(GROUP_SUMS.map((g) => ({ parts: g.parts.map(printedAt), total: printedAt(g.total) })));
  const fit = fitCells(tokens, KEYS.length, check);
  const start = tokens[0].pos;
  if (!fit.cells || fit.alternatives) {
    const why = fit.problem?.message ?? "several readings add up in every group";
    return sink.finding("P2", "warning", `§四 (result words in the page's own order): ${why}`, KEYS, start);
  }
  const at = { name: "§四", keys: KEYS, from: start, to: start + (fit.printed?.length ?? 0) + 40 };
  if (fit.inferred) noteInferred(at, fit.cells, fit, "by each group's total", false, sink);
  const raw = compactRaw(text, fit.cells[0].pos, fit.cells[fit.cells.length - 1].pos + 12);
  toTemplateOrder(fit.cells, order).forEach((cell, i) => sink.put(KEYS[i], cell, raw));
}

/** The fifteen headings (three 总计) and then 合计, right before the figures: a sixteenth cell, the three totals' sum. */
function grandHeader(header: string): boolean {
  const words = header.replace(/[\s|]+/g, "").replace(/[:：]$/, "");
  return words.endsWith("合计") && words.split("总计").length === 4 && !words.slice(0, -2).includes("合计");
}
/** How far before the figures the header's words are looked at (the fifteen headings, spaced, fit in it). */
const HEADER_TAIL = 300;
/** R4 for each group, and the 合计 cell the sum of the three groups' totals. */
const GRAND_CHECK = sumCheck([...GROUP_SUMS, { parts: [4, 9, 14], total: 15 }]);

/**
 * §四 with a 合计 column after the template's fifteen: the run is read as sixteen cells (each group's total and the
 * 合计 adding up) and the 合计 is left out. A run with several such readings keeps what they agree on, named.
 */
function readWithGrandTotal(text: string, tokens: CellToken[], sink: TableSink): void {
  const start = tokens[0].pos;
  sink.finding("P0", "info", "§四: the header prints a 合计 column after the three groups; it is left out", [], start);
  const fit = fitCells(tokens, KEYS.length + 1, GRAND_CHECK);
  const at = { name: "§四", keys: KEYS, from: start, to: start + (fit.printed?.length ?? 0) + 40 };
  const fifteen = (cells: Cell[]) => cells.slice(0, KEYS.length);
  if (fit.alternatives) {
    const why = `"${fit.printed}" reads several ways where each group's total and the 合计 add up`;
    return storeUndecided(text, at, fit.alternatives.map(fifteen), why, true, sink);
  }
  if (!fit.cells || fit.problem) {
    const message = `§四: ${fit.problem?.message ?? "no reading of the run as fifteen cells and a 合计"}`;
    return sink.finding("P1", fit.problem?.severity ?? "error", message, KEYS, start);
  }
  if (fit.inferred) noteInferred(at, fifteen(fit.cells), fit, "by each group's total and the 合计", false, sink);
  const raw = compactRaw(text, start, fit.cells[fit.cells.length - 1].pos + 12);
  fifteen(fit.cells).forEach((cell, i) => sink.put(KEYS[i], cell, raw));
}
