/**
 * Property over real tables: the §三 and §四 digit runs of real reports (../shared/samples/real/, read where
 * they are, never copied here) and of the hand-made regression fixtures are perturbed the ways real sites
 * break them — two cells glued, a stray space inside a run, a cell dropped, two digits swapped — and parsed
 * again. Every figure of the perturbed table must then read exactly, be blank, or carry a finding naming
 * its key: never a wrong number without a finding.
 *
 * The perturbed document's own figures are known because every digit is mapped to its cell first: a row's
 * printed digits, in order, are its cells' digits (rows where they are not are read but not perturbed).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/test/shared-samples";
import { scanCells } from "./cells";
import { parseText } from "./index";
import {
  APPLICANT_COLUMNS,
  REVIEW_FIELDS,
  REVIEW_GROUPS,
  REVIEW_HEADER_WORDS,
  SECTION3_2019,
  SECTION3_2021,
  type LabelSpec,
} from "./labels";
import { normalizeText } from "./normalize";
import { locateRows } from "./rows";
import { beforeProse, findRegions } from "./table-regions";

/** A printed cell: its key, its figure and where each of its digits stands in the text. */
interface PrintedCell {
  key: string;
  value: number;
  digits: number[];
}

interface Doc {
  name: string;
  text: string;
  cells: PrintedCell[];
  /** Every figure of the unperturbed table (§三 printed rows and §四). */
  truth: Record<string, number>;
}

const REVIEW_KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_FIELDS.map((f) => `${g}.${f}`));

/** Digit positions of the number tokens in text[from, to), in order. */
function digitPositions(text: string, from: number, to: number, allowed?: ReadonlySet<string>): number[] {
  let tokens = scanCells(text, from, to);
  if (allowed) tokens = beforeProse(text, tokens, to, allowed);
  return tokens.flatMap((t) =>
    t.kind === "num" ? Array.from(t.raw, (c, i) => (/\d/.test(c) ? t.pos + i : -1)).filter((p) => p >= 0) : [],
  );
}

/** Maps a run of digit positions to cells when the digits are exactly the cells' figures in order. */
function mapCells(
  text: string,
  positions: number[],
  keys: string[],
  values: Record<string, number>,
): PrintedCell[] | null {
  if (!keys.every((k) => k in values)) return null;
  const printed = keys.map((k) => String(values[k])).join("");
  if (positions.map((p) => text[p]).join("") !== printed) return null;
  let at = 0;
  return keys.map((key) => {
    const n = String(values[key]).length;
    const digits = positions.slice(at, (at += n));
    return { key, value: values[key], digits };
  });
}

function loadDoc(name: string, raw: string, expected: Record<string, number>, open: ReadonlySet<string>): Doc | null {
  const text = normalizeText(raw);
  const parsed = parseText(text).value;
  if (!parsed || parsed.family === "legacy") return null;
  // The unperturbed reading must be right where the expected figures say so (else there is nothing to perturb).
  for (const [k, v] of Object.entries(expected)) if (!open.has(k)) expect(parsed.values[k], `${name} ${k}`).toBe(v);
  const specs: LabelSpec[] = parsed.family === "2021" ? SECTION3_2021 : SECTION3_2019;
  const regions = findRegions(text);
  const cells: PrintedCell[] = [];
  const truth: Record<string, number> = {};
  const segs = locateRows(text, specs, ...regions.applications);
  segs.forEach((seg, i) => {
    const keys = APPLICANT_COLUMNS.map((c) => `${seg.spec.key}.${c}`);
    const last = i === segs.length - 1 ? new Set([...seg.spec.cores.join(""), ...(seg.spec.prefix ?? "")]) : undefined;
    const mapped = mapCells(text, digitPositions(text, seg.cellsFrom, seg.cellsTo, last), keys, parsed.values);
    // A group label's figures are sums of its items unless the report printed the group as one row.
    if (seg.spec.group && !mapped) return;
    for (const k of keys) if (k in parsed.values) truth[k] = parsed.values[k];
    cells.push(...(mapped ?? []));
  });
  if (regions.review) {
    for (const k of REVIEW_KEYS) if (k in parsed.values) truth[k] = parsed.values[k];
    const positions = digitPositions(text, ...regions.review, new Set(REVIEW_HEADER_WORDS));
    cells.push(...(mapCells(text, positions, REVIEW_KEYS, parsed.values) ?? []));
  }
  return { name, text, cells, truth };
}

function realDocs(): Doc[] {
  const dir = sharedDir("samples/real");
  if (!dir) return [];
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<
    string,
    { format: string; values: Record<string, number> }
  >;
  return Object.entries(expected)
    .filter(([name, e]) => !name.startsWith("_") && e.format !== "legacy")
    .map(([name, e]) => loadDoc(name, readFileSync(join(dir, name), "utf8"), e.values, new Set()))
    .filter((d): d is Doc => d !== null);
}

