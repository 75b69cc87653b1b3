/**
 * Finds the template's row labels, in template order, inside one region of the text and cuts the text
 * between consecutive labels into the segments that hold each row's cells.
 */
import { findIn, labelRegex } from "./label-regex";
import type { LabelSpec } from "./labels";

export interface RowSegment<S extends LabelSpec = LabelSpec> {
  spec: S;
  /** Where the label starts; the cells are in text[cellsFrom, cellsTo). */
  labelStart: number;
  cellsFrom: number;
  cellsTo: number;
}

const compiled = new WeakMap<LabelSpec, RegExp>();

function regexFor(spec: LabelSpec): RegExp {
  let re = compiled.get(spec);
  if (!re) {
    re = labelRegex(spec);
    compiled.set(spec, re);
  }
  return re;
}

/**
 * Walks the specs in order. A label found only after the next spec's label is out of place (a group
 * label that a PDF printed beside its sub-items, a word reused further down) and is skipped.
 */
export function locateRows<S extends LabelSpec>(text: string, specs: S[], from: number, to: number): RowSegment<S>[] {
  const hits: { spec: S; start: number; end: number }[] = [];
  let cursor = from;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const hit = findIn(regexFor(spec), text, cursor, to);
    if (!hit) continue;
    const next = i + 1 < specs.length ? findIn(regexFor(specs[i + 1]), text, cursor, to) : null;
    if (next && next.start < hit.start) continue;
    hits.push({ spec, ...hit });
    cursor = hit.end;
  }
  return hits.map((hit, k) => ({
    spec: hit.spec,
    labelStart: hit.start,
    cellsFrom: hit.end,
    cellsTo: k + 1 < hits.length ? hits[k + 1].start : to,
  }));
}
