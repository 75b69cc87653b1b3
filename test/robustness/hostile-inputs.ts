/**
 * Hostile inputs for the parser and the document readers, shared by the fuzz tests and `bench/fuzz.ts`.
 * Every generator is seeded (lib/corpus's Rng), so a failing case is reproduced from its seed and index.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rng } from "@/lib/corpus/random";
import { makeZip, REPO } from "@/test/helpers/read-fixtures";
import type { Result } from "@/lib/parser/types";

const encoder = new TextEncoder();
export const utf8 = (s: string): Uint8Array => encoder.encode(s);

function filesIn(folder: string, pattern: RegExp): Uint8Array[] {
  const dir = join(REPO, "fixtures", folder);
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => new Uint8Array(readFileSync(join(dir, f))));
}

/**
 * Real documents of every kind the readers accept (text, HTML, DOCX, DOC, PDF) and the real seed texts: the
 * repository's own, so a seed and index reproduce the same case on every clone (../shared may be absent).
 */
export function loadFixtures(): { documents: Uint8Array[]; seeds: string[] } {
  const documents = filesIn("documents", /\.(txt|html|docx|doc|pdf)$/).filter((b) => b.length > 0);
  const seeds = filesIn("seeds", /\.txt$/).map((b) => new TextDecoder().decode(b));
  return { documents, seeds };
}

export function randomBytes(rng: Rng, maxLength: number): Uint8Array {
  const out = new Uint8Array(rng.int(0, maxLength));
  for (let i = 0; i < out.length; i++) out[i] = rng.int(0, 255);
  return out;
}

/** A real document cut at a random byte. */
export function truncated(rng: Rng, doc: Uint8Array): Uint8Array {
  return doc.slice(0, rng.int(1, doc.length - 1));
}

/** Characters a mutation inserts: table syntax, digits, CJK labels, markup, controls and lone surrogates. */
const INSERTS = [
  "|",
  " | ",
  "\n",
  "0",
  "9",
  "12345",
  "-",
  "—",
  "本年新收",
  "合计",
  "（一）",
  "<td>",
  "&#0;",
  "\u0000",
  "\ud800",
  "\t",
  "年度报告",
  "2023年",
];

/** A real report with a few random edits: deletions, insertions, duplicated and swapped lines. */
export function mutated(rng: Rng, seed: string, edits = rng.int(1, 20)): string {
  let s = seed;
  for (let i = 0; i < edits; i++) {
    const at = rng.int(0, s.length);
    const op = rng.int(0, 3);
    if (op === 0) s = s.slice(0, at) + s.slice(at + rng.int(1, 200));
    else if (op === 1)
      s = s.slice(0, at) + INSERTS[rng.int(0, INSERTS.length - 1)].repeat(rng.int(1, 50)) + s.slice(at);
    else if (op === 2) s = s.slice(0, at) + s.slice(at, at + rng.int(1, 500)).repeat(rng.int(2, 5)) + s.slice(at);
    else s = s.replace(/\d/g, (d) => (rng.chance(0.1) ? String(rng.int(0, 9)) : d));
  }
  return s;
}

export function nestedHtml(depth: number, tag = "div"): string {
  return `<html><body>${`<${tag}>`.repeat(depth)}本年新收政府信息公开申请数量 | 12${`</${tag}>`.repeat(depth)}</body></html>`;
}

/** Exactly `bytes` bytes of report-like lines (so every parser stage sees it, not just the decoder). */
export function bigText(
  bytes: number,
  line = "本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 0 | 0 | 15\n",
): Uint8Array {
  const head = utf8("某某区人民政府2023年政府信息公开工作年度报告\n");
  const unit = utf8(line);
  const out = new Uint8Array(bytes).fill(0x0a); // the tail shorter than a line stays blank lines
  out.set(head.subarray(0, bytes));
  for (let at = head.length; at + unit.length <= bytes; at += unit.length) out.set(unit, at);
  return out;
}

/** Lines built to make a backtracking regex explode: long runs of one class, or of labels and separators. */
export function adversarialLines(size: number): Record<string, string> {
  const run = (piece: string) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
  return {
    digits: run("1234567890"),
    spaces: run(" "),
    pipes: run("|"),
    spacedPipes: run(" | "),
    digitsAndSpaces: run("1 2 3 "),
    digitsAndPipes: run("1|"),
    dots: run("1."),
    labels: run("本年新收政府信息公开申请数量"),
    labelCells: run("（一）予以公开 | "),
    years: run("2023年"),
    brackets: run("（一）"),
    dashes: run("-—－"),
    headingNoNewline: `三、收到和处理政府信息公开申请情况${run("1 ")}x`,
  };
}

/** A DOCX-looking ZIP whose document.xml inflates to `mb` MB of zeros; `lie` hides that in the headers. */
export function zipBomb(mb: number, lie: boolean): Uint8Array {
  const zeros = new Uint8Array(mb * 1024 * 1024);
  return makeZip([
    { name: "[Content_Types].xml", data: utf8("<Types/>") },
    { name: "word/document.xml", data: zeros, declaredSize: lie ? 1000 : undefined },
  ]);
}

export type Outcome = "value" | "error";

/** A result is a value or an error sentence, never both, never neither. Returns which; throws if malformed. */
export function outcomeOf(res: Result<unknown>): Outcome {
  if (res.value !== null && res.value !== undefined) {
    if (res.error !== undefined) throw new Error(`value and error at once: ${res.error}`);
    return "value";
  }
  if (typeof res.error !== "string" || res.error.trim().length < 5)
    throw new Error(`no value and no readable error: ${JSON.stringify(res.error)}`);
  return "error";
}