function fixtureDocs(): Doc[] {
  const dir = join(__dirname, "../../fixtures/regressions");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => {
      const want = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")) as {
        values: Record<string, number>;
        open?: string[];
      };
      return loadDoc(f, readFileSync(join(dir, f), "utf8"), want.values, new Set(want.open ?? []));
    })
    .filter((d): d is Doc => d !== null && d.cells.length > 0);
}

type Op = { kind: "glue" | "split" | "drop" | "swap"; a: number; b: number };

interface Edit {
  at: number;
  remove: number;
  insert: string;
  /** What the edit does to the table's figures. */
  changes: Record<string, number | "dropped">;
}

/** One perturbation: the text edit and what it does to the table's figures, or null where it does not apply. */
function perturb(doc: Doc, op: Op, cellAt: Map<number, PrintedCell>): Edit | null {
  const { text } = doc;
  const cell = doc.cells[op.a % doc.cells.length];
  if (op.kind === "drop") {
    const [first, last] = [cell.digits[0], cell.digits[cell.digits.length - 1]];
    if (last - first !== cell.digits.length - 1) return null;
    return { at: first, remove: last - first + 1, insert: "", changes: { [cell.key]: "dropped" } };
  }
  const p = cell.digits[op.b % cell.digits.length];
  if (op.kind === "glue") {
    // The spaces after this digit, when a digit of the next cell follows them.
    let q = p + 1;
    while (text[q] === " ") q++;
    return q > p + 1 && cellAt.has(q) ? { at: p + 1, remove: q - p - 1, insert: "", changes: {} } : null;
  }
  const next = cellAt.get(p + 1);
  if (!next) return null;
  if (op.kind === "split") return { at: p + 1, remove: 0, insert: " ", changes: {} };
  // swap: the two digits trade places; the cells they belong to take the new figures.
  if (text[p] === text[p + 1]) return null;
  const digitsOf = (c: PrintedCell): string[] =>
    c.digits.map((d) => (d === p ? text[p + 1] : d === p + 1 ? text[p] : text[d]));
  const changes: Edit["changes"] = {};
  for (const c of new Set([cell, next])) {
    const s = digitsOf(c);
    if (s.length > 1 && s[0] === "0") return null;
    changes[c.key] = Number(s.join(""));
  }
  return { at: p, remove: 2, insert: text[p + 1] + text[p], changes };
}

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.at - x.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

function check(doc: Doc, ops: Op[]): void {
  const cellAt = new Map(doc.cells.flatMap((c) => c.digits.map((d) => [d, c] as const)));
  const truth: Record<string, number | "dropped"> = { ...doc.truth };
  const edits: Edit[] = [];
  const touched = new Set<number>();
  for (const op of ops) {
    const e = perturb(doc, op, cellAt);
    // Edits must not overlap (each is judged on the original text) nor touch the same cell twice.
    if (!e || [...Array(e.remove + 1).keys()].some((i) => touched.has(e.at + i))) continue;
    if (Object.keys(e.changes).some((k) => truth[k] !== doc.truth[k])) continue;
    Object.assign(truth, e.changes);
    for (let i = 0; i <= e.remove; i++) touched.add(e.at + i);
    edits.push(e);
  }
  const got = parseText(apply(doc.text, edits)).value;
  expect(got, doc.name).not.toBeNull();
  const named = new Set(got!.findings.flatMap((f) => f.keys));
  for (const [key, want] of Object.entries(truth)) {
    const v = got!.values[key];
    const fine = v === undefined || named.has(key) || v === want || (want === "dropped" && v === doc.truth[key]);
    expect(
      fine,
      `${doc.name}: ${key} read ${v}, the perturbed table says ${want}; edits ${JSON.stringify(edits)}`,
    ).toBe(true);
  }
}

/** A few seconds by default; PROPERTY_RUNS=20000 for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

const op = fc.record({ kind: fc.constantFrom<Op["kind"]>("glue", "split", "drop", "swap"), a: fc.nat(), b: fc.nat() });

describe("perturbed real tables read exactly or say so", () => {
  const docs = [...realDocs(), ...fixtureDocs()];

  it("has tables to perturb", () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
    for (const d of docs) expect(d.cells.length, d.name).toBeGreaterThan(0);
  });

  it(
    "never reads a wrong figure without a finding",
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(op, { minLength: 1, maxLength: 3 }), (i, ops) =>
          check(docs[i % docs.length], ops),
        ),
        { numRuns: RUNS },
      );
    },
    Math.max(60_000, RUNS * 50),
  );
});
