/**
 * Finds the template's row labels, in template order, inside one region of the text and cuts the text
 * between consecutive labels into the segments that hold each row's cells.
 */
import { firstHalfPattern, LabelMatcher, type Span } from "./label-regex";
import type { LabelSpec } from "./labels";

export interface RowSegment<S extends LabelSpec = LabelSpec> {
  spec: S;
  /** Where the label starts; the cells are in text[cellsFrom, cellsTo). */
  labelStart: number;
  cellsFrom: number;
  cellsTo: number;
}

const compiled = new WeakMap<LabelSpec, LabelMatcher>();

function matcherFor(spec: LabelSpec): LabelMatcher {
  let m = compiled.get(spec);
  if (!m) {
    m = new LabelMatcher(spec);
    compiled.set(spec, m);
  }
  return m;
}

const halves = new WeakMap<LabelSpec, LabelMatcher | null>();

/** A numbered row's first half as a wrapped label leaves it, with its item number required; null for a short label. */
function halfMatcherFor(spec: LabelSpec): LabelMatcher | null {
  let m = halves.get(spec);
  if (m === undefined) {
    const pattern = spec.prefix && !spec.group ? firstHalfPattern(spec.cores[0]) : null;
    m = pattern ? new LabelMatcher({ ...spec, prefixRequired: true }, pattern) : null;
    halves.set(spec, m);
  }
  return m;
}

/**
 * A row whose whole wording is not printed in one run: its label wrapped, and what lies between the halves is not
 * the label's (a text grid's cells, "4.保护第三方合│ 0 │ … │ 1 │ 法权益"; a PDF's group label in the column before,
 * "4.保护第三方合 / 予公开 法权益 0 1 …"). The item number and first half, ending its line or cell, start the row
 * when found before any fragment of the label found (a fragment of its second half lies past the row's cells).
 */
function wrappedLabel(text: string, spec: LabelSpec, from: number, hit: Span | null, to: number): Span | null {
  if (hit?.whole) return hit;
  const half = halfMatcherFor(spec)?.find(text, from, hit ? hit.start : to);
  return half ?? hit;
}

/** Labels whose item number is required but which a page may print without any ("总计 4 1 0 0 0 0 5"). */
const NUMBER_MAY_BE_LOST = new Set(["outcome.total"]);
const unnumbered = new WeakMap<LabelSpec, LabelMatcher>();
/** Header words beside a 总计 that is a header's, not the row's (a repeated §三 header, §四's header). */
const HEADER_NEAR = /自然人|商业企业|未经复议|结果维持|审结|结果纠正/;

/**
 * The label found without its item number, after the rows before it, where the page printed none: not a 总计
 * inside a header.
 */
