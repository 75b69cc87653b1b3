/**
 * Finds the template's row labels, in template order, inside one region of the text and cuts the text
 * between consecutive labels into the segments that hold each row's cells.
 */
import { LabelMatcher, type Span } from "./label-regex";
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
    return matcherFor(specs[i]).find(text, cursor, to) ?? findUnnumbered(text, specs[i], cursor, to);
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
