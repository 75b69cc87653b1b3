/**
 * Property tests: no input makes the parser throw or hang. Every call returns a value or an error
 * sentence, within a bounded time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseText } from "./index";
import { SECTION2_2019, SECTION3_2021 } from "./labels";
import { cpuMs } from "@/test/helpers/cpu-time";

const SEED_DIR = join(__dirname, "../../fixtures/seeds");
const SEEDS = [
  "000_145dcace6dc924f1.txt",
  "001_2280456dce613c96.txt",
  "002_1011c9d1822b474b.txt",
  "003_516ff9c16babe9a7.txt",
  "004_c6ba2d9de738c146.txt",
].map((f) => readFileSync(join(SEED_DIR, f), "utf8").split("\n"));

/** Generous: a report parses in about a millisecond; this catches hangs, not slowness. */
const MAX_MS = 500;

function parsesSafely(text: string): void {
  const cpu = cpuMs();
  const got = parseText(text);
  expect(cpu()).toBeLessThan(MAX_MS);
  if (got.value) {
    expect(got.error).toBeUndefined();
    for (const v of Object.values(got.value.values)) expect(Number.isFinite(v)).toBe(true);
  } else {
    expect(typeof got.error).toBe("string");
  }
}

const LABELS = [...SECTION3_2021, ...SECTION2_2019].flatMap((s) => [s.cores[0], `${s.prefix ?? ""}${s.cores.at(-1)}`]);
const piece = fc.oneof(
  fc.constantFrom(
    ...LABELS,
    "政府信息公开工作年度报告",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "|",
    "||",
    " ",
    "\t",
    "-",
    "无",
    "—",
  ),
  fc.integer({ min: -5, max: 100_000 }).map(String),
  fc.stringMatching(/^[0-9]{1,30}$/),
);
const line = fc
  .array(piece, { maxLength: 12 })
  .map((parts) => parts.join(fc.sample(fc.constantFrom("", " ", " | "), 1)[0]));

const mutation = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  ops: fc.array(
    fc.record({
      kind: fc.constantFrom("delete", "duplicate", "swap", "digit", "truncate"),
      a: fc.nat(),
      b: fc.nat(),
      d: fc.integer({ min: 0, max: 9 }),
    }),
    { maxLength: 8 },
  ),
});

function mutate(lines: string[], ops: { kind: string; a: number; b: number; d: number }[]): string {
  const out = [...lines];
  for (const op of ops) {
    if (out.length === 0) break;
    const i = op.a % out.length;
    const j = op.b % out.length;
    if (op.kind === "delete") out.splice(i, 1);
    else if (op.kind === "duplicate") out.splice(i, 0, out[i]);
    else if (op.kind === "swap") [out[i], out[j]] = [out[j], out[i]];
    else if (op.kind === "digit") out[i] = out[i].replace(/\d/, String(op.d));
    else out.length = Math.max(0, i);
  }
  return out.join("\n");
}

describe("parseText never throws or hangs", () => {
  // The first traditional text builds the OpenCC converter once; that is start-up, not a hang.
  beforeAll(() => {
    parseText(SEEDS[4].join("\n"));
  });

  it("on random strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000, unit: "binary" }), parsesSafely), { numRuns: 150 });
  });

  it("on random lines of labels, borders and numbers", () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 80 }).map((ls) => ls.join("\n")),
        parsesSafely,
      ),
      { numRuns: 300 },
    );
  });

  it("on mutated seeds (deleted, duplicated, swapped lines, changed digits, truncation)", () => {
    fc.assert(
      fc.property(mutation, ({ seed, ops }) => parsesSafely(mutate(SEEDS[seed], ops))),
      { numRuns: 300 },
    );
  });

  it("on long glued digit runs and huge inputs", () => {
    parsesSafely(`一、本年新收政府信息公开申请数量${"7".repeat(5000)}`);
    parsesSafely(`三、收到和处理政府信息公开申请情况\n${"(一)予以公开 | 1 | 2 |\n".repeat(20_000)}`);
  });
});
