/**
 * Property over the modern probes (fixtures/probes/modern/): the pages' headings disturbed the ways one site's
 * reports print them — an opening sentence that lists the report's parts by their headings, §三's or §四's own
 * heading left out, §三's header left out. Every figure still reads as printed, or is blank, or a finding names
 * it; and a page whose §三 heading alone is missing (its parts listed or not) reads every figure it read before.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "./index";

const DIR = join(__dirname, "../../fixtures/probes/modern");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<
  string,
  { values: Record<string, number> }
>;
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const read = parseText(text).value?.values ?? {};
    return { file, text, values: expected[file].values, read };
  });

const PARTS =
  "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、" +
  "存在的主要问题及改进情况和其他需要报告的事项等六个部分。";
const S3_HEADING = /三、收到和处理政府信息公开申请情况(?:（[^）]*）)?/;
const S4_HEADING = "四、政府信息公开行政复议、行政诉讼情况";
const HEADER = /申请人情况[\s\S]{0,80}?法律服务机构\s*其他/;

type Edit = "parts" | "no-s3-heading" | "no-s4-heading" | "no-header";

function edit(text: string, edits: Edit[]): string {
  let out = text;
  if (edits.includes("no-s3-heading")) out = out.replace(S3_HEADING, "");
  if (edits.includes("no-s4-heading")) out = out.replace(S4_HEADING, "");
  if (edits.includes("no-header")) out = out.replace(HEADER, "");
  if (edits.includes("parts")) out = out.replace("一、总体情况", `${PARTS} 一、总体情况`);
  return out;
}

describe("modern probes with their headings disturbed", () => {
  it("never read a wrong figure without a finding; a missing §三 heading loses nothing", () => {
    fc.assert(
      fc.property(
        fc.nat(PAGES.length - 1),
        fc.subarray<Edit>(["parts", "no-s3-heading", "no-s4-heading", "no-header"], { minLength: 1 }),
        (p, edits) => {
          const page = PAGES[p];
          const report = parseText(edit(page.text, edits)).value;
          expect(report, page.file).not.toBeNull();
          const named = new Set(report?.findings.flatMap((f) => f.keys));
          const keepsAll = edits.every((e) => e === "parts" || e === "no-s3-heading");
          for (const [key, printed] of Object.entries(page.values)) {
            const got = report?.values[key];
            if (got === printed) continue;
            const where = `${page.file} [${edits.join(", ")}] ${key}: read ${got}, printed ${printed}`;
            if (got !== undefined && !named.has(key)) expect.fail(`${where}, no finding`);
            if (keepsAll && page.read[key] === printed) expect.fail(`${where}, read exactly before`);
          }
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });
});
