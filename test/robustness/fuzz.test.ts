/**
 * The parser and the document readers on hostile input: every case ends, quickly, with a value or an
 * error sentence — nothing throws, nothing hangs, no regex backtracks catastrophically. Time bounds are
 * loose (the test machine is shared); a real hang or exponential regex misses them by orders of magnitude.
 * The longer run (≥ 100,000 cases) is `npx tsx bench/fuzz.ts`.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "@/lib/corpus/random";
import { parseDocument, parseText } from "@/lib/parser";
import { readDocument } from "@/lib/parser/read/read-document";
import {
  adversarialLines,
  bigText,
  loadFixtures,
  mutated,
  nestedHtml,
  outcomeOf,
  randomBytes,
  truncated,
  utf8,
  zipBomb,
} from "./hostile-inputs";
import { cpuMs } from "@/test/helpers/cpu-time";

const { documents, seeds } = loadFixtures();
const MB = 1024 * 1024;

/** Runs `f`, asserts a well-formed result within `ms`, and returns the outcome. */
async function bounded(
  f: () => Promise<Parameters<typeof outcomeOf>[0]> | Parameters<typeof outcomeOf>[0],
  ms: number,
  what: string,
) {
  const cpu = cpuMs();
  const res = await f();
  const took = cpu();
  expect(took, `${what} took ${took.toFixed(0)} ms`).toBeLessThan(ms);
  return { outcome: outcomeOf(res), res };
}

const rssMb = () => process.memoryUsage().rss / MB;

describe("parser and readers on hostile bytes", () => {
  it("random bytes, bare and behind real signatures", async () => {
    const rng = new Rng(1);
    const heads = [
      "",
      "%PDF-1.7\n",
      "PK\u0003\u0004",
      "\ufeff",
      "<html><body><table>",
      "某某区人民政府2023年政府信息公开工作年度报告\n",
    ].map(utf8);
    const outcomes = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const head = heads[i % heads.length];
      const bytes = new Uint8Array([...head, ...randomBytes(rng, 4096)]);
      outcomes.add((await bounded(() => parseDocument(bytes, "x.bin"), 5000, `random case ${i}`)).outcome);
    }
    expect(outcomes).toContain("error");
  });

  it("every real document truncated at random points", async () => {
    const rng = new Rng(2);
    expect(documents.length).toBeGreaterThanOrEqual(15);
    for (const [d, doc] of documents.entries()) {
      for (let k = 0; k < 2; k++) {
        const cut = truncated(rng, doc);
        await bounded(
          () => readDocument(cut, "cut", { timeoutMs: 10_000 }),
          12_000,
          `document ${d} cut at ${cut.length}`,
        );
        await bounded(() => parseDocument(cut, "cut"), 25_000, `parse of document ${d} cut at ${cut.length}`);
      }
    }
  });

  it("mutated real reports still parse to a value or an error, and an untouched one to a value", async () => {
    const rng = new Rng(3);
    for (const seed of seeds) expect(outcomeOf(parseText(seed))).toBe("value");
    const outcomes = { value: 0, error: 0 };
    for (let i = 0; i < 250; i++) {
      const text = mutated(rng, seeds[i % seeds.length]);
      outcomes[(await bounded(() => parseText(text), 5000, `mutation ${i}`)).outcome]++;
    }
    // A few edits rarely destroy a whole report: most mutants must still give values (the fuzz is not trivially
    // failing).
    expect(outcomes.value).toBeGreaterThan(125);
  });
});

describe("parser and readers on huge and deep input", () => {
  it("HTML nested 100,000 levels deep", async () => {
    for (const tag of ["div", "table", "td", "b"]) {
      const html = utf8(nestedHtml(100_000, tag));
      await bounded(() => readDocument(html, "deep.html"), 5000, `nested <${tag}>`);
      await bounded(() => parseDocument(html, "deep.html"), 5000, `nested <${tag}> parse`);
    }
  });

  it("a 50 MB text file is read within bounds; one byte more is refused at once", async () => {
    const before = rssMb();
    const big = bigText(50 * MB);
    const { outcome } = await bounded(() => parseDocument(big, "big.txt"), 30_000, "50 MB");
    expect(outcome).toBe("value"); // long, but a report: the parser reads its first 2,000,000 characters
    expect(rssMb() - before).toBeLessThan(1500);
    const over = new Uint8Array(50 * MB + 1);
    const { res } = await bounded(() => parseDocument(over, "over.txt"), 500, "50 MB + 1");
    expect(res.error).toMatch(/too large/);
  });

  it("a million short lines", async () => {
    await bounded(() => parseDocument(utf8("a\n".repeat(1_000_000)), "lines.txt"), 15_000, "a million 'a' lines");
    await bounded(() => parseDocument(bigText(8 * 1_000_000, "1 | 2\n"), "rows.txt"), 15_000, "a million table rows");
    await bounded(() => parseDocument(utf8("\n".repeat(1_000_000)), "blank.txt"), 15_000, "a million blank lines");
  });

  it("zip bombs disguised as DOCX are refused, whether the headers tell the truth or lie", async () => {
    for (const lie of [false, true]) {
      const { res } = await bounded(
        () => parseDocument(zipBomb(200, lie), "report.docx"),
        5000,
        `zip bomb (lie=${lie})`,
      );
      expect(res.error).toMatch(/^DOCX refused/);
    }
  });
});

describe("no catastrophic regex backtracking", () => {
  // 1 MB lines of one character class each, bare and inside a report whose table heading makes every stage run.
  // Each takes well under 1 s on a quiet machine; 3 s leaves room for a busy one, and backtracking would take minutes.
  const HEAD = "某某区人民政府2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
  for (const [name, line] of Object.entries(adversarialLines(MB))) {
    it(`a 1 MB line of ${name}`, async () => {
      await bounded(() => parseText(line), 3000, `${name} bare`);
      await bounded(() => parseText(`${HEAD + line}\n`), 3000, `${name} in a report`);
      await bounded(
        () => readDocument(utf8(`<table><tr><td>${line}</td></tr></table>`), "x.html"),
        3000,
        `${name} in HTML`,
      );
    });
  }

  // The 3 s bound above is the real check; this one catches a blow-up that a faster machine would hide.
  it("time grows about linearly: 16× the input costs < 80× the time", () => {
    for (const name of ["digitsAndSpaces", "labelCells", "brackets", "headingNoNewline"]) {
      // Best of three runs, as the machine is shared and a single run can be slowed by a neighbour.
      const time = (size: number) => {
        const text = HEAD + adversarialLines(size)[name];
        const runs = [0, 1, 2].map(() => {
          const cpu = cpuMs();
          parseText(text);
          return cpu();
        });
        return Math.min(...runs);
      };
      const small = Math.max(time(64 * 1024), 20);
      expect(time(1024 * 1024), name).toBeLessThan(small * 80);
    }
  });
});
