import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/test/shared-samples";
import { readDocument } from "./read-document";
import { fixtureBytes, rowNumbers } from "@/test/helpers/read-fixtures";
import { cpuMs } from "@/test/helpers/cpu-time";

/** Real PDFs from public sites, outside the repository; none where ../shared is absent. */
const PDFS = sharedDir("samples/pdf");
type PdfExpected = Record<string, { values: Record<string, number> } | string>;
const expected: PdfExpected = PDFS ? JSON.parse(readFileSync(join(PDFS, "expected.json"), "utf8")) : {};
const files = Object.keys(expected).filter((k) => k.endsWith(".pdf"));
const sharedBytes = (file: string) => new Uint8Array(readFileSync(join(PDFS!, file)));

/** §四's 15 numbers: review, direct litigation, litigation after review; each upheld…total. */
function reviewRow(text: string): number[] | null {
  const line = text.split("\n").find((l) => /^\d+( \| \d+){14}$/.test(l));
  return line ? line.split(" | ").map(Number) : null;
}

describe.skipIf(!PDFS).each(files)("real PDF %s", (file) => {
  const v = (expected[file] as { values: Record<string, number> }).values;
  const text = async () => {
    const res = await readDocument(sharedBytes(file), file);
    expect(res.error).toBeUndefined();
    expect(res.value?.kind).toBe("pdf");
    return res.value?.text ?? "";
  };

  it("has each §三 row on one line: label | seven numbers", async () => {
    const t = await text();
    const rows: [string, string][] = [
      ["本年新收", "apps.new"],
      ["上年结转", "apps.carried_over"],
      ["（一）予以公开", "outcome.granted"],
      ["（二）部分公开", "outcome.partial"],
      ["（七）总计", "outcome.total"],
      ["结转下年度", "apps.carried_forward"],
    ];
    for (const [label, key] of rows) {
      const nums = rowNumbers(t, label, 7);
      expect(nums, label).not.toBeNull();
      expect(nums?.[6], `${label} total`).toBe(v[`${key}.total`]);
    }
    expect(rowNumbers(t, "本年新收", 7)?.[0]).toBe(v["apps.new.natural_person"]);
  });

  it("has §四 as one row of 15 numbers", async () => {
    const row = reviewRow(await text());
    expect(row).not.toBeNull();
    expect(row?.[1]).toBe(v["review.corrected"]);
    expect(row?.[4]).toBe(v["review.total"]);
    expect(row?.[9]).toBe(v["litigation_direct.total"]);
    expect(row?.[14]).toBe(v["litigation_after_review.total"]);
  });

  it("drops the page numbers", async () => {
    const lines = (await text()).split("\n");
    expect(lines.filter((l) => /^[-\s]*\d{1,3}[-\s]*$/.test(l))).toEqual([]);
  });
});

describe("PDF bounds", () => {
  const bytes = () => fixtureBytes("documents", "seed002.pdf");

  it("gives up at the time limit with a clear error", async () => {
    const cpu = cpuMs();
    const res = await readDocument(bytes(), "slow.pdf", { timeoutMs: 1 });
    expect(res.error).toBe("PDF took too long to read.");
    expect(res.value).toBeNull();
    expect(cpu()).toBeLessThan(3000);
  });

  it("reads at most maxPages pages and says so", async () => {
    const res = await readDocument(bytes(), "long.pdf", { maxPages: 1 });
    expect(res.value?.text).toContain("瓯海区人民政府办公室");
    expect(res.value?.text).not.toContain("本年新收");
    const message = "Only the first 1 of 4 PDF pages were read.";
    expect(res.issues).toEqual([expect.objectContaining({ rule: "P0", severity: "warning", message })]);
  });
});
