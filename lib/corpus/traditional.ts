/**
 * Simplified → traditional (Taiwan standard) with OpenCC, the way some sites publish reports.
 * Converts a draft's blocks rather than the rendered text, in pieces between numbers: labels and
 * sentence templates repeat in every report and names in every year of an agency, so each piece is
 * converted once and remembered (OpenCC costs ~0.1 ms a sentence); figures never go through it.
 * Numbers break phrases anyway, so converting piecewise gives the same text.
 */
import * as OpenCC from "opencc-js";
import type { Block } from "./types";

let convert: ((s: string) => string) | null = null;
const pieces = new Map<string, string>();
/** Bound on remembered pieces (a few MB); past it the memo starts over. */
const MAX_PIECES = 200_000;

export function toTraditional(text: string): string {
  convert ??= OpenCC.Converter({ from: "cn", to: "tw" });
  return convert(text);
}

function piece(text: string): string {
  let out = pieces.get(text);
  if (out === undefined) {
    if (pieces.size >= MAX_PIECES) pieces.clear();
    out = toTraditional(text);
    pieces.set(text, out);
  }
  return out;
}

function convertPiecewise(text: string): string {
  const parts = text.split(/(\d+)/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = piece(parts[i]);
  return parts.join("");
}

/** Pinyin glosses some sites insert after characters (鄉(xiāng), 發(fā)): the ones seen in seed 004. */
const GLOSSES: Record<string, string> = {
  發: "fā",
  規: "guī",
  業: "yè",
  鄉: "xiāng",
  續: "xù",
  監: "jiān",
  區: "qū",
  聯: "lián",
  穩: "wěn",
  環: "huán",
  執: "zhí",
  協: "xié",
};
const GLOSSED = new RegExp(`[${Object.keys(GLOSSES).join("")}]`, "g");

export function blocksToTraditional(blocks: Block[], glosses = false): Block[] {
  const convert = glosses
    ? (t: string) => convertPiecewise(t).replace(GLOSSED, (c) => `${c}(${GLOSSES[c]})`)
    : convertPiecewise;
  return blocks.map((b) =>
    b.kind === "table"
      ? { ...b, rows: b.rows.map((r) => ({ ...r, labels: r.labels.map(convert) })) }
      : { ...b, text: convert(b.text) },
  );
}
