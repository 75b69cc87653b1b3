/**
 * Simplified → traditional (Taiwan standard) with OpenCC, the way some sites publish reports.
 * Converts a draft's blocks rather than the rendered text: table labels repeat in every report,
 * so they are converted once and remembered, and figures are never run through the converter.
 */
import * as OpenCC from "opencc-js";
import type { Block } from "./types";

let convert: ((s: string) => string) | null = null;
const labels = new Map<string, string>();

export function toTraditional(text: string): string {
  convert ??= OpenCC.Converter({ from: "cn", to: "tw" });
  return convert(text);
}

function label(text: string): string {
  let out = labels.get(text);
  if (out === undefined) {
    out = toTraditional(text);
    labels.set(text, out);
  }
  return out;
}

export function blocksToTraditional(blocks: Block[]): Block[] {
  return blocks.map((b) =>
    b.kind === "table"
      ? { ...b, rows: b.rows.map((r) => ({ labels: r.labels.map(label), values: r.values })) }
      : { ...b, text: b.kind === "para" ? toTraditional(b.text) : label(b.text) },
  );
}