function findUnnumbered(text: string, spec: LabelSpec, from: number, to: number): Span | null {
  if (!spec.prefixRequired || !NUMBER_MAY_BE_LOST.has(spec.key)) return null;
  let m = unnumbered.get(spec);
  if (!m) {
    m = new LabelMatcher({ ...spec, prefixRequired: false });
    unnumbered.set(spec, m);
  }
  // "不予公开（合计）": a bracketed 合计 after another row's words is that row's own subtotal, not (七)总计; the next
  // one unbracketed may be.
  for (let at = from, tries = 0; tries < 4; tries++) {
    const hit = m.find(text, at, to);
    if (!hit || HEADER_NEAR.test(text.slice(Math.max(from, hit.start - 12), hit.end + 12))) return null;
    if (!/[（(]\s*$/.test(text.slice(Math.max(from, hit.start - 2), hit.start))) return hit;
    at = hit.end;
  }
  return null;
}

/**
 * Walks the specs in order. A label found only after the next spec's label is out of place (a group
 * label that a PDF printed beside its sub-items, a word reused further down) and is skipped.
 */
export function locateRows<S extends LabelSpec>(text: string, specs: S[], from: number, to: number): RowSegment<S>[] {
  const hits: (Span & { spec: S })[] = [];
  let cursor = from;
  // The look-ahead hit of the next spec, reused when it still lies past the cursor.
  let ahead: { index: number; hit: Span | null } | null = null;
  const search = (i: number): Span | null => {
    if (ahead && ahead.index === i && (ahead.hit === null || ahead.hit.start >= cursor)) return ahead.hit;
    const hit = matcherFor(specs[i]).find(text, cursor, to) ?? findUnnumbered(text, specs[i], cursor, to);
    return wrappedLabel(text, specs[i], cursor, hit, to);
  };
  // Rows not found after the rows before them, with where the search for each began.
  const missed: { spec: S; before: number }[] = [];
  // Rows found only after the next row's label: out of place, or printed after it ("二、上年结转…一、本年新收…").
  const late: (Span & { spec: S })[] = [];
  for (let i = 0; i < specs.length; i++) {
    const hit = search(i);
    if (!hit) {
      if (!specs[i].group) missed.push({ spec: specs[i], before: cursor });
      continue;
    }
    const next = i + 1 < specs.length ? search(i + 1) : null;
    ahead = { index: i + 1, hit: next };
    if (next && next.start < hit.start) {
      if (!specs[i].group) late.push({ spec: specs[i], ...hit });
      continue;
    }
    hits.push({ spec: specs[i], ...hit });
    cursor = hit.end;
  }
  if (missed.length > 0 && hits.length > 0) placeEarlierRows(text, hits, missed);
  if (late.length > 0 && hits.length > 0) placeSwappedRows(hits, late);
  return hits.map((hit, k) => ({
    spec: hit.spec,
    labelStart: hit.start,
    cellsFrom: hit.end,
    cellsTo: k + 1 < hits.length ? hits[k + 1].start : to,
  }));
}

/**
 * A row printed before rows the template puts ahead of it ("三、本年度办理结果（七）总计 31…（一）予以公开 …"): found
 * between the table's first label and where the walk looked for it, clear of every label already found. Only
 * earlier than expected: a label found after the next row's is a word reused further down and stays skipped.
 */
function placeEarlierRows<S extends LabelSpec>(
  text: string,
  hits: (Span & { spec: S })[],
  missed: { spec: S; before: number }[],
): void {
  const first = hits[0].start;
  for (const { spec, before } of missed) {
    const hit = before > first ? matcherFor(spec).find(text, first, before) : null;
    if (!hit || hits.some((h) => hit.start < h.end && h.start < hit.end)) continue;
    const at = hits.findIndex((h) => h.start > hit.start);
    hits.splice(at < 0 ? hits.length : at, 0, { spec, ...hit });
  }
}

/**
 * A row printed right after the next one, the two swapped ("二、上年结转 1000001一、本年新收 2000002三、…"): kept
 * where it lies between two labels found, clear of them, and its key not found elsewhere. A label found further
 * down, past the table's last label found, is a word reused there and stays skipped.
 */
function placeSwappedRows<S extends LabelSpec>(hits: (Span & { spec: S })[], late: (Span & { spec: S })[]): void {
  for (const row of late) {
    const at = hits.findIndex((h) => h.start > row.start);
    if (at <= 0 || hits.some((h) => h.spec.key === row.spec.key || (row.start < h.end && h.start < row.end))) continue;
    hits.splice(at, 0, row);
  }
}

/** An item number as a label's first half prints it ("5.", "5、", "(七", "四、"), by the spec's printed prefix. */
function ordinalPattern(prefix: string): string {
  const bare = prefix.replace(/[()]/g, "");
  const gap = "[\\s|]*";
  if (prefix.startsWith("(")) return `\\(${gap}${bare}(?:${gap}\\))?|${bare}${gap}[、.]`;
  return `${bare}${gap}[、.]`;
}

const ordinals = new WeakMap<LabelSpec, { at: RegExp; tail: RegExp; head: RegExp }>();

function ordinalsFor(spec: LabelSpec, prefix: string): { at: RegExp; tail: RegExp; head: RegExp } {
  let o = ordinals.get(spec);
  if (!o) {
    const ord = ordinalPattern(prefix);
    // "…5.属于三类 0 0 0 0 0 0 0" right before the label's second half: the number, a first half (no digits), the
    // figures, maybe words of the label the second half found does not begin with ("6.属于四 4…4 类" 过程性信息), or
    // the bracket the number's "(七" left open.
    const tail = new RegExp(`(?:${ord})([^\\d]{0,24}?)([\\s|]*\\d[\\d\\s|]*)([^\\d]{0,12})$`, "d");
    // "2.重 3": the number and a first half, then the first figure.
    const head = new RegExp(`^[^\\d]*?(?:${ord})([^\\d]{1,24})\\d`);
    o = { at: new RegExp(`^[\\s|]*(?:${ord})`), tail, head };
    ordinals.set(spec, o);
  }
  return o;
}

/** How far past a label's start its item number is looked for. */
const PREFIX_SPAN = 8;
/** How much of a row's cells is searched for the next label's first half (a row's own run is far shorter). */
const SPLIT_LABEL_SPAN = 80;

/** Whether a label's half ("属于三类", "重", ")") holds only the label's own characters. */
function halfOf(spec: LabelSpec, prefix: string, half: string): boolean {
  const chars = new Set([...spec.cores[0], ...prefix, ")"]);
  return [...half.replace(/[\s|“”"]/g, "")].every((c) => chars.has(c));
}

/**
 * Labels printed around their figures, as a PDF centres a row's figures between the two lines of its wrapped label
 * ("4.保护第三方合法权益 1 0 0 0 0 0 1 5.属于三类 0 0 0 0 0 0 0 内部事务信息 6.属于四类过程性信息 …"): the label's
 * second half is found without its item number, and the figures before it, after its item number and first half,
 * are the row's; those were the previous row's cells' end. The row then runs from its first half (its second
 * half, words, is no cell); figures after the second half too make it a row of too many cells. Only figures that
 * read as a row (`fits`: not "二、2022年结转…", a year in the label). `rejoined` are the
 * rows so read. A row whose label was not found at all ("2.重 3 0 0 0 0 0 3 复申请") leaves its figures after the
 * row before it, behind that first half: `foreign` are the rows whose cells start so, not theirs to read.
 */
export function labelsAroundCells<S extends LabelSpec>(
  text: string,
  segs: RowSegment<S>[],
  specs: readonly S[],
  fits: (from: number, to: number) => boolean,
): { rejoined: RowSegment<S>[]; foreign: RowSegment<S>[] } {
  const rejoined: RowSegment<S>[] = [];
  for (let k = 1; k < segs.length; k++) {
    const [a, b] = [segs[k - 1], segs[k]];
    const { prefix } = b.spec;
    if (!prefix || b.spec.group) continue;
    const o = ordinalsFor(b.spec, prefix);
    if (o.at.test(text.slice(b.labelStart, b.labelStart + PREFIX_SPAN))) continue;
    const from = Math.max(a.cellsFrom, a.cellsTo - SPLIT_LABEL_SPAN);
    const m = o.tail.exec(text.slice(from, a.cellsTo));
    if (!m || !halfOf(b.spec, prefix, m[1] + m[3])) continue;
    const figures = from + (m.indices?.[2]?.[0] ?? m.index);
    if (!fits(figures, from + (m.indices?.[2]?.[1] ?? m.index))) continue;
    const start = from + m.index;
    a.cellsTo = start;
    segs[k] = { ...b, labelStart: start, cellsFrom: figures };
    rejoined.push(segs[k]);
  }
  const foreign: RowSegment<S>[] = [];
  // Every row found (the usual page): none lost.
  if (segs.length === specs.length) return { rejoined, foreign };
  const order = new Map(specs.map((s, i) => [s, i]));
  segs.forEach((seg, k) => {
    if (seg.spec.group) return;
    const next = k + 1 < segs.length ? (order.get(segs[k + 1].spec) ?? specs.length) : specs.length;
    const lost = specs.slice((order.get(seg.spec) ?? next) + 1, next).filter((s) => !s.group);
    if (lost.length === 0) return;
    const head = text.slice(seg.cellsFrom, Math.min(seg.cellsTo, seg.cellsFrom + SPLIT_LABEL_SPAN));
    if (lost.some((s) => s.prefix && firstHalfBefore(s, s.prefix, head))) foreign.push(seg);
  });
  return { rejoined, foreign };
}

/** "2.重 3": a lost row's item number and first half before any figure. */
function firstHalfBefore(spec: LabelSpec, prefix: string, words: string): boolean {
  const m = ordinalsFor(spec, prefix).head.exec(words);
  return m !== null && m[1].replace(/[\s|]/g, "").length > 0 && halfOf(spec, prefix, m[1]);
}
