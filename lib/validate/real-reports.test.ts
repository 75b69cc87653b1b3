/**
 * Validation over real reports, read by the real stages (reader → normalise → tables → meta), so the
 * findings are the ones ingest stores. hongze 2023 prints wrong §四 totals (../shared/samples/pdf/expected.json);
 * the PDFs live outside the repository and these tests skip where ../shared is absent.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/test/shared-samples";
import { extractMeta } from "@/lib/parser/meta";
import { normalizeText } from "@/lib/parser/normalize";
import { readDocument } from "@/lib/parser/read/read-document";
import { extractTemplateTables } from "@/lib/parser/template-tables";
import { validateReport } from "./index";

const PDFS = sharedDir("samples/pdf");

async function checkPdf(file: string) {
  const doc = await readDocument(new Uint8Array(readFileSync(join(PDFS!, file))), file);
  expect(doc.error).toBeUndefined();
  const text = normalizeText(doc.value!.text);
  const table = extractTemplateTables(text, "2021").value;
  const meta = extractMeta(text.split("\n"));
  return validateReport({ family: "2021", year: meta.year, ...table, meta });
}

describe.skipIf(!PDFS)("validateReport on the PDFs", () => {
  it("hongze 2023: the printed 表四 totals are wrong → R4 with the sums as expected", async () => {
    const r4 = (await checkPdf("hongze-district-2023.pdf")).filter((f) => f.rule === "R4");
    expect(r4.map((f) => [f.keys[0], f.expected, f.actual])).toEqual([
      ["review.total", 11, 0],
      ["litigation_after_review.total", 5, 0],
    ]);
    expect(r4.every((f) => f.severity === "error" && typeof f.line === "number")).toBe(true);
  });

  it("hongze 2024: the narrative's one-office subset does not raise N1", async () => {
    const findings = await checkPdf("hongze-district-2024.pdf");
    expect(findings.filter((f) => f.rule === "N1")).toEqual([]);
    expect(findings.filter((f) => f.rule === "R4")).toEqual([]);
  });
});
