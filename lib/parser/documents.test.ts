/**
 * Every document fixture made from a seed (fixtures/documents: HTML, DOCX, DOC and PDF made with LibreOffice,
 * and the seed text in other encodings) parses to that seed's hand-read figures (fixtures/seeds/expected.json).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./index";

const ROOT = join(__dirname, "../..");
const expected = JSON.parse(readFileSync(join(ROOT, "fixtures/seeds/expected.json"), "utf8")) as Record<
  string,
  { agency: string; year: number; format: string; nonzero: Record<string, number> }
>;
const seedOf = (file: string) => Object.keys(expected).find((k) => k.startsWith(file.slice(4, 7)))!;
const documents = readdirSync(join(ROOT, "fixtures/documents")).filter((f) => /^seed\d{3}\./.test(f));

describe("document fixtures give their seed's figures", () => {
  it("covers HTML, DOCX, DOC, PDF and four encodings", () => {
    const kinds = new Set(documents.map((f) => f.split(".").slice(1).join(".")));
    for (const kind of [
      "html",
      "docx",
      "doc",
      "pdf",
      "gb18030.txt",
      "utf16le-bom.txt",
      "utf16be-bom.txt",
      "big5.txt",
      "gbk.html",
    ]) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it.each(documents)("%s", async (file) => {
    const want = expected[seedOf(file)];
    const got = await parseDocument(new Uint8Array(readFileSync(join(ROOT, "fixtures/documents", file))), file);
    expect(got.error).toBeUndefined();
    const report = got.value!;
    expect(report.family).toBe(want.format);
    expect(report.year).toBe(want.year);
    expect(report.agency.name).toBe(want.agency);
    for (const [key, value] of Object.entries(want.nonzero)) expect(report.values[key], key).toBe(value);
    expect(report.values["apps.new.total"] ?? 0, "apps.new.total").toBe(want.nonzero["apps.new.total"] ?? 0);
    expect(report.values["review.total"] ?? 0, "review.total").toBe(want.nonzero["review.total"] ?? 0);
  });
});
